"""devbeat: small, conservative number normaliser used by build.py and verify.py to
cross-check that every labelled value is what its surface states.

It is deliberately NOT clever: it only knows the separators, magnitude words
and spelled-out numbers that occur in this corpus, and raises on anything
else so that a typo in a label cannot slip through.
"""
import re

SPACES = " \u00a0\u202f"

MULT_WORDS = {
    1e3: {"thousand", "thousands", "tys", "тыс", "тис", "mila", "mille", "mil",
          "duizend", "tausend", "тысяч", "тысячи", "тисяч", "тисячі", "tysięcy"},
    1e6: {"million", "millions", "mn", "mio", "millionen", "millones", "millón",
          "milioni", "milione", "milhões", "milhão", "miljoen", "mln", "млн",
          "мільйона", "мільйонів", "миллиона", "миллионов", "milionów", "miliony"},
    1e9: {"billion", "billions", "bn", "mrd", "milliarde", "milliarden",
          "milliard", "milliards", "miliardi", "miliardo", "bilhões", "bilhão",
          "miljard", "mld", "млрд", "mil-milhões"},
}
# 'm' (million) only right after a currency amount in English: €72m
CURRENCY_MARKS = ("€", "$", "£")

# spelled-out numbers and collective approximations with a definite value
WORDS = {
    # en
    "two": 2, "three": 3, "four": 4, "six": 6, "a dozen": 12,
    # de
    "zwei": 2, "drei": 3, "vier": 4, "sechs": 6, "sieben": 7,
    # fr
    "deux": 2, "trois": 3, "quatre": 4, "une dizaine": 10,
    # es
    "dos": 2, "tres": 3, "cuatro": 4, "seis": 6,
    # it
    "due": 2, "tre": 3, "quattro": 4, "sei": 6, "tremila": 3000,
    "sessantamila": 60000, "una ventina": 20,
    # pl
    "dwóch": 2, "trzy": 3, "cztery": 4, "sześć": 6, "pięciu": 5,
    # ru
    "двое": 2, "двух": 2, "трое": 3, "четверо": 4, "шесть": 6, "шестеро": 6, "шести": 6, "семеро": 7,
    # uk
    "двоє": 2, "троє": 3, "шестеро": 6, "семеро": 7,
    # pt
    "dois": 2, "três": 3, "quatro": 4, "seis": 6, "dez mil": 10000,
    # nl
    "twee": 2, "drie": 3, "vier": 4, "zes": 6,
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


def surface_value(surface, lang):
    """Return the numeric value stated by a count surface, or raise ValueError."""
    low = surface.lower().strip()
    if not re.search(r"\d", low):
        if low in WORDS:
            return float(WORDS[low])
        raise ValueError("unknown spelled number: %r" % surface)
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
        if tok == "m" and lang == "en" and any(c in surface[:m.start()] for c in CURRENCY_MARKS) \
                and rest.startswith("m"):
            mult = 1e6
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
                 "por cento", "per cento", "pour cent", "proc.", "por ciento", "відсот")


def looks_percent(surface):
    low = surface.lower()
    return any(p in low for p in PERCENT_MARKS)


# Number words that must never appear in a title/summary unless they are
# inside a labelled surface (count or noncount).  Per language.
NUMBER_WORDS = {
    "en": "two three four five six seven eight nine ten eleven twelve dozen dozens hundred hundreds thousand thousands millions",
    "de": "zwei drei vier fünf sechs sieben acht neun zehn zwölf dutzend dutzende hundert hunderte tausend tausende",
    "fr": "deux trois quatre cinq six sept huit neuf dix douze dizaine dizaines centaine centaines millier milliers",
    "es": "dos tres cuatro cinco seis siete ocho nueve diez doce docena docenas cientos miles decenas centenares",
    "it": "due tre quattro cinque sei sette otto nove dieci dodici dozzina ventina centinaia migliaia decine tremila sessantamila",
    "pl": "dwa dwie dwóch trzy trzech cztery czterech pięć pięciu sześć sześciu siedem osiem dziewięć dziesięć tysiące setki dziesiątki",
    "ru": "два две двое двух три трое четыре четверо пять пятеро шесть шестеро шести семь семеро десять сотни тысячи десятки",
    "uk": "два дві двоє три троє чотири четверо п'ять шість шестеро сім семеро десять сотні тисячі десятки",
    "pt": "dois duas três quatro cinco seis sete oito nove dez milhares centenas dezenas",
    "nl": "twee drie vier vijf zes zeven negen tien twaalf tientallen honderden duizenden",
}
NUMBER_WORDS = {k: set(v.split()) for k, v in NUMBER_WORDS.items()}


def unlabelled_number_words(text, lang, covered):
    """Yield number words in text whose characters are not all covered."""
    words = NUMBER_WORDS.get(lang, set())
    for m in re.finditer(r"[^\W\d_]+(?:'[^\W\d_]+)?", text):
        if m.group(0).lower() in words:
            if not all(i in covered for i in range(m.start(), m.end())):
                yield m.group(0)

# devbeat additions (spelled numbers used in this corpus)
WORDS.update({
    "nine": 9, "twelve": 12, "five": 5, "seven": 7,
    "neun": 9, "fünf": 5, "zwölf": 12,
    "neuf": 9, "douze": 12, "cinq": 5, "sept": 7,
    "nueve": 9, "doce": 12, "cinco": 5, "siete": 7,
    "nove": 9, "dodici": 12, "cinque": 5, "sette": 7, "quarantamila": 40000,
    "dziewięć": 9, "dwunastu": 12, "pięć": 5, "siedmiu": 7, "dwie": 2, "trzech": 3, "czterech": 4,
    "девять": 9, "двенадцать": 12, "пятеро": 5, "трёх": 3, "четыре": 4, "двое суток": 2,
    "дев'ять": 9, "дванадцять": 12, "трьох": 3, "четверо": 4, "п'ятеро": 5, "чотирьох": 4,
    "doze": 12, "cinco": 5, "sete": 7, "duas": 2,
    "twee": 2, "drie": 3, "twaalf": 12, "negen": 9, "vijf": 5, "zeven": 7,
})
WORDS.update({"dwojgu": 2, "два": 2})
WORDS.update({"dwóch": 2})
WORDS.update({"dois": 2})
