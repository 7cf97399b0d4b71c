#!/usr/bin/env python3
"""Build the devcrowd corpus deterministically: feeds, labels, README. Then run checks."""
import csv
import sys as _sys
_sys.dont_write_bytecode = True
import datetime as dt
import email.utils
import hashlib
import os
import random
import re
import sys
from collections import defaultdict, OrderedDict
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from common import (clean, LEXICON, number_positions, fmt_value, slug, NONCOUNT_WHY, CURRENCIES,
                    WIRE_CREDIT, LANGS)
import model
from model import OUTLETS, OUTLET, STORIES, CORE, LOOKALIKES, PAIRS, SUBJ
import stories_war, stories_disaster, stories_society, stories_misc  # noqa: F401  (register stories)

UTC = dt.timezone.utc
WHY = {"dur": "duration", "age": "age", "date": "date", "time": "time", "ord": "ordinal", "year": "year",
       "race": "race_time", "margin": "margin", "vague": "vague", "score": "score"}
THEMES = ["war", "disasters", "accidents", "labour", "politics-polls", "crime-courts", "business", "health",
          "sport", "tech"]
ERRORS = []


def err(msg):
    ERRORS.append(msg)


MARK = re.compile(r"\{([^{}|]+)\|([^{}]+)\}")


def parse_field(raw, story, lang, where):
    """Return (raw_without_markup, clean_text, labels). labels: dicts with surface, span in clean text."""
    if raw is None:
        return None, "", []
    out_raw, out_clean, labels = [], [], []
    pos = 0
    cpos = 0
    for m in MARK.finditer(raw):
        seg = raw[pos:m.start()]
        out_raw.append(seg)
        cs = clean(seg)
        out_clean.append(cs)
        cpos += len(cs)
        surface, spec = m.group(1), m.group(2)
        if "<" in surface or "&" in surface:
            err(f"{where}: markup surface contains html: {surface}")
        out_raw.append(surface)
        out_clean.append(surface)
        lab = {"surface": surface, "span": (cpos, cpos + len(surface))}
        cpos += len(surface)
        if spec.startswith("#"):
            w = WHY.get(spec[1:], spec[1:])
            if w not in NONCOUNT_WHY:
                err(f"{where}: bad noncount why {spec}")
            lab.update(nc=True, why=w)
        else:
            unit = ""
            if "@" in spec:
                spec, unit = spec.split("@", 1)
            value = None
            if "=" in spec:
                spec, v = spec.split("=", 1)
                value = float(v)
            elif re.fullmatch(r"\d+", surface):
                value = int(surface)
            else:
                err(f"{where}: value needed for surface {surface!r}")
                value = 0
            skey = spec.strip()
            if skey in story["subj"]:
                subject = story["subj"][skey]
            elif skey in SUBJ:
                subject = SUBJ[skey]
            elif " " in skey:
                subject = skey
            else:
                err(f"{where}: unknown subject key {skey!r}")
                subject = skey
            if unit == "":
                kind = "count"
            elif unit == "%":
                kind = "percent"
            elif unit in CURRENCIES:
                kind = "money"
            else:
                kind = "measure"
            lab.update(nc=False, skey=skey, subject=subject, value=fmt_value(value), kind=kind, unit=unit)
        labels.append(lab)
        pos = m.end()
    seg = raw[pos:]
    out_raw.append(seg)
    out_clean.append(clean(seg))
    txt = "".join(out_clean)
    for lab in labels:
        a, b = lab["span"]
        if txt[a:b] != lab["surface"]:
            err(f"{where}: span mismatch {lab['surface']!r}")
    # coverage
    for a, b, tok in number_positions(txt, lang):
        if not any(la["span"][0] <= a and b <= la["span"][1] for la in labels):
            err(f"{where}: uncovered number {tok!r} in: {txt}")
    if "{" in txt or "}" in txt or "|" in txt:
        err(f"{where}: leftover markup in: {txt}")
    return "".join(out_raw), txt, labels


def parse_t(t):
    m = re.fullmatch(r"(\d\d)-(\d\d) (\d\d):(\d\d)", t)
    return dt.datetime(2026, int(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(4)), tzinfo=UTC)


