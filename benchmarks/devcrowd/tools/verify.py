#!/usr/bin/env python3
"""Re-check the devcrowd corpus from the written files only (feeds.yaml, feeds/*.xml, labels/*.csv)."""
import csv
import sys as _sys
_sys.dont_write_bytecode = True
import datetime as dt
import email.utils
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict, Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from common import clean, number_positions, find_surface, NONCOUNT_WHY, KINDS, CURRENCIES, WIRE_CREDIT, LANGS, slug

ATOM = "{http://www.w3.org/2005/Atom}"
UTC = dt.timezone.utc
PROBLEMS = []


def bad(msg):
    PROBLEMS.append(msg)


def read_yaml(path):
    feeds, cur = [], None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.strip() == "feeds:":
            continue
        m = re.match(r"\s*(-\s+)?(\w+):\s*(.*)$", line)
        if not m:
            bad(f"feeds.yaml: cannot parse line {line!r}")
            continue
        if m.group(1):
            cur = {}
            feeds.append(cur)
        v = m.group(3).strip()
        if v.startswith('"'):
            v = v[1:-1].replace('\\"', '"').replace("\\\\", "\\")
        cur[m.group(2)] = v
    return feeds


def parse_time(s):
    s = s.strip()
    if re.match(r"\d{4}-", s):
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).astimezone(UTC)
    return email.utils.parsedate_to_datetime(s).astimezone(UTC)


def read_feed(path):
    root = ET.parse(path).getroot()
    out = []
    if root.tag == "rss":
        for it in root.iter("item"):
            d = it.find("description")
            out.append({"guid": it.findtext("guid"), "title": it.findtext("title") or "",
                        "summary": d.text if d is not None else None,
                        "utc": parse_time(it.findtext("pubDate"))})
        fmt = "rss"
    elif root.tag == ATOM + "feed":
        for e in root.iter(ATOM + "entry"):
            sm = e.find(ATOM + "summary")
            out.append({"guid": e.findtext(ATOM + "id"), "title": e.findtext(ATOM + "title") or "",
                        "summary": sm.text if sm is not None else None,
                        "utc": parse_time(e.findtext(ATOM + "published") or e.findtext(ATOM + "updated"))})
        fmt = "atom"
    else:
        bad(f"{path}: unknown feed root {root.tag}")
        fmt = "?"
    return fmt, out


