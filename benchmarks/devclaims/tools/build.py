#!/usr/bin/env python3
"""Regenerate feeds/, feeds.yaml, labels/*.csv and README.md from tools/outlets.

Usage:  python3 tools/build.py        (run from benchmarks/devclaims or anywhere)

Stdlib only.  The outlet files in tools/outlets/<slug>.py hold the source text
and the annotations of every item; the claim table (value, subject, variant_of,
note) lives below in CLAIMS.  Everything derived (first outlet, first guid,
spread ranks, duplicates, published_at_utc) is computed here, and the build
fails loudly when the annotations are inconsistent.
"""

import csv
import importlib.util
import io
import os
import random
import re
import sys
from collections import Counter, OrderedDict, defaultdict
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from xml.sax.saxutils import escape

sys.dont_write_bytecode = True  # keep tools/outlets free of __pycache__

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUTLET_DIR = os.path.join(HERE, "outlets")

# Order of feeds in feeds.yaml.  The first feed must never be first publisher.
FEED_ORDER = [
    "northgate-ledger",
    "meridian-wire",
    "rheinblick",
    "alpenpost",
    "courrier-rhone",
    "vigie-montreal",
    "faro-peninsular",
    "gazzetta-tirreno",
    "kurier-wislany",
    "nevsky-vestnik",
    "dnipro-kurier",
    "jornal-tejo",
    "scheldebode",
]
WIRE = "meridian-wire"

# claim_id -> value, subject, variant_of, note.  "main" marks the designed
# main spreading claims (checked for >= 4 outlets, several languages, a span
# of at most 4 days and an outlet with a short early item plus a later one).
CLAIMS = OrderedDict()


def claim(cid, value, subject, note, variant_of="", main=False):
    CLAIMS[cid] = dict(value=value, subject=subject, note=note, variant_of=variant_of, main=main)


