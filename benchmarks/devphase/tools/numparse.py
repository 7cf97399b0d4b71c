"""A small value normaliser for the devphase labels: it reads a labelled surface back to a number so that build.py
and verify.py can check that each label's value is what its surface says.

It knows the digit conventions of each outlet's language, the scale words the corpus uses in ten languages, and the
spelled-out number words the corpus uses (its dictionary is the corpus's own: an unknown word is an error, not a
guess). It is a checker, not an extractor.
"""

from __future__ import annotations

import re

NBSPS = "\u00a0\u202f\u2009"

# spelled-out number words, per language (casefolded); compound words are listed whole
WORDS: dict[str, dict[str, float]] = {
    "en": {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
           "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
           "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
           "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
           "million": 1e6, "billion": 1e9, "half": 0.5, "one": 1},
    "de": {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
           "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17,
           "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40,
           "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90, "hundert": 100,
           "tausend": 1000, "million": 1e6, "millionen": 1e6, "milliarde": 1e9, "milliarden": 1e9,
           "dreiundzwanzig": 23, "vierundsechzig": 64, "einundvierzig": 41, "zweiundfünfzig": 52,
           "zweiundzwanzig": 22, "einunddreißig": 31, "zweiunddreißig": 32, "vierunddreißig": 34},
    "fr": {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
           "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "dix-sept": 17,
           "dix-huit": 18, "dix-neuf": 19, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
           "soixante": 60, "cent": 100, "cents": 100, "mille": 1000, "million": 1e6, "millions": 1e6,
           "milliard": 1e9, "milliards": 1e9},
    "es": {"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
           "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16, "diecisiete": 17,
           "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintidós": 22, "veintitrés": 23,
           "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80,
           "noventa": 90, "cien": 100, "ciento": 100, "doscientos": 200, "trescientos": 300, "mil": 1000,
           "millón": 1e6, "millones": 1e6, "medio": 0.5, "un": 1},
    "it": {"due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sette": 7, "otto": 8, "nove": 9, "dieci": 10,
           "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14, "quindici": 15, "sedici": 16,
           "diciassette": 17, "diciotto": 18, "diciannove": 19, "venti": 20, "ventidue": 22, "ventitré": 23,
           "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60, "cento": 100, "mille": 1000,
           "mila": 1000, "sessantamila": 60000, "quarantamila": 40000, "milioni": 1e6, "milione": 1e6,
           "miliardi": 1e9, "miliardo": 1e9, "trentadue": 32, "diciannovemila": 19000},
    "pl": {"dwa": 2, "dwie": 2, "dwóch": 2, "dwaj": 2, "dwoje": 2, "trzy": 3, "trzech": 3, "troje": 3,
           "cztery": 4, "czterech": 4, "czworo": 4, "pięć": 5, "pięciu": 5, "sześć": 6, "sześciu": 6,
           "siedem": 7, "siedmiu": 7, "osiem": 8, "ośmiu": 8, "dziewięć": 9, "dziewięciu": 9, "dziesięć": 10,
           "jedenaście": 11, "dwanaście": 12, "dwadzieścia": 20, "trzydzieści": 30, "czterdzieści": 40,
           "pięćdziesiąt": 50, "sześćdziesiąt": 60, "sto": 100, "tysiąc": 1000, "tysięcy": 1000, "tysiące": 1000,
           "milion": 1e6, "miliony": 1e6, "milionów": 1e6, "trzydziestu": 30, "dwóm": 2},
    "ru": {"два": 2, "две": 2, "двух": 2, "двое": 2, "три": 3, "трёх": 3, "трех": 3, "трое": 3, "четыре": 4,
           "четырёх": 4, "четверо": 4, "пять": 5, "пяти": 5, "пятеро": 5, "шесть": 6, "шестеро": 6, "семь": 7,
           "семи": 7, "семеро": 7, "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "девятеро": 9,
           "десять": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "девятнадцать": 19,
           "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "сто": 100,
           "тысяча": 1000, "тысячи": 1000, "тысяч": 1000, "миллион": 1e6, "миллиона": 1e6, "миллионов": 1e6,
           "тридцати": 30},
    "uk": {"два": 2, "дві": 2, "двох": 2, "двоє": 2, "три": 3, "трьох": 3, "троє": 3, "чотири": 4, "четверо": 4,
           "чотирьох": 4, "п'ять": 5, "п’ять": 5, "п'ятеро": 5, "шість": 6, "шестеро": 6, "сім": 7,
           "семеро": 7, "сімох": 7, "вісім": 8, "восьмеро": 8, "дев'ять": 9, "дев’ять": 9, "дев'ятеро": 9,
           "дев’ятеро": 9, "дев'яти": 9, "дев’яти": 9, "дев'ятьох": 9, "дев’ятьох": 9, "десять": 10,
           "двадцять": 20, "тридцять": 30, "сорок": 40, "п'ятдесят": 50, "п’ятдесят": 50, "шістдесят": 60,
           "сто": 100, "тисяча": 1000, "тисячі": 1000, "тисяч": 1000, "мільйон": 1e6, "мільйона": 1e6,
           "мільйонів": 1e6, "сімох": 7},
    "pt": {"dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8, "nove": 9,
           "dez": 10, "onze": 11, "doze": 12, "treze": 13, "vinte": 20, "trinta": 30, "quarenta": 40,
           "cinquenta": 50, "sessenta": 60, "cem": 100, "cento": 100, "mil": 1000, "milhão": 1e6,
           "milhões": 1e6, "bilhão": 1e9, "bilhões": 1e9, "meio": 0.5, "um": 1},
    "nl": {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10,
           "elf": 11, "twaalf": 12, "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60,
           "honderd": 100, "duizend": 1000, "miljoen": 1e6, "miljard": 1e9, "drieëntwintig": 23,
           "tweeënvijftig": 52, "vierenzestig": 64, "zevenendertig": 37, "halve": 0.5},
}
MULTIPLIERS = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "tausend": 1e3, "hundert": 100,
               "millionen": 1e6, "milliarde": 1e9, "milliarden": 1e9, "mille": 1e3, "cent": 100, "cents": 100,
               "millions": 1e6, "milliard": 1e9, "milliards": 1e9, "mil": 1e3, "millón": 1e6, "millones": 1e6,
               "mila": 1e3, "milioni": 1e6, "milione": 1e6, "miliardi": 1e9, "miliardo": 1e9, "tysiąc": 1e3,
               "tysięcy": 1e3, "tysiące": 1e3, "milion": 1e6, "miliony": 1e6, "milionów": 1e6, "тысяча": 1e3,
               "тысячи": 1e3, "тысяч": 1e3, "миллион": 1e6, "миллиона": 1e6, "миллионов": 1e6, "тисяча": 1e3,
               "тисячі": 1e3, "тисяч": 1e3, "мільйон": 1e6, "мільйона": 1e6, "мільйонів": 1e6, "milhão": 1e6,
               "milhões": 1e6, "bilhão": 1e9, "bilhões": 1e9, "duizend": 1e3, "honderd": 100, "miljoen": 1e6,
               "miljard": 1e9}
