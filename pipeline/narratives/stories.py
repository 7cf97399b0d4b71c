"""Story clustering: one story is one event and its reactions, in every language, kept apart from other events of
the same kind.

A single pass over the pool (new articles plus recent outliers), oldest first, in the manner of the streaming
clusterer of Miranda et al. (EMNLP 2018): each article joins the best-scoring story active around its publication
time, or starts a candidate story of its own. The score adds evidence beyond topic similarity:
- the cosine between the article's multilingual embedding (USE v3 and e5 side by side, `embeddings.SideBySide`) and
  the story's centroid, which must reach MIN_COSINE for the rest to count;
- the names they share (places, people, institutions, compared across scripts by `pipeline.entities`), as a share
  of the smaller set (of MIN_NAMES at least): two drone strikes on Kharkiv and on Odesa are alike in topic, not in
  names;
- a subject-specific claim they share (the same number about the same thing), or the article's distinctive
  percentages, all of them the story's ("41.3 %" turnout; percentages make no claims; two polls that both give a
  party 27.1 % give the others other figures), strong evidence across languages, unless their names conflict
  (below): two chemical-plant fires in one week that each injured four workers and brought out 140 firefighters are
  two events, and the claims stage may have taken their figures for one claim;
- minus a time decay: DAY_DECAY for each day between the article and the story's span;
- minus NAME_CONFLICT when the names of the article and of the story conflict (`entities.names_conflict`: each has
  three or more, and they share none): a report of another event of the same kind names other people and places;
- minus PLACE_CONFLICT when they share no name and every city the article names lies far from the story's cities
  (`places.far_apart`, capitals aside): a tram crash in Leipzig is not a report of the train crash in Utrecht,
  however few names either gives (with names that conflict too, both are taken off).
Stories are active within STORY_WINDOW of their members, so the cost depends on the pool and the recent stories,
not on the history. A later report that names the day a story began ("the June 3 fire", "після удару 7 квітня",
"il terremoto del 3 aprile": the inquiry's finding, the final toll, the verdict) may join it however long after,
within LOOK_BACK, and loses nothing to the time decay; the day must be at least MIN_BACK before the report (a report
of the same or the next day names its own day). After the pass, a new story that continues an earlier one after a
quiet spell (within MERGE_WINDOW, as close as MERGE_SCORE in centroid and names) is merged into it (as the streaming
clusterer of Santos et al. 2022 merges clusters online); and an article still alone is scored once more against the
stories as they ended up, as later runs do with recent outliers. Last, a story whose reports fall into two groups
that read apart and name different things, or different cities far apart, is split in two (`_split_mixed`): two
events of one kind that the pass ran together. A candidate story becomes a narrative, with the next id, when a second
article joins it; until then its article stays an outlier (-1) and is looked at again while it is recent. Ids never
change once given.

Each assignment records when the data first supported it (`known_at`): the newest publication time in the story
once the article is in it, and for a story's founder, its second member's. A weekly rollup counts an article in its
story only if that was known by the week's end, so an outlier that joins a story weeks later leaves past weeks as
they were reported.

The weights, the window and the threshold were set on the demo corpus (seeds/demo) and the tuning corpora
(benchmarks/dev*), never on the held-out evaluation corpora; JOIN_SCORE, NAME_WEIGHT and MIN_NAMES were set again in
stop 36 for the side-by-side embeddings, whose cosines run lower than USE's alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta

import numpy as np

from pipeline import events
from pipeline.claims.match import distinctive
from pipeline.embeddings import unit
from pipeline.entities import core_names, names_conflict
from pipeline.narratives.cluster import OUTLIER, Narrative
from pipeline.places import far_apart

JOIN_SCORE = 0.38
MIN_COSINE = 0.3
"""Names, claims and days are evidence about a report that reads like the story: under this cosine they cannot carry
it in. A port's record year in Marseille is no report of Marseille's vote, whatever city they share, nor a paint-factory
fire in Bremerhaven one of a plastics-plant fire in Vénissieux, whatever figure the claims stage took for one. Set on
the tuning corpora (docs/benchmarks.md, narratives, "Stop 37")."""
NAME_WEIGHT = 0.25
CLAIM_BONUS = 0.2
MIN_NAMES = 2
"""The name evidence is the share of the smaller set of names shared, counted over two names at least: a report that
names one thing, its city ("a new underground school in Kharkiv"), shares half the evidence with the city's other
story (the strike on Kharkiv), not all of it."""
STORY_WINDOW = timedelta(days=4)
MERGE_WINDOW = timedelta(days=7)
MERGE_SCORE = 0.75
NAME_CONFLICT = 0.1
PLACE_CONFLICT = 0.1
DAY_DECAY = 0.04
"""Score lost per day between an article and the nearest end of a story's span: two attacks of the same kind days
apart read alike, a story's own follow-ups come while it is running."""
SPLIT_SCORE = 0.25
"""`events.SPLIT_SCORE` for the story split: the side-by-side embeddings' cosines run lower than USE's, for which
that was set, and at 0.3 daily runs split the demo's long stories (demo daily 0.961 → 0.901, docs/benchmarks.md,
narratives, "Stop 39")."""
LOOK_BACK = timedelta(days=30)
MIN_BACK = timedelta(days=2)


