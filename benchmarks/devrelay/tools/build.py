#!/usr/bin/env python3
"""devrelay generator (Python 3 stdlib only).

Reads tools/source/*.txt (inline markup) + outlets.py / claims.py / stories.py and writes
feeds.yaml, feeds/<slug>.xml and labels/*.csv. Refuses to write on structural errors.
Markup:  {surface|@CLAIM}   {surface|value|kind[:unit]|subject}   [[surface|why]]
         ~ = U+00A0 (no-break space), ^ = U+202F (narrow no-break space), ¨ = U+2009 (thin space)
"""
import csv, datetime as dt, glob, hashlib, os, random, re, sys, uuid
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from outlets import OUTLETS, BY_CODE  # noqa: E402
from claims import C  # noqa: E402
from stories import THEMES  # noqa: E402

MARKS = {"~": "\u00a0", "^": "\u202f", "¨": "\u2009"}
TOKEN = re.compile(r"\{([^{}]*)\}|\[\[([^\[\]]*)\]\]")
WHY = {"duration", "age", "date", "time", "ordinal", "year", "race_time", "margin", "score", "vague"}
KINDS = {"count", "money", "percent", "measure"}
errors = []


def err(msg):
    errors.append(msg)


def fmt_value(v):
    v = float(v)
    if v == int(v):
        return str(int(v))
    return ("%.6f" % v).rstrip("0").rstrip(".")


def marks(s):
    for k, v in MARKS.items():
        s = s.replace(k, v)
    return s


def parse_markup(src, field, key):
    """Return (text, counts, noncounts). text keeps HTML tags (if any)."""
    out, counts, non = [], [], []
    pos = 0
    for m in TOKEN.finditer(src):
        out.append(marks(src[pos:m.start()]))
        pos = m.end()
        if m.group(1) is not None:
            parts = m.group(1).split("|")
            surf = marks(parts[0])
            if len(parts) == 2 and parts[1].startswith("@"):
                cid = parts[1][1:]
                if cid not in C:
                    err(f"{key}: unknown claim {cid}")
                    continue
                c = C[cid]
                counts.append(dict(field=field, surface=surf, value=c["value"], kind=c["kind"], unit=c["unit"],
                                   subject=c["subject"], claim_id=cid))
            elif len(parts) == 4:
                kind, _, unit = parts[2].partition(":")
                if kind not in KINDS:
                    err(f"{key}: bad kind {kind}")
                counts.append(dict(field=field, surface=surf, value=float(parts[1]), kind=kind, unit=unit,
                                   subject=parts[3], claim_id=""))
            else:
                err(f"{key}: bad count markup {m.group(0)}")
                continue
            out.append(surf)
        else:
            surf, _, why = m.group(2).rpartition("|")
            if why not in WHY:
                err(f"{key}: bad noncount why {why}")
            surf = marks(surf)
            non.append(dict(field=field, surface=surf, why=why))
            out.append(surf)
    out.append(marks(src[pos:]))
    text = "".join(out)
    if re.search(r"[{}]|\[\[|\]\]", text):
        err(f"{key}: stray markup in {field}: {text}")
    return text, counts, non


