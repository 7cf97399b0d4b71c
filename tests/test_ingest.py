"""Parsing feed bytes into Articles: plain text, UTC dates with documented fallbacks, stable identities."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipeline.config import Feed
from pipeline.decode import UnsafeFeed
from pipeline.ingest import canonical_url, clean_text, parse_feed

from .conftest import DATA

FETCHED_AT = datetime(2024, 11, 8, 6, 0, tzinfo=UTC)
FEED = Feed(name="Harbour Gazette", url="https://harbour.example/rss")


def test_rss_entries_become_clean_articles() -> None:
    parsed = parse_feed((DATA / "good.rss").read_bytes(), FEED, FETCHED_AT)

    assert parsed.error_kind is None and parsed.n_entries == 2
    first, second = parsed.articles
    assert first.title == "Port traffic rises for the third month"
    assert first.summary == "Container volumes at the north quay rose again."  # tags and <script> gone
    assert first.published_at == datetime(2024, 11, 5, 7, 30, tzinfo=UTC)  # +0200 converted to UTC
    assert first.published_source == "entry"
    assert first.url == "https://harbour.example/news/port-traffic?id=7"  # tracking params and fragment dropped
    assert first.guid == "harbour-0001"
    assert first.declared_language == "en"  # from <language>en-GB</language>
    # no guid and no date: the link is the identity, the channel's lastBuildDate the documented fallback
    assert second.guid == "https://harbour.example/news/ferry-winter"
    assert (second.published_at, second.published_source) == (datetime(2024, 11, 6, 12, 0, tzinfo=UTC), "feed_updated")


def test_atom_entry_and_configured_language_wins_over_feed_tag() -> None:
    feed = Feed(name="Stadtanzeiger", url="file:///x.atom", language="de")
    (article,) = parse_feed((DATA / "good.atom").read_bytes(), feed, FETCHED_AT).articles

    assert article.summary == "Der Radweg soll bis 2026 fertig sein und kostet rund 4,5 Millionen Euro."
    assert article.published_at == datetime(2024, 11, 7, 7, 15, tzinfo=UTC)
    assert article.guid == "tag:stadtanzeiger.example,2024:radweg"


def test_entry_without_any_date_falls_back_to_fetch_time() -> None:
    body = b"<rss version='2.0'><channel><title>t</title><item><title>Undated item</title></item></channel></rss>"
    (article,) = parse_feed(body, FEED, FETCHED_AT).articles
    assert (article.published_at, article.published_source) == (FETCHED_AT, "fetched")


def test_same_entry_gets_the_same_id_and_hash_every_time() -> None:
    body = (DATA / "good.rss").read_bytes()
    once = parse_feed(body, FEED, FETCHED_AT).articles
    again = parse_feed(body, FEED, datetime(2025, 1, 1, tzinfo=UTC)).articles
    assert [(a.article_id, a.content_hash) for a in once] == [(a.article_id, a.content_hash) for a in again]


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (b"", "empty_body"),
        (b"<html><body><p>Not a feed at all</p></body></html>", "no_entries"),
        (b"\x89PNG\r\n\x1a\n\x00\x00binary junk", "not_a_feed"),
        (b"<?xml version='1.0'?><rss version='2.0'><channel><title>Empty</title></channel></rss>", "no_entries"),
    ],
)
def test_unusable_bodies_are_classified_failures(body: bytes, kind: str) -> None:
    parsed = parse_feed(body, FEED, FETCHED_AT)
    assert parsed.failed and parsed.error_kind == kind and parsed.articles == []


def test_wrong_declared_encoding_is_recovered_and_reported() -> None:
    # Declares UTF-8, but the bytes are windows-1251 Cyrillic: feedparser falls back, we record the problem.
    body = (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Курьер</title>"
        "<item><title>Новости дня</title><guid>a1</guid><description>Текст новости</description></item>"
        "</channel></rss>"
    ).encode("cp1251")
    parsed = parse_feed(body, FEED, FETCHED_AT)
    assert parsed.error_kind == "encoding"
    assert len(parsed.articles) == 1 and not parsed.failed


def test_entity_expansion_is_refused_before_parsing() -> None:
    bomb = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<rss version="2.0"><channel><title>&c;</title><item><title>&c;</title></item></channel></rss>"""
    with pytest.raises(UnsafeFeed):
        parse_feed(bomb, FEED, FETCHED_AT)


def test_external_entity_is_refused() -> None:
    xxe = b"""<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>t</title><item><title>&x;</title></item></channel></rss>"""
    with pytest.raises(UnsafeFeed):
        parse_feed(xxe, FEED, FETCHED_AT)


def test_clean_text_keeps_text_escaped_markup_and_drops_scripts() -> None:
    assert clean_text("<p>Hello&nbsp;<b>world</b></p><script>steal()</script>") == "Hello world"
    assert clean_text("a\x00b\x1fc   d") == "a b c d"
    assert clean_text("5 &lt; 6") == "5 < 6"


def test_canonical_url() -> None:
    assert canonical_url("HTTPS://Example.ORG/a?utm_medium=x&b=2#frag") == "https://example.org/a?b=2"
    assert canonical_url("javascript:alert(1)") is None
    assert canonical_url(None) is None


def test_dates_in_the_future_are_clamped() -> None:
    body = (
        b"<rss version='2.0'><channel><title>t</title><item><title>From the future</title>"
        b"<pubDate>Mon, 01 Jan 2035 00:00:00 +0000</pubDate></item></channel></rss>"
    )
    (article,) = parse_feed(body, FEED, FETCHED_AT).articles
    assert (article.published_at, article.published_source) == (FETCHED_AT, "future_clamped")


def test_entries_without_title_or_text() -> None:
    body = (
        b"<rss version='2.0'><channel><title>t</title>"
        b"<item><title></title><description>Only a summary here.</description></item>"
        b"<item><title>   </title><description><![CDATA[<p> </p>]]></description></item>"
        b"</channel></rss>"
    )
    parsed = parse_feed(body, FEED, FETCHED_AT)
    assert [a.summary for a in parsed.articles] == ["Only a summary here."] and parsed.n_entries == 2
    empty = parse_feed(
        b"<rss version='2.0'><channel><title>t</title><item><title> </title></item></channel></rss>", FEED, FETCHED_AT
    )
    assert empty.failed and empty.error_kind == "no_usable_entries"
