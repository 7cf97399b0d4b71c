"""Group mentions into claims (same value, same thing, same event, any language) and link later values as variants.

A mention joins a claim of the same value when nothing says they differ and the articles say they report one event:
1. Kind and unit must agree: "182,000 tonnes" and "182 km" never join "182,000 deserters".
2. Years must not conflict (a stated 2023 never joins a stated 2024; an unstated year joins either).
3. The article's other mention of the value (title and summary) is the same claim, whatever words each uses, unless
   the lexicon names two different things counted ("five killed … five drones"; a generic concept such as
   `soldiers` agrees with a specific one). Across articles the lexicon does not decide: the nearest lexicon word
   within a few words is often not what is counted ("Five people lost their lives … when a road bridge gave way" finds
   `roads`), and the articles tell the event apart. Tolls are the exception (`TOLLS`): a count of the dead never
   joins a claim of the injured or the missing, in any article. The words that say which stand next to the figure
   ("kills nine", "9 injured", "vier Tote, neun Verletzte"), and one morning's strikes on two cities state both
   ("nine killed in Kharkiv", "nine injured in Zaporizhzhia", articles that read alike and name each other's city).
   A compact rendering ("1,3 тыс." for 1,340) may join a claim of a value it rounds, when no claim of its own value
   takes it (`rounding_span`) and its article is as close as ROUNDED_CLAIM_SCORE.
4. Otherwise the mention's article must be close to the claim's articles: the cosine of its multilingual article
   vector to the claim's mean article vector, less CLAIM_DAY_DECAY per day outside the claim's span, at least
   SAME_CLAIM_SCORE. A distinctive figure (three significant digits: 1,340; 182,000) loses nothing with time: it
   does not recur by chance, while "five dead" recurs in every week's news, about other events. (It once needed
   less, 0.2; on the devwire corpus that let "157 buildings damaged" in Odesa join "157 prisoners exchanged".)
   Whole articles tell events apart far better than the sentence around a number (on the tuning corpus: 95 % of
   same-claim pairs above 0.4, against 52 % for sentences). The cities the articles name (`pipeline.places`) add
   PLACE_EVIDENCE when one is shared and take it away when all lie far apart: "three dead" in a strike on Kharkiv
   and in one on Odesa the same night are two claims. An article whose names conflict with the claim's
   (`entities.names_conflict`: three or more each, none shared) loses NAME_CONFLICT: the second chemical-plant fire
   of the week, that also injured four and also brought out 140 firefighters, names another city, plant and chief.
   One that names one of the claim's names gains NAME_EVIDENCE: a Polish report of a Dutch company's leak reads
   apart from the English ones, but names the company.
   Before that, a mention without a concept inherits one from a mention of the same value in the same article.
5. A report that joined a claim, and reads CLOSER_BY closer to a claim of its figure founded after it in the same
   pass, is matched again after the run's other reports, away from the claim it joined (`_read_closer`; the pass is
   made again over the mentions of that figure and of the figures tied to it (`_tied`), at most REGROUPINGS times):
   the first report of a second event joins the first event's claim when nothing else states the figure, and the
   second event's own reports, which read apart from that claim, then make one of their own.
6. After the pass, a claim stated by one article is matched once more against the claims of its value that the run
   grew, as they ended up (`_second_look`), as the story stage does with an article left alone: a report that came
   when its claim had only a first report it read little like joins it once other reports are in. A claim of an
   earlier day's run gets the same look when a later day's reports grow another claim of its value, and is merged
   into it (its row goes), so daily runs group nearly as one run over the same days does.
7. Last, a claim whose articles fall into two events of one kind is split in two (`split_mixed`, with the test the
   story stage applies to its stories, `pipeline.events`): two reports of one week that each state "12 injured", in
   a fire in one town and in one in another, read alike enough for the second fire's first report to join the
   first fire's claim, and its other reports to follow; looked at whole, the claim's articles are two groups that
   read apart and name different things.
Mentions are processed in first-seen order, so a claim's founding mention is its earliest (unless a second look
brings in an earlier lone report, or a report is matched again), and its id (a hash of that mention's id) stays the
same from run to run, unless a second look merges it into another claim. A split leaves the id with the half that
holds the founding mention.

Only counts, money and measures make claims; percentages, durations, ages, dates, times, ordinals and scores are
kept as mentions but never grouped.

A mutation (`variant_of`) is the same claim changing as it travels (182,000 → "almost 200,000"): a later claim with
the same kind/unit, agreeing concept (or similar context when there is none), compatible year and a value within
VARIANT_MAX_RATIO, *and* evidence that it is the same story, not another event with a similar number:
- the later figure is told as an update ("the toll rises to 41", "suben a 22 los muertos", "загиблих уже 11":
  `extract.update_wording`) about the same concept or in a close context, higher than the figure it updates unless
  the words revise it ("rebaja a", "revised to"); such an update may move up to UPDATE_MAX_RATIO (a toll that nearly
  doubles), or
- an article states both values about the same lexicon concept (an update: "the toll rose from four to five"), or
- the later value is the earlier one blurred as it is retold, approximated ("almost 200,000") or rounded (200,000
  for 182,000; not 1,200 for 950, which rounds to 1,000), in a close context (cosine ≥ VARIANT_CONTEXT_COSINE),
  first seen within MUTATION_WINDOW, with the names around them (places, people, institutions, compared across
  scripts) agreeing where both have some.
Two drone attacks on different cities, days apart, are two exact counts of the same size: not a mutation; nor are
two figures of one article about different things (petrol and diesel prices, miners trapped and miners rescued),
nor the two ends of a range that any article states ("40 bis 60 Vermisste", then "60 missing": `Claim.range_ends`).
A mutation travels: the changed figure must be in at least MIN_TRAVEL_ARTICLES articles ("exports rose to 182,000
tonnes from 150,000" states a comparison once, it is not 150,000 mutating), and it must have been told after the
figure it changes: two figures first told together ("37 drones launched, 29 shot down") are two facts.
The evidence is kept in words (`variant_evidence`), and the link points at the earlier claim with the closest value.
The thresholds were set on the demo and the development corpora `benchmarks/devclaims`, `devwire`, `devlive` and
`devcrowd` (the update and range rules on `devrelay` and `devphase` too; the split on all of them and on `devtwins`),
never on the held-out ones.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from copy import deepcopy
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

import numpy as np

from pipeline import events
from pipeline.claims.extract import (
    GENERIC_CONCEPTS,
    SCALED_AMOUNT,
    ClaimMention,
    bare_amount,
    scaled,
    update_wording,
)
from pipeline.claims.kinds import CLAIM_KINDS
from pipeline.claims.lexicon import REVISION_VERBS
from pipeline.embeddings import unit
from pipeline.entities import core_names, names, names_conflict
from pipeline.ids import claim_id
from pipeline.places import far_apart
from pipeline.store.db import not_stored

_NEVER = datetime.min.replace(tzinfo=UTC)
# Change MATCH_RULES with any rule or threshold below: stored groupings are then rebuilt.
MATCH_RULES = "rules-s41"
SAME_CLAIM_SCORE = 0.35
CLAIM_DAY_DECAY = 0.05
PLACE_EVIDENCE = 0.1
NAME_CONFLICT = 0.15
NAME_EVIDENCE = 0.1
ROUNDED_CLAIM_SCORE = 0.5
"""A compact rendering joins a claim of a value it may round ("1,3 tys." for 1,340) only from an article this close:
a rounded figure is weaker evidence than the figure itself ("1,300 evacuated" after a fire is not "1,340 jobs cut"
at a carmaker the same day)."""
COMMON_CLAIM_HORIZON = timedelta(days=(1 - SAME_CLAIM_SCORE) / CLAIM_DAY_DECAY)
"""A claim of a common figure last seen this long before a mention cannot take it: even identical articles would
score under SAME_CLAIM_SCORE after the decay. So a run reads only those claims, whatever the history."""
SMALL_FIGURE = 10
SMALL_FIGURE_SCORE = 0.45
"""A lone claim of a figure under SMALL_FIGURE ("2 injured"), which every day's news states about other events, joins
another on a second look only from an article this close (`_second_look`)."""
VARIANT_CONTEXT_COSINE = 0.6
SAME_STORY_COSINE = 0.6
NAME_OVERLAP = 0.3  # share of the smaller claim's names that the other one has too
MIN_TRAVEL_ARTICLES = 2
MUTATION_WINDOW = timedelta(days=14)
VARIANT_MAX_RATIO = 1.5
BOUNDED_BELOW = frozenset({"more_than", "at_least"})
BOUNDED_ABOVE = frozenset({"almost", "up_to"})
"""Qualifiers that put the figure retold above ("more than 200,000"), or below ("almost 200,000"), the stated one."""
UPDATE_MAX_RATIO = 2.0
"""A figure told as an update ("the toll rises to 41") may be this far from the one it updates, a toll that nearly
doubles; a blurred retelling stays within VARIANT_MAX_RATIO."""
SPLIT_MAX_ARTICLES = 30
SPLIT_NAME_WEIGHT = 0.2
"""The weight of shared names in the affinity of two articles of a claim (`split_mixed`): the story stage's."""
CLAIMS_PER_VALUE = 20
"""A new mention is matched against the most recently seen claims of its exact value, this many at most."""
CLOSER_BY = 0.1
REGROUPINGS = 2
"""A report that joined a claim moves to a claim of its figure founded after it when it reads CLOSER_BY closer to
it (`_read_closer`): the pass is made again, up to REGROUPINGS times, with such reports matched last."""