def iso(d):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def make_guid(okey, n, dom):
    h = hashlib.md5(f"{okey}-{n}".encode()).hexdigest()
    uuid = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"
    styles = {
        "her": (f"https://{dom}/news/2026/06/{48200 + n * 7}", f"https://{dom}/news/2026/06/{48200 + n * 7}"),
        "rp": (f"tag:{dom},2026:artikel/{310500 + n * 13}", f"https://{dom}/artikel/{310500 + n * 13}.html"),
        "cm": (f"https://{dom}/?p={77120 + n * 5}", f"https://{dom}/actualite/{77120 + n * 5}"),
        "vm": (f"urn:uuid:{uuid}", f"https://{dom}/noticias/{h[:10]}"),
        "sl": (f"sentinella-{2026060 + n * 3}", f"https://{dom}/notizie/{2026060 + n * 3}"),
        "kn": (f"https://{dom}/wiadomosci/{n + 9100}", f"https://{dom}/wiadomosci/{n + 9100}"),
        "vv": (f"tag:{dom},2026-06:{5400 + n * 11}", f"https://{dom}/news/{5400 + n * 11}"),
        "bo": (f"bo-{n + 3301}-2026", f"https://{dom}/ru/{n + 3301}"),
        "sk": (f"https://{dom}/news/{n + 125600}", f"https://{dom}/news/{n + 125600}"),
        "pv": (f"urn:uuid:{uuid}", f"https://{dom}/novyny/{h[:12]}"),
        "fd": (f"https://{dom}/artigo/{n * 17 + 60210}", f"https://{dom}/artigo/{n * 17 + 60210}"),
        "mn": (f"tag:{dom},2026:{n + 880}", f"https://{dom}/nieuws/{n + 880}"),
        "mw": (f"https://{dom}/stories/MW-2026-06-{n + 401:04d}", f"https://{dom}/stories/MW-2026-06-{n + 401:04d}"),
    }
    return styles[okey]


def build_items():
    items, by_key = [], {}
    for st in STORIES:
        if st["theme"] not in THEMES:
            err(f"{st['id']}: bad theme {st['theme']}")
        for it in st["items"]:
            it = dict(it)
            it["story"] = st["id"]
            it["theme"] = st["theme"]
            it["utc"] = parse_t(it["t"])
            it["_story"] = st
            items.append(it)
            if it.get("key"):
                if it["key"] in by_key:
                    err(f"duplicate key {it['key']}")
                by_key[it["key"]] = it
    for it in items:
        if it["type"] == "repost":
            o = by_key.get(it["orig"])
            if not o:
                err(f"repost of unknown {it['orig']}")
                continue
            it["outlet"], it["title"], it["summary"] = o["outlet"], o["title"], o["summary"]
            it["dup_of"], it["dup_type"] = o, "repost"
            if o["story"] != it["story"]:
                err(f"repost {it['orig']} in other story")
        elif it.get("syn"):
            o = by_key.get(it["syn"])
            if not o:
                err(f"syndication of unknown {it['syn']}")
                continue
            it["dup_of"], it["dup_type"] = o, "syndication"
    for it in items:
        o = OUTLET[it["outlet"]]
        it["lang"] = o[3]
        where = f"{it['story']}/{it['outlet']}/{it['t']}"
        it["raw_title"], it["title_txt"], it["title_labels"] = parse_field(it["title"], it["_story"], o[3], where + "/title")
        it["raw_summary"], it["summary_txt"], it["summary_labels"] = parse_field(it["summary"], it["_story"], o[3],
                                                                                 where + "/summary")
    # guids per outlet in time order
    per = defaultdict(list)
    for it in items:
        per[it["outlet"]].append(it)
    for ok, lst in per.items():
        lst.sort(key=lambda x: x["utc"])
        for n, it in enumerate(lst):
            it["guid"], it["link"] = make_guid(ok, n, OUTLET[ok][7])
    return items, per


