"""Narratives: quality against the labels (demo, and the held-out corpus against a plain baseline), one cross-lingual
story, ids stable across runs."""

from __future__ import annotations

import csv
import json
import shutil
from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import numpy as np
import pytest
from sklearn.cluster import AgglomerativeClustering
from typer.testing import CliRunner

from benchmarks.corpora import CORPORA
from benchmarks.replay import run_corpus
from pipeline.claims.numbers import days_named
from pipeline.cli import app
from pipeline.config import load_feeds
from pipeline.embeddings import UniversalSentenceEncoder
from pipeline.jobs import run_daily
from pipeline.narratives.cluster import OUTLIER, bcubed
from pipeline.narratives.stories import (
    JOIN_SCORE,
    MERGE_WINDOW,
    STORY_WINDOW,
    PoolArticle,
    Story,
    cluster_stories,
    days_referred_back,
    distinctive_figures,
)
from pipeline.places import city_named, places
from pipeline.translate import NoTranslator

from .conftest import DEMO_DIR, components, demo_labels, run_demo_day_ten

# Story clustering measured 0.892 on the demo corpus (its weights were set here and on benchmarks/devset; the time
# decay traded 0.013 here for 0.07 on the development corpus); average-linkage agglomerative clustering on the same
# embeddings, with its threshold tuned on this very corpus, reaches 0.885 (benchmarks/narratives_bench.py). The test
# fails if the pipeline falls back to baseline quality.
MIN_BCUBED_F1 = 0.885
HELD_OUT = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5")
SINGLETONS_INSIDE = {"heldout": 2, "heldout2": 3, "heldout3": 0, "heldout4": 7, "heldout5": 5}
"""Labelled singletons inside a multi-article story, as measured in one run (stop 37, side-by-side embeddings and the
story's MIN_COSINE; stop 36: 3, 3, 0 and 9; with USE alone, stop 35: 1 of 21, 0 of 20, 0 of 15, and 12 of 28 on
heldout4; heldout5, written blind at stop 38 and scored once with the code as it stood: 5 of 17): a guard against
more, not the target, which is none (docs/benchmarks.md, narratives, "Stop 37" and "Stop 38")."""
BASELINE_DISTANCE = 0.6  # the plain baseline's cosine distance, fixed in advance (not tuned on any corpus)
runner = CliRunner()


def story_assignments(db: Path) -> list[tuple[str, int, str]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("SELECT guid, narrative_id, language FROM articles").fetchall()
    finally:
        con.close()
    labels = demo_labels()
    return [(_story_of(labels, guid), narrative_id, language) for guid, narrative_id, language in rows]


def _story_of(labels: dict, guid: str) -> str:
    """The labelled story; "other" marks an article that belongs to no story, so it is a story of its own."""
    story = labels[guid]["story"]
    return f"other:{guid}" if story == "other" else story


def test_clustering_quality_against_the_labels(demo_db: Path) -> None:
    rows = story_assignments(demo_db)
    f1, precision, recall = bcubed([n for _, n, _ in rows], [story for story, _, _ in rows])
    assert f1 >= MIN_BCUBED_F1, f"BCubed F1 {f1:.3f} (P {precision:.3f}, R {recall:.3f})"


def _corpus_run(
    corpus: Path, run_date: date, folder: Path, daily: bool = False
) -> tuple[list[str], list[int], np.ndarray]:
    """A labelled corpus through the pipeline (translation off), in one run or (`daily`) one run per day: each
    article's labelled story, its narrative and its USE v3 embedding (the plain baseline's), oldest first."""
    feeds = corpus / "feeds.yaml"
    db = folder / f"{corpus.name}.duckdb"
    run_corpus(feeds, db, run_date, components(translator=NoTranslator()), daily)
    with (corpus / "labels" / "items.csv").open(encoding="utf-8") as handle:
        story_of = {row["guid"]: row["story"] for row in csv.DictReader(handle)}
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute(
        "SELECT a.guid, a.narrative_id, e.embedding FROM articles a JOIN article_embeddings e USING (article_id) "
        "WHERE e.model = ? ORDER BY a.published_at, a.article_id",
        [UniversalSentenceEncoder.name],
    ).fetchall()
    con.close()
    vectors = np.asarray([vector for _, _, vector in rows], dtype=np.float32)
    return [story_of[guid] for guid, _, _ in rows], [narrative for _, narrative, _ in rows], vectors


@pytest.fixture(scope="module")
def devwire_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], list[int], np.ndarray]:
    return _corpus_run(*CORPORA["devwire"], tmp_path_factory.mktemp("devwire"))


def _beats_the_baseline(gold: list[str], assigned: list[int], vectors: np.ndarray) -> tuple[float, float]:
    baseline = AgglomerativeClustering(
        None, metric="cosine", linkage="average", distance_threshold=BASELINE_DISTANCE
    ).fit_predict(vectors)
    stage_f1, baseline_f1 = bcubed(assigned, gold)[0], bcubed(baseline.tolist(), gold)[0]
    assert stage_f1 >= baseline_f1, f"stage {stage_f1:.3f} < baseline {baseline_f1:.3f}"
    return stage_f1, baseline_f1


def _singletons_inside(gold: list[str], assigned: list[int]) -> list[str]:
    singletons = {story for story in gold if gold.count(story) == 1}
    return [story for story, n in zip(gold, assigned, strict=True) if story in singletons and n != OUTLIER]