@dataclass(frozen=True)
class Contexts:
    """What mentions are compared by."""

    sentences: dict[str, np.ndarray]
    """Each mention's sentence vector, by mention id: what the figure is about (search, mutations)."""
    articles: dict[str, np.ndarray]
    """Each article's vector, by article id: which event it reports (grouping)."""
    published: dict[str, datetime] = field(default_factory=dict)
    """Each article's publication time, by article id."""
    places: dict[str, frozenset[int]] = field(default_factory=dict)
    """The cities each article names (`pipeline.places`), by article id."""
    names: dict[str, frozenset[str]] = field(default_factory=dict)
    """The names each article's title and summary hold (`entities.names`), by article id."""
    originals: dict[str, str] = field(default_factory=dict)
    """The article each near copy copies (`duplicate_of`), by the copy's article id: a re-post is no second report."""


@dataclass
class Claim:
    """A `claim_groups` row: the claim and the running state that later mentions are matched against (the sum of
    its context vectors, its articles and the names around it), so a daily run loads only the claims it touches."""

    claim_id: str
    value: float
    kind: str
    unit: str | None
    subject_concept: str | None
    subject: str | None
    year: int | None
    variant_of: str | None = None
    variant_evidence: str | None = None
    article_ids: set[str] = field(default_factory=set, repr=False)
    names: set[str] = field(default_factory=set, repr=False)
    places: set[int] = field(default_factory=set, repr=False)
    """The cities its articles name."""
    article_names: list[str] = field(default_factory=list, repr=False)
    """The names of its articles, each name once per article that has it (`names` are those around the figure)."""
    currency_left_out: bool = field(default=False, repr=False)
    """Begun by an amount whose currency was left out ("pagar 12,5 millones a …": `extract.bare_amount`), so money of
    its value may join it; "1.5 million households" may not."""
    update_wording: str | None = field(default=None, repr=False)
    """How the first of its mentions told as an update of an earlier figure says so: "rises to 41", "уже 11"
    (`extract.update_wording`)."""
    range_ends: set[float] = field(default_factory=set, repr=False)
    """The other ends of the ranges its mentions state: 60 for a claim of 40 stated as "40 bis 60"."""
    first_seen: datetime | None = field(default=None, repr=False)
    approximate: bool = field(default=False, repr=False)
    qualifiers: set[str] = field(default_factory=set, repr=False)
    """The qualifiers its mentions state ("more_than" for "more than 200,000"): which earlier figures it may blur."""
    vector_sum: np.ndarray | None = field(default=None, repr=False)
    """Sum of its mentions' sentence vectors."""
    article_vector_sum: np.ndarray | None = field(default=None, repr=False)
    """Sum of its articles' vectors, each article once."""
    last_seen_at: datetime | None = field(default=None, repr=False)
    mention_ids: list[str] = not_stored(default_factory=list)
    """The mentions added in this run (all of them when grouping from scratch)."""
    absorbed: list[str] = not_stored(default_factory=list)
    """Stored claims of one article that this run's second look merged into it: their mentions are among
    `mention_ids`, and their rows go (`store.claims.write_claims`)."""
    rebuilt: bool = not_stored(default=False)
    """A stored claim that this run split in two (`split_mixed`): `mention_ids` are all the mentions it keeps, stored
    ones too, and its provenance is made again from them."""

    def core_names(self) -> set[str]:
        """The names that a third or more of its articles have."""
        return core_names(Counter(self.article_names), len(self.article_ids))

    @property
    def centroid(self) -> np.ndarray:
        return unit(self.vector_sum)

    @property
    def article_centroid(self) -> np.ndarray:
        return unit(self.article_vector_sum)

    def add(self, mention: ClaimMention, contexts: Contexts) -> None:
        self.mention_ids.append(mention.mention_id)
        if self.kind == "count" and mention.kind == "money":  # an amount whose currency was left out learns it
            self.kind, self.unit = mention.kind, mention.unit
        if mention.article_id not in self.article_ids:
            article = contexts.articles[mention.article_id]
            self.article_vector_sum = (
                article.copy() if self.article_vector_sum is None else self.article_vector_sum + article
            )
            self.article_names += sorted(contexts.names.get(mention.article_id, ()))
        self.article_ids.add(mention.article_id)
        self.names |= names(mention.sentence, mention.language)
        self.places |= contexts.places.get(mention.article_id, frozenset())
        self.approximate |= not mention.exact
        if mention.qualifier is not None:
            self.qualifiers.add(mention.qualifier)
        self.update_wording = self.update_wording or update_wording(mention)
        if mention.value_high is not None:
            self.range_ends.add(mention.value_high)
        if (published_at := contexts.published.get(mention.article_id)) is not None:
            self.first_seen = min(self.first_seen or published_at, published_at)
            self.last_seen_at = max(self.last_seen_at or published_at, published_at)
        vector = contexts.sentences[mention.mention_id]
        self.vector_sum = vector.copy() if self.vector_sum is None else self.vector_sum + vector
        self.year = self.year or mention.year
        if mention.subject_concept and (self.subject_concept in (None, *GENERIC_CONCEPTS)):
            self.subject_concept, self.subject = mention.subject_concept, mention.subject


