"""Turn fetched feed bytes into typed `Article` records.

Rules a reader of the warehouse can rely on:
- `summary` is plain text: HTML is stripped (script/style content dropped), entities decoded, whitespace collapsed.
  Control characters (NUL included) and bidi embedding/override/isolate characters never reach titles, summaries,
  URLs or guids.
- `published_at` is UTC. When an entry has no usable date, the fallback order is: the entry's `updated`
  date, the feed's own `updated`/`lastBuildDate`, then the time the feed was fetched; `published_source` says which.
  A date more than FUTURE_TOLERANCE after the fetch is a feed error (wrong time zone, typo): the fetch time is
  used instead and `published_source` is `future_clamped`.
- `guid` falls back to the link, then to the content hash, so every entry has a stable identity.
- Bytes become text once, in `pipeline.decode` (`decode_feed`): BOM, then the bytes' own evidence for UTF-8, then
  the declared charset. Mostly-valid UTF-8 is decoded as UTF-8 with U+FFFD for the bad bytes, never re-read in a
  legacy charset. Anything that is not a clean decode is reported as an `encoding` problem.
- Documents that declare entities or carry a DOCTYPE internal subset (billion laughs, quadratic blowup, XXE) are
  refused with `pipeline.decode.UnsafeFeed`. The check runs on the exact text feedparser will get, whatever the
  declared charset.
- At most `feed.max_items` entries are kept, the newest by date (`pipeline.item_cap`); the rest are counted in
  `n_skipped`, reported as `over_item_cap`, and never converted. Oversized documents are cut down before feedparser
  runs.
"""

from __future__ import annotations

import logging
import re
import unicodedata
import warnings
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import feedparser
from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning

from pipeline import ids
from pipeline.config import Feed
from pipeline.decode import DecodedFeed, decode_feed, prepare_document, refuse_entity_declarations
from pipeline.item_cap import FUTURE_TOLERANCE, ITEM_CAP_KIND, limit_items, newest_entries, struct_to_utc
from pipeline.text import BIDI_OVERRIDES

LOGGER = logging.getLogger(__name__)

MAX_TITLE_CHARS = 1_000
MAX_SUMMARY_CHARS = 20_000
TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$", re.IGNORECASE)
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
INVISIBLE_CHARS = re.compile(f"[{BIDI_OVERRIDES}]")
URL_JUNK = re.compile(f"[\x00-\x1f\x7f-\x9f{BIDI_OVERRIDES}]")
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
    """Articles plus what went wrong. `error_kind`/`error` is the most important problem; `problems` lists all."""

    articles: list[Article]
    n_entries: int
    """Entries in the document, skipped ones included."""
    error_kind: str | None = None
    error: str | None = None
    n_skipped: int = 0
    """Entries over the feed's `max_items` cap: counted, never converted (also reported as `over_item_cap`)."""
    problems: tuple[tuple[str, str], ...] = ()
    """Every (kind, message) recorded while parsing, most important first."""
    encoding: str | None = None
    """The charset the body was decoded with."""

    @property
    def failed(self) -> bool:
        """No usable entries and a reason why: the fetch counts as failed."""
        return not self.articles and self.error_kind is not None


