#!/usr/bin/env python3
"""Stdlib consistency check of benchmarks/devclaims feeds + labels.

Reads only the generated files (feeds.yaml, feeds/*.xml, labels/*.csv), never
tools/outlets, so it checks what a consumer of the corpus sees.
Exit status 0 when every check passes, 1 otherwise.
"""

import csv
import os
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ATOM = "{http://www.w3.org/2005/Atom}"
KINDS = {
    "count": {""},
    "percent": {"%"},
    "money": {"EUR", "USD", "PLN", "RUB", "UAH", "EUR/l"},
    "measure": {"t", "mm", "l/m²", "km/h", "m", "km", "ha"},
}
WHYS = {"duration", "age", "date", "time", "ordinal", "year", "race_time", "margin", "vague"}

problems = []


def bad(msg):
    problems.append(msg)


def read_csv(name, header):
    path = os.path.join(ROOT, "labels", name)
    with open(path, encoding="utf-8", newline="") as f:
        r = csv.reader(f)
        got = next(r)
        if got != header:
            bad(f"{name}: header {got} != {header}")
        return [dict(zip(header, row, strict=False)) for row in r]


def parse_feeds_yaml():
    feeds, cur = [], None
    with open(os.path.join(ROOT, "feeds.yaml"), encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f if line.strip()]
    if lines[0] != "feeds:":
        bad("feeds.yaml must start with 'feeds:'")
    for line in lines[1:]:
        s = line.strip()
        if s.startswith("- name: "):
            cur = {"name": s[len("- name: ") :]}
            feeds.append(cur)
        elif s.startswith("url: "):
            cur["url"] = s[5:]
        elif s.startswith("language: "):
            cur["language"] = s[10:]
        else:
            bad(f"feeds.yaml: unexpected line {line!r}")
    return feeds


def utc(dt):
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def text_of(el, tag):
    x = el.find(tag)
    return None if x is None else (x.text or "")


def parse_feed(feed):
    path = os.path.join(ROOT, feed["url"])
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        bad(f"{feed['url']}: not well-formed XML: {e}")
        return "?", []
    items = []
    if root.tag == "rss":
        fmt = "rss"
        if root.get("version") != "2.0":
            bad(f"{feed['url']}: rss version is not 2.0")
        ch = root.find("channel")
        if text_of(ch, "title") != feed["name"]:
            bad(f"{feed['url']}: channel title != feeds.yaml name")
        for it in ch.findall("item"):
            g = it.find("guid")
            for tag in ("title", "link", "guid", "pubDate", "description"):
                if it.find(tag) is None:
                    bad(f"{feed['url']}: item without <{tag}>")
            if g is not None and g.get("isPermaLink") != "false":
                bad(f'{feed["url"]}: guid {g.text} without isPermaLink="false"')
            pd = text_of(it, "pubDate")
            dt = parsedate_to_datetime(pd)
            if dt.tzinfo is None:
                bad(f"{feed['url']}: pubDate without zone: {pd}")
            items.append(
                dict(
                    guid=g.text,
                    title=text_of(it, "title"),
                    summary=text_of(it, "description"),
                    link=text_of(it, "link"),
                    dt=dt,
                )
            )
    elif root.tag == ATOM + "feed":
        fmt = "atom"
        if text_of(root, ATOM + "title") != feed["name"]:
            bad(f"{feed['url']}: feed title != feeds.yaml name")
        for e in root.findall(ATOM + "entry"):
            for tag in ("title", "link", "id", "published", "updated", "summary"):
                if e.find(ATOM + tag) is None:
                    bad(f"{feed['url']}: entry without <{tag}>")
            link = e.find(ATOM + "link")
            if link is not None and not link.get("href"):
                bad(f"{feed['url']}: entry link without href")
            pub = text_of(e, ATOM + "published")
            dt = datetime.fromisoformat(pub.replace("Z", "+00:00"))
            upd = datetime.fromisoformat(text_of(e, ATOM + "updated").replace("Z", "+00:00"))
            if upd < dt:
                bad(f"{feed['url']}: updated before published")
            summ = e.find(ATOM + "summary")
            items.append(
                dict(
                    guid=text_of(e, ATOM + "id"),
                    title=text_of(e, ATOM + "title"),
                    summary=summ.text or "",
                    link=link.get("href") if link is not None else "",
                    dt=dt,
                )
            )
    else:
        bad(f"{feed['url']}: neither RSS nor Atom root ({root.tag})")
        fmt = "?"
    return fmt, items


