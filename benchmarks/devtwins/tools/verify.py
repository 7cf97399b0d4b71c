#!/usr/bin/env python3
"""Independent checker for devtwins. Re-reads feeds.yaml, feeds/*.xml and labels/*.csv
(it does not import the generator) and checks consistency. Exit 0 = OK."""
import csv
import datetime as dt
import email.utils
import html
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
A = "{http://www.w3.org/2005/Atom}"
ERR = []


def err(m):
    ERR.append(m)


# ------------------------------------------------------------------ lexicon
LEX = {
    "en": "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds "
          "thousand thousands million millions billion billions dozen dozens second third fourth fifth half",
    "de": "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig hundert tausend million "
          "millionen milliarde milliarden dutzend dutzende hunderte tausende zweite zweiten dritte dritten "
          "vierte fünfte zweistelligen",
    "fr": "deux trois quatre cinq six sept huit dix onze douze vingt trente quarante cent cents mille million "
          "millions milliard milliards dizaines centaines milliers deuxième troisième quatrième",
    "es": "dos tres cuatro cinco seis siete ocho nueve diez once doce veinte treinta cien cientos mil millón "
          "millones decenas centenares miles segundo segunda tercero tercera",
    "it": "due tre quattro cinque sei sette otto nove dieci undici dodici venti trenta cento mille mila milioni "
          "milione miliardi decine centinaia migliaia seconda terzo terza",  # "secondo" = "according to"
    "pt": "dois duas três quatro cinco seis sete oito nove dez onze doze vinte trinta cem cento mil milhões "
          "milhão dezenas centenas milhares segunda terceiro terceira",  # 'segundo' = 'according to'

    "nl": "twee drie vier vijf zes zeven acht negen tien elf twaalf twintig dertig honderd duizend miljoen "
          "miljard tientallen honderden duizenden miljoenen tweede derde vierde",
    "pl": "dwa dwie dwóch dwoje trzy trzech troje cztery czterech czworo pięć pięciu sześć sześciu siedem "
          "siedmiu osiem ośmiu dziewięć dziewięciu dziesięć dwanaście dwunastu sto tysiąc tysiące tysięcy "
          "milion miliony milionów dziesiątki setki pierwszy pierwsze drugi druga trzeci trzecia",
    "ru": "два две двое двух три трое трёх троих четыре пять шесть семь семеро восемь девять девяти десять "
          "двенадцать сто тысяча тысячи миллион миллиона десятки сотни второй третий",
    "uk": "два дві двоє двох три троє трьох чотири п'ять п'яти шість сім семеро вісім дев'ять десять "
          "дванадцять сто тисяча тисячі мільйон десятки сотні другий друга третій восьмий півтора",
}
LEX = {k: set(v.split()) for k, v in LEX.items()}
WORDVAL = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "twelve": 12,
    "fifteen": 15, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "neun": 9, "zwölf": 12,
    "quatre": 4, "dos": 2, "tres": 3, "cuatro": 4, "seis": 6, "nueve": 9, "due": 2, "quattro": 4, "sei": 6,
    "duas": 2, "twaalf": 12, "drie": 3, "cztery": 4, "sześć": 6, "dwóch": 2, "dwie": 2, "pięciu": 5,
    "siedmiu": 7, "osiem": 8, "dziewięciu": 9, "trzech": 3, "трёх": 3, "троих": 3, "двух": 2, "п'яти": 5,
    "двоє": 2, "семеро": 7, "троє": 3, "три": 3,
}
SCALES = [  # (regex on the rest of the surface, factor)
    (r"^(mil milhões|bn|billion|mrd\.?|milliarden?|milliards?|miliardi|miljard|mld|млрд)\b", 1e9),
    (r"^(m|mn|million|millions|mio\.?|millionen|millones|millón|milioni|milione|milhões|milhão|miljoen|mln|млн)(\b|$)", 1e6),
    (r"^(k|thousand|tausend|mil|mila|tys\.|тыс\.|тис\.)(\b|$|\s)", 1e3),
]


def norm_ap(s):
    return s.replace("’", "'").replace("ʼ", "'")


