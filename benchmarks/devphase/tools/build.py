"""Build devphase: read tools/source/*.txt, check everything, write feeds.yaml, feeds/*.xml and labels/*.csv.

Python 3 standard library only. Refuses to write anything if a check fails (exit 1).

Source format (one file per story; singletons share singletons.txt):
  == o=<CODE> | key=<key> | utc=YYYY-MM-DDTHH:MM | story=<story> [| html=1] [| repost=<key>] [| synd=<CODE>/<key>]
  T: title
  S: summary
Markup inside T and S:
  {surface|@CLAIM}                          a count that belongs to a designed claim
  {surface|value|kind[:unit]|subject}       any other count (kind: count, percent, money, measure)
  ... optional trailing options: |lo or |hi (one end of a range), |x=<factor> (the scale word is written only on
      the other end of the range: "1,5 bis 2 Mio."), |xref (a claim of another story, cited in a cross-reference)
  [[surface|why]]                           a non-count (duration, age, date, time, ordinal, year, score, margin,
                                            id, vague)
  ~ stands for U+00A0 and ^ for U+202F.
"""

from __future__ import annotations

import csv
import html
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from claims import CLAIMS  # noqa: E402
from numparse import NOT_FLAGGED, WORDS, parse  # noqa: E402
from outlets import BY_CODE, OUTLETS, guid_and_link  # noqa: E402
from stories import PAIRS, STORIES  # noqa: E402

KINDS = {"count", "percent", "money", "measure"}
WHYS = {"duration", "age", "date", "time", "ordinal", "year", "score", "margin", "id", "vague"}
CURRENCY_MARKS = {
    "EUR": ["€", "euro", "евро", "євро", "eur"],
    "USD": ["$", "dollar", "dólar", "долл", "дол", "dolar", "доллар", "долар"],
    "KES": ["ksh", "shilling", "schilling", "шиллинг", "szyling", "scellini", "chelines", "shillings"],
    "BDT": ["tk", "taka", "така"],
    "KZT": ["тенге", "tenge", "₸"],
    "UAH": ["грн", "гривень", "гривні", "hrywien", "hryvnia", "hrywnia"],
    "PLN": ["zł", "pln", "zloty", "złot", "zlóti", "zlot", "злот"],
    "BRL": ["r$", "reais", "real"],
    "MXN": ["peso", "mxn"],
    "CLP": ["peso", "clp"],
    "CHF": ["fr.", "franken", "chf"],
    "GBP": ["£", "pound"],
    "NGN": ["₦", "naira", "nairas"],
    "PHP": ["peso", "php"],
    "RUB": ["руб", "₽"],
    "UYU": ["peso", "$"],
}
UNIT_MARKS = {
    "t": ["t", "tonne", "tonnen", "тонн", "тонн", "toneladas", "tonnellate", "ton", "tons", "tony", "тонн"],
    "ha": ["ha", "hektar", "hectare", "гектар", "hectáreas", "ettari", "hectares"],
    "MW": ["mw", "мвт", "megawatt"],
    "GW": ["gw", "гвт", "gigawatt"],
    "km": ["km", "км", "kilomet", "quilómet"],
    "km/h": ["km/h", "км/ч", "км/год", "km/u"],
    "m": ["m", "metre", "meter", "metern", "метр", "metros", "metri", "metrów", "mètres"],
    "mm": ["mm", "мм", "millimet", "milímet"],
    "°C": ["°c", "grad", "градус", "graus", "gradi", "grados", "degrees", "stopni", "°", "c"],
    "nmi": ["miglia", "nmi", "nautical", "milhas", "millas"],
    "ppb": ["ppb"],
    "m3/s": ["m³/s", "metros cúbicos"],
    "TEU": ["teu", "contenedores"],
}
PERCENT_MARKS = ["%", "proc", "prozent", "procent", "процент", "відсот", "per cent", "percent", "por ciento",
                 "por cento", "pour cent", "per cento"]
