#!/usr/bin/env python3
"""Build the devlive corpus: feeds/*.xml, feeds.yaml, labels/*.csv, README.md.

Source text and annotations live in items_*.py (inline markup, see mk.py);
outlets, aliases and designed claims in spec.py.  Python standard library only.
Run:  python3 tools/build.py   (then python3 tools/verify.py)
"""
import csv
import datetime as dt
import email.utils
import hashlib
import os
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from common import field_text, fmt_value, parse_value, uncovered  # noqa: E402
from spec import A, CLAIMS, LOOKALIKES, OUTLETS, STORIES, WIRE  # noqa: E402
import items_disasters, items_war, items_politics, items_misc  # noqa: E402

SRC = items_disasters.ITEMS + items_war.ITEMS + items_politics.ITEMS + items_misc.ITEMS
OUT = {o["code"]: o for o in OUTLETS}
KINDS = {"c": "count", "p": "percent", "m": "money", "x": "measure"}
WHY = {"duration", "age", "date", "time", "ordinal", "year", "race_time", "margin", "vague", "score"}
MK = re.compile(r"⟦(.*?)⟧|⟪(.*?)⟫", re.S)
ERR = []


def err(msg):
    ERR.append(msg)


def num(s):
    v = float(s)
    return int(v) if v.is_integer() else v


# ------------------------------------------------------------------ markup
def parse(src, where):
    raw, text, anns, pos = [], "", [], 0
    for m in MK.finditer(src):
        seg = src[pos:m.start()]
        raw.append(seg)
        text += field_text(seg)
        if m.group(1) is not None:
            parts = m.group(1).split("¦")
            if len(parts) == 2:
                if parts[1] not in A:
                    err(f"{where}: unknown alias {parts[1]}")
                    kind, value, unit, subject = "count", 0, "", "?"
                else:
                    kind, value, unit, subject = A[parts[1]]
            elif len(parts) == 5:
                kind, value, unit, subject = KINDS[parts[1]], num(parts[2]), parts[3], parts[4]
            else:
                err(f"{where}: bad count markup {m.group(0)}")
                continue
            ann = dict(t="count", kind=kind, value=value, unit=unit, subject=subject)
            sraw = parts[0]
        else:
            parts = m.group(2).split("¦")
            if len(parts) != 2 or parts[1] not in WHY:
                err(f"{where}: bad noncount markup {m.group(0)}")
                continue
            sraw = parts[0]
            ann = dict(t="non", why=parts[1])
        surf = field_text(sraw)
        if surf != surf.strip():
            err(f"{where}: surface with outer whitespace {surf!r}")
        ann.update(surface=surf, start=len(text), end=len(text) + len(surf))
        text += surf
        raw.append(sraw)
        anns.append(ann)
        pos = m.end()
    seg = src[pos:]
    raw.append(seg)
    text += field_text(seg)
    raw = "".join(raw)
    if field_text(raw) != text:
        err(f"{where}: text mismatch")
    if "⟦" in text or "⟪" in text or "¦" in text:
        err(f"{where}: stray markup")
    return raw, text, anns


def tzinfo(s):
    sign = 1 if s[0] == "+" else -1
    h, m = int(s[1:3]), int(s[4:6])
    return dt.timezone(sign * dt.timedelta(hours=h, minutes=m))