CONNECTORS = {"and", "und", "et", "y", "e", "i", "и", "і", "en", "a"}

# words that would be flagged if they appeared unlabelled, but are also articles or pronouns: never flagged
NOT_FLAGGED = {"en": {"half", "one"}, "es": {"medio", "un"}, "pt": {"meio", "um"}, "nl": {"halve"}, "it": {"mila"}}

# scale words after a number (casefolded, longest first when matching); value multiplies the number
SCALES: list[tuple[str, float]] = sorted([
    ("mil milhões", 1e9), ("mil millones", 1e9), ("mln", 1e6), ("mld", 1e9), ("mln.", 1e6), ("mld.", 1e9),
    ("mio.", 1e6), ("mio", 1e6), ("mrd.", 1e9), ("mrd", 1e9), ("millionen", 1e6), ("million", 1e6),
    ("millions", 1e6), ("milliarden", 1e9), ("milliarde", 1e9), ("milliards", 1e9), ("milliard", 1e9),
    ("billion", 1e9), ("bn", 1e9), ("tsd.", 1e3), ("thousand", 1e3),
    ("millones", 1e6), ("millón", 1e6), ("milioni", 1e6), ("milione", 1e6), ("miliardi", 1e9), ("miliardo", 1e9),
    ("mila", 1e3), ("tys.", 1e3), ("tysięcy", 1e3), ("milionów", 1e6), ("miliona", 1e6), ("miliardów", 1e9),
    ("miliarda", 1e9), ("млн", 1e6), ("млрд", 1e9), ("тыс.", 1e3), ("тысяч", 1e3), ("тысячи", 1e3),
    ("миллиона", 1e6), ("миллионов", 1e6), ("миллиарда", 1e9), ("миллиардов", 1e9), ("тис.", 1e3),
    ("тисяч", 1e3), ("тисячі", 1e3), ("мільйона", 1e6), ("мільйонів", 1e6), ("мільярда", 1e9),
    ("мільярдів", 1e9), ("milhões", 1e6), ("milhão", 1e6), ("bilhões", 1e9), ("bilhão", 1e9),
    ("miljoen", 1e6), ("miljard", 1e9), ("duizend", 1e3), ("lakh", 1e5), ("crore", 1e7), ("mil", 1e3),
], key=lambda p: -len(p[0]))