VAGUE_WORDS = {
    "en": ["dozens", "hundreds", "thousands", "scores of", "tens of thousands"],
    "de": ["dutzende", "hunderte", "tausende", "zehntausende"],
    "fr": ["dizaines", "centaines", "milliers", "une vingtaine", "une trentaine"],
    "es": ["decenas", "centenares", "cientos", "miles"],
    "it": ["decine", "centinaia", "migliaia", "una trentina", "una decina"],
    "pl": ["dziesiątki", "setki", "tysiące", "kilkadziesiąt", "kilkuset", "kilkaset"],
    "ru": ["десятки", "сотни", "тысячи", "десятков", "сотен"],
    "uk": ["десятки", "сотні", "тисячі", "десятків", "сотень"],
    "pt": ["dezenas", "centenas", "milhares"],
    "nl": ["tientallen", "honderden", "duizenden"],
}


@dataclass
class Count:
    field: str
    surface: str
    value: float
    kind: str
    unit: str
    subject: str
    claim: str = ""
    range_end: str = ""
    xref: bool = False
    factor: float = 1.0


@dataclass
class Item:
    outlet: str
    key: str
    utc: datetime
    story: str
    src: str
    html: bool = False
    repost: str = ""
    synd: str = ""
    title_raw: str = ""
    summary_raw: str = ""
    title: str = ""  # plain text (labels)
    summary: str = ""  # as published (may hold HTML tags)
    summary_plain: str = ""
    counts: list[Count] = field(default_factory=list)
    noncounts: list[tuple[str, str, str]] = field(default_factory=list)
    guid: str = ""
    permalink: bool = False
    link: str = ""


ERRORS: list[str] = []
WARNINGS: list[str] = []


def err(msg: str) -> None:
    ERRORS.append(msg)


def fmt_value(v: float) -> str:
    if float(v).is_integer():
        return str(int(v))
    return repr(round(v, 6))


MARKUP = re.compile(r"\{([^{}]+)\}|\[\[([^\[\]]+)\]\]")
TAG = re.compile(r"<[^>]+>")


def render(item: Item, fieldname: str, raw: str) -> tuple[str, str]:
    """(text with markup resolved, masked text for the unlabelled-number check); labels appended to item."""
    out, masked, pos = [], [], 0
    for m in MARKUP.finditer(raw):
        out.append(raw[pos:m.start()])
        masked.append(raw[pos:m.start()])
        pos = m.end()
        if m.group(1) is not None:
            parts = m.group(1).split("|")
            surface = parts[0]
            opts = []
            if len(parts) >= 2 and parts[1].startswith("@"):
                cid = parts[1][1:]
                opts = parts[2:]
                claim = CLAIMS.get(cid)
                if claim is None:
                    err(f"{item.src}: unknown claim {cid}")
                    continue
                c = Count(fieldname, surface, claim["value"], claim["kind"], claim.get("unit", ""),
                          claim["subject"], cid)
            elif len(parts) >= 4:
                kind, _, unit = parts[2].partition(":")
                try:
                    value = float(parts[1])
                except ValueError:
                    err(f"{item.src}: bad value {parts[1]!r}")
                    continue
                c = Count(fieldname, surface, value, kind, unit, parts[3])
                opts = parts[4:]
            else:
                err(f"{item.src}: bad count markup {m.group(0)}")
                continue
            for opt in opts:
                if opt in ("lo", "hi"):
                    c.range_end = opt
                elif opt == "xref":
                    c.xref = True
                elif opt.startswith("x="):
                    c.factor = float(opt[2:])
                else:
                    err(f"{item.src}: unknown option {opt!r}")
            item.counts.append(c)
        else:
            surface, _, why = m.group(2).rpartition("|")
            if why not in WHYS:
                err(f"{item.src}: unknown non-count kind {why!r} in {m.group(0)}")
            item.noncounts.append((fieldname, surface, why))
        out.append(surface)
        masked.append(" \u2063 ")
    out.append(raw[pos:])
    masked.append(raw[pos:])
    return "".join(out), "".join(masked)


def plain(text: str) -> str:
    return html.unescape(TAG.sub("", text))


def read_sources() -> list[Item]:
    items: list[Item] = []
    for path in sorted((HERE / "source").glob("*.txt")):
        current: Item | None = None
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = line.rstrip()
            if not line or line.startswith("#"):
                continue
            where = f"{path.name}:{n}"
            if line.startswith("=="):
                fields = dict(p.strip().split("=", 1) for p in line[2:].split("|"))
                try:
                    utc = datetime.strptime(fields["utc"], "%Y-%m-%dT%H:%M").replace(tzinfo=timezone.utc)
                except (KeyError, ValueError):
                    err(f"{where}: bad header")
                    continue
                current = Item(fields.get("o", ""), fields.get("key", ""), utc, fields.get("story", path.stem),
                               where, fields.get("html") == "1", fields.get("repost", ""), fields.get("synd", ""))
                items.append(current)
            elif line[:3] in ("T: ", "S: ") and current is not None:
                text = line[3:].replace("~", "\u00a0").replace("^", "\u202f")
                if line[0] == "T":
                    current.title_raw = text
                else:
                    current.summary_raw = text
            else:
                err(f"{where}: cannot read line {line[:40]!r}")
    return items


