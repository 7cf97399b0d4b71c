#!/usr/bin/env python3
"""Independent checker for devrelay (stdlib only). Re-reads feeds.yaml, feeds/*.xml and labels/*.csv
and re-checks them without importing the generator. Exit 0 = OK."""
import csv, datetime as dt, email.utils, html, os, re, sys
import xml.etree.ElementTree as ET
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
A = "{http://www.w3.org/2005/Atom}"
problems = []


def bad(msg):
    problems.append(msg)


# ---------------------------------------------------------------- number words
def W(s):
    return s.split()

CARD = {  # language -> word -> value (cardinals and scale words)
    "en": dict(zip(W("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                     "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred "
                     "thousand million billion"),
                   [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 30, 40, 50, 60, 70, 80, 90,
                    100, 1000, 10**6, 10**9])),
    "de": dict(zip(W("null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig "
                     "fünfzig hundert tausend million millionen milliarde milliarden"),
                   [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 20, 30, 40, 50, 100, 1000, 10**6, 10**6, 10**9, 10**9])),
    "fr": dict(zip(W("zéro deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt "
                     "trente quarante cinquante soixante cent mille million millions milliard milliards"),
                   [0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 20, 30, 40, 50, 60, 100, 1000, 10**6, 10**6,
                    10**9, 10**9])),
    "es": dict(zip(W("cero dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince veinte "
                     "treinta cuarenta cincuenta cien ciento doscientos trescientos cuatrocientos quinientos mil millón "
                     "millones"),
                   [0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 20, 30, 40, 50, 100, 100, 200, 300, 400, 500, 1000,
                    10**6, 10**6])),
    "it": dict(zip(W("zero due tre quattro cinque sei sette otto nove dieci undici dodici tredici diciotto venti trenta "
                     "quaranta cinquanta cento mille mila milione milioni miliardo miliardi"),
                   [0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 18, 20, 30, 40, 50, 100, 1000, 1000, 10**6, 10**6, 10**9,
                    10**9])),
    "pt": dict(zip(W("zero dois duas três quatro cinco seis sete oito nove dez onze doze treze catorze quinze vinte "
                     "trinta quarenta cinquenta cem cento mil milhão milhões"),
                   [0, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 20, 30, 40, 50, 100, 100, 1000, 10**6, 10**6])),
    "pl": dict(zip(W("zero jeden jedna jedno dwa dwie dwóch dwoje trzy trzech troje cztery czterech pięć sześć sześcioro "
                     "siedem osiem dziewięć dziesięć jedenaście dwanaście dwunastu dwadzieścia trzydzieści sto tysiąc "
                     "tysiące tysięcy milion miliony milionów miliard tys mln mld"),
                   [0, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 4, 5, 6, 6, 7, 8, 9, 10, 11, 12, 12, 20, 30, 100, 1000, 1000, 1000,
                    10**6, 10**6, 10**6, 10**9, 1000, 10**6, 10**9])),
    "ru": dict(zip(W("ноль один одна одно два две двое три трое четыре пять шесть семь восемь девять девятеро десять "
                     "одиннадцать двенадцать двадцать тридцать сорок пятьдесят сто тысяча тысячи тысяч миллион "
                     "миллиона миллионов миллиард тыс млн млрд"),
                   [0, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 6, 7, 8, 9, 9, 10, 11, 12, 20, 30, 40, 50, 100, 1000, 1000, 1000,
                    10**6, 10**6, 10**6, 10**9, 1000, 10**6, 10**9])),
    "uk": dict(zip(W("нуль один одна два дві двох двоє три троє чотири п'ять шість сім сімох вісім дев'ять дев'ятеро "
                     "десять одинадцять дванадцять двадцять сто тисяча тисячі тисяч мільйон мільйони мільйонів тис млн"),
                   [0, 1, 1, 2, 2, 2, 2, 3, 3, 4, 5, 6, 7, 7, 8, 9, 9, 10, 11, 12, 20, 100, 1000, 1000, 1000, 10**6, 10**6,
                    10**6, 1000, 10**6])),
    "nl": dict(zip(W("nul één twee drie vier vijf zes zeven acht negen tien elf twaalf dertien twintig dertig honderd "
                     "duizend miljoen miljard mld"),
                   [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 20, 30, 100, 1000, 10**6, 10**9, 10**9])),
}
OTHER = {  # ordinals, vague and other number words that must be labelled when present
    "en": W("first second third fourth fifth sixth seventh eighth ninth tenth twice half dozen dozens hundreds "
            "thousands millions"),
    "de": W("erste erster ersten erstes zweite zweiten dritte dritten vierte fünfte dutzend dutzende hunderte tausende"),
    "fr": W("premier première premiers deuxième troisième second seconde dizaine dizaines centaine centaines milliers "
            "moitié"),
    "es": W("primer primera primero segunda tercer tercera tercero decenas centenares cientos miles mitad"),
    "it": W("primo prima terzo terza decine centinaia migliaia metà"),
    "pt": W("primeiro primeira terceiro terceira dezenas centenas milhares metade"),
    "pl": W("pierwszy pierwsza pierwszej pierwsze drugi druga drugiej trzeci kilka kilkaset kilkadziesiąt setki "
            "dziesiątki tysiące połowa"),
    "ru": W("первый первая первого второй третий десятки сотни тысячи половина"),
    "uk": W("перший перша першого другий третій десятки сотні тисячі половина"),
    "nl": W("eerste tweede derde tientallen honderden duizenden tienduizenden helft"),
}
EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
SCALES = [("mil milhões", 1e9), ("mil millones", 1e9), ("milliarden", 1e9), ("milliarde", 1e9), ("milliards", 1e9),
          ("milliard", 1e9), ("miliardi", 1e9), ("miliardo", 1e9), ("miljard", 1e9), ("billion", 1e9), ("mrd", 1e9),
          ("mld", 1e9), ("млрд", 1e9), ("bn", 1e9),
          ("millionen", 1e6), ("millions", 1e6), ("million", 1e6), ("milioni", 1e6), ("milione", 1e6),
          ("millones", 1e6), ("millón", 1e6), ("milhões", 1e6), ("milhão", 1e6), ("miljoen", 1e6), ("mio", 1e6),
          ("mln", 1e6), ("млн", 1e6), ("мільйонів", 1e6), ("m€", 1e6),
          ("тысяч", 1e3), ("тыс", 1e3), ("тис", 1e3), ("tys", 1e3), ("mila", 1e3), ("mil", 1e3), ("k", 1e3)]


