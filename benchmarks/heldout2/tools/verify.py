#!/usr/bin/env python3
"""Independent consistency check of the heldout2 corpus (stdlib only).

Reads feeds.yaml, the XML feeds and labels/*.csv - NOT the generator's
sources - and re-checks every label against the feed text, recomputes
claims/spread/duplicates, and checks the corpus-level requirements.

Usage: python3 tools/verify.py     exit status 0 = all checks passed
"""
import csv
import datetime as dt
import email.utils
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import numparse  # noqa: E402

ATOM = "{http://www.w3.org/2005/Atom}"
TAG_RE = re.compile(r"<[^>]+>")
KINDS = {"count", "percent", "money", "measure"}
WHYS = {"duration", "age", "date", "time", "ordinal", "year", "race_time", "margin", "vague", "score"}
LANGS = {"en", "de", "fr", "es", "it", "pl", "ru", "uk", "pt", "nl"}

problems = []


def bad(msg):
    problems.append(msg)


def read_yaml(path):
    feeds = []
    cur = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.strip() == "feeds:":
                continue
            m = re.match(r"\s*(-\s+)?(\w+):\s*(.*)$", line)
            if not m:
                bad("feeds.yaml: cannot parse %r" % line)
                continue
            if m.group(1):
                cur = {}
                feeds.append(cur)
            cur[m.group(2)] = m.group(3).strip()
    return feeds


def parse_feed(path):
    tree = ET.parse(path)
    root = tree.getroot()
    items = []
    if root.tag == "rss":
        fmt = "rss"
        for it in root.iter("item"):
            raw_date = it.findtext("pubDate")
            d = email.utils.parsedate_to_datetime(raw_date)
            desc = it.findtext("description") or ""
            is_html = "<" in desc
            items.append(dict(guid=it.findtext("guid"), title=it.findtext("title") or "",
                              summary=TAG_RE.sub("", desc) if is_html else desc, html=is_html,
                              utc=d.astimezone(dt.timezone.utc), wall=d.replace(tzinfo=None),
                              offset=d.utcoffset(), raw_date=raw_date))
    elif root.tag == ATOM + "feed":
        fmt = "atom"
        for e in root.iter(ATOM + "entry"):
            raw_date = e.findtext(ATOM + "published")
            d = dt.datetime.fromisoformat(raw_date)
            s = e.find(ATOM + "summary")
            text = s.text or ""
            is_html = s.get("type") == "html"
            items.append(dict(guid=e.findtext(ATOM + "id"), title=e.findtext(ATOM + "title") or "",
                              summary=TAG_RE.sub("", text) if is_html else text, html=is_html,
                              utc=d.astimezone(dt.timezone.utc), wall=d.replace(tzinfo=None),
                              offset=d.utcoffset(), raw_date=raw_date))
    else:
        raise ValueError("unknown feed type in %s" % path)
    return fmt, items


