"""Word lists for numeric claims in en, ru, uk, de, fr, pl, es, it: scales, units, qualifiers, subjects, months.

Data only. Stems are matched as lower-case prefixes of a token unless written with a trailing `$`
(exact token). Keep entries short and add languages by adding strings, not code.
"""

from __future__ import annotations

THOUSAND, MILLION, BILLION = 1_000, 1_000_000, 1_000_000_000

# Scale words directly after a number ("182 тыс.", "1,2 Mio.", "182mila"). Longest forms first.
SCALES: dict[str, int] = {
    # thousand
    "k": THOUSAND, "thousand": THOUSAND, "thousands": THOUSAND,
    "тыс.": THOUSAND, "тыс": THOUSAND, "тысяч": THOUSAND, "тысяча": THOUSAND, "тысячи": THOUSAND,
    "тысячах": THOUSAND, "тысячам": THOUSAND, "тысячами": THOUSAND,
    "тис.": THOUSAND, "тис": THOUSAND, "тисяч": THOUSAND, "тисяча": THOUSAND, "тисячі": THOUSAND, "тисячах": THOUSAND,
    "tausend": THOUSAND, "tsd.": THOUSAND,
    "mille": THOUSAND, "mila": THOUSAND, "mil": THOUSAND,
    "tys.": THOUSAND, "tys": THOUSAND, "tysięcy": THOUSAND, "tysiące": THOUSAND, "tysiąc": THOUSAND, "tysiącach": THOUSAND,
    # million
    "mn": MILLION, "million": MILLION, "millions": MILLION,
    "млн.": MILLION, "млн": MILLION, "миллион": MILLION, "миллиона": MILLION, "миллионов": MILLION,
    "мільйон": MILLION, "мільйона": MILLION, "мільйонів": MILLION,
    "mio.": MILLION, "mio": MILLION, "millionen": MILLION,
    "mln.": MILLION, "mln": MILLION, "milion": MILLION, "miliony": MILLION, "milionów": MILLION,
    "millón": MILLION, "millones": MILLION, "milione": MILLION, "milioni": MILLION,
    # billion
    "bn": BILLION, "billion": BILLION, "billions": BILLION,
    "млрд.": BILLION, "млрд": BILLION, "миллиард": BILLION, "миллиарда": BILLION, "миллиардов": BILLION,
    "мільярд": BILLION, "мільярда": BILLION, "мільярдів": BILLION,
    "mrd.": BILLION, "mrd": BILLION, "milliarde": BILLION, "milliarden": BILLION, "milliard": BILLION, "milliards": BILLION,
    "mld.": BILLION, "mld": BILLION, "miliard": BILLION, "miliardy": BILLION, "miliardów": BILLION,
    "miliardo": BILLION, "miliardi": BILLION, "mil millones": BILLION,
}

# Units that bind to the number they follow (or precede, for currency symbols). Value: (unit, kind).
UNITS_AFTER: dict[str, tuple[str, str]] = {
    "%": ("percent", "percent"), "percent": ("percent", "percent"), "per cent": ("percent", "percent"),
    "процент": ("percent", "percent"), "процента": ("percent", "percent"), "процентов": ("percent", "percent"),
    "відсоток": ("percent", "percent"), "відсотки": ("percent", "percent"), "відсотків": ("percent", "percent"),
    "prozent": ("percent", "percent"), "pour cent": ("percent", "percent"), "procent": ("percent", "percent"),
    "procentów": ("percent", "percent"), "por ciento": ("percent", "percent"), "per cento": ("percent", "percent"),
    "€": ("EUR", "money"), "eur": ("EUR", "money"), "euro": ("EUR", "money"), "euros": ("EUR", "money"),
    "евро": ("EUR", "money"), "євро": ("EUR", "money"), "d'euros": ("EUR", "money"), "d’euros": ("EUR", "money"),
    "de euros": ("EUR", "money"), "di euro": ("EUR", "money"), "de dólares": ("USD", "money"),
    "$": ("USD", "money"), "usd": ("USD", "money"), "dollars": ("USD", "money"), "dollar": ("USD", "money"),
    "долларов": ("USD", "money"), "доларів": ("USD", "money"), "dólares": ("USD", "money"), "dollari": ("USD", "money"),
    "dolarów": ("USD", "money"),
    "zł": ("PLN", "money"), "złotych": ("PLN", "money"), "pln": ("PLN", "money"),
    "руб.": ("RUB", "money"), "рублей": ("RUB", "money"), "₽": ("RUB", "money"),
    "грн": ("UAH", "money"), "гривень": ("UAH", "money"), "₴": ("UAH", "money"),
    "km": ("km", "measure"), "kilometres": ("km", "measure"), "kilometers": ("km", "measure"), "км": ("km", "measure"),
    "километров": ("km", "measure"), "кілометрів": ("km", "measure"), "kilometer": ("km", "measure"),
    "kilometern": ("km", "measure"), "kilomètres": ("km", "measure"), "kilometrów": ("km", "measure"),
    "kilometrach": ("km", "measure"), "kilómetros": ("km", "measure"), "chilometri": ("km", "measure"),
    "tonnes": ("tonnes", "measure"), "tons": ("tonnes", "measure"), "tonne": ("tonnes", "measure"),
    "тонн": ("tonnes", "measure"), "тонны": ("tonnes", "measure"), "тонн.": ("tonnes", "measure"),
    "tonnen": ("tonnes", "measure"), "ton": ("tonnes", "measure"), "toneladas": ("tonnes", "measure"),
    "tonnellate": ("tonnes", "measure"), "mwh": ("MWh", "measure"), "€/mwh": ("EUR/MWh", "money"),
}
CURRENCY_BEFORE: dict[str, str] = {"€": "EUR", "$": "USD", "£": "GBP", "₽": "RUB", "₴": "UAH", "us$": "USD"}

