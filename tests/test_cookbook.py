"""Every query in docs/sql-cookbook.md runs against the demo warehouse and returns rows."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import duckdb
import pytest

COOKBOOK = Path(__file__).parents[1] / "docs" / "sql-cookbook.md"
QUERIES = re.findall(r"^## (.+?)\n.*?```sql\n(.*?)```", COOKBOOK.read_text(encoding="utf-8"), re.S | re.M)


def test_the_cookbook_has_at_least_ten_queries() -> None:
    assert len(QUERIES) >= 10


@pytest.mark.parametrize(("title", "sql"), QUERIES, ids=[title for title, _ in QUERIES])
def test_query_returns_rows(demo_db: Path, title: str, sql: str) -> None:
    con = duckdb.connect(str(demo_db), read_only=True)
    try:
        assert con.execute(sql).fetchall(), title
    finally:
        con.close()


def test_views_carry_comments(demo_db: Path) -> None:
    con = duckdb.connect(str(demo_db), read_only=True)
    missing = con.execute(
        "SELECT view_name FROM duckdb_views() WHERE NOT internal AND (comment IS NULL OR comment = '')"
    ).fetchall()
    assert missing == []


def test_growth_compares_the_last_complete_week_with_the_one_before(demo_db: Path) -> None:
    """The demo ends on Thursday 21 November: W47 is partial, so query 7 reports W46 (11–17 November) against W45."""
    (sql,) = [sql for title, sql in QUERIES if title.startswith("7.")]
    con = duckdb.connect(str(demo_db), read_only=True)
    try:
        rows = con.execute(sql).fetchall()
        weeks = con.execute("SELECT n_articles FROM week_totals ORDER BY week_start").fetchall()
    finally:
        con.close()
    assert {row[0] for row in rows} == {date(2024, 11, 11)}
    assert weeks[-1][0] < weeks[-2][0]  # the partial week is the smaller one: comparing it would mislead
