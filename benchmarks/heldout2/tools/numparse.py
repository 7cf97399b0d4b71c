"""Small, conservative number normaliser used by build.py and verify.py to
cross-check that every labelled value is what its surface states.

It is deliberately NOT clever: it only knows the separators, magnitude words
and spelled-out numbers that occur in this corpus, and raises on anything
else so that a typo in a label cannot slip through.
"""
import re

SPACES = " \u00a0\u202f"

MULT_WORDS = {
    1e3: {"thousand", "thousands", "tys", "тыс", "тис", "mila", "mille", "mil",
          "duizend", "tausend", "тысяч", "тисяч"},
    1e6: {"million", "millions", "mn", "mio", "millionen", "millones", "millón",
          "milioni", "milione", "milhões", "milhão", "miljoen", "mln", "млн",
          "мільйона", "мільйонів", "миллиона", "миллионов"},
    1e9: {"billion", "billions", "bn", "mrd", "milliarde", "milliarden",
          "milliard", "milliards", "miliardi", "miliardo", "bilhões", "bilhão",
          "miljard", "mld", "млрд"},
}
# 'm' (million) only right after a currency amount in English: €72m
CURRENCY_MARKS = ("€", "$", "£")

# spelled-out numbers and collective approximations with a definite value
WORDS = {
    # en
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "nine": 9, "a dozen": 12,
    # de
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "neun": 9, "elf": 11,
    "dreihundert": 300,
    # fr
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "neuf": 9, "onze": 11,
    "vingt-sept": 27, "une dizaine": 10, "soixantaine": 60,
    # es
    "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "nueve": 9, "once": 11,
    # it
    "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "nove": 9, "undici": 11,
    "sette": 7, "settemila": 7000, "ottantamila": 80000, "una ventina": 20,
    # pl
    "dwa": 2, "dwie": 2, "dwóch": 2, "trzy": 3, "cztery": 4, "pięć": 5, "sześć": 6,
    "dziewięć": 9, "jedenaście": 11, "siedemnastu": 17,
    # ru
    "двое": 2, "два": 2, "трое": 3, "три": 3, "четверо": 4, "четыре": 4, "пять": 5, "пятеро": 5,
    "шесть": 6, "девять": 9, "одиннадцать": 11,
    # uk
    "двоє": 2, "два": 2, "дві": 2, "троє": 3, "три": 3, "четверо": 4, "п'ятеро": 5, "шестеро": 6,
    "дев'ятеро": 9, "дев'ять": 9, "одинадцять": 11, "двадцять": 20,
    # pt
    "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "nove": 9, "onze": 11,
    "dez mil": 10000, "oitenta mil": 80000,
    # nl
    "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "negen": 9, "elf": 11,
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
        # spelled number followed by a magnitude word: 'dreihundert Millionen Euro'
        toks = low.split()
        for n in range(len(toks) - 1, 0, -1):
            head = " ".join(toks[:n])
            if head in WORDS:
                for k, words in MULT_WORDS.items():
                    if toks[n].rstrip(".") in words:
                        return float(WORDS[head]) * k
        raise ValueError("unknown spelled number: %r" % surface)
    m = NUM_RE.search(surface)
    base = parse_number(m.group(0), lang)
    rest = surface[m.end():].lower()
    tokens = re.findall(r"[^\W\d_]+", rest)
    mult = 1.0
    if len(tokens) >= 2 and tokens[0] == "mil" and tokens[1] in ("milhões", "milhão"):
        return base * 1e9  # European Portuguese 'mil milhões' = billion
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
    if "c$" in low:
        return "CAD"
    if "€" in surface or "euro" in low or "евро" in low or "євро" in low:
        return "EUR"
    if "zł" in low or "zlot" in low or "złot" in low or "zloty" in low:
        return "PLN"
    if "£" in surface:
        return "GBP"
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
    "en": "two three four five six seven eight nine ten eleven twelve dozen dozens hundred hundreds thousand thousands millions",
    "de": "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dutzend dutzende hundert hunderte tausend tausende dreihundert",
    "fr": "deux trois quatre cinq six sept huit neuf dix onze douze dizaine dizaines centaine centaines millier milliers vingt-sept",
    "es": "dos tres cuatro cinco seis siete ocho nueve diez once doce docena docenas cientos miles decenas centenares",
    "it": "due tre quattro cinque sei sette otto nove dieci undici dodici dozzina ventina centinaia migliaia decine settemila ottantamila",
    "pl": "dwa dwie dwóch trzy trzech cztery czterech pięć pięciu sześć sześciu siedem osiem dziewięć dziewięciu dziesięć jedenaście siedemnastu tysiące setki dziesiątki",
    "ru": "два две двое двух три трое четыре четверо пять пятеро шесть шестеро шести семь семеро девять десять одиннадцать сотни тысячи десятки",
    "uk": "два дві двоє три троє чотири четверо п'ять п'ятеро шість шестеро сім семеро дев'ять дев'ятеро десять одинадцять двадцять сотні тисячі десятки",
    "pt": "dois duas três quatro cinco seis sete oito nove dez onze milhares centenas dezenas",
    "nl": "twee drie vier vijf zes zeven negen tien elf twaalf tientallen honderden duizenden",
}
NUMBER_WORDS = {k: set(v.split()) for k, v in NUMBER_WORDS.items()}


def unlabelled_number_words(text, lang, covered):
    """Yield number words in text whose characters are not all covered."""
    words = NUMBER_WORDS.get(lang, set())
    for m in re.finditer(r"[^\W\d_]+(?:'[^\W\d_]+)?", text):
        if m.group(0).lower() in words:
            if not all(i in covered for i in range(m.start(), m.end())):
                yield m.group(0)
