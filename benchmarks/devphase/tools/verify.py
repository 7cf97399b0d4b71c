"""Independent check of devphase: re-reads feeds.yaml, feeds/*.xml and labels/*.csv (not the sources) and checks
labels against the published text and the corpus requirements. Python 3 standard library only. Exit 0 = ok."""

from __future__ import annotations

import csv
import html
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from numparse import NOT_FLAGGED, NUMBER, WORDS, parse  # noqa: E402
from stories import PAIRS  # noqa: E402

ATOM = "{http://www.w3.org/2005/Atom}"
TAG = re.compile(r"<[^>]+>")
VAGUE = {"en": ["dozens", "hundreds", "thousands", "millions"], "de": ["dutzende", "hunderte", "tausende"],
         "fr": ["dizaines", "centaines", "milliers", "vingtaine", "trentaine"],
         "es": ["decenas", "centenares", "cientos"], "it": ["decine", "centinaia", "migliaia", "trentina"],
         "pl": ["dziesiątki", "setki", "kilkadziesiąt"], "ru": ["десятки", "сотни", "десятков"],
         "uk": ["десятки", "сотні", "десятків"], "pt": ["dezenas", "centenas", "milhares"],
         "nl": ["tientallen", "honderden", "duizenden"]}
problems: list[str] = []


def bad(msg: str) -> None:
    problems.append(msg)


