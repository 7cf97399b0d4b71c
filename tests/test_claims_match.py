"""Claims on the demo corpus, scored against the labels written with it."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import numpy as np
import pytest

from pipeline.claims import match
from pipeline.claims.extract import extract_mentions
from pipeline.claims.match import (
    Claim,
    Contexts,
    _is_variant,
    _rounds,
    distinctive,
    link_variants,
    match_claims,
    rounding_span,
    same_story,
    split_mixed,
)
from pipeline.entities import names
from pipeline.ids import claim_id
from pipeline.places import places

from .conftest import demo_labels


@pytest.fixture(scope="module")
def con(demo_db: Path):
    connection = duckdb.connect(str(demo_db), read_only=True)
    yield connection
    connection.close()


def guids_in(con, claim_id: str) -> set[str]:
    rows = con.execute(
        "SELECT DISTINCT a.guid FROM claim_mentions JOIN articles a USING (article_id) WHERE claim_id = ?", [claim_id]
    )
    return {guid for (guid,) in rows.fetchall()}


def the_claim(con, value: float, subject: str) -> dict:
    cursor = con.execute("SELECT * FROM claims WHERE value = ? AND subject = ?", [value, subject])
    rows = cursor.fetchall()
    assert len(rows) == 1, f"expected exactly one {value} {subject} claim, got {len(rows)}"
    return dict(zip([c[0] for c in cursor.description], rows[0], strict=True))


def test_every_article_stating_182000_deserters_is_in_one_claim_and_nothing_else_is(con) -> None:
    labels = demo_labels()
    claim = the_claim(con, 182_000, "deserters")
    expected = {guid for guid, row in labels.items() if row["claim"] == "deserters-182k"}
    assert guids_in(con, claim["claim_id"]) == expected
    assert claim["n_outlets"] == 11 and claim["n_languages"] == 8


def test_look_alike_numbers_are_separate_claims(con) -> None:
    labels = demo_labels()
    main = guids_in(con, the_claim(con, 182_000, "deserters")["claim_id"])
    traps = {guid for guid, row in labels.items() if row["claim"] in ("wheat-182k-tonnes", "road-182km")}
    assert traps and not (main & traps)
    wheat = the_claim(con, 182_000, "wheat")
    assert wheat["unit"] == "tonnes"
    assert guids_in(con, wheat["claim_id"]) == {g for g, row in labels.items() if row["claim"] == "wheat-182k-tonnes"}


def test_first_seen_is_the_outlet_the_corpus_was_written_to_start_from(con) -> None:
    claim = the_claim(con, 182_000, "deserters")
    assert claim["first_seen_outlet"] == "Eastern Dispatch Daily"
    assert claim["first_seen_at"].isoformat() == "2024-11-05T07:30:00+00:00"
    spread = con.execute(
        "SELECT outlet, near_copy FROM claim_spread WHERE claim_id = ? ORDER BY spread_rank", [claim["claim_id"]]
    ).fetchall()
    assert spread[0] == ("Eastern Dispatch Daily", False)
    assert spread[1] == ("Wire Europe", True)  # the syndicated re-post, flagged as a near-copy
    assert [outlet for outlet, _ in spread][2:4] == ["Вечерний курьер", "Новости Севера"]


def test_the_200000_mutation_is_a_variant_not_a_merge(con) -> None:
    labels = demo_labels()
    original = the_claim(con, 182_000, "deserters")
    mutation = the_claim(con, 200_000, "deserters")
    assert mutation["variant_of"] == original["claim_id"]
    assert guids_in(con, mutation["claim_id"]) == {g for g, row in labels.items() if row["claim"] == "deserters-200k"}
    qualifiers = {
        q
        for (q,) in con.execute(
            "SELECT DISTINCT qualifier FROM claim_mentions WHERE claim_id = ?", [mutation["claim_id"]]
        ).fetchall()
    }
    assert qualifiers == {"almost"}


def test_same_value_different_unit_or_year_never_merges() -> None:
    texts = {
        "d": "Ukrainian army desertions reached 182,000 in 2024.",
        "t": "Ports shipped 182,000 tonnes of wheat in 2024.",
        "k": "Poland opened 182 km of expressway.",
        "y": "Desertions reached 182,000 in 2023.",
    }
    mentions = [m for key, text in texts.items() for m in extract_mentions(key, "", text, "en", 2024)]
    claims = match_claims(mentions, _alike(mentions))  # contexts alone would merge them all
    assert len(claims) == 4


def _alike(mentions, published: dict[str, datetime] | None = None) -> Contexts:
    """Every sentence and every article with the same vector: only the rules can tell them apart."""
    same = np.ones(4, dtype=np.float32) / 2
    return Contexts({m.mention_id: same for m in mentions}, {m.article_id: same for m in mentions}, published or {})


def _day(day: int) -> datetime:
    return datetime(2025, 3, day, 9, tzinfo=UTC)


def test_a_figure_is_distinctive_when_it_has_three_significant_digits() -> None:
    assert [distinctive(v) for v in (182_000, 1_340, 157, 45.2)] == [True] * 4
    assert [distinctive(v) for v in (5, 20, 3_000, 200_000, 1.2e9)] == [False] * 5


def _two_articles(a: str, b: str, days_apart: int, cosine: float = 0.6, language_b: str = "en") -> int:
    """How many claims two articles' figures make, their articles as alike as two reports of one kind of event
    (cosine 0.6 unless said), published `days_apart`."""
    mentions = extract_mentions("a", a, "", "en", 2025) + extract_mentions("b", b, "", language_b, 2025)
    assert {m.article_id for m in mentions} == {"a", "b"}  # a figure in each
    other = np.array([cosine, (1 - cosine**2) ** 0.5], dtype=np.float32)
    articles = {"a": np.array([1.0, 0.0], dtype=np.float32), "b": other}
    contexts = Contexts(
        {m.mention_id: articles[m.article_id] for m in mentions},
        articles,
        {"a": _day(1), "b": _day(1 + days_apart)},
        {"a": places(a), "b": places(b)},
        {"a": frozenset(names(a, "en")), "b": frozenset(names(b, language_b))},
    )
    return len(match_claims(mentions, contexts))


def test_a_common_figure_days_apart_is_another_event_and_a_distinctive_one_is_the_same_claim() -> None:
    """Five dead in two accidents a week apart are two claims; on the same day, told alike, one. 182,000
    deserters said again eleven days later are one claim: such a figure does not recur by chance."""
    assert _two_articles("Five dead in bridge collapse.", "Five dead in ferry collision.", days_apart=8) == 2
    assert _two_articles("Five dead in bridge collapse.", "Bridge collapse leaves five dead.", days_apart=0) == 1
    assert _two_articles("Ukraine counts 182,000 deserters.", "182,000 deserters, Kyiv admits.", days_apart=11) == 1


def test_a_distinctive_figure_in_an_article_about_something_else_is_another_claim() -> None:
    """157 prisoners exchanged and 157 buildings damaged in a drone attack, the same week: war news both, but the
    articles report other events (cosine 0.3), so a figure's rarity does not join them."""
    assert _two_articles("Kyiv and Moscow swap 157 prisoners.", "Drones damage 157 buildings.", 1, cosine=0.3) == 2
    assert _two_articles("Kyiv and Moscow swap 157 prisoners.", "157 prisoners home.", 1, cosine=0.5) == 1


