#!/usr/bin/env python3
"""Stdlib consistency check for the devstories corpus.

- feeds.yaml lists every feed; each feed parses as RSS 2.0 or Atom with the required elements
- every feed item/entry appears exactly once in labels/items.csv (and nothing else does),
  with the right outlet, language and UTC timestamp
- story/theme sanity: singletons have one item, multi-item stories >= 2, one theme per story,
  re-posts (same outlet, identical title+summary) share a story
- prints counts and a story table; exits 1 on any error
"""

import csv
import datetime as dt
import email.utils
import os
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ATOM = "{http://www.w3.org/2005/Atom}"
START, END = dt.datetime(2026, 2, 2, tzinfo=dt.UTC), dt.datetime(2026, 2, 23, tzinfo=dt.UTC)
errors, warnings = [], []


def err(msg):
    errors.append(msg)


def read_feeds_yaml():
    feeds, cur = [], None
    lines = open(os.path.join(ROOT, "feeds.yaml"), encoding="utf-8").read().splitlines()
    if not lines or lines[0] != "feeds:":
        err("feeds.yaml must start with 'feeds:'")
    for ln in lines[1:]:
        if not ln.strip():
            continue
        if ln.startswith("  - name: "):
            cur = {"name": ln[len("  - name: ") :]}
            feeds.append(cur)
        elif ln.startswith("    url: ") and cur is not None:
            cur["url"] = ln[len("    url: ") :]
        elif ln.startswith("    language: ") and cur is not None:
            cur["language"] = ln[len("    language: ") :]
        else:
            err(f"feeds.yaml: unexpected line {ln!r}")
    for f in feeds:
        if set(f) != {"name", "url", "language"}:
            err(f"feeds.yaml: incomplete entry {f!r}")
    return feeds


def text(el, tag):
    c = el.find(tag)
    return None if c is None or c.text is None else c.text.strip()


def parse_feed(path):
    root = ET.parse(path).getroot()
    items = []
    if root.tag == "rss":
        if root.get("version") != "2.0":
            err(f"{path}: rss version is not 2.0")
        ch = root.find("channel")
        for it in ch.findall("item"):
            g = it.find("guid")
            if g is None or g.get("isPermaLink") != "false":
                err(f"{path}: item without guid isPermaLink=false")
            for tag in ("title", "link", "guid", "pubDate", "description"):
                if not text(it, tag):
                    err(f"{path}: item missing <{tag}>")
            d = email.utils.parsedate_to_datetime(text(it, "pubDate"))
            if d.tzinfo is None:
                err(f"{path}: pubDate without offset")
            items.append(dict(guid=text(it, "guid"), title=text(it, "title"), summary=text(it, "description"), date=d))
        fmt = "rss"
    elif root.tag == ATOM + "feed":
        for e in root.findall(ATOM + "entry"):
            for tag in ("title", "id", "published", "updated", "summary"):
                if not text(e, ATOM + tag):
                    err(f"{path}: entry missing <{tag}>")
            ln = e.find(ATOM + "link")
            if ln is None or not ln.get("href"):
                err(f"{path}: entry without link href")
            d = dt.datetime.fromisoformat(text(e, ATOM + "published"))
            items.append(
                dict(
                    guid=text(e, ATOM + "id"), title=text(e, ATOM + "title"), summary=text(e, ATOM + "summary"), date=d
                )
            )
        fmt = "atom"
    else:
        err(f"{path}: neither RSS nor Atom ({root.tag})")
        fmt = "?"
    return fmt, items