@dataclass(frozen=True)
class PoolArticle:
    article_id: str
    vector: np.ndarray
    names: frozenset[str]
    claims: frozenset[str]
    published_at: datetime
    cities: frozenset[int] = frozenset()
    """GeoNames ids of the cities it names (`places.places`)."""
    refers_to: frozenset[date] = frozenset()
    """Earlier days it names, that a story may have begun on (`days_referred_back`)."""
    figures: frozenset[str] = frozenset()
    """The distinctive percentages it states (`distinctive_figures`)."""


def distinctive_figures(percentages: Iterable[tuple[str | None, float]]) -> frozenset[str]:
    """Keys of the percentages of three significant digits or more ("41.3 %", "58.6 %"; not "50 %", which any
    story may state): (unit, value) → "percent:41.3"."""
    return frozenset(f"{unit}:{value:g}" for unit, value in percentages if distinctive(value))


def days_referred_back(days: Iterable[tuple[int, int, int | None]], published_at: datetime) -> frozenset[date]:
    """The named days of month (`claims.numbers.days_named`) as the latest dates not after publication, in the year
    written if one is, that lie MIN_BACK to LOOK_BACK before it: in a report of 12 June 2026, "3 June" is 3 June 2026,
    "28 December" and "3 June 2022" (an anniversary) none."""
    published = published_at.astimezone(UTC).date()
    dates = set()
    for month, day, written_year in days:
        for year in (published.year, published.year - 1):
            try:
                when = date(year, month, day)
            except ValueError:  # 30 February
                break
            if when <= published:
                if MIN_BACK <= published - when <= LOOK_BACK and written_year in (None, year):
                    dates.add(when)
                break
    return frozenset(dates)


@dataclass
class Story:
    """A story being built: an existing narrative, or a candidate of this run (`narrative` None until it has two)."""

    vector_sum: np.ndarray
    first_seen: datetime
    last_seen: datetime
    names: Counter[str] = field(default_factory=Counter)
    cities: Counter[int] = field(default_factory=Counter)
    claims: set[str] = field(default_factory=set)
    figures: set[str] = field(default_factory=set)
    n_members: int = 0
    n_named: int = 0
    """Articles whose names and cities are counted in `names` and `cities` (for an existing narrative: its recent
    ones)."""
    narrative: Narrative | None = None
    began: date | None = None
    """For an existing narrative, the day of its first article when known (`first_seen` is its first within the
    window read); a candidate story began on its `first_seen`."""
    reports: list[PoolArticle] = field(default_factory=list)
    """For an existing narrative, its latest reports of earlier runs (the ones its names are counted over), that
    `_split_mixed` compares this run's reports with one by one."""
    members: list[int] = field(default_factory=list)
    """Pool indexes that joined it in this run."""
    known_at: list[datetime] = field(default_factory=list)
    """For each of `members`, when the story it joined was first supported by what had been published."""

    @classmethod
    def existing(
        cls,
        narrative: Narrative,
        reports: list[PoolArticle],
        first_seen: datetime,
        last_seen: datetime,
        began: date | None = None,
    ) -> Story:
        """An existing narrative as a story the pool can join: its centroid and span, and its latest `reports` with
        their names, cities, claims and distinctive percentages."""
        story = cls(
            narrative.vector_sum.copy(), first_seen, last_seen, narrative=narrative, began=began, reports=reports
        )
        for report in reports:
            story._count_evidence(report)
        story.n_members = narrative.n_members
        return story

    def add(self, index: int, article: PoolArticle) -> None:
        known = max(article.published_at, self.last_seen) if self.n_members else article.published_at
        if self.n_members == 1 and self.narrative is None:
            self.known_at[0] = known  # the founder's story exists once a second article is in it
        self.known_at.append(known)
        self.vector_sum = self.vector_sum + article.vector
        self._count_evidence(article)
        self.n_members += 1
        self.first_seen = min(self.first_seen, article.published_at)
        self.last_seen = max(self.last_seen, article.published_at)
        self.members.append(index)

    def _count_evidence(self, article: PoolArticle) -> None:
        """Count the article's names, cities, claims and distinctive percentages in the story's."""
        self.names.update(article.names)
        self.cities.update(article.cities)
        self.claims |= article.claims
        self.figures |= article.figures
        self.n_named += 1

    def core_names(self) -> set[str]:
        return core_names(self.names, self.n_named)

    def score(self, article: PoolArticle) -> float:
        score = float(article.vector @ unit(self.vector_sum))
        if score < MIN_COSINE:
            return score
        core = self.core_names()
        shared = len(article.names & core)
        conflict = names_conflict(article.names, core)
        if shared:
            score += NAME_WEIGHT * shared / max(min(len(article.names), len(core)), MIN_NAMES)
        elif conflict:
            score -= NAME_CONFLICT
        if not shared and far_apart(article.cities, core_names(self.cities, self.n_named)):
            score -= PLACE_CONFLICT
        if not self.begun_on(article.refers_to):
            gap = max(self.first_seen - article.published_at, article.published_at - self.last_seen)
            score -= DAY_DECAY * max(gap, timedelta(0)) / timedelta(days=1)
        if (article.claims & self.claims or article.figures and article.figures <= self.figures) and not conflict:
            score += CLAIM_BONUS
        return score

    def active_at(self, when: datetime) -> bool:
        return self.first_seen - STORY_WINDOW <= when <= self.last_seen + STORY_WINDOW

    def begun_on(self, days: frozenset[date]) -> bool:
        """It began on one of `days` or the day after (an event of the night is reported in the morning)."""
        began = self.began if self.narrative is not None else self.first_seen.astimezone(UTC).date()
        return began is not None and any(day <= began <= day + timedelta(days=1) for day in days)

    def open_to(self, article: PoolArticle) -> bool:
        """Active at the article's time, or begun on a day the article names."""
        return self.active_at(article.published_at) or self.begun_on(article.refers_to)

    def before_run(self) -> Story:
        """A copy of an existing narrative's state as loaded, before this run's articles join it."""
        return replace(
            self,
            names=self.names.copy(),
            cities=self.cities.copy(),
            claims=set(self.claims),
            figures=set(self.figures),
            reports=list(self.reports),
            members=[],
            known_at=[],
        )

    def move_to(self, other: Story, pool: list[PoolArticle]) -> None:
        """Hand this run's articles over to `other`, leaving this story empty."""
        for index in self.members:
            other.add(index, pool[index])
        self.members, self.known_at, self.n_members = [], [], 0