def test_the_cities_named_tell_two_events_apart_and_bring_a_poorly_embedded_report_back() -> None:
    """Three dead in a strike on Kharkiv and three dead in one on Odesa, 560 km apart, told alike (cosine 0.4): two
    claims. A Ukrainian report of the Kharkiv strike sits far from it in vector space (0.3), yet names the city: one
    claim. Without a city named, the vectors alone decide."""
    kharkiv = "Missile strike in central Kharkiv kills three"
    assert _two_articles(kharkiv, "Drone strike on the port of Odesa kills three", 0, cosine=0.4) == 2
    assert _two_articles(kharkiv, "Drone strike on the port kills three", 0, cosine=0.4) == 1
    assert _two_articles(kharkiv, "Удар по Харкову: троє загиблих", 0, cosine=0.3, language_b="uk") == 1
    assert _two_articles(kharkiv, "Нічний удар: троє загиблих", 0, cosine=0.3, language_b="uk") == 2


def test_a_toll_of_the_dead_is_never_a_toll_of_the_injured() -> None:
    """Nine killed in Kharkiv and nine injured in Zaporizhzhia the same morning, told alike (cosine 0.6): two claims,
    whatever else the articles share. Nine dead told in other words are one."""
    kharkiv = "Missile strike kills nine in Ukraine"
    assert _two_articles(kharkiv, "Nine people were injured in a second strike in Ukraine", 0) == 2
    assert _two_articles(kharkiv, "Удар по Україні: дев'ятеро загиблих", 0, language_b="uk") == 1


def test_a_report_of_the_dead_stays_with_the_dead_when_a_toll_of_the_injured_reads_closer() -> None:
    """Nine killed in Kharkiv, then a report of nine killed that reads more like (cosine 0.8) the report of nine
    injured in Zaporizhzhia that follows it than like the first (0.6): it stays in the claim of the dead. A report
    is matched again away from its claim only when the closer claim could take it."""
    texts = {
        "dead": "Missile strike on Kharkiv kills nine people",
        "reader": "Nine people killed as missiles hit Ukraine",
        "injured": "Nine people injured in a strike on Zaporizhzhia",
    }
    vectors = {"dead": [1.0, 0.0], "reader": [0.6, 0.8], "injured": [0.0, 1.0]}
    mentions = [m for key, text in texts.items() for m in extract_mentions(key, text, "", "en", 2025)]
    articles = {key: np.asarray(vector, dtype=np.float32) for key, vector in vectors.items()}
    contexts = Contexts(
        {m.mention_id: articles[m.article_id] for m in mentions},
        articles,
        {key: _day(1) + timedelta(hours=hour) for hour, key in enumerate(texts)},
        {key: places(text) for key, text in texts.items()},
        {key: frozenset(names(text, "en")) for key, text in texts.items()},
    )
    claims = match_claims(mentions, contexts)
    assert sorted(sorted(claim.article_ids) for claim in claims) == [["dead", "reader"], ["injured"]]


