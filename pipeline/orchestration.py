"""Entry points for a scheduler (the Airflow DAGs): plain arguments in, JSON-able summaries out.

The split makes concurrent DuckDB writers impossible by construction: `plan` and `fetch` never open the
warehouse for writing (fetch never opens it at all), and only `load`, `analyse` and `weekly_digest` do, each
in the single-slot `duckdb_writer` pool, inside DAGs limited to one active run.
"""

from __future__ import annotations

import logging
import os
from dataclasses import asdict, dataclass
from datetime import date
from importlib.resources import files
from pathlib import Path

import httpx

from pipeline.config import Feed, load_feeds
from pipeline.digest import last_complete_week, write_digest
from pipeline.jobs import analyse, store_fetches
from pipeline.sources import CONNECT_TIMEOUT_S, HttpFeedSource, RoutingSource, Validators
from pipeline.staging import is_transient, read_staged, stage
from pipeline.translate import make_translator
from pipeline.warehouse import connect, feed_validators

LOGGER = logging.getLogger(__name__)

WRITER_POOL = "duckdb_writer"


class TransientFetchError(RuntimeError):
    """Raised to let the scheduler retry a fetch; the last attempt stages the failure instead."""


@dataclass(frozen=True)
class Settings:
    """Defaults for the DAG params, from the environment (the same variables the CLI reads)."""

    feeds_file: str
    db_path: str
    staging_dir: str
    reports_dir: str
    http_timeout_s: float
    fetch_retry_delay_s: float
    translator: str

    @classmethod
    def from_env(cls) -> Settings:
        home = Path(os.environ.get("AIRFLOW_HOME", "."))
        return cls(
            feeds_file=os.environ.get("NARRATIVES_FEEDS", str(files("seeds") / "feeds.yaml")),
            db_path=os.environ.get("NARRATIVES_DB", str(home / "narratives.duckdb")),
            staging_dir=os.environ.get("NARRATIVES_STAGING", str(home / "narratives-staging")),
            reports_dir=os.environ.get("NARRATIVES_REPORTS", str(home / "narratives-reports")),
            http_timeout_s=float(os.environ.get("NARRATIVES_HTTP_TIMEOUT_S", "15")),
            fetch_retry_delay_s=float(os.environ.get("NARRATIVES_FETCH_RETRY_DELAY_S", "60")),
            translator=os.environ.get("NARRATIVES_TRANSLATOR", "argos"),
        )


def run_dir(staging_dir: str, run_date: str) -> Path:
    return Path(staging_dir) / run_date


def plan(feeds_file: str, db_path: str) -> list[dict]:
    """One work item per feed: the validated feed and its conditional-GET state (read-only look at the warehouse)."""
    config = load_feeds(Path(feeds_file))
    validators: dict[str, Validators] = {}
    if Path(db_path).exists():
        con = connect(Path(db_path), read_only=True)
        try:
            validators = feed_validators(con)
        finally:
            con.close()
    return [
        {"feed": f.model_dump(mode="json"), "validators": asdict(validators.get(f.name, Validators()))}
        for f in config.feeds
    ]


def fetch(item: dict, staging: Path, final_attempt: bool, http_timeout_s: float) -> dict:
    """Fetch one feed into the staging folder; transient failures raise until the last attempt."""
    feed = Feed.model_validate(item["feed"])
    timeout = httpx.Timeout(http_timeout_s, connect=min(http_timeout_s, CONNECT_TIMEOUT_S))
    result = RoutingSource(http=HttpFeedSource(timeout=timeout)).fetch(feed, Validators(**item["validators"]))
    if is_transient(result) and not final_attempt:
        raise TransientFetchError(f"{feed.name}: {result.error_kind}: {result.error}")
    stage(result, staging)
    return {"outlet": feed.name, "status": result.status, "error_kind": result.error_kind}


def load(feeds_file: str, db_path: str, run_date: str, staging: Path) -> dict:
    """The single writer: store every staged fetch result of the run in the warehouse."""
    config = load_feeds(Path(feeds_file))
    con = connect(Path(db_path))
    try:
        summary = store_fetches(con, config, date.fromisoformat(run_date), feeds_file, read_staged(config, staging))
    finally:
        con.close()
    return {
        "feeds": summary.feeds,
        "statuses": dict(summary.statuses),
        "errors": dict(summary.errors),
        "new_articles": summary.new_articles,
    }


def analyse_run(db_path: str, run_date: str, translator: str = "argos") -> dict:
    con = connect(Path(db_path))
    try:
        analysis = analyse(con, date.fromisoformat(run_date), make_translator(translator))
    finally:
        con.close()
    return {
        "translations": {lang: dict(counts) for lang, counts in analysis.translations.by_language.items()},
        "claims": asdict(analysis.claims),
        "narratives": asdict(analysis.narratives),
    }


def weekly_digest(db_path: str, logical_date: date, reports_dir: str) -> str:
    """The digest of the last complete ISO week before `logical_date`."""
    con = connect(Path(db_path), read_only=True)
    try:
        html, _ = write_digest(con, last_complete_week(logical_date), Path(reports_dir))
    finally:
        con.close()
    return str(html)