# --- core: main spreading claims -------------------------------------------
claim(
    "zwickau-jobs",
    1200,
    "jobs",
    "[core] Hallbach closes its Zwickau plant: 1,200 jobs cut; first reported by Rheinblick, not the wire",
    main=True,
)
claim(
    "kuzbass-trapped",
    7,
    "trapped miners",
    "[core] methane outburst at a Kuzbass mine traps seven miners (mostly spelled out: семеро, seven, sieben, siedmiu)",
    main=True,
)
claim(
    "leiria-evacuated",
    3000,
    "evacuated",
    "[core] Pombal/Leiria wildfire: 3,000 evacuated; first in a short Jornal do Tejo item (três mil), look-alike of the 3,000 Lisbon protesters",
    main=True,
)
claim(
    "breach-records",
    182000,
    "records",
    "[core] Stroomhaven data breach: 182,000 customer records (182.000 / 182 000 / 182 тыс.)",
    main=True,
)
claim(
    "lampedusa-arrivals",
    1240,
    "migrants arrived",
    "[core] 1,240 migrants reach Lampedusa in 24 hours; syndicated by the wire to Northgate and (translated) to La Vigie",
    main=True,
)
claim(
    "ourense-dead",
    5,
    "dead",
    "[core] Ourense bridge collapse kills five; look-alike of the five dead of the Lake Constance ferry",
    main=True,
)
claim(
    "italy-budget",
    18000000000,
    "budget",
    "[core] Italy's 2026 budget worth 18 billion euro (18 miliardi / 18.000 millones / 18-Milliarden / €18bn / 18 mld)",
    main=True,
)
claim("krakow-police", 18000, "protesters", "[core] Cracow teachers' march, police estimate 18,000", main=True)
claim("krakow-organisers", 45000, "protesters", "[core] Cracow teachers' march, organisers' estimate 45,000", main=True)
claim("ferry-dead-4", 4, "dead", "[core] Lake Constance ferry collision, first toll: four dead", main=True)
claim("lyon-sick", 143, "sick", "[core] salmonella outbreak in Lyon school canteens: 143 ill", main=True)
claim(
    "antwerp-injured",
    10,
    "injured",
    "[core] Antwerp footbridge collapse: about ten injured (een tiental / une dizaine / uma dezena / rund zehn / about 10)",
    main=True,
)
claim(
    "sardinia-evacuated",
    1100,
    "evacuated",
    "[core] Oristano wildfire: 1,100 evacuated; same theme as Leiria, look-alike of the 1 100 Montreal dockworkers",
    main=True,
)
claim(
    "vinnytsia-wheat",
    1040000,
    "wheat harvest",
    "[core] Vinnytsia region wheat harvest 1.04 million tonnes (1,04 млн тонн)",
    main=True,
)
claim(
    "genoa-rain",
    312,
    "rainfall",
    "[core] Genoa downpour: 312 mm in 12 hours; stated as mm and as l/m² (312 Liter / 312 l/m²)",
    main=True,
)
claim(
    "gdansk-turnout",
    42,
    "turnout",
    "[core] Gdansk mayoral by-election turnout 42% (42 proc. / 42 Prozent / явка 42%)",
    main=True,
)
# --- core: secondary designed claims and mutations ---------------------------
claim(
    "leiria-area",
    12400,
    "burned area",
    "[core] Pombal/Leiria wildfire burned 12,400 hectares (12.400 hectares / 12,4 тыс. гектаров / 12.400 ettari)",
)
claim(
    "breach-records-200k",
    200000,
    "records",
    "[core] mutation: 182,000 records inflated to 'nearly 200,000' (quase 200 mil, майже 200 тис.)",
    variant_of="breach-records",
)
claim(
    "krakow-upto",
    50000,
    "protesters",
    "[core] mutation: organisers' 45,000 reported as 'up to 50,000' (до 50 тисяч, bis zu 50.000)",
    variant_of="krakow-organisers",
)
claim(
    "ferry-dead-5",
    5,
    "dead",
    "[core] mutation: updated toll, four dead -> five dead after a passenger died in hospital",
    variant_of="ferry-dead-4",
)
claim(
    "lyon-sick-150",
    150,
    "sick",
    "[core] mutation: 143 ill rounded up to 'almost 150' (fast 150, casi 150)",
    variant_of="lyon-sick",
)
claim(
    "vinnytsia-wheat-1m",
    1000000,
    "wheat harvest",
    "[core] mutation: 1.04 million tonnes restated as 'over a million tonnes' (понад мільйон тонн, über eine Million Tonnen)",
    variant_of="vinnytsia-wheat",
)
# --- minor: other figures repeated in >= 2 articles ---------------------------
claim("kuzbass-surfaced", 46, "miners brought to surface", "[minor] Kuzbass mine: 46 miners brought to the surface")
claim("kuzbass-dead", 2, "dead", "[minor] Kuzbass mine: two miners dead")
claim("kuzbass-rescued", 5, "rescued miners", "[minor] Kuzbass mine: five miners rescued")
claim("leiria-firefighters", 600, "firefighters", "[minor] Pombal/Leiria wildfire: more than 600 firefighters")
claim("poll-pl-pension", 61, "oppose raising retirement age", "[minor] Polish pension poll: 61% against")
claim("poll-pl-sample", 1012, "respondents", "[minor] Polish pension poll: 1,012 respondents")
claim("de-diesel", "1.79", "diesel price", "[minor] German average diesel price 1.79 euro per litre")
claim("de-petrol", "1.74", "petrol price", "[minor] German average petrol price 1.74 euro per litre")
claim("lampedusa-boats", 31, "boats", "[minor] Lampedusa: 31 boats")
claim(
    "lampedusa-capacity",
    400,
    "reception capacity",
    "[minor] Lampedusa reception centre capacity 400 (look-alike of the 400 evacuated in Genoa)",
)
claim("ourense-injured", 11, "injured", "[minor] Ourense bridge collapse: 11 injured (Onze, undici, Elf)")
claim(
    "italy-health",
    1200000000,
    "health spending",
    "[minor] Italy's 2026 budget: 1.2 billion euro for health (1,2 miliardi / 1.200 millones / 1,2 mld)",
)
claim("krakow-payrise", 20, "pay rise demanded", "[minor] Cracow teachers demand a 20% pay rise")
claim("ferry-injured", 23, "injured", "[minor] Lake Constance ferry: 23 injured (Vingt-trois)")
claim("ferry-passengers", 120, "passengers", "[minor] Lake Constance ferry: 120 passengers on board")
claim(
    "lyon-hospitalised",
    12,
    "hospitalised",
    "[minor] Lyon outbreak: 12 hospitalised (une douzaine / a dozen / zwölf / Doce)",
)
claim("lyon-children", 97, "sick children", "[minor] Lyon outbreak: 97 children among the sick")
claim("lyon-schools", 6, "schools", "[minor] Lyon outbreak: pupils from six schools")
claim("france-trains", 40, "regional trains running", "[minor] French rail strike: only 40% of regional trains running")
claim("sardinia-area", 2300, "burned area", "[minor] Oristano wildfire: 2,300 hectares burned")
claim("vinnytsia-area", 227000, "harvested area", "[minor] Vinnytsia wheat gathered from 227,000 hectares")
claim("hierro-arrivals", 212, "migrants arrived", "[minor] El Hierro: 212 migrants arrive")
claim("hierro-minors", 38, "minors", "[minor] El Hierro: 38 minors among the arrivals")
claim("hierro-boats", 3, "boats", "[minor] El Hierro: three boats (tres cayucos)")
claim("antwerp-serious", 2, "seriously injured", "[minor] Antwerp footbridge: two seriously injured")
claim("genoa-evacuated", 400, "evacuated", "[minor] Genoa floods: 400 people forced from their homes")
claim(
    "lisbon-police",
    3000,
    "protesters",
    "[minor] Lisbon housing protest, police estimate 3,000 (look-alike of the 3,000 Leiria evacuees)",
)
claim("lisbon-organisers", 10000, "protesters", "[minor] Lisbon housing protest, organisers' estimate 10,000 (dez mil)")
claim(
    "ourense-bridges",
    40,
    "bridges to inspect",
    "[minor] Ourense: 40 Galician bridges to be inspected (repeated only through El Faro's re-post)",
)
claim(
    "ourense-local-dead",
    4,
    "local residents among dead",
    "[minor] Ourense: four of the dead were locals (repeated only through El Faro's re-post)",
)
claim(
    "genoa-returning",
    250,
    "evacuees returning home",
    "[minor] Genoa: 250 of the 400 evacuees return home (repeated only through the Gazzetta re-post)",
)
claim("gdansk-winner", 54, "vote share", "[minor] Gdansk by-election: winner's 54% vote share")