def check_number_words(item: Item, fieldname: str, masked: str) -> None:
    lang = BY_CODE[item.outlet].lang
    text = plain(masked)
    if re.search(r"\d", text):
        err(f"{item.src}: unlabelled digit in {fieldname}: {text!r}")
    low = text.casefold()
    for word in WORDS[lang]:
        if word in NOT_FLAGGED.get(lang, set()):
            continue
        if re.search(rf"(?<![\w'’]){re.escape(word)}(?![\w'’])", low):
            err(f"{item.src}: unlabelled number word {word!r} in {fieldname}: {text!r}")
    for word in VAGUE_WORDS[lang]:
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", low):
            err(f"{item.src}: unlabelled vague word {word!r} in {fieldname}")


def check_count(item: Item, c: Count) -> None:
    lang = BY_CODE[item.outlet].lang
    if c.kind not in KINDS:
        err(f"{item.src}: unknown kind {c.kind}")
    got = parse(c.surface, lang, unit_m=(c.kind == "measure" and c.unit in ("m", "mm")))
    want = c.value
    if c.kind == "measure" and c.unit == "MW" and re.search(r"gw|гвт", c.surface.casefold()):
        want = c.value / 1000
    if got is None or abs(got * c.factor - want) > 1e-6 * max(1.0, abs(want)):
        err(f"{item.src}: surface {c.surface!r} reads {got} (x{c.factor}), label says {c.value}")
    low = c.surface.casefold()
    if c.kind == "money":
        marks = CURRENCY_MARKS.get(c.unit)
        if marks is None:
            err(f"{item.src}: unknown currency {c.unit}")
        elif not any(mk in low for mk in marks):
            err(f"{item.src}: money surface {c.surface!r} does not show {c.unit}")
    elif c.kind == "measure":
        marks = UNIT_MARKS.get(c.unit)
        if marks is None:
            err(f"{item.src}: unknown unit {c.unit}")
        elif not any(re.search(rf"(?<![a-zа-я]){re.escape(mk)}", low) for mk in marks + UNIT_MARKS.get(
                "GW" if c.unit == "MW" else c.unit, [])):
            err(f"{item.src}: measure surface {c.surface!r} does not show {c.unit}")
    elif c.kind == "percent":
        if not any(mk in low for mk in PERCENT_MARKS):
            err(f"{item.src}: percent surface {c.surface!r} has no percent sign or word")
    elif c.kind == "count" and c.unit:
        err(f"{item.src}: a count has no unit ({c.unit})")


