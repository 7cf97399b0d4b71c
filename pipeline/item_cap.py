"""The per-feed item cap: cut a document down to its newest `max_items` entries before feedparser converts them.

Split out of `ingest` because it is a bounded-cost pre-parse with its own machinery (an expat scan for well-formed
XML, a tag search for malformed documents, feedparser's date parser for ranking). It ranks entries by the same
date rule `ingest` stores them with (`struct_to_utc`, future dates clamped after `FUTURE_TOLERANCE`), so the two
live here, below `ingest`, and `ingest` imports them.
"""

from __future__ import annotations

import calendar
import logging
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import islice
from xml.parsers import expat

import feedparser

from pipeline.decode import UnsafeFeed

try:  # feedparser's own date parser, so the pre-parse ranking agrees with `published_parsed`
    from feedparser.datetimes import _parse_date as parse_feed_date
except ImportError:  # pragma: no cover - a feedparser without it: undated ranking, still bounded
    parse_feed_date: Callable[[str], time.struct_time | None] = lambda value: None  # noqa: E731

LOGGER = logging.getLogger(__name__)

FUTURE_TOLERANCE = timedelta(days=1)
"""A date further than this past the fetch is a feed error: `ingest` stores the fetch time, and ranking agrees."""

ITEM_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:item|entry)[\s/>]")
ITEM_END = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?(?:item|entry)\s*>")
PUBLISHED_TAGS = frozenset({"pubDate", "published", "issued"})
UPDATED_TAGS = frozenset({"updated", "modified", "date"})
RAW_DATE = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?(pubDate|published|issued|updated|modified|date)(?:\s[^>]{0,200})?>"
    rb"\s*(?:<!\[CDATA\[)?\s*([^<]{1,100})"
)
ITEM_CAP_KIND = "over_item_cap"


@dataclass(slots=True)
class _RawItem:
    start: int
    end: int
    published: str | None = None
    updated: str | None = None


def limit_items(data: bytes, cap: int, fetched_at: datetime) -> tuple[bytes, int]:
    """Cut a document with more than `cap` entries down to its newest `cap` before feedparser runs.

    feedparser converts every entry (~0.12 ms each, ~12 s for 100,000), so entries over the cap are removed from the
    bytes: whole elements located by expat (exact, for well-formed XML), or by tag search for malformed documents
    that feedparser's lenient parser will read anyway. Returns the bytes and how many entries were removed.
    """
    if next(islice(ITEM_START.finditer(data), cap, None), None) is None:  # at most `cap` entry tags
        return data, 0
    items, exact = _entries(data)
    if len(items) <= cap:
        return data, 0
    keep = _newest_indices(_entry_dates(items, fetched_at), cap)
    return _without(data, items, set(range(len(items))) - keep, exact)


def entries_published_by(data: bytes, as_of: datetime, fetched_at: datetime) -> bytes:
    """The document without its entries dated after `as_of` (undated ones stay), located and dated as `limit_items`
    locates and ranks them: a recorded feed as it stood at `as_of`, to replay a corpus one day at a time
    (`benchmarks/replay.py`)."""
    items, exact = _entries(data)
    dates = _entry_dates(items, fetched_at)
    return _without(data, items, {i for i, date in enumerate(dates) if date is not None and date > as_of}, exact)[0]


def _entries(data: bytes) -> tuple[list[_RawItem], bool]:
    """The document's entries, and whether expat located them exactly (well-formed XML)."""
    items = _items_by_expat(data)
    return (items, True) if items is not None else (_items_by_tags(data), False)


def _entry_dates(items: list[_RawItem], fetched_at: datetime) -> list[datetime | None]:
    return [_rank_date(parse_raw_date(item.published), parse_raw_date(item.updated), fetched_at) for item in items]


def _without(data: bytes, items: list[_RawItem], drop: set[int], exact: bool) -> tuple[bytes, int]:
    """`data` with the entries `drop` (indexes into `items`) cut out, every other byte kept, and how many were cut."""
    if not drop:
        return data, 0
    parts, position = [], 0
    for index, item in enumerate(items):
        if index in drop:
            parts.append(data[position : item.start])
            position = item.end
    parts.append(data[position:])
    trimmed = b"".join(parts)
    if exact and _items_by_expat(trimmed) is None:  # never turn a well-formed document into a malformed one
        LOGGER.warning("cutting entries would leave a document that no longer parses; keeping the full document")
        return data, 0
    return trimmed, len(drop)


def parse_raw_date(value: str | None) -> time.struct_time | None:
    if not value:
        return None
    try:
        return parse_feed_date(value.strip())
    except (ValueError, OverflowError, TypeError, IndexError):
        return None