def parse_value(surface, lang, kind="count"):
    s = norm_ap(surface.replace("\u00a0", " ").replace("\u202f", " ")).strip()
    low = s.lower()
    m = re.search(r"\d{1,3}(?:[ .,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?", low)
    if m:
        tok = m.group()
        if re.fullmatch(r"\d{1,3}( \d{3})+(,\d+)?", tok):
            v = float(tok.replace(" ", "").replace(",", "."))
        elif lang == "en":
            v = float(tok.replace(",", ""))
        elif re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", tok):
            v = float(tok.replace(".", "").replace(",", "."))
        else:
            v = float(tok.replace(",", "."))
        rest = low[m.end():].strip()
    else:
        w = re.match(r"[^\W\d_]+(?:'[^\W\d_]+)?", low)
        if not w or w.group() not in WORDVAL:
            return None
        v = float(WORDVAL[w.group()])
        rest = low[w.end():].strip()
    rest = rest.lstrip("€$").strip()
    for rx, f in SCALES:
        if kind == "percent" or (kind == "measure" and f == 1e6):
            continue  # '1050 m' is metres, not millions
        if re.match(rx, rest):
            v *= f
            break
    return v


# ------------------------------------------------------------------ feeds
def read_yaml(path):
    feeds, cur = [], None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip()
        m = re.match(r"\s*-\s*name:\s*\"?(.*?)\"?$", line)
        if m:
            cur = {"name": m.group(1)}
            feeds.append(cur)
            continue
        m = re.match(r"\s+(url|language):\s*(\S+)", line)
        if m and cur is not None:
            cur[m.group(1)] = m.group(2)
    return feeds


def clean(text):
    text = text or ""
    if "<" in text:
        text = re.sub(r"<[^>]+>", "", text)
    return html.unescape(text)


def parse_feed(path):
    root = ET.parse(path).getroot()
    out = []
    if root.tag == "rss":
        for it in root.iter("item"):
            d = email.utils.parsedate_to_datetime(it.findtext("pubDate"))
            out.append(dict(guid=it.findtext("guid").strip(), title=clean(it.findtext("title")),
                            summary=clean(it.findtext("description")), t=d.astimezone(dt.timezone.utc),
                            raw_date=it.findtext("pubDate"), fmt="RSS"))
    else:
        for e in root.iter(A + "entry"):
            d = dt.datetime.fromisoformat(e.findtext(A + "published"))
            out.append(dict(guid=e.findtext(A + "id").strip(), title=clean(e.findtext(A + "title")),
                            summary=clean(e.findtext(A + "summary")), t=d.astimezone(dt.timezone.utc),
                            raw_date=e.findtext(A + "published"), fmt="Atom"))
    return out


