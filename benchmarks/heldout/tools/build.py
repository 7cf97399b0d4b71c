#!/usr/bin/env python3
"""Build the held-out corpus (feeds + labels) from tools/outlets/*.py.

Stdlib only. Usage: python3 tools/build.py
Writes feeds/*.xml, feeds.yaml, labels/*.csv, README.md under benchmarks/heldout/.
Prints lint warnings (uncovered digits / number words, repeated numbers without claim ids...).
"""

import csv
import datetime as dt
import email.utils
import glob
import importlib.util
import os
import re
import sys
import xml.dom.minidom
from xml.sax.saxutils import escape, quoteattr

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from claims_def import CLAIMS  # noqa: E402

START = dt.datetime(2025, 3, 1, tzinfo=dt.UTC)
END = dt.datetime(2025, 3, 22, tzinfo=dt.UTC)

WORDS = {
    "en": "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million billion dozen first second third",
    "de": "zwei drei vier fünf sechs sieben acht neun zehn zwölf zwanzig hundert tausend million millionen milliarde milliarden dutzend dritten",
    "ru": "один одна два две три четыре пять шесть семь восемь девять десять двое трое четверо пятеро шестеро семеро тысяч тыс млн шести пяти",
    "uk": "один одна два дві три чотири п’ять шість сім вісім дев’ять десять двоє троє четверо п’ятеро шестеро семеро восьмеро тисяч тис млн шести п’ятьох",
    "fr": "deux trois quatre cinq six sept huit neuf dix douze vingt cent mille million millions milliard dizaine centaine",
    "pl": "dwa dwie dwóch trzy trzech cztery czterech pięć pięciu sześć siedem osiem dziesięć tysiąc tys mln dwoje",
    "es": "dos tres cuatro cinco seis siete ocho nueve diez doce veinte cien mil millón millones decena docena",
    "it": "due tre quattro cinque sette otto nove dieci dodici venti cento mille tremila duemila milioni miliardi ventina decina",
    "pt": "dois duas três quatro cinco seis sete oito nove dez mil milhões dezena",
    "nl": "één twee drie vier vijf zes zeven acht negen tien twaalf twintig honderd duizend miljoen miljard",
}


def load_outlets():
    mods = []
    for path in sorted(glob.glob(os.path.join(HERE, "outlets", "*.py"))):
        name = os.path.splitext(os.path.basename(path))[0]
        spec = importlib.util.spec_from_file_location("outlet_" + name, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        mods.append(mod)
    return mods


def utc(d):
    return d.astimezone(dt.UTC)


def zstr(d):
    return utc(d).strftime("%Y-%m-%dT%H:%M:%SZ")


def fmt_value(v):
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v)


def rss_date(d, style):
    if style == "gmt":
        return email.utils.format_datetime(utc(d), usegmt=True)
    return email.utils.format_datetime(d)


def atom_date(d):
    s = d.isoformat()
    return s[:-6] + "Z" if s.endswith("+00:00") else s


