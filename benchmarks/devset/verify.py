#!/usr/bin/env python3
"""Consistency check for the devset corpus (standard library only).

Run from the repository root:
    python benchmarks/devset/verify.py

Checks
  * feeds.yaml lists feeds; every feed file parses as RSS 2.0
  * every <item> has title, link, guid, pubDate (RFC 822 with offset) and
    description (200-600 characters); links point to an .example host
  * items are listed newest first; guids are unique per outlet
  * every item has exactly one row in labels/items.csv and vice versa,
    with matching language and published_at_utc
  * label sanity: one theme per story, single-* stories have one item,
    multi-item stories have >= 3 items from >= 2 outlets/languages and
    span at most 5 days
Prints the corpus counts and exits non-zero on any error.
"""

import csv
import difflib
import email.utils
import itertools
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import UTC
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = ["guid", "outlet", "language", "published_at_utc", "story", "theme"]
errors = []


def err(msg):
    errors.append(msg)


def read_feeds_yaml(path):
    """Minimal parser for the flat `feeds:` list used here (no PyYAML needed)."""
    feeds, cur = [], None
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip() or line.strip().startswith("#") or line.strip() == "feeds:":
                continue
            m = re.match(r"^\s*(-\s+)?(\w+):\s*(.*?)\s*$", line)
            if not m:
                err(f"feeds.yaml:{lineno}: cannot parse line {line!r}")
                continue
            if m.group(1):
                cur = {}
                feeds.append(cur)
            val = m.group(3)
            if len(val) >= 2 and val[0] == val[-1] and val[0] in "\"'":
                val = val[1:-1]
            cur[m.group(2)] = val
    return feeds