KINDS = {
    "count": {""},
    "percent": {"%"},
    "money": {"EUR", "USD", "PLN", "RUB", "UAH", "EUR/l"},
    "measure": {"t", "mm", "l/m²", "km/h", "m", "km", "ha"},
}
WHYS = {"duration", "age", "date", "time", "ordinal", "year", "race_time", "margin", "vague"}

PERIOD_START = datetime(2025, 10, 1, tzinfo=UTC)
PERIOD_END = datetime(2025, 10, 21, tzinfo=UTC)

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

errors = []


def err(msg):
    errors.append(msg)


# ----------------------------------------------------------------- loading ---
def load_outlets():
    sys.path.insert(0, OUTLET_DIR)
    outlets = []
    for slug in FEED_ORDER:
        path = os.path.join(OUTLET_DIR, slug + ".py")
        if not os.path.exists(path):
            print("note: outlet file missing, skipped:", slug)
            continue
        spec = importlib.util.spec_from_file_location("outlet_" + slug.replace("-", "_"), path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        meta = dict(mod.OUTLET)
        if meta["slug"] != slug:
            err(f"{path}: OUTLET slug {meta['slug']!r} != file name")
        items = [dict(it) for it in mod.ITEMS]
        for it in items:
            it["outlet_slug"] = slug
            it["outlet"] = meta["name"]
            it["language"] = meta["language"]
            local = datetime.fromisoformat(it["pub"])
            if local.tzinfo is None:
                err(f"{it['guid']}: pub without UTC offset")
            it["local"] = local
            it["utc"] = local.astimezone(UTC)
            it["updated_local"] = datetime.fromisoformat(it["updated"])
        outlets.append((meta, items))
    return outlets


def utc_str(dt):
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def rfc822(dt, style):
    base = f"{DAYS[dt.weekday()]}, {dt.day:02d} {MONTHS[dt.month - 1]} {dt.year} {dt:%H:%M:%S}"
    off = dt.utcoffset()
    if style == "GMT":
        assert off == timedelta(0)
        return base + " GMT"
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return base + f" {sign}{mins // 60:02d}{mins % 60:02d}"


def atom_time(dt, style):
    if style == "Z":
        assert dt.utcoffset() == timedelta(0)
        return dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    return dt.isoformat()


# ------------------------------------------------------------------ feeds ---
def order_items(meta, items):
    if meta["order"] == "newest":
        return sorted(items, key=lambda i: i["utc"], reverse=True)
    if meta["order"] == "oldest":
        return sorted(items, key=lambda i: i["utc"])
    if meta["order"] == "shuffled":
        out = sorted(items, key=lambda i: i["guid"])
        rnd = random.Random(20251007)
        for _ in range(50):
            rnd.shuffle(out)
            t = [i["utc"] for i in out]
            if t != sorted(t) and t != sorted(t, reverse=True):
                break
        return out
    raise ValueError(meta["order"])


def attr(s):
    return escape(s, {'"': "&quot;"})


def write_rss(meta, items):
    style = meta["tz"]
    last = max(i["local"] for i in items)
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0">',
        "  <channel>",
        f"    <title>{escape(meta['name'])}</title>",
        f"    <link>{escape(meta['site'])}</link>",
        f"    <description>{escape(meta['description'])}</description>",
        f"    <language>{escape(meta['language'])}</language>",
        f"    <lastBuildDate>{rfc822(last, style)}</lastBuildDate>",
    ]
    for it in order_items(meta, items):
        if it["html"]:
            assert "]]>" not in it["summary"]
            desc = f"<![CDATA[{it['summary']}]]>"
        else:
            desc = escape(it["summary"])
        out += [
            "    <item>",
            f"      <title>{escape(it['title'])}</title>",
            f"      <link>{escape(it['link'])}</link>",
            f'      <guid isPermaLink="false">{escape(it["guid"])}</guid>',
            f"      <pubDate>{rfc822(it['local'], style)}</pubDate>",
            f"      <description>{desc}</description>",
            "    </item>",
        ]
    out += ["  </channel>", "</rss>", ""]
    return "\n".join(out)


def write_atom(meta, items):
    style = meta["tz"]
    last = max(max(i["local"], i["updated_local"]) for i in items)
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{attr(meta["language"])}">',
        f"  <title>{escape(meta['name'])}</title>",
        f"  <subtitle>{escape(meta['description'])}</subtitle>",
        f"  <id>{escape(meta['site'])}/</id>",
        f'  <link href="{attr(meta["site"])}/"/>',
        f'  <link rel="self" href="{attr(meta["site"])}/feeds/{meta["slug"]}.xml"/>',
        f"  <updated>{atom_time(last, style)}</updated>",
        f"  <author><name>{escape(meta['name'])}</name></author>",
    ]
    for it in order_items(meta, items):
        typ = "html" if it["html"] else "text"
        out += [
            "  <entry>",
            f'    <title type="text">{escape(it["title"])}</title>',
            f'    <link href="{attr(it["link"])}"/>',
            f"    <id>{escape(it['guid'])}</id>",
            f"    <published>{atom_time(it['local'], style)}</published>",
            f"    <updated>{atom_time(it['updated_local'], style)}</updated>",
            f'    <summary type="{typ}">{escape(it["summary"])}</summary>',
            "  </entry>",
        ]
    out += ["</feed>", ""]
    return "\n".join(out)


