#!/usr/bin/env python3
"""Build the heldout2 corpus: feeds + labels from tools/source/*.txt.

Source format (one file per outlet, tools/source/<slug>.txt):

    == key=ms-1 | utc=2026-02-03T07:20 | story=measles-silesia | html=1
    T: title text with markup
    S: summary text with markup

Optional header fields: repost=<key of original in the same outlet> (T/S may
then be omitted: the text is copied verbatim), synd=<CODE>/<key> (this item is a
credited syndicated copy of a wire item).

Markup:
    {surface|@ID}                          count belonging to designed claim ID
    {surface|value|kind[:unit]|subject}    other count
    [[surface|why]]                        non-count
    ~  -> U+00A0 no-break space,   ^ -> U+202F narrow no-break space
HTML tags are allowed in summaries of html=1 items (never inside markup).

Usage: python3 tools/build.py   (run from anywhere)
"""
import csv
import datetime as dt
import os
import random
import re
import sys
import uuid
from collections import defaultdict
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from outlets import OUTLETS, BY_CODE  # noqa: E402
from stories import STORIES  # noqa: E402
from claims import CLAIMS  # noqa: E402
import numparse  # noqa: E402

KINDS = {"count", "percent", "money", "measure"}
WHYS = {"duration", "age", "date", "time", "ordinal", "year", "race_time", "margin", "vague", "score"}
PERIOD = (dt.datetime(2026, 5, 4, tzinfo=dt.timezone.utc), dt.datetime(2026, 5, 25, tzinfo=dt.timezone.utc))
# same value, different subject inside one story, accepted after review
VALUE_COLLISION_OK = set()

errors = []
warnings = []


def err(msg):
    errors.append(msg)


MARK_RE = re.compile(r"\{([^{}]+)\}|\[\[([^\[\]]+)\]\]")
TAG_RE = re.compile(r"<[^>]+>")


def render(src):
    """Return (plain text, spans) for a markup string.  spans: dicts with
    start, end, surface and label info."""
    out = []
    spans = []
    pos = 0
    n = 0
    for m in MARK_RE.finditer(src):
        out.append(src[pos:m.start()])
        n += len(src[pos:m.start()])
        if m.group(1) is not None:
            parts = m.group(1).split("|")
            surface = parts[0]
            if len(parts) == 2 and parts[1].startswith("@"):
                lab = dict(type="count", claim=parts[1][1:])
            elif len(parts) == 4:
                kind, _, unit = parts[2].partition(":")
                lab = dict(type="count", value=float(parts[1]), kind=kind, unit=unit, subject=parts[3], claim="")
            else:
                raise ValueError("bad count markup: %r" % m.group(0))
        else:
            parts = m.group(2).split("|")
            if len(parts) != 2:
                raise ValueError("bad noncount markup: %r" % m.group(0))
            surface = parts[0]
            lab = dict(type="noncount", why=parts[1])
        lab.update(start=n, end=n + len(surface), surface=surface)
        spans.append(lab)
        out.append(surface)
        n += len(surface)
        pos = m.end()
    out.append(src[pos:])
    return "".join(out), spans


def subst_spaces(s):
    return s.replace("~", "\u00a0").replace("^", "\u202f")


def parse_source(outlet):
    path = os.path.join(HERE, "source", outlet["slug"] + ".txt")
    items = []
    cur = None
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("== "):
                hdr = {}
                for part in line[3:].split("|"):
                    k, _, v = part.strip().partition("=")
                    hdr[k.strip()] = v.strip()
                cur = dict(outlet=outlet["code"], hdr=hdr, T=None, S=None, where="%s:%d" % (path, lineno))
                items.append(cur)
            elif line.startswith("T: "):
                cur["T"] = line[3:].strip()
            elif line.startswith("S: "):
                cur["S"] = line[3:].strip()
            else:
                raise SystemExit("%s:%d: cannot parse line: %r" % (path, lineno, line))
    return items


def fmt_value(v):
    if abs(v - round(v)) < 1e-9:
        return str(int(round(v)))
    return ("%.6f" % v).rstrip("0").rstrip(".")


def local_time(utc, outlet):
    return utc.astimezone(dt.timezone(dt.timedelta(minutes=outlet["tz"])))


DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rss_date(utc, outlet):
    t = local_time(utc, outlet)
    zone = outlet["tzstyle"]
    return "%s, %02d %s %04d %02d:%02d:%02d %s" % (DAYS[t.weekday()], t.day, MONTHS[t.month - 1], t.year,
                                                 t.hour, t.minute, t.second, zone)


def atom_date(utc, outlet):
    t = local_time(utc, outlet)
    zone = outlet["tzstyle"]
    return t.strftime("%Y-%m-%dT%H:%M:%S") + zone


def main():
    all_items = []
    for o in OUTLETS:
        all_items.extend(parse_source(o))

    by_ok = {}
    for it in all_items:
        h = it["hdr"]
        o = BY_CODE[it["outlet"]]
        for req in ("key", "utc", "story"):
            if req not in h:
                raise SystemExit("%s: header lacks %s" % (it["where"], req))
        it["key"] = h["key"]
        ok = (it["outlet"], it["key"])
        if ok in by_ok:
            err("duplicate key %s/%s" % ok)
        by_ok[ok] = it
        it["utc"] = dt.datetime.strptime(h["utc"], "%Y-%m-%dT%H:%M").replace(tzinfo=dt.timezone.utc)
        it["story"] = h["story"]
        if it["story"] not in STORIES:
            err("%s: unknown story %s" % (it["where"], it["story"]))
        it["theme"] = STORIES.get(it["story"], ("?",))[0]
        it["html"] = h.get("html", "0") == "1"
        it["repost"] = h.get("repost", "")
        it["synd"] = h.get("synd", "")
        it["lang"] = o["language"]

    # reposts copy their original's text verbatim
    for it in all_items:
        if it["repost"]:
            orig = by_ok.get((it["outlet"], it["repost"]))
            if orig is None:
                err("%s: repost of unknown key" % it["where"])
                continue
            if it["T"] is None:
                it["T"], it["S"], it["html"] = orig["T"], orig["S"], orig["html"]
            if it["story"] != orig["story"]:
                err("%s: repost in other story" % it["where"])

    # numbers for guid/link patterns: chronological rank within outlet
    per_outlet = defaultdict(list)
    for it in all_items:
        per_outlet[it["outlet"]].append(it)
    for code, lst in per_outlet.items():
        lst.sort(key=lambda x: x["utc"])
        base = 1000 + (sum(ord(c) for c in BY_CODE[code]["slug"]) * 977) % 90000
        for i, it in enumerate(lst):
            it["num"] = base + i * 7 + (len(it["key"]) % 5)
    for it in all_items:
        o = BY_CODE[it["outlet"]]
        f = dict(site=o["site"], key=it["key"], dd="%02d" % it["utc"].day, num=it["num"],
                 ymd=it["utc"].strftime("%Y%m%d"))
        it["link"] = o["link"].format(**f)
        f["link"] = it["link"]
        f["uuid"] = str(uuid.uuid5(uuid.NAMESPACE_URL, it["link"]))
        it["guid"] = o["guid"].format(**f)

    # ---- render text and spans
    for it in all_items:
        for fld, tag in (("title", "T"), ("summary", "S")):
            src = it[tag]
            if src is None:
                err("%s: missing %s" % (it["where"], tag))
                src = ""
            src = subst_spaces(src)
            if fld == "title" or not it["html"]:
                if "<" in src or ">" in src:
                    err("%s: angle bracket in non-html %s" % (it["where"], fld))
            try:
                raw, _ = render(src)
                text, spans = render(TAG_RE.sub("", src))
            except ValueError as e:
                err("%s: %s" % (it["where"], e))
                raw, text, spans = "", "", []
            it[fld + "_raw"] = raw
            it[fld + "_text"] = text
            it[fld + "_spans"] = spans
            for s in spans:
                s["field"] = fld

    # ---- per-item checks
    seen_guid = {}
    seen_time = {}
    for it in all_items:
        if it["guid"] in seen_guid:
            err("duplicate guid %s" % it["guid"])
        seen_guid[it["guid"]] = it
        if it["utc"] in seen_time:
            err("time tie %s: %s/%s and %s/%s" % (it["utc"], it["outlet"], it["key"],
                                                  seen_time[it["utc"]]["outlet"], seen_time[it["utc"]]["key"]))
        seen_time[it["utc"]] = it
        if not (PERIOD[0] <= it["utc"] < PERIOD[1]):
            err("%s: outside period" % it["where"])
        for fld in ("title", "summary"):
            text = it[fld + "_text"]
            covered = set()
            for s in it[fld + "_spans"]:
                rng = set(range(s["start"], s["end"]))
                if rng & covered:
                    err("%s: overlapping spans in %s" % (it["where"], fld))
                covered |= rng
                if text[s["start"]:s["end"]] != s["surface"]:
                    err("%s: span mismatch" % it["where"])
                if s["type"] == "noncount":
                    if s["why"] not in WHYS:
                        err("%s: bad why %s" % (it["where"], s["why"]))
                    continue
                # counts
                if s["claim"]:
                    c = CLAIMS.get(s["claim"])
                    if c is None:
                        err("%s: unknown claim %s" % (it["where"], s["claim"]))
                        continue
                    if c["story"] != it["story"]:
                        err("%s: claim %s belongs to story %s" % (it["where"], s["claim"], c["story"]))
                    s.update(value=float(c["value"]), kind=c["kind"], unit=c["unit"], subject=c["subject"])
                if s["kind"] not in KINDS:
                    err("%s: bad kind %s" % (it["where"], s["kind"]))
                try:
                    v = numparse.surface_value(s["surface"], it["lang"])
                    if abs(v - s["value"]) > 1e-6 * max(1.0, abs(v)):
                        err("%s: %r parses to %s, labelled %s" % (it["where"], s["surface"], v, s["value"]))
                except (ValueError, AttributeError) as e:
                    err("%s: cannot parse %r (%s)" % (it["where"], s["surface"], e))
                if s["kind"] == "money":
                    cur = numparse.currency_of(s["surface"])
                    if cur and cur != s["unit"]:
                        err("%s: currency %s vs unit %s" % (it["where"], cur, s["unit"]))
                    if not s["unit"]:
                        err("%s: money without unit" % it["where"])
                elif s["kind"] == "percent":
                    if s["unit"] != "%" or not numparse.looks_percent(s["surface"]):
                        err("%s: percent label problem %r" % (it["where"], s["surface"]))
                elif s["kind"] == "measure":
                    if not s["unit"]:
                        err("%s: measure without unit" % it["where"])
                else:
                    if s["unit"]:
                        err("%s: count with unit" % it["where"])
                    if numparse.looks_percent(s["surface"]) or numparse.currency_of(s["surface"]):
                        err("%s: count surface looks like percent/money %r" % (it["where"], s["surface"]))
            for i, ch in enumerate(text):
                if ch.isdigit() and i not in covered:
                    err("%s: uncovered digit in %s: ...%s..." % (it["where"], fld, text[max(0, i - 15):i + 15]))
            for w in numparse.unlabelled_number_words(text, it["lang"], covered):
                err("%s: unlabelled number word %r in %s" % (it["where"], w, fld))
            if re.search(r"[~^{}]|\[\[|\]\]", text):
                err("%s: leftover markup in %s: %s" % (it["where"], fld, text))

    # ---- claims
    occ = defaultdict(list)  # claim -> spans (with item)
    for it in all_items:
        for fld in ("title", "summary"):
            for s in it[fld + "_spans"]:
                s["item"] = it
                if s["type"] == "count" and s["claim"]:
                    occ[s["claim"]].append(s)
    claim_key = {}
    for cid, c in CLAIMS.items():
        k = (c["story"], c["subject"], float(c["value"]))
        if k in claim_key:
            err("claims %s and %s share (story, subject, value)" % (cid, claim_key[k]))
        claim_key[k] = cid
    # untagged counts with a designed claim's key
    groups = defaultdict(list)
    for it in all_items:
        for fld in ("title", "summary"):
            for s in it[fld + "_spans"]:
                if s["type"] != "count" or s["claim"]:
                    continue
                k = (it["story"], s["subject"], s["value"])
                if k in claim_key:
                    err("%s: %r should be tagged @%s" % (it["where"], s["surface"], claim_key[k]))
                groups[k].append(s)
    auto = {}
    n_auto = 0
    for k in sorted(groups, key=lambda k: min(s["item"]["utc"] for s in groups[k])):
        spans = groups[k]
        arts = {id(s["item"]) for s in spans}
        if len(arts) >= 2:
            n_auto += 1
            cid = "X%02d" % n_auto
            first = min(spans, key=lambda s: s["item"]["utc"])
            why = "repeated through a re-post" if any(s["item"]["repost"] for s in spans) else \
                "repeated through a syndicated copy" if any(s["item"]["synd"] for s in spans) else \
                "repeated figure"
            auto[cid] = dict(story=k[0], value=k[2], kind=first["kind"], unit=first["unit"], subject=k[1],
                             core=False, variant_of="", note="auto: " + why)
            for s in spans:
                s["claim"] = cid
                occ[cid].append(s)
    # value collisions (same story, same value, different subjects) -> review
    vgroups = defaultdict(set)
    for it in all_items:
        for fld in ("title", "summary"):
            for s in it[fld + "_spans"]:
                if s["type"] == "count":
                    vgroups[(it["story"], s["value"])].add((s["subject"], s["kind"]))
    for (story, v), subs in vgroups.items():
        if len(subs) > 1 and (story, v) not in VALUE_COLLISION_OK:
            warnings.append("same value %s in story %s with subjects %s" % (fmt_value(v), story, sorted(subs)))

    allclaims = dict(CLAIMS)
    allclaims.update(auto)
    claim_rows = []
    spread_rows = []
    first_feed = OUTLETS[0]["code"]
    claim_first = {}
    for cid, c in allclaims.items():
        spans = occ.get(cid, [])
        items = {}
        for s in spans:
            items[s["item"]["guid"]] = s["item"]
        if len(items) < 2:
            err("claim %s appears in %d article(s)" % (cid, len(items)))
            continue
        stories = {i["story"] for i in items.values()}
        if len(stories) != 1:
            err("claim %s spans stories %s" % (cid, stories))
        arts = sorted(items.values(), key=lambda i: i["utc"])
        times = [a["utc"] for a in arts]
        if len(set(times)) != len(times):
            err("claim %s has time ties" % cid)
        first = arts[0]
        claim_first[cid] = first
        if first["outlet"] == first_feed:
            err("claim %s first published by the first feed" % cid)
        seen = set()
        rank = 0
        for a in arts:
            if a["outlet"] in seen:
                continue
            seen.add(a["outlet"])
            rank += 1
            spread_rows.append([cid, rank, BY_CODE[a["outlet"]]["name"], a["guid"],
                                a["utc"].strftime("%Y-%m-%dT%H:%M:%SZ")])
        c["_outlets"] = len(seen)
        c["_articles"] = len(arts)
        c["_first"] = first
        tag = "[core]" if c["core"] else "[minor]"
        note = "%s %s (%d articles, %d outlets)" % (tag, c["note"], len(arts), len(seen))
        claim_rows.append([cid, fmt_value(float(c["value"])), c["subject"], BY_CODE[first["outlet"]]["name"],
                           first["guid"], c["variant_of"], note, first["utc"]])
    for cid, c in allclaims.items():
        if c["variant_of"]:
            o = allclaims.get(c["variant_of"])
            if not o:
                err("variant_of unknown %s" % c["variant_of"])
            elif o["story"] != c["story"]:
                err("variant %s in other story" % cid)
            elif "_first" in o and "_first" in c and not (o["_first"]["utc"] < c["_first"]["utc"]):
                err("variant %s not later than %s" % (cid, c["variant_of"]))
    claim_rows.sort(key=lambda r: r[7])

    # ---- duplicates
    dup_rows = []
    for it in all_items:
        if it["repost"]:
            orig = by_ok[(it["outlet"], it["repost"])]
            d = it["utc"] - orig["utc"]
            if not (dt.timedelta(days=1) <= d <= dt.timedelta(days=3)):
                err("%s: repost interval %s" % (it["where"], d))
            if (it["title_raw"], it["summary_raw"]) != (orig["title_raw"], orig["summary_raw"]):
                err("%s: repost text differs" % it["where"])
            dup_rows.append([it["guid"], orig["guid"], "repost", it["utc"], orig["utc"]])
        if it["synd"]:
            code, _, key = it["synd"].partition("/")
            orig = by_ok.get((code, key))
            if orig is None:
                err("%s: synd of unknown %s" % (it["where"], it["synd"]))
                continue
            if orig["outlet"] == it["outlet"] or orig["utc"] >= it["utc"]:
                err("%s: bad syndication" % it["where"])
            if orig["outlet"] not in ("AW", "AD"):
                err("%s: syndication of a non-wire item" % it["where"])
            if "Atlas" not in it["title_text"] + it["summary_text"]:
                err("%s: syndicated copy lacks credit" % it["where"])
            if orig["story"] != it["story"]:
                err("%s: syndication in other story" % it["where"])
            a = sorted(s["claim"] for f in ("title", "summary") for s in orig[f + "_spans"] if s["type"] == "count")
            b = sorted(s["claim"] for f in ("title", "summary") for s in it[f + "_spans"] if s["type"] == "count")
            if set(a) != set(b):
                err("%s: syndicated copy carries claims %s, original %s" % (it["where"], b, a))
            dup_rows.append([it["guid"], orig["guid"], "syndication", it["utc"], orig["utc"]])
    dup_rows.sort(key=lambda r: r[3])

    if errors:
        for e in errors:
            print("ERROR:", e)
        print("%d errors" % len(errors))
        sys.exit(1)

    write_outputs(all_items, claim_rows, spread_rows, dup_rows)
    report(all_items, allclaims, dup_rows)
    for w in warnings:
        print("WARNING:", w)


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def xml_text(s, outlet):
    e = escape(s)
    if outlet["code"] == "AD":
        e = e.replace("\u00a0", "&#160;")
    return e