NUMBER = re.compile(r"\d{1,3}(?:[ '’.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?")


def _digits(raw: str, lang: str) -> float:
    """A digit group in the outlet's convention: English ',' groups and '.' decimals; the other languages '.',
    ' ' or an apostrophe group and ',' decimals."""
    if lang == "en":
        return float(raw.replace(",", ""))
    s = raw.replace(" ", "").replace("'", "").replace("’", "")
    if "," in s:
        head, tail = s.rsplit(",", 1)
        return float(head.replace(".", "") + "." + tail)
    if "." in s:
        parts = s.split(".")
        if all(len(p) == 3 for p in parts[1:]):
            return float("".join(parts))
        return float(s)
    return float(s)


def _spelled(text: str, lang: str) -> float | None:
    words = WORDS[lang]
    tokens = [t for t in re.split(r"[\s\-]+", text) if t]
    total, current, seen = 0.0, 0.0, False
    for token in tokens:
        if token in CONNECTORS and seen:
            continue
        if token in words:
            value = words[token]
            if token in MULTIPLIERS and seen:
                current = (current or 1) * value
                if value >= 1000:
                    total, current = total + current, 0.0
            else:
                current += value
            seen = True
        elif seen:
            break  # a unit or a noun after the number
        else:
            return None
    return total + current if seen else None


def parse(surface: str, lang: str, unit_m: bool = False) -> float | None:
    """The value a surface writes, in the unit written (a scale word multiplies; "m" is million unless
    `unit_m`, i.e. the label is a measure in metres)."""
    text = surface
    for ch in NBSPS:
        text = text.replace(ch, " ")
    low = text.casefold().strip()
    match = NUMBER.search(low)
    if match is None:
        # "half a million", "medio millón", "een halve miljoen"
        value = _spelled(re.sub(r"[^\w\s'’\-]", " ", low), lang)
        if value is not None and value < 1:
            rest = low.split()[-1]
            value = value * dict(SCALES).get(rest, 1.0) if rest in dict(SCALES) else value
        return value
    value = _digits(match.group(), lang)
    rest = low[match.end():].lstrip()
    if not unit_m:
        # compact "$18m" / "€7m" / "1.5m" (glued "m", English only)
        if lang == "en" and re.match(r"m\b", low[match.end():]):
            return value * 1e6
        if lang == "en" and re.match(r"bn\b", low[match.end():]):
            return value * 1e9
    for word, factor in SCALES:
        if rest.startswith(word) and (len(rest) == len(word) or not rest[len(word)].isalpha()):
            return value * factor
    return value
