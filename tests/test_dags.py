"""The Airflow DAGs, loaded by DagBag and run with dag.test() against a real (SQLite) metadata database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import UTC, date, datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from pipeline.cli import app

from .conftest import DATA, DEMO_DIR, DEMO_RUN_DATE, snapshot, stored_snapshot

DAGS = Path(__file__).parents[1] / "dags"
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def dagbag(tmp_path_factory):
    """AIRFLOW_HOME in a temp dir, metadata DB migrated, the writer pool created; then the project's DAGs."""
    home = tmp_path_factory.mktemp("airflow-home")
    env = {
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(DAGS),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "NARRATIVES_FETCH_RETRY_DELAY_S": "1",
    }
    os.environ.update(env)
    airflow = [sys.executable, "-m", "airflow"]
    subprocess.run([*airflow, "db", "migrate"], check=True, capture_output=True, env={**os.environ, **env})
    subprocess.run(
        [*airflow, "pools", "set", "duckdb_writer", "1", "single DuckDB writer"],
        check=True,
        capture_output=True,
        env={**os.environ, **env},
    )
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(DAGS))


def run_daily_dag(dagbag, logical_date: date, **conf):
    dag = dagbag.dags["narratives_daily"]
    return dag.test(
        logical_date=datetime(logical_date.year, logical_date.month, logical_date.day, tzinfo=UTC), run_conf=conf
    )


def test_dags_load_without_errors(dagbag) -> None:
    assert dagbag.import_errors == {}
    assert set(dagbag.dags) == {"narratives_daily", "narratives_weekly_digest"}
    daily = dagbag.dags["narratives_daily"]
    assert [t.task_id for t in daily.topological_sort()] == [
        "plan",
        "fetch",
        "load",
        "translate",
        "claims",
        "narratives",
    ]
    assert daily.max_active_runs == 1 and not daily.catchup
    fetch = daily.get_task("fetch")
    assert fetch.retries == 3 and fetch.retry_exponential_backoff
    writers = {t.task_id for t in daily.tasks if t.pool == "duckdb_writer"}
    assert writers == {
        "load",
        "translate",
        "claims",
        "narratives",
    }  # the only tasks that open the warehouse for writing
    assert dagbag.dags["narratives_weekly_digest"].get_task("digest").pool == "duckdb_writer"


@pytest.mark.slow  # some 70 s: the demo twice, once under dag.test(); CI runs it with `-m slow`
def test_the_dag_and_the_cli_write_the_same_warehouse(dagbag, tmp_path: Path) -> None:
    """Same input, same settings: `narratives run` and the DAG's one-task-per-stage run agree on every row."""
    feeds = str(DEMO_DIR / "feeds.yaml")
    cli_db, dag_db = tmp_path / "cli.duckdb", tmp_path / "dag.duckdb"
    cli = CliRunner().invoke(
        app, ["run", "--feeds", feeds, "--db", str(cli_db), "--date", DEMO_RUN_DATE.isoformat(), "--translator", "none"]
    )
    assert cli.exit_code == 0, cli.output
    conf = {"feeds": feeds, "db": str(dag_db), "staging": str(tmp_path / "staging"), "translator": "none"}
    assert run_daily_dag(dagbag, DEMO_RUN_DATE, **conf).state == "success"

    when_fetched = {"fetched_at", "translated_at"}  # wall-clock times of the two runs
    from_dag, from_cli = snapshot(dag_db, when_fetched), snapshot(cli_db, when_fetched)
    assert from_dag.keys() == from_cli.keys()
    for table in from_cli:
        assert from_dag[table] == from_cli[table], table
    con = duckdb.connect(str(dag_db), read_only=True)
    origin = con.execute(
        "SELECT first_seen_outlet, n_outlets FROM claims WHERE value = 182000 AND subject = 'deserters'"
    ).fetchone()
    assert origin == ("Eastern Dispatch Daily", 11)
    stages = json.loads(con.execute("SELECT stage_seconds FROM runs").fetchone()[0])
    assert sorted(stages) == sorted(["fetch", "parse", "load", "translate", "claims", "embed", "narratives"])
    con.close()

    # clearing and re-running the same logical date changes nothing but the fetch log (the bodies were not modified)
    before = stored_snapshot(dag_db)
    assert run_daily_dag(dagbag, DEMO_RUN_DATE, **conf).state == "success"
    assert stored_snapshot(dag_db) == before
    con = duckdb.connect(str(dag_db), read_only=True)
    assert con.execute("SELECT DISTINCT status FROM fetch_log").fetchall() == [("not_modified",)]
    con.close()


def test_failing_feeds_do_not_fail_the_run(dagbag, http_server, tmp_path: Path, write_feeds) -> None:
    base, routes = http_server

    def broken(request: BaseHTTPRequestHandler) -> None:
        request.send_response(500)
        request.end_headers()

    def stalled(request: BaseHTTPRequestHandler) -> None:
        time.sleep(2)

    routes["/broken"], routes["/stalled"] = broken, stalled
    feeds = write_feeds(
        [
            {"name": "Harbour Gazette", "url": str(DATA / "good.rss")},
            {"name": "Broken server", "url": base + "/broken", "allow_private": True},
            {"name": "Stalled server", "url": base + "/stalled", "allow_private": True},
        ]
    )
    db = tmp_path / "w.duckdb"
    run = run_daily_dag(
        dagbag,
        date(2024, 11, 8),
        feeds=str(feeds),
        db=str(db),
        staging=str(tmp_path / "s"),
        http_timeout_s=0.5,
    )
    assert run.state == "success"
    con = duckdb.connect(str(db), read_only=True)
    log = dict(((o, (s, k)) for o, s, k in con.execute("SELECT outlet, status, error_kind FROM fetch_log").fetchall()))
    assert log == {
        "Harbour Gazette": ("fetched", None),
        "Broken server": ("failed", "http_error"),
        "Stalled server": ("failed", "timeout"),
    }
    assert con.execute("SELECT count(*) FROM articles WHERE outlet = 'Harbour Gazette'").fetchone()[0] == 2


def test_weekly_digest_dag_writes_last_weeks_digest(dagbag, demo_db: Path, tmp_path: Path) -> None:
    dag = dagbag.dags["narratives_weekly_digest"]
    run = dag.test(
        logical_date=datetime(2024, 11, 18, 6, tzinfo=UTC),
        run_conf={"db": str(demo_db), "reports": str(tmp_path)},
    )
    assert run.state == "success"
    assert (tmp_path / "digest-2024-W46.html").exists() and (tmp_path / "digest-2024-W46.md").exists()