def match_claims(
    mentions: Sequence[ClaimMention],
    contexts: Contexts,
    evidence: Callable[[Claim, Claim], str | None] | None = None,
) -> list[Claim]:
    """Group all `mentions` (in first-seen order) from scratch and link mutations among them: for tests and
    benchmarks. The daily stage uses `group_mentions`, `split_mixed` and `link_variants` on what is new."""
    grouped = group_mentions(mentions, contexts)
    by_id = {mention.mention_id: mention for mention in inherit_concepts(mentions)}
    claims = split_mixed(grouped, contexts, {c.claim_id: [by_id[m] for m in c.mention_ids] for c in grouped})
    link_variants(claims, claims, evidence or same_story)
    return claims


def group_mentions(
    mentions: Sequence[ClaimMention],
    contexts: Contexts,
    known: Sequence[Claim] = (),
    stored_mentions: Mapping[str, Sequence[ClaimMention]] | None = None,
) -> list[Claim]:
    """Add `mentions` (first-seen order; whole articles, so concepts can be inherited within an article) to the
    `known` claims with the same kind, unit and value, or to new claims; then give the claims of one article a second
    look (`_second_look`): the new ones, and the known ones whose stored mentions are given (`stored_mentions`, by
    claim id). Returns the claims touched, in the order they were first touched."""
    grouped = inherit_concepts([m for m in mentions if m.kind in CLAIM_KINDS])
    known_by_key = _by_key(known)  # as given, to make a figure's claims again from
    by_key = _by_key(known)  # the passes file their new claims here
    before: dict[str, Claim] = {}  # known claims as they were before a pass touched them
    deferred: dict[str, set[str]] = defaultdict(set)
    touched, moved, home, ties = _pass(grouped, contexts, by_key, before, deferred)
    for _ in range(REGROUPINGS):
        if not moved:
            break
        for article_id, left in moved.items():
            deferred[article_id] |= left
        again = _tied({home[claim] for left in moved.values() for claim in left}, ties)
        for key in again:  # made again from the known claims as they were
            by_key[key] = [deepcopy(before.get(claim.claim_id, claim)) for claim in known_by_key.get(key, [])]
        kept = {claim_id: claim for claim_id, claim in touched.items() if home[claim_id] not in again}
        redo = [mention for mention in grouped if (mention.kind, mention.unit, mention.value) in again]
        touched, moved, more_home, more_ties = _pass(redo, contexts, by_key, before, deferred)
        touched, home = kept | touched, home | more_home
        for key, tied in more_ties.items():
            ties[key] |= tied
    known_ids = {claim.claim_id for claim in known}
    known = [claim for claims in by_key.values() for claim in claims if claim.claim_id in known_ids]
    stored_mentions = stored_mentions or {}
    stored = [
        (claim, [mention.mention_id for mention in stored_mentions[claim.claim_id]])
        for claim in known
        if claim.claim_id in stored_mentions and claim.claim_id not in touched
    ]
    fresh = [(claim, claim.mention_ids) for claim in touched.values() if claim.claim_id not in known_ids]
    by_id = {mention.mention_id: mention for mention in grouped}
    by_id.update((m.mention_id, m) for mentions_of_claim in stored_mentions.values() for m in mentions_of_claim)
    for lone, joined in _second_look([*fresh, *stored], by_key, contexts, by_id, set(touched)):
        touched.pop(lone.claim_id, None)
        if lone.claim_id in known_ids:
            joined.absorbed.append(lone.claim_id)
        touched.setdefault(joined.claim_id, joined)
    return list(touched.values())


