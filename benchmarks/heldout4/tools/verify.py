#!/usr/bin/env python3
"""Verify the heldout4 corpus: re-parse every feed with xml.etree and check it against labels/items.csv.

Python 3 standard library only. Exit status 0 when every check passes.

    python3 tools/verify.py
"""
import csv
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ATOM = "{http://www.w3.org/2005/Atom}"
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk"]
PERIOD_START = datetime(2021, 2, 1, tzinfo=timezone.utc)
PERIOD_END = datetime(2021, 2, 27, tzinfo=timezone.utc)  # exclusive

RFC822 = re.compile(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
                    r"\d{4} \d\d:\d\d:\d\d [+-]\d{4}$")
ISO_OFF = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:[+-]\d\d:\d\d|Z)$")
UTC_FMT = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

errors = []
notes = []


def err(msg):
    errors.append(msg)


def parse_feeds_yaml(path):
    """Parse the fixed, simple shape of feeds.yaml without a YAML library."""
    with open(path, encoding="utf-8") as fh:
        lines = [l.rstrip("\n") for l in fh if l.strip()]
    if lines[0] != "feeds:":
        err("feeds.yaml: first line must be 'feeds:'")
    entries, cur = [], None
    for ln in lines[1:]:
        m = re.match(r'^  - name: "((?:[^"\\]|\\.)*)"$', ln)
        if m:
            cur = {"name": m.group(1).replace('\\"', '"')}
            entries.append(cur)
            continue
        m = re.match(r"^    (url|language): (\S+)$", ln)
        if m and cur is not None:
            cur[m.group(1)] = m.group(2)
            continue
        err("feeds.yaml: unexpected line %r" % ln)
    for e in entries:
        if set(e) != {"name", "url", "language"}:
            err("feeds.yaml: incomplete entry %r" % e)
    return entries


def text(el):
    return (el.text or "").strip() if el is not None else ""


def parse_feed(path, fname):
    raw = open(path, "rb").read()
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err("%s: not UTF-8 (%s)" % (fname, e))
    if not raw.startswith(b'<?xml version="1.0" encoding="UTF-8"?>'):
        err("%s: missing UTF-8 XML declaration" % fname)
    root = ET.fromstring(raw)
    items = []
    if root.tag == "rss":
        fmt = "rss"
        if root.get("version") != "2.0":
            err("%s: rss version is not 2.0" % fname)
        ch = root.find("channel")
        for tag in ("title", "link", "description"):
            if not text(ch.find(tag)):
                err("%s: channel lacks <%s>" % (fname, tag))
        for it in ch.findall("item"):
            pd = text(it.find("pubDate"))
            if not RFC822.match(pd):
                err("%s: pubDate not RFC 822 with numeric offset: %r" % (fname, pd))
                continue
            dt = parsedate_to_datetime(pd)
            if dt.strftime("%a") != pd[:3]:
                err("%s: weekday does not match date in %r" % (fname, pd))
            for tag in ("title", "link", "guid", "description"):
                if not text(it.find(tag)):
                    err("%s: item lacks <%s>" % (fname, tag))
            items.append(dict(guid=text(it.find("guid")), title=text(it.find("title")),
                              summary=text(it.find("description")), link=text(it.find("link")),
                              published=dt, raw_time=pd))
    elif root.tag == ATOM + "feed":
        fmt = "atom"
        for tag in ("title", "id", "updated"):
            if not text(root.find(ATOM + tag)):
                err("%s: feed lacks <%s>" % (fname, tag))
        for e in root.findall(ATOM + "entry"):
            pub, upd = text(e.find(ATOM + "published")), text(e.find(ATOM + "updated"))
            if not ISO_OFF.match(pub) or not ISO_OFF.match(upd):
                err("%s: published/updated not ISO 8601 with offset: %r %r" % (fname, pub, upd))
                continue
            dt = datetime.fromisoformat(pub.replace("Z", "+00:00"))
            if datetime.fromisoformat(upd.replace("Z", "+00:00")) < dt:
                err("%s: updated before published (%s)" % (fname, pub))
            link = e.find(ATOM + "link")
            summ = e.find(ATOM + "summary")
            if link is None or not link.get("href"):
                err("%s: entry lacks <link href>" % fname)
            if summ is None or summ.get("type") != "text":
                err("%s: entry lacks <summary type=\"text\">" % fname)
            items.append(dict(guid=text(e.find(ATOM + "id")), title=text(e.find(ATOM + "title")),
                              summary=text(summ), link=link.get("href") if link is not None else "",
                              published=dt, raw_time=pub))
    else:
        err("%s: unknown root element %s" % (fname, root.tag))
        fmt = "?"
    return fmt, items