def main() -> int:
    items = read_sources()
    by_outlet_key: dict[tuple[str, str], Item] = {}
    times: Counter = Counter()
    for it in items:
        if it.outlet not in BY_CODE:
            err(f"{it.src}: unknown outlet {it.outlet}")
            continue
        if (it.outlet, it.key) in by_outlet_key:
            err(f"{it.src}: duplicate key {it.outlet}/{it.key}")
        by_outlet_key[(it.outlet, it.key)] = it
        times[it.utc] += 1
        if it.story not in STORIES:
            err(f"{it.src}: unknown story {it.story}")
        if not it.title_raw or not it.summary_raw:
            err(f"{it.src}: title or summary missing")
        if not (datetime(2026, 5, 1, tzinfo=timezone.utc) <= it.utc < datetime(2026, 6, 1, tzinfo=timezone.utc)):
            err(f"{it.src}: outside May 2026")
        it.title, masked_t = render(it, "title", it.title_raw)
        it.summary, masked_s = render(it, "summary", it.summary_raw)
        if TAG.search(it.title):
            err(f"{it.src}: tag in title")
        if bool(TAG.search(it.summary)) != it.html:
            err(f"{it.src}: html flag and tags disagree")
        it.summary_plain = plain(it.summary)
        check_number_words(it, "title", masked_t)
        check_number_words(it, "summary", masked_s)
        for c in it.counts:
            check_count(it, c)
            text = it.title if c.field == "title" else it.summary_plain
            if c.surface not in text:
                err(f"{it.src}: surface {c.surface!r} not in {c.field}")
            if c.claim:
                cstory = CLAIMS[c.claim]["story"]
                if cstory != it.story and not c.xref:
                    err(f"{it.src}: claim {c.claim} belongs to {cstory}, not {it.story} (mark |xref)")
                if cstory == it.story and c.xref:
                    err(f"{it.src}: |xref on a claim of the item's own story")
        for fieldname, surface, _ in it.noncounts:
            text = it.title if fieldname == "title" else it.summary_plain
            if surface not in text:
                err(f"{it.src}: non-count {surface!r} not in {fieldname}")
    for t, n in times.items():
        if n > 1:
            err(f"two items share the time {t:%Y-%m-%dT%H:%M}")

    # guids, in each outlet's time order
    per_outlet: dict[str, list[Item]] = defaultdict(list)
    for it in sorted(items, key=lambda i: i.utc):
        per_outlet[it.outlet].append(it)
    for code, its in per_outlet.items():
        for seq, it in enumerate(its, 1):
            it.guid, it.permalink, it.link = guid_and_link(BY_CODE[code], it.key, it.utc, seq)
    guids = Counter(it.guid for it in items)
    for g, n in guids.items():
        if n > 1:
            err(f"duplicate guid {g}")

    # duplicates
    duplicates = []
    for it in items:
        if it.repost:
            orig = by_outlet_key.get((it.outlet, it.repost))
            if orig is None:
                err(f"{it.src}: repost of unknown {it.repost}")
                continue
            if (orig.title_raw, orig.summary_raw, orig.html) != (it.title_raw, it.summary_raw, it.html):
                err(f"{it.src}: a repost must be identical to {it.repost}")
            if orig.story != it.story or orig.utc >= it.utc:
                err(f"{it.src}: repost must be later, same story")
            duplicates.append((it, orig, "repost"))
        if it.synd:
            code, _, key = it.synd.partition("/")
            orig = by_outlet_key.get((code, key))
            if orig is None:
                err(f"{it.src}: syndicated copy of unknown {it.synd}")
                continue
            credit = {"LW": ["(Lodestar)", "– Lodestar Wire", "(Lodestar Wire)", "(Lodestar/", "Lodestar"],
                      "LN": ["(Lodestar)"]}[code]
            if not any(cr in it.title + " " + it.summary_plain for cr in credit):
                err(f"{it.src}: syndicated copy lacks a credit")
            if sorted(c.claim for c in it.counts if c.claim) != sorted(c.claim for c in orig.counts if c.claim):
                err(f"{it.src}: syndicated copy carries other claims than {it.synd}")
            if orig.story != it.story or orig.utc >= it.utc or code == it.outlet:
                err(f"{it.src}: syndicated copy must be later, same story, another outlet")
            duplicates.append((it, orig, "syndication"))

    # claims: designed ones must be used in >= 2 items; auto claims for other repeats
    mentions: dict[str, list[Item]] = defaultdict(list)
    for it in items:
        for c in it.counts:
            if c.claim and it not in mentions[c.claim]:
                mentions[c.claim].append(it)
    auto: dict[tuple, list[tuple[Item, Count]]] = defaultdict(list)
    for it in items:
        for c in it.counts:
            if not c.claim:
                auto[(it.story, c.subject, c.value, c.kind, c.unit)].append((it, c))
    n_auto = 0
    auto_claims: dict[str, dict] = {}
    for key in sorted(auto, key=lambda k: min(i.utc for i, _ in auto[k])):
        its = {i.guid for i, _ in auto[key]}
        if len(its) >= 2:
            n_auto += 1
            cid = f"X{n_auto:02d}"
            story, subject, value, kind, unit = key
            auto_claims[cid] = {"story": story, "value": value, "kind": kind, "unit": unit, "subject": subject,
                                "note": "[auto] repeats within the story (a re-post, a syndicated copy or another "
                                        "article)"}
            for it, c in auto[key]:
                c.claim = cid
                if it not in mentions[cid]:
                    mentions[cid].append(it)
    # same value in one story, different subjects or claims: listed for review
    by_sv: dict[tuple, set] = defaultdict(set)
    for it in items:
        for c in it.counts:
            by_sv[(it.story, c.value, c.kind)].add((c.claim or c.subject))
    for key, subs in by_sv.items():
        if len(subs) > 1:
            WARNINGS.append(f"same value, other subjects in {key[0]}: {key[1]:g} {key[2]}: {sorted(subs)}")
    all_claims = {**CLAIMS, **auto_claims}
    for cid, cl in CLAIMS.items():
        if len({i.guid for i in mentions.get(cid, [])}) < 2:
            err(f"designed claim {cid} is in fewer than 2 articles")
        v = cl.get("variant_of", "")
        if v:
            if v not in CLAIMS or CLAIMS[v]["story"] != cl["story"]:
                err(f"claim {cid}: variant_of {v} is not a claim of the same story")
    first: dict[str, Item] = {}
    spreads: dict[str, list[Item]] = {}
    for cid, its in mentions.items():
        its = sorted(its, key=lambda i: i.utc)
        first[cid] = its[0]
        seen, spread = set(), []
        for it in its:
            if it.outlet not in seen:
                seen.add(it.outlet)
                spread.append(it)
        spreads[cid] = spread
        if its[0].outlet == "PC":
            err(f"claim {cid} would be first published by the first feed")
    for cid, cl in CLAIMS.items():
        v = cl.get("variant_of", "")
        if v and cid in first and v in first and first[cid].utc <= first[v].utc:
            err(f"claim {cid} is not later than the claim it varies ({v})")

    if ERRORS:
        print("\n".join(ERRORS[:200]))
        print(f"{len(ERRORS)} errors; nothing written")
        return 1
    write_all(items, duplicates, all_claims, mentions, first, spreads)
    if "-v" in sys.argv:
        print("\n".join(WARNINGS))
    print(f"ok: {len(items)} items, {len(all_claims)} claims ({len(auto_claims)} auto), "
          f"{len(duplicates)} duplicates, {len(WARNINGS)} same-value notes (-v lists them)")
    return 0


