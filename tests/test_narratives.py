"""Narratives on the demo corpus: quality against the labels, one cross-lingual story, ids stable across runs."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

import duckdb
import numpy as np
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.config import load_feeds
from pipeline.jobs import run_daily
from pipeline.narratives.cluster import OUTLIER, attach_by_shared_claims, bcubed, merge_close_topics

from .conftest import DEMO_DIR, demo_labels

# The shipped configuration measured 0.95 on the demo corpus; average-linkage agglomerative clustering on the
# same embeddings, with its threshold tuned on this very corpus, reaches 0.875 (benchmarks/narratives_bench.py).
# 0.90 sits between them: the test fails if the pipeline falls back to baseline quality.
MIN_BCUBED_F1 = 0.90
ATOM = "{http://www.w3.org/2005/Atom}"
runner = CliRunner()


def story_assignments(db: Path) -> list[tuple[str, int, str]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("SELECT guid, narrative_id, language FROM articles").fetchall()
    finally:
        con.close()
    labels = demo_labels()
    return [(labels[guid]["story"], narrative_id, language) for guid, narrative_id, language in rows]


def test_clustering_quality_against_the_labels(demo_db: Path) -> None:
    rows = story_assignments(demo_db)
    f1, precision, recall = bcubed([n for _, n, _ in rows], [story for story, _, _ in rows])
    assert f1 >= MIN_BCUBED_F1, f"BCubed F1 {f1:.3f} (P {precision:.3f}, R {recall:.3f})"


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


def split_feed(source: Path, target: Path, cutoff: datetime) -> None:
    """Copy a recorded feed keeping only items published before `cutoff` (undated items are kept)."""
    ET.register_namespace("", ATOM[1:-1])
    tree = ET.parse(source)
    root = tree.getroot()
    parent = root.find("channel") if root.tag == "rss" else root
    for item in list(parent.findall("item") + parent.findall(f"{ATOM}entry")):
        stamp = item.findtext("pubDate") or item.findtext(f"{ATOM}published")
        if stamp:
            when = parsedate_to_datetime(stamp) if item.tag == "item" else datetime.fromisoformat(stamp)
            if when >= cutoff:
                parent.remove(item)
    tree.write(target, encoding="utf-8", xml_declaration=True)


def test_narratives_keep_their_ids_from_one_run_to_the_next(tmp_path: Path) -> None:
    first_half = tmp_path / "days-1-10"
    shutil.copytree(DEMO_DIR, first_half)
    for feed in (DEMO_DIR / "feeds").glob("*.xml"):
        split_feed(feed, first_half / "feeds" / feed.name, datetime(2024, 11, 11, tzinfo=UTC))
    db = tmp_path / "w.duckdb"
    run_daily(load_feeds(first_half / "feeds.yaml"), db, date(2024, 11, 10), "days 1-10")
    before = dict(_guid_narratives(db))
    run_daily(load_feeds(DEMO_DIR / "feeds.yaml"), db, date(2024, 11, 21), "days 1-21")
    after = dict(_guid_narratives(db))

    labels = demo_labels()
    assert set(before) < set(after)
    for story in {row["story"] for row in labels.values()} - {"other"}:
        early = Counter(before[g] for g in before if labels[g]["story"] == story and before[g] != OUTLIER)
        late = Counter(
            after[g] for g in after if g not in before and labels[g]["story"] == story and after[g] != OUTLIER
        )
        if early and late:  # the story is seen in both halves: it keeps its id
            assert early.most_common(1)[0][0] == late.most_common(1)[0][0], story
    moved = [g for g in before if before[g] != OUTLIER and after[g] != before[g]]
    assert moved == []  # clustered articles never change narrative


def _guid_narratives(db: Path) -> list[tuple[str, int]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT guid, narrative_id FROM articles WHERE narrative_id IS NOT NULL").fetchall()
    finally:
        con.close()


def test_a_rename_survives_later_runs(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    feeds = DEMO_DIR / "feeds.yaml"
    run_daily(load_feeds(feeds), db, date(2024, 11, 21), str(feeds))
    result = runner.invoke(app, ["topics", "rename", "--db", str(db), "1", "Ukraine desertion figures"])
    assert result.exit_code == 0, result.output
    run_daily(load_feeds(feeds), db, date(2024, 11, 22), str(feeds))
    con = duckdb.connect(str(db), read_only=True)
    label, generated = con.execute("SELECT label, generated_label FROM narratives WHERE narrative_id = 1").fetchone()
    assert label == "Ukraine desertion figures" and generated != label


def test_topics_list_show_and_plots(demo_db: Path, tmp_path: Path) -> None:
    listed = runner.invoke(app, ["topics", "list", "--db", str(demo_db)], env={"COLUMNS": "200"})
    assert listed.exit_code == 0 and "outliers (no narrative yet):" in listed.output
    con = duckdb.connect(str(demo_db), read_only=True)
    (narrative,) = con.execute(
        "SELECT DISTINCT a.narrative_id FROM claim_mentions cm JOIN articles a USING (article_id) "
        "JOIN claims c USING (claim_id) WHERE c.value = 182000 AND c.subject = 'deserters'"
    ).fetchone()
    con.close()
    shown = runner.invoke(app, ["topics", "show", "--db", str(demo_db), str(narrative)], env={"COLUMNS": "200"})
    assert shown.exit_code == 0, shown.output
    assert "Claims inside" in shown.output and "182,000" in shown.output and "deserters" in shown.output
    plots = runner.invoke(app, ["topics", "plots", "--db", str(demo_db), "--out", str(tmp_path / "plots")])
    assert plots.exit_code == 0, plots.output
    for name in ("narratives-over-time.html", "narratives-hierarchy.html"):
        html = (tmp_path / "plots" / name).read_text(encoding="utf-8")
        assert "plotly" in html.lower() and len(html) > 100_000  # plotly.js embedded: works offline


def test_language_split_topics_are_merged_by_centroid() -> None:
    rng = np.random.default_rng(0)
    story, other = rng.normal(size=16), rng.normal(size=16)
    vectors = np.vstack(
        [story + rng.normal(scale=0.2, size=16) for _ in range(6)]
        + [other + rng.normal(scale=0.2, size=16) for _ in range(3)]
    )
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    topics = np.array([0, 0, 0, 1, 1, 1, 2, 2, OUTLIER])  # BERTopic split one story by language
    merged = merge_close_topics(topics, vectors)
    assert len(set(merged[:6])) == 1 and merged[6] != merged[0] and merged[8] == OUTLIER


def test_shared_claims_attach_outliers_only_with_a_clear_majority() -> None:
    votes = {"uk-1": {1: 9, 4: 1}, "lonely": {1: 1}, "split": {1: 3, 2: 3}}
    assert attach_by_shared_claims(votes) == {"uk-1": 1}


def test_bcubed() -> None:
    assert bcubed([1, 1, 2], ["a", "a", "b"])[0] == pytest.approx(1.0)
    assert bcubed([OUTLIER, OUTLIER], ["a", "a"])[2] == pytest.approx(0.5)  # outliers are singletons