def read_csv(name):
    with open(os.path.join(ROOT, "labels", name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def num(v):
    try:
        return float(v)
    except ValueError:
        bad(f"not a number: {v!r}")
        return 0.0


def main():
    feeds = read_yaml(os.path.join(ROOT, "feeds.yaml"))
    if not (13 <= len(feeds) <= 14):
        bad(f"{len(feeds)} outlets in feeds.yaml")
    if feeds and not (feeds[-1]["language"] == "en" and "Wire" in feeds[-1]["name"]):
        bad("English wire is not listed last")
    wire = feeds[-1]["name"] if feeds else ""
    langs_of = Counter(f["language"] for f in feeds)
    if set(langs_of) != set(LANGS):
        bad(f"languages {sorted(langs_of)}")
    if langs_of["uk"] != 2 or langs_of["ru"] != 2:
        bad("need two Ukrainian and two Russian-language outlets")
    feed_items = {}
    orders = Counter()
    fmts = Counter()
    for f in feeds:
        fmt, its = read_feed(os.path.join(ROOT, f["url"]))
        fmts[fmt] += 1
        ts = [i["utc"] for i in its]
        if ts == sorted(ts, reverse=True):
            orders["newest"] += 1
        elif ts == sorted(ts):
            orders["oldest"] += 1
        else:
            orders["shuffled"] += 1
        for i in its:
            if i["guid"] in feed_items:
                bad(f"guid twice: {i['guid']}")
            i["outlet"], i["language"] = f["name"], f["language"]
            i["title_txt"], i["summary_txt"] = clean(i["title"]), clean(i["summary"])
            feed_items[i["guid"]] = i
    if orders["oldest"] != 2 or orders["shuffled"] != 1:
        bad(f"feed orders {dict(orders)}")
    if fmts["rss"] == 0 or fmts["atom"] == 0:
        bad("need both RSS and Atom")

    # ---- items.csv
    items = {}
    for r in read_csv("items.csv"):
        g = r["guid"]
        if g in items:
            bad(f"items.csv duplicate {g}")
        items[g] = r
        fi = feed_items.get(g)
        if not fi:
            bad(f"items.csv guid not in feeds: {g}")
            continue
        if fi["outlet"] != r["outlet"] or fi["language"] != r["language"]:
            bad(f"outlet/language mismatch {g}")
        if iso(fi["utc"]) != r["published_at_utc"]:
            bad(f"time mismatch {g}: {iso(fi['utc'])} vs {r['published_at_utc']}")
        if not r["story"] or not r["theme"]:
            bad(f"missing story/theme {g}")
    for g in feed_items:
        if g not in items:
            bad(f"feed item missing from items.csv: {g}")
    times = Counter(r["published_at_utc"] for r in items.values())
    for t, n in times.items():
        if n > 1:
            bad(f"timestamp not distinct: {t}")
        if not ("2026-06-01T00:00:00Z" <= t <= "2026-06-21T23:59:59Z"):
            bad(f"timestamp out of period: {t}")
    by_story = defaultdict(list)
    for g, r in items.items():
        by_story[r["story"]].append(g)
    for sid, gs in by_story.items():
        if sid.startswith("single-") != (len(gs) == 1):
            bad(f"story {sid}: single- prefix vs {len(gs)} items")
        if len({items[g]["theme"] for g in gs}) != 1:
            bad(f"story {sid}: several themes")
    tm = {g: feed_items[g]["utc"] for g in items if g in feed_items}

    # ---- counts / noncounts + coverage
    counts = read_csv("counts.csv")
    noncounts = read_csv("noncounts.csv")
    surf = defaultdict(list)
    for r in counts + noncounts:
        if r["guid"] not in feed_items or r["field"] not in ("title", "summary"):
            bad(f"bad guid/field in labels: {r['guid']} {r['field']}")
            continue
        surf[(r["guid"], r["field"])].append(r["surface"])
    for r in counts:
        if r["kind"] not in KINDS:
            bad(f"bad kind {r['kind']}")
        u = r["unit"]
        ok = {"count": u == "", "percent": u == "%", "money": u in CURRENCIES, "measure": u not in ("", "%") and u not in CURRENCIES}
        if not ok.get(r["kind"], False):
            bad(f"kind/unit mismatch {r['guid']} {r['surface']} {r['kind']} {u}")
        num(r["value"])
        if not r["subject"]:
            bad(f"empty subject {r['guid']} {r['surface']}")
    for r in noncounts:
        if r["why"] not in NONCOUNT_WHY:
            bad(f"bad why {r['why']}")
    for g, fi in feed_items.items():
        lang = fi["language"]
        for field in ("title", "summary"):
            txt = fi[field + "_txt"]
            ss = surf.get((g, field), [])
            spans = []
            for s, n in Counter(ss).items():
                occ = find_surface(txt, s)
                if len(occ) < n:
                    bad(f"surface {s!r} found {len(occ)}x, labelled {n}x in {g} {field}: {txt}")
                spans += occ
            for a, b, tok in number_positions(txt, lang):
                if not any(x <= a and b <= y for x, y in spans):
                    bad(f"uncovered number {tok!r} in {g} {field}: {txt}")

    # ---- claims
    claims = {r["claim_id"]: r for r in read_csv("claims.csv")}
    groups = defaultdict(list)
    for r in counts:
        if r["guid"] in items:
            groups[(items[r["guid"]]["story"], r["subject"], r["value"])].append(r)
    seen_ids = {}
    for k, rs in groups.items():
        guids = {r["guid"] for r in rs}
        ids = {r["claim_id"] for r in rs}
        if len(guids) >= 2:
            if len(ids) != 1 or "" in ids:
                bad(f"group {k} in {len(guids)} articles has claim ids {ids}")
                continue
            cid = ids.pop()
            if cid in seen_ids:
                bad(f"claim {cid} used for two groups {k} / {seen_ids[cid]}")
            seen_ids[cid] = k
            c = claims.get(cid)
            if not c:
                bad(f"claim {cid} missing in claims.csv")
                continue
            if c["value"] != k[2] or c["subject"] != k[1]:
                bad(f"claim {cid} value/subject mismatch")
            first = min(guids, key=lambda g: tm[g])
            if c["first_guid"] != first or c["first_outlet"] != items[first]["outlet"]:
                bad(f"claim {cid} first_guid wrong")
            if not (c["note"].startswith("[core]") or c["note"].startswith("[minor]")):
                bad(f"claim {cid} note tag")
            if c["note"].startswith("[minor]") and cid != f"MIN-{k[0]}-{slug(k[1])}-{k[2]}":
                bad(f"minor claim id {cid}")
            c["_story"], c["_guids"] = k[0], guids
        elif ids != {""}:
            bad(f"group {k} in one article has claim id {ids}")
    for cid, c in claims.items():
        if cid not in seen_ids:
            bad(f"claims.csv {cid} not used in counts")
        if c["variant_of"]:
            o = claims.get(c["variant_of"])
            if not o or o.get("_story") != c.get("_story") or tm[o["first_guid"]] >= tm[c["first_guid"]]:
                bad(f"bad variant_of {cid}")
    # ---- spread
    spread = defaultdict(list)
    for r in read_csv("spread.csv"):
        spread[r["claim_id"]].append(r)
    for cid, c in claims.items():
        if "_guids" not in c:
            continue
        per_outlet = {}
        for g in sorted(c["_guids"], key=lambda g: tm[g]):
            per_outlet.setdefault(items[g]["outlet"], g)
        exp = sorted(per_outlet.items(), key=lambda x: tm[x[1]])
        got = sorted(spread.get(cid, []), key=lambda r: int(r["rank"]))
        if [(o, g) for o, g in exp] != [(r["outlet"], r["guid"]) for r in got]:
            bad(f"spread wrong for {cid}")
        elif got[0]["guid"] != c["first_guid"] or any(r["published_at_utc"] != iso(tm[r["guid"]]) for r in got):
            bad(f"spread rank 1 / times wrong for {cid}")
        if [int(r["rank"]) for r in got] != list(range(1, len(got) + 1)):
            bad(f"spread ranks for {cid}")
    for cid in spread:
        if cid not in claims:
            bad(f"spread for unknown claim {cid}")

    # ---- duplicates
    figs = defaultdict(set)
    for r in counts:
        figs[r["guid"]].add((r["subject"], r["value"]))
    dups = read_csv("duplicates.csv")
    dup_guids = set()
    for d in dups:
        g, o = d["guid"], d["duplicate_of_guid"]
        dup_guids.add(g)
        if g not in feed_items or o not in feed_items:
            bad(f"duplicate refers to unknown guid {g}/{o}")
            continue
        a, b = feed_items[g], feed_items[o]
        if d["published_at_utc"] != iso(a["utc"]) or d["original_published_at_utc"] != iso(b["utc"]):
            bad(f"duplicate times {g}")
        delta = a["utc"] - b["utc"]
        if items[g]["story"] != items[o]["story"]:
            bad(f"duplicate across stories {g}")
        if figs[g] != figs[o]:
            bad(f"duplicate figures differ {g}")
        if d["type"] == "repost":
            if a["outlet"] != b["outlet"] or a["title_txt"] != b["title_txt"] or a["summary_txt"] != b["summary_txt"]:
                bad(f"repost not identical {g}")
            if not (dt.timedelta(days=1) <= delta <= dt.timedelta(days=3)):
                bad(f"repost delay {delta} {g}")
        elif d["type"] == "syndication":
            if b["outlet"] != wire or a["outlet"] == wire or delta <= dt.timedelta(0):
                bad(f"syndication outlets/time {g}")
            if WIRE_CREDIT not in a["summary_txt"]:
                bad(f"syndication credit missing {g}")
        else:
            bad(f"duplicate type {d['type']}")
    for g, fi in feed_items.items():
        if WIRE_CREDIT in fi["summary_txt"] and g not in dup_guids:
            bad(f"credited item not labelled as syndication {g}")

    # ---- sizes
    per_lang = Counter(r["language"] for r in items.values())
    multi = [s for s, gs in by_story.items() if len(gs) > 1]
    singles = [s for s, gs in by_story.items() if len(gs) == 1]
    wide = [c for c in claims.values() if 5 <= len(spread.get(c["claim_id"], [])) <= 12]
    muts = [c for c in claims.values() if c["variant_of"]]
    looks = {tuple(sorted((cid, m))) for cid, c in claims.items() for m in re.findall(r"look-alike of (\S+):", c["note"])}
    themes = {r["theme"] for r in items.values()}
    multi_outlet = [gs for gs in by_story.values() if len({items[g]["outlet"] for g in gs}) > 1]
    lang_of = {f["name"]: f["language"] for f in feeds}
    first_local = sum(1 for gs in multi_outlet
                      if lang_of[items[min(gs, key=lambda g: tm[g])]["outlet"]] in ("uk", "pl", "ru", "pt", "nl"))
    if first_local * 3 < len(multi_outlet):
        bad(f"only {first_local} of {len(multi_outlet)} multi-outlet stories first told in uk/pl/ru/pt/nl")
    long_running = 0
    for gs in by_story.values():
        ts = sorted(tm[g] for g in gs)
        span = (ts[-1] - ts[0]).total_seconds() / 86400
        gaps = [(b - a).total_seconds() / 86400 for a, b in zip(ts, ts[1:])]
        if 5 <= span <= 15 and gaps and 3 <= max(gaps) <= 7:
            long_running += 1
    if not (6 <= long_running <= 8):
        bad(f"{long_running} long-running stories")
    checks = [("items", len(items), 230), ("stories", len(by_story), 45), ("multi-item stories", len(multi), 28),
              ("singletons", len(singles), 15), ("claims", len(claims), 70), ("claims spread 5-12", len(wide), 12),
              ("mutations", len(muts), 8), ("look-alike pairs", len(looks), 15)]
    for name, got, need in checks:
        if got < need:
            bad(f"size {name} = {got} < {need}")
    for l in LANGS:
        if per_lang[l] < 12:
            bad(f"language {l}: {per_lang[l]} items")
    if not (7 <= len(themes) <= 10):
        bad(f"{len(themes)} themes")
    if PROBLEMS:
        print(f"VERIFY: {len(PROBLEMS)} problem(s)")
        for p in PROBLEMS[:200]:
            print("  -", p)
        return 1
    print(f"VERIFY OK: {len(items)} items, {len(feeds)} outlets, {len(per_lang)} languages, {len(by_story)} stories "
          f"({len(multi)} multi, {len(singles)} singletons), {len(themes)} themes, {len(claims)} claims "
          f"({len(wide)} spread 5-12, {len(muts)} mutations), {len(looks)} look-alike pairs, "
          f"{first_local}/{len(multi_outlet)} multi-outlet stories first told in uk/pl/ru/pt/nl, "
          f"{long_running} long-running, "
          f"{len(counts)} counts, {len(noncounts)} noncounts, {len(dups)} duplicates; per language "
          + ", ".join(f"{l}={per_lang[l]}" for l in LANGS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
