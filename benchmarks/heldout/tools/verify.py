#!/usr/bin/env python3
"""Independent consistency check of the held-out corpus (stdlib only).

Reads feeds.yaml, the feed XML files and labels/*.csv; checks that
 - every feed is well-formed XML (minidom) and items are listed newest first,
 - every guid occurs in exactly one feed and exactly once,
 - every labelled guid exists in a feed and every feed item has a row in items.csv,
 - published_at_utc equals the feed timestamp converted to UTC,
 - every counts/noncounts surface is a literal substring of the item's title or summary,
 - claims.csv first_guid is the earliest item mentioning the claim,
 - spread.csv lists each outlet's earliest item per claim, ranks ordered by time,
 - duplicates.csv reposts are identical (title+summary) and from the same outlet.
Prints summary counts. Exit status 1 on any failure.
"""

import csv
import datetime as dt
import email.utils
import os
import sys
import xml.dom.minidom
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ATOM = "{http://www.w3.org/2005/Atom}"
errors = []


def err(msg):
    errors.append(msg)


def read_yaml_feeds(path):
    feeds, cur = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            s = line.strip()
            if s.startswith("- name:"):
                cur = {"name": s.split(":", 1)[1].strip()}
                feeds.append(cur)
            elif cur is not None and ":" in s and not s.startswith("#"):
                k, v = s.split(":", 1)
                cur[k.strip()] = v.strip()
    return feeds


def parse_date(s):
    s = s.strip()
    if s[:3].isalpha():
        return email.utils.parsedate_to_datetime(s)
    return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))


def zstr(d):
    return d.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def read_feed(path):
    xml.dom.minidom.parse(path)  # well-formedness, as in the brief
    root = ET.parse(path).getroot()
    out = []
    if root.tag == "rss":
        for it in root.iter("item"):
            guid = it.findtext("guid") or it.findtext("link")
            out.append(
                dict(
                    guid=guid.strip(),
                    title=it.findtext("title") or "",
                    summary=it.findtext("description") or "",
                    date=parse_date(it.findtext("pubDate")),
                    link=it.findtext("link"),
                )
            )
        fmt = "rss"
    elif root.tag == ATOM + "feed":
        for e in root.iter(ATOM + "entry"):
            d = e.findtext(ATOM + "published") or e.findtext(ATOM + "updated")
            link = e.find(ATOM + "link").get("href")
            out.append(
                dict(
                    guid=e.findtext(ATOM + "id").strip(),
                    title=e.findtext(ATOM + "title") or "",
                    summary=e.findtext(ATOM + "summary") or "",
                    date=parse_date(d),
                    link=link,
                )
            )
        fmt = "atom"
    else:
        raise ValueError(f"unknown feed root {root.tag}")
    return fmt, out