def local(utc: datetime, code: str) -> datetime:
    return utc.astimezone(timezone(timedelta(minutes=BY_CODE[code].offset_min)))


def rss_date(utc: datetime, code: str) -> str:
    o = BY_CODE[code]
    t = local(utc, code)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    zone = o.offset_style
    return f"{days[t.weekday()]}, {t.day:02d} {months[t.month - 1]} {t.year} {t:%H:%M:%S} {zone}"


def atom_date(utc: datetime, code: str) -> str:
    o = BY_CODE[code]
    t = local(utc, code)
    return t.strftime("%Y-%m-%dT%H:%M:%S") + ("Z" if o.offset_style == "Z" else o.offset_style)


def feed_order(its: list[Item], order: str) -> list[Item]:
    its = sorted(its, key=lambda i: i.utc)
    if order == "newest":
        return its[::-1]
    if order == "oldest":
        return its
    shuffled = its[:]
    random.Random(20260531).shuffle(shuffled)
    return shuffled


def write_feed(code: str, its: list[Item]) -> str:
    o = BY_CODE[code]
    its = feed_order(its, o.order)
    newest = max(i.utc for i in its)
    lines = ['<?xml version="1.0" encoding="UTF-8"?>']
    if o.fmt == "rss":
        lines += ['<rss version="2.0">', "<channel>", f"<title>{escape(o.name)}</title>", f"<link>{o.base}/</link>",
                  f"<description>{escape(o.name)} ({escape(o.city)})</description>", f"<language>{o.lang}</language>",
                  f"<lastBuildDate>{rss_date(newest, code)}</lastBuildDate>"]
        for it in its:
            desc = f"<![CDATA[{it.summary}]]>" if it.html else escape(it.summary)
            perma = "true" if it.permalink else "false"
            lines += ["<item>", f"  <title>{escape(it.title)}</title>", f"  <link>{escape(it.link)}</link>",
                      f'  <guid isPermaLink="{perma}">{escape(it.guid)}</guid>',
                      f"  <pubDate>{rss_date(it.utc, code)}</pubDate>", f"  <description>{desc}</description>",
                      "</item>"]
        lines += ["</channel>", "</rss>"]
        if o.code == "VZ":
            return ("\n".join(lines) + "\n").replace("\u00a0", "&#160;")
    else:
        lines += [f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{o.lang}">', f"<title>{escape(o.name)}</title>",
                  f"<id>{o.base}/</id>", f'<link rel="alternate" href="{o.base}/"/>',
                  f"<updated>{atom_date(newest, code)}</updated>", f"<author><name>{escape(o.name)}</name></author>"]
        for it in its:
            kind = "html" if it.html else "text"
            lines += ["<entry>", f"  <title>{escape(it.title)}</title>", f"  <id>{escape(it.guid)}</id>",
                      f'  <link rel="alternate" href="{escape(it.link)}"/>',
                      f"  <published>{atom_date(it.utc, code)}</published>",
                      f"  <updated>{atom_date(it.utc, code)}</updated>",
                      f'  <summary type="{kind}">{escape(it.summary)}</summary>', "</entry>"]
        lines.append("</feed>")
    out = "\n".join(lines) + "\n"
    if o.code == "VZ":  # this feed writes its no-break spaces as character references
        out = out.replace("\u00a0", "&#160;")
    return out


