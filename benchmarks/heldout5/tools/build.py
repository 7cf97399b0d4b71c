#!/usr/bin/env python3
"""Build heldout5: tools/source/*.txt -> feeds.yaml, feeds/*.xml, labels/*.csv.

Python standard library only. Refuses to write anything if an error is found.

Source format (one file per story, singletons in singletons.txt):
  == o=<CODE> | key=<key> | utc=YYYY-MM-DDTHH:MM | story=<story> [| html=1] [| repost=<key>] [| synd=<key>]
  T: title with markup
  S: summary with markup
Markup:
  {surface|@CLAIM}                     count belonging to a designed claim (tools/claims.py)
  {surface|value|kind[:unit]|subject}  any other count
  [[surface|why]]                      non-count
  ~ = U+00A0, ^ = U+202F; <b>..</b> etc. allowed in html=1 summaries
A re-post header (repost=) has no T:/S: lines: the text is copied from the original.
"""
import csv
import datetime as dt
import hashlib
import os
import random
import re
import sys
import uuid
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from outlets import OUTLETS, BY_CODE, WIRES  # noqa: E402
from stories import THEMES  # noqa: E402
from claims import CLAIMS  # noqa: E402

ERRORS = []
WARN = []


def err(msg):
    ERRORS.append(msg)


KINDS = {"count", "money", "percent", "measure"}
WHYS = {"duration", "age", "date", "time", "ordinal", "year", "race_time", "margin", "score", "vague"}
CREDITS = ("(Beacon)", "— Beacon Wire")

HDR = re.compile(r"^==\s*(.*)$")
TOKEN = re.compile(r"\{([^{}]*)\}|\[\[(.*?)\]\]|(<[^<>]+>)")


