"""Small, conservative number normaliser used by build.py and verify.py to
cross-check that every labelled value is what its surface states.

It is deliberately NOT clever: it only knows the separators, magnitude words
and spelled-out numbers that occur in this corpus, and raises on anything
else so that a typo in a label cannot slip through.
"""
import re

SPACES = " \u00a0\u202f"

MULT_WORDS = {
    1e3: {"thousand", "thousands", "tys", "тыс", "тис", "тисяч", "mila", "mille", "mil",
          "duizend", "tausend"},
    1e6: {"million", "millions", "mn", "mio", "millionen", "millones", "millón",
          "milioni", "milione", "milhões", "milhão", "miljoen", "mln", "млн",
          "мільйона", "мільйонів", "миллиона", "миллионов"},
    1e9: {"billion", "billions", "bn", "mrd", "milliarde", "milliarden",
          "milliard", "milliards", "miliardi", "miliardo", "bilhões", "bilhão",
          "miljard", "mld", "млрд"},
}
# measures written in a larger unit than the label's unit (1,2 GW -> 1200 MW)
UNIT_SCALE = {"gw": 1e3, "gigawatts": 1e3, "gigawatt": 1e3}
# 'm' (million) only glued to an English amount: €72m, 1.2m
CURRENCY_MARKS = ("€", "$", "£")

# spelled-out numbers and collective words with a definite value
WORDS = {
    # en
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "a dozen": 12,
    "twenty-four": 24, "forty-eight": 48, "half a million": 500000,
    # de
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
    "zwölf": 12, "dreihundert": 300, "achtzehnhundert": 1800,
    # fr
    "deux": 2, "trois": 3, "quatre": 4, "une dizaine": 10, "quinze": 15,
    # es
    "dos": 2, "tres": 3, "cuatro": 4, "seis": 6, "nueve": 9, "quince": 15, "medio millón": 500000,
    # it
    "due": 2, "tre": 3, "quattro": 4, "sei": 6, "dodici": 12, "centocinquantamila": 150000,
    "una ventina": 20,
    # pl
    "dwóch": 2, "trzy": 3, "cztery": 4, "pięć": 5, "sześć": 6, "sześcioro": 6, "trzystu": 300,
    # ru
    "двое": 2, "двух": 2, "трое": 3, "трёх": 3, "четверо": 4, "шесть": 6, "шестеро": 6,
    # uk
    "три": 3, "двоє": 2, "троє": 3, "трьох": 3, "два десятки": 20,
    # pt
    "dois": 2, "três": 3, "quatro": 4, "seis": 6, "dez mil": 10000, "meio milhão": 500000,
    # nl
    "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "twaalf": 12, "driehonderd": 300,
    "een half miljoen": 500000,
}

NUM_RE = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d+)*")


def parse_number(s, lang):
    for ch in SPACES:
        s = s.replace(ch, "")
    if lang == "en":
        s = s.replace(",", "")
        return float(s)
    if "," in s:
        s = s.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", s):
        s = s.replace(".", "")
    return float(s)


def spelled_value(low):
    """A spelled number, optionally followed by a unit word: 'acht tonnen' -> 8."""
    if low in WORDS:
        return float(WORDS[low])
    best = None
    for w, v in WORDS.items():
        if low.startswith(w + " ") and (best is None or len(w) > len(best[0])):
            best = (w, v)
    if best is None:
        raise ValueError("unknown spelled number: %r" % low)
    rest = low[len(best[0]):].split()
    if rest and any(rest[0] in ws for ws in MULT_WORDS.values()):
        raise ValueError("spelled number with magnitude word: %r" % low)
    return float(best[1])


def surface_value(surface, lang):
    """Return the numeric value stated by a count surface, or raise ValueError."""
    low = surface.lower().strip()
    if not re.search(r"\d", low):
        return spelled_value(low)
    m = NUM_RE.search(surface)
    base = parse_number(m.group(0), lang)
    rest = surface[m.end():].lower()
    tokens = re.findall(r"[^\W\d_]+", rest)
    mult = 1.0
    if tokens:
        tok = tokens[0]
        for k, words in MULT_WORDS.items():
            if tok in words:
                mult = k
        # European Portuguese 'mil milhões' = 10^9
        if tok == "mil" and len(tokens) > 1 and tokens[1] in ("milhões", "milhão"):
            mult = 1e9
        if tok == "m" and lang == "en" and rest.startswith("m"):
            mult = 1e6
        if tok in UNIT_SCALE:
            mult = UNIT_SCALE[tok]
    return base * mult


def currency_of(surface):
    low = surface.lower()
    if "€" in surface or "euro" in low or "евро" in low or "євро" in low:
        return "EUR"
    if "zł" in low or "zlot" in low or "złot" in low or "zloty" in low:
        return "PLN"
    if "£" in surface:
        return "GBP"
    if "c$" in low:
        return "CAD"
    if "$" in surface or "dollar" in low:
        return "USD"
    return None


PERCENT_MARKS = ("%", "prozent", "procent", "per cent", "percent", "процент",
                 "por cento", "per cento", "pour cent", "proc.")


def looks_percent(surface):
    low = surface.lower()
    return any(p in low for p in PERCENT_MARKS)


# Number words that must never appear in a title/summary unless they are
# inside a labelled surface (count or noncount).  Per language.
NUMBER_WORDS = {
    "en": "two three four five six seven eight nine ten eleven twelve fifteen twenty dozen dozens hundred hundreds thousand thousands millions",
    "de": "zwei drei vier fünf sechs sieben acht neun zehn zwölf fünfzehn zwanzig dutzend dutzende hundert hunderte tausend tausende dreihundert achtzehnhundert",
    "fr": "deux trois quatre cinq six sept huit dix douze quinze vingt dizaine dizaines centaine centaines millier milliers",
    "es": "dos tres cuatro cinco seis siete ocho nueve diez doce quince veinte docena docenas cientos miles decenas centenares",
    "it": "due tre quattro cinque sei sette otto nove dieci dodici quindici venti dozzina ventina centinaia migliaia decine centocinquantamila",
    "pl": "dwa dwie dwóch trzy trzech cztery czterech pięć pięciu sześć sześciu sześcioro siedem osiem dziewięć dziesięć trzystu tysiące setki dziesiątki",
    "ru": "два две двое двух три трёх трое четыре четверо пять пятеро шесть шестеро шести семь семеро десять сотни тысячи десятки",
    "uk": "два дві двоє три троє трьох чотири четверо п'ять шість шестеро сім семеро десять десятки сотні тисячі",
    "pt": "dois duas três quatro cinco seis sete oito nove dez quinze vinte milhares centenas dezenas",
    "nl": "twee drie vier vijf zes zeven negen tien twaalf vijftien twintig tientallen honderden duizenden tienduizenden driehonderd",
}
NUMBER_WORDS = {k: set(v.split()) for k, v in NUMBER_WORDS.items()}


def unlabelled_number_words(text, lang, covered):
    """Yield number words in text whose characters are not all covered."""
    words = NUMBER_WORDS.get(lang, set())
    for m in re.finditer(r"[^\W\d_]+(?:'[^\W\d_]+)?", text):
        if m.group(0).lower() in words:
            if not all(i in covered for i in range(m.start(), m.end())):
                yield m.group(0)