def _by_key(claims: Iterable[Claim]) -> dict[tuple, list[Claim]]:
    by_key: dict[tuple, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_key[(claim.kind, claim.unit, claim.value)].append(claim)
    return by_key


def _pass(
    grouped: Sequence[ClaimMention],
    contexts: Contexts,
    by_key: dict[tuple, list[Claim]],
    before: dict[str, Claim],
    deferred: Mapping[str, set[str]],
) -> tuple[dict[str, Claim], dict[str, set[str]], dict[str, tuple], dict[tuple, set[tuple]]]:
    """One pass of `group_mentions` over the mentions in order, adding them to the claims of `by_key` (by kind, unit
    and value; new claims are added to it). Returns the claims touched (by id, in the order first touched), the
    reports to match again (`_read_closer`), the key each claim is filed under, and which keys the pass tied together
    (a mention of one key that joined a claim of another: an amount without its currency, a rounded rendering). A
    known claim (one filed before the pass) is copied into `before` as it was when first touched. The mentions of
    `deferred` articles come last, and never join the claims named for their article."""
    home = {claim.claim_id: key for key, claims in by_key.items() for claim in claims}
    known_ids = set(home)
    ties: dict[tuple, set[tuple]] = defaultdict(set)
    touched: dict[str, Claim] = {}
    founded: dict[str, int] = {}  # claim id: when in the pass it was founded
    joined: dict[tuple[str, tuple], tuple[int, ClaimMention, Claim, float]] = {}  # when, what, which, how close
    order = sorted(grouped, key=lambda mention: mention.article_id in deferred)  # stable: first-seen order otherwise
    for step, mention in enumerate(order):
        key = (mention.kind, mention.unit, mention.value)
        barred = deferred.get(mention.article_id, set())
        found = (
            _best_claim(mention, contexts, _other_than(by_key[key], barred))
            or _best_claim(mention, contexts, _other_than(_unstated_currency(mention, by_key), barred))
            or _best_claim(mention, contexts, _other_than(_rounded_from(mention, by_key), barred), ROUNDED_CLAIM_SCORE)
        )
        if found is None:
            best = Claim(
                claim_id=claim_id(mention.mention_id),
                value=mention.value,
                kind=mention.kind,
                unit=mention.unit,
                subject_concept=mention.subject_concept,
                subject=mention.subject,
                year=mention.year,
                currency_left_out=bare_amount(mention),
            )
            by_key[key].append(best)
            home[best.claim_id] = key
            founded[best.claim_id] = step
        else:
            best, read = found
            if read is not None:  # it joined from another article
                joined[(mention.article_id, key)] = (step, mention, best, read)
        if best.claim_id in known_ids and best.claim_id not in before:
            before[best.claim_id] = deepcopy(best)
        ties[key].add(home[best.claim_id])
        ties[home[best.claim_id]].add(key)
        best.add(mention, contexts)
        touched.setdefault(best.claim_id, best)
    return touched, _read_closer(contexts, joined, founded, by_key, home), home, ties


def _tied(keys: set[tuple], ties: Mapping[tuple, set[tuple]]) -> set[tuple]:
    """`keys` and every key tied to them, directly or through others: what a pass made again must cover, so that
    no mention is left in a claim that is made anew without it."""
    found, todo = set(keys), list(keys)
    while todo:
        for other in ties.get(todo.pop(), ()):
            if other not in found:
                found.add(other)
                todo.append(other)
    return found


def _other_than(claims: list[Claim], barred: set[str]) -> list[Claim]:
    return [claim for claim in claims if claim.claim_id not in barred] if barred else claims


def _read_closer(
    contexts: Contexts,
    joined: Mapping[tuple[str, tuple], tuple[int, ClaimMention, Claim, float]],
    founded: Mapping[str, int],
    by_key: Mapping[tuple, list[Claim]],
    home: Mapping[str, tuple],
) -> dict[str, set[str]]:
    """The reports that joined a claim and read closer to a claim of the same figure founded after them in the pass
    (by article id: the claims they joined). These are the first reports of a second event that joined the first
    event's claim before the second event's other reports came and made a claim of their own. They are matched again
    after the run's other reports, away from the claim they joined, as a run that had seen both claims would."""
    moved: dict[str, set[str]] = defaultdict(set)
    for step, mention, claim, read in joined.values():
        for other in by_key[home[claim.claim_id]]:
            if (
                founded.get(other.claim_id, -1) > step
                and mention.article_id not in other.article_ids
                and _may_join(mention, other)
                and _score(mention, contexts, other) >= read + CLOSER_BY
            ):
                moved[mention.article_id].add(claim.claim_id)
                break
    return dict(moved)


def _second_look(
    lonely: list[tuple[Claim, list[str]]],
    by_key: dict[tuple, list[Claim]],
    contexts: Contexts,
    by_id: dict[str, ClaimMention],
    grown: set[str],
) -> list[tuple[Claim, Claim]]:
    """A claim stated by one article (with its mention ids: this run's, or the stored ones of a claim of an earlier
    day that this run left alone) is matched once more against the claims of its value as they ended up, and joins
    one that its article now scores against (`_best_claim`), that more articles state and that this run touched
    (`grown`): when it came, that claim may have had only a first report its article read less like (a French "52 cas
    de légionellose" after a Spanish headline, before the English and Portuguese reports came, that day or the
    next). A small figure needs SMALL_FIGURE_SCORE. Returns each claim that joined another (its mentions moved over,
    the claim gone), with the one it joined."""
    moves: list[tuple[Claim, Claim]] = []
    for lone, mention_ids in sorted(
        lonely, key=lambda pair: (pair[0].first_seen is None, pair[0].first_seen or 0, pair[0].claim_id)
    ):
        if len(lone.article_ids) != 1:
            continue
        siblings = by_key[(lone.kind, lone.unit, lone.value)]
        larger = [claim for claim in siblings if len(claim.article_ids) > 1 and claim.claim_id in grown]
        small = abs(lone.value) < SMALL_FIGURE and not distinctive(lone.value)
        needed = SMALL_FIGURE_SCORE if small else SAME_CLAIM_SCORE
        if (found := _best_claim(by_id[mention_ids[0]], contexts, larger, needed)) is None:
            continue
        best = found[0]
        for mention_id in mention_ids:
            best.add(by_id[mention_id], contexts)
        siblings.remove(lone)
        moves.append((lone, best))
    return moves


def split_mixed(
    claims: Sequence[Claim], contexts: Contexts, mentions_of: Mapping[str, Sequence[ClaimMention]]
) -> list[Claim]:
    """A claim whose articles fall into two events of one kind is split in two (`pipeline.events`, the test the
    story stage applies to its stories): "12 injured" in a paint-factory fire in one town and in a plastics-plant
    fire in another two days later, or "5.4" for two earthquakes, grouped as one claim when the second event's first
    report read close enough to the first's. The articles' affinities are the cosine of their vectors, the names they
    share and the days between them (CLAIM_DAY_DECAY), as the story stage weighs them. Only claims of
    `events.MIN_REPORTS` to SPLIT_MAX_ARTICLES articles are looked at: a second event's reports join a claim while it
    is young, and a run reads no more than that of any claim's history. `mentions_of` holds every mention of each
    claim looked at (stored and new; with their articles in `contexts`). The half with the claim's founding mention
    keeps its id; the other is a new claim, with the id of its first mention. Returns the claims, each split one as
    its two halves. A near copy of one of the claim's articles is no report of its own (an outlet's re-post would
    count its names twice): it goes with the article it copies."""
    result: list[Claim] = []
    for claim in claims:
        mentions = mentions_of.get(claim.claim_id, ())
        ordered = sorted({m.article_id for m in mentions}, key=lambda a: (contexts.published.get(a) or _NEVER, a))
        first: dict[str, str] = {}  # the first of the claim's articles of each original (itself or its earliest copy)
        report_of: dict[str, str] = {}  # each article → the first of its original's, which reports for it
        for article in ordered:
            report_of[article] = first.setdefault(contexts.originals.get(article, article), article)
        articles = list(first.values())
        if not events.MIN_REPORTS <= len(articles) <= SPLIT_MAX_ARTICLES:
            result.append(claim)
            continue
        reports = [_Report.of(article, contexts) for article in articles]
        found = events.parted(
            reports,
            events.affinities(reports, name_weight=SPLIT_NAME_WEIGHT, claim_bonus=0.0, day_decay=CLAIM_DAY_DECAY),
        )
        if found is None:
            result.append(claim)
            continue
        parting_reports = {articles[k] for k in found[1]}
        parting = {article for article in ordered if report_of[article] in parting_reports}
        halves = [m for m in mentions if m.article_id not in parting], [m for m in mentions if m.article_id in parting]
        if any(claim_id(m.mention_id) == claim.claim_id for m in halves[1]):
            halves = halves[::-1]  # an earlier lone report joined on a second look: the founding mention keeps the id
        kept, other = halves
        other_id = claim_id(other[0].mention_id)
        keeping = _rebuilt(claim, claim.claim_id, kept, contexts, len(mentions) > len(claim.mention_ids))
        keeping.absorbed = [gone for gone in claim.absorbed if gone != other_id]
        result += [keeping, _rebuilt(claim, other_id, other, contexts, other_id in claim.absorbed)]
    return result


@dataclass(frozen=True)
class _Report:
    """An article of a claim, as `pipeline.events` reads it."""

    vector: np.ndarray
    names: frozenset[str]
    published_at: datetime
    cities: frozenset[int]
    claims: frozenset[str] = frozenset()

    @classmethod
    def of(cls, article_id: str, contexts: Contexts) -> _Report:
        return cls(
            contexts.articles[article_id],
            contexts.names.get(article_id, frozenset()),
            contexts.published.get(article_id) or _NEVER,
            contexts.places.get(article_id, frozenset()),
        )


def _rebuilt(claim: Claim, new_id: str, mentions: Sequence[ClaimMention], contexts: Contexts, stored: bool) -> Claim:
    """A claim of `claim`'s value, kind and unit made again from `mentions` (first-seen order), under `new_id`;
    `stored` when a claim of that id is stored (the split claim itself, or a claim of one article that this run's
    second look merged into it and the split sets apart again), whose provenance is then made again."""
    rebuilt = Claim(new_id, claim.value, claim.kind, claim.unit, None, None, None)
    rebuilt.currency_left_out, rebuilt.rebuilt = claim.currency_left_out, stored
    for mention in mentions:
        rebuilt.add(mention, contexts)
    return rebuilt


def inherit_concepts(mentions: Sequence[ClaimMention]) -> list[ClaimMention]:
    """ "182,000 deserters" in a title and a bare "182,000" in the summary are about the same thing."""
    known: dict[tuple, tuple[str | None, str]] = {}
    for mention in mentions:
        if mention.subject_concept:
            known.setdefault(
                (mention.article_id, mention.kind, mention.unit, mention.value),
                (mention.subject, mention.subject_concept),
            )
    result = []
    for mention in mentions:
        inherited = known.get((mention.article_id, mention.kind, mention.unit, mention.value))
        if mention.subject_concept is None and inherited is not None:
            mention = replace(mention, subject=inherited[0], subject_concept=inherited[1])
        result.append(mention)
    return result


def concepts_agree(a: str | None, b: str | None) -> bool:
    """Nothing says they count different things: one is unknown or generic, or they are the same."""
    return a is None or b is None or a == b or a in GENERIC_CONCEPTS or b in GENERIC_CONCEPTS


TOLLS = frozenset({"casualties", "injured", "missing"})
"""Lexicon concepts that count different people of one event: the dead, the injured, the missing."""


def _tolls_differ(a: str | None, b: str | None) -> bool:
    """One counts the dead and the other the injured or the missing (`TOLLS`): never one claim."""
    return a in TOLLS and b in TOLLS and a != b


def years_agree(a: int | None, b: int | None) -> bool:
    return a is None or b is None or a == b


def _may_join(mention: ClaimMention, claim: Claim) -> bool:
    """Nothing rules the mention out of another article's claim of its value: the years agree, and a toll of the dead
    never joins one of the injured (`_tolls_differ`)."""
    return years_agree(claim.year, mention.year) and not _tolls_differ(claim.subject_concept, mention.subject_concept)


def _best_claim(
    mention: ClaimMention, contexts: Contexts, candidates: list[Claim], needed: float = SAME_CLAIM_SCORE
) -> tuple[Claim, float | None] | None:
    """The claim of the same value whose articles report the same event as the mention's, with its `_score`: the
    highest, at or above `needed`, of those it `_may_join`. The same article's other mention of the value (its title
    and its summary, whatever words each uses) is the same claim, when years and concepts agree (no score: the
    article is in it)."""
    scored = []
    for claim in candidates:
        if mention.article_id in claim.article_ids:
            if years_agree(claim.year, mention.year) and concepts_agree(claim.subject_concept, mention.subject_concept):
                return claim, None
            continue
        if not _may_join(mention, claim):
            continue
        if (score := _score(mention, contexts, claim)) >= needed:
            scored.append((score, claim))
    if not scored:
        return None
    score, claim = max(scored, key=lambda pair: pair[0])
    return claim, score


def _score(mention: ClaimMention, contexts: Contexts, claim: Claim) -> float:
    """How closely the mention's article reads as a report of the claim's event: the cosine of its vector to the
    claim's mean article vector, less CLAIM_DAY_DECAY per day outside the claim's span (none for a distinctive
    value), plus or minus the evidence of the cities named, less NAME_CONFLICT if the names conflict or plus
    NAME_EVIDENCE if they share one."""
    published_at = contexts.published.get(mention.article_id)
    decay = 0.0 if distinctive(mention.value) else CLAIM_DAY_DECAY
    article_names = contexts.names.get(mention.article_id, frozenset())
    core = claim.core_names()
    score = float(claim.article_centroid @ contexts.articles[mention.article_id])
    score -= decay * _days_outside(claim, published_at)
    score += _place_evidence(contexts.places.get(mention.article_id, frozenset()), claim.places)
    if names_conflict(article_names, core):
        score -= NAME_CONFLICT
    elif article_names & core:
        score += NAME_EVIDENCE
    return score


def _place_evidence(mine: frozenset[int], theirs: set[int]) -> float:
    """PLACE_EVIDENCE for an article that names a city the claim's articles name, minus as much for one whose cities
    all lie far from theirs; nothing when either names none. Articles in Ukrainian, which the embedder was not
    trained on, sit far from their story in vector space: the city they name brings them back."""
    if mine & theirs:
        return PLACE_EVIDENCE
    return -PLACE_EVIDENCE if far_apart(mine, theirs) else 0.0


def _unstated_currency(mention: ClaimMention, by_key: dict[tuple, list[Claim]]) -> list[Claim]:
    """The claims a large amount may join when a currency is left out: "manovra da 18 miliardi" in a headline is the
    "18 miliardi di euro" of the article, "pagar 12,5 millones a los viticultores" the "€12.5 million" of another
    outlet. A bare amount may join money of its value, and money may join a claim that a bare amount began
    (`Claim.currency_left_out`); the word the extractor took for a subject is no evidence either way ("a los
    viticultores" is who is paid), and "1.5 million households" is no amount. (In an article that states money, a
    bare amount is money already: `extract.bare_amount`.)"""
    if bare_amount(mention):
        return [
            c
            for (kind, _, value), claims in by_key.items()
            if kind == "money" and value == mention.value
            for c in claims
        ]
    if mention.kind == "money" and abs(mention.value) >= SCALED_AMOUNT:
        return [c for c in by_key.get(("count", None, mention.value), []) if c.currency_left_out]
    return []


def _rounded_from(mention: ClaimMention, by_key: dict[tuple, list[Claim]]) -> list[Claim]:
    """The claims of other values that a compact rendering of the mention's kind and unit may round (`rounding_span`)."""
    if (span := rounding_span(mention)) is None:
        return []
    return [
        claim
        for (kind, unit, value), claims in by_key.items()
        if (kind, unit) == (mention.kind, mention.unit) and span[0] <= value < span[1] and value != mention.value
        for claim in claims
    ]


def rounding_span(mention: ClaimMention) -> tuple[float, float] | None:
    """The values a compact, rounded rendering can stand for: "1,3 тыс." (1,300) may be 1,340 written short, so it may
    join a claim of any value in [1,250, 1,350). A rendering is compact when a scale word stands for digits (its surface
    has fewer digits than its value) and it keeps two significant ones: "182 тыс." keeps three (exact), "3 млн" one
    (too coarse to say which figure it rounds), and a hedged one ("почти 1,3 тыс.") is a retelling, not a rendering."""
    value = abs(mention.value)
    if not mention.exact or value < 1000 or value != round(value):
        return None  # "nearly 1.3 thousand" is a retelling: a mutation, not a rendering
    digits = str(round(value))
    significant = digits.rstrip("0")
    if not scaled(mention) or len(significant) != 2:
        return None
    step = 10.0 ** (len(digits) - len(significant))
    return value - step / 2, value + step / 2


def distinctive(value: float) -> bool:
    """A figure with three or more significant digits (1,340; 182,000; 157) rarely recurs by chance; round or small
    ones (5 dead, 20 injured, 3,000, 200,000) recur in every day's news, about different events."""
    digits = f"{abs(value):.6g}".split("e")[0].replace(".", "").lstrip("0").rstrip("0")
    return len(digits) >= 3


def _days_outside(claim: Claim, published_at: datetime | None) -> float:
    """Days between `published_at` and the claim's span (first to last seen); 0 inside it or when unknown."""
    if published_at is None or claim.first_seen is None:
        return 0.0
    last = claim.last_seen_at or claim.first_seen
    gap = max(claim.first_seen - published_at, published_at - last, timedelta(0))
    return gap / timedelta(days=1)


def link_variants(
    touched: Sequence[Claim], candidates: Sequence[Claim], evidence: Callable[[Claim, Claim], str | None]
) -> None:
    """Link each touched claim to the earlier claim it mutates, among the `candidates` and the touched claims
    (earlier: first seen before it; ties and unknown times keep the order given). Only touched claims' links are
    set. Candidates are blocked by kind and unit and found by value range (bisect over the earlier claims' sorted
    values), so the work grows with the claims that could be mutations of each other, not with all pairs."""
    pool = list({claim.claim_id: claim for claim in [*candidates, *touched]}.values())
    order = sorted(range(len(pool)), key=lambda i: (pool[i].first_seen is not None, pool[i].first_seen or 0, i))
    to_link = {claim.claim_id for claim in touched}
    seen: dict[tuple[str, str | None], list[tuple[float, int, Claim]]] = defaultdict(list)
    for index in order:
        claim = pool[index]
        block = seen[(claim.kind, claim.unit)]
        if claim.claim_id in to_link:
            claim.variant_of, claim.variant_evidence = None, None
        if claim.claim_id in to_link and claim.value > 0:
            widen = 1 + 1e-9  # the ratio test itself is exact (_is_variant); the range only has to contain it
            low = bisect.bisect_left(block, (claim.value / UPDATE_MAX_RATIO / widen, -1))
            high = bisect.bisect_right(block, (claim.value * UPDATE_MAX_RATIO * widen, len(pool)))
            earlier = [
                (abs(math.log(claim.value / other.value)), -len(other.article_ids), position, other, why)
                for _, position, other in block[low:high]
                if _is_variant(claim, other) and (why := evidence(claim, other))
            ]
            if earlier:
                chosen = min(earlier, key=lambda entry: entry[:3])
                claim.variant_of, claim.variant_evidence = chosen[3].claim_id, chosen[4]
        bisect.insort(block, (claim.value, index, claim), key=lambda entry: entry[:2])


def same_story(claim: Claim, earlier: Claim) -> str | None:
    """Why `claim` is `earlier` changing as it travels, in words; None when nothing says it is the same story."""
    if len(claim.article_ids) < MIN_TRAVEL_ARTICLES:
        return None  # a figure stated once has not travelled: a comparison or a one-off, not a mutation
    if claim.value in earlier.range_ends or earlier.value in claim.range_ends:
        return None  # "40 bis 60 Vermisste" and "60 missing": the ends of one range, not a figure changing
    if claim.first_seen and earlier.first_seen:
        if claim.first_seen <= earlier.first_seen:
            return None  # first told together ("37 drones launched, 29 shot down"): two facts, not one changing
        if claim.first_seen - earlier.first_seen > MUTATION_WINDOW:
            return None
    story = float(claim.article_centroid @ earlier.article_centroid)
    common = claim.names & earlier.names
    if story < SAME_STORY_COSINE or (
        claim.names and earlier.names and len(common) < NAME_OVERLAP * min(len(claim.names), len(earlier.names))
    ):
        return None  # another event of the same kind: two attacks, two polls, two accidents
    told = f"articles' cosine {story:.2f}" + (f", shared names {', '.join(sorted(common))}" if common else "")
    shared = sorted(claim.article_ids & earlier.article_ids)
    concept = claim.subject_concept if claim.subject_concept == earlier.subject_concept else None
    similarity = float(claim.centroid @ earlier.centroid)
    if _ratio(claim, earlier) <= VARIANT_MAX_RATIO:
        if shared and concept and concept not in GENERIC_CONCEPTS:
            return f"updated: both values stated about {concept} in article {shared[0]} ({told})"
        if claim.approximate:
            blurred = "approximated" if _bounds(claim, earlier.value) else None
        else:
            blurred = "rounder" if _rounds(earlier.value, claim.value) else None
        if blurred is not None and similarity >= VARIANT_CONTEXT_COSINE:
            days = MUTATION_WINDOW.days
            return f"{blurred} retelling in the same context (cosine {similarity:.2f}) within {days} days ({told})"
    if _updates(claim, earlier):  # that it counts the same thing, `_is_variant` has asked
        return f'updated: told as "{claim.update_wording}" in the same story ({told})'
    return None


def _updates(claim: Claim, earlier: Claim) -> bool:
    """`claim` is told as an update that can lead from `earlier`: a revision either way ("revised to", "rebaja a"),
    else a rise ("rises to 41", "уже 11") to a higher figure."""
    if claim.update_wording is None:
        return False
    revision = claim.update_wording.split()[0].lower() in REVISION_VERBS
    return revision or claim.value > earlier.value


def _bounds(claim: Claim, value: float) -> bool:
    """Each of the claim's qualifiers allows that it blurs `value`: "more than 200,000" may retell 212,000, not
    140,000; "almost 200,000" may retell 182,000, not 212,000 ("about" either)."""
    if claim.qualifiers & BOUNDED_BELOW and value < claim.value:
        return False
    return not (claim.qualifiers & BOUNDED_ABOVE and value > claim.value)


def _rounds(value: float, rounder: float) -> bool:
    """`rounder` is `value` rounded to the last digit it writes: 200,000 for 182,000 (to the hundred thousand), not
    1,200 for 950 (to the hundred, 950 is 1,000): a round figure of another event is not a retelling."""
    zeros = _zeros(rounder)
    return zeros > _zeros(value) and abs(rounder - value) <= 10**zeros / 2


def _zeros(value: float) -> int:
    """Trailing zeros of a whole number (182,000 → 3; 200,000 → 5): how round it is."""
    whole = round(value)
    if whole != value or whole == 0:
        return 0
    return len(str(abs(whole))) - len(str(abs(whole)).rstrip("0"))


def _ratio(claim: Claim, earlier: Claim) -> float:
    """How many times the larger value is the smaller."""
    return max(claim.value, earlier.value) / min(claim.value, earlier.value)


def _same_thing(claim: Claim, earlier: Claim) -> bool:
    """They count the same concept, or, where either lacks one, are told in close contexts."""
    if claim.subject_concept and earlier.subject_concept:
        return claim.subject_concept == earlier.subject_concept
    return float(claim.centroid @ earlier.centroid) >= VARIANT_CONTEXT_COSINE


def _is_variant(claim: Claim, earlier: Claim) -> bool:
    """Same kind of thing, compatible year, a value within VARIANT_MAX_RATIO (within UPDATE_MAX_RATIO for a figure told
    as an update: "the toll rises to 41" after 23): a candidate mutation, before the story evidence."""
    if (claim.kind, claim.unit) != (earlier.kind, earlier.unit) or claim.value == earlier.value:
        return False
    if claim.value <= 0 or earlier.value <= 0 or not years_agree(claim.year, earlier.year):
        return False
    ratio = _ratio(claim, earlier)
    if ratio > VARIANT_MAX_RATIO and not (ratio <= UPDATE_MAX_RATIO and _updates(claim, earlier)):
        return False
    return _same_thing(claim, earlier)
