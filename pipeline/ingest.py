"""Turn fetched feed bytes into typed `Article` records.

Rules a reader of the warehouse can rely on:
- `summary` is plain text: HTML is stripped (script/style content dropped), entities decoded, whitespace collapsed.
- `published_at` is UTC. When an entry has no usable date, the fallback order is: the entry's `updated`
  date, the feed's own `updated`/`lastBuildDate`, then the time the feed was fetched; `published_source` says which.
  A date more than FUTURE_TOLERANCE after the fetch is a feed error (wrong time zone, typo): the fetch time is
  used instead and `published_source` is `future_clamped`.
- `guid` falls back to the link, then to the content hash, so every entry has a stable identity.
- Documents that declare entity expansion (billion laughs, XXE) are refused before feedparser sees them.
"""

from __future__ import annotations

import calendar
import hashlib
import logging
import re
import time
import unicodedata
import warnings
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import feedparser
from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

from pipeline.config import Feed

LOGGER = logging.getLogger(__name__)

MAX_TITLE_CHARS = 1_000
FUTURE_TOLERANCE = timedelta(days=1)
MAX_SUMMARY_CHARS = 20_000
TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$", re.IGNORECASE)
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
WHITESPACE = re.compile(r"\s+")
ENCODING_PROBLEMS = (feedparser.CharacterEncodingOverride, feedparser.CharacterEncodingUnknown)


@dataclass(frozen=True, slots=True)
class Article:
    """One feed entry, normalised. Language and dedup fields are filled by later stages."""

    article_id: str
    outlet: str
    feed_url: str
    guid: str
    url: str | None
    title: str
    summary: str
    published_at: datetime
    published_source: str
    fetched_at: datetime
    content_hash: str
    declared_language: str | None = None


@dataclass(frozen=True)
class ParsedFeed:
    articles: list[Article]
    n_entries: int
    error_kind: str | None = None
    error: str | None = None

    @property
    def failed(self) -> bool:
        """No usable entries and a reason why: the fetch counts as failed."""
        return not self.articles and self.error_kind is not None


class UnsafeFeed(ValueError):
    """The document tries entity expansion or external entities."""


def parse_feed(body: bytes, feed: Feed, fetched_at: datetime, content_type: str | None = None) -> ParsedFeed:
    """Parse RSS/Atom bytes into articles; problems become an `error_kind`, never an exception."""
    if not body.strip():
        return ParsedFeed([], 0, "empty_body", "the feed returned no content")
    reject_entity_expansion(body)
    headers = {"content-type": content_type} if content_type else {}
    parsed = feedparser.parse(body, response_headers=headers, sanitize_html=True, resolve_relative_uris=True)
    declared = feed.language or _language_tag(parsed.feed.get("language"))
    feed_updated = _struct_to_utc(parsed.feed.get("updated_parsed"))
    articles = [
        article
        for entry in parsed.entries
        if (article := normalise_entry(entry, feed, fetched_at, declared, feed_updated)) is not None
    ]
    error_kind, error = _classify_problem(parsed, articles)
    return ParsedFeed(articles, len(parsed.entries), error_kind, error)