def main():
    feeds = read_feeds_yaml(os.path.join(HERE, "feeds.yaml"))
    items = {}  # (outlet, guid) -> dict
    feed_lang = {}
    for fd in feeds:
        for key in ("name", "url", "language"):
            if not fd.get(key):
                err(f"feeds.yaml entry {fd} lacks {key}")
        outlet = os.path.splitext(os.path.basename(fd["url"]))[0]
        feed_lang[outlet] = fd["language"]
        path = os.path.join(HERE, fd["url"])
        try:
            root = ET.parse(path).getroot()
        except (ET.ParseError, OSError) as e:
            err(f"{fd['url']}: {e}")
            continue
        if root.tag != "rss" or root.get("version") != "2.0":
            err(f"{fd['url']}: not an RSS 2.0 document")
        channel = root.find("channel")
        if channel is None:
            err(f"{fd['url']}: no <channel>")
            continue
        prev, seen = None, set()
        for n, it in enumerate(channel.findall("item"), 1):
            where = f"{fd['url']} item {n}"
            rec = {}
            for tag in ("title", "link", "guid", "pubDate", "description"):
                el = it.find(tag)
                if el is None or not (el.text or "").strip():
                    err(f"{where}: missing <{tag}>")
                rec[tag] = (el.text or "").strip() if el is not None else ""
            host = urlparse(rec["link"]).hostname or ""
            if not rec["link"].startswith("https://") or not host.endswith(".example"):
                err(f"{where}: link not on an https .example host: {rec['link']}")
            if not re.search(r"[+-]\d{4}$", rec["pubDate"]):
                err(f"{where}: pubDate lacks a numeric offset: {rec['pubDate']}")
            try:
                when = email.utils.parsedate_to_datetime(rec["pubDate"])
            except (TypeError, ValueError):
                err(f"{where}: unparsable pubDate {rec['pubDate']!r}")
                continue
            if not 200 <= len(rec["description"]) <= 600:
                err(f"{where}: description has {len(rec['description'])} characters")
            if prev is not None and when > prev:
                err(f"{where}: not newest first")
            prev = when
            if rec["guid"] in seen:
                err(f"{where}: duplicate guid {rec['guid']}")
            seen.add(rec["guid"])
            rec["utc"] = when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            rec["outlet"] = outlet
            items[(outlet, rec["guid"])] = rec

    labels = {}
    with open(os.path.join(HERE, "labels", "items.csv"), encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        if header != HEADER:
            err(f"items.csv header {header} != {HEADER}")
        for lineno, row in enumerate(reader, 2):
            if len(row) != len(HEADER):
                err(f"items.csv:{lineno}: {len(row)} columns")
                continue
            r = dict(zip(HEADER, row, strict=False))
            key = (r["outlet"], r["guid"])
            if key in labels:
                err(f"items.csv:{lineno}: duplicate row for {key}")
            labels[key] = r
            if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", r["published_at_utc"]):
                err(f"items.csv:{lineno}: bad published_at_utc {r['published_at_utc']}")

    for key in items.keys() - labels.keys():
        err(f"item without label row: {key}")
    for key in labels.keys() - items.keys():
        err(f"label row without item: {key}")
    for key in items.keys() & labels.keys():
        it, lb = items[key], labels[key]
        if lb["language"] != feed_lang[key[0]]:
            err(f"{key}: label language {lb['language']} != feed language {feed_lang[key[0]]}")
        if lb["published_at_utc"] != it["utc"]:
            err(f"{key}: published_at_utc {lb['published_at_utc']} != pubDate {it['utc']}")
        it.update(story=lb["story"], theme=lb["theme"], language=lb["language"])

    stories = defaultdict(list)
    for lb in labels.values():
        stories[lb["story"]].append(lb)
    story_theme = {}
    for s, rows in stories.items():
        themes = {r["theme"] for r in rows}
        if len(themes) != 1:
            err(f"story {s} has several themes: {sorted(themes)}")
        story_theme[s] = rows[0]["theme"]
        if s.startswith("single-"):
            if len(rows) != 1:
                err(f"singleton {s} has {len(rows)} items")
            continue
        days = sorted(r["published_at_utc"][:10] for r in rows)
        span = (int(days[-1][8:10]) - int(days[0][8:10])) + 1 if days[0][:7] == days[-1][:7] else 99
        if len(rows) < 3 or len({r["outlet"] for r in rows}) < 2 or len({r["language"] for r in rows}) < 2:
            err(f"story {s}: {len(rows)} items, too few items/outlets/languages")
        if span > 5:
            err(f"story {s} spans {span} days")

    # near-identical re-posts inside a story
    reposts = 0
    by_story = defaultdict(list)
    for it in items.values():
        if "story" in it:
            by_story[it["story"]].append(it)
    for its in by_story.values():
        for a, b in itertools.combinations(its, 2):
            if difflib.SequenceMatcher(None, a["description"], b["description"], autojunk=False).ratio() >= 0.85:
                reposts += 1
    # near-identical text across different stories would be a labelling error
    multi = sorted(s for s in stories if not s.startswith("single-"))
    singles = sorted(s for s in stories if s.startswith("single-"))
    theme_multi = defaultdict(list)
    for s in multi:
        theme_multi[story_theme[s]].append(s)
    pairs = {t: v for t, v in sorted(theme_multi.items()) if len(v) >= 2}
    theme_any = defaultdict(list)
    for s in stories:
        theme_any[story_theme[s]].append(s)

    dates = sorted(r["published_at_utc"] for r in labels.values())
    print(f"feeds/outlets:        {len(feeds)}")
    print(f"items:                {len(items)} (label rows: {len(labels)})")
    print(f"languages:            {len(set(feed_lang.values()))} ({', '.join(sorted(set(feed_lang.values())))})")
    print(f"period (UTC):         {dates[0]} .. {dates[-1]}" if dates else "period: -")
    print(f"stories:              {len(stories)}")
    print(
        f"  multi-item stories: {len(multi)} (items {sum(len(stories[s]) for s in multi)},"
        f" sizes {min(len(stories[s]) for s in multi)}-{max(len(stories[s]) for s in multi)})"
    )
    print(f"  singletons:         {len(singles)}")
    print(f"themes:               {len(theme_any)}")
    print(
        f"same-theme pairs:     {sum(len(v) * (len(v) - 1) // 2 for v in pairs.values())} (themes with >=2 multi-item stories)"
    )
    for t, v in pairs.items():
        print(f"  {t}: {' / '.join(v)}")
    print(
        f"singletons sharing a theme with a bigger story: {sum(1 for s in singles if theme_multi.get(story_theme[s]))}"
    )
    print(f"near-identical re-posts (description similarity >= 0.85, same story): {reposts}")
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