def assign_spans(text, surfaces):
    taken, missing = [], []
    for s in surfaces:
        start, found = 0, None
        while True:
            i = text.find(s, start)
            if i < 0:
                break
            j = i + len(s)
            ok = not (s[0].isalnum() and i > 0 and text[i - 1].isalnum())
            ok = ok and not (s[-1].isalnum() and j < len(text) and text[j].isalnum())
            ok = ok and not any(i < b and a < j for a, b in taken)
            if ok:
                found = (i, j)
                break
            start = i + 1
        if found:
            taken.append(found)
        else:
            missing.append(s)
    return taken, missing


def order_kind(times):
    if times == sorted(times, reverse=True):
        return "newest-first"
    if times == sorted(times):
        return "oldest-first"
    return "mixed"


def main():
    feeds = parse_feeds_yaml()
    feed_items, orders, formats = {}, {}, Counter()
    for fd in feeds:
        fmt, its = parse_feed(fd)
        formats[fmt] += 1
        orders[fd["name"]] = order_kind([i["dt"].astimezone(UTC) for i in its])
        for it in its:
            it["outlet"] = fd["name"]
            it["language"] = fd["language"]
            if it["guid"] in feed_items:
                bad(f"guid {it['guid']} appears twice in the feeds")
            feed_items[it["guid"]] = it
    lang_of = {fd["name"]: fd["language"] for fd in feeds}
    first_feed = feeds[0]["name"]

    items = read_csv("items.csv", ["guid", "outlet", "language", "published_at_utc", "story", "theme"])
    counts = read_csv("counts.csv", ["guid", "field", "surface", "value", "kind", "unit", "subject", "claim_id"])
    noncounts = read_csv("noncounts.csv", ["guid", "field", "surface", "why"])
    claims = read_csv(
        "claims.csv", ["claim_id", "value", "subject", "first_outlet", "first_guid", "variant_of", "note"]
    )
    spread = read_csv("spread.csv", ["claim_id", "rank", "outlet", "guid", "published_at_utc"])
    dups = read_csv(
        "duplicates.csv", ["guid", "duplicate_of_guid", "type", "published_at_utc", "original_published_at_utc"]
    )

    # --- items <-> feeds
    rows = {}
    for r in items:
        if r["guid"] in rows:
            bad(f"items.csv: guid {r['guid']} listed twice")
        rows[r["guid"]] = r
        it = feed_items.get(r["guid"])
        if it is None:
            bad(f"items.csv: {r['guid']} is in no feed")
            continue
        if r["outlet"] != it["outlet"]:
            bad(f"items.csv: {r['guid']} outlet {r['outlet']!r} != feed {it['outlet']!r}")
        if r["language"] != lang_of.get(r["outlet"]):
            bad(f"items.csv: {r['guid']} language mismatch")
        if r["published_at_utc"] != utc(it["dt"]):
            bad(f"items.csv: {r['guid']} published_at_utc {r['published_at_utc']} != feed {utc(it['dt'])}")
        if not ("2025-10-01T00:00:00Z" <= r["published_at_utc"] <= "2025-10-20T23:59:59Z"):
            bad(f"items.csv: {r['guid']} outside 1-20 October 2025")
        if not r["story"] or not r["theme"]:
            bad(f"items.csv: {r['guid']} without story/theme")
    for g in feed_items:
        if g not in rows:
            bad(f"feed item {g} missing from items.csv")

    # --- surfaces and digit coverage
    per_field = defaultdict(list)
    for c in counts:
        if c["guid"] not in feed_items:
            bad(f"counts.csv: unknown guid {c['guid']}")
            continue
        if c["field"] not in ("title", "summary"):
            bad(f"counts.csv: bad field {c['field']}")
            continue
        if c["kind"] not in KINDS or c["unit"] not in KINDS[c["kind"]]:
            bad(f"counts.csv: {c['guid']} bad kind/unit {c['kind']}/{c['unit']}")
        try:
            float(c["value"])
        except ValueError:
            bad(f"counts.csv: {c['guid']} value {c['value']!r} is not a number")
        per_field[(c["guid"], c["field"])].append(c["surface"])
    for n in noncounts:
        if n["guid"] not in feed_items:
            bad(f"noncounts.csv: unknown guid {n['guid']}")
            continue
        if n["field"] not in ("title", "summary"):
            bad(f"noncounts.csv: bad field {n['field']}")
            continue
        if n["why"] not in WHYS:
            bad(f"noncounts.csv: {n['guid']} bad why {n['why']}")
        per_field[(n["guid"], n["field"])].append(n["surface"])
    for g, it in feed_items.items():
        for fld in ("title", "summary"):
            text = it[fld]
            surfaces = per_field.get((g, fld), [])
            for s in surfaces:
                if s not in text:
                    bad(f"{g} {fld}: surface {s!r} is not a substring of {text!r}")
            spans, missing = assign_spans(text, surfaces)
            for s in missing:
                if s in text:
                    bad(f"{g} {fld}: surface {s!r} listed more often than it occurs")
            for k, ch in enumerate(text):
                if ch.isdigit() and not any(a <= k < b for a, b in spans):
                    bad(f"{g} {fld}: digit {ch!r} not covered: ...{text[max(0, k - 15) : k + 15]!r}")

    # --- claims
    claim_rows = {}
    for c in claims:
        if c["claim_id"] in claim_rows:
            bad(f"claims.csv: {c['claim_id']} twice")
        claim_rows[c["claim_id"]] = c
        if not (c["note"].startswith("[core]") or c["note"].startswith("[minor]")):
            bad(f"claims.csv: {c['claim_id']} note must start with [core] or [minor]")
    carriers = defaultdict(set)
    for c in counts:
        if c["claim_id"]:
            if c["claim_id"] not in claim_rows:
                bad(f"counts.csv: claim_id {c['claim_id']} not in claims.csv")
                continue
            carriers[c["claim_id"]].add(c["guid"])
            if float(c["value"]) != float(claim_rows[c["claim_id"]]["value"]):
                bad(f"counts.csv: {c['guid']} {c['surface']!r} value differs from claim {c['claim_id']}")
            if c["subject"] != claim_rows[c["claim_id"]]["subject"]:
                bad(f"counts.csv: {c['guid']} subject differs from claim {c['claim_id']}")

    def T(g):
        return rows[g]["published_at_utc"]

    first_time = {}
    for cid, c in claim_rows.items():
        arts = sorted(carriers.get(cid, ()), key=T)
        if len(arts) < 2:
            bad(f"claim {cid}: only {len(arts)} article(s)")
            continue
        if T(arts[0]) == T(arts[1]):
            bad(f"claim {cid}: tie for the earliest article")
        first_time[cid] = T(arts[0])
        if c["first_guid"] != arts[0]:
            bad(f"claim {cid}: first_guid {c['first_guid']} is not the earliest carrier {arts[0]}")
        if c["first_outlet"] != rows[c["first_guid"]]["outlet"]:
            bad(f"claim {cid}: first_outlet does not match first_guid's outlet")
        if c["first_outlet"] == first_feed:
            bad(f"claim {cid}: first outlet is the first feed of feeds.yaml")
        if len({rows[g]["story"] for g in arts}) != 1:
            bad(f"claim {cid}: carriers belong to several stories")
    for cid, c in claim_rows.items():
        v = c["variant_of"]
        if v:
            if v not in claim_rows:
                bad(f"claim {cid}: variant_of {v} does not exist")
            elif not (first_time.get(v, "") < first_time.get(cid, "")):
                bad(f"claim {cid}: variant_of {v} is not an earlier claim")

    # --- spread
    by_claim = defaultdict(list)
    for s in spread:
        by_claim[s["claim_id"]].append(s)
    for cid in claim_rows:
        if cid not in by_claim:
            bad(f"spread.csv: no rows for claim {cid}")
    for cid, srows in by_claim.items():
        if cid not in claim_rows:
            bad(f"spread.csv: unknown claim {cid}")
            continue
        ranks = [int(s["rank"]) for s in srows]
        if ranks != list(range(1, len(srows) + 1)):
            bad(f"spread.csv: {cid} ranks {ranks} not 1..n in order")
        times = [s["published_at_utc"] for s in srows]
        if times != sorted(times) or len(set(times)) != len(times):
            bad(f"spread.csv: {cid} not in strict time order (or shared times)")
        outs = [s["outlet"] for s in srows]
        if len(set(outs)) != len(outs):
            bad(f"spread.csv: {cid} has several rows for one outlet")
        if srows[0]["guid"] != claim_rows[cid]["first_guid"] or srows[0]["outlet"] != claim_rows[cid]["first_outlet"]:
            bad(f"spread.csv: {cid} rank 1 is not first_guid/first_outlet")
        earliest = {}
        for g in sorted(carriers.get(cid, ()), key=T):
            earliest.setdefault(rows[g]["outlet"], g)
        if set(outs) != set(earliest):
            bad(f"spread.csv: {cid} outlets {sorted(outs)} != carrying outlets {sorted(earliest)}")
        for s in srows:
            if s["guid"] not in carriers.get(cid, ()):
                bad(f"spread.csv: {cid} row {s['guid']} has no counts row with that claim_id")
            if s["guid"] in rows and s["published_at_utc"] != T(s["guid"]):
                bad(f"spread.csv: {cid} {s['guid']} time mismatch")
            if earliest.get(s["outlet"]) != s["guid"]:
                bad(f"spread.csv: {cid} {s['guid']} is not {s['outlet']}'s earliest article")
            if s["guid"] in rows and rows[s["guid"]]["outlet"] != s["outlet"]:
                bad(f"spread.csv: {cid} {s['guid']} outlet mismatch")

    # --- duplicates
    for d in dups:
        g, o = d["guid"], d["duplicate_of_guid"]
        if g not in rows or o not in rows:
            bad(f"duplicates.csv: unknown guid in {g} / {o}")
            continue
        if d["published_at_utc"] != T(g) or d["original_published_at_utc"] != T(o):
            bad(f"duplicates.csv: {g} times mismatch")
        if not T(o) < T(g):
            bad(f"duplicates.csv: {g} is not later than its original")
        if rows[g]["story"] != rows[o]["story"]:
            bad(f"duplicates.csv: {g} and {o} have different stories")
        if d["type"] == "repost":
            if rows[g]["outlet"] != rows[o]["outlet"]:
                bad(f"duplicates.csv: repost {g} by another outlet")
            a, b = feed_items[g], feed_items[o]
            if (a["title"], a["summary"]) != (b["title"], b["summary"]):
                bad(f"duplicates.csv: repost {g} text differs")
            if a["link"] == b["link"]:
                bad(f"duplicates.csv: repost {g} reuses the link")
        elif d["type"] == "syndication":
            if rows[g]["outlet"] == rows[o]["outlet"]:
                bad(f"duplicates.csv: syndication {g} by the same outlet")
        else:
            bad(f"duplicates.csv: bad type {d['type']}")

    # --- report
    stories = Counter(r["story"] for r in items)
    themes = Counter(r["theme"] for r in items)
    langs = sorted({f["language"] for f in feeds})
    print(f"feeds {len(feeds)} ({dict(formats)}), items {len(items)}, languages {len(langs)} {langs}")
    print("feed order:", ", ".join(f"{k}={v}" for k, v in orders.items()))
    print(
        f"stories {len(stories)}: multi-item {sum(1 for s, n in stories.items() if n >= 2)}, "
        f"singletons {sum(1 for s in stories if s.startswith('single-'))}"
    )
    print(
        f"claims {len(claims)} (mutations {sum(1 for c in claims if c['variant_of'])}), "
        f"counts rows {len(counts)}, noncounts rows {len(noncounts)}, spread rows {len(spread)}, "
        f"duplicates {dict(Counter(d['type'] for d in dups))}"
    )
    print("story sizes:")
    for s, n in sorted(stories.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {n:3d}  {s}")
    print("theme sizes:")
    for s, n in sorted(themes.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {n:3d}  {s}")
    vals = list(orders.values())
    if vals.count("oldest-first") < 2 or vals.count("mixed") < 1:
        bad("feed order mix: want >= 2 oldest-first and >= 1 shuffled feed")
    if not (150 <= len(items) <= 180):
        bad(f"{len(items)} items (want 150-180)")
    if problems:
        print(f"\nVERIFY FAILED: {len(problems)} problem(s)")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("\nverify OK")


if __name__ == "__main__":
    main()