def read_csv(name):
    with open(os.path.join(ROOT, "labels", name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def fval(s):
    return float(s)


def main():
    feeds = read_yaml(os.path.join(ROOT, "feeds.yaml"))
    feed_items = {}
    feed_meta = {}
    orders = {}
    fmts = Counter()
    for fd in feeds:
        for k in ("name", "url", "language"):
            if k not in fd:
                bad("feeds.yaml entry lacks %s: %s" % (k, fd))
        fmt, items = parse_feed(os.path.join(ROOT, fd["url"]))
        fmts[fmt] += 1
        times = [i["utc"] for i in items]
        if times == sorted(times, reverse=True):
            orders[fd["name"]] = "newest-first"
        elif times == sorted(times):
            orders[fd["name"]] = "oldest-first"
        else:
            orders[fd["name"]] = "shuffled"
        for pos, i in enumerate(items):
            i["outlet"] = fd["name"]
            i["language"] = fd["language"]
            i["feed_index"] = feeds.index(fd)
            i["pos"] = pos
            if i["guid"] in feed_items:
                bad("duplicate guid %s" % i["guid"])
            feed_items[i["guid"]] = i
        feed_meta[fd["name"]] = fd
    first_feed = feeds[0]["name"]

    # ---------- items.csv
    items_csv = read_csv("items.csv")
    story_of = {}
    theme_of = {}
    if {r["guid"] for r in items_csv} != set(feed_items):
        bad("items.csv guids differ from feed guids")
    for r in items_csv:
        i = feed_items.get(r["guid"])
        if not i:
            continue
        if r["outlet"] != i["outlet"] or r["language"] != i["language"]:
            bad("items.csv outlet/language mismatch for %s" % r["guid"])
        if r["published_at_utc"] != iso(i["utc"]):
            bad("items.csv time mismatch for %s: %s vs %s" % (r["guid"], r["published_at_utc"], iso(i["utc"])))
        story_of[r["guid"]] = r["story"]
        theme_of[r["story"]] = theme_of.get(r["story"], r["theme"])
        if theme_of[r["story"]] != r["theme"]:
            bad("story %s has several themes" % r["story"])
        i["story"] = r["story"]
        if not (dt.datetime(2026, 5, 4, tzinfo=dt.timezone.utc) <= i["utc"] < dt.datetime(2026, 5, 25, tzinfo=dt.timezone.utc)):
            bad("item outside 4-24 May 2026: %s" % r["guid"])

    # ---------- counts / noncounts: surfaces, coverage, values
    counts = read_csv("counts.csv")
    noncounts = read_csv("noncounts.csv")
    covered = defaultdict(set)
    for kind_rows, is_count in ((counts, True), (noncounts, False)):
        for r in kind_rows:
            i = feed_items.get(r["guid"])
            if i is None:
                bad("label for unknown guid %s" % r["guid"])
                continue
            if r["field"] not in ("title", "summary"):
                bad("bad field %r" % r["field"])
                continue
            text = i[r["field"]]
            s = r["surface"]
            cov = covered[(r["guid"], r["field"])]
            start = 0
            placed = False
            while True:
                k = text.find(s, start)
                if k < 0:
                    break
                rng = set(range(k, k + len(s)))
                if not (rng & cov):
                    cov |= rng
                    placed = True
                    break
                start = k + 1
            if not placed:
                bad("surface %r not found (or over-labelled) in %s of %s" % (s, r["field"], r["guid"]))
            if is_count:
                if r["kind"] not in KINDS:
                    bad("bad kind %r" % r["kind"])
                try:
                    v = numparse.surface_value(s, i["language"])
                    if abs(v - fval(r["value"])) > 1e-6 * max(1, abs(v)):
                        bad("value mismatch: %r -> %s labelled %s (%s)" % (s, v, r["value"], r["guid"]))
                except ValueError as e:
                    bad("cannot parse surface %r: %s" % (s, e))
                if r["kind"] == "percent" and (r["unit"] != "%" or not numparse.looks_percent(s)):
                    bad("percent row problem %r" % s)
                if r["kind"] == "money":
                    cur = numparse.currency_of(s)
                    if not r["unit"] or (cur and cur != r["unit"]):
                        bad("money unit problem %r %r" % (s, r["unit"]))
                if r["kind"] == "measure" and not r["unit"]:
                    bad("measure without unit %r" % s)
                if r["kind"] == "count" and r["unit"]:
                    bad("count with unit %r" % s)
                if not r["subject"]:
                    bad("count without subject %r" % s)
            else:
                if r["why"] not in WHYS:
                    bad("bad why %r" % r["why"])
    for guid, i in feed_items.items():
        for fld in ("title", "summary"):
            text = i[fld]
            cov = covered[(guid, fld)]
            for k, ch in enumerate(text):
                if ch.isdigit() and k not in cov:
                    bad("uncovered digit in %s of %s: %r" % (fld, guid, text))
                    break
            for w in numparse.unlabelled_number_words(text, i["language"], cov):
                bad("unlabelled number word %r in %s of %s" % (w, fld, guid))

    # ---------- claims
    claims = {r["claim_id"]: r for r in read_csv("claims.csv")}
    if len(claims) != len(read_csv("claims.csv")):
        bad("duplicate claim ids")
    by_claim = defaultdict(list)
    for r in counts:
        if r["claim_id"]:
            if r["claim_id"] not in claims:
                bad("counts row with unknown claim %s" % r["claim_id"])
                continue
            by_claim[r["claim_id"]].append(r)
    key_to_claims = defaultdict(set)
    groups = defaultdict(list)
    for r in counts:
        k = (story_of.get(r["guid"]), r["subject"], fval(r["value"]))
        groups[k].append(r)
        if r["claim_id"]:
            key_to_claims[r["claim_id"]].add(k)
    for k, rows in groups.items():
        guids = {r["guid"] for r in rows}
        ids = {r["claim_id"] for r in rows}
        if len(guids) >= 2 and (len(ids) != 1 or "" in ids):
            bad("exhaustiveness: %s in %d articles has claim ids %s" % (k, len(guids), ids))
    for cid, ks in key_to_claims.items():
        if len(ks) != 1:
            bad("claim %s maps to several (story, subject, value): %s" % (cid, ks))
    expected_spread = []
    claim_first_time = {}
    claim_outlets = {}
    for cid, c in claims.items():
        rows = by_claim.get(cid, [])
        if not c["note"].startswith(("[core]", "[minor]")):
            bad("claim %s note lacks [core]/[minor]" % cid)
        guids = sorted({r["guid"] for r in rows}, key=lambda g: feed_items[g]["utc"])
        if len(guids) < 2:
            bad("claim %s appears in %d articles" % (cid, len(guids)))
            continue
        if len({story_of[g] for g in guids}) != 1:
            bad("claim %s spans several stories" % cid)
        for r in rows:
            if abs(fval(r["value"]) - fval(c["value"])) > 1e-9 or r["subject"] != c["subject"]:
                bad("claim %s row value/subject differs: %s %s" % (cid, r["value"], r["subject"]))
        times = [feed_items[g]["utc"] for g in guids]
        if len(set(times)) != len(times):
            bad("claim %s has time ties" % cid)
        first = feed_items[guids[0]]
        if c["first_guid"] != guids[0] or c["first_outlet"] != first["outlet"]:
            bad("claim %s first is %s/%s, labelled %s/%s" % (cid, first["outlet"], guids[0],
                                                            c["first_outlet"], c["first_guid"]))
        if first["outlet"] == first_feed:
            bad("claim %s first published by the first feed" % cid)
        claim_first_time[cid] = first["utc"]
        seen = []
        for g in guids:
            o = feed_items[g]["outlet"]
            if o not in seen:
                seen.append(o)
                expected_spread.append((cid, str(len(seen)), o, g, iso(feed_items[g]["utc"])))
        claim_outlets[cid] = seen
    for cid, c in claims.items():
        v = c["variant_of"]
        if v:
            if v not in claims:
                bad("variant_of unknown %s" % v)
                continue
            if story_of.get(c["first_guid"]) != story_of.get(claims[v]["first_guid"]):
                bad("variant %s in a different story" % cid)
            if cid in claim_first_time and v in claim_first_time and not claim_first_time[v] < claim_first_time[cid]:
                bad("variant %s is not later than %s" % (cid, v))
            if c["value"] == claims[v]["value"]:
                bad("variant %s has the same value" % cid)
    spread = [tuple(r[k] for k in ("claim_id", "rank", "outlet", "guid", "published_at_utc"))
              for r in read_csv("spread.csv")]
    if sorted(spread) != sorted(expected_spread):
        missing = set(expected_spread) - set(spread)
        extra = set(spread) - set(expected_spread)
        bad("spread.csv differs: missing %s extra %s" % (sorted(missing)[:5], sorted(extra)[:5]))

    # ---------- duplicates
    dups = read_csv("duplicates.csv")
    dtypes = Counter()
    before_in_feed_order = 0
    for r in dups:
        a, b = feed_items.get(r["guid"]), feed_items.get(r["duplicate_of_guid"])
        if not a or not b:
            bad("duplicates.csv unknown guid %s" % r)
            continue
        if r["published_at_utc"] != iso(a["utc"]) or r["original_published_at_utc"] != iso(b["utc"]):
            bad("duplicates.csv times wrong for %s" % r["guid"])
        if story_of[a["guid"]] != story_of[b["guid"]]:
            bad("duplicate in other story %s" % r["guid"])
        d = a["utc"] - b["utc"]
        dtypes[r["type"]] += 1
        if r["type"] == "repost":
            if a["outlet"] != b["outlet"] or (a["title"], a["summary"]) != (b["title"], b["summary"]):
                bad("repost not identical / other outlet %s" % r["guid"])
            if not dt.timedelta(days=1) <= d <= dt.timedelta(days=3):
                bad("repost interval %s for %s" % (d, r["guid"]))
        elif r["type"] == "syndication":
            if a["outlet"] == b["outlet"] or d <= dt.timedelta(0):
                bad("bad syndication %s" % r["guid"])
        else:
            bad("bad duplicate type %s" % r["type"])
        if (a["feed_index"], a["pos"]) < (b["feed_index"], b["pos"]):
            before_in_feed_order += 1

    # ---------- corpus-level requirements
    langs = Counter(fd["language"] for fd in feeds)
    stories = Counter(story_of.values())
    multi = [s for s, n in stories.items() if n >= 2]
    singles = [s for s, n in stories.items() if n == 1]
    for s, n in stories.items():
        if s.startswith("single-") != (n == 1):
            bad("story %s: 'single-' naming does not match its %d item(s)" % (s, n))
    spread2 = [c for c, o in claim_outlets.items() if len(o) >= 2]
    big = [c for c, o in claim_outlets.items() if 5 <= len(o) <= 12]
    big_days = [c for c in big
                if len({e[4][:10] for e in expected_spread if e[0] == c}) >= 2
                and len({feed_items[e[3]]["language"] for e in expected_spread if e[0] == c}) >= 4]
    variants = [c for c in claims if claims[c]["variant_of"]]
    # cross-time-zone pairs: consecutive spread entries < 1 h apart whose local wall clocks are in the wrong order
    tz_pairs = []
    for cid, outs in claim_outlets.items():
        rows = [e for e in expected_spread if e[0] == cid]
        for x in rows:
            for y in rows:
                ix, iy = feed_items[x[3]], feed_items[y[3]]
                if ix["utc"] < iy["utc"] <= ix["utc"] + dt.timedelta(hours=1) and ix["offset"] != iy["offset"] \
                        and ix["wall"] > iy["wall"]:
                    tz_pairs.append((cid, ix["outlet"], iy["outlet"]))
    nonc_langs = {feed_items[r["guid"]]["language"] for r in noncounts}
    checks = [
        (len(feed_items) >= 190, "items >= 190 (%d)" % len(feed_items)),
        (13 <= len(feeds) <= 14, "13-14 outlets (%d)" % len(feeds)),
        (all(n >= 8 for n in Counter(i["language"] for i in feed_items.values()).values()),
         "at least 8 items per language (%s)" % dict(Counter(i["language"] for i in feed_items.values()))),
        (len(set(theme_of.values())) >= 10, "themes >= 10 (%d)" % len(set(theme_of.values()))),
        (set(langs) == LANGS, "exactly the 10 languages (%s)" % sorted(langs)),
        (langs["en"] >= 2 and langs["de"] >= 2, "two outlets each for en and de"),
        (fmts["rss"] > 0 and fmts["atom"] > 0, "RSS and Atom mixed (%s)" % dict(fmts)),
        (list(orders.values()).count("oldest-first") == 2 and list(orders.values()).count("shuffled") == 1,
         "two oldest-first feeds and one shuffled (%s)" % Counter(orders.values())),
        (len(multi) >= 22, "multi-item stories >= 22 (%d)" % len(multi)),
        (all(3 <= n <= 14 for s, n in stories.items() if n > 1),
         "multi-item stories have 3-14 items (%s)" % sorted(n for n in stories.values() if n > 1)),
        (len(singles) >= 18, "singletons >= 18 (%d)" % len(singles)),
        (len(claims) >= 45, "claims >= 45 (%d)" % len(claims)),
        (len(spread2) >= 30, "claims in >= 2 outlets >= 30 (%d)" % len(spread2)),
        (len(big_days) >= 15, "claims in 5-12 outlets spanning >= 2 days and >= 4 languages >= 15 (%d)" % len(big_days)),
        (len(variants) >= 6, "mutations >= 6 (%d)" % len(variants)),
        (dtypes["repost"] >= 4, "reposts >= 4 (%d)" % dtypes["repost"]),
        (dtypes["syndication"] >= 6, "syndications >= 6 (%d)" % dtypes["syndication"]),
        (before_in_feed_order >= 1, "duplicates placed before their original in feed order (%d)" % before_in_feed_order),
        (len({(c, a, b) for c, a, b in tz_pairs}) >= 3, "cross-zone pairs < 1 h needing UTC (%d)" % len(tz_pairs)),
        (nonc_langs == LANGS, "non-counts in every language (%s)" % sorted(nonc_langs)),
    ]
    for ok, msg in checks:
        print(("ok    " if ok else "FAIL  ") + msg)
        if not ok:
            bad("requirement failed: " + msg)
    print("cross-zone pairs:", sorted(set(tz_pairs)))
    print("largest spreads:", sorted(((len(o), c) for c, o in claim_outlets.items()), reverse=True)[:10])

    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print("%d problem(s)" % len(problems))
        sys.exit(1)
    print("verify: all checks passed (%d items, %d counts, %d noncounts, %d claims, %d spread rows, %d duplicates)"
          % (len(feed_items), len(counts), len(noncounts), len(claims), len(spread), len(dups)))


if __name__ == "__main__":
    main()
