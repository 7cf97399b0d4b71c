"""Fetch results on disk: how parallel fetch workers hand their work to the single DuckDB writer.

Airflow's mapped fetch tasks run in separate processes and must not open the warehouse (DuckDB allows one
writer). Each writes `<run_dir>/<key>.json` (status, timings, validators, error) and `<key>.body` (the raw bytes);
the load task reads them back as `FetchResult`s, in feed-list order, and stores them like `narratives run` does.
A feed whose task never staged anything (it crashed) comes back as a failure, so the run still records it.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

from pipeline.config import FeedsConfig
from pipeline.ids import staging_key
from pipeline.sources.base import FetchResult, Validators

LOGGER = logging.getLogger(__name__)

TRANSIENT_KINDS = frozenset({"timeout", "unreachable"})


def is_transient(result: FetchResult) -> bool:
    """Worth retrying later: network trouble or a server-side error, not a broken or unsafe feed."""
    return result.error_kind in TRANSIENT_KINDS or (
        result.http_status is not None and (result.http_status >= 500 or result.http_status == 429)
    )


def stage(result: FetchResult, run_dir: Path) -> Path:
    """Write one fetch result; rewriting the same feed (a retry, a cleared task) replaces it."""
    run_dir.mkdir(parents=True, exist_ok=True)
    key = staging_key(result.feed.name)
    (run_dir / f"{key}.body").write_bytes(result.body)
    meta = {
        "feed": result.feed.model_dump(mode="json"),
        "status": result.status,
        "started_at": result.started_at.isoformat(),
        "duration_ms": result.duration_ms,
        "content_type": result.content_type,
        "http_status": result.http_status,
        "validators": asdict(result.validators),
        "error_kind": result.error_kind,
        "error": result.error,
    }
    path = run_dir / f"{key}.json"
    path.write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    return path


def read_staged(config: FeedsConfig, run_dir: Path) -> Iterator[FetchResult]:
    """The staged result of every configured feed, in feed-list order."""
    for feed in config.feeds:
        key = staging_key(feed.name)
        meta_path = run_dir / f"{key}.json"
        if not meta_path.exists():
            LOGGER.warning("%s: no staged fetch result (its fetch task failed)", feed.name)
            yield FetchResult(
                feed,
                "failed",
                datetime.now(UTC),
                0.0,
                error_kind="task_failed",
                error="the fetch task did not complete",
            )
            continue
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        yield FetchResult(
            feed=feed,
            status=meta["status"],
            started_at=datetime.fromisoformat(meta["started_at"]),
            duration_ms=meta["duration_ms"],
            body=(run_dir / f"{key}.body").read_bytes(),
            content_type=meta["content_type"],
            http_status=meta["http_status"],
            validators=Validators(**meta["validators"]),
            error_kind=meta["error_kind"],
            error=meta["error"],
        )