def write_outputs(all_items, claim_rows, spread_rows, dup_rows):
    # feeds.yaml
    with open(os.path.join(ROOT, "feeds.yaml"), "w", encoding="utf-8") as f:
        f.write("feeds:\n")
        for o in OUTLETS:
            f.write("  - name: %s\n    url: feeds/%s.xml\n    language: %s\n" % (o["name"], o["slug"], o["language"]))
    last = max(i["utc"] for i in all_items)
    for o in OUTLETS:
        items = [i for i in all_items if i["outlet"] == o["code"]]
        if o["order"] == "newest":
            items.sort(key=lambda i: i["utc"], reverse=True)
        elif o["order"] == "oldest":
            items.sort(key=lambda i: i["utc"])
        else:
            items.sort(key=lambda i: i["utc"])
            random.Random(20260524).shuffle(items)
        path = os.path.join(ROOT, "feeds", o["slug"] + ".xml")
        lines = ['<?xml version="1.0" encoding="UTF-8"?>']
        lang_tag = {"en": "en-GB" if o["code"] == "HT" else "en-CA" if o["code"] == "BS" else "en",
                    "pt": "pt-PT"}.get(o["language"], o["language"])
        if o["fmt"] == "rss":
            lines.append('<rss version="2.0">')
            lines.append("<channel>")
            lines.append("<title>%s</title>" % xml_text(o["title"], o))
            lines.append("<link>%s/</link>" % o["site"])
            lines.append("<description>%s</description>" % xml_text(o["title"], o))
            lines.append("<language>%s</language>" % lang_tag.lower())
            lines.append("<lastBuildDate>%s</lastBuildDate>" % rss_date(last, o))
            for it in items:
                lines.append("<item>")
                lines.append("  <title>%s</title>" % xml_text(it["title_raw"], o))
                lines.append("  <link>%s</link>" % escape(it["link"]))
                lines.append('  <guid isPermaLink="%s">%s</guid>' % ("true" if o.get("permalink") else "false",
                                                                      escape(it["guid"])))
                lines.append("  <pubDate>%s</pubDate>" % rss_date(it["utc"], o))
                if it["html"]:
                    assert "]]>" not in it["summary_raw"]
                    lines.append("  <description><![CDATA[%s]]></description>" % it["summary_raw"])
                else:
                    lines.append("  <description>%s</description>" % xml_text(it["summary_raw"], o))
                lines.append("</item>")
            lines.append("</channel>")
            lines.append("</rss>")
        else:
            lines.append('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="%s">' % lang_tag)
            lines.append("<title>%s</title>" % xml_text(o["title"], o))
            lines.append("<id>%s/</id>" % o["site"])
            lines.append('<link rel="alternate" href="%s/"/>' % o["site"])
            lines.append("<updated>%s</updated>" % atom_date(last, o))
            lines.append("<author><name>%s</name></author>" % xml_text(o["name"], o))
            for it in items:
                lines.append("<entry>")
                lines.append("  <title>%s</title>" % xml_text(it["title_raw"], o))
                lines.append("  <id>%s</id>" % escape(it["guid"]))
                lines.append('  <link rel="alternate" href="%s"/>' % escape(it["link"]))
                lines.append("  <published>%s</published>" % atom_date(it["utc"], o))
                lines.append("  <updated>%s</updated>" % atom_date(it["utc"], o))
                typ = "html" if it["html"] else "text"
                lines.append('  <summary type="%s">%s</summary>' % (typ, xml_text(it["summary_raw"], o)))
                lines.append("</entry>")
            lines.append("</feed>")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")

    lab = os.path.join(ROOT, "labels")
    items_sorted = sorted(all_items, key=lambda i: i["utc"])

    def w(name, header, rows):
        with open(os.path.join(lab, name), "w", encoding="utf-8", newline="") as f:
            cw = csv.writer(f, lineterminator="\n")
            cw.writerow(header)
            cw.writerows(rows)

    w("items.csv", ["guid", "outlet", "language", "published_at_utc", "story", "theme"],
      [[i["guid"], BY_CODE[i["outlet"]]["name"], i["lang"], iso(i["utc"]), i["story"], i["theme"]]
       for i in items_sorted])
    crow, nrow = [], []
    for i in items_sorted:
        for fld in ("title", "summary"):
            for s in i[fld + "_spans"]:
                if s["type"] == "count":
                    crow.append([i["guid"], fld, s["surface"], fmt_value(s["value"]), s["kind"], s["unit"],
                                 s["subject"], s["claim"]])
                else:
                    nrow.append([i["guid"], fld, s["surface"], s["why"]])
    w("counts.csv", ["guid", "field", "surface", "value", "kind", "unit", "subject", "claim_id"], crow)
    w("noncounts.csv", ["guid", "field", "surface", "why"], nrow)
    w("claims.csv", ["claim_id", "value", "subject", "first_outlet", "first_guid", "variant_of", "note"],
      [r[:7] for r in claim_rows])
    w("spread.csv", ["claim_id", "rank", "outlet", "guid", "published_at_utc"], spread_rows)
    w("duplicates.csv", ["guid", "duplicate_of_guid", "type", "published_at_utc", "original_published_at_utc"],
      [[r[0], r[1], r[2], iso(r[3]), iso(r[4])] for r in dup_rows])


