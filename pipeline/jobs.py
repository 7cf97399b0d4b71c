"""The daily job, stage by stage: fetch → load → translate → claims → narratives.

This module only sequences stages; each stage's policy lives in its own module (`sources`, `load`,
`translate`, `claims.stage`, `narratives.stage`) and its SQL in `pipeline/store/`. The Airflow DAG runs the same
stage functions as separate tasks (see `orchestration`). Feeds are fetched concurrently (network-bound) but
written by one process, one feed per transaction, so DuckDB always has a single writer. Later stages work on
what is new; a rerun of the same day changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from pipeline.claims.stage import ClaimsSummary, update_claims
from pipeline.config import FeedsConfig
from pipeline.load import LoadSummary, store_fetches
from pipeline.narratives.stage import NarrativesSummary, update_narratives
from pipeline.settings import Components, Settings, build
from pipeline.sources.base import FeedSource, Validators
from pipeline.store.articles import FeedBatch, feed_validators, finish_run, record_stage_seconds, register_feeds
from pipeline.store.db import Connection, open_warehouse, publish_snapshot
from pipeline.timing import timing
from pipeline.translate import TranslationsSummary, update_translations

FETCH_WORKERS = 8


@dataclass
class RunSummary(LoadSummary):
    """What a run did: the load counts, then each analysis stage's."""

    translations: TranslationsSummary | None = None
    claims: ClaimsSummary | None = None
    narratives: NarrativesSummary | None = None


def run_daily(
    config: FeedsConfig,
    db_path: Path,
    run_date: date,
    feeds_file: str,
    components: Components | None = None,
    analyse_too: bool = True,
    wait_s: float = 0.0,
    on_feed: Callable[[FeedBatch], None] | None = None,
    budget: int = Settings.analysis_budget,
    on_stage: Callable[[str], None] | None = None,
) -> RunSummary:
    """The whole daily job without a scheduler. Rerunning the same day with the same input changes nothing.

    `components` default to what the settings (environment) choose; `analyse_too=False` stops after ingest;
    each analysis stage takes at most `budget` articles, oldest first, and leaves the rest for the next run.
    `on_stage` hears the name of each analysis stage as it starts; every stage's time lands in `runs.stage_seconds`.
    """
    parts = components or build(Settings.load())
    announce = on_stage or (lambda _stage: None)
    with open_warehouse(db_path, wait_s=wait_s) as con:
        summary = ingest(con, config, run_date, feeds_file, parts.source, on_feed)
        if analyse_too:
            seconds = summary.stage_seconds
            announce("translate")
            with timing(seconds, "translate"):
                summary.translations = update_translations(con, parts.translator, budget)
            announce("claims")
            with timing(seconds, "claims"):
                summary.claims = update_claims(con, parts.claim_embedder, budget)
            announce("narratives")
            with timing(seconds, "narratives"):
                summary.narratives = update_narratives(con, run_date, parts.narrative_embedder, budget)
            summary.narratives.split_timing(seconds)
        record_stage_seconds(con, run_date, summary.stage_seconds)
        finish_run(con, run_date, datetime.now(UTC))
        publish_snapshot(con, db_path)
        return summary


def ingest(
    con: Connection,
    config: FeedsConfig,
    run_date: date,
    feeds_file: str,
    source: FeedSource,
    on_feed: Callable[[FeedBatch], None] | None = None,
) -> RunSummary:
    """Fetch all feeds concurrently and load their new articles, feed by feed."""
    register_feeds(con, config.feeds)
    validators = feed_validators(con)
    with ThreadPoolExecutor(max_workers=FETCH_WORKERS, thread_name_prefix="fetch") as pool:
        fetches = pool.map(lambda feed: source.fetch(feed, validators.get(feed.name, Validators())), config.feeds)
        summary = RunSummary(run_date)
        store_fetches(con, config, run_date, feeds_file, fetches, summary, on_feed)
        return summary