def reject_entity_expansion(body: bytes) -> None:
    """Refuse entity declarations and external references; leave plain malformed XML to feedparser's recovery."""
    try:
        fromstring(body, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise UnsafeFeed(f"refused XML: {exc}") from exc
    except (ParseError, LookupError, ValueError):  # malformed or unknown charset: feedparser's recovery decides
        pass


def _classify_problem(parsed: feedparser.FeedParserDict, articles: list[Article]) -> tuple[str | None, str | None]:
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if not parsed.entries:
        if problem is not None and not parsed.get("version"):
            return "not_a_feed", f"not RSS/Atom: {problem}"
        return "no_entries", "the feed has no entries"
    if not articles:
        return "no_usable_entries", f"{len(parsed.entries)} entries, none with a title or text"
    if isinstance(problem, feedparser.NonXMLContentType):
        return "wrong_content_type", f"parsed despite the server's content type: {problem}"
    if isinstance(problem, ENCODING_PROBLEMS):
        return "encoding", f"recovered from a wrong or missing charset: {problem}"
    if problem is not None:
        return "malformed_xml", f"recovered from malformed XML: {problem}"
    return None, None


def normalise_entry(
    entry: feedparser.FeedParserDict,
    feed: Feed,
    fetched_at: datetime,
    declared_language: str | None,
    feed_updated: datetime | None,
) -> Article | None:
    """One entry → one `Article`, or None when it carries neither a title nor any text."""
    title = clean_text(entry.get("title", ""))[:MAX_TITLE_CHARS]
    summary = clean_text(_entry_body(entry))[:MAX_SUMMARY_CHARS]
    if not title and not summary:
        return None
    url = canonical_url(entry.get("link"))
    content_hash = hash_content(title, summary)
    guid = clean_text(entry.get("id", "")) or url or content_hash
    published_at, published_source = _published(entry, feed_updated, fetched_at)
    return Article(
        article_id=article_id(feed.name, guid),
        outlet=feed.name,
        feed_url=feed.url,
        guid=guid,
        url=url,
        title=title,
        summary=summary,
        published_at=published_at,
        published_source=published_source,
        fetched_at=fetched_at,
        content_hash=content_hash,
        declared_language=_language_tag(entry.get("language")) or declared_language,
    )


def _entry_body(entry: feedparser.FeedParserDict) -> str:
    if entry.get("summary"):
        return entry["summary"]
    content = entry.get("content") or []
    return content[0].get("value", "") if content else ""


def _published(
    entry: feedparser.FeedParserDict, feed_updated: datetime | None, fetched_at: datetime
) -> tuple[datetime, str]:
    candidates = [
        (_struct_to_utc(entry.get(key)), source)
        for key, source in (("published_parsed", "entry"), ("updated_parsed", "entry_updated"))
    ]
    value, source = next(
        ((v, s) for v, s in [*candidates, (feed_updated, "feed_updated")] if v is not None), (fetched_at, "fetched")
    )
    if value > fetched_at + FUTURE_TOLERANCE:
        return fetched_at, "future_clamped"
    return value, source


def _struct_to_utc(value: time.struct_time | None) -> datetime | None:
    """feedparser normalises dates to UTC struct_time; reject what cannot be a real date."""
    if value is None:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
    except (OverflowError, ValueError, OSError):
        return None


def _language_tag(value: str | None) -> str | None:
    """'ru-RU' → 'ru'; junk → None."""
    if not value:
        return None
    primary = value.strip().split("-")[0].split("_")[0].lower()
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else None


def clean_text(markup: str) -> str:
    """HTML fragment → one line of plain text (script/style dropped, entities decoded, control chars removed)."""
    if not markup:
        return ""
    if "<" in markup or "&" in markup:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
            soup = BeautifulSoup(markup, "html.parser")
        for element in soup(["script", "style", "noscript", "template"]):
            element.decompose()
        markup = soup.get_text(" ")
    text = unicodedata.normalize("NFC", CONTROL_CHARS.sub(" ", markup))
    return WHITESPACE.sub(" ", text).strip()


def canonical_url(url: str | None) -> str | None:
    """Lower-case scheme/host, drop fragments and tracking parameters: the same story shares one URL."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING_PARAMS.match(k)]
    )
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", query, ""))


def hash_content(title: str, summary: str) -> str:
    """Hash of case- and whitespace-folded text: identical wording, identical hash."""
    folded = WHITESPACE.sub(" ", f"{title}\n{summary}".casefold()).strip()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def article_id(outlet: str, guid: str) -> str:
    return hashlib.sha256(f"{outlet}\x00{guid}".encode()).hexdigest()[:20]