# ---------------------------------------------------------------- parsing
def parse_sources():
    items = []
    for fn in sorted(os.listdir(os.path.join(HERE, "source"))):
        if not fn.endswith(".txt"):
            continue
        cur = None
        with open(os.path.join(HERE, "source", fn), encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                m = HDR.match(line)
                if m:
                    kv = {}
                    for part in m.group(1).split("|"):
                        part = part.strip()
                        if not part:
                            continue
                        k, _, v = part.partition("=")
                        kv[k.strip()] = v.strip()
                    cur = dict(kv=kv, T=None, S=None, src=f"{fn}:{ln}")
                    items.append(cur)
                    continue
                if cur is None:
                    err(f"{fn}:{ln}: text before header")
                    continue
                if line.startswith("T:"):
                    cur["T"] = line[2:].strip()
                elif line.startswith("S:"):
                    cur["S"] = (cur["S"] + " " if cur["S"] else "") + line[2:].strip()
                else:
                    err(f"{fn}:{ln}: unexpected line {line[:40]!r}")
    return items


def render(src, html):
    """Return (markup_out, plain, spans). markup_out keeps tags (for html), plain has none."""
    out, plain, spans = [], [], []
    pos = 0
    plen = 0
    for m in TOKEN.finditer(src):
        lit = src[pos:m.start()]
        out.append(lit)
        plain.append(lit)
        plen += len(lit)
        pos = m.end()
        if m.group(3):  # tag
            if not html:
                err(f"tag {m.group(3)} in non-html text: {src[:50]}")
            out.append(m.group(3))
            continue
        if m.group(1) is not None:
            parts = m.group(1).split("|")
            surf = parts[0]
            if len(parts) == 2 and parts[1].startswith("@"):
                spans.append(dict(type="count", surface=surf, claim=parts[1][1:], start=plen))
            elif len(parts) == 4:
                kind, _, unit = parts[2].partition(":")
                spans.append(dict(type="count", surface=surf, value=parts[1], kind=kind, unit=unit,
                                  subject=parts[3], claim="", start=plen))
            else:
                err(f"bad count markup {{{m.group(1)}}}")
                continue
        else:
            surf, _, why = m.group(2).partition("|")
            spans.append(dict(type="non", surface=surf, why=why, start=plen))
        out.append(surf)
        plain.append(surf)
        plen += len(surf)
    out.append(src[pos:])
    plain.append(src[pos:])
    fix = lambda s: s.replace("~", "\u00a0").replace("^", "\u202f")
    for sp in spans:
        sp["surface"] = fix(sp["surface"])
    return fix("".join(out)), fix("".join(plain)), spans


# ---------------------------------------------------------------- time
CLOCK_CHANGE = dt.datetime(2025, 3, 30, 1, 0)  # EU and Ukraine: winter -> summer time


def offset_minutes(tz, t):
    summer = t >= CLOCK_CHANGE
    return {"utc": 0, "winnipeg": -300, "yekaterinburg": 300,
            "eu_west": 60 if summer else 0, "eu_central": 120 if summer else 60,
            "eu_east": 180 if summer else 120}[tz]


DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def fmt_date(o, t):
    off = offset_minutes(o["tz"], t)
    lt = t + dt.timedelta(minutes=off)
    sign = "+" if off >= 0 else "-"
    hh, mm = divmod(abs(off), 60)
    style = o["date"]
    if style == "rss_gmt":
        return f"{DAYS[lt.weekday()]}, {lt.day:02d} {MONS[lt.month-1]} {lt.year} {lt:%H:%M:%S} GMT"
    if style == "rss_num":
        return f"{DAYS[lt.weekday()]}, {lt.day:02d} {MONS[lt.month-1]} {lt.year} {lt:%H:%M:%S} {sign}{hh:02d}{mm:02d}"
    if style == "rss_short":
        return f"{DAYS[lt.weekday()]}, {lt.day} {MONS[lt.month-1]} {lt.year} {lt:%H:%M} {sign}{hh:02d}{mm:02d}"
    if style == "atom_z":
        return f"{lt:%Y-%m-%dT%H:%M:%S}Z"
    if style == "atom_ms":
        return f"{lt:%Y-%m-%dT%H:%M:%S}.000{sign}{hh:02d}:{mm:02d}"
    return f"{lt:%Y-%m-%dT%H:%M:%S}{sign}{hh:02d}:{mm:02d}"


# ---------------------------------------------------------------- ids
def make_ids(o, key, t, n):
    site = o["site"]
    g = o["guid"]
    link = f"{site}/{key}"
    if g == "permalink":
        link = f"{site}/news/{t:%Y/%m/%d}/{key}"
        return link, link, True
    if g == "permalink_num":
        link = f"{site}/wiadomosci/{key},{70100 + n * 7}.html"
        return link, link, True
    if g == "tag":
        host = site.split("//")[1]
        return f"tag:{host},{t:%Y-%m-%d}:{key}", f"{site}/{t:%Y/%m}/{key}", False
    if g == "p":
        link = f"{site}/?p={48200 + n * 13}"
        return link, link, True
    if g == "plain":
        return f"{o['prefix']}-{t:%Y%m%d}-{key}", f"{site}/noticias/{key}", False
    if g == "wire":
        return f"{o['prefix']}-{t:%Y%m%d}-{1000 + n * 3}", f"{site}/story/{key}", False
    if g == "uuid":
        return "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, site + "/" + key)), f"{site}/notizie/{key}", False
    if g == "colon":
        return f"{o['prefix']}:{t:%Y%m%d}:{key}", f"{site}/artigo/{key}", False
    if g == "num":
        link = f"{site}/news/{31200 + n * 11}"
        return link, link, True
    raise ValueError(g)


# ---------------------------------------------------------------- main
def fmt_val(v):
    if isinstance(v, str):
        v = float(v)
    if float(v).is_integer():
        return str(int(v))
    return repr(float(v))


def main():
    raw = parse_sources()
    by_key = {}
    for it in raw:
        kv = it["kv"]
        for req in ("o", "key", "utc", "story"):
            if req not in kv:
                err(f"{it['src']}: missing {req}")
        if kv.get("key") in by_key:
            err(f"{it['src']}: duplicate key {kv.get('key')}")
        by_key[kv.get("key")] = it
    if ERRORS:
        return fail()

    # copy re-post text
    for it in raw:
        rp = it["kv"].get("repost")
        if rp:
            if it["T"] or it["S"]:
                err(f"{it['src']}: re-post with own text")
            orig = by_key.get(rp)
            if not orig:
                err(f"{it['src']}: repost of unknown {rp}")
                continue
            it["T"], it["S"] = orig["T"], orig["S"]
            it["kv"].setdefault("html", orig["kv"].get("html", "0"))

    counters = {}
    items = []
    times = {}
    for it in sorted(raw, key=lambda x: x["kv"]["utc"]):
        kv = it["kv"]
        o = BY_CODE.get(kv["o"])
        if not o:
            err(f"{it['src']}: unknown outlet {kv['o']}")
            continue
        t = dt.datetime.strptime(kv["utc"], "%Y-%m-%dT%H:%M")
        if kv["utc"] in times:
            err(f"{it['src']}: time {kv['utc']} also used by {times[kv['utc']]}")
        times[kv["utc"]] = kv["key"]
        if not (dt.datetime(2025, 3, 10) <= t < dt.datetime(2025, 4, 7)):
            err(f"{it['src']}: time outside 10 March - 6 April 2025")
        n = counters.get(o["code"], 0) + 1
        counters[o["code"]] = n
        guid, link, perma = make_ids(o, kv["key"], t, n)
        if not it["T"] or not it["S"]:
            err(f"{it['src']}: missing title or summary")
            continue
        html = kv.get("html") == "1"
        t_out, t_plain, t_spans = render(it["T"], False)
        s_out, s_plain, s_spans = render(it["S"], html)
        story = kv["story"]
        if story not in THEMES:
            err(f"{it['src']}: story {story} not in stories.THEMES")
        items.append(dict(key=kv["key"], outlet=o, t=t, guid=guid, link=link, perma=perma,
                          story=story, theme=THEMES.get(story, "?"), html=html,
                          title=t_out, title_plain=t_plain, summary=s_out, summary_plain=s_plain,
                          spans={"title": t_spans, "summary": s_spans},
                          repost=kv.get("repost"), synd=kv.get("synd"), src=it["src"]))
    if ERRORS:
        return fail()
    ikey = {i["key"]: i for i in items}

    # resolve spans -> rows
    counts, nons = [], []
    for i in items:
        for field in ("title", "summary"):
            text = i[field + "_plain"]
            for sp in i["spans"][field]:
                if text[sp["start"]:sp["start"] + len(sp["surface"])] != sp["surface"]:
                    err(f"{i['src']}: span mismatch {sp['surface']}")
                if sp["type"] == "non":
                    if sp["why"] not in WHYS:
                        err(f"{i['src']}: bad why {sp['why']}")
                    nons.append(dict(item=i, field=field, surface=sp["surface"], why=sp["why"], start=sp["start"]))
                    continue
                if sp.get("claim"):
                    c = CLAIMS.get(sp["claim"])
                    if not c:
                        err(f"{i['src']}: unknown claim {sp['claim']}")
                        continue
                    if c["story"] != i["story"]:
                        err(f"{i['src']}: claim {sp['claim']} belongs to {c['story']}")
                    row = dict(value=c["value"], kind=c["kind"], unit=c["unit"], subject=c["subject"],
                               claim=sp["claim"])
                else:
                    row = dict(value=sp["value"], kind=sp["kind"], unit=sp["unit"], subject=sp["subject"], claim="")
                if row["kind"] not in KINDS:
                    err(f"{i['src']}: bad kind {row['kind']}")
                if row["kind"] == "money" and not re.fullmatch(r"[A-Z]{3}", row["unit"]):
                    err(f"{i['src']}: money without currency {sp['surface']}")
                if row["kind"] == "percent" and row["unit"] != "%":
                    err(f"{i['src']}: percent unit {sp['surface']}")
                if row["kind"] == "count" and row["unit"]:
                    err(f"{i['src']}: count with unit {sp['surface']}")
                if row["kind"] == "measure" and not row["unit"]:
                    err(f"{i['src']}: measure without unit {sp['surface']}")
                row.update(item=i, field=field, surface=sp["surface"], start=sp["start"])
                row["value"] = fmt_val(row["value"])
                counts.append(row)
            # every digit covered
            covered = [False] * len(text)
            for sp in i["spans"][field]:
                for k in range(sp["start"], sp["start"] + len(sp["surface"])):
                    if covered[k]:
                        err(f"{i['src']}: overlapping spans at {sp['surface']}")
                    covered[k] = True
            for k, ch in enumerate(text):
                if ch.isdigit() and not covered[k]:
                    err(f"{i['src']}: unlabelled digit in {field}: ...{text[max(0,k-15):k+15]}...")

    # duplicates
    dups = []
    for i in items:
        if i["repost"]:
            o = ikey[i["repost"]]
            if o["outlet"]["code"] != i["outlet"]["code"]:
                err(f"{i['src']}: re-post across outlets")
            if not (o["t"] < i["t"]):
                err(f"{i['src']}: re-post not later")
            dups.append((i, o, "repost"))
        if i["synd"]:
            o = ikey.get(i["synd"])
            if not o:
                err(f"{i['src']}: synd of unknown {i['synd']}")
                continue
            if o["outlet"]["code"] not in WIRES or o["outlet"]["code"] == i["outlet"]["code"]:
                err(f"{i['src']}: synd source must be another (wire) outlet")
            if not (o["t"] < i["t"]):
                err(f"{i['src']}: synd not later")
            if not any(c in i["title_plain"] + " " + i["summary_plain"] for c in CREDITS):
                err(f"{i['src']}: synd copy without credit")
            if o["story"] != i["story"]:
                err(f"{i['src']}: synd copy in another story")
            dups.append((i, o, "syndication"))

    # claims: designed + automatic
    groups = {}
    for r in counts:
        groups.setdefault((r["item"]["story"], r["subject"], r["value"]), []).append(r)
    used = {}
    auto = 0
    for (story, subj, val), rows in sorted(groups.items(), key=lambda kv: min(r["item"]["t"] for r in kv[1])):
        cids = {r["claim"] for r in rows}
        guids = {r["item"]["guid"] for r in rows}
        if len(cids) > 1:
            err(f"group {story}/{subj}/{val} has several claim ids {cids}")
        cid = next(iter(cids))
        if cid:
            if len(guids) < 2:
                err(f"claim {cid} appears in only one article")
            used[cid] = rows
        elif len(guids) >= 2:
            auto += 1
            cid = f"X{auto:02d}"
            WARN.append(f"auto claim {cid}: {story} / {subj} / {val} in {len(guids)} items")
            for r in rows:
                r["claim"] = cid
            used[cid] = rows
    for cid in CLAIMS:
        if cid not in used:
            err(f"designed claim {cid} never used")

    # near-miss report: same story, same value & kind & unit, different subjects, unclaimed
    seen = {}
    for r in counts:
        k = (r["item"]["story"], r["value"], r["kind"], r["unit"])
        seen.setdefault(k, set()).add(r["subject"])
    for k, subs in seen.items():
        if len(subs) > 1:
            WARN.append(f"same value, different subjects in {k[0]}: {k[1]} -> {sorted(subs)}")

    claim_rows, spread_rows = [], []
    claim_first = {}
    for cid, rows in used.items():
        its = sorted({r["item"]["guid"]: r["item"] for r in rows}.values(), key=lambda x: x["t"])
        claim_first[cid] = its[0]
        rank = 0
        seen_o = set()
        for it in its:
            if it["outlet"]["code"] in seen_o:
                continue
            seen_o.add(it["outlet"]["code"])
            rank += 1
            spread_rows.append([cid, rank, it["outlet"]["name"], it["guid"], iso(it["t"])])
    for cid, rows in used.items():
        r0 = rows[0]
        c = CLAIMS.get(cid, {})
        var = c.get("variant_of", "")
        if var:
            if var not in used:
                err(f"{cid}: variant_of unknown {var}")
            elif claim_first[var]["t"] >= claim_first[cid]["t"]:
                err(f"{cid}: variant earlier than {var}")
            elif CLAIMS[var]["story"] != c["story"]:
                err(f"{cid}: variant across stories")
        note = c.get("note", "[minor] detected automatically: repeats within the story")
        first = claim_first[cid]
        nart = len({r["item"]["guid"] for r in rows})
        nout = len({r["item"]["outlet"]["code"] for r in rows})
        claim_rows.append([cid, r0["value"], r0["subject"], first["outlet"]["name"], first["guid"], var,
                           f"{note} ({nart} articles, {nout} outlets)"])
        if first["outlet"]["code"] == OUTLETS[0]["code"]:
            err(f"{cid}: first published by the first feed")

    if ERRORS:
        return fail()
    write_all(items, counts, nons, claim_rows, spread_rows, dups, claim_first)
    for w in WARN:
        print("note:", w)
    print(f"ok: {len(items)} items, {len(counts)} counts, {len(nons)} non-counts, "
          f"{len(claim_rows)} claims ({auto} automatic), {len(dups)} duplicates")


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:00Z")


def fail():
    for e in ERRORS:
        print("ERROR:", e)
    print(f"{len(ERRORS)} errors; nothing written")
    sys.exit(1)


def write_all(items, counts, nons, claim_rows, spread_rows, dups, claim_first):
    # feeds
    os.makedirs(os.path.join(ROOT, "feeds"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "labels"), exist_ok=True)
    with open(os.path.join(ROOT, "feeds.yaml"), "w", encoding="utf-8") as f:
        f.write("feeds:\n")
        for o in OUTLETS:
            f.write(f'  - name: "{o["name"]}"\n    url: feeds/{o["slug"]}.xml\n    language: {o["lang"]}\n')
    for o in OUTLETS:
        its = [i for i in items if i["outlet"]["code"] == o["code"]]
        its.sort(key=lambda x: x["t"], reverse=(o["order"] != "oldest"))
        if o["order"] == "shuffled":
            random.Random(20250406).shuffle(its)
        with open(os.path.join(ROOT, "feeds", o["slug"] + ".xml"), "w", encoding="utf-8") as f:
            f.write(rss(o, its) if o["fmt"] == "rss" else atom(o, its))

    def w(name, header, rows):
        with open(os.path.join(ROOT, "labels", name), "w", encoding="utf-8", newline="") as f:
            cw = csv.writer(f, lineterminator="\n")
            cw.writerow(header)
            cw.writerows(rows)

    w("items.csv", ["guid", "outlet", "language", "published_at_utc", "story", "theme"],
      [[i["guid"], i["outlet"]["name"], i["outlet"]["lang"], iso(i["t"]), i["story"], i["theme"]] for i in items])
    fo = {"title": 0, "summary": 1}
    counts.sort(key=lambda r: (r["item"]["t"], fo[r["field"]], r["start"]))
    w("counts.csv", ["guid", "field", "surface", "value", "kind", "unit", "subject", "claim_id"],
      [[r["item"]["guid"], r["field"], r["surface"], r["value"], r["kind"], r["unit"], r["subject"], r["claim"]]
       for r in counts])
    nons.sort(key=lambda r: (r["item"]["t"], fo[r["field"]], r["start"]))
    w("noncounts.csv", ["guid", "field", "surface", "why"],
      [[r["item"]["guid"], r["field"], r["surface"], r["why"]] for r in nons])
    claim_rows.sort(key=lambda r: (claim_first[r[0]]["t"], r[0]))
    w("claims.csv", ["claim_id", "value", "subject", "first_outlet", "first_guid", "variant_of", "note"], claim_rows)
    order = {r[0]: k for k, r in enumerate(claim_rows)}
    spread_rows.sort(key=lambda r: (order[r[0]], r[1]))
    w("spread.csv", ["claim_id", "rank", "outlet", "guid", "published_at_utc"], spread_rows)
    dups.sort(key=lambda d: d[0]["t"])
    w("duplicates.csv", ["guid", "duplicate_of_guid", "type", "published_at_utc", "original_published_at_utc"],
      [[d["guid"], o["guid"], ty, iso(d["t"]), iso(o["t"])] for d, o, ty in dups])


def x(s, o):
    s = escape(s)
    if o.get("charrefs"):
        s = s.replace("\u00a0", "&#160;").replace("\u202f", "&#8239;")
    return s


def rss(o, its):
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "<channel>",
           f"<title>{x(o['name'], o)}</title>", f"<link>{o['site']}/</link>",
           f"<description>{x(o['name'] + ' — ' + o['place'], o)}</description>",
           f"<language>{o['lang']}</language>"]
    for i in its:
        out.append("<item>")
        out.append(f"<title>{x(i['title'], o)}</title>")
        out.append(f"<link>{x(i['link'], o)}</link>")
        if i["html"]:
            out.append(f"<description><![CDATA[{i['summary']}]]></description>")
        else:
            out.append(f"<description>{x(i['summary'], o)}</description>")
        pl = "true" if i["perma"] else "false"
        out.append(f'<guid isPermaLink="{pl}">{x(i["guid"], o)}</guid>')
        out.append(f"<pubDate>{fmt_date(o, i['t'])}</pubDate>")
        out.append("</item>")
    out += ["</channel>", "</rss>", ""]
    return "\n".join(out)


def atom(o, its):
    upd = max(i["t"] for i in its) if its else dt.datetime(2025, 4, 6)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">',
           f"<title>{x(o['name'], o)}</title>", f"<id>{o['site']}/</id>",
           f'<link rel="self" href="{o["site"]}/feed.atom"/>', f"<updated>{fmt_date(o, upd)}</updated>"]
    for i in its:
        out.append("<entry>")
        out.append(f"<title>{x(i['title'], o)}</title>")
        out.append(f'<link href="{x(i["link"], o)}"/>')
        out.append(f"<id>{x(i['guid'], o)}</id>")
        d = fmt_date(o, i["t"])
        out.append(f"<published>{d}</published>")
        out.append(f"<updated>{d}</updated>")
        ty = "html" if i["html"] else "text"
        out.append(f'<summary type="{ty}">{x(i["summary"], o)}</summary>')
        out.append("</entry>")
    out += ["</feed>", ""]
    return "\n".join(out)


if __name__ == "__main__":
    main()
