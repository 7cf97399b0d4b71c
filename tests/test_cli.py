"""The `narratives` command as a user types it: help with examples, demo, sql, and clear failures."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

from .conftest import DATA

runner = CliRunner()


@pytest.mark.parametrize("command", ["ingest", "run", "demo", "sql"])
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "Example" in result.output


def test_demo_writes_a_fresh_warehouse_and_says_what_to_do_next(tmp_path: Path) -> None:
    db = tmp_path / "demo.duckdb"
    db.write_text("stale junk that must be replaced")
    result = runner.invoke(app, ["demo", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "narratives sql --db" in result.output
    query = runner.invoke(app, ["sql", "--db", str(db), "SELECT count(DISTINCT outlet) AS outlets FROM articles"])
    assert query.exit_code == 0 and "11" in query.output


def test_bad_feeds_file_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text("feeds:\n  - name: A\n    url: https://a.example/rss\n    colour: red\n")
    db = tmp_path / "w.duckdb"
    result = runner.invoke(app, ["run", "--feeds", str(feeds), "--db", str(db)])
    assert result.exit_code == 2
    assert "line 4" in result.output and "unknown key 'colour'" in result.output
    assert not db.exists()


def test_ingest_then_sql_with_db_from_the_environment(tmp_path: Path, write_feeds) -> None:
    feeds = write_feeds([{"name": "Harbour Gazette", "url": str(DATA / "good.rss")}])
    env = {"NARRATIVES_DB": str(tmp_path / "env.duckdb")}
    assert runner.invoke(app, ["ingest", "--feeds", str(feeds), "--date", "2024-11-08"], env=env).exit_code == 0
    result = runner.invoke(app, ["sql", "SELECT title FROM articles ORDER BY title"], env=env)
    assert "Ferry timetable" in result.output and "Port traffic" in result.output


def test_sql_is_read_only_unless_asked(tmp_path: Path, write_feeds) -> None:
    db = tmp_path / "w.duckdb"
    feeds = write_feeds([{"name": "Harbour Gazette", "url": str(DATA / "good.rss")}])
    runner.invoke(app, ["ingest", "--feeds", str(feeds), "--db", str(db)])
    refused = runner.invoke(app, ["sql", "--db", str(db), "DELETE FROM raw_items"])
    assert refused.exit_code == 2 and "read-only" in refused.output.lower()
    allowed = runner.invoke(app, ["sql", "--db", str(db), "--write", "DELETE FROM raw_items WHERE outlet = 'nobody'"])
    assert allowed.exit_code == 0


def test_sql_errors_are_reported_not_raised(tmp_path: Path) -> None:
    missing = runner.invoke(app, ["sql", "--db", str(tmp_path / "none.duckdb"), "SELECT 1"])
    assert missing.exit_code == 2 and "no warehouse" in missing.output