def test_a_figure_from_an_article_whose_names_conflict_with_the_claims_is_another_claim() -> None:
    """Two chemical-plant fires in one week each brought out 140 firefighters. Told alike (cosine 0.45), the second
    report names another plant, city and fire chief: two claims. A report that names the same plant is the same."""
    plock = "Chemical fire at the Wislochem plant in Plock, where chief Ewa Kubacka said 140 firefighters fought it."
    antwerp = (
        "Chemical fire at the Scheldechem plant in Antwerp, where chief Ruud Verstraet said 140 firefighters came."
    )
    follow_up = "Chemical fire at the Wislochem plant: chief Jan Nowak of Lodz said 140 firefighters came."
    assert _two_articles(plock, antwerp, 0, cosine=0.45) == 2
    assert _two_articles(plock, follow_up, 0, cosine=0.45) == 1


def test_a_name_the_claims_articles_share_brings_a_poorly_embedded_report_back() -> None:
    """A Polish report of a leak reads apart from the English one (cosine 0.3), yet names the same company: one claim.
    Naming nothing of the claim's, the vectors alone decide: two."""
    english = "Hackers at Kvantel stole data of 23,500 customers."
    assert _two_articles(english, "Wyciek danych w Kvantelu: 23 500 klientów", 0, cosine=0.3, language_b="pl") == 1
    assert _two_articles(english, "Wyciek danych: 23 500 klientów", 0, cosine=0.3, language_b="pl") == 2


def _claims_of_three_reports(figure: str, french: list[float]) -> int:
    """A Spanish first report, a French one an hour later that reads apart from it (`french`: its vector), and an
    English one two hours later that reads like the Spanish (cosine 0.9) and halfway like the French."""
    texts = {
        "es": f"Los casos de legionela en Valencia ascienden a {figure}",
        "fr": f"Valence : {figure} cas de légionellose",
        "en": f"Legionella cases in Valencia rise to {figure}",
    }
    mentions = [m for language, text in texts.items() for m in extract_mentions(language, text, "", language, 2026)]
    vectors = {"es": [1.0, 0.0, 0.0], "fr": french, "en": [0.9, 0.436, 0.0]}
    articles = {key: np.asarray(v, dtype=np.float32) / np.linalg.norm(v) for key, v in vectors.items()}
    published = {key: datetime(2026, 4, 18, 7 + hour, tzinfo=UTC) for hour, key in enumerate(texts)}
    return len(match_claims(mentions, Contexts({m.mention_id: articles[m.article_id] for m in mentions}, articles,
                                               published)))  # fmt: skip


def test_a_report_that_founded_a_claim_of_its_own_joins_the_claim_as_it_ended_up() -> None:
    """When the French report came, the claim had only the Spanish headline, which it reads little like (cosine
    0.3): it founded a claim of its own. Once the English report joined the Spanish one, the French reads like the
    claim (0.51): on a second look it joins, and the spread lists all three outlets. A small figure ("2 cas"), which
    every day's news states about other events, needs a closer article on that second look (0.45; here 0.41)."""
    assert _claims_of_three_reports("52", [0.3, 0.954, 0.0]) == 1
    assert _claims_of_three_reports("52", [0.2, 0.98, 0.0]) == 1
    assert _claims_of_three_reports("2", [0.2, 0.98, 0.0]) == 2


def _leaks_of_four_million() -> tuple[list, Contexts]:
    """Three reports of a telecom's leak of 4.1 million customers' data in The Hague, then three of a bank's leak of
    4.1 million records in Kazan two days later: the two leaks read apart (cosine 0.2) and name other things."""
    texts = {
        "t1": "Kvantel in The Hague: hackers stole data of 4.1 million customers.",
        "t2": "Hackers hit Kvantel, data of 4.1 million customers stolen in The Hague.",
        "t3": "Kvantel confirms 4.1 million customers affected, The Hague police say.",
        "b1": "Ladoga Bank in Kazan confirms a leak of 4.1 million records.",
        "b2": "Kazan lender Ladoga Bank says 4.1 million records leaked.",
        "b3": "Ladoga Bank leak: 4.1 million records, Kazan prosecutors say.",
    }
    mentions = [m for key, text in texts.items() for m in extract_mentions(key, text, "", "en", 2026)]
    leak = {"t": np.array([0.2**0.5, 0.8**0.5, 0.0]), "b": np.array([0.2**0.5, 0.0, 0.8**0.5])}
    articles = {key: leak[key[0]].astype(np.float32) for key in texts}
    published = {key: _day(1 + 2 * (key[0] == "b")) + timedelta(hours=int(key[1])) for key in texts}
    contexts = Contexts(
        {m.mention_id: articles[m.article_id] for m in mentions},
        articles,
        published,
        {key: places(text) for key, text in texts.items()},
        {key: frozenset(names(text, "en")) for key, text in texts.items()},
    )
    return mentions, contexts


