#!/usr/bin/env python3
"""Independent checker for heldout5. Re-reads feeds.yaml, feeds/*.xml and labels/*.csv
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
# number words that must always be labelled (as a count or a non-count) when they occur
LEX = {
    "en": "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds "
          "thousand thousands million millions billion billions dozen dozens second third fourth fifth half",
    "de": "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig hundert tausend million "
          "millionen milliarde milliarden dutzend dutzende hunderte tausende zweite zweiten dritte dritten "
          "vierte fünfte zweistelligen",
    "fr": "deux trois quatre cinq six sept huit dix onze douze quatorze vingt trente cent cents mille million "
          "millions milliard milliards dizaine dizaines centaines milliers deuxième troisième quatrième",
    "es": "dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce veinte treinta cien cientos mil "
          "millón millones decena decenas centenares miles segunda segundo tercer tercero tercera",
    "it": "due tre quattro cinque sette otto nove dieci undici dodici quattordici venti trenta cento mille mila "
          "milioni milione miliardi decine centinaia migliaia ventina seconda terzo terza",
          # 'secondo' = 'according to', 'sei' = 'you are': not listed
    "pt": "dois duas três quatro cinco seis sete oito nove dez onze doze catorze vinte trinta cem mil milhões "
          "milhão dezenas centenas milhares primeiro segunda terceiro terceira",  # 'segundo' = 'according to'
    "nl": "twee drie vier vijf zes zeven acht negen tien elf twaalf veertien twintig dertig honderd duizend "
          "miljoen miljard tientallen honderden duizenden miljoenen tweede derde vierde driedaagse",
    "pl": "dwa dwie dwóch dwoje trzy trzech troje cztery czterech czworo pięć pięciu sześć sześciu siedem "
          "siedmiu osiem ośmiu dziewięć dziewięciu dziesięć dwanaście dwunastu sto tysiąc tysiące tysięcy "
          "milion miliony milionów dziesiątki setki kilkanaście kilkadziesiąt pierwszy pierwsze drugi druga "
          "trzeci trzecia",
    "ru": "два две двое двух три трое трёх троих четыре пять пяти пятеро шесть семь семеро восемь девять девяти десять "
          "двенадцать сто тысяча тысячи миллион миллиона десятки сотни второй третий",
    "uk": "два дві двоє двох три троє трьох чотири чотирьох п'ять п'яти п'ятеро шість шести сім семеро вісім восьмеро дев'ять "
          "дев'ятеро десять дванадцять сто тисяча тисячі мільйон десятки сотні другий друга другу третій",
}
LEX = {k: set(v.split()) for k, v in LEX.items()}
WORDVAL = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14,
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "neun": 9, "elf": 11, "zwölf": 12,
    "deux": 2, "trois": 3, "quatre": 4, "onze": 11, "douze": 12, "quatorze": 14,
    "dos": 2, "tres": 3, "cuatro": 4, "seis": 6, "nueve": 9, "once": 11, "doce": 12, "trece": 13, "catorce": 14,
    "due": 2, "tre": 3, "quattro": 4, "nove": 9, "undici": 11, "dodici": 12, "quattordici": 14,
    "dois": 2, "duas": 2, "três": 3, "catorze": 14,
    "twee": 2, "drie": 3, "vijf": 5, "negen": 9, "twaalf": 12, "veertien": 14,
    "dwa": 2, "dwie": 2, "dwóch": 2, "trzy": 3, "trzech": 3, "troje": 3, "cztery": 4, "pięć": 5,
    "pięciu": 5, "sześć": 6, "sześciu": 6, "osiem": 8, "dziewięć": 9,
    "два": 2, "двое": 2, "три": 3, "трое": 3, "трёх": 3, "троих": 3, "пять": 5, "пяти": 5, "пятеро": 5, "шесть": 6,
    "дві": 2, "двоє": 2, "двох": 2, "троє": 3, "чотирьох": 4, "п'ятеро": 5, "шести": 6, "восьмеро": 8, "дев'ять": 9, "дев'ятеро": 9,
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
    # twin traps: a figure of the other event of the same kind, often with the same update words
    ("twin", "BL-DEAD", "BV-DEAD2", "Busk's first toll of five = Villach's 'rises to five'"),
    ("twin", "BL-DEAD2", "BV-DEAD2", "'rises to six' (Busk) vs 'rises to five' (Villach)"),
    ("twin", "BL-INJ", "BV-INJ", "19 injured in both bus crashes"),
    ("twin", "FT-INJ", "FA-INJ2", "11 hurt off Thessaloniki = Ancona's figure revised down to 11"),
    ("twin", "BO-VEH", "BG-VEH", "23,000 vehicles a day on both bridges"),
    ("twin", "IA-CANC", "AS-CANC2", "IberAzur's 340 = Aliserena's 'rise to 340'"),
    ("twin", "MC-TENDER", "MP-BRIBE", "2.4 million in euros (Chieti) and in hryvnias (Pavlohrad)"),
    ("twin", "DV-COC", "DA-COC2", "4.6 t in Valencia = Antwerp's 'rises to 4.6 t'"),
    ("twin", "SC-TURN", "SW-VOTE", "87 % in both hospital strikes"),
    ("twin", "QC-MAG", "QM-MAG2", "4.6 near Cosenza = Marche's magnitude revised down to 4.6"),
    ("twin", "CM-RANSOM", "CG-RANSOM", "EUR 2m ransom in both cities"),
    ("twin", "FN-EVAC2", "FZ-MORE", "'rises to 660' (Nowy Sacz) vs '660 more' (Zakarpattia)"),
    ("twin", "FN-EVAC2", "FZ-EVAC3", "'wzrosła do 660' vs 'зросла до 2600': same update words, two floods"),
    ("twin", "RC-ILL", "RS-ILL2", "13 ill in France = Poland's 'rises to 13'"),
    ("twin", "SD-WINLESS", "SP-WINLESS", "six games without a win before both sackings"),
    # article traps: two figures in one article that are not an update of each other
    ("article", "BL-DEAD", "BL-VIL5", "5 dead near Busk and 5 dead near Villach in one article"),
    ("article", "BV-MORE", "BV-DEAD2", "'two more died' beside the new toll of five"),
    ("article", "BO-VEH", "BO-BOE23", "23,000 twice in one article, two bridges"),
    ("article", "IA-CANC", "IA-AS340", "340 twice in one article, two airlines"),
    ("article", "DV-COC", "DV-ANT46", "4.6 t twice in one article, two ports"),
    ("article", "RC-ILL", "RC-PL13", "13 ill in France, 13 in hospital in Poland ('saliti a 13')"),
    ("article", "SW-DEAL", "SW-DEMAND", "18 % deal vs 30 % demand"),
    ("article", "AS-OFFER", "AS-DEMAND", "5 % offer vs 12 % demand"),
    ("article", "FZ-MORE", "FZ-EVAC3", "660 more evacuated is part of the 2,600 total"),
    ("article", "DA-EXTRA", "DA-COC2", "1.5 t more is part of the 4.6 t total"),
    ("article", "QC-MAG", ("quake-calabria", "magnitude of Marche quake (mentioned in Calabria report)"),
     "4.6 twice in one article, two quakes"),
    ("article", "CG-RANSOM", ("cyber-gent", "ransom demanded from Magdeburg (mentioned in Ghent report)"),
     "EUR 2m twice in one article, two cities"),
    ("article", "SC-TURN", ("strike-nurses-coimbra",
                            "Wroclaw resident doctors who voted to strike (mentioned in Coimbra report)"),
     "87 % twice in one article, two strikes"),
    ("article", "SD-WINLESS", ("sack-dnipro",
                               "winless games that cost Uniao Coimbra's coach his job (mentioned in Dnipro report)"),
     "six winless games twice in one article, two clubs"),
]
LOOKALIKES = [("BV-INJ", "BL-INJ"), ("BV-DEAD2", "BL-DEAD"), ("BV-DEAD2", "BL-VIL5"), ("FA-INJ2", "FT-INJ"),
              ("BG-VEH", "BO-VEH"), ("BG-VEH", "BO-BOE23"), ("AS-CANC2", "IA-CANC"), ("AS-CANC2", "IA-AS340"),
              ("MP-BRIBE", "MC-TENDER"), ("DA-COC2", "DV-COC"), ("DA-COC2", "DV-ANT46"), ("SW-VOTE", "SC-TURN"),
              ("QM-MAG2", "QC-MAG"), ("CG-RANSOM", "CM-RANSOM"), ("FZ-MORE", "FN-EVAC2"), ("RS-ILL2", "RC-ILL"),
              ("RS-ILL2", "RC-PL13"), ("SP-WINLESS", "SD-WINLESS")]

# expected clock of each feed (independent of tools/outlets.py)
CLOCK_CHANGE = dt.datetime(2025, 3, 30, 1, 0, tzinfo=dt.timezone.utc)
FEED_TZ = {"The Tamar Herald": "utc", "The Prairie Dispatch": "winnipeg", "Saale-Kurier": "eu_central",
           "Ostsee-Echo": "utc", "La Gazette de la Garonne": "eu_central", "El Heraldo del Turia": "eu_central",
           "El Eco del Nalón": "eu_central", "Beacon Wire": "utc", "La Gazzetta Adriatica": "eu_central",
           "Diário do Mondego": "eu_west", "Het Scheldeblad": "eu_central", "Kurier Nadodrzański": "eu_central",
           "Dziennik Karpacki": "eu_central", "Уральский обозреватель": "yekaterinburg",
           "Придніпровський кур'єр": "eu_east"}
TZ_OFF = {"utc": (0, 0), "winnipeg": (-300, -300), "yekaterinburg": (300, 300), "eu_west": (0, 60),
          "eu_central": (60, 120), "eu_east": (120, 180)}
UPDATE_WORDS = {"en": r"\bris(e|es|en) to\b|\brose to\b", "de": r"\bsteigt auf\b", "es": r"\bsuben? a\b",
                "it": r"\bsal(e|gono|iti) a\b", "pt": r"\bsobem? para\b", "nl": r"\bstijgt naar\b",
                "pl": r"\bwzrosła do\b", "ru": r"\bвозросло до\b", "uk": r"\bзросла до\b", "fr": r"\bpasse à\b"}
LANGS = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk"}


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
        if not ("2025-03-10" <= t[:10] <= "2025-04-06"):
            err(f"time outside 10 March - 6 April 2025: {t}")

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
            if a["outlet"] == b["outlet"] or "Beacon" not in b["outlet"]:
                err(f"syndication source not another outlet's wire item: {d['guid']}")
            if not re.search(r"\(Beacon\)|— Beacon Wire", a["title"] + a["summary"]):
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
        days = sorted(r["published_at_utc"][:10] for r in rs)
        span = (dt.date.fromisoformat(days[-1]) - dt.date.fromisoformat(days[0])).days + 1
        if not (4 <= len(rs) <= 12) or len(outs) < 3 or len(langs) < 3 or span > 8:
            err(f"story {s}: {len(rs)} items, {len(outs)} outlets, {len(langs)} languages, over {span} days")
        if len({r["theme"] for r in rs}) != 1:
            err(f"story {s} with several themes")
    for s in singles:
        if not s.startswith("single-"):
            err(f"singleton story not named single-*: {s}")
    first = {s: min(r["published_at_utc"] for r in rs) for s, rs in multi.items()}
    theme_st = defaultdict(list)
    for s in multi:
        theme_st[multi[s][0]["theme"]].append(s)
    groups_ok = {}
    for th, ss in theme_st.items():
        if len(ss) < 2:
            continue
        ts = sorted(dt.datetime.fromisoformat(first[s].replace("Z", "+00:00")) for s in ss)
        if (ts[-1] - ts[0]) <= dt.timedelta(days=6):
            groups_ok[th] = len(ss)
    if not any(n >= 3 for n in groups_ok.values()):
        err("no same-theme triple")
    story_themes = {multi[s][0]["theme"] for s in multi}
    shared = [s for s, rs in singles.items() if rs[0]["theme"] in story_themes]
    if 2 * len(shared) < len(singles):
        err(f"only {len(shared)} of {len(singles)} singletons share a theme with a story")
    mutations = [c for c in claims.values() if c["variant_of"]]
    langs = {r["language"] for r in items}
    per_lang = defaultdict(int)
    for r in items:
        per_lang[r["language"]] += 1
    for lg in LANGS:
        if per_lang[lg] < 6:
            err(f"language {lg}: only {per_lang[lg]} items")
    stats = dict(items=len(items), languages=len(langs), outlets=len(feeds), stories=len(multi),
                 singletons=len(singles), same_theme_groups=len(groups_ok), claims=len(claims),
                 mutations=len(mutations), traps=len(TRAPS), lookalikes=len(LOOKALIKES), duplicates=len(dups))
    need = dict(items=(190, 230), languages=(10, 10), outlets=(14, 16), stories=(24, 99), singletons=(14, 99),
                same_theme_groups=(9, 99), claims=(25, 999), mutations=(10, 14), traps=(15, 999),
                lookalikes=(1, 999), duplicates=(10, 999))
    for k, (lo, hi) in need.items():
        if not (lo <= stats[k] <= hi):
            err(f"size: {k} = {stats[k]} not in [{lo}, {hi}]")
    if langs != LANGS:
        err(f"languages {langs}")
    if claims and itm.get(next(iter(claims.values()))["first_guid"]) is not None:
        for cid, c in claims.items():
            if c["first_outlet"] == feeds[0]["name"]:
                err(f"{cid} first published by the first feed")

    # clocks: every feed date has the offset its city uses at that instant (EU/UA change on 30 March)
    offs = set()
    for g, fi in feed_items.items():
        raw = fi["raw_date"].strip()
        m = re.search(r"(GMT|Z|[+-]\d\d:?\d\d)$", raw)
        offs.add(m.group(1))
        tz = FEED_TZ.get(fi["outlet"])
        if tz is None:
            err(f"no clock for feed {fi['outlet']}")
            continue
        want = TZ_OFF[tz][1 if fi["t"] >= CLOCK_CHANGE else 0]
        if m.group(1) in ("GMT", "Z"):
            got = 0
        else:
            o = m.group(1).replace(":", "")
            got = (1 if o[0] == "+" else -1) * (int(o[1:3]) * 60 + int(o[3:5]))
        if got != want:
            err(f"offset {m.group(1)} for {fi['outlet']} at {iso(fi['t'])}, expected {want} min")
    for name, tz in FEED_TZ.items():
        if TZ_OFF[tz][0] != TZ_OFF[tz][1]:
            seen = {fi["t"] >= CLOCK_CHANGE for fi in feed_items.values() if fi["outlet"] == name}
            if seen != {True, False}:
                err(f"{name} has no items on both sides of the 30 March clock change")
    if len(offs) < 10:
        err(f"only {len(offs)} offset spellings: {sorted(offs)}")
    if not any(re.fullmatch(r"\w{3}, \d{1,2} \w{3} \d{4} \d\d:\d\d [+-]\d{4}", fi["raw_date"].strip())
               for fi in feed_items.values()):
        err("no feed with the short date form")
    styles = {"permalink": r"^https?://[^?]+$", "?p=": r"\?p=\d+$", "tag:": r"^tag:", "urn:uuid": r"^urn:uuid:",
              "wire code": r"^[A-Z]{3}-\d{8}-\d+$"}
    for st, rx in styles.items():
        if not any(re.search(rx, g) for g in feed_items):
            err(f"no guid in style {st}")
    fmts = {fi["fmt"] for fi in feed_items.values()}
    if fmts != {"RSS", "Atom"}:
        err(f"feed formats {fmts}")

    # language coverage: update words, spelled-out counts, percentages, non-count kinds, vague words
    text_by_lang = defaultdict(str)
    for g, fi in feed_items.items():
        text_by_lang[lang_of[fi["outlet"]]] += " " + fi["title"] + " " + fi["summary"]
    for lg, rx in UPDATE_WORDS.items():
        if not re.search(rx, text_by_lang[lg]):
            err(f"no update wording in {lg}")
    kinds_lang = defaultdict(set)
    for r in counts:
        lg = itm[r["guid"]]["language"]
        if r["kind"] == "percent":
            kinds_lang[lg].add("percent")
        if re.match(r"[^\W\d_]", r["surface"]) and not r["surface"].startswith(("€", "$")):
            kinds_lang[lg].add("word")
        if re.search(r"\d\u00a0\d", r["surface"]):
            kinds_lang["*"].add("nbsp")
    for r in nons:
        kinds_lang[itm[r["guid"]]["language"]].add(r["why"])
        kinds_lang["*"].add(r["why"])
    for lg in LANGS:
        miss = {"percent", "word", "duration", "age", "date", "time", "ordinal", "year", "vague"} - kinds_lang[lg]
        if miss:
            err(f"language {lg} lacks {sorted(miss)}")
    for k in ("margin", "race_time", "score", "nbsp"):
        if k not in kinds_lang["*"]:
            err(f"corpus lacks {k}")

    for e in ERR[:80]:
        print("ERROR:", e)
    print("stats:", stats)
    print("items per language:", dict(sorted(per_lang.items(), key=lambda kv: -kv[1])))
    print("feed orders:", {k: v for k, v in orders.items() if v != "newest-first"}, "| offsets:", sorted(offs))
    print("same-theme groups:", {k: groups_ok[k] for k in sorted(groups_ok)})
    if ERR:
        print(f"FAILED: {len(ERR)} errors")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
