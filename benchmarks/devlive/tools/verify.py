#!/usr/bin/env python3
"""Re-check the devlive corpus from the written files only (feeds.yaml, feeds/*.xml,
labels/*.csv), with the Python standard library.  Exit code 1 on any problem.

Run from anywhere:  python3 benchmarks/devlive/tools/verify.py
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
from common import field_text, fmt_value, parse_value, uncovered  # noqa: E402

ATOM = "{http://www.w3.org/2005/Atom}"
WHY = {"duration", "age", "date", "time", "ordinal", "year", "race_time", "margin", "vague", "score"}
KINDS = {"count", "percent", "money", "measure"}
ERR = []


def err(m):
    ERR.append(m)


def read_csv(name, header):
    with open(os.path.join(ROOT, "labels", name), encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    if rows[0] != header:
        err(f"{name}: header {rows[0]} != {header}")
    return [dict(zip(header, r)) for r in rows[1:]]


def parse_yaml(path):
    feeds, cur = [], None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.strip() == "feeds:":
            continue
        m = re.match(r"\s*(-\s+)?(\w+):\s*(.*)$", line)
        if not m:
            err(f"feeds.yaml: cannot parse {line!r}")
            continue
        if m.group(1):
            cur = {}
            feeds.append(cur)
        cur[m.group(2)] = m.group(3).strip()
    return feeds


def utc_z(d):
    return d.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# ------------------------------------------------------------------ feeds
feeds = parse_yaml(os.path.join(ROOT, "feeds.yaml"))
items = {}
for fd in feeds:
    for k in ("name", "url", "language"):
        if k not in fd:
            err(f"feeds.yaml entry without {k}: {fd}")
    root = ET.parse(os.path.join(ROOT, fd["url"])).getroot()
    if root.tag == "rss":
        entries = root.find("channel").findall("item")
        for e in entries:
            guid = e.findtext("guid")
            d = email.utils.parsedate_to_datetime(e.findtext("pubDate"))
            title = e.findtext("title") or ""
            summ = e.findtext("description") or ""
            items[guid] = dict(outlet=fd["name"], lang=fd["language"], utc=d, offset=d.utcoffset(),
                               title=field_text(title), summary=field_text(summ),
                               link=e.findtext("link"))
    elif root.tag == ATOM + "feed":
        for e in root.findall(ATOM + "entry"):
            guid = e.findtext(ATOM + "id")
            d = dt.datetime.fromisoformat(e.findtext(ATOM + "published"))
            title = e.findtext(ATOM + "title") or ""
            summ = e.findtext(ATOM + "summary") or ""
            link = e.find(ATOM + "link").get("href")
            items[guid] = dict(outlet=fd["name"], lang=fd["language"], utc=d, offset=d.utcoffset(),
                               title=field_text(title), summary=field_text(summ), link=link)
    else:
        err(f"{fd['url']}: unknown feed type {root.tag}")

# ------------------------------------------------------------------ items.csv
I = read_csv("items.csv", ["guid", "outlet", "language", "published_at_utc", "story", "theme"])
if {r["guid"] for r in I} != set(items) or len(I) != len(items):
    err("items.csv guids differ from feed guids")
story_theme = {}
for r in I:
    it = items.get(r["guid"])
    if not it:
        continue
    if r["outlet"] != it["outlet"] or r["language"] != it["lang"]:
        err(f"{r['guid']}: outlet/language mismatch")
    if r["published_at_utc"] != utc_z(it["utc"]):
        err(f"{r['guid']}: time mismatch {r['published_at_utc']} vs {utc_z(it['utc'])}")
    it["story"], it["theme"] = r["story"], r["theme"]
    if story_theme.setdefault(r["story"], r["theme"]) != r["theme"]:
        err(f"story {r['story']} has two themes")
story_n = Counter(r["story"] for r in I)
for s, n in story_n.items():
    if (n == 1) != s.startswith("single-"):
        err(f"story naming: {s} has {n} items")

# ------------------------------------------------------------------ counts / noncounts
C = read_csv("counts.csv", ["guid", "field", "surface", "value", "kind", "unit", "subject", "claim_id"])
N = read_csv("noncounts.csv", ["guid", "field", "surface", "why"])
rows_by_field = defaultdict(list)
for r in C:
    rows_by_field[(r["guid"], r["field"])].append(r)
    if r["kind"] not in KINDS:
        err(f"bad kind {r}")
    if (r["kind"] == "percent") != (r["unit"] == "%"):
        err(f"percent/unit mismatch {r}")
    if r["kind"] in ("money", "measure") and not r["unit"]:
        err(f"unit missing {r}")
    if r["kind"] == "count" and r["unit"]:
        err(f"count with unit {r}")
    if r["guid"] in items:
        pv = parse_value(r["surface"], items[r["guid"]]["lang"], r["kind"])
        if pv is None or abs(pv - float(r["value"])) > 1e-6 * max(1.0, abs(float(r["value"]))):
            err(f"value mismatch {r['surface']!r}: {r['value']} vs parsed {pv}")
for r in N:
    rows_by_field[(r["guid"], r["field"])].append(r)
    if r["why"] not in WHY:
        err(f"bad why {r}")
for r in C + N:
    if r["guid"] not in items:
        err(f"label for unknown guid {r['guid']}")
    if r["field"] not in ("title", "summary"):
        err(f"bad field {r}")

for guid, it in items.items():
    for field in ("title", "summary"):
        text = it[field]
        rows = rows_by_field.get((guid, field), [])
        used = []
        for r in sorted(rows, key=lambda r: -len(r["surface"])):
            s, found = r["surface"], None
            occ = [m.start() for m in re.finditer(re.escape(s), text)]
            free = [p for p in occ if all(p >= b or p + len(s) <= a for a, b in used)]
            # prefer occurrences not glued to letters/digits ("dos" is not inside "heridos")
            bounded = [p for p in free if (p == 0 or not text[p - 1].isalnum())
                       and (p + len(s) == len(text) or not text[p + len(s)].isalnum())]
            if bounded or free:
                found = (bounded or free)[0]
            if found is None:
                err(f"{guid}/{field}: surface {s!r} not found (or used up) in {text!r}")
            else:
                used.append((found, found + len(s)))
        for kind, pos, what in uncovered(text, it["lang"], used):
            err(f"{guid}/{field}: uncovered {kind} {what!r}")

# ------------------------------------------------------------------ claims
CL = read_csv("claims.csv", ["claim_id", "value", "subject", "first_outlet", "first_guid", "variant_of", "note"])
SP = read_csv("spread.csv", ["claim_id", "rank", "outlet", "guid", "published_at_utc"])
claims = {r["claim_id"]: r for r in CL}
if len(claims) != len(CL):
    err("duplicate claim ids")
key_claims = defaultdict(set)
key_guids = defaultdict(set)
claim_guids = defaultdict(set)
claim_story = defaultdict(set)
for r in C:
    if r["guid"] not in items:
        continue
    key = (items[r["guid"]]["story"], r["subject"], fmt_value(r["value"]))
    key_claims[key].add(r["claim_id"])
    key_guids[key].add(r["guid"])
    if r["claim_id"]:
        c = claims.get(r["claim_id"])
        if not c:
            err(f"unknown claim {r['claim_id']}")
            continue
        if c["subject"] != r["subject"] or fmt_value(c["value"]) != fmt_value(r["value"]):
            err(f"{r['claim_id']}: row subject/value differs from claims.csv")
        claim_guids[r["claim_id"]].add(r["guid"])
        claim_story[r["claim_id"]].add(key[0])
for key, cids in key_claims.items():
    if len(key_guids[key]) >= 2 and ("" in cids or len(cids) != 1):
        err(f"not exhaustive / ambiguous claim for {key}: {cids}")
    if len(cids - {""}) > 1:
        err(f"one (story, subject, value) with several claims: {key}")
feed0 = feeds[0]["name"]
spread_expect = []
for cid, c in claims.items():
    gs = sorted(claim_guids.get(cid, ()), key=lambda g: items[g]["utc"])
    if len(gs) < 2:
        err(f"{cid}: fewer than 2 articles")
        continue
    if len(claim_story[cid]) != 1:
        err(f"{cid}: spans several stories")
    if items[gs[0]]["utc"] == items[gs[1]]["utc"]:
        err(f"{cid}: tie for first")
    if c["first_guid"] != gs[0] or c["first_outlet"] != items[gs[0]]["outlet"]:
        err(f"{cid}: first_guid/outlet wrong")
    if c["first_outlet"] == feed0:
        err(f"{cid}: first feed is first publisher")
    if not (c["note"].startswith("[core]") or c["note"].startswith("[minor]")):
        err(f"{cid}: note prefix")
    seen, rank, times = set(), 0, set()
    for g in gs:
        o = items[g]["outlet"]
        if o in seen:
            continue
        seen.add(o)
        rank += 1
        if items[g]["utc"] in times:
            err(f"{cid}: time tie in spread")
        times.add(items[g]["utc"])
        spread_expect.append([cid, str(rank), o, g, utc_z(items[g]["utc"])])
    v = c["variant_of"]
    if v:
        o = claims.get(v)
        if not o:
            err(f"{cid}: variant_of unknown")
        elif claim_story[v] != claim_story[cid] or fmt_value(o["value"]) == fmt_value(c["value"]):
            err(f"{cid}: variant_of not a mutation in the same story")
        elif items[o["first_guid"]]["utc"] >= items[c["first_guid"]]["utc"]:
            err(f"{cid}: variant earlier than its original")
got = sorted([r["claim_id"], r["rank"], r["outlet"], r["guid"], r["published_at_utc"]] for r in SP)
if got != sorted(spread_expect):
    err("spread.csv differs from recomputed spread")

# ------------------------------------------------------------------ duplicates
D = read_csv("duplicates.csv", ["guid", "duplicate_of_guid", "type", "published_at_utc",
                                "original_published_at_utc"])
for r in D:
    a, b = items.get(r["guid"]), items.get(r["duplicate_of_guid"])
    if not a or not b:
        err(f"duplicate with unknown guid {r}")
        continue
    if r["published_at_utc"] != utc_z(a["utc"]) or r["original_published_at_utc"] != utc_z(b["utc"]):
        err(f"duplicate times {r}")
    if a["story"] != b["story"]:
        err(f"duplicate in other story {r}")
    delta = a["utc"] - b["utc"]
    if r["type"] == "repost":
        if a["outlet"] != b["outlet"] or a["title"] != b["title"] or a["summary"] != b["summary"]:
            err(f"repost not identical {r}")
        if a["link"] == b["link"]:
            err(f"repost reuses link {r}")
        if not dt.timedelta(days=1) <= delta <= dt.timedelta(days=3):
            err(f"repost delay {delta} {r}")
    elif r["type"] == "syndication":
        if a["outlet"] == b["outlet"] or delta <= dt.timedelta(0):
            err(f"bad syndication {r}")
        if b["outlet"].split()[0] not in a["summary"]:
            err(f"syndication not credited {r}")
    else:
        err(f"bad duplicate type {r}")

# ------------------------------------------------------------------ report
outl = Counter(len({r['outlet'] for r in SP if r['claim_id'] == c}) for c in claims)
n_multi_outlet = sum(1 for c in claims if len({r['outlet'] for r in SP if r['claim_id'] == c}) >= 2)
print(f"feeds {len(feeds)}, items {len(items)}, stories {len(story_n)} "
      f"({sum(1 for n in story_n.values() if n > 1)} multi, {sum(1 for n in story_n.values() if n == 1)} single)")
print("items per language:", dict(sorted(Counter(it['lang'] for it in items.values()).items())))
print(f"counts {len(C)}, noncounts {len(N)}, claims {len(CL)} "
      f"({sum(1 for c in CL if c['note'].startswith('[core]'))} core), "
      f"claims in >= 2 outlets {n_multi_outlet}, mutations {sum(1 for c in CL if c['variant_of'])}, "
      f"duplicates {dict(Counter(r['type'] for r in D))}")
if ERR:
    print("\n".join(ERR[:200]))
    print(f"FAILED: {len(ERR)} problems")
    sys.exit(1)
print("verify: OK")