def _leaks_and_a_first_report_that_names_nothing() -> tuple[list, Contexts]:
    """`_leaks_of_four_million`, with the bank's first report naming nothing and reading half like the telecom's
    reports (cosine 0.5), and far closer to the bank's other two (0.87)."""
    mentions, contexts = _leaks_of_four_million()
    published = contexts.published
    nameless = extract_mentions("b1", "A bank says 4.1 million records leaked.", "", "en", 2026)
    mentions = sorted(
        [*(m for m in mentions if m.article_id != "b1"), *nameless], key=lambda m: published[m.article_id]
    )
    telecom, bank = np.array([1.0, 0.0, 0.0], dtype=np.float32), np.array([0.0, 1.0, 0.0], dtype=np.float32)
    first = np.array([0.5, 0.75**0.5, 0.0], dtype=np.float32)
    articles = {key: telecom if key[0] == "t" else bank for key in contexts.articles} | {"b1": first}
    contexts = replace(
        contexts,
        sentences={m.mention_id: articles[m.article_id] for m in mentions},
        articles=articles,
        places=contexts.places | {"b1": frozenset()},
        names=contexts.names | {"b1": frozenset()},
    )
    return mentions, contexts


def test_a_first_report_of_a_second_event_moves_to_that_events_claim_once_it_forms() -> None:
    """The bank's first report names nothing and reads half like the telecom's reports: it joins their claim. The
    bank's next two reports read apart from it and make a claim of their own, which the first report reads far closer
    to. It is matched again after them, away from the telecom's claim: two claims of three articles each, as a run
    that had seen both would make (the bank's claim then has the id of its second report's mention)."""
    mentions, contexts = _leaks_and_a_first_report_that_names_nothing()
    claims = match_claims(mentions, contexts)
    assert sorted(sorted(claim.article_ids) for claim in claims) == [["b1", "b2", "b3"], ["t1", "t2", "t3"]]
    bank_claim = next(claim for claim in claims if "b1" in claim.article_ids)
    assert bank_claim.claim_id == claim_id(next(m for m in mentions if m.article_id == "b2").mention_id)


def test_a_report_matched_again_makes_again_only_the_claims_of_its_figure(monkeypatch) -> None:
    """The same run also states another figure, in other articles: matching the bank's first report again goes over
    the six mentions of 4.1 million only, not over the run's other mentions."""
    mentions, contexts = _leaks_and_a_first_report_that_names_nothing()
    others = extract_mentions("o1", "A storm left 12 injured.", "", "en", 2026)
    others += extract_mentions("o2", "Storm: 12 injured.", "", "en", 2026)
    vector = np.array([0.0, 0.0, 1.0], dtype=np.float32)
    contexts = replace(
        contexts,
        sentences=contexts.sentences | {m.mention_id: vector for m in others},
        articles=contexts.articles | {"o1": vector, "o2": vector},
        published=contexts.published | {"o1": _day(1), "o2": _day(1)},
    )
    passes = []
    each_pass = match._pass
    monkeypatch.setattr(match, "_pass", lambda grouped, *rest: passes.append(len(grouped)) or each_pass(grouped, *rest))
    claims = match_claims(sorted(others + mentions, key=lambda m: contexts.published[m.article_id]), contexts)
    assert passes == [8, 6]
    assert sorted(sorted(claim.article_ids) for claim in claims) == [
        ["b1", "b2", "b3"],
        ["o1", "o2"],
        ["t1", "t2", "t3"],
    ]


def test_a_claim_that_ran_two_events_together_is_split_and_its_founding_mention_keeps_its_id() -> None:
    """One claim of six articles, two leaks: split in two. The half with the claim's founding mention keeps the id,
    even when a report of the other leak came first (a lone report that the second look brought in); the other half
    is a claim with the id of its first mention."""
    mentions, contexts = _leaks_of_four_million()
    for founder in ("t1", "b1"):
        founding = next(m for m in mentions if m.article_id == founder)
        mixed = Claim(claim_id(founding.mention_id), 4_100_000, "count", None, None, None, None)
        for mention in mentions:
            mixed.add(mention, contexts)
        halves = split_mixed([mixed], contexts, {mixed.claim_id: mentions})
        assert [sorted(half.article_ids) for half in halves] == [
            sorted(a for a in contexts.articles if a[0] == founder[0]),
            sorted(a for a in contexts.articles if a[0] != founder[0]),
        ]
        first_of_other = "b1" if founder == "t1" else "t1"
        assert [half.claim_id for half in halves] == [
            mixed.claim_id,
            claim_id(next(m for m in mentions if m.article_id == first_of_other).mention_id),
        ]
    one_leak = [m for m in mentions if m.article_id[0] == "t"]
    whole = Claim(claim_id(one_leak[0].mention_id), 4_100_000, "count", None, None, None, None)
    for mention in one_leak:
        whole.add(mention, contexts)
    assert split_mixed([whole], contexts, {whole.claim_id: one_leak}) == [whole]