def rd(name):
    with open(os.path.join(ROOT, "labels", name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


# ------------------------------------------------------------------ designed traps and look-alikes
# ("twin", A, B): different events of one theme whose figures look like an update of each other
# ("article", A, B): two figures in one article that are not an update of each other
# A/B are claim ids or (story, subject) for unclaimed counts.
TRAPS = [
    ("twin", "QU-DEAD2", "OD-DEAD", "Quirin 'toll rises to four' = Odile's first toll"),
    ("twin", "QU-DEAD2", "OD-DEAD2", "'Zahl der Toten steigt auf vier' vs 'steigt auf sechs' in the other storm"),
    ("twin", "QU-OUT", "OD-OUT2", "Quirin 40,000 reported after Odile's 65,000 (not a reversion)"),
    ("article", ("storm-quirin", "forecast gusts for Storm Quirin, lower end"),
     ("storm-quirin", "forecast gusts for Storm Quirin, upper end"), "two ends of a range"),
    ("article", "QU-BODIES", "QU-DEAD2", "'two more bodies' beside the new toll of four"),
    ("article", "HZ-FINE", "HZ-BAN18", "two EUR 18m fines in one article, different banks"),
    ("twin", "PK-SL", "PM-RO", "'now on 31 %' for the other party in the other poll"),
    ("article", "PK-SL", "PK-MER31", "31 % twice in one article, different polls and parties"),
    ("twin", "FV-INJ", "FB-INJ", "both fires first injure 12"),
    ("article", "FV-INJ", "FV-BRE14", "12 then 14 in one article: two fires, not an update"),
    ("article", "RG-OFF2", "RG-DEM", "revised offer vs union demand"),
    ("article", "RI-CANC", "RI-HS", "70 % regional vs 40 % high-speed"),
    ("twin", "OK-ILL2", "OL-ILL2", "'rise to 31' vs 'rises to 79' in the other outbreak"),
    ("article", "OK-ILL2", ("outbreak-krakow", "children ill in Lviv outbreak (mentioned in a Krakow report)"),
     "Krakow 31 and Lviv 79 in one article"),
    ("article", "OK-DEAD", "OK-TOWERS", "2 dead and 2 cooling towers"),
    ("twin", "TA-JOBS", "VG-JOBS2", "Vogtmann's revised figure lands on Tarnovia's 950"),
    ("article", "TA-JOBS", "TA-VG1200", "950 Tarnovia jobs beside Vogtmann's 1,200"),
    ("twin", "BN-ACC", "BV-CUST2", "1.4 million in both breaches"),
    ("article", "BN-ACC", "BN-VZ", "1.4m and 1.38m in one article: two breaches, not a rounding"),
    ("article", "PB-PCT", "PB-PLFUEL", "9 % bread and 9 % fuel in one article"),
    ("twin", "MK-DEAD2", "MR-DEAD2", "'toll rises to 12' vs 'rises to three' in the other mine"),
    ("article", "MK-MISS", "MK-RUDA3", "3 missing in Siberia, 3 dead in Poland"),
    ("twin", "VP-VICT", "VI-EVAC", "140 in both verdicts"),
    ("twin", "PB-PCT", "PF-PCT", "9 % in both price rises"),
]
LOOKALIKES = [("OD-OUT", "QU-OUT"), ("HZ-FINE", "BA-FINE"), ("PM-RO", "PK-SL"), ("FB-INJ", "FV-INJ"),
              ("VG-JOBS2", "TA-JOBS"), ("OL-HOSP", "OK-ILL"), ("BV-CUST2", "BN-ACC"), ("PF-PCT", "PB-PCT"),
              ("VP-VICT", "VI-EVAC"), ("FB-INJ2", "FV-BRE14"), ("OD-DEAD2", "QU-ODILE6"),
              ("MR-DEAD2", "MK-RUDA3")]


def main():
    feeds = read_yaml(os.path.join(ROOT, "feeds.yaml"))
    feed_items = {}
    lang_of = {}
    orders = {}
    for f in feeds:
        for k in ("name", "url", "language"):
            if k not in f:
                err(f"feeds.yaml entry lacks {k}: {f}")
        p = os.path.join(ROOT, f["url"])
        if not os.path.exists(p):
            err(f"missing feed {p}")
            continue
        its = parse_feed(p)
        ts = [i["t"] for i in its]
        if all(a >= b for a, b in zip(ts, ts[1:])):
            orders[f["name"]] = "newest-first"
        elif all(a <= b for a, b in zip(ts, ts[1:])):
            orders[f["name"]] = "oldest-first"
        else:
            orders[f["name"]] = "shuffled"
        for i in its:
            if i["guid"] in feed_items:
                err(f"guid twice in feeds: {i['guid']}")
            i["outlet"] = f["name"]
            feed_items[i["guid"]] = i
        lang_of[f["name"]] = f["language"]
    ov = sorted(orders.values())
    if ov.count("oldest-first") != 1 or ov.count("shuffled") != 1:
        err(f"feed orders: {orders}")

    items = rd("items.csv")
    itm = {}
    for r in items:
        g = r["guid"]
        if g in itm:
            err(f"items.csv duplicate {g}")
        itm[g] = r
        fi = feed_items.get(g)
        if not fi:
            err(f"items.csv guid not in feeds: {g}")
            continue
        if fi["outlet"] != r["outlet"]:
            err(f"outlet mismatch {g}")
        if lang_of[fi["outlet"]] != r["language"]:
            err(f"language mismatch {g}")
        if iso(fi["t"]) != r["published_at_utc"]:
            err(f"time mismatch {g}: feed {iso(fi['t'])} vs {r['published_at_utc']}")
        if not r["story"] or not r["theme"]:
            err(f"story/theme missing {g}")
    for g in feed_items:
        if g not in itm:
            err(f"feed item not in items.csv: {g}")
    times = [r["published_at_utc"] for r in items]
    if len(set(times)) != len(times):
        err("item times not unique")
    for t in times:
        if not t.startswith("2026-10-"):
            err(f"time outside October 2026: {t}")

    # ---------------- number labels
    counts, nons = rd("counts.csv"), rd("noncounts.csv")
    spans = defaultdict(list)
    for fname, rows in (("counts", counts), ("noncounts", nons)):
        last = {}
        for r in rows:
            g, field = r["guid"], r["field"]
            if g not in feed_items or field not in ("title", "summary"):
                err(f"{fname}: bad guid/field {g} {field}")
                continue
            text = feed_items[g][field]
            k = (g, field)
            pos = text.find(r["surface"], last.get(k, 0))
            if pos < 0:
                err(f"{fname}: surface {r['surface']!r} not found (in order) in {field} of {g}")
                continue
            end = pos + len(r["surface"])
            last[k] = end
            if pos > 0 and text[pos - 1].isalnum():
                err(f"{fname}: surface {r['surface']!r} starts inside a word in {g}")
            if end < len(text) and text[end].isalnum() and r["surface"][-1].isalnum():
                err(f"{fname}: surface {r['surface']!r} ends inside a word in {g}")
            spans[k].append((pos, end, r["surface"]))
    for r in nons:
        if r["why"] not in {"duration", "age", "date", "time", "ordinal", "year", "race_time", "margin",
                            "score", "vague"}:
            err(f"bad why {r['why']}")
    for r in counts:
        lang = itm[r["guid"]]["language"] if r["guid"] in itm else "en"
        if r["kind"] not in {"count", "money", "percent", "measure"}:
            err(f"bad kind {r}")
        if r["kind"] == "money" and not re.fullmatch(r"[A-Z]{3}", r["unit"]):
            err(f"money unit {r}")
        if r["kind"] == "percent" and r["unit"] != "%":
            err(f"percent unit {r}")
        if r["kind"] == "count" and r["unit"]:
            err(f"count with unit {r}")
        if r["kind"] == "measure" and not r["unit"]:
            err(f"measure without unit {r}")
        v = parse_value(r["surface"], lang, r["kind"])
        val = float(r["value"])
        if v is None or abs(v - val) > 1e-6 * max(1.0, abs(val)):
            err(f"value {r['value']} does not match surface {r['surface']!r} (parsed {v}) in {r['guid']}")
        if not r["subject"]:
            err(f"count without subject {r}")
    for g, fi in feed_items.items():
        lang = itm.get(g, {}).get("language", "en")
        for field in ("title", "summary"):
            text = fi[field]
            cov = [False] * len(text)
            for a, b, s in spans[(g, field)]:
                for k in range(a, b):
                    if cov[k]:
                        err(f"overlapping labels at {s!r} in {g}")
                    cov[k] = True
            for k, ch in enumerate(text):
                if ch.isdigit() and not cov[k]:
                    err(f"unlabelled digit in {field} of {g}: ...{text[max(0, k - 20):k + 20]}...")
            for m in re.finditer(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)?", text):
                w = norm_ap(m.group().lower())
                if w in LEX.get(lang, set()) and not all(cov[m.start():m.end()]):
                    err(f"unlabelled number word {m.group()!r} in {field} of {g}")

    # ---------------- claims
    story = {g: r["story"] for g, r in itm.items()}
    groups = defaultdict(list)
    for r in counts:
        groups[(story.get(r["guid"]), r["subject"], float(r["value"]))].append(r)
    claim_items = defaultdict(set)
    claim_key = {}
    for key, rows in groups.items():
        ids = {r["claim_id"] for r in rows}
        guids = {r["guid"] for r in rows}
        if len(ids) != 1:
            err(f"group {key} has claim ids {ids}")
            continue
        cid = ids.pop()
        if len(guids) >= 2 and not cid:
            err(f"repeated figure without claim: {key}")
        if cid:
            if len(guids) < 2:
                err(f"claim {cid} in one article only")
            if cid in claim_key and claim_key[cid] != key:
                err(f"claim {cid} used for two groups")
            claim_key[cid] = key
            claim_items[cid] |= guids
    claims = {r["claim_id"]: r for r in rd("claims.csv")}
    if set(claims) != set(claim_items):
        err(f"claims.csv ids differ from counts: {set(claims) ^ set(claim_items)}")
    tkey = lambda g: itm[g]["published_at_utc"]
    expect_spread = []
    for cid, c in claims.items():
        if cid not in claim_items:
            continue
        gs = sorted(claim_items[cid], key=tkey)
        st, subj, val = claim_key[cid]
        if float(c["value"]) != val or c["subject"] != subj:
            err(f"claims.csv {cid} value/subject mismatch")
        if c["first_guid"] != gs[0] or c["first_outlet"] != itm[gs[0]]["outlet"]:
            err(f"claims.csv {cid} first publisher wrong")
        if c["variant_of"]:
            o = claims.get(c["variant_of"])
            if not o:
                err(f"{cid} variant_of unknown")
            else:
                if claim_key[c["variant_of"]][0] != st:
                    err(f"{cid} variant across stories")
                if tkey(o["first_guid"]) >= tkey(c["first_guid"]):
                    err(f"{cid} variant not later than its original")
                if float(o["value"]) == val:
                    err(f"{cid} variant with the same value")
        seen, rank = set(), 0
        for g in gs:
            if itm[g]["outlet"] in seen:
                continue
            seen.add(itm[g]["outlet"])
            rank += 1
            expect_spread.append((cid, str(rank), itm[g]["outlet"], g, tkey(g)))
    got = [(r["claim_id"], r["rank"], r["outlet"], r["guid"], r["published_at_utc"]) for r in rd("spread.csv")]
    if sorted(got) != sorted(expect_spread):
        err(f"spread.csv differs from recomputation ({len(got)} vs {len(expect_spread)} rows)")

    # ---------------- duplicates
    dups = rd("duplicates.csv")
    for d in dups:
        a, b = feed_items.get(d["guid"]), feed_items.get(d["duplicate_of_guid"])
        if not a or not b:
            err(f"duplicate with unknown guid {d}")
            continue
        if d["published_at_utc"] != iso(a["t"]) or d["original_published_at_utc"] != iso(b["t"]):
            err(f"duplicate times wrong {d['guid']}")
        if not a["t"] > b["t"]:
            err(f"duplicate not later {d['guid']}")
        if d["type"] == "repost":
            if a["outlet"] != b["outlet"] or a["title"] != b["title"] or a["summary"] != b["summary"]:
                err(f"repost not identical / not same outlet: {d['guid']}")
        elif d["type"] == "syndication":
            if a["outlet"] == b["outlet"] or "Meridian" not in b["outlet"] and "Meridiano" not in b["outlet"]:
                err(f"syndication source not another outlet's wire item: {d['guid']}")
            if not re.search(r"Meridian|Meridiano", a["title"] + a["summary"]):
                err(f"syndicated copy without credit: {d['guid']}")
            if story[d["guid"]] != story[d["duplicate_of_guid"]]:
                err(f"syndicated copy in another story: {d['guid']}")
        else:
            err(f"bad duplicate type {d['type']}")
    # identical texts not declared as re-posts
    seen_txt = {}
    declared = {(d["guid"], d["duplicate_of_guid"]) for d in dups}
    for g in sorted(feed_items, key=lambda g: feed_items[g]["t"]):
        fi = feed_items[g]
        k = (fi["outlet"], fi["title"], fi["summary"])
        if k in seen_txt and (g, seen_txt[k]) not in declared:
            err(f"undeclared re-post {g}")
        seen_txt.setdefault(k, g)

    # ---------------- traps and look-alikes
    def resolve(x):
        if isinstance(x, str):
            if x not in claims:
                err(f"trap refers to unknown claim {x}")
                return None, set()
            return claim_key[x][0], claim_items[x]
        st, subj = x
        gs = {r["guid"] for r in counts if r["subject"] == subj and story.get(r["guid"]) == st}
        if not gs:
            err(f"trap refers to missing count {x}")
        return st, gs

    def chain(c):
        out = set()
        while c and c in claims:
            out.add(c)
            c = claims[c]["variant_of"]
        return out

    for kind, a, b, why in TRAPS:
        sa, ga = resolve(a)
        sb, gb = resolve(b)
        if isinstance(a, str) and isinstance(b, str) and (a in chain(b) or b in chain(a)):
            err(f"trap {a}/{b} linked by variant_of")
        if kind == "twin":
            if sa == sb or itm[next(iter(ga))]["theme"] != itm[next(iter(gb))]["theme"]:
                err(f"twin trap {a}/{b} not two stories of one theme")
        elif not (ga & gb):
            err(f"article trap {a}/{b}: no article carries both")
    for a, b in LOOKALIKES:
        if a not in claims or b not in claims or claims[a]["value"] != claims[b]["value"] \
                or claim_key[a][0] == claim_key[b][0]:
            err(f"look-alike {a}/{b} broken")

    # ---------------- corpus-level requirements
    st_items = defaultdict(list)
    for g, r in itm.items():
        st_items[r["story"]].append(r)
    multi = {s: rs for s, rs in st_items.items() if len(rs) > 1}
    singles = {s: rs for s, rs in st_items.items() if len(rs) == 1}
    for s, rs in multi.items():
        if s.startswith("single-"):
            err(f"{s} has several items")
        outs = {r["outlet"] for r in rs}
        langs = {r["language"] for r in rs}
        days = {r["published_at_utc"][:10] for r in rs}
        if not (3 <= len(outs) <= 8) or len(langs) < 3 or len(days) < 2:
            err(f"story {s}: {len(outs)} outlets, {len(langs)} languages, {len(days)} days")
        if len({r["theme"] for r in rs}) != 1:
            err(f"story {s} with several themes")
    for s in singles:
        if not s.startswith("single-"):
            err(f"singleton story not named single-*: {s}")
    first = {s: min(r["published_at_utc"] for r in rs) for s, rs in multi.items()}
    theme_st = defaultdict(list)
    for s in multi:
        theme_st[multi[s][0]["theme"]].append(s)
    groups_ok = []
    for th, ss in theme_st.items():
        if len(ss) < 2:
            continue
        ts = sorted(dt.datetime.fromisoformat(first[s].replace("Z", "+00:00")) for s in ss)
        if (ts[-1] - ts[0]).days <= 5:
            groups_ok.append(th)
    mutations = [c for c in claims.values() if c["variant_of"]]
    langs = {r["language"] for r in items}
    stats = dict(items=len(items), languages=len(langs), outlets=len(feeds), stories=len(multi),
                 singletons=len(singles), same_theme_groups=len(groups_ok), claims=len(claims),
                 mutations=len(mutations), traps=len(TRAPS), duplicates=len(dups))
    need = dict(items=200, languages=10, outlets=13, stories=24, singletons=12, same_theme_groups=12,
                claims=25, mutations=12, traps=12, duplicates=10)
    for k, v in need.items():
        if stats[k] < v:
            err(f"size: {k} = {stats[k]} < {v}")
    if langs != {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk"}:
        err(f"languages {langs}")
    offs = {re.search(r"(GMT|Z|[+-]\d\d:?\d\d)$", fi["raw_date"]).group(1) for fi in feed_items.values()}

    for e in ERR[:80]:
        print("ERROR:", e)
    print("stats:", stats)
    print("feed orders:", {k: v for k, v in orders.items() if v != "newest-first"}, "| offsets:", sorted(offs))
    print("same-theme groups:", sorted(groups_ok))
    if ERR:
        print(f"FAILED: {len(ERR)} errors")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
