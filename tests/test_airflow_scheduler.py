"""Slow: `narratives_daily` run by real Airflow components, the way a deployment runs it.

`test_dags.py` drives the DAGs in-process with `dag.test()`. This test starts the actual services as subprocesses
in a temporary AIRFLOW_HOME (SQLite metadata DB, LocalExecutor): `airflow scheduler`, `airflow dag-processor` and
`airflow api-server` on a free loopback port, with the execution API URL pointing at it. Tasks therefore run in the
executor's worker processes and talk to the API server over HTTP, as they do in production. It triggers one run for
the demo corpus's day, waits for it (bounded) and checks every task instance and the warehouse it filled.

Only the dag id is relied on, not the task names. Every child process group is terminated in teardown, pass or fail.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import httpx
import psutil
import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).parents[1]
DAGS = ROOT / "dags"
VENV_BIN = Path(sys.executable).parent  # not resolved: the venv's own bin, where the `airflow` script lives
DEMO_FEEDS = ROOT / "seeds" / "demo" / "feeds.yaml"
DEMO_ARTICLES = 211  # the demo corpus: recorded feeds of fictional outlets, all published by this day
DAG_ID = "narratives_daily"
LOGICAL_DATE = "2024-11-21T00:00:00+00:00"
RUN_ID = "scheduler_test__2024-11-21"
HEALTHY_PARTS = ("metadatabase", "scheduler", "dag_processor")  # as reported by the API server's /monitor/health

# Bounds, generous for a small shared machine (each `airflow` CLI call alone costs a few seconds of CPU).
CLI_TIMEOUT_S = 180
MIGRATE_TIMEOUT_S = 600
STARTUP_TIMEOUT_S = 240  # API server healthy, DAG parsed and serialized
RUN_TIMEOUT_S = 360  # the triggered run reaching success or failed
POLL_S = 5
STOP_GRACE_S = 30
LOG_TAIL_CHARS = 6000


def free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def die_with_parent() -> None:
    """In the child, before exec: get SIGTERM if the test process dies, even by SIGKILL (Linux; else a no-op)."""
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def tail(path: Path, chars: int = LOG_TAIL_CHARS) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        return f"<unreadable: {exc}>"
    return text if len(text) <= chars else f"... ({len(text) - chars} chars cut)\n" + text[-chars:]


@dataclass
class AirflowDeployment:
    home: Path
    env: dict[str, str]
    port: int
    warehouse: Path
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def cli(self, *args: str, timeout: float = CLI_TIMEOUT_S, check: bool = True) -> subprocess.CompletedProcess:
        result = subprocess.run(
            ["airflow", *args], env=self.env, cwd=self.home, capture_output=True, text=True, timeout=timeout
        )
        if check and result.returncode != 0:
            raise AssertionError(
                f"`airflow {' '.join(args)}` exited with {result.returncode}\n"
                f"stdout:\n{result.stdout[-LOG_TAIL_CHARS:]}\nstderr:\n{result.stderr[-LOG_TAIL_CHARS:]}"
            )
        return result

    def cli_json(self, *args: str) -> list[dict]:
        out = self.cli(*args, "-o", "json").stdout
        # The document is printed on one line; warnings (e.g. "Could not import graphviz") may share stdout.
        for line in reversed(out.splitlines()):
            if line.startswith("["):
                try:
                    return json.loads(line)
                except json.JSONDecodeError:
                    continue
        if "No data found" in out:
            return []
        raise AssertionError(f"no JSON list in the output of `airflow {' '.join(args)} -o json`:\n{out}")

    def component_log(self, name: str) -> Path:
        return self.home / "component-logs" / f"{name}.log"

    def start(self, name: str, *args: str) -> None:
        log = self.component_log(name)
        log.parent.mkdir(exist_ok=True)
        with log.open("wb") as out:
            # Own session: the whole process group (and its forked workers) can be signalled in teardown.
            self.processes[name] = subprocess.Popen(
                ["airflow", name, *args],
                env=self.env,
                cwd=self.home,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                preexec_fn=die_with_parent,
            )

    def assert_components_alive(self) -> None:
        for name, proc in self.processes.items():
            if proc.poll() is not None:
                raise AssertionError(
                    f"`airflow {name}` exited early with {proc.returncode}:\n{tail(self.component_log(name))}"
                )

    def descendants(self) -> set[psutil.Process]:
        found: set[psutil.Process] = set()
        for proc in self.processes.values():
            with contextlib.suppress(psutil.Error):
                found.update(psutil.Process(proc.pid).children(recursive=True))
        return found

    def stop(self) -> None:
        """SIGTERM each component's process group, wait, SIGKILL what is left, then any descendant that escaped.

        A group is signalled only while its leader (our child) is still unreaped, so its id cannot have been
        reused. Task runners put themselves in their own process groups: they are found as descendants
        (psutil guards against pid reuse) and killed one by one if they outlive the components.
        """
        family = self.descendants()
        for proc in self.processes.values():
            if proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGTERM)
        deadline = time.monotonic() + STOP_GRACE_S
        for proc in self.processes.values():
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=max(0.1, deadline - time.monotonic()))
        family |= self.descendants()
        for proc in self.processes.values():
            if proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=STOP_GRACE_S)
        for leftover in family:
            with contextlib.suppress(psutil.Error):
                leftover.kill()
        psutil.wait_procs(list(family), timeout=10)
        self.processes.clear()

    def task_logs(self) -> str:
        logs = sorted((self.home / "logs").rglob("*.log"))
        if not logs:
            return "<no task logs under AIRFLOW_HOME/logs>"
        return "\n".join(f"===== {path.relative_to(self.home)} =====\n{tail(path)}" for path in logs)

    def task_errors(self) -> str:
        """One line per error event in the task logs (JSON lines): which task attempt failed, and why."""
        lines = []
        for path in sorted((self.home / "logs").glob("dag_id=*/run_id=*/task_id=*/**/*.log")):
            for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
                try:
                    event = json.loads(raw)
                except json.JSONDecodeError:
                    continue
                if not isinstance(event, dict) or event.get("level") not in ("error", "critical"):
                    continue
                causes = "; ".join(
                    f"{e.get('exc_type')}: {e.get('exc_value')}" for e in event.get("error_detail") or []
                )
                lines.append(f"{path.relative_to(self.home / 'logs')}: {event.get('event')} {causes}".rstrip())
        return "\n".join(lines) or "<no error events in the task logs>"

    def diagnostics(self) -> str:
        parts = [f"===== component log: {name} =====\n{tail(self.component_log(name))}" for name in self.processes]
        parts.append(self.task_logs())
        parts.append(f"===== errors in the task logs =====\n{self.task_errors()}")
        return "\n".join(parts)


@pytest.fixture
def deployment(tmp_path: Path) -> Iterator[AirflowDeployment]:
    if not (VENV_BIN / "airflow").exists():
        pytest.fail(f"no `airflow` script next to {sys.executable}: run the tests with the project's virtualenv")
    home = tmp_path / "airflow-home"
    home.mkdir()
    data = tmp_path / "narratives"
    port = free_loopback_port()
    # A clean environment: nothing inherited from the developer's Airflow setup or from pytest's own.
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("AIRFLOW", "NARRATIVES_", "PYTEST_")) and not k.lower().endswith("_proxy")
    }
    env.update(
        {
            # components start each other by name (`airflow ...`), so the venv's bin must come first on PATH
            "PATH": f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}",
            "NO_PROXY": "127.0.0.1,localhost",  # the components talk to each other on loopback only
            "AIRFLOW_HOME": str(home),
            "AIRFLOW__CORE__DAGS_FOLDER": str(DAGS),
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
            "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
            "AIRFLOW__CORE__PARALLELISM": "4",
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{home / 'airflow.db'}",
            "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{port}/execution/",
            "AIRFLOW__API__HOST": "127.0.0.1",
            "AIRFLOW__API__PORT": str(port),
            "AIRFLOW__API__BASE_URL": f"http://127.0.0.1:{port}",
            "AIRFLOW__API__WORKERS": "1",
            # one secret shared by every component: the scheduler signs task tokens, the API server checks them
            "AIRFLOW__API_AUTH__JWT_SECRET": secrets.token_urlsafe(32),
            "AIRFLOW__API__SECRET_KEY": secrets.token_urlsafe(32),
            # Only the run this test triggers: no scheduled run for "yesterday" competing for max_active_runs=1
            # and for the warehouse.
            "AIRFLOW__SCHEDULER__USE_JOB_SCHEDULE": "False",
            "NARRATIVES_FEEDS": str(DEMO_FEEDS),
            "NARRATIVES_DB": str(data / "narratives.duckdb"),
            "NARRATIVES_STAGING": str(data / "staging"),
            "NARRATIVES_REPORTS": str(data / "reports"),
            "NARRATIVES_TRANSLATOR": "none",
            "NARRATIVES_FETCH_RETRY_DELAY_S": "1",
        }
    )
    airflow = AirflowDeployment(home=home, env=env, port=port, warehouse=data / "narratives.duckdb")
    airflow.cli("db", "migrate", timeout=MIGRATE_TIMEOUT_S)
    airflow.cli("pools", "set", "duckdb_writer", "1", "one DuckDB writer")
    try:
        airflow.start("api-server", "--host", "127.0.0.1", "--port", str(port))
        # --skip-serve-logs: the log server would listen on all interfaces; the logs are read from disk here
        airflow.start("scheduler", "--skip-serve-logs")
        airflow.start("dag-processor")
        yield airflow
    finally:
        airflow.stop()


def wait_until_ready(airflow: AirflowDeployment) -> None:
    """The API server reports itself, the scheduler and the DAG processor healthy, and the DAG is serialized."""
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    healthy, parsed, health = False, False, "<no answer>"
    while time.monotonic() < deadline:
        airflow.assert_components_alive()
        if not healthy:
            with contextlib.suppress(httpx.HTTPError, ValueError):
                response = httpx.get(f"{airflow.base_url}/api/v2/monitor/health", timeout=5, trust_env=False)
                health = response.text
                report = response.json()
                healthy = all(report.get(part, {}).get("status") == "healthy" for part in HEALTHY_PARTS)
        if not parsed:
            try:
                parsed = DAG_ID in {d.get("dag_id") for d in airflow.cli_json("dags", "list")}
            except (AssertionError, subprocess.TimeoutExpired) as exc:  # e.g. SQLite busy: ask again
                print(f"[airflow] retrying `dags list`: {str(exc)[:300]}")
        if healthy and parsed:
            return
        time.sleep(POLL_S)
    errors = airflow.cli("dags", "list-import-errors", check=False)
    raise AssertionError(
        f"not ready after {STARTUP_TIMEOUT_S}s (healthy: {healthy}, DAG parsed: {parsed})\nhealth: {health}\n"
        f"import errors:\n{errors.stdout}{errors.stderr}\n{airflow.diagnostics()}"
    )


def wait_for_run(airflow: AirflowDeployment) -> str:
    deadline = time.monotonic() + RUN_TIMEOUT_S
    state = "missing"
    while time.monotonic() < deadline:
        airflow.assert_components_alive()
        try:
            runs = {r["run_id"]: r for r in airflow.cli_json("dags", "list-runs", DAG_ID)}
        except (AssertionError, subprocess.TimeoutExpired) as exc:  # e.g. SQLite busy: ask again
            print(f"[airflow] retrying `dags list-runs`: {str(exc)[:300]}")
            runs = {}
        state = runs.get(RUN_ID, {}).get("state", state)
        if state in ("success", "failed"):
            return state
        time.sleep(POLL_S)
    return f"{state} (still, after {RUN_TIMEOUT_S}s)"


def test_daily_dag_runs_under_scheduler_dag_processor_and_api_server(deployment: AirflowDeployment) -> None:
    airflow = deployment
    started = time.monotonic()
    wait_until_ready(airflow)
    print(f"\n[airflow] API server on {airflow.base_url}, DAG parsed after {time.monotonic() - started:.0f}s")

    airflow.cli("dags", "unpause", DAG_ID)
    airflow.cli("dags", "trigger", DAG_ID, "--logical-date", LOGICAL_DATE, "--run-id", RUN_ID)
    triggered = time.monotonic()
    state = wait_for_run(airflow)
    print(f"[airflow] run {RUN_ID}: {state} after {time.monotonic() - triggered:.0f}s")

    tis = airflow.cli_json("tasks", "states-for-dag-run", DAG_ID, RUN_ID)
    for ti in tis:
        index = f"[{ti['map_index']}]" if ti.get("map_index") else ""
        print(f"[airflow]   {ti['task_id']}{index}: {ti['state']}")
    not_successful = [ti for ti in tis if ti["state"] != "success"]
    if state != "success" or not_successful or not tis:
        print(airflow.diagnostics())
    assert state == "success", f"run {RUN_ID} ended {state}; logs printed above. Errors:\n{airflow.task_errors()}"
    assert tis and not not_successful, f"task instances not successful: {not_successful}"

    # Stop the services before opening the warehouse: nothing may hold DuckDB's write lock while we read.
    airflow.stop()
    con = duckdb.connect(str(airflow.warehouse), read_only=True)
    try:
        articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        claims = con.execute("SELECT count(*) FROM claims").fetchone()[0]
        narratives = con.execute("SELECT count(*) FROM narratives").fetchone()[0]
    finally:
        con.close()
    print(f"[airflow] warehouse: {articles} articles, {claims} claims, {narratives} narratives")
    assert articles == DEMO_ARTICLES
    assert claims > 0
    assert narratives > 0