def read_csv(name: str) -> list[dict[str, str]]:
    with (ROOT / "labels" / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def read_feeds() -> tuple[list[dict], dict[str, dict]]:
    feeds, entry = [], None
    for line in (ROOT / "feeds.yaml").read_text(encoding="utf-8").splitlines():
        m = re.match(r"\s*-?\s*(name|url|language):\s*(.*)$", line)
        if not m:
            continue
        key, value = m.group(1), m.group(2).strip()
        if value.startswith("'") and value.endswith("'"):
            value = value[1:-1].replace("''", "'")
        if key == "name":
            entry = {"name": value}
            feeds.append(entry)
        else:
            entry[key] = value
    items: dict[str, dict] = {}
    for feed in feeds:
        root = ET.parse(ROOT / feed["url"]).getroot()
        order = []
        if root.tag == "rss":
            channel = root.find("channel")
            if channel.findtext("language") != feed["language"]:
                bad(f"{feed['name']}: channel language differs from feeds.yaml")
            for it in channel.findall("item"):
                summary = it.findtext("description") or ""
                rec = {"guid": it.findtext("guid"), "title": it.findtext("title"),
                       "summary": html.unescape(TAG.sub("", summary)), "html": bool(TAG.search(summary)),
                       "date_raw": it.findtext("pubDate"), "utc": parsedate_to_datetime(it.findtext("pubDate"))}
                order.append(rec)
        else:
            for it in root.findall(f"{ATOM}entry"):
                s = it.find(f"{ATOM}summary")
                is_html = s.get("type") == "html"
                text = s.text or ""
                rec = {"guid": it.findtext(f"{ATOM}id"), "title": it.findtext(f"{ATOM}title"),
                       "summary": html.unescape(TAG.sub("", text)) if is_html else text, "html": is_html,
                       "date_raw": it.findtext(f"{ATOM}published"),
                       "utc": datetime.fromisoformat(it.findtext(f"{ATOM}published"))}
                order.append(rec)
        times = [r["utc"] for r in order]
        feed["order"] = ("newest" if times == sorted(times, reverse=True) else
                         "oldest" if times == sorted(times) else "shuffled")
        feed["n"] = len(order)
        for rec in order:
            rec["outlet"], rec["lang"] = feed["name"], feed["language"]
            rec["utc"] = rec["utc"].astimezone(timezone.utc)
            if rec["guid"] in items:
                bad(f"duplicate guid {rec['guid']}")
            items[rec["guid"]] = rec
    return feeds, items


def main() -> int:
    feeds, feed_items = read_feeds()
    items = {r["guid"]: r for r in read_csv("items.csv")}
    counts, noncounts = read_csv("counts.csv"), read_csv("noncounts.csv")
    claims = {r["claim_id"]: r for r in read_csv("claims.csv")}
    spread, dups = read_csv("spread.csv"), read_csv("duplicates.csv")

    # items
    if set(items) != set(feed_items):
        bad(f"items.csv and feeds differ: {sorted(set(items) ^ set(feed_items))[:5]}")
    for g, row in items.items():
        f = feed_items.get(g)
        if f is None:
            continue
        if (row["outlet"], row["language"]) != (f["outlet"], f["lang"]):
            bad(f"{g}: outlet or language differs")
        if row["published_at_utc"] != f["utc"].strftime("%Y-%m-%dT%H:%M:%SZ"):
            bad(f"{g}: time differs ({row['published_at_utc']} vs {f['utc']})")
        if not (datetime(2026, 5, 1, tzinfo=timezone.utc) <= f["utc"] < datetime(2026, 6, 1, tzinfo=timezone.utc)):
            bad(f"{g}: outside May 2026")
    if len({r["published_at_utc"] for r in items.values()}) != len(items):
        bad("two items share a time")

    # every count and non-count is in its field; values read back
    text = {(g, fld): (feed_items[g]["title"] if fld == "title" else feed_items[g]["summary"])
            for g in feed_items for fld in ("title", "summary")}
    by_field: dict[tuple, list[str]] = defaultdict(list)
    for r in counts:
        t = text.get((r["guid"], r["field"]))
        if t is None or r["surface"] not in t:
            bad(f"count {r['surface']!r} not in {r['guid']} {r['field']}")
            continue
        by_field[(r["guid"], r["field"])].append(r["surface"])
    for r in noncounts:
        t = text.get((r["guid"], r["field"]))
        if t is None or r["surface"] not in t:
            bad(f"non-count {r['surface']!r} not in {r['guid']} {r['field']}")
            continue
        by_field[(r["guid"], r["field"])].append(r["surface"])
    his = {(r["guid"], r["field"], r["subject"].replace("(low end", "(high end")): r for r in counts if r["range"] == "hi"}
    for r in counts:
        lang = feed_items[r["guid"]]["lang"]
        unit_m = r["kind"] == "measure" and r["unit"] in ("m", "mm")
        got, want = parse(r["surface"], lang, unit_m), float(r["value"])
        if r["kind"] == "measure" and r["unit"] == "MW" and "gw" in r["surface"].casefold():
            got = got * 1000 if got is not None else None
        if got is not None and abs(got - want) > 1e-6 * max(1, want) and r["range"] == "lo":
            hi = his.get((r["guid"], r["field"], r["subject"].replace("(low end", "(high end")))
            if hi:
                m = NUMBER.search(hi["surface"].replace("\u00a0", " "))
                bare = parse(m.group(), lang) if m else None
                if bare:
                    got = got * float(hi["value"]) / bare
        if got is None or abs(got - want) > 1e-6 * max(1, want):
            bad(f"{r['guid']}: {r['surface']!r} reads {got}, labelled {want}")
    for (g, fld), t in text.items():
        masked = t
        for s in sorted(by_field.get((g, fld), []), key=len, reverse=True):
            masked = masked.replace(s, " \u2063 ")
        if re.search(r"\d", masked):
            bad(f"{g} {fld}: unlabelled digit: {masked!r}")
        lang = feed_items[g]["lang"]
        low = masked.casefold()
        for w in list(WORDS[lang]) + VAGUE[lang]:
            if w not in NOT_FLAGGED.get(lang, set()) and re.search(rf"(?<![\w'’]){re.escape(w)}(?![\w'’])", low):
                bad(f"{g} {fld}: unlabelled number word {w!r}")

    # claims
    mentions: dict[str, list[str]] = defaultdict(list)
    for r in counts:
        if r["claim_id"]:
            if r["claim_id"] not in claims:
                bad(f"unknown claim {r['claim_id']}")
                continue
            c = claims[r["claim_id"]]
            if abs(float(c["value"]) - float(r["value"])) > 1e-9 or c["subject"] != r["subject"]:
                bad(f"{r['guid']}: row of {r['claim_id']} has another value or subject")
            if r["guid"] not in mentions[r["claim_id"]]:
                mentions[r["claim_id"]].append(r["guid"])
    groups: dict[tuple, set] = defaultdict(set)
    group_items: dict[tuple, set] = defaultdict(set)
    for r in counts:
        # a figure of another story cited in a cross-reference belongs to its own story's claim
        story = claims[r["claim_id"]]["story"] if r["claim_id"] in claims else items[r["guid"]]["story"]
        key = (story, r["subject"], float(r["value"]), r["kind"], r["unit"])
        groups[key].add(r["claim_id"])
        group_items[key].add(r["guid"])
    for key, ids in groups.items():
        if len(group_items[key]) >= 2 and (len(ids) != 1 or "" in ids):
            bad(f"repeated figure without one claim id: {key} {ids}")
    spread_by: dict[str, list[dict]] = defaultdict(list)
    for r in spread:
        spread_by[r["claim_id"]].append(r)
    pc = feeds[0]["name"]
    for cid, c in claims.items():
        guids = sorted(mentions.get(cid, []), key=lambda g: feed_items[g]["utc"])
        if len(guids) < 2:
            bad(f"claim {cid} in fewer than 2 articles")
            continue
        if c["first_guid"] != guids[0] or c["first_outlet"] != feed_items[guids[0]]["outlet"]:
            bad(f"claim {cid}: first publisher is {guids[0]}")
        if c["first_outlet"] == pc:
            bad(f"claim {cid}: first published by the first feed")
        expect, seen = [], set()
        for g in guids:
            if feed_items[g]["outlet"] not in seen:
                seen.add(feed_items[g]["outlet"])
                expect.append((feed_items[g]["outlet"], g))
        got = [(r["outlet"], r["guid"]) for r in sorted(spread_by[cid], key=lambda r: int(r["rank"]))]
        if got != expect:
            bad(f"claim {cid}: spread differs")
        v = c["variant_of"]
        if v:
            if v not in claims or claims[v]["story"] != c["story"]:
                bad(f"claim {cid}: variant_of {v} is not of the same story")
            elif feed_items[claims[v]["first_guid"]]["utc"] >= feed_items[c["first_guid"]]["utc"]:
                bad(f"claim {cid}: not later than {v}")

    # ranges: each low end has its high end in the same field
    lo = Counter((r["guid"], r["field"]) for r in counts if r["range"] == "lo")
    hi = Counter((r["guid"], r["field"]) for r in counts if r["range"] == "hi")
    if lo != hi:
        bad("range ends do not pair up")

    # duplicates
    for d in dups:
        a, b = feed_items.get(d["guid"]), feed_items.get(d["duplicate_of_guid"])
        if a is None or b is None or a["utc"] <= b["utc"]:
            bad(f"duplicate {d['guid']}: missing or not later")
            continue
        if items[d["guid"]]["story"] != items[d["duplicate_of_guid"]]["story"]:
            bad(f"duplicate {d['guid']}: another story")
        if d["type"] == "repost" and (a["outlet"] != b["outlet"] or (a["title"], a["summary"]) != (b["title"], b["summary"])):
            bad(f"repost {d['guid']} is not identical or not the same outlet")
        if d["type"] == "syndication" and (a["outlet"] == b["outlet"] or "Lodestar" not in a["title"] + a["summary"]):
            bad(f"syndicated copy {d['guid']} lacks a credit or is the same outlet")

    # corpus requirements
    stories: dict[str, list[dict]] = defaultdict(list)
    for r in items.values():
        stories[r["story"]].append(r)
    multi = {s: v for s, v in stories.items() if len(v) > 1}
    singles = [s for s, v in stories.items() if len(v) == 1]
    langs = Counter(r["language"] for r in items.values())
    n_outlets = Counter(mentions_outlet for cid in claims for mentions_outlet in [len(spread_by[cid])])
    wide = [cid for cid in claims if len(spread_by[cid]) >= 4]
    muts = [cid for cid in claims if claims[cid]["variant_of"]]
    uk_feeds = [f for f in feeds if f["language"] == "uk"]
    orders = Counter(f["order"] for f in feeds)
    checks = [
        (len(items) >= 180, f"{len(items)} items (>= 180)"),
        (len(langs) >= 9 and {"en", "de", "fr", "es", "it", "pl", "ru", "uk", "pt"} <= set(langs),
         f"{len(langs)} languages: {dict(langs)}"),
        (len(feeds) >= 12 and len(uk_feeds) >= 2, f"{len(feeds)} outlets, {len(uk_feeds)} in Ukrainian"),
        (len(multi) >= 22 and all(4 <= len(v) <= 12 and len({r['language'] for r in v}) >= 3 for v in multi.values()),
         f"{len(multi)} multi-item stories, each 4-12 items in >= 3 languages"),
        (len(singles) >= 12, f"{len(singles)} singletons"),
        (len(claims) >= 40 and len(wide) >= 15, f"{len(claims)} claims, {len(wide)} over >= 4 outlets"),
        (len(muts) >= 6, f"{len(muts)} mutations"),
        (len(dups) >= 6, f"{len(dups)} duplicates ({dict(Counter(d['type'] for d in dups))})"),
        (orders["oldest"] == 1 and orders["shuffled"] == 1 and orders["newest"] == len(feeds) - 2,
         f"feed orders {dict(orders)}"),
    ]
    pair_ok = 0
    for a, b, _ in PAIRS:
        ta, tb = {r["theme"] for r in stories[a]}, {r["theme"] for r in stories[b]}
        if a in multi and b in multi and ta == tb and len(ta) == 1:
            pair_ok += 1
        else:
            bad(f"pair {a}/{b} is not two multi-item stories of one theme")
    checks.append((pair_ok >= 8, f"{pair_ok} same-theme pairs"))
    for ok, msg in checks:
        print(("ok   " if ok else "FAIL ") + msg)
        if not ok:
            bad(msg)

    # cross-zone near-ties: two outlets' earliest items for a claim, under an hour apart, whose local clock
    # times are in the other order
    ties = []
    for cid, rows in spread_by.items():
        rows = sorted(rows, key=lambda r: int(r["rank"]))
        for x in rows:
            for y in rows:
                fx, fy = feed_items[x["guid"]], feed_items[y["guid"]]
                if fx["utc"] < fy["utc"] < fx["utc"] + timedelta(hours=1):
                    lx, ly = re.search(r"\d\d:\d\d", fx["date_raw"]).group(), re.search(r"\d\d:\d\d", fy["date_raw"]).group()
                    if lx > ly:
                        ties.append(f"{cid}: {fx['outlet']} {fx['date_raw']} before {fy['outlet']} {fy['date_raw']}")
    print(f"ok   {len(ties)} cross-zone near-ties (local clocks in the other order):")
    for t in ties:
        print("       " + t)
    if problems:
        print("\n".join(problems[:100]))
        print(f"{len(problems)} problems")
        return 1
    print("verify: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
