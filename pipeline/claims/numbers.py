"""Find numbers in news text and normalise them across languages and formats.

`182,000`, `182 000` (also U+00A0/U+202F), `182.000`, `182'000`, `182k`, `182 тыс.`, `182 тисячі`, `182 Tausend`,
`182mila`, `182 tys.`, `182 mil`, `1.2 million`, `1,2 Mio.`, `1,2 млн`, `two hundred thousand` → one float.

Separator rule (the ambiguity is kept explicit in `ambiguous_separator`):
- space, no-break space, thin space and apostrophe only ever group thousands;
- with both `,` and `.`, the last one is the decimal mark;
- one kind repeated (`1.234.567`) groups thousands;
- one occurrence with other than three digits after it (`1,2`, `4.75`) is a decimal mark;
- one occurrence with exactly three digits after it (`182,000`, `182.000`) is read with the article language's
  convention: the language's thousands mark groups; the language's decimal mark is ambiguous and is resolved as a
  decimal when a scale word follows (`1,200 Mio.` = 1.2 million) and as thousands otherwise (`182,000 Deserteure`).
Dates, times, days of month, model names (`F-16`, `S19`) and ordinals are not numbers here; four-digit 1800–2100
integers are kept as kind `year`, used for a claim's year and never as a claim's value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.claims.lexicon import (
    CURRENCY_BEFORE,
    DECIMAL_COMMA_LANGUAGES,
    MONTH_STEMS,
    QUALIFIER_NOT_AFTER,
    QUALIFIERS,
    SCALES,
    UNITS_AFTER,
    WORD_UNITS,
)

GROUP_SPACES = " \u00a0\u202f\u2009'’"
CORE = re.compile(
    r"(?<![\w.,])(?<!\w-)"
    r"(?:\d{1,3}(?P<sep>[,.'’\u00a0\u202f\u2009 ])\d{3}(?!\d)(?:(?P=sep)\d{3}(?!\d))*(?:[.,]\d+)?"
    r"|\d+(?:[.,]\d+)?)"
)
DATE_OR_TIME = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b\d{1,2}:\d{2}(?::\d{2})?\b")
GAP = re.compile(r"[ \u00a0\u202f\u2009]?")
RANGE_JOIN = re.compile(r"\s*(?:[-–—]|\bto\b|\bдо\b|\bbis\b|\bà\b|\bdo\b|\ba\b)\s*", re.IGNORECASE)
LETTER = re.compile(r"\w", re.UNICODE)
NON_DIGIT = re.compile(r"\D")
WORD_NUMBER = re.compile(
    r"\b(?:(?:" + "|".join(sorted((w for w in WORD_UNITS if w != "half a"), key=len, reverse=True)) + r"|half a)"
    r"(?:[\s-]+(?:" + "|".join(w for w in WORD_UNITS if w not in ("a", "half a")) + r"|hundred|and))*"
    r"[\s-]+(?:thousand|million|billion))\b",
    re.IGNORECASE,
)
YEAR_RANGE = (1800, 2100)
MAX_DAY = 31


def _longest_first(words: dict) -> list[str]:
    return sorted(words, key=len, reverse=True)


SCALE_WORDS = _longest_first(SCALES)
UNIT_WORDS = _longest_first(UNITS_AFTER)
QUALIFIER_WORDS = _longest_first(QUALIFIERS)


@dataclass(frozen=True, slots=True)
class NumberMention:
    value: float
    start: int
    end: int
    surface: str
    kind: str  # count | percent | money | measure | year
    unit: str | None = None
    qualifier: str | None = None
    value_high: float | None = None  # upper end of a range ("10,000–15,000")
    ambiguous_separator: bool = False

    @property
    def exact(self) -> bool:
        return self.qualifier is None and self.value_high is None


def find_numbers(text: str, language: str | None) -> list[NumberMention]:
    """All numbers in `text` with value, unit, qualifier and character offsets of the whole surface."""
    masked = DATE_OR_TIME.sub(lambda m: " " * len(m.group()), text)
    found: list[NumberMention] = []
    position = 0
    while (match := CORE.search(masked, position)) is not None:
        mention = _read_number(text, masked, match, language)
        position = match.end() if mention is None else max(mention.end, match.end())
        if mention is not None:
            found.append(mention)
    if language in (None, "en"):
        found.extend(_word_numbers(text, found))
    return sorted(found, key=lambda m: m.start)


def parse_number(core: str, language: str | None, scaled: bool = False) -> tuple[float, bool]:
    """Digits with separators → (value, ambiguous_separator) following the module's separator rule."""
    marks = [char for char in core if not char.isdigit()]
    if not marks:
        return float(core), False
    dots_commas = [m for m in marks if m in ".,"]
    decimal_mark, ambiguous = None, False
    if len(set(dots_commas)) == 2:
        decimal_mark = dots_commas[-1]
    elif len(dots_commas) == 1:
        tail = len(core) - core.rindex(dots_commas[0]) - 1
        if tail != 3 or any(m in GROUP_SPACES for m in marks):
            decimal_mark = dots_commas[0]
        else:
            language_decimal = "," if language in DECIMAL_COMMA_LANGUAGES else "."
            if dots_commas[0] == language_decimal or language is None:
                ambiguous = True
                decimal_mark = dots_commas[0] if scaled else None
    if decimal_mark is None:
        return float(NON_DIGIT.sub("", core)), ambiguous
    whole, _, fraction = core.rpartition(decimal_mark)
    return float((NON_DIGIT.sub("", whole) or "0") + "." + fraction), ambiguous


