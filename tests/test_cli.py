"""The `narratives` command as a user types it: help with examples, demo, sql, and clear failures."""

from __future__ import annotations

import re
import subprocess
import sys
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


def test_demo_replaces_only_its_own_warehouse_and_ignores_narratives_db(
    tmp_path: Path, write_feeds, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two demo runs (each runs the whole daily job): the first forced over a file the demo did not make, the second
    from the default path with NARRATIVES_DB naming a real warehouse, which nothing touches."""
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "narratives-demo.duckdb"  # the demo's default --db
    db.write_text("a file the demo did not write")
    refused = runner.invoke(app, ["demo"])
    assert refused.exit_code == 2 and "--force" in refused.output
    assert db.read_text() == "a file the demo did not write"

    result = runner.invoke(app, ["demo", "--db", str(db), "--force"])
    assert result.exit_code == 0, result.output
    assert "narratives sql --db" in result.output
    query = runner.invoke(app, ["sql", "--db", str(db), "SELECT count(DISTINCT outlet) AS outlets FROM articles"])
    assert query.exit_code == 0 and "11" in query.output
    role = runner.invoke(app, ["sql", "--db", str(db), "SELECT value FROM warehouse_info WHERE key = 'role'"])
    assert "demo" in role.output  # so the next `narratives demo` may replace it without --force

    real = tmp_path / "real.duckdb"
    feeds = write_feeds([{"name": "Harbour Gazette", "url": str(DATA / "good.rss")}])
    assert runner.invoke(app, ["ingest", "--feeds", str(feeds), "--db", str(real)]).exit_code == 0
    before = real.read_bytes()
    again = runner.invoke(app, ["demo"], env={"NARRATIVES_DB": str(real), "COLUMNS": "200"})
    assert again.exit_code == 0, again.output
    assert re.search(r"new articles\s*│\s*211\b", again.output)  # rebuilt from scratch, not appended to
    assert real.read_bytes() == before

    refused = runner.invoke(app, ["demo", "--db", str(real)])
    assert refused.exit_code == 2 and "not a warehouse the demo made" in refused.output and real.read_bytes() == before


def test_a_file_that_is_not_a_warehouse_is_a_clean_error(tmp_path: Path) -> None:
    junk = tmp_path / "notes.txt"
    junk.write_text("not a database")
    result = runner.invoke(app, ["sql", "--db", str(junk), "SELECT 1"])
    assert result.exit_code == 2 and "not a DuckDB warehouse" in result.output


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


@pytest.mark.parametrize(
    "query",
    [
        "COPY (SELECT 1 AS x) TO '{other}' (FORMAT csv)",  # overwrite another warehouse with CSV
        "EXPORT DATABASE '{folder}'",  # dump the warehouse elsewhere
        "SELECT * FROM read_text('{secret}')",  # read a local file
        "INSTALL httpfs",  # fetch an extension
        "SET enable_external_access = true",  # switch the guard back off
    ],
)
def test_analyst_sql_cannot_touch_anything_but_the_warehouse(tmp_path: Path, write_feeds, query: str) -> None:
    db, other, secret = tmp_path / "w.duckdb", tmp_path / "other.duckdb", tmp_path / "secret.txt"
    feeds = write_feeds([{"name": "Harbour Gazette", "url": str(DATA / "good.rss")}])
    for target in (db, other):
        assert runner.invoke(app, ["ingest", "--feeds", str(feeds), "--db", str(target)]).exit_code == 0
    secret.write_text("do not read me")
    before = other.read_bytes()
    statement = query.format(other=other, folder=tmp_path / "dump", secret=secret)
    result = runner.invoke(app, ["sql", "--db", str(db), statement])
    assert result.exit_code == 2, result.output
    assert other.read_bytes() == before and not (tmp_path / "dump").exists() and "do not read me" not in result.output


def test_a_runaway_query_is_interrupted(tmp_path: Path, write_feeds) -> None:
    db = tmp_path / "w.duckdb"
    feeds = write_feeds([{"name": "Harbour Gazette", "url": str(DATA / "good.rss")}])
    runner.invoke(app, ["ingest", "--feeds", str(feeds), "--db", str(db)])
    endless = "SELECT count(*) FROM range(10000000000) a, range(1000) b"
    result = runner.invoke(app, ["sql", "--db", str(db), "--timeout", "1", endless])
    assert result.exit_code == 2 and "interrupted after 1 s" in result.output


def test_demo_leaves_a_file_another_process_is_writing_alone(tmp_path: Path) -> None:
    """While another process writes a file, `demo --force` on it exits 3 and changes nothing."""
    db = tmp_path / "busy.duckdb"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb,time; c=duckdb.connect({str(db)!r}); print('ready', flush=True); time.sleep(5)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        result = runner.invoke(app, ["demo", "--db", str(db), "--force"])
        assert result.exit_code == 3 and "busy" in result.output
    finally:
        holder.kill()
        holder.wait()


def test_run_and_ingest_refuse_a_file_that_is_not_a_warehouse_and_bad_settings(tmp_path: Path, write_feeds) -> None:
    feeds = write_feeds([{"name": "Harbour Gazette", "url": str(DATA / "good.rss")}])
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes")
    result = runner.invoke(app, ["ingest", "--feeds", str(feeds), "--db", str(notes)])
    assert result.exit_code == 2 and "not a DuckDB warehouse" in result.output and notes.read_text() == "my notes"
    budget = runner.invoke(app, ["run", "--feeds", str(feeds), "--db", str(tmp_path / "w.duckdb"), "--budget", "-1"])
    assert budget.exit_code == 2 and "analysis_budget" in budget.output


def test_demo_refuses_a_duckdb_file_holding_only_someone_elses_views(tmp_path: Path) -> None:
    import duckdb

    catalog = tmp_path / "catalog.duckdb"
    con = duckdb.connect(str(catalog))
    con.execute("CREATE VIEW sales AS SELECT 42 AS total")
    con.close()
    before = catalog.read_bytes()
    result = runner.invoke(app, ["demo", "--db", str(catalog)])
    assert result.exit_code == 2 and catalog.read_bytes() == before