def is_number_word(tok, lang):
    t = tok.lower().replace("’", "'")
    parts = [t] + t.split("-")
    return any(p in CARD[lang] or p in OTHER[lang] for p in parts)


def word_value(tok, lang):
    t = tok.lower().replace("’", "'")
    if t in CARD[lang]:
        return CARD[lang][t]
    if lang == "en" and "-" in t:
        a, _, b = t.partition("-")
        if a in EN_TENS and b in CARD["en"] and CARD["en"][b] < 10:
            return EN_TENS[a] + CARD["en"][b]
    return None


def scale_of(rest, kind):
    r = rest.lower().lstrip(" -")
    for w, f in SCALES:
        if r.startswith(w) and (len(r) == len(w) or not r[len(w)].isalpha()):
            return f
    if kind == "money" and re.match(r"m\b", rest.lower()):
        return 1e6
    return 1


def parse_value(surface, lang, kind, unit):
    s = re.sub(r"[\u00a0\u202f\u2009]", " ", surface)
    m = re.search(r"\d{1,3}(?:[ .,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?", s)
    if m:
        num = m.group(0)
        dec = "." if lang == "en" else ","
        grp = re.match(r"\d{1,3}(?:[ .,]\d{3})+", num)
        if grp and grp.group(0) == num:
            v = float(re.sub(r"[ .,]", "", num))
        else:
            head, sep, tail = num.rpartition(dec) if dec in num else (num, "", "")
            if grp:  # grouped number with a decimal tail
                v = float(re.sub(r"[ .,]", "", grp.group(0)) + ("." + num[len(grp.group(0)) + 1:] if len(num) > len(grp.group(0)) else ""))
            elif sep:
                v = float(head.replace(".", "").replace(",", "") + "." + tail)
            else:
                v = float(num.replace(",", "").replace(".", ""))
        rest = s[m.end():]
    else:
        low = s.lower()
        for w, f in SCALES:
            if low.startswith(w + " ") or low == w:
                if w in ("mil milhões", "mil millones"):
                    v, rest = 1.0, s
                    break
        else:
            toks = WORD.findall(s) or [s]
            tok = re.split(r"\s", s.strip())[0]
            v = word_value(tok, lang)
            if v is None:
                v = word_value(toks[0], lang)
            if v is None:
                return None
            rest = s.strip()[len(tok):]
        v = float(v)
    v *= scale_of(rest, kind)
    low = s.lower()
    if unit == "MW" and re.search(r"gw|гвт", low):
        v *= 1000
    if unit == "kg" and re.search(r"\bt\b|tonne|tonnen|тонн|toneladas", low):
        v *= 1000
    return v


