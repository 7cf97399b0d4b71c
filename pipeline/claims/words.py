"""Spelled-out numbers ("three people", "vier Verletzte", "семеро погибших", "tysiąc trzysta czterdzieści") and
approximate collectives ("a dozen", "une vingtaine", "десятки", "kilkadziesiąt") with offsets into the ORIGINAL text.

Where each language's words come from:

| language | cardinals (and ordinals) | source |
|---|---|---|
| en, fr, es, de, it, pt | `text2num.find_numbers`, run over our own tokens, so a number's offsets are those of its first and last token in the text as written (its `alpha2digit` rewrites text and would lose them) | library |
| ru, uk | word → value table: number-parser's vocabulary (`number_parser.data.<lang>`) joined with every grammatical case and gender that num2words generates for 0–19, the tens, the hundreds and the scale words; composed by `_compose` | libraries (tables), composition here |
| pl | word → value table generated with num2words (nominative 0–19, tens, hundreds, scale words in their three plural forms) | library |
| nl | word → value table generated with num2words (0–99, each one word in Dutch, hundreds, scale words) | library |

Written by hand in `data/number_words.yaml`, because no library covers them (`case_forms`, `collectives`):
- Slavic collective numerals and the case forms the libraries miss: двое, семеро, пятерых, двоє, п'ятеро, п'ятьох,
  and the Polish oblique cases (trzech, pięciu, dwudziestu, stu, pięciuset, tysiąca ...), "полтора";
- approximate collectives in all nine languages: "a dozen", "dozens", "hundreds", "une dizaine", "des milliers",
  "decenas", "una ventina", "centinaia", "dezenas", "Dutzende", "Zehntausende", "десятки", "сотни", "kilkadziesiąt",
  optionally scaled ("tens of thousands", "десятки тысяч"). They are approximate: qualifier "about", and the value
  is the nominal one for singular forms ("une vingtaine" 20, "a dozen" 12) and the smallest amount the plural can
  mean for plural forms ("dozens" 24, "hundreds" 200, "десятки" 20).

Articles are not counts: a lone word for 1 ("one of the", "un", "une", "uno", "ein", "eine", "один из", "jeden z")
is kept only when the next word is a casualty or a person noun (`one_counts_before` in the same file: "one dead",
"un muerto", "ein Toter", "один погибший").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.claims.lexicon import SCALES, load

_DATA = load("number_words")
TEXT2NUM_LANGUAGES = frozenset({"en", "fr", "es", "de", "it", "pt"})
TABLE_LANGUAGES = frozenset({"ru", "uk", "pl", "nl"})
APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "ё": "е", "Ё": "Е"})
T2N_TOKEN = re.compile(r"[^\W\d_]+|\d+|[^\w\s]", re.UNICODE)
SLAVIC_TOKEN = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*|\d+|[^\w\s]", re.UNICODE)
ONE_COUNTS_BEFORE: tuple[str, ...] = tuple(_DATA["one_counts_before"])
# Tokens text2num reads as numbers that are something else here.
NOT_NUMBER_AFTER: dict[str, tuple[str, ...]] = {
    word: tuple(before) for word, before in _DATA["not_number_after"].items()
}
SECOND_WORDS = frozenset(_DATA["second_words"])
ORDINAL_DETERMINERS = frozenset(_DATA["ordinal_determiners"])
# Case forms and collective numerals the library tables miss (value by form).
_HAND_FORMS: dict[str, dict[str, float]] = _DATA["case_forms"]
# Plural scale words with no number before them mean "thousands", "millions": collectives, not 1,000.
_BARE_PLURAL_SCALES = frozenset(_DATA["bare_plural_scales"])
# Approximate collectives per language: phrase (regex, lower case) → value. Plural forms carry the smallest amount
# they can mean. A following scale ("of thousands", "тысяч") multiplies: COLLECTIVE_SCALES.
COLLECTIVES: dict[str, dict[str, float]] = _DATA["collectives"]
COLLECTIVE_SCALES: dict[str, dict[str, float]] = _DATA["collective_scales"]
# Fractions of a scale word ("pół miliona", "полмиллиона") and "and a half" after one ("un millón y medio").
FRACTIONS: dict[str, dict[str, float]] = _DATA["fractions"]
FRACTION_SCALES: dict[str, float] = {**SCALES, **_DATA["fraction_scales"]}
AND_A_HALF: dict[str, list[str]] = _DATA["and_a_half"]
DUTCH_LARGE = ("honderd", "duizend", "miljoen", "miljard")  # what a Dutch one-word number beyond the table holds


@dataclass(frozen=True, slots=True)
class SpelledNumber:
    value: float
    start: int
    end: int
    ordinal: bool = False
    approximate: bool = False  # a collective ("dozens", "une vingtaine"): qualifier "about"


def find_spelled(text: str, language: str | None) -> list[SpelledNumber]:
    """Spelled-out cardinals, ordinals and collectives in `text`, in order, without overlaps."""
    if language is None:
        language = "en"
    if language in TEXT2NUM_LANGUAGES:
        words = [_and_a_half(text, number, language) for number in _text2num(text, language)]
    elif language in TABLE_LANGUAGES:
        words = _from_table(text, language)
    else:
        words = []
    found = _fractions(text, language)
    found += [c for c in _collectives(text, language) if not any(_overlap(c, f) for f in found)]
    # a cardinal that holds a collective's words is read whole: "elf Millionen" is 11,000,000, not "millions"
    found = [c for c in found if not any(w.start < c.start and c.end <= w.end for w in words)]
    found.extend(w for w in words if not any(_overlap(w, s) for s in found))
    return sorted(found, key=lambda s: s.start)


def _overlap(a: SpelledNumber, b: SpelledNumber) -> bool:
    return a.start < b.end and b.start < a.end


@cache
def _fraction_pattern(language: str) -> re.Pattern[str] | None:
    fractions = sorted(FRACTIONS.get(language, {}), key=len, reverse=True)
    scales = sorted(FRACTION_SCALES, key=len, reverse=True)
    if not fractions:
        return None
    return re.compile(
        rf"(?<!\w)(?P<fraction>{'|'.join(map(re.escape, fractions))})[\s\-\u00a0]?"
        rf"(?P<scale>{'|'.join(map(re.escape, scales))})(?!\w)",
        re.IGNORECASE,
    )


def _fractions(text: str, language: str) -> list[SpelledNumber]:
    """ "pół miliona" 500,000, "полмиллиона" 500,000, "anderthalb Millionen" 1,500,000, "half a dozen" 6."""
    pattern = _fraction_pattern(language)
    if pattern is None:
        return []
    return [
        SpelledNumber(
            FRACTIONS[language][m.group("fraction").lower()] * FRACTION_SCALES[m.group("scale").lower()], *m.span()
        )
        for m in pattern.finditer(text)
    ]


@cache
def _and_a_half_pattern(language: str) -> re.Pattern[str] | None:
    halves = AND_A_HALF.get(language)
    return re.compile(rf"\s+(?:{'|'.join(halves)})(?!\w)", re.IGNORECASE) if halves else None


def _and_a_half(text: str, number: SpelledNumber, language: str) -> SpelledNumber:
    """ "un millón y medio": the spelled number ending in a scale word, and half of that scale."""
    last_word = text[number.start : number.end].split()[-1].lower()
    pattern = _and_a_half_pattern(language)
    if last_word not in SCALES or pattern is None or (half := pattern.match(text, number.end)) is None:
        return number
    return SpelledNumber(number.value + SCALES[last_word] / 2, number.start, half.end())


# --- text2num: en fr es de it pt -------------------------------------------------------------------------------


class _Token:
    """The token protocol `text_to_num.find_numbers` reads, with our own offsets kept beside it."""

    __slots__ = ("start", "end", "_text", "_line_break_before")

    def __init__(self, text: str, start: int, end: int, line_break_before: bool) -> None:
        self._text, self.start, self.end, self._line_break_before = text, start, end, line_break_before

    def text(self) -> str:
        return self._text

    def nt_separated(self, previous: _Token) -> bool:
        return self._line_break_before

    def not_a_number_part(self) -> bool:
        return False


def _text2num(text: str, language: str) -> list[SpelledNumber]:
    from text_to_num import find_numbers

    tokens, previous_end = [], 0
    for match in T2N_TOKEN.finditer(text):
        tokens.append(_Token(match.group(), match.start(), match.end(), "\n" in text[previous_end : match.start()]))
        previous_end = match.end()
    result = []
    for occurrence in find_numbers(tokens, language, 0.0):
        span = tokens[occurrence.start : occurrence.end]
        words = [t.text().lower() for t in span]
        if any(w.isdigit() for w in words):
            continue  # digits are read by the numeric path
        previous = tokens[occurrence.start - 1].text().lower() if occurrence.start else ""
        following = tokens[occurrence.end].text() if occurrence.end < len(tokens) else ""
        if len(words) == 1 and previous in NOT_NUMBER_AFTER.get(words[0], ()):
            continue  # "pour cent", "por ciento": a percent sign, not a hundred
        if occurrence.is_ordinal:
            if words[0] in SECOND_WORDS and previous not in ORDINAL_DETERMINERS:
                continue  # "une seconde", "15 seconds": the unit of time
        elif words == ["neuf"] and not following[:1].isalpha():
            continue  # "un pont neuf": new, not nine
        elif occurrence.value == 1 and len(words) == 1 and not _one_counts(following):
            continue
        start, end = span[0].start, span[-1].end
        if start > 1 and text[start - 1] in "-‑" and text[start - 2].isalnum():
            continue  # "sub-zero": part of another word; "18-Milliarden": the numeric path reads it
        if len(words) == 1 and words[0] in _BARE_PLURAL_SCALES:  # "Milliarden", "millions": a collective
            result.append(SpelledNumber(2.0 * occurrence.value, start, end, approximate=True))
            continue
        result.append(SpelledNumber(float(occurrence.value), start, end, ordinal=bool(occurrence.is_ordinal)))
    return result


def _one_counts(following: str) -> bool:
    """A lone word for 1 is a count only before a casualty or person noun: "one dead", not "one of the"."""
    return following.lower().translate(APOSTROPHES).startswith(ONE_COUNTS_BEFORE)


# --- tables: ru uk pl --------------------------------------------------------------------------------------------


@cache
def number_table(language: str) -> dict[str, float]:
    """Word → value for ru, uk, pl and nl, generated from number-parser's vocabulary and num2words (see module doc)."""
    from num2words import num2words

    table: dict[str, float] = {}

    def add(word: str, value: float) -> None:
        table.setdefault(word.lower().translate(APOSTROPHES), value)

    if language in ("ru", "uk"):
        from importlib import import_module

        info = import_module(f"number_parser.data.{language}").info
        for group in ("UNIT_NUMBERS", "DIRECT_NUMBERS", "TENS", "HUNDREDS", "BIG_POWERS_OF_TEN"):
            for word, value in info[group].items():
                if value < 10**12:
                    add(word, value)
    cases = {
        "ru": [dict(case=c, gender=g) for c in "ngdaip" for g in "mfn"],
        "uk": [
            dict(case=c, gender=g)
            for c in ("nominative", "genitive", "dative", "accusative", "instrumental", "locative")
            for g in ("masculine", "feminine")
        ],
        "pl": [{}],
        "nl": [{}],
    }[language]
    # Dutch writes 21-99 as one word ("vijfentwintig"), so every one of them is a place of its own.
    places = [*range(100 if language == "nl" else 20), *range(20, 100, 10), *range(100, 1000, 100)]
    for kwargs in cases:
        for value in places:
            words = num2words(value, lang=language, **kwargs).split()
            if len(words) == 1:
                add(words[0], value)
        for scale in (1_000, 1_000_000, 1_000_000_000):
            for multiplier in (1,) if language == "nl" else (1, 2, 5):  # Dutch writes "tweeduizend" as one word
                add(num2words(scale * multiplier, lang=language, **kwargs).split()[-1], scale)
    for word, value in _HAND_FORMS.get(language, {}).items():
        table[word.translate(APOSTROPHES)] = value
    return table