def test_a_re_post_is_no_second_report_when_a_claim_is_split() -> None:
    """One storm: two reports name the town it hit, three others the storm. The groups read somewhat apart (cosine
    0.4) and name different things, but the town's side has two reports, too few to be an event of its own; an
    outlet's re-post of one of them (a near copy, `originals`) makes no third."""
    texts = {
        "p1": "Storm leaves 212,000 homes without power around Coimbra.",
        "a1": "In Coimbra, 212,000 homes are without power.",
        "p2": "Storm leaves 212,000 homes without power around Coimbra.",
        "b1": "Storm Ilda cut power to 212,000 homes.",
        "b2": "Storm Ilda left 212,000 homes without electricity overnight.",
        "b3": "Storm Ilda: 212,000 homes in the dark.",
    }
    mentions = [m for key, text in texts.items() for m in extract_mentions(key, text, "", "en", 2026)]
    town, storm = np.array([1.0, 0.0, 0.0]), np.array([0.4, 0.84**0.5, 0.0])
    articles = {key: (town if key[0] in "pa" else storm).astype(np.float32) for key in texts}
    contexts = Contexts(
        {m.mention_id: articles[m.article_id] for m in mentions},
        articles,
        {key: _day(1) + timedelta(hours=hour) for hour, key in enumerate(texts)},
        {key: frozenset() for key in texts},
        {key: frozenset(names(text, "en")) for key, text in texts.items()},
    )

    def claims_after_split(contexts: Contexts) -> list[set[str]]:
        claim = Claim(claim_id(mentions[0].mention_id), 212_000, "count", None, None, None, None)
        for mention in mentions:
            claim.add(mention, contexts)
        return [half.article_ids for half in split_mixed([claim], contexts, {claim.claim_id: mentions})]

    assert claims_after_split(replace(contexts, originals={"p2": "p1"})) == [set(texts)]
    assert claims_after_split(contexts) == [{"p1", "a1", "p2"}, {"b1", "b2", "b3"}]  # the re-post taken for a report


def test_a_compact_rounded_rendering_joins_the_figure_it_rounds() -> None:
    """ "1,3 тыс." is 1,340 written short: the Russian outlet is in the claim's spread. "почти 1,3 тыс." is a retelling
    (a mutation, not the same figure), and "182 тыс." is exact."""
    english = extract_mentions("en", "Air force counted 1,340 drones in ten days", "", "en", 2025)
    russian = extract_mentions("ru", "ВВС насчитали 1,3 тыс. дронов за десять дней", "", "ru", 2025)
    hedged = extract_mentions("ru2", "ВВС насчитали почти 1,3 тыс. дронов", "", "ru", 2025)
    assert rounding_span(russian[0]) == (1250, 1350) and rounding_span(hedged[0]) is None
    assert rounding_span(extract_mentions("x", "182 тыс. дезертиров", "", "ru", 2025)[0]) is None
    claims = match_claims(english + russian + hedged, _alike(english + russian + hedged))
    assert [(c.value, len(c.article_ids)) for c in claims] == [(1340, 2), (1300, 1)]


def test_a_rounded_rendering_needs_a_closer_article_than_the_figure_itself() -> None:
    """1,340 jobs cut at a carmaker and "1,3 tys." evacuated after a fire the same day, in articles as alike as two
    business and disaster reports can be (cosine 0.4): a rounded figure is weaker evidence, so two claims. The same
    rendering in a report of the same event (0.6) joins."""
    jobs = extract_mentions("a", "Carmaker to cut 1,340 jobs", "", "en", 2025)
    fire = extract_mentions("b", "Pożar zakładów: ewakuowano 1,3 tys. mieszkańców", "", "pl", 2025)
    for cosine, n_claims in ((0.4, 2), (0.6, 1)):
        articles = {"a": np.array([1.0, 0.0], dtype=np.float32), "b": np.array([cosine, (1 - cosine**2) ** 0.5])}
        vectors = {m.mention_id: articles[m.article_id] for m in jobs + fire}
        contexts = Contexts(vectors, articles, {"a": _day(1), "b": _day(1)})
        assert len(match_claims(jobs + fire, contexts)) == n_claims, cosine


