"""Recorded feeds on disk: regular files only, read under the byte cap and the fetch deadline.

Anything that is not a regular file (a FIFO, a device, a socket, a directory) is refused before it is opened, and
the read runs in a worker thread, so neither a special file nor a hung network mount can stall a run.
"""

from __future__ import annotations

import os
import stat
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlparse
from urllib.request import url2pathname

from pipeline.config import Feed
from pipeline.sources.base import (
    MAX_BODY_BYTES,
    TOTAL_DEADLINE_S,
    Deadline,
    FetchError,
    FetchResult,
    Validators,
    call_with_deadline,
    clip,
    failure,
    timed,
    unexpected,
)


def _file_kind(mode: int) -> str:
    for test, name in (
        (stat.S_ISFIFO, "FIFO"),
        (stat.S_ISCHR, "character device"),
        (stat.S_ISBLK, "block device"),
        (stat.S_ISSOCK, "socket"),
        (stat.S_ISDIR, "directory"),
    ):
        if test(mode):
            return name
    return "special file"


def _read_regular_file(path: Path, max_bytes: int) -> bytes:
    """Read at most `max_bytes + 1` bytes of a regular file; anything else is refused before it is opened.

    `stat` first (a FIFO would block `open`, a device may act on it), then open non-blocking and check with `fstat`
    that the same regular file was opened, so swapping the path between the two steps gains nothing.
    """
    shown = clip(path)
    try:
        before = os.stat(path)
    except OSError as exc:
        raise FetchError("unreachable", f"cannot read {shown}: {exc.strerror}") from exc
    if not stat.S_ISREG(before.st_mode):
        raise FetchError("not_a_file", f"{shown} is a {_file_kind(before.st_mode)}, not a regular file")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise FetchError("unreachable", f"cannot read {shown}: {exc.strerror}") from exc
    with os.fdopen(fd, "rb") as handle:
        opened = os.fstat(fd)
        if not stat.S_ISREG(opened.st_mode) or (opened.st_dev, opened.st_ino) != (before.st_dev, before.st_ino):
            raise FetchError("not_a_file", f"{shown} was replaced while being opened")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        try:
            return handle.read(max_bytes + 1)
        except OSError as exc:
            raise FetchError("unreachable", f"cannot read {shown}: {exc.strerror}") from exc


class FileFeedSource:
    """Recorded feeds on disk (`file://` URLs): the demo corpus, tests, air-gapped mirrors.

    Only regular files are read (FIFOs, devices, sockets and directories are `not_a_file`), at most `max_bytes`
    (`too_large`), within `deadline_s` (`timeout`: the read runs in a worker thread so a hung network mount costs
    one parked thread, not the run).
    """

    def __init__(self, max_bytes: int = MAX_BODY_BYTES, deadline_s: float = TOTAL_DEADLINE_S) -> None:
        self.max_bytes = max_bytes
        self.deadline_s = deadline_s

    def fetch(self, feed: Feed, validators: Validators) -> FetchResult:
        started, started_at = time.monotonic(), datetime.now(UTC)
        try:
            path = Path(url2pathname(urlparse(feed.url).path))
            body = call_with_deadline(
                lambda: _read_regular_file(path, self.max_bytes),
                Deadline.start(self.deadline_s),
                f"reading {clip(path)}",
            )
            if len(body) > self.max_bytes:
                raise FetchError("too_large", f"file larger than {self.max_bytes} bytes")
        except FetchError as exc:
            return failure(feed, started, started_at, exc)
        except Exception as exc:
            return unexpected(feed, started, started_at, exc)
        return timed(feed, started, started_at, status="fetched", body=body)