def _from_table(text: str, language: str) -> list[SpelledNumber]:
    table = number_table(language)
    tokens = list(SLAVIC_TOKEN.finditer(text))
    result: list[SpelledNumber] = []
    group: list[tuple[re.Match[str], float]] = []

    def close(next_index: int) -> None:
        if not group:
            return
        value = _compose([v for _, v in group])
        words = [m.group().lower().translate(APOSTROPHES) for m, _ in group]
        start, end = group[0][0].start(), group[-1][0].end()
        following = tokens[next_index].group() if next_index < len(tokens) else ""
        if len(words) == 1 and words[0] in _BARE_PLURAL_SCALES:
            result.append(SpelledNumber(2 * value, start, end, approximate=True))
        elif not (len(words) == 1 and value == 1 and not _one_counts(following)):
            result.append(SpelledNumber(value, start, end))
        group.clear()

    for index, token in enumerate(tokens):
        word = token.group().lower().translate(APOSTROPHES)
        value = table.get(word)
        if value is None and language == "nl":
            value = _dutch_compound(word, table)
        if value is None or (group and not _joins([v for _, v in group], value)):
            close(index)
        if value is not None:
            if index and tokens[index - 1].group().isdigit() and value >= 1000:
                continue  # "182 тысячи": the numeric path reads digits with their scale word
            group.append((token, value))
    close(len(tokens))
    return result