def z(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        w = csv.writer(handle, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def write_all(items, duplicates, all_claims, mentions, first, spreads) -> None:
    (ROOT / "feeds").mkdir(exist_ok=True)
    (ROOT / "labels").mkdir(exist_ok=True)
    per_outlet: dict[str, list[Item]] = defaultdict(list)
    for it in items:
        per_outlet[it.outlet].append(it)
    feeds_yaml = ["feeds:"]
    for o in OUTLETS:
        (ROOT / "feeds" / f"{o.slug}.xml").write_text(write_feed(o.code, per_outlet[o.code]), encoding="utf-8")
        name = o.name.replace("'", "''")
        feeds_yaml += [f"  - name: '{name}'", f"    url: feeds/{o.slug}.xml", f"    language: {o.lang}"]
    (ROOT / "feeds.yaml").write_text("\n".join(feeds_yaml) + "\n", encoding="utf-8")
    ordered = sorted(items, key=lambda i: i.utc)
    write_csv(ROOT / "labels" / "items.csv", ["guid", "outlet", "language", "published_at_utc", "story", "theme"],
              [[i.guid, BY_CODE[i.outlet].name, BY_CODE[i.outlet].lang, z(i.utc), i.story, STORIES[i.story][0]]
               for i in ordered])
    rows = []
    for i in ordered:
        for c in i.counts:
            subject = all_claims[c.claim]["subject"] if c.claim else c.subject
            rows.append([i.guid, c.field, c.surface, fmt_value(c.value), c.kind, c.unit, subject, c.claim,
                         c.range_end])
    write_csv(ROOT / "labels" / "counts.csv",
              ["guid", "field", "surface", "value", "kind", "unit", "subject", "claim_id", "range"], rows)
    write_csv(ROOT / "labels" / "noncounts.csv", ["guid", "field", "surface", "why"],
              [[i.guid, f, s, w] for i in ordered for f, s, w in i.noncounts])
    order = sorted(all_claims, key=lambda cid: (first[cid].utc, cid))
    rows = []
    for cid in order:
        cl = all_claims[cid]
        its = mentions[cid]
        n_out = len({i.outlet for i in its})
        note = f"{cl.get('note', '')} ({len({i.guid for i in its})} articles, {n_out} outlets)".strip()
        rows.append([cid, fmt_value(cl["value"]), cl["subject"], BY_CODE[first[cid].outlet].name, first[cid].guid,
                     cl.get("variant_of", ""), note, cl["story"], cl["kind"], cl.get("unit", "")])
    write_csv(ROOT / "labels" / "claims.csv",
              ["claim_id", "value", "subject", "first_outlet", "first_guid", "variant_of", "note", "story", "kind",
               "unit"], rows)
    write_csv(ROOT / "labels" / "spread.csv", ["claim_id", "rank", "outlet", "guid", "published_at_utc"],
              [[cid, r, BY_CODE[i.outlet].name, i.guid, z(i.utc)] for cid in order
               for r, i in enumerate(spreads[cid], 1)])
    write_csv(ROOT / "labels" / "duplicates.csv",
              ["guid", "duplicate_of_guid", "type", "published_at_utc", "original_published_at_utc"],
              [[d.guid, o.guid, t, z(d.utc), z(o.utc)] for d, o, t in sorted(duplicates, key=lambda x: x[0].utc)])


if __name__ == "__main__":
    sys.exit(main())