def write_rss(o, items, path):
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
        "<channel>",
        f"  <title>{escape(o['name'])}</title>",
        f"  <link>https://{o['domain']}/</link>",
        f"  <description>{escape(o['description'])}</description>",
        f"  <language>{o.get('lang_tag', o['language'])}</language>",
        f'  <atom:link href="https://{o["domain"]}/feed.xml" rel="self" type="application/rss+xml"/>',
        f"  <lastBuildDate>{rss_date(items[0]['dt'], o.get('date_style'))}</lastBuildDate>",
    ]
    for it in items:
        perma = "true" if it["guid"] == it["link"] else "false"
        desc = "<![CDATA[" + it["summary"] + "]]>" if it.get("html") else escape(it["summary"])
        out += [
            "  <item>",
            f"    <title>{escape(it['title'])}</title>",
            f"    <link>{escape(it['link'])}</link>",
            f'    <guid isPermaLink="{perma}">{escape(it["guid"])}</guid>',
            f"    <pubDate>{rss_date(it['dt'], o.get('date_style'))}</pubDate>",
            f"    <description>{desc}</description>",
            "  </item>",
        ]
    out += ["</channel>", "</rss>", ""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def write_atom(o, items, path):
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang={quoteattr(o.get("lang_tag", o["language"]))}>',
        f"  <title>{escape(o['name'])}</title>",
        f"  <subtitle>{escape(o['description'])}</subtitle>",
        f"  <id>https://{o['domain']}/</id>",
        f'  <link rel="alternate" href="https://{o["domain"]}/"/>',
        f'  <link rel="self" href="https://{o["domain"]}/feed.atom"/>',
        f"  <updated>{atom_date(items[0]['dt'])}</updated>",
    ]
    for it in items:
        if it.get("html"):
            summ = f'<summary type="html">{escape(it["summary"])}</summary>'
        else:
            summ = f'<summary type="text">{escape(it["summary"])}</summary>'
        out += [
            "  <entry>",
            f"    <title>{escape(it['title'])}</title>",
            f"    <id>{escape(it['guid'])}</id>",
            f'    <link rel="alternate" href={quoteattr(it["link"])}/>',
            f"    <published>{atom_date(it['dt'])}</published>",
            f"    <updated>{atom_date(it['dt'])}</updated>",
            f"    <author><name>{escape(it.get('author', o.get('author', o['name'])))}</name></author>",
            f"    {summ}",
            "  </entry>",
        ]
    out += ["</feed>", ""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def lint_item(o, it, warn):
    lang = o["language"]
    for fld in ("title", "summary"):
        text = it[fld]
        rows = [r for r in it.get("counts", []) if r["field"] == fld] + [
            r for r in it.get("non", []) if r["field"] == fld
        ]
        for r in rows:
            if r["surface"] not in text:
                warn(f"{it['guid']}: surface {r['surface']!r} not in {fld}")
        masked = text
        for r in sorted(rows, key=lambda r: -len(r["surface"])):
            masked = masked.replace(r["surface"], " " * len(r["surface"]))
        masked_nohtml = re.sub(r"<[^>]+>", " ", masked)
        for m in re.finditer(r"\d+", masked_nohtml):
            warn(
                f"{it['guid']}: uncovered digits {m.group()!r} in {fld}: ...{masked_nohtml[max(0, m.start() - 25) : m.end() + 25]!r}"
            )
        for w in WORDS[lang].split():
            for m in re.finditer(r"(?<![\w’'])" + re.escape(w) + r"(?![\w’'])", masked_nohtml, re.I):
                warn(
                    f"{it['guid']}: uncovered number word {w!r} in {fld}: ...{masked_nohtml[max(0, m.start() - 25) : m.end() + 25]!r}"
                )


def main():
    mods = load_outlets()
    all_items, feeds = [], []
    warnings = []
    warn = warnings.append
    by_path = {}
    for mod in mods:
        o = mod.OUTLET
        items = []
        for raw in mod.ITEMS:
            it = dict(raw)
            it["dt"] = dt.datetime.fromisoformat(it["at"])
            assert it["dt"].tzinfo is not None, it["at"]
            it["link"] = f"https://{o['domain']}/{it['path']}"
            it["guid"] = f"https://{o['domain']}/?p={it['p']}" if it.get("p") else it["link"]
            it["outlet"] = o["name"]
            it["language"] = o["language"]
            it["slug"] = o["slug"]
            it.setdefault("counts", [])
            it.setdefault("non", [])
            if not (START <= utc(it["dt"]) < END):
                warn(f"{it['guid']}: date out of range {it['at']}")
            by_path[(o["slug"], it["path"])] = it
            items.append(it)
        items.sort(key=lambda x: utc(x["dt"]), reverse=True)
        o["_items"] = items
        feeds.append(o)
        all_items += items

    # guid uniqueness
    seen = {}
    for it in all_items:
        if it["guid"] in seen:
            warn(f"duplicate guid {it['guid']}")
        seen[it["guid"]] = it
    # duplicates / syndication
    dups = []
    for it in all_items:
        if it.get("repost_of"):
            orig = by_path[(it["slug"], it["repost_of"])]
            if (orig["title"], orig["summary"]) != (it["title"], it["summary"]):
                warn(f"{it['guid']}: repost differs from original")
            if orig["story"] != it["story"]:
                warn(f"{it['guid']}: repost story differs")
            dups.append((it["guid"], orig["guid"], "repost", zstr(it["dt"]), zstr(orig["dt"])))
        if it.get("synd_of"):
            slug, p = it["synd_of"]
            orig = by_path[(slug, p)]
            if utc(orig["dt"]) >= utc(it["dt"]):
                warn(f"{it['guid']}: syndicated copy not later than original")
            if orig["story"] != it["story"]:
                warn(f"{it['guid']}: syndicated story differs")
            dups.append((it["guid"], orig["guid"], "syndication", zstr(it["dt"]), zstr(orig["dt"])))

    for o in feeds:
        for it in o["_items"]:
            lint_item(o, it, warn)
            for r in it["counts"]:
                if r["claim"] and r["claim"] not in CLAIMS:
                    warn(f"{it['guid']}: unknown claim {r['claim']}")

    # repeated numbers without claim ids
    groups = {}
    for it in all_items:
        for r in it["counts"]:
            g = groups.setdefault((it["story"], r["subject"], fmt_value(r["value"]), r["kind"]), [set(), set()])
            g[0].add(it["guid"])
            g[1].add(r["claim"])
    for k, (v, cl) in groups.items():
        if len(v) >= 2 and ("" in cl or len(cl) > 1):
            warn(f"repeated quantity with missing/inconsistent claim_id {sorted(cl)}: {k} in {len(v)} items")

    # write feeds
    for o in feeds:
        ext = "xml"
        path = os.path.join(ROOT, "feeds", f"{o['slug']}.{ext}")
        (write_rss if o["format"] == "rss" else write_atom)(o, o["_items"], path)
        xml.dom.minidom.parse(path)
    with open(os.path.join(ROOT, "feeds.yaml"), "w", encoding="utf-8") as f:
        f.write("# Held-out evaluation corpus (fictional outlets). URLs are relative to this file.\nfeeds:\n")
        for o in feeds:
            f.write(f"  - name: {o['name']}\n    url: feeds/{o['slug']}.xml\n    language: {o['language']}\n")

    L = os.path.join(ROOT, "labels")
    ordered = sorted(all_items, key=lambda x: (utc(x["dt"]), x["guid"]))
    with open(os.path.join(L, "items.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["guid", "outlet", "language", "published_at_utc", "story", "theme"])
        for it in ordered:
            w.writerow([it["guid"], it["outlet"], it["language"], zstr(it["dt"]), it["story"], it["theme"]])
    with open(os.path.join(L, "counts.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["guid", "field", "surface", "value", "kind", "unit", "subject", "claim_id"])
        for it in ordered:
            for r in it["counts"]:
                w.writerow(
                    [
                        it["guid"],
                        r["field"],
                        r["surface"],
                        fmt_value(r["value"]),
                        r["kind"],
                        r["unit"],
                        r["subject"],
                        r["claim"],
                    ]
                )
    with open(os.path.join(L, "noncounts.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["guid", "field", "surface", "why"])
        for it in ordered:
            for r in it["non"]:
                w.writerow([it["guid"], r["field"], r["surface"], r["why"]])
    # claims + spread
    claim_items = {}
    for it in ordered:
        for r in it["counts"]:
            if r["claim"]:
                lst = claim_items.setdefault(r["claim"], [])
                if it not in lst:
                    lst.append(it)
    spread_rows, claim_rows = [], []
    for cid, (value, subject, variant_of, note) in CLAIMS.items():
        its = claim_items.get(cid, [])
        if len(its) < 2:
            warn(f"claim {cid} appears in {len(its)} items")
            if not its:
                continue
        first = its[0]
        if len(its) > 1 and utc(its[0]["dt"]) == utc(its[1]["dt"]):
            warn(f"claim {cid}: tie for first")
        claim_rows.append([cid, fmt_value(value), subject, first["outlet"], first["guid"], variant_of, note])
        per_outlet = {}
        for it in its:
            per_outlet.setdefault(it["outlet"], it)
        for rank, it in enumerate(sorted(per_outlet.values(), key=lambda x: utc(x["dt"])), 1):
            spread_rows.append([cid, rank, it["outlet"], it["guid"], zstr(it["dt"])])
    with open(os.path.join(L, "claims.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["claim_id", "value", "subject", "first_outlet", "first_guid", "variant_of", "note"])
        w.writerows(claim_rows)
    with open(os.path.join(L, "spread.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["claim_id", "rank", "outlet", "guid", "published_at_utc"])
        w.writerows(spread_rows)
    with open(os.path.join(L, "duplicates.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["guid", "duplicate_of_guid", "type", "published_at_utc", "original_published_at_utc"])
        w.writerows(sorted(dups, key=lambda r: r[3]))

    # stats
    stories = {}
    for it in all_items:
        stories.setdefault(it["story"], []).append(it)
    singletons = [s for s, v in stories.items() if len(v) == 1]
    bad_single = [s for s in singletons if not s.startswith("single-")]
    bad_multi = [s for s, v in stories.items() if len(v) > 1 and s.startswith("single-")]
    for s in bad_single:
        warn(f"story {s} has one item but no single- prefix")
    for s in bad_multi:
        warn(f"story {s} has single- prefix but {len(stories[s])} items")
    langs = {}
    for it in all_items:
        langs[it["language"]] = langs.get(it["language"], 0) + 1
    themes = {}
    for it in all_items:
        themes[it["theme"]] = themes.get(it["theme"], 0) + 1
    big = sorted(
        (
            (s, len(v), len({i["language"] for i in v}), len({i["outlet"] for i in v}))
            for s, v in stories.items()
            if len(v) > 1
        ),
        key=lambda x: -x[1],
    )
    stats = dict(
        n_items=len(all_items),
        n_outlets=len(feeds),
        n_languages=len(langs),
        per_language=", ".join(f"{k}: {v}" for k, v in sorted(langs.items())),
        per_outlet="\n".join(
            f"| {o['name']} | {o['language']} | {'RSS 2.0' if o['format'] == 'rss' else 'Atom'} | feeds/{o['slug']}.xml | {len(o['_items'])} |"
            for o in feeds
        ),
        n_stories=len(stories),
        n_singletons=len(singletons),
        n_multi=len(stories) - len(singletons),
        multi_table="\n".join(f"| {s} | {n} | {nl} | {no} | {stories[s][0]['theme']} |" for s, n, nl, no in big),
        per_theme=", ".join(f"{k}: {v}" for k, v in sorted(themes.items())),
        n_counts=sum(len(i["counts"]) for i in all_items),
        n_counts_claim=sum(1 for i in all_items for r in i["counts"] if r["claim"]),
        n_non=sum(len(i["non"]) for i in all_items),
        n_claims=len(claim_rows),
        n_spread=len(spread_rows),
        n_dups=sum(1 for d in dups if d[2] == "repost"),
        n_synd=sum(1 for d in dups if d[2] == "syndication"),
    )
    tpl = os.path.join(HERE, "README.template.md")
    if os.path.exists(tpl):
        with open(tpl, encoding="utf-8") as f:
            text = f.read()
        for k, v in stats.items():
            text = text.replace("{{" + k + "}}", str(v))
        with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
            f.write(text)
    for w_ in warnings:
        print("WARN", w_)
    print({k: v for k, v in stats.items() if k not in ("per_outlet", "multi_table")})
    print("stories:", len(stories), "singletons:", len(singletons))
    return 1 if warnings else 0


if __name__ == "__main__":
    sys.exit(main())