def _dutch_compound(word: str, table: dict[str, float]) -> float | None:
    """A Dutch number written as one word beyond the table's: "vierduizend", "tweehonderdduizend",
    "drieduizendvijfhonderd" (the longest table word first, then the rest; only with a hundred or a scale word)."""
    if not any(large in word for large in DUTCH_LARGE):
        return None  # the common case, checked before any splitting: a word with no hundred or scale in it
    values: list[float] = []
    rest = word
    while rest:
        prefix = next((rest[:end] for end in range(len(rest), 1, -1) if rest[:end] in table), None)
        if prefix is None:
            return None
        if table[prefix] == 100 and values and values[-1] < 100:
            values[-1] *= 100  # "vijftienhonderd" is 1,500
        else:
            values.append(table[prefix])
        rest = rest[len(prefix) :]
    if len(values) < 2 and not word.endswith("honderd") or max(values) < 100:
        return None
    return _compose(values)


def _place(value: float) -> int:
    """0 units, 1 teens, 2 tens, 3 hundreds, 4+ scale words."""
    if value >= 1000:
        return 3 + len(str(int(value))) // 3
    return 0 if value < 10 else 1 if value < 20 else 2 if value < 100 else 3


def _joins(group: list[float], value: float) -> bool:
    """Whether a number word continues the number read so far ("сорок" + "шесть") or starts another ("два три")."""
    last = group[-1]
    if value >= 1000:
        scales = [v for v in group if v >= 1000]
        return not scales or (value < scales[-1] and last < 1000)
    if last >= 1000:
        return True
    place, last_place = _place(value), _place(last)
    # hundreds take tens, teens or units; tens take units; teens and units end a group of three
    return last_place == 3 and place < 3 or last_place == 2 and place == 0