# --------------------------------------------------------------- coverage ---
def assign_spans(text, surfaces):
    """Assign each surface (in order) to its first free, boundary-respecting
    occurrence.  Returns (spans, missing_surfaces)."""
    taken, missing = [], []
    for s in surfaces:
        start, found = 0, None
        while True:
            i = text.find(s, start)
            if i < 0:
                break
            j = i + len(s)
            ok = True
            if s[0].isalnum() and i > 0 and text[i - 1].isalnum():
                ok = False
            if s[-1].isalnum() and j < len(text) and text[j].isalnum():
                ok = False
            if any(i < b and a < j for a, b in taken):
                ok = False
            if ok:
                found = (i, j)
                break
            start = i + 1
        if found:
            taken.append(found)
        else:
            missing.append(s)
    return taken, missing


def uncovered_digits(text, spans):
    return [(k, ch) for k, ch in enumerate(text) if ch.isdigit() and not any(a <= k < b for a, b in spans)]


# ------------------------------------------------------------------ checks ---
def dec(v):
    return Decimal(str(v))


def check_items(all_items):
    seen_guid, seen_link, seen_time = {}, {}, {}
    for it in all_items:
        g = it["guid"]
        if g in seen_guid:
            err(f"duplicate guid {g}")
        seen_guid[g] = it
        if it["link"] in seen_link:
            err(f"duplicate link {it['link']}")
        seen_link[it["link"]] = it
        if it["utc"] in seen_time:
            err(f"same published time {utc_str(it['utc'])}: {g} and {seen_time[it['utc']]['guid']}")
        seen_time[it["utc"]] = it
        if not (PERIOD_START <= it["utc"] < PERIOD_END):
            err(f"{g}: published {utc_str(it['utc'])} outside 1-20 October 2025")
        if not (datetime(2025, 10, 1) <= it["local"].replace(tzinfo=None) < datetime(2025, 10, 21)):
            err(f"{g}: local date outside 1-20 October 2025")
        if it["updated_local"] < it["local"]:
            err(f"{g}: updated before published")
        for fld in ("title", "summary"):
            text = it[fld]
            rows = [c for c in it["counts"] if c["field"] == fld] + [n for n in it["noncounts"] if n["field"] == fld]
            spans, missing = assign_spans(text, [r["surface"] for r in rows])
            for s in missing:
                err(f"{g} {fld}: surface {s!r} not found (or not enough occurrences) in {text!r}")
            for k, ch in uncovered_digits(text, spans):
                err(f"{g} {fld}: digit {ch!r} at {k} not covered: ...{text[max(0, k - 20) : k + 20]!r}")
        for c in it["counts"]:
            if c["kind"] not in KINDS or c["unit"] not in KINDS[c["kind"]]:
                err(f"{g}: bad kind/unit {c['kind']}/{c['unit']} for {c['surface']!r}")
            if c["claim_id"] and c["claim_id"] not in CLAIMS:
                err(f"{g}: unknown claim_id {c['claim_id']}")
            if not c["subject"]:
                err(f"{g}: empty subject for {c['surface']!r}")
        for n in it["noncounts"]:
            if n["why"] not in WHYS:
                err(f"{g}: bad why {n['why']}")
        if it["story"].startswith("single-") is False and not it["story"]:
            err(f"{g}: empty story")
    return seen_guid


def check_duplicates(all_items, by_guid):
    for it in all_items:
        if not it["dup"]:
            continue
        og, typ = it["dup"]
        o = by_guid.get(og)
        if o is None:
            err(f"{it['guid']}: duplicate_of {og} unknown")
            continue
        if o["dup"]:
            err(f"{it['guid']}: duplicate of a duplicate")
        if it["story"] != o["story"] or it["theme"] != o["theme"]:
            err(f"{it['guid']}: duplicate does not share story/theme with original")
        if it["utc"] <= o["utc"]:
            err(f"{it['guid']}: duplicate not later than its original")
        if typ == "repost":
            if it["outlet_slug"] != o["outlet_slug"]:
                err(f"{it['guid']}: repost by a different outlet")
            if (it["title"], it["summary"]) != (o["title"], o["summary"]):
                err(f"{it['guid']}: repost text differs from original")
            d = it["utc"] - o["utc"]
            if not (timedelta(days=1) <= d <= timedelta(days=3)):
                err(f"{it['guid']}: repost {d} after original (want 1-3 days)")
        elif typ == "syndication":
            if o["outlet_slug"] != WIRE or it["outlet_slug"] == WIRE:
                err(f"{it['guid']}: syndication must copy a wire item into another outlet")
            if not re.search(r"(Meridian Wire|\(Meridian\))\s*$", it["summary"]):
                err(f"{it['guid']}: syndicated copy lacks the credit line")
        else:
            err(f"{it['guid']}: bad duplicate type {typ}")