def _read_number(text: str, masked: str, match: re.Match[str], language: str | None) -> NumberMention | None:
    core = match.group()
    start, end = match.span()
    scale, end = _word_after(text, end, SCALE_WORDS, glued=True)
    unit_word, end_unit = _word_after(text, end, UNIT_WORDS, glued=True)
    if _letters_follow(text, end_unit if unit_word else end):
        return None  # "3rd", "5G", "S19x": not a quantity we understand
    value, ambiguous = parse_number(core, language, scaled=scale is not None)
    if scale:
        value *= SCALES[scale]
    unit, kind = UNITS_AFTER[unit_word] if unit_word else (None, "count")
    if unit_word:
        end = end_unit
    if (currency := _currency_before(text, start)) is not None:
        unit, kind, start = currency[0], "money", currency[1]
    if kind == "count" and scale is None:
        if core.isdigit() and len(core) == 4 and YEAR_RANGE[0] <= value <= YEAR_RANGE[1]:
            kind = "year"
        elif core.isdigit() and value <= MAX_DAY and _next_to_month(text, start, end):
            return None
    value_high, end = _range_end(text, masked, end, language, kind)
    qualifier, start = _qualifier_before(text, start)
    return NumberMention(
        value=value,
        start=start,
        end=end,
        surface=text[start:end],
        kind=kind,
        unit=unit,
        qualifier=qualifier,
        value_high=value_high,
        ambiguous_separator=ambiguous,
    )


def _word_after(text: str, position: int, words: list[str], glued: bool) -> tuple[str | None, int]:
    """The longest listed word right after `position` (optionally after one space), ending at a word boundary."""
    gap = GAP.match(text, position).end()
    for candidate_start in (position, gap) if glued else (gap,):
        snippet = text[candidate_start : candidate_start + 16].lower()
        for word in words:
            if snippet.startswith(word):
                end = candidate_start + len(word)
                if word[-1].isalpha() and end < len(text) and LETTER.match(text[end]):
                    continue
                return word, end
    return None, position


def _letters_follow(text: str, position: int) -> bool:
    return position < len(text) and bool(LETTER.match(text[position])) and not text[position].isdigit()


def _skip_spaces_back(text: str, position: int) -> int:
    while position > 0 and text[position - 1] in " \u00a0\u202f":
        position -= 1
    return position


def _currency_before(text: str, start: int) -> tuple[str, int] | None:
    end = _skip_spaces_back(text, start)
    for symbol, code in CURRENCY_BEFORE.items():
        if text[max(0, end - len(symbol)) : end].lower() == symbol:
            return code, end - len(symbol)
    return None


def _next_to_month(text: str, start: int, end: int) -> bool:
    after = text[end : end + 14].lstrip(". \u00a0").lower()
    before = text[max(0, start - 14) : start].lower().split()
    return after.startswith(MONTH_STEMS) or bool(before and before[-1].startswith(MONTH_STEMS))


def _range_end(text: str, masked: str, end: int, language: str | None, kind: str) -> tuple[float | None, int]:
    join = RANGE_JOIN.match(text, end)
    if join is None or kind == "year":
        return None, end
    second = CORE.match(masked, join.end())
    if second is None:
        return None, end
    scale, second_end = _word_after(text, second.end(), SCALE_WORDS, glued=True)
    value, _ = parse_number(second.group(), language, scaled=scale is not None)
    return value * (SCALES[scale] if scale else 1), second_end


def _qualifier_before(text: str, start: int) -> tuple[str | None, int]:
    end = _skip_spaces_back(text, start)
    head = text[max(0, end - 24) : end].lower()
    for phrase in QUALIFIER_WORDS:
        if head.endswith(phrase):
            phrase_start = end - len(phrase)
            if phrase_start > 0 and LETTER.match(text[phrase_start - 1]):
                continue
            previous_word = text[max(0, phrase_start - 24) : phrase_start].lower().split()[-1:]
            if previous_word and previous_word[0].startswith(QUALIFIER_NOT_AFTER.get(phrase, ())):
                return None, start  # "Bericht über 182.000": "über" means "regarding" here
            return QUALIFIERS[phrase], phrase_start
    return None, start


def _word_numbers(text: str, numeric: list[NumberMention]) -> list[NumberMention]:
    """English number words with a scale ("two hundred thousand", "half a million")."""
    taken = [(m.start, m.end) for m in numeric]
    mentions = []
    for match in WORD_NUMBER.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        value = _words_to_value(match.group().casefold())
        qualifier, start = _qualifier_before(text, match.start())
        mentions.append(
            NumberMention(value, start, match.end(), text[start : match.end()], "count", qualifier=qualifier)
        )
    return mentions


def _words_to_value(phrase: str) -> float:
    phrase = phrase.replace("half a", "half_a")
    total, current = 0.0, 0.0
    for word in re.split(r"[\s-]+", phrase):
        if word == "half_a":
            current += 0.5
        elif word in WORD_UNITS:
            current += WORD_UNITS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in ("thousand", "million", "billion"):
            total += (current or 1) * SCALES[word]
            current = 0.0
    return total + current