def read_sources():
    items, order = {}, []
    for path in sorted(glob.glob(os.path.join(HERE, "source", "*.txt"))):
        cur = None
        for ln, line in enumerate(open(path, encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if line.startswith("== "):
                hdr = {}
                for part in line[3:].split(" | "):
                    k, _, v = part.partition("=")
                    hdr[k.strip()] = v.strip()
                cur = dict(hdr=hdr, T=None, S=None, file=os.path.basename(path), line=ln)
                key = hdr["key"]
                if key in items:
                    err(f"duplicate key {key}")
                items[key] = cur
                order.append(key)
            elif line.startswith("T: ") and cur:
                cur["T"] = line[3:]
            elif line.startswith("S: ") and cur:
                cur["S"] = line[3:]
            elif line.strip() and not line.startswith("#"):
                err(f"{path}:{ln}: unparsed line")
    return items, order


def make_ids(o, key, local, n):
    base, style = o["base"], o["guid"]
    d = local.strftime("%Y/%m/%d")
    if style == "permalink":
        link = f"{base}/{d}/{key}"
        return link, link, True
    if style == "bht":
        return f"bht-{local:%Y%m%d}-{4100 + n}", f"{base}/world/{key}", False
    if style == "p":
        link = f"{base}/?p={52000 + n * 7}"
        return link, link, True
    if style == "urn-md":
        return f"urn:meridian:de:{local:%Y%m%d}:{key}", f"{base}/meldung/{key}", False
    if style == "tag":
        return f"tag:{base.split('//')[1].replace('www.', '')},{local:%Y-%m-%d}:noticias/{key}", f"{base}/noticias/{key}", False
    if style == "uuid":
        return "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, base + key)), f"{base}/notizie/{key}", False
    if style == "mrd":
        return f"MRD-{local:%Y%m%d}-{3300 + n:04d}", f"{base}/article/{key}", False
    if style == "news-id":
        link = f"{base}/news/{31800 + n * 3}"
        return link, link, True
    if style == "jr":
        return f"jornaldaribeira:2026:{9100 + n}", f"{base}/noticia/{key}", False
    raise ValueError(style)


def main():
    items, order = read_sources()
    # resolve reposts (copy text) and parse markup
    for key in order:
        it = items[key]
        h = it["hdr"]
        if "repost" in h:
            orig = items.get(h["repost"])
            if not orig:
                err(f"{key}: repost of unknown {h['repost']}")
                continue
            if it["T"] or it["S"]:
                err(f"{key}: repost must not carry its own text")
            it["T"], it["S"] = orig["T"], orig["S"]
            if "html" in orig["hdr"]:
                h["html"] = orig["hdr"]["html"]
    rows = []
    per_outlet_n = {}
    for key in order:
        it = items[key]
        h = it["hdr"]
        o = BY_CODE.get(h["o"])
        if not o:
            err(f"{key}: unknown outlet {h['o']}")
            continue
        if h["story"] not in THEMES:
            err(f"{key}: story {h['story']} has no theme")
        utc = dt.datetime.strptime(h["utc"], "%Y-%m-%dT%H:%M").replace(tzinfo=dt.timezone.utc)
        local = utc.astimezone(dt.timezone(dt.timedelta(minutes=o["off"])))
        n = per_outlet_n.get(o["code"], 0) + 1
        per_outlet_n[o["code"]] = n
        guid, link, perma = make_ids(o, key, local, n)
        title, c1, n1 = parse_markup(it["T"] or "", "title", key)
        summ, c2, n2 = parse_markup(it["S"] or "", "summary", key)
        html = h.get("html") == "1"
        if not html and re.search(r"<[a-z/]", title + summ):
            err(f"{key}: tags without html=1")
        it.update(o=o, utc=utc, local=local, guid=guid, link=link, perma=perma, title=title, summary=summ,
                  html=html, counts=c1 + c2, non=n1 + n2, story=h["story"])
        rows.append(it)
    # times unique
    seen = {}
    for it in rows:
        if it["utc"] in seen:
            err(f"time clash {it['hdr']['key']} / {seen[it['utc']]}")
        seen[it["utc"]] = it["hdr"]["key"]
    # claims: designed ids per story; auto-detect repeated unlabelled figures
    claim_story = {}
    for it in rows:
        for c in it["counts"]:
            if c["claim_id"]:
                s0 = claim_story.setdefault(c["claim_id"], it["story"])
                if s0 != it["story"]:
                    err(f"claim {c['claim_id']} used in two stories")
    groups = {}
    for it in rows:
        for c in it["counts"]:
            g = (it["story"], c["subject"], fmt_value(c["value"]))
            groups.setdefault(g, []).append((it, c))
    auto = {}
    n_auto = 0
    for g, lst in groups.items():
        guids = {it["guid"] for it, _ in lst}
        ids = {c["claim_id"] for _, c in lst}
        if len(ids) > 1:
            err(f"group {g} mixes claim ids {ids}")
        if len(guids) >= 2 and ids == {""}:
            n_auto += 1
            cid = f"X{n_auto:02d}"
            auto[cid] = dict(value=lst[0][1]["value"], kind=lst[0][1]["kind"], unit=lst[0][1]["unit"],
                             subject=g[1], variant_of="", note="[auto] repeated figure found by build.py")
            for _, c in lst:
                c["claim_id"] = cid
            print("auto claim", cid, g)
        if len(guids) < 2 and ids != {""}:
            err(f"claim {ids} appears in only one article")
    allc = dict(C)
    allc.update(auto)
    used = {c["claim_id"] for it in rows for c in it["counts"] if c["claim_id"]}
    for cid in C:
        if cid not in used:
            err(f"designed claim {cid} unused")
    # spread
    spread = {}
    for it in sorted(rows, key=lambda r: r["utc"]):
        for cid in {c["claim_id"] for c in it["counts"] if c["claim_id"]}:
            sp = spread.setdefault(cid, [])
            if it["o"]["code"] not in [x["o"]["code"] for x in sp]:
                sp.append(it)
    for cid, c in allc.items():
        v = c["variant_of"]
        if v:
            if v not in allc or claim_story.get(v) != claim_story.get(cid):
                err(f"{cid}: bad variant_of {v}")
            elif spread[v][0]["utc"] >= spread[cid][0]["utc"]:
                err(f"{cid}: variant earlier than {v}")
    # duplicates
    bykey = {it["hdr"]["key"]: it for it in rows}
    dups = []
    for it in rows:
        h = it["hdr"]
        if "repost" in h:
            o = bykey[h["repost"]]
            if o["o"]["code"] != it["o"]["code"] or o["utc"] >= it["utc"]:
                err(f"{h['key']}: bad repost")
            dups.append((it, o, "repost"))
        if "synd" in h:
            o = bykey[h["synd"]]
            if o["o"]["code"] not in ("MW", "MD") or o["utc"] >= it["utc"] or o["o"]["code"] == it["o"]["code"]:
                err(f"{h['key']}: bad syndication")
            if "Meridian" not in it["title"] + it["summary"]:
                err(f"{h['key']}: syndicated copy without credit")
            a = {c["claim_id"] for c in it["counts"]}
            b = {c["claim_id"] for c in o["counts"]}
            if a != b:
                err(f"{h['key']}: syndicated copy carries {a} vs original {b}")
            dups.append((it, o, "syndication"))
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} error(s); nothing written")
        sys.exit(1)
    write_all(rows, allc, spread, dups)
    print(f"ok: {len(rows)} items, {len(allc)} claims ({len(auto)} auto), {len(dups)} duplicates")


def rfc822(local, tzs):
    return local.strftime("%a, %d %b %Y %H:%M:%S ") + tzs


def rfc3339(local, tzs):
    return local.strftime("%Y-%m-%dT%H:%M:%S") + tzs


def esc(s, o):
    s = escape(s)
    if o.get("charref"):
        s = s.replace("\u2009", "&#8201;").replace("\u202f", "&#8239;")
    return s


def write_all(rows, allc, spread, dups):
    os.makedirs(os.path.join(ROOT, "feeds"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "labels"), exist_ok=True)
    with open(os.path.join(ROOT, "feeds.yaml"), "w", encoding="utf-8") as f:
        f.write("feeds:\n")
        for o in OUTLETS:
            f.write(f'  - name: "{o["name"]}"\n    url: feeds/{o["slug"]}.xml\n    language: {o["lang"]}\n')
    for o in OUTLETS:
        mine = [r for r in rows if r["o"] is o]
        if o["order"] == "newest":
            mine.sort(key=lambda r: r["utc"], reverse=True)
        elif o["order"] == "oldest":
            mine.sort(key=lambda r: r["utc"])
        else:
            mine.sort(key=lambda r: r["utc"])
            random.Random(20260601).shuffle(mine)
        out = ['<?xml version="1.0" encoding="utf-8"?>']
        if o["fmt"] == "rss":
            out.append('<rss version="2.0">')
            out.append("<channel>")
            out.append(f"<title>{esc(o['name'], o)}</title>\n<link>{o['base']}/</link>")
            out.append(f"<description>{esc(o['name'] + ' — ' + o['city'], o)}</description>\n<language>{o['lang']}</language>")
            for r in mine:
                out.append("<item>")
                out.append(f"  <title>{esc(r['title'], o)}</title>")
                out.append(f"  <link>{escape(r['link'])}</link>")
                if r["html"]:
                    out.append(f"  <description><![CDATA[{r['summary']}]]></description>")
                else:
                    out.append(f"  <description>{esc(r['summary'], o)}</description>")
                out.append(f"  <guid isPermaLink=\"{'true' if r['perma'] else 'false'}\">{escape(r['guid'])}</guid>")
                out.append(f"  <pubDate>{rfc822(r['local'], o['tzs'])}</pubDate>")
                out.append("</item>")
            out.append("</channel>\n</rss>\n")
        else:
            upd = max(r["local"] for r in mine)
            out.append('<feed xmlns="http://www.w3.org/2005/Atom">')
            out.append(f"<title>{esc(o['name'], o)}</title>\n<id>{o['base']}/</id>")
            out.append(f"<link href=\"{o['base']}/\"/>\n<updated>{rfc3339(upd, o['tzs'])}</updated>")
            out.append(f"<author><name>{esc(o['name'], o)}</name></author>")
            for r in mine:
                out.append("<entry>")
                out.append(f"  <title>{esc(r['title'], o)}</title>")
                out.append(f"  <link href=\"{escape(r['link'])}\"/>")
                out.append(f"  <id>{escape(r['guid'])}</id>")
                out.append(f"  <published>{rfc3339(r['local'], o['tzs'])}</published>")
                out.append(f"  <updated>{rfc3339(r['local'], o['tzs'])}</updated>")
                typ = "html" if r["html"] else "text"
                out.append(f"  <summary type=\"{typ}\">{esc(r['summary'], o)}</summary>")
                out.append("</entry>")
            out.append("</feed>\n")
        with open(os.path.join(ROOT, "feeds", o["slug"] + ".xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(out))

    def w(name, header, data):
        with open(os.path.join(ROOT, "labels", name), "w", encoding="utf-8", newline="") as f:
            cw = csv.writer(f, lineterminator="\n")
            cw.writerow(header)
            cw.writerows(data)

    Z = lambda t: t.strftime("%Y-%m-%dT%H:%M:%SZ")
    srt = sorted(rows, key=lambda r: r["utc"])
    w("items.csv", ["guid", "outlet", "language", "published_at_utc", "story", "theme"],
      [[r["guid"], r["o"]["name"], r["o"]["lang"], Z(r["utc"]), r["story"], THEMES[r["story"]]] for r in srt])
    w("counts.csv", ["guid", "field", "surface", "value", "kind", "unit", "subject", "claim_id"],
      [[r["guid"], c["field"], c["surface"], fmt_value(c["value"]), c["kind"], c["unit"], c["subject"], c["claim_id"]]
       for r in srt for c in r["counts"]])
    w("noncounts.csv", ["guid", "field", "surface", "why"],
      [[r["guid"], n["field"], n["surface"], n["why"]] for r in srt for n in r["non"]])
    cl = []
    for cid in sorted(allc, key=lambda k: spread[k][0]["utc"]):
        c = allc[cid]
        first = spread[cid][0]
        cl.append([cid, fmt_value(c["value"]), c["subject"], first["o"]["name"], first["guid"], c["variant_of"], c["note"]])
    w("claims.csv", ["claim_id", "value", "subject", "first_outlet", "first_guid", "variant_of", "note"], cl)
    sp = []
    for row in cl:
        for i, r in enumerate(spread[row[0]], 1):
            sp.append([row[0], i, r["o"]["name"], r["guid"], Z(r["utc"])])
    w("spread.csv", ["claim_id", "rank", "outlet", "guid", "published_at_utc"], sp)
    w("duplicates.csv", ["guid", "duplicate_of_guid", "type", "published_at_utc", "original_published_at_utc"],
      [[d["guid"], o["guid"], t, Z(d["utc"]), Z(o["utc"])] for d, o, t in sorted(dups, key=lambda x: x[0]["utc"])])


if __name__ == "__main__":
    main()