def _items_by_expat(data: bytes) -> list[_RawItem] | None:
    """Outermost <item>/<entry> elements with their byte spans and first date strings; None if not well-formed."""
    scanner = _ItemScanner(data)
    try:
        scanner.parser.Parse(data, True)
    except (expat.ExpatError, ValueError):
        return None
    return scanner.items


class _ItemScanner:
    """expat callbacks that record each outermost entry's byte span and its first published/updated text."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.items: list[_RawItem] = []
        self.depth = 0
        self.item: _RawItem | None = None
        self.item_depth = 0
        self.date_tag: str | None = None
        self.date_text: list[str] = []
        self.parser = expat.ParserCreate()  # no namespace processing: names keep their prefix
        self.parser.buffer_text = True
        self.parser.StartElementHandler = self.start
        self.parser.EndElementHandler = self.end
        self.parser.CharacterDataHandler = self.characters
        # entities were refused before this runs; refuse again rather than trust that
        self.parser.EntityDeclHandler = self.refuse
        self.parser.UnparsedEntityDeclHandler = self.refuse
        self.parser.ExternalEntityRefHandler = self.refuse

    @staticmethod
    def refuse(*_args: object) -> None:
        raise UnsafeFeed("refused XML: entity declaration")

    def start(self, name: str, _attrs: dict[str, str]) -> None:
        self.depth += 1
        local = name.rpartition(":")[2]
        if self.item is None:
            if local in ("item", "entry"):
                self.item, self.item_depth = _RawItem(self.parser.CurrentByteIndex, -1), self.depth
        elif self.depth == self.item_depth + 1 and local in PUBLISHED_TAGS | UPDATED_TAGS:
            self.date_tag, self.date_text = local, []

    def end(self, name: str) -> None:
        item = self.item
        if item is not None and self.date_tag is not None and self.depth == self.item_depth + 1:
            value = "".join(self.date_text)
            if self.date_tag in PUBLISHED_TAGS:
                item.published = item.published or value
            else:
                item.updated = item.updated or value
            self.date_tag = None
        if item is not None and self.depth == self.item_depth:
            index = self.parser.CurrentByteIndex
            if self.data.startswith(b"</" + name.encode("utf-8"), index):
                index = self.data.index(b">", index) + 1
            item.end = index  # for an empty <item/>, expat reports the position just after the tag
            self.items.append(item)
            self.item = None
        self.depth -= 1

    def characters(self, text: str) -> None:
        if self.date_tag is not None:
            self.date_text.append(text)


def _items_by_tags(data: bytes) -> list[_RawItem]:
    """Malformed documents: an entry runs from one <item>/<entry> tag to the next (the last to its closing tag)."""
    starts = [match.start() for match in ITEM_START.finditer(data)]
    closes = [match.end() for match in ITEM_END.finditer(data, starts[-1])] if starts else []
    ends = [*starts[1:], closes[-1] if closes else len(data)]
    items = []
    for start, end in zip(starts, ends, strict=True):
        item = _RawItem(start, end)
        for match in RAW_DATE.finditer(data, start, end):
            tag, value = match.group(1).decode("ascii"), match.group(2).decode("utf-8", "replace")
            if tag in PUBLISHED_TAGS and item.published is None:
                item.published = value
            elif tag in UPDATED_TAGS and item.updated is None:
                item.updated = value
        items.append(item)
    return items


def newest_entries(
    entries: Sequence[feedparser.FeedParserDict], cap: int, fetched_at: datetime
) -> list[feedparser.FeedParserDict]:
    """The newest `cap` entries by entry date (undated ones after the dated, as they appear), in document order."""
    if len(entries) <= cap:
        return list(entries)
    keys = [_rank_date(entry.get("published_parsed"), entry.get("updated_parsed"), fetched_at) for entry in entries]
    keep = _newest_indices(keys, cap)
    return [entry for index, entry in enumerate(entries) if index in keep]


def _rank_date(
    published: time.struct_time | None, updated: time.struct_time | None, fetched_at: datetime
) -> datetime | None:
    """The date an entry is ranked by: its own date as it will be stored (future dates clamped), or None."""
    value = struct_to_utc(published) or struct_to_utc(updated)
    if value is not None and value > fetched_at + FUTURE_TOLERANCE:
        return fetched_at
    return value


def _newest_indices(keys: Sequence[datetime | None], cap: int) -> set[int]:
    dated = sorted((i for i, key in enumerate(keys) if key is not None), key=lambda i: keys[i], reverse=True)
    undated = [i for i, key in enumerate(keys) if key is None]
    return set((dated + undated)[:cap])


def struct_to_utc(value: time.struct_time | None) -> datetime | None:
    """feedparser normalises dates to UTC struct_time; reject what cannot be a real date."""
    if value is None:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
    except (OverflowError, ValueError, OSError):
        return None