def test_a_headline_that_leaves_the_currency_out_states_the_same_amount() -> None:
    """A headline's bare "vale 18 miliardi" is the "18 billion euro" budget; "18 miliardów osób" counts people."""
    money = extract_mentions("en", "Italy's cabinet approves 18 billion euro budget", "", "en", 2025)
    bare = extract_mentions("it", "Via libera alla manovra: vale 18 miliardi", "", "it", 2025)
    people = extract_mentions("pl", "18 miliardów osób", "", "pl", 2025)
    claims = match_claims(money + bare + people, _alike(money + bare + people))
    assert sorted((c.kind, len(c.article_ids)) for c in claims) == [("count", 1), ("money", 2)]


@pytest.mark.parametrize("money_first", [True, False])
def test_an_amount_without_its_currency_joins_the_money_whatever_word_the_extractor_took_for_its_subject(
    money_first: bool,
) -> None:
    """ "Agrisol dovrà pagare 12,5 milioni ai viticoltori" is the "€12.5 million" of the wire, whichever came first:
    "viticoltori" are who is paid, not what is counted. A claim that a bare amount began is money once money joins
    it, so a revised offer in euros can be linked to it as a mutation."""
    money = extract_mentions("en", "French court orders Agrisol to pay €12.5 million to winegrowers", "", "en", 2026)
    bare = extract_mentions("it", "Lione, Agrisol dovrà pagare 12,5 milioni ai viticoltori", "", "it", 2026)
    assert [m.kind for m in bare] == ["count"] and bare[0].subject is not None
    mentions = money + bare if money_first else bare + money
    claims = match_claims(mentions, _alike(mentions))
    assert [(c.article_ids, c.kind, c.unit) for c in claims] == [
        ({"en", "it"}, "money", "EUR")
    ]  # it learns the currency


def test_money_does_not_join_a_count_of_things_of_its_value() -> None:
    """ "1.5 million households" is no amount whose currency was left out: "€1.5 million for repairs" stays apart."""
    households = extract_mentions("hh", "Floods left 1.5 million households without power", "", "en", 2026)
    money = extract_mentions("eur", "Government pledges €1.5 million for flood repairs", "", "en", 2026)
    claims = match_claims(households + money, _alike(households + money))
    assert sorted((c.kind, len(c.article_ids)) for c in claims) == [("count", 1), ("money", 1)]


def test_a_lexicon_word_near_the_figure_does_not_split_one_event_across_outlets() -> None:
    """ "Five people lost their lives … when a road bridge gave way": the nearest lexicon word is `roads`, yet the
    article reports the "five killed" of the other outlet's article. Within one article the lexicon still tells two
    figures apart: five killed and five drones are two claims."""
    wire = extract_mentions("wire", "Bridge collapse near Ourense: five killed", "", "en", 2025)
    local = extract_mentions(
        "local",
        "Spanish bridge collapse",
        "Five people lost their lives when a road bridge gave way near Ourense.",
        "en",
        2025,
    )
    assert {m.subject_concept for m in wire} == {"casualties"} and {m.subject_concept for m in local} == {"roads"}
    both = extract_mentions("both", "Five killed as Russia launches five drones at Kharkiv", "", "en", 2025)
    assert sorted(m.subject_concept for m in both) == ["casualties", "drones"]

    claims = match_claims(wire + local, _alike(wire + local))
    assert [c.article_ids for c in claims] == [{"wire", "local"}]
    assert len(match_claims(both, _alike(both))) == 2


def test_an_amount_beside_money_in_its_article_is_money_whatever_word_follows_it() -> None:
    """ "1.200 millones para sanidad" in an article about an 18,000-million-euro budget is the 1.2 billion euros for
    health, though "sanidad" follows the number; alone in an article, "1.200 millones de personas" would count people."""
    wire = extract_mentions("w", "Budget sets aside 1.2 billion euros for health", "", "en", 2025)
    spanish = extract_mentions(
        "es",
        "Italia aprueba unos presupuestos de 18.000 millones de euros",
        "Las cuentas incluyen 1.200 millones para sanidad.",
        "es",
        2025,
    )
    people = extract_mentions("p", "1.200 millones de personas sin agua", "", "es", 2025)
    mentions = wire + spanish + people
    claims = match_claims(mentions, _alike(mentions))
    health = next(c for c in claims if c.value == 1_200_000_000 and c.kind == "money")
    assert health.article_ids == {"w", "es"}


def test_an_articles_title_and_summary_state_one_claim_whatever_words_they_use() -> None:
    """ "1.200 Stellen" in the title and "1.200 Beschäftigte" in the summary: one figure, one claim, even when the
    article's vector is far from every other (a claim founded by its title takes its summary)."""
    mentions = extract_mentions(
        "z", "Werk in Zwickau: 1.200 Stellen betroffen", "Betroffen sind 1.200 Beschäftigte.", "de", 2025
    )
    assert len(mentions) == 2
    claims = match_claims(mentions, _alike(mentions))
    assert len(claims) == 1 and len(claims[0].mention_ids) == 2


