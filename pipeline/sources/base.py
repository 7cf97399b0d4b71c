"""What every feed source shares: the result and error types, the limits, the deadline, and routing by scheme.

A source never raises for a bad feed: it raises `FetchError` internally and turns it into a `FetchResult` with a
status and an `error_kind` (`failure`), so one broken outlet cannot stop a run. One `Deadline` bounds a whole
fetch; `call_with_deadline` stops waiting for calls that cannot be interrupted (DNS, a read on a hung mount).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal, Protocol, TypeVar

from pipeline import __version__
from pipeline.config import Feed

LOGGER = logging.getLogger(__name__)

USER_AGENT = f"narrative-tracker/{__version__} (media monitoring; +https://github.com/narrative-tracker)"
MAX_BODY_BYTES = 10 * 1024 * 1024
CONNECT_TIMEOUT_S = 5.0
READ_TIMEOUT_S = 15.0
TOTAL_DEADLINE_S = 30.0
MESSAGE_VALUE_CHARS = 200
"""URLs, host names and header values are cut to this many characters in error messages."""
MESSAGE_CHARS = 600

FetchStatus = Literal["fetched", "not_modified", "failed", "unsafe"]
T = TypeVar("T")


@dataclass(frozen=True)
class Validators:
    """Conditional-GET state remembered per feed."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class FetchResult:
    feed: Feed
    status: FetchStatus
    started_at: datetime
    duration_ms: float
    body: bytes = b""
    content_type: str | None = None
    http_status: int | None = None
    validators: Validators = field(default_factory=Validators)
    error_kind: str | None = None
    error: str | None = None


class FeedSource(Protocol):
    def fetch(self, feed: Feed, validators: Validators) -> FetchResult: ...


def clip(value: object, limit: int = MESSAGE_VALUE_CHARS) -> str:
    """`value` as text of at most `limit` characters (an ellipsis marks a cut): hostile URLs stay out of logs."""
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class FetchError(Exception):
    """A fetch failed for a known reason; `kind` is what the fetch log records."""

    def __init__(self, kind: str, message: str, *, unsafe: bool = False, http_status: int | None = None) -> None:
        super().__init__(clip(message, MESSAGE_CHARS))
        self.kind = kind
        self.unsafe = unsafe
        self.http_status = http_status


def timed(feed: Feed, started: float, started_at: datetime, **fields) -> FetchResult:
    """A result for `feed`, its duration measured from `started` (a `time.monotonic()` reading)."""
    return FetchResult(feed=feed, started_at=started_at, duration_ms=(time.monotonic() - started) * 1000, **fields)


def failure(feed: Feed, started: float, started_at: datetime, exc: FetchError) -> FetchResult:
    """The logged, `failed` (or `unsafe`) result for a known failure."""
    LOGGER.warning("%s: %s (%s)", feed.name, exc, exc.kind)
    return timed(
        feed,
        started,
        started_at,
        status="unsafe" if exc.unsafe else "failed",
        http_status=exc.http_status,
        error_kind=exc.kind,
        error=str(exc),
    )


def unexpected(feed: Feed, started: float, started_at: datetime, exc: Exception) -> FetchResult:
    """A bug or an unforeseen library error: still one failed feed, never a stopped run."""
    LOGGER.exception("%s: unexpected error while fetching", feed.name)
    return timed(
        feed,
        started,
        started_at,
        status="failed",
        error_kind="internal_error",
        error=clip(f"{exc.__class__.__name__}: {exc}", MESSAGE_CHARS),
    )


@dataclass(frozen=True)
class Deadline:
    """One wall-clock limit for a whole fetch; every blocking step asks it how long it may still wait."""

    at: float
    total_s: float

    @classmethod
    def start(cls, total_s: float) -> Deadline:
        return cls(time.monotonic() + total_s, total_s)

    @property
    def expired(self) -> bool:
        return time.monotonic() >= self.at

    def error(self, what: str) -> FetchError:
        return FetchError("timeout", f"{what} not complete within the {self.total_s:g}s deadline")

    def remaining(self, what: str) -> float:
        left = self.at - time.monotonic()
        if left <= 0:
            raise self.error(what)
        return left

    def clamp(self, timeout: float | None, what: str) -> float:
        """`timeout` (None: unlimited) shortened to the time left; raises the timeout error if none is left."""
        left = self.remaining(what)
        return left if timeout is None else min(timeout, left)


def call_with_deadline(function: Callable[[], T], deadline: Deadline, what: str) -> T:
    """Run a call that cannot be interrupted (getaddrinfo, a read on a hung NFS mount) in a daemon thread.

    The caller stops waiting at the deadline; the thread cannot be killed and finishes (or stays blocked in the
    kernel) on its own, holding nothing but its own result.
    """
    outcome: dict[str, object] = {}
    done = threading.Event()

    def run() -> None:
        try:
            outcome["value"] = function()
        except BaseException as exc:  # handed to the caller below
            outcome["error"] = exc
        finally:
            done.set()

    threading.Thread(target=run, name=f"narrative-tracker {clip(what, 60)}", daemon=True).start()
    if not done.wait(deadline.remaining(what)):
        raise deadline.error(what)
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