@pytest.mark.parametrize("name", HELD_OUT)
def test_on_the_held_out_corpora_the_stage_beats_the_plain_baseline(tmp_path: Path, name: str) -> None:
    """The evaluation corpora (never tuned on): story clustering against average-linkage clustering of USE v3
    vectors at a distance fixed in advance; and no more of their singletons inside the multi-article stories than
    measured."""
    gold, assigned, vectors = _corpus_run(*CORPORA[name], tmp_path)
    _beats_the_baseline(gold, assigned, vectors)
    absorbed = _singletons_inside(gold, assigned)
    assert len(absorbed) <= SINGLETONS_INSIDE[name], absorbed


@pytest.mark.slow  # some 3 minutes: 21 daily runs of the pipeline; CI runs it with `-m slow`
def test_replayed_one_daily_run_per_day_a_held_out_corpus_still_beats_the_plain_baseline(tmp_path: Path) -> None:
    """heldout2 as the product meets news: 21 daily runs, each seeing the feeds as they stood that evening
    (`benchmarks/replay.py`). Measured: 0.928 daily at stop 35 (USE alone, no singleton inside), 0.923 in one run;
    baseline 0.840. With the side-by-side embeddings of stop 36, three singletons inside, as in one run."""
    gold, assigned, vectors = _corpus_run(*CORPORA["heldout2"], tmp_path, daily=True)
    _beats_the_baseline(gold, assigned, vectors)
    assert len(_singletons_inside(gold, assigned)) <= SINGLETONS_INSIDE["heldout2"]


def test_on_a_corpus_the_story_stage_was_never_tuned_on_it_beats_the_baseline(devwire_run) -> None:
    """benchmarks/devwire was written by a helper that saw neither the code nor the other corpora; the story stage
    was measured on it (0.979) before any change, and is not tuned on it. No singleton is absorbed."""
    gold, assigned, vectors = devwire_run
    stage_f1, _ = _beats_the_baseline(gold, assigned, vectors)
    assert stage_f1 >= 0.93
    assert _singletons_inside(gold, assigned) == []


SAME_KIND_OF_EVENT = [  # devwire's designed pairs: one kind of event, other places and people, days apart
    ("drone-kharkiv", "drone-odesa"),
    ("measles-silesia", "measles-andalusia"),
    ("strike-nordstern", "strike-iberalia"),
    ("fine-hanse", "fine-wislany"),
    ("poll-kompass", "poll-demoskopia"),
]


@pytest.mark.parametrize(("one", "other"), SAME_KIND_OF_EVENT)
def test_two_events_of_the_same_kind_are_two_stories(devwire_run, one: str, other: str) -> None:
    gold, assigned, _ = devwire_run
    narratives_of = {
        story: Counter(n for s, n in zip(gold, assigned, strict=True) if s == story and n != OUTLIER)
        for story in (one, other)
    }
    assert narratives_of[one] and narratives_of[other], narratives_of
    assert not set(narratives_of[one]) & set(narratives_of[other]), narratives_of


def test_no_narrative_is_one_outlets_unrelated_articles(demo_db: Path) -> None:
    """The old junk cluster: eight unrelated articles of one Ukrainian outlet (drones, amnesty, first snow)."""
    labels = demo_labels()
    con = duckdb.connect(str(demo_db), read_only=True)
    rows = con.execute("SELECT narrative_id, outlet, guid FROM articles WHERE narrative_id > 0").fetchall()
    con.close()
    members: dict[int, list[tuple[str, str]]] = {}
    for narrative_id, outlet, guid in rows:
        members.setdefault(narrative_id, []).append((outlet, labels[guid]["story"]))
    junk = {n: m for n, m in members.items() if len({o for o, _ in m}) == 1 and {s for _, s in m} == {"other"}}
    assert junk == {}


def test_the_182000_story_is_one_narrative_in_all_its_languages(demo_db: Path) -> None:
    labels = demo_labels()
    con = duckdb.connect(str(demo_db), read_only=True)
    rows = con.execute("SELECT guid, narrative_id, language FROM articles").fetchall()
    claim_rows = [(n, lang) for guid, n, lang in rows if labels[guid]["claim"] == "deserters-182k"]
    (narrative,) = {n for n, _ in claim_rows}
    assert narrative != OUTLIER
    assert {lang for _, lang in claim_rows} == {"en", "ru", "uk", "de", "pl", "fr", "es", "it"}
    stories_inside = Counter(labels[guid]["story"] for guid, n, _ in rows if n == narrative)
    assert set(stories_inside) == {"ua-desertions"}, stories_inside


def test_narratives_keep_their_ids_from_one_run_to_the_next(
    tmp_path: Path, demo_db: Path, demo_day_ten_db: Path
) -> None:
    """Days 1-10, then days 1-21: a story that one run over all 21 days keeps in one narrative across day 10 keeps
    one id across the two runs, and no clustered article ever changes narrative."""
    db = tmp_path / "w.duckdb"
    shutil.copyfile(demo_day_ten_db, db)
    before = dict(_guid_narratives(db))
    run_daily(load_feeds(DEMO_DIR / "feeds.yaml"), db, date(2024, 11, 21), "days 1-21")
    after = dict(_guid_narratives(db))
    one_run = dict(_guid_narratives(demo_db))

    labels = demo_labels()
    assert set(before) < set(after)
    kept = 0
    for story in {row["story"] for row in labels.values()} - {"other"}:
        early = [g for g in before if labels[g]["story"] == story]
        late = [g for g in after if g not in before and labels[g]["story"] == story]
        if _main_narrative(one_run, early) is None or _main_narrative(one_run, early) != _main_narrative(one_run, late):
            continue  # one run over all days does not keep it together across day 10 either
        assert _main_narrative(before, early) == _main_narrative(after, late), story
        kept += 1
    assert kept >= 3  # the stories that span both halves
    moved = [g for g in before if before[g] != OUTLIER and after[g] != before[g]]
    assert moved == []  # clustered articles never change narrative