def test_only_real_mutations_are_linked_on_the_demo(con) -> None:
    """The digest once showed "34 drones … Mutations: 32 → 34 · 34 → 47": counts from different attacks."""
    links = con.execute(
        """
        SELECT v.value, c.value, c.subject, c.variant_evidence FROM claims c JOIN claims v ON v.claim_id = c.variant_of
        """
    ).fetchall()
    assert not [link for link in links if link[2] == "drones"]
    deserters = [link for link in links if link[2] == "deserters"]
    assert [(before, after) for before, after, *_ in deserters] == [(182_000, 200_000)]
    assert deserters[0][3].startswith("approximated retelling in the same context")
    assert all(evidence for *_, evidence in links)  # every link says why


def _travelled_claim(value: float, sentence: str, day: int, exact: bool) -> Claim:
    """A claim stated in two articles on March `day`, as the matcher builds it."""
    claim = Claim(f"c{value}", value, "count", None, "drones", "drones", None)
    mention = replace(extract_mentions("a", "", sentence, "en", 2025)[0], exact=exact)
    for article in (f"{value}-a", f"{value}-b"):
        told = replace(mention, article_id=article)
        claim.add(told, replace(_alike([told]), published={article: datetime(2025, 3, day, tzinfo=UTC)}))
    return claim


KHARKIV = (112, "Overnight 112 drones hit Kharkiv, mayor Ihor Terekhov said.", 4, True)
ODESA = (143, "Overnight 143 drones hit Odesa, governor Oleh Kiper said.", 9, True)
TALLY = (1340, "Ukraine's Air Force counted 1,340 drones in March.", 11, True)
RETOLD = (1500, "Ukraine's Air Force counted almost 1,500 drones in March.", 15, False)
ODESA_ROUNDED = (150, "Overnight almost 150 drones hit Odesa, governor Oleh Kiper said.", 9, False)
RETOLD_A_MONTH_LATER = (1500, "Ukraine's Air Force counted almost 1,500 drones in March.", 28, False)
MORE_THAN_LESS = (1200, "Ukraine's Air Force counted more than 1,200 drones in March.", 15, False)
MORE_THAN_MORE = (1500, "Ukraine's Air Force counted more than 1,500 drones in March.", 15, False)


@pytest.mark.parametrize(
    ("earlier", "later", "linked"),
    [
        (KHARKIV, ODESA, False),  # two attacks on different cities: exact counts, other names
        (KHARKIV, ODESA_ROUNDED, False),  # approximated, but the names around it are another place's
        (TALLY, RETOLD, True),  # the same tally retold, approximated, same names, four days later
        (TALLY, RETOLD_A_MONTH_LATER, False),  # outside the mutation window: another story
        (TALLY, MORE_THAN_LESS, True),  # "more than 1,200" may retell 1,340
        (TALLY, MORE_THAN_MORE, False),  # "more than 1,500" cannot: 1,340 is less
    ],
)
def test_a_mutation_needs_evidence_of_the_same_story(earlier: tuple, later: tuple, linked: bool) -> None:
    assert (same_story(_travelled_claim(*later), _travelled_claim(*earlier)) is not None) is linked


@pytest.mark.parametrize(
    ("later", "linked"),
    [
        ("The count of drones that hit Kharkiv overnight rises to 41, mayor Ihor Terekhov said.", True),
        ("Overnight 41 drones hit Kharkiv, mayor Ihor Terekhov said.", False),  # not told as an update: 1.8× apart
        ("The count of drones that hit Odesa overnight rises to 41, governor Oleh Kiper said.", False),  # another city
    ],
)
def test_a_figure_told_as_an_update_is_the_earlier_one_changing(later: str, linked: bool) -> None:
    """ "Rises to 41" the day after 23: the same count updated, though it nearly doubled and no article states both.
    The same 41 told plainly is 1.8× the 23, too far for a retelling; and an update in another city's story is
    another count."""
    earlier = _travelled_claim(23, "Overnight 23 drones hit Kharkiv, mayor Ihor Terekhov said.", 4, True)
    update = _travelled_claim(41, later, 5, True)
    assert (same_story(update, earlier) is not None and _is_variant(update, earlier)) is linked


def test_a_rise_leads_to_a_higher_figure_and_a_revision_either_way() -> None:
    """ "Rises to 21" is no update of an earlier 40; after 23 and 60, "rises to 41" updates the 23, though the 60 is
    closer. "Revised to 21" may lower the 40."""
    forty = _travelled_claim(40, "Overnight 40 drones hit Kharkiv, mayor Ihor Terekhov said.", 4, True)
    rises = _travelled_claim(21, "The count of drones that hit Kharkiv rises to 21, mayor Ihor Terekhov said.", 5, True)
    revised = _travelled_claim(
        21, "The count of drones that hit Kharkiv was revised to 21, Ihor Terekhov said.", 5, True
    )
    assert same_story(rises, forty) is None and same_story(revised, forty) is not None
    earlier = [
        _travelled_claim(value, f"Overnight {value} drones hit Kharkiv, mayor Ihor Terekhov said.", 4, True)
        for value in (23, 60)
    ]
    later = _travelled_claim(41, "The count of drones that hit Kharkiv rises to 41, mayor Ihor Terekhov said.", 5, True)
    link_variants([later], earlier, same_story)
    assert later.variant_of == "c23"