def check_items(items):
    seen = {}
    lo = dt.datetime(2026, 6, 1, tzinfo=UTC)
    hi = dt.datetime(2026, 6, 22, tzinfo=UTC)
    for it in items:
        if it["utc"] in seen:
            err(f"timestamp clash {iso(it['utc'])}: {it['story']}/{it['outlet']} vs {seen[it['utc']]}")
        seen[it["utc"]] = f"{it['story']}/{it['outlet']}"
        if not (lo <= it["utc"] < hi):
            err(f"out of period {it['t']}")
        nw = len(it["title_txt"].split())
        if not (6 <= nw <= 14):
            err(f"title length {nw}: {it['title_txt']}")
        d = it.get("dup_of")
        if d:
            delta = it["utc"] - d["utc"]
            if it["dup_type"] == "repost":
                if not (dt.timedelta(days=1) <= delta <= dt.timedelta(days=3)):
                    err(f"repost delta {delta} for {it['story']}")
            else:
                if d["outlet"] != "mw" or it["outlet"] == "mw" or delta <= dt.timedelta(0):
                    err(f"bad syndication {it['story']}/{it['outlet']}")
                if WIRE_CREDIT not in it["summary_txt"]:
                    err(f"syndication without credit {it['story']}/{it['outlet']}")
                if d["story"] != it["story"]:
                    err("syndication across stories")
                a = {(l["subject"], l["value"]) for l in d["title_labels"] + d["summary_labels"] if not l["nc"]}
                b = {(l["subject"], l["value"]) for l in it["title_labels"] + it["summary_labels"] if not l["nc"]}
                if a != b:
                    err(f"syndication figures differ {it['story']}/{it['outlet']}: {sorted(a ^ b)}")
        elif WIRE_CREDIT in it["summary_txt"]:
            err(f"credit without syndication label {it['story']}/{it['outlet']}")
    sids = [s["id"] for s in STORIES]
    if len(set(sids)) != len(sids):
        err("duplicate story ids")


def compute_claims(items):
    rows = []   # count rows
    nrows = []
    for it in items:
        for field in ("title", "summary"):
            for lab in it[field + "_labels"]:
                if lab["nc"]:
                    nrows.append([it["guid"], field, lab["surface"], lab["why"]])
                else:
                    rows.append({"guid": it["guid"], "field": field, "surface": lab["surface"], "value": lab["value"],
                                 "kind": lab["kind"], "unit": lab["unit"], "subject": lab["subject"],
                                 "skey": lab["skey"], "story": it["story"], "item": it})
    groups = OrderedDict()
    for r in rows:
        groups.setdefault((r["story"], r["subject"], r["value"]), []).append(r)
    core = {}
    stsubj = {s["id"]: s["subj"] for s in STORIES}
    for cid, sid, skey, value, note, var in CORE:
        subject = stsubj[sid].get(skey) or SUBJ.get(skey) or skey
        k = (sid, subject, fmt_value(value))
        if k in core:
            err(f"core claim twice {k}")
        core[k] = (cid, note, var)
    look_notes = defaultdict(list)
    for a, b, text in LOOKALIKES:
        look_notes[a].append(f"look-alike of {b}: {text}")
        look_notes[b].append(f"look-alike of {a}: {text}")
    claims = []
    used_core = set()
    for k, rs in groups.items():
        arts = {}
        for r in rs:
            arts.setdefault(r["guid"], r["item"])
        if len(arts) < 2:
            if k in core:
                err(f"core claim {core[k][0]} has only {len(arts)} article(s)")
            continue
        if k in core:
            cid, note, var = core[k]
            used_core.add(k)
            note = "[core] " + note
        else:
            cid = f"MIN-{k[0]}-{slug(k[1])}-{k[2]}"
            note, var = "[minor] figure repeated across articles", ""
        its = sorted(arts.values(), key=lambda x: x["utc"])
        for r in rs:
            r["claim_id"] = cid
        extra = look_notes.get(cid, [])
        if extra:
            note = note + "; " + "; ".join(extra)
        spread, seen_o = [], set()
        for it in its:
            if it["outlet"] not in seen_o:
                seen_o.add(it["outlet"])
                spread.append(it)
        claims.append({"claim_id": cid, "value": k[2], "subject": k[1], "story": k[0],
                       "first_outlet": OUTLET[its[0]["outlet"]][1], "first_guid": its[0]["guid"],
                       "first_utc": its[0]["utc"], "variant_of": var, "note": note, "spread": spread,
                       "n_articles": len(its)})
    for k, (cid, _, _) in core.items():
        if k not in used_core and k in groups:
            pass
        elif k not in groups:
            err(f"core claim {cid} not found in any article {k}")
    ids = [c["claim_id"] for c in claims]
    if len(ids) != len(set(ids)):
        err("duplicate claim ids")
    cmap = {c["claim_id"]: c for c in claims}
    for c in claims:
        if c["variant_of"]:
            o = cmap.get(c["variant_of"])
            if not o or o["story"] != c["story"] or o["first_utc"] >= c["first_utc"]:
                err(f"bad variant_of for {c['claim_id']}")
    for a, b, _ in LOOKALIKES:
        if a not in cmap or b not in cmap:
            err(f"look-alike refers to missing claim {a} / {b}")
        elif cmap[a]["story"] == cmap[b]["story"] or cmap[a]["value"] != cmap[b]["value"]:
            err(f"look-alike {a}/{b} not same value in different stories")
    return rows, nrows, claims


