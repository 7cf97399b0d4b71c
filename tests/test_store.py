"""The DuckDB file: migrations recorded once, views present, transactions all-or-nothing, one writer."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from pipeline.store.db import connect, migrate, transaction

from .conftest import DATA
from .support.fingerprint import fingerprint


def test_migrations_are_applied_once_and_recorded(db_path: Path) -> None:
    con = connect(db_path)
    recorded = con.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall()
    assert recorded[0] == (1, "001_foundation.sql")
    assert migrate(con) == []  # nothing pending the second time
    con.close()
    con = connect(db_path)  # reopening does not re-apply
    assert con.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == len(recorded)


def test_views_exist_with_comments(db_path: Path) -> None:
    con = connect(db_path)
    views = dict(con.execute("SELECT view_name, comment FROM duckdb_views() WHERE NOT internal").fetchall())
    assert {"articles", "fetch_summary"} <= set(views)
    assert "duplicate_of" in views["articles"]
    columns = [row[0] for row in con.execute("DESCRIBE articles").fetchall()]
    for column in (
        "article_id",
        "outlet",
        "url",
        "guid",
        "language",
        "published_at",
        "title",
        "summary",
        "duplicate_of",
    ):
        assert column in columns


def test_failed_transaction_leaves_nothing(db_path: Path) -> None:
    con = connect(db_path)
    with pytest.raises(RuntimeError), transaction(con):
        con.execute("INSERT INTO feeds (outlet, url) VALUES ('A', 'https://a.example/rss')")
        raise RuntimeError("crash mid-batch")
    assert con.execute("SELECT count(*) FROM feeds").fetchone()[0] == 0


def test_read_only_connection_refuses_writes(db_path: Path) -> None:
    connect(db_path).close()
    con = connect(db_path, read_only=True)
    with pytest.raises(duckdb.Error):
        con.execute("DELETE FROM feeds")


# Changed on purpose after the split: the claims stage by the provenance work (spelled-out numbers, mention kinds,
# only counts, money and measures make claims, mutations need evidence), the narratives stage by story clustering;
# tests/test_claims_*.py and tests/test_narratives.py pin the new behaviour. Since stop 36 each article has three
# vectors, USE's, e5's and the two side by side (tests/test_embeddings.py).
CHANGED_ON_PURPOSE = {
    "article_embeddings",
    "claims",
    "variants",
    "claim_groups",
    "mention_claims",
    "mention_embeddings",
    "mentions",
    "narratives",
    "narrative_state",
}


def test_the_demo_warehouse_is_the_one_recorded_before_the_store_was_split_per_stage(demo_db: Path) -> None:
    """Row counts and every duplicate and language assignment, as recorded in
    `tests/data/demo_fingerprint.json` from the single-module warehouse (commit ac80e23); claims and narratives aside."""
    recorded = json.loads((DATA / "demo_fingerprint.json").read_text(encoding="utf-8"))
    con = duckdb.connect(str(demo_db), read_only=True)
    try:
        now = fingerprint(con)
    finally:
        con.close()
    for part in ("rows", "assignments"):
        kept = set(recorded[part]) - CHANGED_ON_PURPOSE
        assert {k: now[part][k] for k in kept} == {k: recorded[part][k] for k in kept}
