"""Entry points for a scheduler (the Airflow DAGs): one function per stage, plain arguments in, JSON-able out.

Each function builds its components from `Settings` through the same factory as the CLI, so a DAG run and
`narratives run` with the same settings write the same warehouse. Concurrent DuckDB writers are impossible by
construction: `plan` only reads the warehouse, `fetch` never opens it (it writes a staging file), and the
stages that write (`load`, `translate`, `claims`, `narratives`, `weekly_digest`) run in the one-slot
`duckdb_writer` pool, inside DAGs limited to one active run.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, fields
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from pipeline.claims.stage import update_claims
from pipeline.config import Feed, load_feeds
from pipeline.digest import last_complete_week, write_digest
from pipeline.load import LoadSummary, store_fetches
from pipeline.narratives.stage import update_narratives
from pipeline.settings import Settings, build
from pipeline.sources.base import Validators
from pipeline.staging import is_transient, read_staged, stage
from pipeline.store.articles import feed_validators, finish_run, record_stage_seconds
from pipeline.store.db import publish_snapshot
from pipeline.timing import timing
from pipeline.translate import update_translations

WRITER_POOL = "duckdb_writer"


class TransientFetchError(RuntimeError):
    """Raised to let the scheduler retry a fetch; the last attempt stages the failure instead."""


def settings_from(params: Mapping[str, Any]) -> Settings:
    """The run's settings: the environment, overridden by the DAG params that name a settings field."""
    names = {f.name for f in fields(Settings)}
    return Settings.load(**{name: value for name, value in params.items() if name in names})


def staging_dir(settings: Settings, run_date: str) -> Path:
    return settings.staging / run_date


def plan(settings: Settings) -> list[dict]:
    """One work item per feed: the validated feed and its conditional-GET state (read-only look at the warehouse)."""
    config = load_feeds(settings.feeds)
    validators: dict[str, Validators] = {}
    if settings.db.exists():
        with settings.warehouse(read_only=True) as con:
            validators = feed_validators(con)
    return [
        {"feed": f.model_dump(mode="json"), "validators": asdict(validators.get(f.name, Validators()))}
        for f in config.feeds
    ]


def fetch(settings: Settings, item: dict, run_date: str, final_attempt: bool) -> dict:
    """Fetch one feed into the staging folder; transient failures raise until the last attempt."""
    feed = Feed.model_validate(item["feed"])
    result = build(settings).source.fetch(feed, Validators(**item["validators"]))
    if is_transient(result) and not final_attempt:
        raise TransientFetchError(f"{feed.name}: {result.error_kind}: {result.error}")
    stage(result, staging_dir(settings, run_date))
    return {"outlet": feed.name, "status": result.status, "error_kind": result.error_kind}


def load(settings: Settings, run_date: str) -> dict:
    """The single writer of ingest: store every staged fetch result of the run."""
    config = load_feeds(settings.feeds)
    day = date.fromisoformat(run_date)
    with settings.warehouse() as con:
        staged = read_staged(config, staging_dir(settings, run_date))
        summary = store_fetches(con, config, day, str(settings.feeds), staged, LoadSummary(day))
        record_stage_seconds(con, day, summary.stage_seconds)
    return {
        "feeds": summary.feeds,
        "statuses": dict(summary.statuses),
        "errors": dict(summary.errors),
        "new_articles": summary.new_articles,
    }


def translate(settings: Settings, run_date: str) -> dict:
    seconds: dict[str, float] = {}
    with settings.warehouse() as con:
        with timing(seconds, "translate"):
            summary = update_translations(con, build(settings).translator, settings.analysis_budget)
        record_stage_seconds(con, date.fromisoformat(run_date), seconds)
    return {lang: dict(counts) for lang, counts in summary.by_language.items()}


def claims(settings: Settings, run_date: str) -> dict:
    seconds: dict[str, float] = {}
    with settings.warehouse() as con:
        with timing(seconds, "claims"):
            summary = update_claims(con, build(settings).claim_embedder, settings.analysis_budget)
        record_stage_seconds(con, date.fromisoformat(run_date), seconds)
    return asdict(summary)


def narratives(settings: Settings, run_date: str) -> dict:
    """The last stage: cluster, mark the run finished, and publish the warehouse's snapshot for readers."""
    day, seconds = date.fromisoformat(run_date), {}
    with settings.warehouse() as con:
        with timing(seconds, "narratives"):
            summary = update_narratives(con, day, build(settings).narrative_embedder, settings.analysis_budget)
        summary.split_timing(seconds)
        record_stage_seconds(con, day, seconds)
        finish_run(con, day, datetime.now(UTC))
        publish_snapshot(con, settings.db)
    return asdict(summary)


def weekly_digest(settings: Settings, logical_date: date) -> str:
    """The digest of the last complete ISO week before `logical_date`."""
    with settings.warehouse(read_only=True) as con:
        html, _ = write_digest(con, last_complete_week(logical_date), settings.reports)
    return str(html)