def rss_time(d, off):
    return email.utils.format_datetime(d.astimezone(dt.timezone(dt.timedelta(minutes=off))))


def atom_time(d, off):
    if off == 0:
        return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return d.astimezone(dt.timezone(dt.timedelta(minutes=off))).isoformat()


CHANNEL_DESC = {
    "her": "Regional and world news from Northgate",
    "rp": "Nachrichten aus dem Rheinland und der Welt",
    "cm": "L’actualité du Sud et du monde",
    "vm": "Noticias de Andalucía, España y el mundo",
    "sl": "Notizie dalla Lombardia, dall’Italia e dal mondo",
    "kn": "Wiadomości z kraju i ze świata",
    "vv": "Новости дня",
    "bo": "Новости Балтии и мира на русском языке",
    "sk": "Новини Слобожанщини та світу",
    "pv": "Новини півдня України",
    "fd": "Notícias do Norte e do mundo",
    "mn": "Nieuws uit Rotterdam en de wereld",
    "mw": "Meridian Wire Service — international news wire",
}


def write_feed(okey, lst):
    _, name, fslug, lang, fmt, off, order, dom = OUTLET[okey]
    lst = sorted(lst, key=lambda x: x["utc"])
    if order == "new":
        lst = lst[::-1]
    elif order == "shuffle":
        random.Random(20260622).shuffle(lst)
    newest = max(x["utc"] for x in lst)
    out = ['<?xml version="1.0" encoding="utf-8"?>']
    if fmt == "rss":
        out.append('<rss version="2.0">')
        out.append("<channel>")
        out.append(f"<title>{escape(name)}</title>")
        out.append(f"<link>https://{dom}/</link>")
        out.append(f"<description>{escape(CHANNEL_DESC[okey])}</description>")
        out.append(f"<language>{lang}</language>")
        out.append(f"<lastBuildDate>{rss_time(newest, off)}</lastBuildDate>")
        for it in lst:
            out.append("<item>")
            out.append(f"  <title>{escape(it['raw_title'])}</title>")
            out.append(f"  <link>{escape(it['link'])}</link>")
            perma = "true" if it["guid"].startswith("http") and it["guid"] == it["link"] else "false"
            out.append(f'  <guid isPermaLink="{perma}">{escape(it["guid"])}</guid>')
            out.append(f"  <pubDate>{rss_time(it['utc'], off)}</pubDate>")
            s = it["raw_summary"]
            if s is not None:
                if "<" in s or "&" in s:
                    out.append(f"  <description><![CDATA[{s}]]></description>")
                else:
                    out.append(f"  <description>{escape(s)}</description>")
            out.append("</item>")
        out.append("</channel>")
        out.append("</rss>")
    else:
        out.append(f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{lang}">')
        out.append(f"  <title>{escape(name)}</title>")
        out.append(f"  <subtitle>{escape(CHANNEL_DESC[okey])}</subtitle>")
        out.append(f'  <link href="https://{dom}/"/>')
        out.append(f"  <id>https://{dom}/</id>")
        out.append(f"  <updated>{atom_time(newest, off)}</updated>")
        for it in lst:
            out.append("  <entry>")
            out.append(f"    <title>{escape(it['raw_title'])}</title>")
            out.append(f'    <link href="{escape(it["link"])}"/>')
            out.append(f"    <id>{escape(it['guid'])}</id>")
            out.append(f"    <published>{atom_time(it['utc'], off)}</published>")
            out.append(f"    <updated>{atom_time(it['utc'], off)}</updated>")
            s = it["raw_summary"]
            if s is not None:
                if "<" in s or "&" in s:
                    out.append(f'    <summary type="html">{escape(s)}</summary>')
                else:
                    out.append(f"    <summary>{escape(s)}</summary>")
            out.append("  </entry>")
        out.append("</feed>")
    with open(os.path.join(ROOT, "feeds", fslug + ".xml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def write_csv(name, header, rows):
    with open(os.path.join(ROOT, "labels", name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    items, per = build_items()
    check_items(items)
    rows, nrows, claims = compute_claims(items)
    os.makedirs(os.path.join(ROOT, "feeds"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "labels"), exist_ok=True)
    with open(os.path.join(ROOT, "feeds.yaml"), "w", encoding="utf-8") as f:
        f.write("feeds:\n")
        for o in OUTLETS:
            f.write(f"  - name: {yq(o[1])}\n    url: feeds/{o[2]}.xml\n    language: {o[3]}\n")
    for o in OUTLETS:
        if per.get(o[0]):
            write_feed(o[0], per[o[0]])
    items_sorted = sorted(items, key=lambda x: x["utc"])
    write_csv("items.csv", ["guid", "outlet", "language", "published_at_utc", "story", "theme"],
              [[it["guid"], OUTLET[it["outlet"]][1], it["lang"], iso(it["utc"]), it["story"], it["theme"]]
               for it in items_sorted])
    order = {it["guid"]: i for i, it in enumerate(items_sorted)}
    fo = {"title": 0, "summary": 1}
    rows.sort(key=lambda r: (order[r["guid"]], fo[r["field"]]))
    write_csv("counts.csv", ["guid", "field", "surface", "value", "kind", "unit", "subject", "claim_id"],
              [[r["guid"], r["field"], r["surface"], r["value"], r["kind"], r["unit"], r["subject"],
                r.get("claim_id", "")] for r in rows])
    nrows.sort(key=lambda r: (order[r[0]], fo[r[1]]))
    write_csv("noncounts.csv", ["guid", "field", "surface", "why"], nrows)
    claims.sort(key=lambda c: (c["first_utc"], c["claim_id"]))
    write_csv("claims.csv", ["claim_id", "value", "subject", "first_outlet", "first_guid", "variant_of", "note"],
              [[c["claim_id"], c["value"], c["subject"], c["first_outlet"], c["first_guid"], c["variant_of"],
                c["note"]] for c in claims])
    sp = []
    for c in claims:
        for i, it in enumerate(c["spread"], 1):
            sp.append([c["claim_id"], i, OUTLET[it["outlet"]][1], it["guid"], iso(it["utc"])])
    write_csv("spread.csv", ["claim_id", "rank", "outlet", "guid", "published_at_utc"], sp)
    dups = [it for it in items_sorted if it.get("dup_of")]
    write_csv("duplicates.csv", ["guid", "duplicate_of_guid", "type", "published_at_utc",
                                 "original_published_at_utc"],
              [[it["guid"], it["dup_of"]["guid"], it["dup_type"], iso(it["utc"]), iso(it["dup_of"]["utc"])]
               for it in dups])
    import readme
    stats = readme.write(ROOT, items_sorted, rows, nrows, claims, STORIES, PAIRS, LOOKALIKES, OUTLETS, THEMES)
    check_sizes(stats)
    if ERRORS:
        print(f"BUILD: {len(ERRORS)} problem(s)")
        for e in ERRORS[:200]:
            print("  -", e)
        return 1
    print("BUILD OK:", ", ".join(f"{k}={v}" for k, v in stats.items() if not isinstance(v, (dict, list))))
    import verify
    return verify.main()


def check_sizes(s):
    want = [("items", 230), ("stories", 45), ("multi_stories", 28), ("singletons", 15), ("claims", 70),
            ("claims_spread_5_12", 12), ("mutations", 8), ("lookalikes", 15), ("same_kind_groups", 12),
            ("long_running", 6)]
    for k, v in want:
        if s.get(k, 0) < v:
            err(f"size: {k}={s.get(k)} < {v}")
    for lang in LANGS:
        if s["per_language"].get(lang, 0) < 12:
            err(f"size: language {lang} has {s['per_language'].get(lang, 0)} items")
    if not (13 <= s["outlets"] <= 14):
        err("outlet count")
    if s["first_in_uk_pl_ru_pt_nl"] * 3 < s["multi_outlet_stories"]:
        err("too few multi-outlet stories first told outside English")


if __name__ == "__main__":
    sys.exit(main())