def _compose(values: list[float]) -> float:
    total, current = 0.0, 0.0
    for value in values:
        if value >= 1000:
            total += (current or 1) * value
            current = 0.0
        else:
            current += value
    return total + current


# --- collectives -------------------------------------------------------------------------------------------------


@cache
def _collective_pattern(language: str) -> re.Pattern[str]:
    phrases = sorted(COLLECTIVES.get(language, {}), key=len, reverse=True)
    scales = sorted(COLLECTIVE_SCALES.get(language, {}), key=len, reverse=True)
    scale_part = rf"(?:\s+(?P<scale>{'|'.join(scales)}))?" if scales else ""
    return re.compile(rf"(?<!\w)(?P<base>{'|'.join(phrases)}){scale_part}(?!\w)", re.IGNORECASE)


def _lookup(table: dict[str, float], text: str, start: int, end: int) -> float:
    """The value of the table entry that matched text[start:end] (entries are patterns, some with a lookahead on
    the words after them, so they are matched in place, not against the phrase alone)."""
    for pattern, value in table.items():
        found = re.compile(pattern, re.IGNORECASE).match(text, start)
        if found and found.end() == end:
            return value
    raise KeyError(text[start:end])


def _collectives(text: str, language: str) -> list[SpelledNumber]:
    if language not in COLLECTIVES:
        return []
    found = []
    for match in _collective_pattern(language).finditer(text):
        value = _lookup(COLLECTIVES[language], text, *match.span("base"))
        if match.groupdict().get("scale"):
            value *= _lookup(COLLECTIVE_SCALES[language], text, *match.span("scale"))
        elif language == "en" and match.group("base").lower() == "tens":
            continue  # "tens" alone is not a number in English
        found.append(SpelledNumber(value, match.start(), match.end(), approximate=True))
    return found
