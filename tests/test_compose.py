"""docker-compose.yml is a valid Compose file with the production Airflow 3 stack (validated by the docker client)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).parents[1]


def compose_command() -> list[str] | None:
    if shutil.which("docker") and subprocess.run(["docker", "compose", "version"], capture_output=True).returncode == 0:
        return ["docker", "compose"]
    if shutil.which("docker-compose"):
        return ["docker-compose"]
    return None


COMPOSE = compose_command()
pytestmark = pytest.mark.skipif(
    COMPOSE is None, reason="no docker compose client (docker compose plugin or Debian's docker-compose)"
)


def compose(*args: str) -> str:
    result = subprocess.run(
        [*COMPOSE, "-f", str(ROOT / "docker-compose.yml"), *args], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_compose_file_is_valid_and_has_the_airflow_3_stack() -> None:
    services = yaml.safe_load(compose("config"))["services"]
    core = {
        "postgres",
        "airflow-init",
        "airflow-apiserver",
        "airflow-scheduler",
        "airflow-dag-processor",
        "airflow-triggerer",
    }
    assert core <= set(services)
    assert all(not services[name].get("profiles") for name in core)  # up by default


def test_celery_profile_adds_redis_and_workers() -> None:
    services = yaml.safe_load(compose("--profile", "celery", "config"))["services"]
    for name in ("redis", "airflow-worker"):
        assert services[name]["profiles"] == ["celery"]


def test_duckdb_lives_on_a_named_volume_and_dags_are_mounted() -> None:
    config = yaml.safe_load(compose("config"))
    assert "narratives-data" in config["volumes"]
    scheduler = config["services"]["airflow-scheduler"]
    mounts = {str(v["target"] if isinstance(v, dict) else v.split(":")[1]) for v in scheduler["volumes"]}
    assert {"/opt/airflow/dags", "/opt/airflow/data"} <= mounts
    assert scheduler["environment"]["NARRATIVES_DB"].startswith("/opt/airflow/data/")
    assert scheduler["environment"]["AIRFLOW__CORE__EXECUTOR"] == "LocalExecutor"