ABBREV = re.compile(r"\b(proc|tys|mln|mld|godz|ok|ul|zł|nr|tzw|św|dr|ds|St|Mr|Mrs|Dr|No|а\. е|т\. е|т\. д|млн|млрд|тыс|тис)\.",
                    re.IGNORECASE)


def sentence_count(s):
    s = ABBREV.sub(lambda m: m.group(0)[:-1], s)
    s = re.sub(r"(\d)\.(\d)", r"\1\2", s)            # 2.00, 1.200
    s = re.sub(r"\b(\d+)\.(º|ª)", r"\1", s)            # 14.º
    parts = re.split(r"(?<=[.!?…])[\"»”’']?\s+(?=[\"«„“‘'(]?[A-ZÀ-ÝĀ-ŽА-ЯЁІЇЄҐ0-9])", s)
    return len([p for p in parts if p.strip()])


def main():
    entries = parse_feeds_yaml(os.path.join(ROOT, "feeds.yaml"))
    feed_items = {}          # guid -> item dict
    per_feed = {}
    fmts = Counter()
    for e in entries:
        path = os.path.join(ROOT, e["url"])
        if e["url"].startswith("/") or "://" in e["url"]:
            err("feeds.yaml: url must be relative: %s" % e["url"])
        if not os.path.exists(path):
            err("missing feed file %s" % e["url"])
            continue
        fmt, items = parse_feed(path, e["url"])
        fmts[fmt] += 1
        per_feed[e["name"]] = (e, fmt, items)
        for it in items:
            it["outlet"], it["language"], it["fmt"] = e["name"], e["language"], fmt
            if it["guid"] in feed_items:
                err("duplicate guid across corpus: %s" % it["guid"])
            feed_items[it["guid"]] = it

    # ---- labels
    with open(os.path.join(ROOT, "labels", "items.csv"), encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        header = next(rd)
        rows = list(rd)
    if header != ["guid", "outlet", "language", "published_at_utc", "story", "theme"]:
        err("labels header is %r" % header)
    labels = {}
    for r in rows:
        if len(r) != 6:
            err("labels: bad row %r" % r)
            continue
        g, outlet, lang, ts, story, theme = r
        if g in labels:
            err("labels: guid %s appears more than once" % g)
        labels[g] = dict(outlet=outlet, language=lang, ts=ts, story=story, theme=theme)
    for g in feed_items:
        if g not in labels:
            err("feed item without label row: %s" % g)
    for g in labels:
        if g not in feed_items:
            err("label row without feed item: %s" % g)

    # ---- per-item checks
    for g, it in feed_items.items():
        lb = labels.get(g)
        if not lb:
            continue
        if lb["outlet"] != it["outlet"]:
            err("%s: label outlet %r != feed name %r" % (g, lb["outlet"], it["outlet"]))
        if lb["language"] != it["language"]:
            err("%s: label language %r != feeds.yaml language %r" % (g, lb["language"], it["language"]))
        if not UTC_FMT.match(lb["ts"]):
            err("%s: published_at_utc badly formatted: %r" % (g, lb["ts"]))
            continue
        lab_dt = datetime.strptime(lb["ts"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        if it["published"].astimezone(timezone.utc) != lab_dt:
            err("%s: feed time %s (UTC %s) != label %s" % (g, it["raw_time"],
                it["published"].astimezone(timezone.utc).isoformat(), lb["ts"]))
        if not (PERIOD_START <= lab_dt < PERIOD_END):
            err("%s: outside 1–26 Feb 2021 (%s)" % (g, lb["ts"]))
        loc = it["published"]
        if not (loc.year == 2021 and loc.month == 2 and 1 <= loc.day <= 26):
            err("%s: local date outside 1–26 Feb 2021 (%s)" % (g, it["raw_time"]))
        if not SLUG.match(lb["story"]) or not SLUG.match(lb["theme"]):
            err("%s: story/theme not a slug: %r %r" % (g, lb["story"], lb["theme"]))
        it["story"], it["theme"], it["utc"] = lb["story"], lb["theme"], lab_dt
        n = len(it["summary"].split())
        if not 20 <= n <= 70:
            err("%s: summary has %d words (need 20–70): %s" % (g, n, it["title"]))
        sc = sentence_count(it["summary"])
        if not 1 <= sc <= 3:
            err("%s: summary looks like %d sentences: %s" % (g, sc, it["summary"]))
        if not it["title"] or re.search(r"<[a-zA-Z/]|&[a-z]+;|&#", it["title"] + it["summary"]):
            err("%s: title/summary is empty or not plain text" % g)

    items = [it for it in feed_items.values() if "story" in it]

    # ---- feeds: offsets and ordering
    orders = Counter()
    offsets = {}
    for name, (e, fmt, its) in per_feed.items():
        offs = {it["published"].utcoffset() for it in its}
        if len(offs) != 1:
            err("%s: items use several UTC offsets %s" % (name, offs))
        offsets[name] = next(iter(offs)) if offs else None
        ts = [it["published"] for it in its]
        if all(a >= b for a, b in zip(ts, ts[1:])):
            kind = "newest-first"
        elif all(a <= b for a, b in zip(ts, ts[1:])):
            kind = "oldest-first"
        else:
            kind = "shuffled"
        orders[kind] += 1
        per_feed[name] = (e, fmt, its, kind)
        langs_here = {labels[it["guid"]]["language"] for it in its if it["guid"] in labels}
        if len(langs_here) > 1:
            err("%s: outlet writes several languages %s" % (name, langs_here))

    # ---- counts
    lang_counts = Counter(it["language"] for it in items)
    outlet_counts = Counter(it["outlet"] for it in items)
    if len(items) < 190:
        err("only %d items (need >= 190)" % len(items))
    if sorted(lang_counts) != sorted(LANGS):
        err("languages are %s, expected %s" % (sorted(lang_counts), sorted(LANGS)))
    for l in LANGS:
        if lang_counts[l] < 10:
            err("language %s has %d items (need >= 10)" % (l, lang_counts[l]))
    if len(per_feed) < 14:
        err("only %d outlets (need >= 14)" % len(per_feed))
    if min(fmts["rss"], fmts["atom"]) < 0.35 * len(per_feed):
        err("format mix unbalanced: %s" % dict(fmts))
    if orders["oldest-first"] < 1 or orders["shuffled"] < 1 or orders["newest-first"] <= len(per_feed) / 2:
        err("feed ordering mix not met: %s" % dict(orders))

    # ---- stories
    by_story = defaultdict(list)
    for it in items:
        by_story[it["story"]].append(it)
    multi, singles = {}, {}
    for s, its in by_story.items():
        themes = {i["theme"] for i in its}
        if len(themes) != 1:
            err("story %s has several themes %s" % (s, themes))
        if s.startswith("single-"):
            singles[s] = its
            if len(its) != 1:
                err("singleton %s has %d items" % (s, len(its)))
        else:
            multi[s] = its
            langs = {i["language"] for i in its}
            outs = {i["outlet"] for i in its}
            first, last = min(i["utc"] for i in its), max(i["utc"] for i in its)
            days = (last.date() - first.date()).days + 1
            if not 4 <= len(its) <= 12:
                err("story %s has %d items (need 4–12)" % (s, len(its)))
            if len(langs) < 3:
                err("story %s has %d languages (need >= 3)" % (s, len(langs)))
            if len(outs) < 3:
                err("story %s has %d outlets (need >= 3)" % (s, len(outs)))
            if not 1 <= days <= 8:
                err("story %s spans %d days (need 1–8)" % (s, days))
    if len(multi) < 22:
        err("only %d multi-item stories (need >= 22)" % len(multi))
    if len(singles) < 18:
        err("only %d singletons (need >= 18)" % len(singles))

    # ---- same-theme groups
    theme_stories = defaultdict(set)
    for s, its in by_story.items():
        theme_stories[its[0]["theme"]].add(s)
    groups = {}
    for th, ss in theme_stories.items():
        m = sorted(x for x in ss if x in multi)
        if len(m) >= 2:
            starts = {x: min(i["utc"] for i in multi[x]) for x in m}
            gap = (max(starts.values()).date() - min(starts.values()).date()).days
            if gap > 6:
                err("theme %s: stories start %d days apart (need 0–6)" % (th, gap))
            groups[th] = sorted(ss)
    if len(groups) < 8:
        err("only %d same-theme groups (need >= 8)" % len(groups))

    # ---- singletons that share a city / topic word with a concurrent story (annotated in tools/stories.txt)
    shares = []
    src = os.path.join(ROOT, "tools", "stories.txt")
    if os.path.exists(src):
        for ln in open(src, encoding="utf-8"):
            m = re.match(r"==\s*single:\s*(\S+)\s*\|\s*theme:\s*\S+\s*\|\s*shares:\s*(\S+)/(.+)$", ln.strip())
            if m:
                shares.append((m.group(1), m.group(2), m.group(3).strip()))
    confirmed = []
    for single, story, word in shares:
        if single not in singles or story not in multi:
            err("shares annotation refers to unknown story: %s -> %s" % (single, story))
            continue
        w = word.lower()
        s_it = singles[single][0]
        in_single = w in (s_it["title"] + " " + s_it["summary"]).lower()
        in_story = any(w in (i["title"] + " " + i["summary"]).lower() for i in multi[story])
        first = min(i["utc"] for i in multi[story]).date()
        last = max(i["utc"] for i in multi[story]).date()
        d = s_it["utc"].date()
        concurrent = first - timedelta(days=1) <= d <= last + timedelta(days=1)
        if in_single and in_story and concurrent:
            confirmed.append((single, story, word))
        else:
            err("shares %s/%s/%s not confirmed (word in single=%s, in story=%s, same days=%s)"
                % (single, story, word, in_single, in_story, concurrent))
    if len(confirmed) < 8:
        err("only %d singletons confirmed to share a city/topic word with a concurrent story (need >= 8)"
            % len(confirmed))

    # ---- re-posts (same outlet, new guid, same text, hours later) and verbatim syndication
    reposts, syndications = [], []
    by_text = defaultdict(list)
    for it in items:
        by_text[(it["title"], it["summary"])].append(it)
    for key, its in by_text.items():
        if len(its) < 2:
            continue
        its = sorted(its, key=lambda i: i["utc"])
        for a in its:
            for b in its:
                if a is b or a["utc"] > b["utc"] or (a["utc"] == b["utc"] and a["guid"] >= b["guid"]):
                    continue
                if a["story"] != b["story"]:
                    err("identical text under different stories: %s / %s" % (a["guid"], b["guid"]))
                if a["outlet"] == b["outlet"]:
                    if not timedelta(0) < b["utc"] - a["utc"] <= timedelta(hours=12):
                        err("re-post %s not hours after original" % b["guid"])
                    reposts.append((a["outlet"], a["title"], a["utc"], b["utc"]))
                elif a["language"] == b["language"]:
                    syndications.append((a["outlet"], b["outlet"], a["title"]))
    if not reposts:
        err("no same-outlet re-post found")
    if not syndications:
        err("no verbatim syndication found")

    # ---- report
    print("Feeds: %d (%s); ordering: %s" % (len(per_feed), ", ".join("%s %d" % kv for kv in sorted(fmts.items())),
                                              ", ".join("%s %d" % kv for kv in sorted(orders.items()))))
    print("Items: %d; label rows: %d" % (len(items), len(rows)))
    print("Items per language: " + ", ".join("%s %d" % (l, lang_counts[l]) for l in LANGS))
    print("Items per outlet:")
    for name, (e, fmt, its, kind) in per_feed.items():
        off = offsets[name]
        hrs = off.total_seconds() / 3600 if off is not None else float("nan")
        print("  %-26s %s  %-4s UTC%+03d:00  %-12s %3d" % (name, e["language"], fmt, hrs, kind, len(its)))
    print("Multi-item stories: %d" % len(multi))
    for s in sorted(multi, key=lambda x: min(i["utc"] for i in multi[x])):
        its = multi[s]
        first, last = min(i["utc"] for i in its), max(i["utc"] for i in its)
        print("  %-34s %-24s %2d items  %d langs  %d outlets  %s..%s" % (
            s, its[0]["theme"], len(its), len({i["language"] for i in its}), len({i["outlet"] for i in its}),
            first.strftime("%m-%d"), last.strftime("%m-%d")))
    print("Singletons: %d" % len(singles))
    print("Same-theme groups: %d" % len(groups))
    for th, ss in sorted(groups.items()):
        print("  %-24s %s" % (th, ", ".join(ss)))
    print("Singletons sharing a city/topic word with a concurrent story: %d" % len(confirmed))
    for single, story, word in confirmed:
        print("  %-32s ~ %-32s (%s)" % (single, story, word))
    print("Re-posts: %d" % len(reposts))
    for o, t, a, b in reposts:
        print("  %s: %r %s -> %s" % (o, t, a.strftime("%m-%d %H:%M"), b.strftime("%H:%M")))
    print("Verbatim syndications: %d" % len(syndications))
    for a, b, t in syndications:
        print("  %s -> %s: %r" % (a, b, t))
    if errors:
        print("\nFAILED: %d problem(s)" % len(errors))
        for e in errors:
            print("  - " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