def test_a_change_of_embedder_restates_the_running_stories_under_the_new_one(tmp_path: Path) -> None:
    """Days 1-10 clustered with USE alone (the narratives' embedder before stop 36), then days 1-21 with the default:
    the stories still running on day 10 are restated under the new model (their members embedded by it) and grow
    under their ids; no clustered article changes narrative."""
    db = tmp_path / "w.duckdb"
    use = UniversalSentenceEncoder()
    run_demo_day_ten(tmp_path / "days-1-10", db, components(narrative_embedder=use))
    before = dict(_guid_narratives(db))
    new_model = components().narrative_embedder.name
    run_daily(load_feeds(DEMO_DIR / "feeds.yaml"), db, date(2024, 11, 21), "days 1-21")
    after = dict(_guid_narratives(db))

    assert [g for g in before if before[g] != OUTLIER and after[g] != before[g]] == []
    grown = {after[g] for g in set(after) - set(before)} & {n for n in before.values() if n != OUTLIER}
    assert len(grown) >= 3  # the stories that span both halves
    con = duckdb.connect(str(db), read_only=True)
    try:
        states = con.execute(
            "SELECT s.narrative_id, s.model, s.n_members, len(s.vector_sum), count(*) FROM narrative_state s "
            "JOIN article_narratives n USING (narrative_id) GROUP BY ALL"
        ).fetchall()
    finally:
        con.close()
    restated = {narrative_id: (model, n, width, members) for narrative_id, model, n, width, members in states}
    for narrative_id in grown:
        model, n_members, width, members = restated[narrative_id]
        assert model == new_model and width == 896 and n_members == members


def _main_narrative(narratives: dict[str, int], guids: list[str]) -> int | None:
    counts = Counter(narratives[g] for g in guids if narratives.get(g, OUTLIER) != OUTLIER)
    return counts.most_common(1)[0][0] if counts else None