def compute_claims(all_items):
    """Return {claim_id: sorted list of (utc, item)} for articles carrying it."""
    carriers = defaultdict(dict)
    for it in all_items:
        for c in it["counts"]:
            if c["claim_id"]:
                cid = c["claim_id"]
                carriers[cid][it["guid"]] = it
                cl = CLAIMS.get(cid)
                if cl is None:
                    continue
                if dec(c["value"]) != dec(cl["value"]):
                    err(f"{it['guid']}: {c['surface']!r} value {c['value']} != claim {cid} value {cl['value']}")
                if c["subject"] != cl["subject"]:
                    err(
                        f"{it['guid']}: {c['surface']!r} subject {c['subject']!r} != claim {cid} subject {cl['subject']!r}"
                    )
    result = {}
    for cid in CLAIMS:
        arts = sorted(carriers.get(cid, {}).values(), key=lambda i: i["utc"])
        if len(arts) < 2:
            err(f"claim {cid}: carried by {len(arts)} article(s), need >= 2")
            continue
        if len(arts) > 1 and arts[0]["utc"] == arts[1]["utc"]:
            err(f"claim {cid}: tie for first article")
        stories = {a["story"] for a in arts}
        if len(stories) != 1:
            err(f"claim {cid}: spans several stories {stories}")
        result[cid] = arts
    return result


def spread_rows(arts):
    rows, seen = [], set()
    for a in arts:
        if a["outlet_slug"] in seen:
            continue
        seen.add(a["outlet_slug"])
        rows.append(a)
    return rows


def check_claims(claim_arts, all_items):
    first_feed = FEED_ORDER[0]
    for cid, arts in claim_arts.items():
        cl = CLAIMS[cid]
        sp = spread_rows(arts)
        if arts[0]["outlet_slug"] == first_feed:
            err(f"claim {cid}: first outlet is the first feed in feeds.yaml")
        if cl["variant_of"]:
            base = claim_arts.get(cl["variant_of"])
            if base is None:
                err(f"claim {cid}: variant_of {cl['variant_of']} unknown")
            elif base[0]["utc"] >= arts[0]["utc"]:
                err(f"claim {cid}: variant is not later than {cl['variant_of']}")
        times = [a["utc"] for a in sp]
        if len(set(times)) != len(times):
            err(f"claim {cid}: two spread items share a time")
        if cl["main"]:
            langs = {a["language"] for a in sp}
            if not (4 <= len(sp) <= 10):
                err(f"main claim {cid}: {len(sp)} outlets (want 4-10)")
            if len(langs) < 3:
                err(f"main claim {cid}: only {len(langs)} languages")
            if arts[-1]["utc"] - arts[0]["utc"] > timedelta(days=4):
                err(f"main claim {cid}: spread longer than 4 days")
            per_outlet = defaultdict(list)
            for a in arts:
                if not (a["dup"] and a["dup"][1] == "repost"):
                    per_outlet[a["outlet_slug"]].append(a)
            if not any(len(v) >= 2 and len(v[0]["summary"]) <= len(v[1]["summary"]) + 40 for v in per_outlet.values()):
                err(f"main claim {cid}: no outlet with a short early item and a later item")
    # exhaustiveness: same (story, subject, value) in >= 2 articles must be a claim
    groups = defaultdict(set)
    for it in all_items:
        for c in it["counts"]:
            if not c["claim_id"]:
                groups[(it["story"], c["subject"], dec(c["value"]))].add(it["guid"])
    for key, guids in groups.items():
        if len(guids) >= 2:
            err(f"repeated figure without claim_id: {key} in {sorted(guids)}")
    # each (story, subject, value) maps to a single claim
    cmap = defaultdict(set)
    for it in all_items:
        for c in it["counts"]:
            cmap[(it["story"], c["subject"], dec(c["value"]))].add(c["claim_id"])
    for key, cids in cmap.items():
        if len(cids) > 1:
            err(f"figure {key} labelled with several claim ids {cids}")