def _best_story(stories: list[Story], article: PoolArticle, *, corroborated: bool = False) -> Story | None:
    """The story open to the article (`Story.open_to`) that scores it highest, at JOIN_SCORE at least; with
    `corroborated`, among the stories of two articles or more only."""
    scored = [
        (story.score(article), position)
        for position, story in enumerate(stories)
        if story.open_to(article) and (story.n_members >= 2 or not corroborated)
    ]
    best = max(scored, default=None)
    return stories[best[1]] if best is not None and best[0] >= JOIN_SCORE else None


def _merge_continuations(stories: list[Story], pool: list[PoolArticle]) -> None:
    """A story of this run that continues an earlier one after a quiet spell (the funeral, the final report, the
    wage deal after the strike) joins it: it started within MERGE_WINDOW of the earlier story's last article, and
    their centroids and names are as close as two halves of one story are (MERGE_SCORE). Its articles move over;
    the earlier story keeps its id."""
    for position, later in enumerate(stories):
        if later.narrative is not None or later.n_members < 2:
            continue
        candidates = [
            (_continuity(earlier, later), index)
            for index, earlier in enumerate(stories[:position])
            if earlier.n_members >= 2 and earlier.first_seen <= later.first_seen <= earlier.last_seen + MERGE_WINDOW
        ]
        best = max(candidates, default=None)
        if best is not None and best[0] >= MERGE_SCORE:
            later.move_to(stories[best[1]], pool)


def _second_look(stories: list[Story], pool: list[PoolArticle]) -> None:
    """An article of this run still alone is scored again against the stories as they ended up: one that came before
    its story formed (the strike announced three days ahead) joins it at JOIN_SCORE, as it would when a later run
    looks at the recent outliers again."""
    for lone in stories:
        if lone.narrative is not None or lone.n_members != 1:
            continue
        if (story := _best_story(stories, pool[lone.members[0]], corroborated=True)) is not None:
            lone.move_to(story, pool)