def _guid_narratives(db: Path) -> list[tuple[str, int]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT guid, narrative_id FROM articles WHERE narrative_id IS NOT NULL").fetchall()
    finally:
        con.close()


def test_a_rename_survives_later_runs(tmp_path: Path, demo_db: Path) -> None:
    db = tmp_path / "w.duckdb"
    shutil.copyfile(demo_db, db)  # the demo run of 21 November
    feeds = DEMO_DIR / "feeds.yaml"
    result = runner.invoke(app, ["topics", "rename", "--db", str(db), "1", "Ukraine desertion figures"])
    assert result.exit_code == 0, result.output
    run_daily(load_feeds(feeds), db, date(2024, 11, 22), str(feeds))
    con = duckdb.connect(str(db), read_only=True)
    label, generated = con.execute("SELECT label, generated_label FROM narratives WHERE narrative_id = 1").fetchone()
    assert label == "Ukraine desertion figures" and generated != label


def test_topics_list_show_and_plots(demo_db: Path, tmp_path: Path) -> None:
    listed = runner.invoke(app, ["topics", "list", "--db", str(demo_db), "--format", "table"], env={"COLUMNS": "200"})
    assert listed.exit_code == 0 and "outliers (no narrative yet):" in listed.output
    con = duckdb.connect(str(demo_db), read_only=True)
    (narrative,) = con.execute(
        "SELECT DISTINCT a.narrative_id FROM claim_mentions cm JOIN articles a USING (article_id) "
        "JOIN claims c USING (claim_id) WHERE c.value = 182000 AND c.subject = 'deserters'"
    ).fetchone()
    con.close()
    shown = runner.invoke(
        app, ["topics", "show", "--db", str(demo_db), str(narrative), "--format", "table"], env={"COLUMNS": "200"}
    )
    assert shown.exit_code == 0, shown.output
    assert "Claims inside" in shown.output and "182,000" in shown.output and "deserters" in shown.output
    plots = runner.invoke(app, ["topics", "plots", "--db", str(demo_db), "--out", str(tmp_path / "plots")])
    assert plots.exit_code == 0, plots.output
    con = duckdb.connect(str(demo_db), read_only=True)
    labels = dict(con.execute("SELECT narrative_id, label FROM narratives").fetchall())
    con.close()
    for name in ("narratives-over-time.html", "narratives-hierarchy.html"):
        html = (tmp_path / "plots" / name).read_text(encoding="utf-8")
        assert "plotly" in html.lower() and len(html) > 100_000  # plotly.js embedded: works offline
        named = f"{narrative}: {labels[narrative]}"  # the CLI's id and label, not BERTopic's renumbering
        assert named in html or json.dumps(named)[1:-1] in html, named


def _article(article_id: str, vector, day: int, names=(), claims=(), cities=frozenset(), hour: int = 9) -> PoolArticle:
    unit = np.asarray(vector, dtype=np.float32) / np.linalg.norm(vector)
    published = datetime(2025, 3, day, hour, tzinfo=UTC)
    return PoolArticle(article_id, unit, frozenset(names), frozenset(claims), published, cities)


def test_a_single_article_stays_an_outlier_until_a_second_one_joins_it() -> None:
    alone = cluster_stories([_article("a", [1, 0, 0], 1)], [], next_id=7)
    assert alone.assigned == [OUTLIER]
    pair = cluster_stories([_article("a", [1, 0, 0], 1), _article("b", [0.9, 0.1, 0], 2)], [], next_id=7)
    assert pair.assigned == [7, 7] and [n.narrative_id for n in pair.created] == [7]


def test_a_story_keeps_its_id_as_articles_join_on_later_days() -> None:
    (narrative,) = cluster_stories([_article("a", [1, 0, 0], 1), _article("b", [1, 0.1, 0], 1)], [], next_id=3).created
    story = Story(narrative.vector_sum.copy(), datetime(2025, 3, 1, tzinfo=UTC), datetime(2025, 3, 1, tzinfo=UTC),
                  n_members=2, narrative=narrative)  # fmt: skip
    later = cluster_stories([_article("c", [1, 0.05, 0], 3)], [story], next_id=4)
    assert later.assigned == [3] and later.created == [] and narrative.n_members == 3


def test_an_assignment_is_known_from_when_the_published_articles_first_supported_it() -> None:
    """The founder of a story is in it from its second article on; an outlier of 1 March that a story running until
    5 March takes in is in it from 5 March: weekly rollups of the week of 1 March keep it as an outlier."""
    day = lambda n: datetime(2025, 3, n, 9, tzinfo=UTC)  # noqa: E731
    pair = cluster_stories([_article("a", [1, 0, 0], 1), _article("b", [0.9, 0.1, 0], 2)], [], next_id=1)
    assert pair.known_at == [day(2), day(2)]

    (narrative,) = cluster_stories([_article("c", [0, 1, 0], 4), _article("d", [0, 1, 0.1], 5)], [], next_id=2).created
    running = Story(narrative.vector_sum.copy(), day(4), day(5), n_members=2, narrative=narrative)
    late = cluster_stories([_article("old outlier", [0, 1, 0.05], 3), _article("new", [0, 1, 0], 6)], [running], 3)
    assert late.assigned == [2, 2] and late.known_at == [day(5), day(6)]


def test_a_shared_claim_joins_what_the_embeddings_alone_would_not() -> None:
    """USE v3 was not trained on Ukrainian: "182 тисячі дезертирів" can sit far from its story in vector space."""
    english = _article("en", [1, 0, 0], 5, claims={"c182k"})
    ukrainian = _article("uk", [0.3, 0.95, 0], 5, claims={"c182k"})
    assert cluster_stories([english, ukrainian], [], next_id=1).assigned == [1, 1]
    unclaimed = cluster_stories([english, replace(ukrainian, claims=frozenset())], [], next_id=1)
    assert unclaimed.assigned == [OUTLIER, OUTLIER]


def test_names_and_claims_cannot_carry_in_a_report_that_reads_of_something_else() -> None:
    """Marseille's runoff vote, and the same day "Le port de Marseille-Fos bat son record": the port report shares
    the city and a figure with the vote's story, but reads of something else (cosine 0.28, under MIN_COSINE)."""
    vote = [_article(f"vote{n}", [1, 0.1 * n, 0], 5, names={"mars", "payan"}, claims={"c52"}) for n in (1, 2)]
    port = _article("port", [0.28, 0, 0.96], 5, names={"mars", "fos"}, claims={"c52"})
    assert cluster_stories([*vote, port], [], next_id=1).assigned == [1, 1, OUTLIER]
    closer = replace(port, vector=_article("", [0.35, 0, 0.94], 5).vector)  # reads a little like the vote's reports
    assert cluster_stories([*vote, closer], [], next_id=1).assigned == [1, 1, 1]


def test_a_distinctive_percentage_joins_reports_of_one_story_in_any_language() -> None:
    """ "Referendum fails on 41.3 % turnout", "Явка на референдуме составила 41,3 %": percentages make no claims, but
    one of three significant digits says the two tell one story. A round one ("50 %") says nothing, nor does one
    shared beside another the story does not state (two polls a week apart can both give a party 41.3 %)."""
    assert distinctive_figures({("percent", 41.3), ("percent", 50.0)}) == {"percent:41.3"}
    english = _article("en", [1, 0, 0], 5)
    russian = _article("ru", [0.3, 0.95, 0], 5)
    turnout = distinctive_figures({("percent", 41.3)})
    shared = [replace(english, figures=turnout), replace(russian, figures=turnout)]
    assert cluster_stories(shared, [], next_id=1).assigned == [1, 1]
    half = distinctive_figures({("percent", 50.0)})
    round_only = [replace(english, figures=half), replace(russian, figures=half)]
    assert cluster_stories(round_only, [], next_id=1).assigned == [OUTLIER, OUTLIER]
    other_poll = distinctive_figures({("percent", 41.3), ("percent", 36.2)})  # one figure alike, one not
    assert cluster_stories([shared[0], replace(russian, figures=other_poll)], [], next_id=1).assigned == [OUTLIER] * 2


def test_a_shared_figure_does_not_join_two_events_whose_names_differ() -> None:
    """Two chemical-plant fires in one week each injured four workers: the claims stage may take "4 injured" for one
    claim, but the second fire's report names another city, plant and fire chief, so the figure is no evidence."""
    plock = [_article(f"p{n}", [1, 0.1 * n, 0], 3, names={"ploc", "visl", "kuba"}, claims={"c4"}) for n in (1, 2)]
    antwerp = _article("a", [0.4, 0, 0.917], 4, names={"antv", "shel", "vers"}, claims={"c4"})
    assert cluster_stories([*plock, antwerp], [], next_id=1).assigned == [1, 1, OUTLIER]
    unnamed = replace(antwerp, names=frozenset())  # too few names to tell: the figure still counts
    assert cluster_stories([*plock, unnamed], [], next_id=1).assigned == [1, 1, 1]
    unclaimed = replace(unnamed, claims=frozenset())
    assert cluster_stories([*plock, unclaimed], [], next_id=1).assigned == [1, 1, OUTLIER]


def test_a_report_that_names_other_people_and_places_is_another_event() -> None:
    """A second poll of the week reads like the first (cosine 0.43), but names another institute, its director and
    another city: it stays out. Sharing one of the story's names, or naming too few to tell, it joins."""
    story = [_article(f"s{n}", [1, 0.1 * n, 0], 1, names={"vist", "kova", "krak"}) for n in (1, 2)]
    other = _article("o", [0.43, 0, 0.903], 1, names={"hori", "novak", "gdan"})
    assert cluster_stories([*story, other], [], next_id=1).assigned == [1, 1, OUTLIER]
    sharing = replace(other, names=frozenset({"vist", "novak", "gdan"}))
    assert cluster_stories([*story, sharing], [], next_id=1).assigned == [1, 1, 1]
    few = replace(other, names=frozenset({"hori", "gdan"}))
    assert cluster_stories([*story, few], [], next_id=1).assigned == [1, 1, 1]


def _two_storms() -> tuple[list[PoolArticle], list[PoolArticle]]:
    """Storm Ilda in Portugal, and a storm over Pomerania that evening: its first report reads a little like Ilda's
    (cosine 0.31), shares the "130 km/h" gusts the claims stage took for one claim, and names too few things to
    conflict, so it joins Ilda's story; the next two reports follow it there."""
    ilda = [_article(f"ilda{n}", [1, 0.1 * n, 0, 0], 10, {"ilda", "port"}, {"130 km/h"}, hour=6 + n) for n in (1, 2)]
    pomerania = [_article("pom1", [0.33, 0, 1, 0], 10, {"pomo", "helu"}, {"130 km/h"}, hour=12)] + [
        _article(f"pom{n}", [0.05, 0, 1, 0.1 * n], 10, {"pomo", "slup"}, hour=12 + n) for n in (2, 3)
    ]
    return ilda, pomerania


def test_two_events_that_the_pass_ran_together_are_split_apart() -> None:
    """Pair by pair the two storms' reports read apart (0.2 on average), and neither storm's reports name what the
    other's have in common: two stories. Had the Pomeranian reports named Ilda, it would be one storm's story."""
    ilda, pomerania = _two_storms()
    assert cluster_stories(ilda + pomerania, [], next_id=1).assigned == [1, 1, 2, 2, 2]
    ilda_reaches_pomerania = [replace(report, names=report.names | {"ilda"}) for report in pomerania]
    assert cluster_stories(ilda + ilda_reaches_pomerania, [], next_id=1).assigned == [1, 1, 1, 1, 1]


def test_cities_whose_names_begin_alike_do_not_hold_two_events_together() -> None:
    """A methane blast in a Karaganda mine, and a heatwave in Karachi the same day: "Karaganda" and "Karachi" give
    one name key ("kara"), which brings the first heatwave report into the mine's story, and the next ones follow.
    The key is the two cities' own, and they lie 3,000 km apart: two stories. Told from one city, they would be one;
    and so they would if both named something that is no city's name (UNICEF, helping the victims of both), for far
    apart as they are, their reports would then share a name."""
    karachi, karaganda = city_named("Karachi"), city_named("Karaganda")
    mine = [_article(f"mine{n}", [1, 0.1 * n, 0, 0], 7, {"kara", "shah", "tola"}, cities={karaganda}, hour=3 + n)
            for n in (1, 2, 3)]  # fmt: skip
    heat = [_article("heat1", [0.35, 0, 1, 0], 7, {"kara"}, cities={karachi}, hour=8)] + [
        _article(f"heat{n}", [0.05, 0, 1, 0.1 * n], 7, {"kara", "paki", "sind"}, cities={karachi}, hour=8 + n)
        for n in (2, 3)
    ]
    assert cluster_stories(mine + heat, [], next_id=1).assigned == [1, 1, 1, 2, 2, 2]
    in_karaganda = [replace(report, cities=frozenset({karaganda})) for report in heat]
    assert cluster_stories(mine + in_karaganda, [], next_id=1).assigned == [1] * 6
    unicef = [replace(report, names=report.names | {"unic"}) for report in mine + heat]
    assert cluster_stories(unicef, [], next_id=1).assigned == [1] * 6


def test_another_events_reports_are_split_off_wherever_they_sit_in_the_tree() -> None:
    """A telecom hack exposes 4.1 million customers (four reports on 8 March). Two days later a bank confirms a leak of
    4.1 million records: its first report reads a little like the hack's and shares the figure, and its next two
    follow it into the story. On 14 March the regulator fines the telecom over "the 8 March breach", which takes them
    into the story however late. The tree's top cut parts the fine's reports (they read apart from all the others, 0.17
    on average), and they stay, as they name the day the story began; the bank's reports are a group lower in the tree
    that reads apart from the rest (0.24) and names other things: they are split off. Looking only at the top cut
    found nothing to split."""
    telecom = [_article(f"hack{n}", [1, 0, 0, 0.05 * n], 8, {"kvan", "hack"}, {"4.1 million"}, hour=5 + n)
               for n in (1, 2, 3, 4)]  # fmt: skip
    bank = [_article(f"bank{n}", [0.6 if n == 1 else 0.2, 0, 1, 0.05 * n], 10, {"lado"}, {"4.1 million"}, hour=6 + n)
            for n in (1, 2, 3)]  # fmt: skip
    fine = [
        replace(
            _article(f"fine{n}", [0.5, 1, 0, 0.05 * n], 14, {"kvan", "regu"}, hour=6 + n),
            refers_to=frozenset({date(2025, 3, 8)}),
        )
        for n in (1, 2, 3)
    ]
    assert cluster_stories(telecom + bank + fine, [], next_id=1).assigned == [1, 1, 1, 1, 2, 2, 2, 1, 1, 1]


def test_a_first_report_that_another_events_reports_joined_is_alone_again() -> None:
    """A bakery fire in Lisbon, reported once; a port fire in Livorno that evening shares its "two injured" and joins
    it, and the Livorno reports follow. The split gives Livorno its story and leaves the Lisbon report an outlier, as
    it was before they came."""
    lisbon = _article("lisbon", [1, 0, 0, 0], 5, names={"lisb", "alva"}, claims={"2 injured"})
    livorno = [_article("livorno1", [0.3, 0, 1, 0], 5, names={"livo"}, claims={"2 injured"})] + [
        _article(f"livorno{n}", [0.1, 0, 1, 0.1 * n], 5, names={"livo", "dock"}) for n in (2, 3)
    ]
    assert cluster_stories([lisbon, *livorno], [], next_id=1).assigned == [OUTLIER, 1, 1, 1]


def test_a_narrative_of_an_earlier_run_keeps_its_id_when_another_events_reports_are_split_off() -> None:
    """Ilda's narrative was made by yesterday's run; today the Pomeranian reports join it in the pass, and are split
    off into a narrative of their own. Ilda's keeps its id and its members."""
    ilda, pomerania = _two_storms()
    (narrative,) = cluster_stories(ilda, [], next_id=4).created
    yesterday = Story.existing(narrative, ilda, ilda[0].published_at, ilda[1].published_at)
    today = cluster_stories(pomerania, [yesterday], next_id=5)
    assert today.assigned == [5, 5, 5] and [n.narrative_id for n in today.created] == [5]
    assert narrative.n_members == 2


def test_an_earlier_runs_narrative_is_compared_report_by_report() -> None:
    """Two earthquakes two days apart. The first quake's four reports and a first report of the second (no names, the
    same magnitude, which the claims stage took for one claim with the last of the four) make a narrative. The next
    day's reports of the second quake read like it and share that claim: the pass takes them in. The split compares
    them with the narrative's reports one by one, as one run over both days would: they share the magnitude with two
    of its five reports, not with all, and read apart from the rest, so they become a narrative of their own. Stood
    for by one report with all its claims, the narrative kept them."""
    first_quake = [
        _article(
            f"q{n}", [1, 0.1 * n, 0, 0], 7 + n // 2, {"durr", "alba"}, {"magnitude 5.4"} if n == 4 else (), hour=6 + n
        )
        for n in (1, 2, 3, 4)
    ]
    joiner = _article("k1", [0.5, 0, 1, 0], 10, (), {"magnitude 5.4"}, hour=20)
    (narrative,) = cluster_stories([*first_quake, joiner], [], next_id=1).created
    assert narrative.n_members == 5
    yesterday = Story.existing(narrative, [*first_quake, joiner], first_quake[0].published_at, joiner.published_at)
    second_quake = [
        _article(f"k{n}", [0.35, 0, 1, 0.1 * n], 11, {"kefa", "argo"}, {"magnitude 5.4"}, hour=6 + n) for n in (2, 3, 4)
    ]
    assert all(yesterday.score(report) >= JOIN_SCORE for report in second_quake)  # the pass takes them in
    today = cluster_stories(second_quake, [yesterday], next_id=2)
    assert today.assigned == [2, 2, 2] and narrative.n_members == 5


def test_reports_that_name_the_day_their_story_began_are_not_split_off_however_late() -> None:
    """The inquiry's finding into "the March 3 fire", three weeks on: its reports name the inspectorate, not the plant,
    and read apart from the fire's by time alone, but they name the day the story began, so they stay in it."""
    fire = [_article(f"fire{n}", [1, 0.1 * n, 0, 0], 3, names={"acme", "tarn", "kowa"}) for n in (1, 2, 3)]
    (narrative,) = cluster_stories(fire, [], next_id=1).created
    story = Story.existing(narrative, fire, fire[0].published_at, fire[-1].published_at, began=date(2025, 3, 3))
    inquiry = [
        replace(_article(f"inquiry{n}", [0.7, 0.1 * n, 0.7, 0], 24, names={"insp", "nowa"}),
                refers_to=frozenset({date(2025, 3, 3)}))
        for n in (1, 2, 3)
    ]  # fmt: skip
    later = cluster_stories(inquiry, [story], next_id=2)
    assert later.assigned == [1, 1, 1] and later.created == []


def test_a_report_from_a_city_far_from_the_storys_is_another_event_unless_it_shares_a_name() -> None:
    """A tram crash in Leipzig reads like the train derailment near Utrecht (cosine 0.43) and names too few things to
    conflict by name; its city, 500 km away, tells it apart. Naming a city near the story's (Amsterdam), or sharing
    one of its names, it joins."""
    utrecht, leipzig = places("Trein ontspoord bij Utrecht"), places("Straßenbahnunfall in Leipzig")
    story = [_article(f"s{n}", [1, 0.1 * n, 0], 1, names={"utre", "pror"}, cities=utrecht) for n in (1, 2)]
    tram = _article("t", [0.43, 0, 0.903], 1, names={"leip"}, cities=leipzig)
    assert cluster_stories([*story, tram], [], next_id=1).assigned == [1, 1, OUTLIER]
    nearby = replace(tram, names=frozenset({"amst"}), cities=places("Reizigers gestrand in Amsterdam"))
    assert cluster_stories([*story, nearby], [], next_id=1).assigned == [1, 1, 1]
    sharing = replace(tram, names=frozenset({"leip", "pror"}))  # the operator of both: one story after all
    assert cluster_stories([*story, sharing], [], next_id=1).assigned == [1, 1, 1]


def test_a_report_that_names_the_day_a_story_began_joins_it_however_long_after() -> None:
    """The prosecutors' finding on 20 March names "the March 3 fire": out of the story's window and 17 days of time
    decay away, it joins the fire's story. Without the day, or naming a survey's span of days, it stays out."""
    fire = [_article(f"f{n}", [1, 0.1 * n, 0], 3) for n in (1, 2)]
    finding = _article("finding", [0.8, 0, 0.6], 20)
    named = replace(
        finding,
        refers_to=days_referred_back(days_named("The blaze on March 3 injured four", "en"), finding.published_at),
    )
    assert named.refers_to == {date(2025, 3, 3)}
    assert cluster_stories([*fire, named], [], next_id=1).assigned == [1, 1, 1]
    assert cluster_stories([*fire, finding], [], next_id=1).assigned == [1, 1, OUTLIER]
    span = days_named("The survey was carried out on March 2-3", "en")
    assert days_referred_back(span, finding.published_at) == frozenset()


def test_a_narrative_read_from_the_window_began_on_a_named_day_only_if_its_first_article_was_looked_for() -> None:
    """A run reads a running narrative's articles within its window: the first of those need not be the first."""
    (narrative,) = cluster_stories([_article("a", [1, 0, 0], 3), _article("b", [1, 0.1, 0], 3)], [], next_id=1).created
    seen = datetime(2025, 3, 3, 9, tzinfo=UTC)
    unknown = Story(narrative.vector_sum.copy(), seen, seen, n_members=2, narrative=narrative)
    assert not unknown.begun_on(frozenset({date(2025, 3, 3)}))
    assert replace(unknown, began=date(2025, 3, 3)).begun_on(frozenset({date(2025, 3, 3)}))


def test_the_days_a_report_names_are_read_as_the_latest_dates_before_it() -> None:
    published = datetime(2026, 1, 12, 9, tzinfo=UTC)
    assert days_referred_back({(12, 28, None), (1, 3, 2026)}, published) == {date(2025, 12, 28), date(2026, 1, 3)}
    assert days_referred_back({(1, 11, None), (1, 12, None)}, published) == frozenset()  # its day and the day before
    assert days_referred_back({(11, 1, None), (2, 30, None)}, published) == frozenset()  # too long ago; no such day
    assert days_referred_back({(1, 3, 2022)}, published) == frozenset()  # an anniversary: that day of another year


def test_a_later_run_finds_the_story_a_report_names_the_first_day_of(tmp_path: Path, write_feeds) -> None:
    """A fire reported on 3 and 4 June, then nothing for two weeks; the run of 21 June reads the prosecutors' finding
    about "the June 3 fire", far outside its window of active narratives: the narrative begun on that day is loaded
    and the finding joins it."""
    feed = tmp_path / "feed.xml"
    feeds = write_feeds([{"name": "Wire", "url": str(feed), "language": "en"}])
    fire = [
        ("2026-06-03T19:40:00Z", "Chemical plant fire in Plock forces 1,300 residents out",
         "Four workers were taken to hospital after the blaze at the Wislochem plant in Plock, Poland."),
        ("2026-06-03T21:05:00Z", "Fire at Wislochem chemical plant in Plock: 1,300 evacuated",
         "Firefighters battled the blaze at the Wislochem plant in Plock through the night."),
        ("2026-06-04T06:30:00Z", "Plock chemical plant fire under control, four workers in hospital",
         "The fire at the Wislochem plant in Plock forced 1,300 residents from their homes."),
    ]  # fmt: skip
    finding = ("2026-06-20T10:05:00Z", "Faulty valve caused Plock chemical plant fire, prosecutors say",
               "The blaze at the Wislochem plant in Plock on June 3 injured four workers.")  # fmt: skip
    db = tmp_path / "w.duckdb"
    _write_atom(feed, fire)
    run_daily(load_feeds(feeds), db, date(2026, 6, 5), "first days", components=components())
    _write_atom(feed, [*fire, finding])
    run_daily(load_feeds(feeds), db, date(2026, 6, 21), "three weeks on", components=components())
    narratives = dict(_guid_narratives(db))
    assert narratives["f0"] != OUTLIER and narratives["f3"] == narratives["f0"], narratives


def _write_atom(path: Path, entries: list[tuple[str, str, str]]) -> None:
    body = "".join(
        f"<entry><id>f{n}</id><title>{title}</title><published>{when}</published><updated>{when}</updated>"
        f"<summary>{summary}</summary></entry>"
        for n, (when, title, summary) in enumerate(entries)
    )
    path.write_text(f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>{body}</feed>')


def test_a_story_is_not_joined_outside_its_time_window() -> None:
    first, second = _article("a", [1, 0, 0], 1), _article("b", [1, 0, 0], 1 + STORY_WINDOW.days + 1)
    assert cluster_stories([first, second], [], next_id=1).assigned == [OUTLIER, OUTLIER]


def test_a_story_that_resumes_after_a_quiet_spell_is_merged_into_the_earlier_one() -> None:
    """A mine blast on 1-2 March and its inquiry report on 8 March: the report comes after the story's window closed,
    so it starts a story of its own, which the merge hands back to the first. Another mine's accident, told alike
    but elsewhere, stays apart; so does a resumption after the merge window."""
    blast = [_article(f"b{day}", [1, 0.1 * day, 0], day, names={"vrzo", "ribn"}) for day in (1, 2)]
    report = [_article(f"r{n}", [1, 0.2, 0.1 * n], 8, names={"vrzo", "ribn"}) for n in (1, 2)]
    assert len(set(cluster_stories(blast + report, [], next_id=1).assigned)) == 1
    elsewhere = [_article(f"o{n}", [0.6, 0.2, 0.7 + 0.1 * n], 8, names={"ostr", "karv"}) for n in (1, 2)]
    assert len(set(cluster_stories(blast + elsewhere, [], next_id=1).assigned)) == 2
    much_later = [replace(a, published_at=a.published_at + 3 * MERGE_WINDOW) for a in report]
    assert len(set(cluster_stories(blast + much_later, [], next_id=1).assigned)) == 2


def test_an_article_that_came_before_its_story_formed_joins_it_on_a_second_look() -> None:
    """The strike announced before the strike: when it came, no story was there, and each report alone is too far
    from it (cosine 0.43); the story they make together is close enough (0.48). An unrelated article stays alone."""
    announcement = _article("a", [0.48, 0.877, 0], 1)
    reports = [_article("b1", [0.894, 0, 0.447], 1), _article("b2", [0.894, 0, -0.447], 1)]
    assert cluster_stories([announcement, *reports], [], next_id=1).assigned == [1, 1, 1]
    unrelated = _article("a", [0.2, 0.98, 0], 1)
    assert cluster_stories([unrelated, *reports], [], next_id=1).assigned == [OUTLIER, 1, 1]


def test_bcubed() -> None:
    assert bcubed([1, 1, 2], ["a", "a", "b"])[0] == pytest.approx(1.0)
    assert bcubed([OUTLIER, OUTLIER], ["a", "a"])[2] == pytest.approx(0.5)  # outliers are singletons


def test_stories_of_one_kind_share_a_theme_and_other_stories_start_their_own() -> None:
    from pipeline.narratives.themes import THEME_JOIN, Theme, assign_themes

    fire = np.array([1.0, 0.0, 0.0], dtype=np.float32)
    other_fire = np.array([0.9, 0.3, 0.0], dtype=np.float32)  # cosine 0.95 with the first fire
    poll = np.array([0.0, 0.0, 1.0], dtype=np.float32)
    assigned, created = assign_themes({3: fire, 7: other_fire, 9: poll}, [], next_id=1)
    assert assigned == {3: 1, 7: 1, 9: 2} and [t.theme_id for t in created] == [1, 2]
    assert float(created[0].centroid @ poll) < THEME_JOIN

    known = [Theme(5, fire * 2, 2)]  # a later run: the theme keeps its id, a new fire joins it
    assigned, created = assign_themes({12: np.array([0.95, 0.1, 0.05], dtype=np.float32)}, known, next_id=6)
    assert assigned == {12: 5} and created == [] and known[0].n_stories == 3


def test_every_story_has_a_theme_with_a_readable_label_and_weekly_counts(demo_db: Path) -> None:
    con = duckdb.connect(str(demo_db), read_only=True)
    try:
        unthemed = con.execute("SELECT count(*) FROM narratives WHERE theme_id IS NULL").fetchone()[0]
        themes = con.execute("SELECT theme_id, label, n_stories, n_articles FROM themes").fetchall()
        weeks = con.execute("SELECT sum(n_articles) FROM theme_weeks").fetchone()[0]
        in_stories = con.execute("SELECT count(*) FROM articles WHERE narrative_id > 0").fetchone()[0]
        stories = con.execute("SELECT count(*) FROM narratives").fetchone()[0]
    finally:
        con.close()
    assert unthemed == 0 and themes
    assert sum(n_stories for _, _, n_stories, _ in themes) == stories
    assert weeks == in_stories == sum(n for _, _, _, n in themes)
    stop_words = {"them", "that", "with", "would", "their", "have", "been"}
    assert all(label and not (set(label.split(" · ")) & stop_words) for _, label, _, _ in themes), themes


def test_a_large_figure_is_specific_evidence_whatever_it_counts_and_a_small_one_only_about_a_known_subject(
    demo_db: Path,
) -> None:
    """Stories share claims as evidence: "€1.2bn aid" or "4,000 homeless" whatever the lexicon knows, "five dead"
    only as "five killed" (a subject the lexicon knows)."""
    from pipeline.store.db import open_warehouse
    from pipeline.store.narratives import SPECIFIC_CLAIM_VALUE, specific_claims

    with open_warehouse(demo_db, read_only=True) as con:
        rows = con.execute(
            "SELECT DISTINCT m.article_id, g.claim_id, g.value, g.subject_concept FROM mentions m "
            "JOIN mention_claims USING (mention_id) JOIN claim_groups g USING (claim_id)"
        ).fetchall()
        found = specific_claims(con, sorted({article for article, *_ in rows}))
    for article, claim, value, concept in rows:
        specific = concept is not None or abs(value) >= SPECIFIC_CLAIM_VALUE
        assert (claim in found.get(article, set())) is specific, (value, concept)
    assert any(concept is None and abs(value) >= SPECIFIC_CLAIM_VALUE for *_, value, concept in rows)
    assert any(concept is None and abs(value) < SPECIFIC_CLAIM_VALUE for *_, value, concept in rows)