def iso_z(d):
    return d.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def slugify(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    s = re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-").lower()
    return "-".join(s.split("-")[:7]) or "item"


# ------------------------------------------------------------------ items
by_key = {}
for src in SRC:
    if src["key"] in by_key:
        err(f"duplicate key {src['key']}")
    by_key[src["key"]] = dict(src)

items = []
for it in by_key.values():
    o = OUT[it["outlet"]]
    if it["dup_type"] == "repost":
        orig = by_key[it["dup"]]
        for f in ("story", "title", "summary", "html"):
            it[f] = orig[f]
    elif it["dup_type"] == "syndication":
        it["story"] = by_key[it["dup"]]["story"]
    if it["story"] not in STORIES:
        err(f"{it['key']}: unknown story {it['story']}")
    mo, rest = it["when"].split("-")
    day, hm = rest.split(" ")
    hh, mi = hm.split(":")
    it["local"] = dt.datetime(2026, int(mo), int(day), int(hh), int(mi), tzinfo=tzinfo(o["tz"]))
    it["utc"] = it["local"].astimezone(dt.timezone.utc)
    it["lang"] = o["lang"]
    it["theme"] = STORIES.get(it["story"], "?")
    it["title_raw"], it["title_text"], it["title_anns"] = parse(it["title"], it["key"] + "/title")
    it["sum_raw"], it["sum_text"], it["sum_anns"] = parse(it["summary"], it["key"] + "/summary")
    items.append(it)

items.sort(key=lambda i: i["utc"])

# guids and links, numbered per outlet in chronological order
for code, o in OUT.items():
    rnd = random.Random("ids-" + code)
    n = rnd.randint(20000, 80000)
    for it in [i for i in items if i["outlet"] == code]:
        n += rnd.randint(3, 41)
        site, d = o["site"], it["local"]
        slug = slugify(it["title_text"])
        if code == "NG":
            it["link"] = f"{site}/news/{d:%Y/%m/%d}/{slug}-{n}"
            it["guid"], it["perma"] = it["link"], True
        elif code == "ER":
            it["guid"], it["link"], it["perma"] = f"er-2026-{n}", f"{site}/artikel/{n}.html", False
        elif code == "VR":
            it["guid"], it["link"] = f"tag:veilleur-rhone.example,2026-04:{n}", f"{site}/articles/{n}"
        elif code == "DB":
            it["guid"], it["link"], it["perma"] = f"{site}/?p={n}", f"{site}/{d:%Y/%m/%d}/{slug}/", False
        elif code == "FQ":
            it["guid"], it["link"], it["perma"] = f"faro-{n}", f"{site}/notizie/{n}", False
        elif code == "KN":
            it["link"] = f"{site}/wiadomosci/{slug}-{n}"
            it["guid"], it["perma"] = it["link"], True
        elif code == "VV":
            it["guid"], it["link"], it["perma"] = f"vv:{n}", f"{site}/news/{n}", False
        elif code == "SK":
            h = hashlib.md5(f"sk-{n}".encode()).hexdigest()
            it["guid"] = f"urn:uuid:{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"
            it["link"] = f"{site}/material/{n}"
        elif code == "DK":
            it["guid"], it["link"], it["perma"] = f"dk-{n}", f"{site}/novyny/{n}", False
        elif code == "GN":
            it["guid"], it["link"] = f"tag:halytski-novyny.example,2026:/news/{n}", f"{site}/news/{n}"
        elif code == "JE":
            it["guid"], it["link"], it["perma"] = f"je-{n}", f"{site}/artigo/{n}", False
        elif code == "PP":
            it["guid"] = it["link"] = f"{site}/nieuws/{n}"
        elif code == "MW":
            it["guid"], it["link"] = f"tag:meridianwire.example,2026:MW-{n}", f"{site}/story/MW-{n}"
for k, c in Counter(i["guid"] for i in items).items():
    if c > 1:
        err(f"duplicate guid {k}")
for k, c in Counter(i["utc"] for i in items).items():
    if c > 1:
        err(f"time tie at {k}: " + ", ".join(i["key"] for i in items if i["utc"] == k))
for it in items:
    if not (dt.datetime(2026, 4, 1, tzinfo=dt.timezone.utc) <= it["utc"]
            < dt.datetime(2026, 4, 25, tzinfo=dt.timezone.utc)):
        err(f"{it['key']}: outside period")
    if it["local"].date() < dt.date(2026, 4, 1) or it["local"].date() > dt.date(2026, 4, 24):
        err(f"{it['key']}: local date outside 1-24 April")

# ------------------------------------------------------------------ coverage + values
for it in items:
    for field, text, anns in (("title", it["title_text"], it["title_anns"]),
                              ("summary", it["sum_text"], it["sum_anns"])):
        spans = [(a["start"], a["end"]) for a in anns]
        for kind, pos, what in uncovered(text, it["lang"], spans):
            err(f"{it['key']}/{field}: uncovered {kind} {what!r}")
        for a in anns:
            if text[a["start"]:a["end"]] != a["surface"]:
                err(f"{it['key']}: span mismatch")
            if a["t"] == "count":
                pv = parse_value(a["surface"], it["lang"], a["kind"])
                if pv is None or abs(pv - a["value"]) > 1e-6 * max(1, abs(a["value"])):
                    err(f"{it['key']}/{field}: value {a['value']} != parsed {pv} for {a['surface']!r}")
                if a["kind"] == "percent" and a["unit"] != "%":
                    err(f"{it['key']}: percent without %")
                if a["kind"] in ("money", "measure") and not a["unit"]:
                    err(f"{it['key']}: {a['kind']} without unit")
                if a["kind"] == "count" and a["unit"]:
                    err(f"{it['key']}: count with unit")

# ------------------------------------------------------------------ claims
explicit = {}
claim_meta = {}
for cid, story, alias, var, note in CLAIMS:
    kind, value, unit, subject = A[alias]
    key = (story, subject, fmt_value(value))
    if key in explicit:
        err(f"two claims for {key}")
    explicit[key] = cid
    claim_meta[cid] = dict(story=story, subject=subject, value=value, variant_of=var, note=note)

rows_by_key = defaultdict(list)
for it in items:
    for field, anns in (("title", it["title_anns"]), ("summary", it["sum_anns"])):
        for a in anns:
            if a["t"] == "count":
                key = (it["story"], a["subject"], fmt_value(a["value"]))
                rows_by_key[key].append((it, field, a))

auto_n = 0
for key, rows in sorted(rows_by_key.items()):
    guids = {r[0]["guid"] for r in rows}
    cid = explicit.get(key)
    if cid is None and len(guids) >= 2:
        story, subject, value = key
        cid = f"MIN-{story}-{slugify(subject)}-{value}"
        claim_meta[cid] = dict(story=story, subject=subject, value=num(value), variant_of="",
                               note="[minor] same figure about the same fact in two or more articles "
                                    "of the story (re-post, syndicated copy or follow-up)")
        auto_n += 1
    for it, field, a in rows:
        a["claim_id"] = cid or ""
for key, cid in explicit.items():
    if key not in rows_by_key:
        err(f"claim {cid} never used")
    elif len({r[0]['guid'] for r in rows_by_key[key]}) < 2:
        err(f"claim {cid} in fewer than 2 articles")

claim_items = defaultdict(list)
for it in items:
    for a in it["title_anns"] + it["sum_anns"]:
        if a["t"] == "count" and a.get("claim_id"):
            if it not in claim_items[a["claim_id"]]:
                claim_items[a["claim_id"]].append(it)

claims_rows, spread_rows, spread_n = [], [], {}
for cid in sorted(claim_meta, key=lambda c: (claim_meta[c]["note"].startswith("[minor]"), c)):
    meta = claim_meta[cid]
    its = sorted(claim_items.get(cid, []), key=lambda i: i["utc"])
    if not its:
        continue
    if len(its) > 1 and its[0]["utc"] == its[1]["utc"]:
        err(f"{cid}: tie for first")
    seen, rank = set(), 0
    for i in its:
        if i["outlet"] in seen:
            continue
        seen.add(i["outlet"])
        rank += 1
        spread_rows.append([cid, rank, OUT[i["outlet"]]["name"], i["guid"], iso_z(i["utc"])])
    spread_n[cid] = rank
    meta["first"] = its[0]
    claims_rows.append([cid, fmt_value(meta["value"]), meta["subject"], OUT[its[0]["outlet"]]["name"],
                        its[0]["guid"], meta["variant_of"], meta["note"]])
    if its[0]["outlet"] == OUTLETS[0]["code"]:
        err(f"{cid}: first feed in feeds.yaml is first publisher")
for cid, meta in claim_meta.items():
    v = meta["variant_of"]
    if v:
        if v not in claim_meta:
            err(f"{cid}: variant_of unknown {v}")
            continue
        o = claim_meta[v]
        if o["story"] != meta["story"] or fmt_value(o["value"]) == fmt_value(meta["value"]):
            err(f"{cid}: bad variant_of")
        if o["first"]["utc"] >= meta["first"]["utc"]:
            err(f"{cid}: variant earlier than original")

# ------------------------------------------------------------------ duplicates
dup_rows = []
for it in items:
    if not it["dup"]:
        continue
    orig = by_key[it["dup"]]
    delta = it["utc"] - orig["utc"]
    if it["dup_type"] == "repost":
        if it["outlet"] != orig["outlet"] or it["title_raw"] != orig["title_raw"] \
                or it["sum_raw"] != orig["sum_raw"]:
            err(f"{it['key']}: repost not identical")
        if not dt.timedelta(days=1) <= delta <= dt.timedelta(days=3):
            err(f"{it['key']}: repost delay {delta}")
        if it["link"] == orig["link"] or it["guid"] == orig["guid"]:
            err(f"{it['key']}: repost guid/link reused")
    else:
        if orig["outlet"] != WIRE or it["outlet"] == WIRE:
            err(f"{it['key']}: syndication not of the wire")
        if "Meridian" not in it["sum_text"]:
            err(f"{it['key']}: syndication not credited")
        if delta <= dt.timedelta(0):
            err(f"{it['key']}: syndication before original")
    dup_rows.append([it["guid"], orig["guid"], it["dup_type"], iso_z(it["utc"]), iso_z(orig["utc"])])

# ------------------------------------------------------------------ stop on errors
if ERR:
    print("\n".join(ERR))
    print(f"{len(ERR)} errors")
    sys.exit(1)


# ------------------------------------------------------------------ write feeds
def rfc822(d):
    return email.utils.format_datetime(d)


def iso_local(d):
    s = d.isoformat()
    return s.replace("+00:00", "Z")


ENT_APOS = {"DK", "ER", "VR", "GN"}  # outlets writing ’ as &#8217; in plain-text fields


def xml_text(s, code):
    e = escape(s)
    if code in ENT_APOS:
        e = e.replace("’", "&#8217;")
    return e


os.makedirs(os.path.join(ROOT, "feeds"), exist_ok=True)
for o in OUTLETS:
    code = o["code"]
    its = [i for i in items if i["outlet"] == code]
    if o["order"] == "newest":
        its = sorted(its, key=lambda i: i["utc"], reverse=True)
    elif o["order"] == "oldest":
        its = sorted(its, key=lambda i: i["utc"])
    else:
        its = sorted(its, key=lambda i: i["utc"])
        random.Random(2026).shuffle(its)
    last = max(i["local"] for i in its)
    L = []
    if o["fmt"] == "rss":
        L.append('<?xml version="1.0" encoding="UTF-8"?>')
        L.append('<rss version="2.0">')
        L.append("<channel>")
        L.append(f"<title>{escape(o['name'])}</title>")
        L.append(f"<link>{o['site']}/</link>")
        L.append(f"<description>{escape(o['name'])} – news</description>")
        L.append(f"<language>{o['lang']}</language>")
        L.append(f"<lastBuildDate>{rfc822(last)}</lastBuildDate>")
        for i in its:
            L.append("<item>")
            L.append(f"  <title>{xml_text(i['title_raw'], code)}</title>")
            L.append(f"  <link>{escape(i['link'])}</link>")
            perma = "true" if i.get("perma") else "false"
            L.append(f'  <guid isPermaLink="{perma}">{escape(i["guid"])}</guid>')
            L.append(f"  <pubDate>{rfc822(i['local'])}</pubDate>")
            if i["sum_raw"]:
                if i["html"]:
                    L.append(f"  <description><![CDATA[{i['sum_raw']}]]></description>")
                else:
                    L.append(f"  <description>{xml_text(i['sum_raw'], code)}</description>")
            L.append("</item>")
        L.append("</channel>")
        L.append("</rss>")
    else:
        L.append('<?xml version="1.0" encoding="utf-8"?>')
        L.append(f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{o["lang"]}">')
        L.append(f"<title>{escape(o['name'])}</title>")
        L.append(f"<id>{o['site']}/</id>")
        L.append(f'<link rel="self" href="{o["site"]}/feed.atom"/>')
        L.append(f'<link rel="alternate" href="{o["site"]}/"/>')
        L.append(f"<updated>{iso_local(last)}</updated>")
        L.append(f"<author><name>{escape(o['name'])}</name></author>")
        for i in its:
            L.append("<entry>")
            L.append(f'  <title type="text">{xml_text(i["title_raw"], code)}</title>')
            L.append(f"  <link rel=\"alternate\" href={quoteattr(i['link'])}/>")
            L.append(f"  <id>{escape(i['guid'])}</id>")
            L.append(f"  <published>{iso_local(i['local'])}</published>")
            L.append(f"  <updated>{iso_local(i['local'])}</updated>")
            if i["sum_raw"]:
                if i["html"]:
                    L.append(f'  <summary type="html">{escape(i["sum_raw"])}</summary>')
                else:
                    L.append(f'  <summary type="text">{xml_text(i["sum_raw"], code)}</summary>')
            L.append("</entry>")
        L.append("</feed>")
    with open(os.path.join(ROOT, "feeds", o["slug"] + ".xml"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")

with open(os.path.join(ROOT, "feeds.yaml"), "w", encoding="utf-8") as f:
    f.write("feeds:\n")
    for o in OUTLETS:
        f.write(f"  - name: {o['name']}\n    url: feeds/{o['slug']}.xml\n    language: {o['lang']}\n")


# ------------------------------------------------------------------ write labels
def wcsv(name, header, rows):
    os.makedirs(os.path.join(ROOT, "labels"), exist_ok=True)
    with open(os.path.join(ROOT, "labels", name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


wcsv("items.csv", ["guid", "outlet", "language", "published_at_utc", "story", "theme"],
     [[i["guid"], OUT[i["outlet"]]["name"], i["lang"], iso_z(i["utc"]), i["story"], i["theme"]]
      for i in items])
counts_rows, non_rows = [], []
for i in items:
    for field, anns in (("title", i["title_anns"]), ("summary", i["sum_anns"])):
        for a in anns:
            if a["t"] == "count":
                counts_rows.append([i["guid"], field, a["surface"], fmt_value(a["value"]), a["kind"],
                                    a["unit"], a["subject"], a["claim_id"]])
            else:
                non_rows.append([i["guid"], field, a["surface"], a["why"]])
wcsv("counts.csv", ["guid", "field", "surface", "value", "kind", "unit", "subject", "claim_id"], counts_rows)
wcsv("noncounts.csv", ["guid", "field", "surface", "why"], non_rows)
wcsv("claims.csv", ["claim_id", "value", "subject", "first_outlet", "first_guid", "variant_of", "note"],
     claims_rows)
wcsv("spread.csv", ["claim_id", "rank", "outlet", "guid", "published_at_utc"], spread_rows)
wcsv("duplicates.csv", ["guid", "duplicate_of_guid", "type", "published_at_utc",
                        "original_published_at_utc"], dup_rows)

# ------------------------------------------------------------------ statistics + requirements
ST = {}
ST["items"] = len(items)
ST["per_lang"] = Counter(i["lang"] for i in items)
ST["per_outlet"] = Counter(OUT[i["outlet"]]["name"] for i in items)
story_items = defaultdict(list)
for i in items:
    story_items[i["story"]].append(i)
multi = {s: v for s, v in story_items.items() if len(v) >= 2}
singles = {s: v for s, v in story_items.items() if len(v) == 1}
for s in singles:
    if not s.startswith("single-"):
        err(f"singleton story not named single-*: {s}")
for s in multi:
    if s.startswith("single-"):
        err(f"multi-item story named single-*: {s}")
long_running = []
for s, v in multi.items():
    days = sorted({i["utc"].date() for i in v})
    span = (days[-1] - days[0]).days
    gap = max((b - a).days - 1 for a, b in zip(days, days[1:])) if len(days) > 1 else 0
    if 10 <= span <= 20:
        long_running.append((s, len(v), str(days[0]), str(days[-1]), span, gap))
multi_outlet = {c: n for c, n in spread_n.items() if n >= 2}
core = [r for r in claims_rows if r[6].startswith("[core]")]
core_wide = [r for r in core if 6 <= spread_n[r[0]] <= 12]
mutations = [r for r in claims_rows if r[5]]
reposts = [r for r in dup_rows if r[2] == "repost"]
synds = [r for r in dup_rows if r[2] == "syndication"]
tz_pairs = []
for s, v in multi.items():
    for a in v:
        for b in v:
            if a["outlet"] < b["outlet"] and OUT[a["outlet"]]["tz"] != OUT[b["outlet"]]["tz"] \
                    and abs((a["utc"] - b["utc"]).total_seconds()) <= 3600:
                tz_pairs.append((s, a, b))
lookalikes = []
vals = defaultdict(list)
for r in claims_rows:
    vals[r[1]].append(r[0])
for v, cids in vals.items():
    if len(cids) > 1:
        lookalikes.append((v, cids))
first_lang = Counter(OUT[claim_meta[r[0]]["first"]["outlet"]]["lang"] for r in claims_rows
                     if spread_n[r[0]] >= 2)
summary_only_first = []
for r in claims_rows:
    f = claim_meta[r[0]]["first"]
    in_title = [a for a in f["title_anns"] if a["t"] == "count" and a.get("claim_id") == r[0]]
    in_sum = [a for a in f["sum_anns"] if a["t"] == "count" and a.get("claim_id") == r[0]]
    other_title = [a for a in f["title_anns"] if a["t"] == "count" and fmt_value(a["value"]) != r[1]]
    if in_sum and not in_title and other_title:
        summary_only_first.append(r[0])

req = [
    ("items >= 180", len(items) >= 180),
    ("12-14 outlets", 12 <= len(OUTLETS) <= 14),
    ("10 languages", set(ST["per_lang"]) == {"en", "de", "fr", "es", "it", "pl", "ru", "uk", "pt", "nl"}),
    (">= 40 stories", len(story_items) >= 40),
    (">= 25 multi-item stories", len(multi) >= 25),
    (">= 12 singletons", len(singles) >= 12),
    (">= 4 long-running stories", len(long_running) >= 4),
    ("a 6-9 day quiet spell", any(6 <= g <= 9 for *_, g in long_running)),
    (">= 20 claims in >= 2 outlets", len(multi_outlet) >= 20),
    (">= 8 core claims across 6-12 outlets", len(core_wide) >= 8),
    (">= 6 mutations", len(mutations) >= 6),
    (">= 8 look-alike groups", len(lookalikes) >= 8),
    (">= 4 reposts", len(reposts) >= 4),
    (">= 6 syndications", len(synds) >= 6),
    (">= 3 cross-timezone pairs within 1 h", len(tz_pairs) >= 3),
    ("summary-only first mentions", len(summary_only_first) >= 2),
]
for name, ok in req:
    if not ok:
        err("requirement failed: " + name)
if ERR:
    print("\n".join(ERR))
    sys.exit(1)

# ------------------------------------------------------------------ README
def md_table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


spread_sorted = sorted(multi_outlet.items(), key=lambda kv: (-kv[1], kv[0]))
readme = open(os.path.join(HERE, "README.template.md"), encoding="utf-8").read()
subs = {
    "N_ITEMS": str(len(items)),
    "N_OUTLETS": str(len(OUTLETS)),
    "N_STORIES": str(len(story_items)),
    "N_MULTI": str(len(multi)),
    "N_SINGLE": str(len(singles)),
    "N_COUNTS": str(len(counts_rows)),
    "N_NON": str(len(non_rows)),
    "N_CLAIMS": str(len(claims_rows)),
    "N_CORE": str(len(core)),
    "N_MINOR": str(len(claims_rows) - len(core)),
    "N_MULTI_OUTLET": str(len(multi_outlet)),
    "N_CORE_WIDE": str(len(core_wide)),
    "OUTLET_TABLE": md_table(
        ["feeds.yaml #", "outlet", "lang", "format", "order", "UTC offset", "items"],
        [[n + 1, o["name"], o["lang"], "RSS 2.0" if o["fmt"] == "rss" else "Atom", o["order"] + "-first"
          if o["order"] != "shuffled" else "shuffled", o["tz"], ST["per_outlet"][o["name"]]]
         for n, o in enumerate(OUTLETS)]),
    "LANG_TABLE": md_table(["language", "items"], sorted(ST["per_lang"].items())),
    "STORY_TABLE": md_table(
        ["story", "theme", "items", "outlets", "first day", "last day"],
        [[s, STORIES[s], len(v), len({i['outlet'] for i in v}), str(min(i['utc'] for i in v).date()),
          str(max(i['utc'] for i in v).date())] for s, v in sorted(multi.items())]),
    "SINGLES": ", ".join(sorted(singles)),
    "LONG_TABLE": md_table(["story", "items", "from", "to", "span (days)", "longest quiet spell (days)"],
                           sorted(long_running)),
    "SPREAD_TABLE": md_table(
        ["claim", "value", "subject", "outlets", "first outlet", "variant_of"],
        [[c, fmt_value(claim_meta[c]["value"]), claim_meta[c]["subject"], n,
          OUT[claim_meta[c]["first"]["outlet"]]["name"], claim_meta[c]["variant_of"]]
         for c, n in spread_sorted]),
    "MUTATIONS": "\n".join(f"- {r[0]} ({r[1]}) variant_of {r[5]} — {r[6][7:]}" for r in mutations),
    "LOOKALIKES": "\n".join(f"- value {v}: " + ", ".join(
        f"{c} ({claim_meta[c]['subject']}, {claim_meta[c]['story']})" for c in cids)
        for v, cids in sorted(lookalikes, key=lambda x: float(x[0]))),
    "DESIGNED_LOOKALIKES": "\n".join(f"- {a} ↔ {b}" for a, b in LOOKALIKES),
    "DUPS": md_table(["duplicate", "original", "type"],
                     [[f"{OUT[by_key[k]['outlet']]['name']} {iso_z(by_key[k]['utc'])}",
                       f"{OUT[by_key[by_key[k]['dup']]['outlet']]['name']} "
                       f"{iso_z(by_key[by_key[k]['dup']]['utc'])}", by_key[k]['dup_type']]
                      for k in [i['key'] for i in items if i['dup']]]),
    "N_TZ_PAIRS": str(len(tz_pairs)),
    "TZ_PAIRS": "\n".join(
        f"- {s}: {OUT[a['outlet']]['name']} ({a['local'].isoformat()}) and {OUT[b['outlet']]['name']} "
        f"({b['local'].isoformat()}), {int(abs((a['utc'] - b['utc']).total_seconds()) // 60)} min apart"
        for s, a, b in tz_pairs),
    "FIRST_LANG": ", ".join(f"{k}: {v}" for k, v in first_lang.most_common()),
    "SUMMARY_FIRST": ", ".join(summary_only_first),
    "N_REPOST": str(len(reposts)),
    "N_SYND": str(len(synds)),
}
for k, v in subs.items():
    readme = readme.replace("{{" + k + "}}", v)
with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
    f.write(readme)

print(f"items {len(items)}, outlets {len(OUTLETS)}, stories {len(story_items)} "
      f"({len(multi)} multi, {len(singles)} single)")
print("per language:", dict(sorted(ST["per_lang"].items())))
print("per outlet:", dict(ST["per_outlet"]))
print(f"counts {len(counts_rows)}, noncounts {len(non_rows)}, claims {len(claims_rows)} "
      f"({len(core)} core, {auto_n} auto minor), claims in >=2 outlets {len(multi_outlet)}, "
      f"core across 6-12 outlets {len(core_wide)}")
print("largest spreads:", spread_sorted[:12])
print("mutations:", [(r[0], r[5]) for r in mutations])
print("look-alike value groups:", lookalikes)
print(f"reposts {len(reposts)}, syndications {len(synds)}")
print("long-running:", long_running)
print("tz pairs:", [(s, a['key'], b['key']) for s, a, b in tz_pairs])
print("first-publisher languages (claims in >=2 outlets):", dict(first_lang))
print("summary-only first mentions:", summary_only_first)
print("OK")