def parse_feed(body: bytes, feed: Feed, fetched_at: datetime, content_type: str | None = None) -> ParsedFeed:
    """Parse RSS/Atom bytes into articles; problems become an `error_kind`, never an exception (except UnsafeFeed)."""
    if not body.strip():
        return ParsedFeed([], 0, "empty_body", "the feed returned no content")
    decoded = decode_feed(body, content_type)
    text = prepare_document(decoded.text)
    if not text.strip():
        return ParsedFeed([], 0, "empty_body", "the feed returned no content", encoding=decoded.encoding)
    refuse_entity_declarations(text)
    cap = feed.max_items
    data, n_raw_skipped = limit_items(text.encode("utf-8", "replace"), cap, fetched_at)
    if n_raw_skipped:
        refuse_entity_declarations(data.decode("utf-8", "replace"))  # cutting must not create what was checked away
    headers = {"content-type": _as_utf8(content_type)} if content_type else {}
    parsed = feedparser.parse(data, response_headers=headers, sanitize_html=True, resolve_relative_uris=True)
    declared = feed.language or _language_tag(parsed.feed.get("language"))
    feed_updated = struct_to_utc(parsed.feed.get("updated_parsed"))
    kept = newest_entries(parsed.entries, cap, fetched_at)
    n_entries = len(parsed.entries) + n_raw_skipped
    n_skipped = n_entries - len(kept)
    articles = [
        article for entry in kept if (article := normalise_entry(entry, feed, fetched_at, declared, feed_updated))
    ]
    problems = _problems(parsed, articles, decoded, n_skipped, n_entries, cap)
    error_kind, error = problems[0] if problems else (None, None)
    if n_skipped:
        LOGGER.info("%s: %s", feed.name, dict(problems)[ITEM_CAP_KIND])
    return ParsedFeed(articles, n_entries, error_kind, error, n_skipped, tuple(problems), decoded.encoding)


def _as_utf8(content_type: str) -> str:
    """The server's media type with charset=utf-8: feedparser gets bytes we already decoded and re-encoded."""
    media_type = content_type.split(";", 1)[0].strip()
    return f"{media_type}; charset=utf-8" if media_type else "charset=utf-8"


def _problems(
    parsed: feedparser.FeedParserDict,
    articles: list[Article],
    decoded: DecodedFeed,
    n_skipped: int,
    n_entries: int,
    cap: int,
) -> list[tuple[str, str]]:
    """Every problem, most important first: a failure, then wrong content type, encoding, malformed XML, the cap."""
    problems = []
    failure = _classify_problem(parsed, articles)
    if failure[0] is not None:
        problems.append(failure)
    if decoded.problem:
        problems.append(("encoding", decoded.problem))
    if n_skipped:
        problems.append(
            (ITEM_CAP_KIND, f"{n_skipped} of {n_entries} entries skipped: over the cap of {cap} (kept the newest)")
        )
    order = ("not_a_feed", "no_entries", "no_usable_entries", "wrong_content_type", "encoding", "malformed_xml")
    return sorted(problems, key=lambda p: order.index(p[0]) if p[0] in order else len(order))


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
        article_id=ids.article_id(feed.name, guid),
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
        (struct_to_utc(entry.get(key)), source)
        for key, source in (("published_parsed", "entry"), ("updated_parsed", "entry_updated"))
    ]
    value, source = next(
        ((v, s) for v, s in [*candidates, (feed_updated, "feed_updated")] if v is not None), (fetched_at, "fetched")
    )
    if value > fetched_at + FUTURE_TOLERANCE:
        return fetched_at, "future_clamped"
    return value, source


def _language_tag(value: str | None) -> str | None:
    """'ru-RU' → 'ru'; junk → None."""
    if not value:
        return None
    primary = value.strip().split("-")[0].split("_")[0].lower()
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else None


def clean_text(markup: str) -> str:
    """HTML fragment → one line of plain text (script/style dropped, entities decoded, control and bidi chars removed)."""
    if not markup:
        return ""
    if "<" in markup or "&" in markup:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
            soup = BeautifulSoup(markup, "html.parser")
        for element in soup(["script", "style", "noscript", "template"]):
            element.decompose()
        markup = soup.get_text(" ")
    text = unicodedata.normalize("NFC", INVISIBLE_CHARS.sub("", CONTROL_CHARS.sub(" ", markup)))
    return WHITESPACE.sub(" ", text).strip()


def canonical_url(url: str | None) -> str | None:
    """Lower-case scheme/host, drop fragments, tracking parameters and control/bidi characters: one URL per story."""
    if not url:
        return None
    parts = urlsplit(URL_JUNK.sub("", url).strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING_PARAMS.match(k)]
    )
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", query, ""))


def hash_content(title: str, summary: str) -> str:
    """Hash of case- and whitespace-folded text: identical wording, identical hash."""
    return ids.digest(WHITESPACE.sub(" ", f"{title}\n{summary}".casefold()).strip())