# Approximation words just before a number. Value: normalised qualifier.
QUALIFIERS: dict[str, str] = {
    # en
    "more than": "more_than", "over": "more_than", "above": "more_than", "in excess of": "more_than",
    "almost": "almost", "nearly": "almost", "close to": "almost", "just under": "almost", "up to": "up_to",
    "about": "about", "around": "about", "roughly": "about", "approximately": "about", "some": "about",
    "an estimated": "about", "at least": "at_least",
    # ru
    "более": "more_than", "больше": "more_than", "свыше": "more_than", "более чем": "more_than",
    "почти": "almost", "около": "about", "примерно": "about", "порядка": "about", "приблизительно": "about",
    "до": "up_to", "не менее": "at_least", "как минимум": "at_least",
    # uk
    "понад": "more_than", "більше": "more_than", "більш ніж": "more_than", "майже": "almost", "близько": "about",
    "приблизно": "about", "щонайменше": "at_least",
    # de
    "mehr als": "more_than", "über": "more_than", "fast": "almost", "knapp": "almost", "beinahe": "almost",
    "rund": "about", "etwa": "about", "ungefähr": "about", "circa": "about", "ca.": "about", "bis zu": "up_to",
    "mindestens": "at_least",
    # fr
    "plus de": "more_than", "près de": "almost", "presque": "almost", "quelque": "about", "environ": "about",
    "jusqu'à": "up_to", "au moins": "at_least",
    # pl
    "ponad": "more_than", "przeszło": "more_than", "blisko": "almost", "prawie": "almost", "niemal": "almost",
    "około": "about", "ok.": "about", "co najmniej": "at_least",
    # es
    "más de": "more_than", "casi": "almost", "cerca de": "almost", "alrededor de": "about", "unos": "about",
    "unas": "about", "aproximadamente": "about", "hasta": "up_to", "al menos": "at_least",
    # it
    "oltre": "more_than", "più di": "more_than", "quasi": "almost", "circa": "about", "fino a": "up_to",
    "almeno": "at_least",
}

# Qualifier words that also mean "about/regarding" after these nouns ("Bericht über 182.000 Deserteure").
QUALIFIER_NOT_AFTER: dict[str, tuple[str, ...]] = {
    "über": ("bericht", "meldung", "debatte", "diskussion", "angaben", "informationen", "streit", "spekulation",
             "zahl", "nachricht", "daten", "gerücht", "behauptung", "artikel", "beitrag"),
    "about": ("report", "reports", "claim", "claims", "story", "stories", "question", "questions", "article", "news"),
}

# What is being counted: concept → stems (lower-case prefixes; trailing `$` = whole token).
SUBJECTS: dict[str, tuple[str, ...]] = {
    "deserters": (
        "deserter", "desertion", "deserted", "deserting", "дезертир", "дезерці", "сзч", "deserteur", "desertiert",
        "fahnenflücht", "déserteur", "désertion", "déserté", "dezerter", "zdezerter", "dezercj", "desertor",
        "deserción", "desertado", "disertor", "diserzion", "disertato",
    ),
    "drones": ("drone", "дрон", "беспилотник", "безпілотник", "бпла", "drohne", "dron", "droni"),
    "soldiers": ("soldier", "troops", "солдат", "военнослужащ", "військовослужбов", "soldat", "żołnierz", "soldado", "soldati"),
    "refugees": ("refugee", "беженц", "біженц", "flüchtling", "réfugié", "uchodźc", "refugiad", "rifugiat"),
    "casualties": ("casualt", "killed", "dead$", "погибш", "загибл", "tote$", "toten", "morts$", "zabit", "muertos", "morti$"),
    "votes": ("vote", "голос", "stimme", "voix$", "głos", "votos", "voti$"),
    "roads": (
        "road", "expressway", "highway", "motorway", "дорог", "трасс", "шосе", "autobahn", "strecke", "schnellstraße",
        "droga", "drogi", "dróg", "drodze", "trasa", "ekspresow", "autoroute", "voie", "carretera", "autopista",
        "autovía", "strada", "superstrada", "autostrada",
    ),
    "wheat": ("wheat", "пшениц", "weizen", "blé$", "pszenic", "trigo", "grano"),
    "grain": ("grain", "зерн", "getreide", "céréale", "zbo", "cereal"),
}

# "this year" phrases: the claim's year is the article's publication year.
THIS_YEAR = (
    "this year", "so far this year", "в этом году", "с начала года", "за год", "этого года", "цього року",
    "з початку року", "dieses jahr", "in diesem jahr", "seit jahresbeginn", "cette année", "depuis le début de l'année",
    "w tym roku", "od początku roku", "este año", "en lo que va de año", "quest'anno", "dall'inizio dell'anno",
)

# Month stems: a small number right before/after one is a day of month, not a count.
MONTH_STEMS = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    "январ", "феврал", "март", "апрел", "мая", "май", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр",
    "січ", "лют", "берез", "квіт", "трав", "черв", "лип", "серп", "верес", "жовт", "листопад", "груд",
    "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember",
    "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    "stycz", "lut", "marc", "kwiet", "maj", "czerw", "lip", "sierp", "wrze", "październik", "paźdz", "listopad", "grud",
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
)

# Languages that write decimals with a comma and group thousands with a dot or a space.
DECIMAL_COMMA_LANGUAGES = frozenset({"de", "fr", "es", "it", "pl", "ru", "uk", "pt", "nl", "cs", "sk", "ro", "tr", "bg", "hr", "sr", "sl", "sv", "da", "nb", "fi"})

# English number words (the common ones in headlines: "two hundred thousand", "half a million").
WORD_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "half a": 0.5,
}