# ---------------------------------------------------------------- read feeds
def text_of(el, is_html):
    t = el.text or "" if el is not None else ""
    if is_html or re.search(r"<[a-zA-Z/][^>]*>", t):
        t = re.sub(r"<[^>]+>", "", t)
        t = html.unescape(t)
    return t


def read_feeds():
    yaml = open(os.path.join(ROOT, "feeds.yaml"), encoding="utf-8").read().splitlines()
    feeds, cur = [], None
    if yaml[0].strip() != "feeds:":
        bad("feeds.yaml must start with 'feeds:'")
    for ln in yaml[1:]:
        m = re.match(r"\s*-?\s*(name|url|language):\s*(.*)$", ln)
        if not m:
            continue
        k, v = m.group(1), m.group(2).strip().strip('"')
        if ln.strip().startswith("-"):
            cur = {}
            feeds.append(cur)
        cur[k] = v
    items = []
    for f in feeds:
        path = os.path.join(ROOT, f["url"])
        root = ET.parse(path).getroot()
        fi = []
        if root.tag == "rss":
            for it in root.iter("item"):
                d = it.find("description")
                raw = d.text or ""
                fi.append(dict(title=it.findtext("title"), summary=text_of(d, "<" in raw),
                               guid=it.findtext("guid"), link=it.findtext("link"), date=it.findtext("pubDate"),
                               utc=email.utils.parsedate_to_datetime(it.findtext("pubDate")).astimezone(dt.timezone.utc)))
        elif root.tag == A + "feed":
            for e in root.iter(A + "entry"):
                s = e.find(A + "summary")
                pub = e.findtext(A + "published")
                fi.append(dict(title=e.findtext(A + "title"), summary=text_of(s, s.get("type") == "html"),
                               guid=e.findtext(A + "id"), link=e.find(A + "link").get("href"), date=pub,
                               utc=dt.datetime.fromisoformat(pub.replace("Z", "+00:00")).astimezone(dt.timezone.utc)))
        else:
            bad(f"{path}: neither RSS nor Atom")
        for x in fi:
            x.update(outlet=f["name"], language=f["language"])
            if not all([x["title"], x["summary"], x["guid"], x["link"], x["date"]]):
                bad(f"{x['guid']}: missing element")
        f["items"] = fi
        items.extend(fi)
    return feeds, items