def main():
    feeds = read_feeds_yaml()
    feed_items = {}
    formats = Counter()
    order = Counter()
    for f in feeds:
        path = os.path.join(ROOT, f["url"])
        try:
            fmt, items = parse_feed(path)
        except ET.ParseError as e:
            err(f"{path}: XML parse error {e}")
            continue
        formats[fmt] += 1
        ds = [i["date"] for i in items]
        order[
            "newest-first" if ds == sorted(ds, reverse=True) else "oldest-first" if ds == sorted(ds) else "unordered"
        ] += 1
        for i in items:
            i["outlet"], i["language"] = f["name"], f["language"]
            i["utc"] = i["date"].astimezone(dt.UTC)
            if i["guid"] in feed_items:
                err("duplicate guid across feeds: {}".format(i["guid"]))
            feed_items[i["guid"]] = i
            if not (START <= i["utc"] < END) or not (2 <= i["date"].day <= 22 and i["date"].month == 2):
                err("{} outside 2-22 Feb 2026".format(i["guid"]))

    labels = list(csv.DictReader(open(os.path.join(ROOT, "labels", "items.csv"), encoding="utf-8")))
    cnt = Counter(r["guid"] for r in labels)
    for g, n in cnt.items():
        if n != 1:
            err("guid labelled %d times: %s" % (n, g))
        if g not in feed_items:
            err(f"label for unknown guid: {g}")
    for g, i in feed_items.items():
        if g not in cnt:
            err(f"unlabelled item: {g}")
    stories = defaultdict(list)
    for r in labels:
        i = feed_items.get(r["guid"])
        if i is None:
            continue
        if r["outlet"] != i["outlet"] or r["language"] != i["language"]:
            err("outlet/language mismatch for {}".format(r["guid"]))
        if r["published_at_utc"] != i["utc"].strftime("%Y-%m-%dT%H:%M:%SZ"):
            err("time mismatch for {}: {} vs {}".format(r["guid"], r["published_at_utc"], i["utc"]))
        if not r["story"] or not r["theme"]:
            err("empty story/theme for {}".format(r["guid"]))
        i["story"], i["theme"] = r["story"], r["theme"]
        stories[r["story"]].append(i)

    for sid, its in stories.items():
        themes = {i["theme"] for i in its}
        if len(themes) != 1:
            err(f"story {sid} has several themes {themes}")
        if sid.startswith("single-") and len(its) != 1:
            err("singleton %s has %d items" % (sid, len(its)))
        if not sid.startswith("single-") and len(its) < 2:
            err(f"multi-item story {sid} has only one item (typo?)")

    # re-posts: identical title+summary within one outlet
    reposts = 0
    seen = {}
    for i in sorted(feed_items.values(), key=lambda x: x["utc"]):
        k = (i["outlet"], i["title"], i["summary"])
        if k in seen:
            reposts += 1
            if seen[k].get("story") != i.get("story"):
                err("re-post {} has a different story from {}".format(i["guid"], seen[k]["guid"]))
        else:
            seen[k] = i
    syndicated = sum(
        1
        for i in feed_items.values()
        if "Meridian Wire Service" in i["summary"] and i["outlet"] != "Meridian Wire Service"
    )

    # ---- report
    langs = sorted({f["language"] for f in feeds})
    multi = {s: v for s, v in stories.items() if not s.startswith("single-")}
    single = {s: v for s, v in stories.items() if s.startswith("single-")}
    print("items:      %d" % len(feed_items))
    print("outlets:    %d (%s)" % (len(feeds), ", ".join("%s %d" % kv for kv in sorted(formats.items()))))
    print("languages:  %d (%s)" % (len(langs), " ".join(langs)))
    print("stories:    %d (%d multi-item, %d singletons)" % (len(stories), len(multi), len(single)))
    print(
        "themes:     {}".format(
            ", ".join(
                "%s %d" % kv for kv in sorted(Counter(i["theme"] for i in feed_items.values() if "theme" in i).items())
            )
        )
    )
    print("feed order: {}".format(", ".join("%s %d" % kv for kv in sorted(order.items()))))
    print("re-posts:   %d   syndicated wire copies: %d" % (reposts, syndicated))
    print()
    print("%-40s %-12s %5s %5s  %-28s %s" % ("story", "theme", "items", "langs", "languages", "span_days"))
    big = 0
    for sid, its in sorted(
        stories.items(),
        key=lambda kv: (kv[0].startswith("single-"), kv[1][0].get("theme", ""), min(i["utc"] for i in kv[1])),
    ):
        ls = sorted({i["language"] for i in its})
        ts = sorted(i["utc"] for i in its)
        span = (ts[-1] - ts[0]).total_seconds() / 86400
        if 8 <= len(its) <= 20 and len(ls) >= 6:
            big += 1
        print("%-40s %-12s %5d %5d  %-28s %.1f" % (sid, its[0].get("theme", ""), len(its), len(ls), " ".join(ls), span))
    print()
    print("big stories (8-20 items, >=6 languages): %d" % big)

    # soft targets from the brief
    if not 150 <= len(feed_items) <= 180:
        warnings.append("item count %d outside 150-180" % len(feed_items))
    if not 12 <= len(feeds) <= 14:
        warnings.append("outlet count %d outside 12-14" % len(feeds))
    if len(langs) != 10:
        warnings.append("%d languages, expected 10" % len(langs))
    if len(single) < 15:
        warnings.append("only %d singletons" % len(single))
    if big < 6:
        warnings.append("only %d big stories" % big)
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else "FAILED (%d errors)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
