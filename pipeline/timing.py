"""Wall-clock time per stage, added up in a plain dict (`RunSummary.stage_seconds`, one Airflow task's record)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def timing(seconds: dict[str, float], stage: str) -> Iterator[None]:
    """Add the time spent in the block to `seconds[stage]`, even when the block raises."""
    started = time.perf_counter()
    try:
        yield
    finally:
        seconds[stage] = seconds.get(stage, 0.0) + time.perf_counter() - started