def test_two_counts_in_one_article_are_an_update_only_in_one_story() -> None:
    """A toll that rises in the same place is an update; an article comparing two attacks is not."""
    earlier = _travelled_claim(*KHARKIV)
    update = _travelled_claim(120, "Overnight 120 drones hit Kharkiv, mayor Ihor Terekhov said.", 5, True)
    other_city = _travelled_claim(*ODESA)
    for later in (update, other_city):
        later.article_ids.add("112-a")  # one article states both figures
    assert same_story(update, earlier).startswith("updated: both values stated about drones")
    assert same_story(other_city, earlier) is None


@pytest.mark.parametrize(
    ("earlier", "later", "linked"),
    [
        (182_000, 200_000, True),  # rounded to the hundred thousand
        (182_000, 180_000, True),  # to the ten thousand
        (950, 1_000, True),
        (950, 1_200, False),  # rounder, but 950 rounds to 1,000: another round figure
        (1_340, 1_500, False),
    ],
)
def test_a_rounder_figure_is_a_retelling_only_when_it_is_the_earlier_one_rounded(
    earlier: int, later: int, linked: bool
) -> None:
    """A later figure in a close context (here the same sentence, a day later) is the earlier one retold only when it
    is the earlier one rounded to the digits it writes: 1,200 is rounder than 950 but is not 950 rounded (950 rounds
    to 1,000), as when two layoff rounds announced days apart at two carmakers read alike."""
    first = _travelled_claim(earlier, f"The carmaker will cut {earlier:,} jobs at its plant in Gliwice.", 6, True)
    retold = _travelled_claim(later, f"The carmaker will cut {later:,} jobs at its plant in Gliwice.", 7, True)
    assert (same_story(retold, first) is not None) is linked


@pytest.mark.parametrize(
    ("value", "rounder", "rounds"),
    [
        (182_000, 200_000, True),
        (182_000, 180_000, True),
        (1_250, 1_300, True),
        (1_249, 1_300, False),
        (950, 1_200, False),
        (200_000, 182_000, False),
        (4.7, 5, False),
        (0, 0, False),
    ],
)
def test_rounding_is_to_the_last_digit_the_rounder_figure_writes(value: float, rounder: float, rounds: bool) -> None:
    assert _rounds(value, rounder) is rounds


def test_two_counts_first_told_together_are_two_facts_not_an_update() -> None:
    """ "37 drones launched, 29 shot down", repeated by every outlet: both figures appear first in the same reports,
    so neither is the other changing as it travels."""
    launched = _travelled_claim(37, "Russia launched 37 drones at Odesa overnight.", 6, True)
    shot_down = _travelled_claim(29, "Air defence shot down 29 drones over Odesa.", 6, True)
    shot_down.article_ids |= launched.article_ids  # the same articles state both
    assert same_story(shot_down, launched) is None


def test_the_two_ends_of_a_range_are_not_a_mutation() -> None:
    """ "40 bis 60 Menschen vermisst" in one outlet, "60 missing" retold in others a day later: the later, rounder
    figure is the range's other end, not the 40 changing as it travels (as it would be without the range)."""
    missing = _travelled_claim(40, "Nach dem Bootsunglück werden 40 bis 60 Menschen vermisst.", 11, False)
    assert missing.range_ends == {60}
    retold = _travelled_claim(60, "Almost 60 people are missing after the boat capsized.", 12, False)
    assert same_story(retold, missing) is None
    missing.range_ends.clear()
    assert same_story(retold, missing) is not None


def test_mutation_candidates_are_found_by_value_range_not_by_comparing_all_pairs(monkeypatch) -> None:
    """2,000 drone counts spread over four orders of magnitude: each is compared only with the earlier counts
    within 2× of its value (`UPDATE_MAX_RATIO`: an update may move that far), not with all 2,000 (the rebuild that once
    made 56.6 million comparisons)."""
    from pipeline.claims import match

    calls = []
    original = match._is_variant
    monkeypatch.setattr(match, "_is_variant", lambda claim, other: calls.append(1) or original(claim, other))
    values = [round(10 * 1.005**i) + i * 0.001 for i in range(2000)]
    mentions = [
        replace(extract_mentions(f"a{i}", "", "Russia launched 1,000 drones overnight.", "en", 2025)[0], value=v)
        for i, v in enumerate(values)
    ]
    claims = match_claims(mentions, _alike(mentions))
    assert len(claims) == 2000
    assert len(calls) < 2000 * 300  # all pairs would be ~2 million; within 2× there are at most ~278 per claim