def report(all_items, allclaims, dup_rows):
    from collections import Counter
    print("items:", len(all_items))
    print("per outlet:", dict(Counter(BY_CODE[i["outlet"]]["slug"] for i in all_items)))
    print("per language:", dict(Counter(i["lang"] for i in all_items)))
    st = Counter(i["story"] for i in all_items)
    print("stories: %d, multi-item %d, singletons %d" % (len(st), sum(1 for v in st.values() if v > 1),
                                                        sum(1 for v in st.values() if v == 1)))
    for s, n in st.items():
        if s.startswith("single-") != (n == 1):
            print("ERROR: story naming/size mismatch", s, n)
    multi = [(c["_outlets"], cid) for cid, c in allclaims.items() if c.get("_outlets", 0) >= 2]
    print("claims: %d, with >=2 outlets: %d" % (len(allclaims), len(multi)))
    core6 = [cid for cid, c in allclaims.items() if 5 <= c.get("_outlets", 0) <= 12]
    print("claims with 5-12 outlets: %d %s" % (len(core6), core6))
    print("largest spreads:", sorted(multi, reverse=True)[:12])
    print("variants:", [(cid, c["variant_of"]) for cid, c in allclaims.items() if c["variant_of"]])
    print("auto claims:", {cid: (c["subject"], c["value"], c["note"]) for cid, c in allclaims.items()
                           if cid.startswith("X")})
    print("duplicates:", Counter(r[2] for r in dup_rows))


if __name__ == "__main__":
    main()