def _split_mixed(stories: list[Story], pool: list[PoolArticle], priors: dict[int, Story]) -> None:
    """A story that ran two events of one kind together splits in two (`pipeline.events`, over the pairwise
    `_affinities` of its reports). Its reports that name the day the story began (`Story.begun_on`) stay. The rest
    may be the earliest report alone: a first report that another event's reports joined is alone again, an outlier,
    as it was before they came. An existing narrative's latest reports before the run (`Story.reports` of `priors`)
    take part one by one, so that a claim or a name one of them gave counts for that one only, as in one run over all
    the days; they stay, keeping its id, and are placed at its last report's time (at their own times, the days
    between them read as distance, and the demo's three-week desertions story split in daily runs)."""
    for position, story in enumerate(list(stories)):
        if len(story.members) < 2:  # a run's lone report cannot part: the part needs two
            continue
        prior = priors.get(id(story))
        earlier = (
            [replace(r, published_at=prior.last_seen) for r in sorted(prior.reports, key=_time_order)]
            if prior is not None
            else []
        )
        members = sorted(story.members, key=lambda i: _time_order(pool[i]))
        if not events.MIN_REPORTS <= len(earlier) + len(members) <= events.MAX_REPORTS:
            continue
        reports = earlier + [pool[i] for i in members]
        named_its_day = {k for k, report in enumerate(reports) if story.begun_on(report.refers_to)}  # "the June 3 fire"
        found = events.parted(
            reports, _affinities(reports), set(range(len(earlier))) | named_its_day, split_score=SPLIT_SCORE
        )
        if found is None:
            continue
        kept, parted = found
        offset = len(earlier)
        known = dict(zip(story.members, story.known_at, strict=True))
        stories[position] = _rebuilt(prior, [members[k - offset] for k in kept if k >= offset], pool, known)
        stories.append(_rebuilt(None, [members[k - offset] for k in parted], pool))


def _time_order(article: PoolArticle) -> tuple[datetime, str]:
    return article.published_at, article.article_id


def _rebuilt(
    prior: Story | None, members: list[int], pool: list[PoolArticle], known: dict[int, datetime] | None = None
) -> Story:
    """A story of `members` (time order), on top of an existing narrative's state before the run when given. A member
    that was `known` in the story before the split stays known no earlier than that (a report the second look took
    in was known only once the story had grown)."""
    if prior is not None:
        story = prior.before_run()
    else:
        first = pool[members[0]].published_at
        story = Story(np.zeros_like(pool[members[0]].vector), first, first)
    for index in members:
        story.add(index, pool[index])
    if known:
        story.known_at = [
            max(when, known.get(index, when)) for index, when in zip(members, story.known_at, strict=True)
        ]
    return story


def _affinities(reports: list[PoolArticle]) -> np.ndarray:
    """How much each two reports read as one story's, by the main evidence `Story.score` weighs (a report that names
    the day its story began is kept with it by `_split_mixed`, whatever its distance in time)."""
    return events.affinities(
        reports, name_weight=NAME_WEIGHT, claim_bonus=CLAIM_BONUS, day_decay=DAY_DECAY, min_names=MIN_NAMES
    )


def _continuity(earlier: Story, later: Story) -> float:
    """How much two stories read as one: the cosine of their centroids plus NAME_WEIGHT × the share of the core
    names of the smaller set that they have in common."""
    cosine = float(unit(earlier.vector_sum) @ unit(later.vector_sum))
    mine, theirs = earlier.core_names(), later.core_names()
    shared = len(mine & theirs) / min(len(mine), len(theirs)) if mine and theirs else 0.0
    return cosine + NAME_WEIGHT * shared


@dataclass(frozen=True)
class Clustering:
    assigned: list[int]
    """A narrative id (or -1) for every pool article, in pool order."""
    known_at: list[datetime]
    """When each assignment was first supported by the data (an outlier's: its own publication)."""
    created: list[Narrative]
    """The narratives made from this run's candidate stories."""


def cluster_stories(pool: list[PoolArticle], active: list[Story], next_id: int) -> Clustering:
    """Cluster the pool, oldest first; `active` stories (existing narratives) are extended in place."""
    stories = list(active)
    priors = {id(story): story.before_run() for story in active}
    order = sorted(range(len(pool)), key=lambda i: _time_order(pool[i]))
    for index in order:
        article = pool[index]
        if (best := _best_story(stories, article)) is not None:
            best.add(index, article)
        else:
            story = Story(np.zeros_like(article.vector), article.published_at, article.published_at)
            story.add(index, article)
            stories.append(story)
    _merge_continuations(stories, pool)
    _second_look(stories, pool)
    _split_mixed(stories, pool, priors)
    assigned = [OUTLIER] * len(pool)
    known_at = [article.published_at for article in pool]
    created: list[Narrative] = []
    for story in stories:
        if story.narrative is None and story.n_members >= 2:
            story.narrative = Narrative(next_id, np.zeros_like(story.vector_sum), 0)
            created.append(story.narrative)
            next_id += 1
        if story.narrative is not None and story.members:
            story.narrative.add(np.vstack([pool[i].vector for i in story.members]))
            for i, known in zip(story.members, story.known_at, strict=True):
                assigned[i], known_at[i] = story.narrative.narrative_id, known
    return Clustering(assigned, known_at, created)