def read_csv(name):
    with open(os.path.join(ROOT, "labels", name), encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def close(a, b):
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def main():
    feeds, items = read_feeds()
    by_guid = {}
    for x in items:
        if x["guid"] in by_guid:
            bad(f"duplicate guid {x['guid']}")
        by_guid[x["guid"]] = x
    Z = lambda t: t.strftime("%Y-%m-%dT%H:%M:%SZ")
    # ---- items.csv
    irows = read_csv("items.csv")
    if {r["guid"] for r in irows} != set(by_guid):
        bad("items.csv and feeds disagree on guids")
    story = {}
    for r in irows:
        x = by_guid.get(r["guid"])
        if not x:
            continue
        story[r["guid"]] = r["story"]
        x["story"], x["theme"] = r["story"], r["theme"]
        if r["outlet"] != x["outlet"] or r["language"] != x["language"] or r["published_at_utc"] != Z(x["utc"]):
            bad(f"items.csv mismatch for {r['guid']}")
        if not re.fullmatch(r"2026-06-\d\dT\d\d:\d\d:00Z", r["published_at_utc"]):
            bad(f"bad time {r['published_at_utc']}")
    times = [x["utc"] for x in items]
    if len(set(times)) != len(times):
        bad("item times are not unique")
    # ---- feed order
    expect = {"Havelländer Anzeiger": "oldest", "Gazzetta dell'Adige": "shuffled"}
    for f in feeds:
        ts = [x["utc"] for x in f["items"]]
        kind = "newest" if ts == sorted(ts, reverse=True) else "oldest" if ts == sorted(ts) else "shuffled"
        if kind != expect.get(f["name"], "newest"):
            bad(f"{f['name']}: order is {kind}")
    # ---- counts / noncounts: surfaces, coverage, values
    crow, nrow = read_csv("counts.csv"), read_csv("noncounts.csv")
    labels = defaultdict(list)
    for r in crow:
        labels[(r["guid"], r["field"])].append(r["surface"])
        if r["kind"] not in ("count", "money", "percent", "measure"):
            bad(f"bad kind {r}")
        if r["kind"] == "percent" and r["unit"] != "%" or r["kind"] == "count" and r["unit"] \
                or r["kind"] in ("money", "measure") and not r["unit"]:
            bad(f"bad unit {r}")
        x = by_guid.get(r["guid"])
        if x:
            v = parse_value(r["surface"], x["language"], r["kind"], r["unit"])
            if v is None or not close(v, float(r["value"])):
                bad(f"value mismatch: {r['surface']!r} -> {v} vs {r['value']} ({r['guid']})")
    for r in nrow:
        labels[(r["guid"], r["field"])].append(r["surface"])
        if r["why"] not in ("duration", "age", "date", "time", "ordinal", "year", "race_time", "margin", "score", "vague"):
            bad(f"bad why {r}")
    n_words = 0
    for x in items:
        for field in ("title", "summary"):
            text = x[field]
            used = [False] * len(text)
            for surf in sorted(labels.get((x["guid"], field), []), key=len, reverse=True):
                start, ok = 0, False
                while True:
                    i = text.find(surf, start)
                    if i < 0:
                        break
                    if not any(used[i:i + len(surf)]):
                        for j in range(i, i + len(surf)):
                            used[j] = True
                        ok = True
                        break
                    start = i + 1
                if not ok:
                    bad(f"surface {surf!r} not found (or over-counted) in {field} of {x['guid']}")
            for i, ch in enumerate(text):
                if ch.isdigit() and not used[i]:
                    bad(f"unlabelled digit in {field} of {x['guid']}: ...{text[max(0, i - 15):i + 15]}...")
                    break
            for m in WORD.finditer(text):
                if is_number_word(m.group(0), x["language"]):
                    n_words += 1
                    if not all(used[m.start():m.end()]):
                        bad(f"unlabelled number word {m.group(0)!r} in {field} of {x['guid']}")
    # ---- claims
    claims = {r["claim_id"]: r for r in read_csv("claims.csv")}
    groups = defaultdict(list)
    for r in crow:
        groups[(story.get(r["guid"]), r["subject"], float(r["value"]))].append(r)
    key_of = {}
    for g, rs in groups.items():
        ids = {r["claim_id"] for r in rs}
        guids = {r["guid"] for r in rs}
        if len(ids) != 1:
            bad(f"group {g} carries several claim ids {ids}")
        cid = rs[0]["claim_id"]
        if len(guids) >= 2 and not cid:
            bad(f"repeated figure without claim: {g}")
        if len(guids) < 2 and cid:
            bad(f"claim {cid} in a single article")
        if cid:
            if cid in key_of:
                bad(f"claim {cid} spans two groups")
            key_of[cid] = g
    for cid, c in claims.items():
        if cid not in key_of:
            bad(f"claim {cid} not used in counts.csv")
            continue
        st, subj, val = key_of[cid]
        if c["subject"] != subj or not close(float(c["value"]), val):
            bad(f"claim {cid} value/subject mismatch")
    # spread
    carriers = defaultdict(list)
    for r in crow:
        if r["claim_id"]:
            carriers[r["claim_id"]].append(by_guid[r["guid"]])
    exp = {}
    for cid, xs in carriers.items():
        first = {}
        for x in sorted(xs, key=lambda x: x["utc"]):
            first.setdefault(x["outlet"], x)
        exp[cid] = sorted(first.values(), key=lambda x: x["utc"])
    got = defaultdict(list)
    for r in read_csv("spread.csv"):
        got[r["claim_id"]].append(r)
    for cid in claims:
        e = exp.get(cid, [])
        g = sorted(got.get(cid, []), key=lambda r: int(r["rank"]))
        if [(x["outlet"], x["guid"], Z(x["utc"])) for x in e] != [(r["outlet"], r["guid"], r["published_at_utc"]) for r in g] \
                or [int(r["rank"]) for r in g] != list(range(1, len(g) + 1)):
            bad(f"spread wrong for {cid}")
        if e and (claims[cid]["first_outlet"] != e[0]["outlet"] or claims[cid]["first_guid"] != e[0]["guid"]):
            bad(f"first publisher wrong for {cid}")
    mutations = 0
    for cid, c in claims.items():
        v = c["variant_of"]
        if v:
            mutations += 1
            if v not in claims or key_of[v][0] != key_of[cid][0] or exp[v][0]["utc"] >= exp[cid][0]["utc"]:
                bad(f"bad variant_of for {cid}")
            elif key_of[v][1] != key_of[cid][1]:
                bad(f"variant {cid} changes subject")
    # ---- duplicates
    drows = read_csv("duplicates.csv")
    claim_set = lambda g: {r["claim_id"] for r in crow if r["guid"] == g}
    for d in drows:
        a, o = by_guid.get(d["guid"]), by_guid.get(d["duplicate_of_guid"])
        if not a or not o:
            bad(f"duplicate refers to unknown guid {d}")
            continue
        if a["utc"] <= o["utc"] or d["published_at_utc"] != Z(a["utc"]) or d["original_published_at_utc"] != Z(o["utc"]):
            bad(f"duplicate times wrong {d['guid']}")
        if d["type"] == "repost":
            if a["outlet"] != o["outlet"] or a["title"] != o["title"] or a["summary"] != o["summary"]:
                bad(f"repost not identical {d['guid']}")
        elif d["type"] == "syndication":
            if a["outlet"] == o["outlet"] or "Meridian" not in a["title"] + a["summary"] or claim_set(a["guid"]) != claim_set(o["guid"]):
                bad(f"syndicated copy wrong {d['guid']}")
        else:
            bad(f"bad duplicate type {d}")
    # unflagged identical texts within an outlet
    seen = {}
    dup_guids = {d["guid"] for d in drows}
    for x in sorted(items, key=lambda x: x["utc"]):
        k = (x["outlet"], x["title"], x["summary"])
        if k in seen and x["guid"] not in dup_guids:
            bad(f"unflagged repost {x['guid']}")
        seen.setdefault(k, x)
    # ---- corpus-level requirements
    st_items = defaultdict(list)
    for x in items:
        st_items[x["story"]].append(x)
    multi = {s: xs for s, xs in st_items.items() if not s.startswith("single-")}
    singles = [s for s in st_items if s.startswith("single-")]
    for s, xs in multi.items():
        if not (4 <= len(xs) <= 14) or len({x["language"] for x in xs}) < 3:
            bad(f"story {s}: {len(xs)} items, {len({x['language'] for x in xs})} languages")
    for s in singles:
        if len(st_items[s]) != 1:
            bad(f"singleton {s} has {len(st_items[s])} items")
    wide = []
    for cid, e in exp.items():
        langs = {x["language"] for x in e}
        days = (e[-1]["utc"].date() - e[0]["utc"].date()).days + 1
        if 4 <= len(e) <= 10 and len(langs) >= 3 and 2 <= days <= 14:
            wide.append(cid)
    # cross-zone near-ties: consecutive spread entries < 1 h apart whose local clocks read the other way
    ties = []
    for cid, e in exp.items():
        for a, b in zip(e, e[1:]):
            if (b["utc"] - a["utc"]) < dt.timedelta(hours=1):
                la = re.search(r"\d\d:\d\d", a["date"]).group(0)
                lb = re.search(r"\d\d:\d\d", b["date"]).group(0)
                if la > lb:
                    ties.append((cid, a["outlet"], b["outlet"]))
    # look-alikes (same value, different stories) and same-theme pairs must stay separate
    LOOK = [("OD-DEAD2", "KH-DEAD"), ("PR-PCT", "CT-PCT"), ("TM-FEE", "TF-FEE"), ("HS-CASES2", "DM-CASES"),
            ("CL-DAM", "CH-DAM"), ("OO-PCT", "BP-PCT"), ("LS-SAT", "LA-SAT"), ("FL-EVAC", "FD-EVAC"),
            ("HW-JOBS", "TS-STAFF"), ("HW-KRK", "CL-GROW"), ("HP-RENT", "HK-RENT"), ("KH-INJ", "CB-CONT2")]
    for a, b in LOOK:
        if a not in key_of or b not in key_of or key_of[a][0] == key_of[b][0] or key_of[a][2] != key_of[b][2]:
            bad(f"look-alike pair {a}/{b} broken")
    PAIRS = [("strike-odesa", "drone-kharkiv"), ("poll-porto-rents", "poll-cantabria-tax"),
             ("transfer-moretto", "transfer-faria"), ("layoffs-haldenwerk", "layoffs-tessaline"),
             ("hepatitis-santander", "dengue-madeira"), ("court-lyon-pesticide", "court-haarlem-landlord"),
             ("olive-oil-prices", "butter-prices-poland"), ("ship-aground-elbe", "containers-biscay"),
             ("launch-santamaria", "launch-andoya"), ("housing-porto", "housing-krakow"), ("flood-lena", "flood-dniester")]
    for a, b in PAIRS:
        if a not in multi or b not in multi or multi[a][0]["theme"] != multi[b][0]["theme"]:
            bad(f"same-theme pair {a}/{b} broken")
    nonen_first = sum(1 for e in exp.values() if e[0]["language"] != "en")
    stats = dict(items=len(items), languages=len({x["language"] for x in items}), outlets=len(feeds),
                 multi_stories=len(multi), singletons=len(singles), claims=len(claims), wide_claims=len(wide),
                 mutations=mutations, duplicates=len(drows),
                 reposts=sum(d["type"] == "repost" for d in drows), syndications=sum(d["type"] == "syndication" for d in drows),
                 lookalike_pairs=len(LOOK), same_theme_pairs=len(PAIRS), counts=len(crow), noncounts=len(nrow), number_words=n_words, near_ties=len(ties),
                 non_english_first=f"{nonen_first}/{len(exp)}")
    need = dict(items=200, languages=9, outlets=13, multi_stories=22, singletons=12, wide_claims=30, mutations=10,
                duplicates=10)
    for k, v in need.items():
        if stats[k] < v:
            bad(f"{k} = {stats[k]} < {v}")
    offs = {re.search(r"(GMT|Z|[+-]\d\d:?\d\d)$", x["date"]).group(1) for x in items}
    stats["offset_spellings"] = " ".join(sorted(offs))
    for k, v in stats.items():
        print(f"{k:18} {v}")
    if "--ties" in sys.argv:
        for t in ties:
            print("near-tie", *t)
    if problems:
        print("\n".join(problems[:200]))
        print(f"FAILED: {len(problems)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