def read_csv(name):
    with open(os.path.join(ROOT, "labels", name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def main():
    feeds = read_yaml_feeds(os.path.join(ROOT, "feeds.yaml"))
    items, where = {}, {}
    fmt_count = {"rss": 0, "atom": 0}
    lo, hi = dt.datetime(2025, 3, 1, tzinfo=dt.UTC), dt.datetime(2025, 3, 22, tzinfo=dt.UTC)
    for fd in feeds:
        path = os.path.join(ROOT, fd["url"])
        fmt, its = read_feed(path)
        fmt_count[fmt] += 1
        if not (8 <= len(its) <= 20):
            err(f"{fd['name']}: {len(its)} items (expected 8-20)")
        prev = None
        for it in its:
            if prev is not None and it["date"] > prev:
                err(f"{fd['name']}: items not newest first at {it['guid']}")
            prev = it["date"]
            if not (lo <= it["date"] < hi):
                err(f"{it['guid']}: date out of range")
            where.setdefault(it["guid"], []).append(fd["name"])
            it["outlet"], it["language"] = fd["name"], fd["language"]
            items[it["guid"]] = it
    for g, fs in where.items():
        if len(fs) != 1:
            err(f"guid {g} occurs {len(fs)} times in feeds {fs}")

    rows = read_csv("items.csv")
    labelled = {}
    for r in rows:
        g = r["guid"]
        if g in labelled:
            err(f"items.csv: duplicate row {g}")
        labelled[g] = r
        if g not in items:
            err(f"items.csv: guid not in any feed: {g}")
            continue
        it = items[g]
        if zstr(it["date"]) != r["published_at_utc"]:
            err(f"items.csv: time mismatch {g}: feed {zstr(it['date'])} label {r['published_at_utc']}")
        if it["outlet"] != r["outlet"] or it["language"] != r["language"]:
            err(f"items.csv: outlet/language mismatch {g}")
        if not r["story"] or not r["theme"]:
            err(f"items.csv: empty story/theme {g}")
    for g in items:
        if g not in labelled:
            err(f"feed item without items.csv row: {g}")

    counts = read_csv("counts.csv")
    non = read_csv("noncounts.csv")
    for name, rs in (("counts.csv", counts), ("noncounts.csv", non)):
        for r in rs:
            g = r["guid"]
            if g not in items:
                err(f"{name}: guid not in feeds: {g}")
                continue
            if r["field"] not in ("title", "summary"):
                err(f"{name}: bad field {r['field']}")
                continue
            if r["surface"] not in items[g][r["field"]]:
                err(f"{name}: surface {r['surface']!r} not in {r['field']} of {g}")
    for r in counts:
        if r["kind"] not in ("count", "percent", "money", "measure"):
            err(f"counts.csv: bad kind {r['kind']}")
        try:
            float(r["value"])
        except ValueError:
            err(f"counts.csv: bad value {r['value']}")
    for r in non:
        if r["why"] not in ("duration", "age", "date", "time", "ordinal", "year", "race_time", "margin"):
            err(f"noncounts.csv: bad why {r['why']}")

    def t(g):
        return items[g]["date"].astimezone(dt.UTC)

    claim_guids = {}
    for r in counts:
        if r["claim_id"] and r["guid"] in items:
            claim_guids.setdefault(r["claim_id"], set()).add(r["guid"])
    claims = read_csv("claims.csv")
    claim_ids = {c["claim_id"] for c in claims}
    for cid in claim_guids:
        if cid not in claim_ids:
            err(f"counts.csv claim_id {cid} missing from claims.csv")
    for c in claims:
        gs = claim_guids.get(c["claim_id"], set())
        if len(gs) < 2:
            err(f"claim {c['claim_id']} in {len(gs)} articles (<2)")
            continue
        earliest = min(gs, key=t)
        if c["first_guid"] != earliest or items[earliest]["outlet"] != c["first_outlet"]:
            err(f"claim {c['claim_id']}: first_guid is not the earliest item ({earliest})")
        if c["variant_of"] and c["variant_of"] not in claim_ids:
            err(f"claim {c['claim_id']}: unknown variant_of")

    spread = read_csv("spread.csv")
    by_claim = {}
    for r in spread:
        by_claim.setdefault(r["claim_id"], []).append(r)
    for cid, rs in by_claim.items():
        rs.sort(key=lambda r: int(r["rank"]))
        if [int(r["rank"]) for r in rs] != list(range(1, len(rs) + 1)):
            err(f"spread {cid}: ranks not 1..n")
        times = [r["published_at_utc"] for r in rs]
        if times != sorted(times) or len(set(times)) != len(times):
            err(f"spread {cid}: ranks not strictly ordered by published_at_utc")
        outlets = [r["outlet"] for r in rs]
        if len(set(outlets)) != len(outlets):
            err(f"spread {cid}: outlet repeated")
        gs = claim_guids.get(cid, set())
        per_outlet = {}
        for g in gs:
            o = items[g]["outlet"]
            if o not in per_outlet or t(g) < t(per_outlet[o]):
                per_outlet[o] = g
        if {r["guid"] for r in rs} != set(per_outlet.values()):
            err(f"spread {cid}: rows are not exactly each outlet's earliest item")
        for r in rs:
            if r["guid"] in items and zstr(items[r["guid"]]["date"]) != r["published_at_utc"]:
                err(f"spread {cid}: time mismatch for {r['guid']}")
        if rs and claims and any(c["claim_id"] == cid and c["first_guid"] != rs[0]["guid"] for c in claims):
            err(f"spread {cid}: rank 1 differs from claims.csv first_guid")
    for cid in claim_ids:
        if cid not in by_claim:
            err(f"claim {cid} has no spread rows")

    dups = read_csv("duplicates.csv")
    for d in dups:
        a, b = items.get(d["guid"]), items.get(d["duplicate_of_guid"])
        if not a or not b:
            err(f"duplicates.csv: unknown guid {d['guid']} / {d['duplicate_of_guid']}")
            continue
        if labelled[d["guid"]]["story"] != labelled[d["duplicate_of_guid"]]["story"]:
            err(f"duplicates.csv: story differs {d['guid']}")
        if d["type"] == "repost" and (
            (a["title"], a["summary"]) != (b["title"], b["summary"]) or a["outlet"] != b["outlet"]
        ):
            err(f"duplicates.csv: repost not identical {d['guid']}")
        if t(d["guid"]) <= t(d["duplicate_of_guid"]):
            err(f"duplicates.csv: copy not later than original {d['guid']}")

    # summary
    stories, langs, themes = {}, {}, {}
    for r in rows:
        stories.setdefault(r["story"], []).append(r)
        langs[r["language"]] = langs.get(r["language"], 0) + 1
        themes[r["theme"]] = themes.get(r["theme"], 0) + 1
    singles = [s for s, v in stories.items() if len(v) == 1]
    print(f"feeds: {len(feeds)} (RSS {fmt_count['rss']}, Atom {fmt_count['atom']}); items: {len(items)}")
    print("items per language:", dict(sorted(langs.items())))
    print("items per theme:", dict(sorted(themes.items())))
    print(f"stories: {len(stories)} (multi-article {len(stories) - len(singles)}, singletons {len(singles)})")
    big = sorted(((s, len(v), len({x["language"] for x in v})) for s, v in stories.items()), key=lambda x: -x[1])[:6]
    print("largest stories (items, languages):", big)
    print(
        f"counts rows: {len(counts)} (with claim_id {sum(1 for r in counts if r['claim_id'])}); noncounts rows: {len(non)}"
    )
    print(
        f"claims: {len(claims)} (core {sum(1 for c in claims if c['note'].startswith('[core]'))}); spread rows: {len(spread)}"
    )
    print(
        f"duplicates: {sum(1 for d in dups if d['type'] == 'repost')} reposts, {sum(1 for d in dups if d['type'] == 'syndication')} syndicated copies"
    )
    if errors:
        for e in errors:
            print("FAIL", e)
        print(f"{len(errors)} problem(s)")
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