# ------------------------------------------------------------------ output ---
def write_csv(path, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def fmt_value(v):
    d = dec(v)
    if d == d.to_integral_value():
        return str(int(d))
    return format(d.normalize(), "f")


def main():
    outlets = load_outlets()
    all_items = [it for _, items in outlets for it in items]
    by_guid = check_items(all_items)
    check_duplicates(all_items, by_guid)
    claim_arts = compute_claims(all_items)
    check_claims(claim_arts, all_items)

    # feeds + feeds.yaml
    os.makedirs(os.path.join(ROOT, "feeds"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "labels"), exist_ok=True)
    yaml = ["feeds:"]
    for meta, items in outlets:
        xml = write_rss(meta, items) if meta["format"] == "rss" else write_atom(meta, items)
        with open(os.path.join(ROOT, "feeds", meta["slug"] + ".xml"), "w", encoding="utf-8") as f:
            f.write(xml)
        yaml += [f"  - name: {meta['name']}", f"    url: feeds/{meta['slug']}.xml", f"    language: {meta['language']}"]
    with open(os.path.join(ROOT, "feeds.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(yaml) + "\n")

    ordered = sorted(all_items, key=lambda i: (i["utc"], i["guid"]))

    def L(name):
        return os.path.join(ROOT, "labels", name)

    write_csv(
        L("items.csv"),
        ["guid", "outlet", "language", "published_at_utc", "story", "theme"],
        [[i["guid"], i["outlet"], i["language"], utc_str(i["utc"]), i["story"], i["theme"]] for i in ordered],
    )
    crow, nrow = [], []
    for i in ordered:
        for fld in ("title", "summary"):
            for c in i["counts"]:
                if c["field"] == fld:
                    crow.append(
                        [
                            i["guid"],
                            fld,
                            c["surface"],
                            fmt_value(c["value"]),
                            c["kind"],
                            c["unit"],
                            c["subject"],
                            c["claim_id"],
                        ]
                    )
            for n in i["noncounts"]:
                if n["field"] == fld:
                    nrow.append([i["guid"], fld, n["surface"], n["why"]])
    write_csv(L("counts.csv"), ["guid", "field", "surface", "value", "kind", "unit", "subject", "claim_id"], crow)
    write_csv(L("noncounts.csv"), ["guid", "field", "surface", "why"], nrow)
    clrows, sprows = [], []
    for cid, cl in CLAIMS.items():
        arts = claim_arts.get(cid)
        if not arts:
            continue
        first = arts[0]
        clrows.append(
            [cid, fmt_value(cl["value"]), cl["subject"], first["outlet"], first["guid"], cl["variant_of"], cl["note"]]
        )
        for rank, a in enumerate(spread_rows(arts), 1):
            sprows.append([cid, rank, a["outlet"], a["guid"], utc_str(a["utc"])])
    write_csv(
        L("claims.csv"), ["claim_id", "value", "subject", "first_outlet", "first_guid", "variant_of", "note"], clrows
    )
    write_csv(L("spread.csv"), ["claim_id", "rank", "outlet", "guid", "published_at_utc"], sprows)
    duprows = [
        [i["guid"], i["dup"][0], i["dup"][1], utc_str(i["utc"]), utc_str(by_guid[i["dup"][0]]["utc"])]
        for i in ordered
        if i["dup"] and i["dup"][0] in by_guid
    ]
    write_csv(
        L("duplicates.csv"),
        ["guid", "duplicate_of_guid", "type", "published_at_utc", "original_published_at_utc"],
        duprows,
    )

    stats = make_stats(outlets, all_items, clrows, crow, nrow, duprows, claim_arts)
    write_readme(stats)
    print_stats(stats, all_items)
    if errors:
        print(f"\nBUILD FOUND {len(errors)} PROBLEM(S):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("\nbuild OK")


def make_stats(outlets, all_items, clrows, crow, nrow, duprows, claim_arts):
    stories = Counter(i["story"] for i in all_items)
    themes = Counter(i["theme"] for i in all_items)
    st = dict(
        items=len(all_items),
        outlets=len(outlets),
        languages=sorted({m["language"] for m, _ in outlets}),
        stories=len(stories),
        multi=sum(1 for s, n in stories.items() if n >= 2 and not s.startswith("single-")),
        singletons=sum(1 for s in stories if s.startswith("single-")),
        themes=len(themes),
        claims=len(clrows),
        core=sum(1 for r in clrows if r[6].startswith("[core]")),
        main=sum(1 for c in claim_arts if CLAIMS[c]["main"]),
        mutations=sum(1 for r in clrows if r[5]),
        counts=len(crow),
        noncounts=len(nrow),
        reposts=sum(1 for d in duprows if d[2] == "repost"),
        syndications=sum(1 for d in duprows if d[2] == "syndication"),
        rss=sum(1 for m, _ in outlets if m["format"] == "rss"),
        atom=sum(1 for m, _ in outlets if m["format"] == "atom"),
        story_sizes=stories,
        theme_sizes=themes,
        outlet_rows=[
            (m["name"], m["slug"], m["language"], m["format"], m["order"], tz_label(m, its), len(its))
            for m, its in outlets
        ],
        why=Counter(r[3] for r in nrow),
        kind=Counter(r[4] for r in crow),
    )
    return st


def tz_label(meta, items):
    if meta["tz"] in ("GMT", "Z"):
        return meta["tz"]
    s = rfc822(items[0]["local"], "offset")[-5:]
    return s if meta["format"] == "rss" else s[:3] + ":" + s[3:]


def print_stats(st, all_items):
    print(f"items {st['items']}, outlets {st['outlets']}, languages {len(st['languages'])} {st['languages']}")
    print(f"stories {st['stories']} (multi-item {st['multi']}, singletons {st['singletons']}), themes {st['themes']}")
    print(f"claims {st['claims']} (core {st['core']}, main spreading {st['main']}, mutations {st['mutations']})")
    print(
        f"counts rows {st['counts']}, noncounts rows {st['noncounts']}, reposts {st['reposts']}, syndications {st['syndications']}"
    )
    print("kinds:", dict(st["kind"]), " whys:", dict(st["why"]))
    print("story sizes:", ", ".join(f"{k}={v}" for k, v in sorted(st["story_sizes"].items())))
    print("theme sizes:", ", ".join(f"{k}={v}" for k, v in sorted(st["theme_sizes"].items())))
    per_lang = defaultdict(Counter)
    for it in all_items:
        per_lang[it["language"]]["items"] += 1
        per_lang[it["language"]]["noncounts"] += len(it["noncounts"])
        per_lang[it["language"]]["spelled"] += sum(
            1 for c in it["counts"] if not any(ch.isdigit() for ch in c["surface"])
        )
    for lang, c in sorted(per_lang.items()):
        print(f"  {lang}: {dict(c)}")


README_TEMPLATE = """# devclaims — fictional multilingual news corpus for tuning

A labelled, entirely fictional news corpus (outlets, people, companies and
events are invented; places are real and spelled the way each language spells
them: Kraków / Cracow / Krakau / Cracovie / Краков, Genova / Genoa / Genua /
Gênes / Génova, Konstanz / Constance / Costanza / Konstancja ...). It is meant
to tune a media-monitoring tool: numeric-claim extraction, first-publisher and
spread tracking, mutation links between claims, and story clustering. It was
written independently of the tool and of the other corpora in `benchmarks/`.

Period: 1-20 October 2025. Everything is generated from `tools/outlets/*.py`
by `python3 tools/build.py`; `python3 tools/verify.py` re-checks the generated
feeds and labels with the standard library only.

## Counts (generated)

| | |
|---|---|
| items | {items} |
| outlets / feeds | {outlets} ({rss} RSS 2.0, {atom} Atom) |
| languages | {nlang}: {languages} |
| stories | {stories} ({multi} with >= 2 items, {singletons} singletons `single-*`) |
| themes | {themes} |
| claims | {claims} ({core} `[core]`, of which {main} main spreading claims and {mutations} mutations with `variant_of`) |
| counts.csv rows | {counts} |
| noncounts.csv rows | {noncounts} |
| duplicates | {reposts} re-posts, {syndications} syndicated copies |

Outlets:

| feed | slug | lang | format | item order | UTC offset style | items |
|---|---|---|---|---|---|---|
{outlet_table}

## Layout

```
feeds.yaml                 the feeds (name, url, language)
feeds/<slug>.xml           one RSS 2.0 or Atom feed per outlet
labels/items.csv           one row per item
labels/counts.csv          numeric quantities in titles/summaries
labels/noncounts.csv       digits/number words that are not counts
labels/claims.csv          repeated figures (claims), first publisher, mutations
labels/spread.csv          per claim, each outlet's earliest article, ranked
labels/duplicates.csv      re-posts and syndicated copies
tools/outlets/<slug>.py    source text + annotations of every item
tools/build.py             regenerates feeds, labels and this README's counts
tools/verify.py            stdlib consistency check of feeds + labels
```

## Label semantics

### items.csv
`guid,outlet,language,published_at_utc,story,theme` — guid is the RSS `<guid>` or Atom `<id>`; outlet is the feed's name as in feeds.yaml; published_at_utc ISO 8601 with Z (the pubDate converted to UTC); story = one real-world event plus its follow-ups/reactions (a re-post and its original, a syndicated copy and its original, share the story); theme = broader grouping above stories.

### counts.csv
`guid,field,surface,value,kind,unit,subject,claim_id`
- one row per numeric quantity an analyst would want extracted from the title or summary (each occurrence: a number in the title and again in the summary gives two rows). field is `title` or `summary`.
- surface: exact substring of that field (after XML unescaping, HTML tags are fine to leave out of the surface). Convention: the number expression itself, including a magnitude word or unit glued to it (`1,3 тыс.`, `4,1 млн тонн`, `vier Millionen`, `42 proc.`, `54 %`, `1.340 Tonnen`, `180 Liter`, `18 billion euro`), but without hedges (nearly, fast, knapp, почти, casi, quasi, about) and without the subject noun. Spelled-out counts are labelled too.
- value: the number the surface states, normalised (`1,3 тыс.` → 1300; `42 proc.` → 42; `1.340` → 1340; `1,2 miliardi di euro` → 1200000000).
- kind: `count` (people/things), `percent` (unit `%`), `money` (unit `EUR`, `USD`, `PLN`, `RUB`, `UAH`, `EUR/l`), `measure` (unit `t`, `mm`, `l/m²`, `km/h`, `m`, `km`, `ha`).
- subject: short English noun phrase (dead, injured, evacuated, protesters, jobs, records, …).
- claim_id: set when the quantity belongs to a tracked claim (below), otherwise empty.

### noncounts.csv
`guid,field,surface,why` with why in `duration|age|date|time|ordinal|year|race_time|margin|vague`. Every digit in every title/summary must be covered by a counts.csv or noncounts.csv surface (build.py checks this).

### claims.csv
`claim_id,value,subject,first_outlet,first_guid,variant_of,note` — a claim = one figure about one fact (event + subject + value) that appears in ≥ 2 articles (re-posts and syndicated copies count as articles). Exhaustive for the corpus. `first_guid` = the truly earliest article carrying it (avoid ties). `variant_of` only for a true mutation (a later figure that outlets present as the same figure restated or updated). Note starts with `[core]` for designed claims, `[minor]` for other repeated figures.

### spread.csv
`claim_id,rank,outlet,guid,published_at_utc` — for each claim, each outlet's earliest article mentioning it (a re-post or later follow-up from the same outlet adds no row), ranked by time, rank 1 = first_guid.

### duplicates.csv
`guid,duplicate_of_guid,type,published_at_utc,original_published_at_utc` with type `repost` or `syndication`.

## Conventions used in this corpus (beyond the semantics above)

- Collective approximations carry their value and are counts: `een tiental` /
  `une dizaine` / `uma dezena` 10, `une douzaine` / `a dozen` 12, `una
  ventina` 20, `une quarantaine` 40; the surface includes the article
  (`une dizaine`). Words without a definite value (`Thousands`, `Tausende`,
  `Zehntausende`, `Dutzende`, `tysiące`, `kilkudziesięciu`, `тысячи`,
  `сотни`, `Milhares`, `Miles`) are noncounts with why `vague`.
- A money surface keeps the currency (`1,79 Euro`, `3 cêntimos`), not the
  "per litre"; the unit `EUR/l` says it is a price per litre.
- `a million tonnes`, `мільйон тонн`, `eine Million Tonnen` carry the value
  1000000 (article included in the surface where it is the number).
- Spelled-out durations and ordinals without digits (`vingt-quatre heures`,
  `douze heures`, `trois heures`, `troisième`, `terzo`, `tercer`, `second`)
  are also listed in noncounts.csv.
- Exhaustiveness of claims is enforced mechanically by build.py: within a
  story, the same (subject, value) in two or more articles must carry a
  claim_id, and one (story, subject, value) maps to one claim.
- A syndicated copy keeps the wire item's story; its published time is the
  copy's own time.

## Designed difficulties

- **First publisher is rarely the wire.** Main claims start at local outlets
  (Rheinblick for Zwickau, Jornal do Tejo for Leiria, De Scheldebode for the
  breach, Gazzetta del Tirreno for Lampedusa/Sardinia/Genoa, El Faro for
  Ourense, Kurier Wiślany for Cracow/Gdańsk, Alpenpost for the ferry,
  Невский вестник for the mine, Дніпровий кур'єр for the harvest) and the wire
  follows; only the Italian budget is first on the wire. The first feed in
  feeds.yaml (The Northgate Ledger) is never first for any claim.
- **Short item first, full item later.** For every main claim one outlet
  carries it first in a short item and again in a later, longer item; only
  its earliest mention counts in spread.csv.
- **Number formats per language:** 182,000 / 182.000 / 182 000 (narrow
  no-break space in French, no-break space in Polish) / 182 тыс. / 182 tys. /
  200 тис. / 200 mil / 18 miliardi di euro / 18.000 millones / 18-Milliarden /
  €18bn / 18 mld euro / 1,04 млн тонн / 12,4 тыс. гектаров / três mil /
  tremila / dez mil.
- **Units that are equivalent:** the Genoa rainfall is 312 mm, 312 millimetri,
  312 milímetros, 312mm, but also 312 Liter (pro Quadratmeter) and 312 l/m².
- **Mutations (`variant_of`):** 182,000 → nearly 200,000 records; 1.04 million
  → over a million tonnes; four dead → five dead (updated toll); organisers'
  45,000 → "up to 50,000"; 143 ill → almost 150.
- **Look-alikes:** five dead in the Ourense bridge collapse vs five dead on
  the Lake Constance ferry (and five rescued miners, five injured in Łódź);
  3,000 Leiria evacuees vs 3,000 Lisbon protesters; 1,200 Zwickau jobs vs
  1.200 Tonnen wheat on a Rhine barge; 1,100 Sardinia evacuees vs 1 100
  Montreal dockworkers; 400 Lampedusa places vs 400 Genoa evacuees; 20% pay
  rise vs una ventina (20) rescued; 12 hospitalised vs 12 hours of rain.
- **Same-theme pairs** (different events, places, people, numbers): two
  wildfires (Leiria, Oristano), two protests (Cracow, Lisbon), two bridge
  collapses (Ourense, Antwerp) plus a ferry collision, two migrant landings
  (Lampedusa, El Hierro), two polls (Poland, Netherlands), two harvests
  (Vinnytsia, Rostov), two fuel-price items (Germany/Austria, Portugal),
  several strikes (France, Italy, Manchester, Montreal), several races.
- **Duplicates:** identical re-posts by the same outlet 1-3 days later (new
  guid and link), syndicated copies of wire items in English (Northgate,
  credit "— Meridian Wire", minor edits) and in French (La Vigie, translated
  by the wire's French service, credit "(Meridian)").
- **Non-counts in every language:** durations (48-hour, 24-stündiger, 24 ore,
  15 segundos, 31 час), ages (45-year-old, 37 años, 71-летняя, 22-річна),
  dates (3 de octubre, 4. Oktober, 1–3 października, 20 жовтня), clock times
  (20.15 Uhr, 14:30, 17 h 30, 3h40, 6.40 horas), ordinals (3rd, `3.`, 3-е,
  3-й, 3-тє, troisième, terzo, tercer), years (2026, 1968), race times
  (2:05:48, 4:51:07, 7:31,42), margins (±3 percentage points, ±3 pkt proc.,
  ±2,5 procentpunt). Names that contain number words (Coppa dei Tre Laghi)
  are not labelled.
- **Feed mechanics:** RSS and Atom mixed; most feeds newest first, Rheinblick
  and Gazzetta del Tirreno oldest first, La Vigie shuffled; local UTC offsets
  (GMT, Z, +0100, +0200, +02:00, +0300, +03:00, -04:00); some summaries are
  HTML (RSS CDATA or Atom `type="html"`); French numbers use narrow no-break
  spaces (Le Courrier du Rhône) or no-break spaces (La Vigie), Polish full
  numbers no-break spaces (`182 000`).
"""


def write_readme(st):
    table = "\n".join(
        f"| {n} | {s} | {lang} | {f} | {o} | {tz} | {c} |" for n, s, lang, f, o, tz, c in st["outlet_rows"]
    )
    text = README_TEMPLATE.format(
        items=st["items"],
        outlets=st["outlets"],
        rss=st["rss"],
        atom=st["atom"],
        nlang=len(st["languages"]),
        languages=", ".join(st["languages"]),
        stories=st["stories"],
        multi=st["multi"],
        singletons=st["singletons"],
        themes=st["themes"],
        claims=st["claims"],
        core=st["core"],
        main=st["main"],
        mutations=st["mutations"],
        counts=st["counts"],
        noncounts=st["noncounts"],
        reposts=st["reposts"],
        syndications=st["syndications"],
        outlet_table=table,
    )
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
