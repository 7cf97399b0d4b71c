"""Find numbers in news text (`find_numbers`): digits with their scale, unit, currency, qualifier and range, the
forms read as a whole, and spelled-out numbers, each with its kind and a value normalised across languages and formats.

`182,000`, `182 000` (also U+00A0/U+202F), `182.000`, `182'000`, `182k`, `182 тыс.`, `182 тисячі`, `182 Tausend`,
`182mila`, `182 tys.`, `182 mil`, `1.2 million`, `1,2 Mio.`, `1,2 млн` → one float. The parts live beside this module:
digits and separators in `pipeline.claims.separators`; the words next to a number in `pipeline.claims.nearby`; the
kinds (count, money, measure, percent, duration, age, date, time, ordinal, score, year) and the rules that decide them
in `pipeline.claims.kinds`; spelled-out numbers and approximate collectives ("three", "vier", "семеро",
"tysiąc trzysta czterdzieści", "a dozen", "une vingtaine", "десятки") in `pipeline.claims.words`.
Model names (`F-16`, `S19`, `COVID-19`) are not numbers.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.claims.kinds import (
    MAX_DAY,
    NumberMention,
    counted_like_a_year,
    find_patterned,
    glued_form,
    in_span_of_days,
    month_of_day,
    next_to_month,
    ordinal_or_date,
    read_age,
)
from pipeline.claims.lexicon import (
    COUNTED_AFTER_SHORT_SCALE,
    CURRENCY_SCALES,
    NAMES_WITH_NUMBERS,
    SAME_MEASURE_IN,
    SCALES,
    UNITS_AFTER,
)
from pipeline.claims.nearby import (
    CURRENCY_SCALE_WORDS,
    SCALE_WORDS,
    SNIPPET,
    currency_before,
    letters_follow,
    qualifier_before,
    unit_after,
    unit_before,
    unit_word_at,
    word_after,
)
from pipeline.claims.separators import CORE, RANGE_SECOND, parse_number
from pipeline.claims.words import SpelledNumber, find_spelled
from pipeline.entities import NOUNS_CAPITALISED

RANGE_JOIN = re.compile(r"\s*(?:[-–—]|\bto\b|\bдо\b|\bbis\b|\bà\b|\bdo\b|\ba\b|\btot\b)\s*", re.IGNORECASE)
BETWEEN_BEFORE = re.compile(
    r"(?:^|[^\w])(?:between|zwischen|entre|tra|fra|tussen|między|miedzy|между|між|поміж)\s+$", re.IGNORECASE
)
BETWEEN_REACH = 12
"""How far before a number `BETWEEN_BEFORE` is looked for: its longest word ("zwischen"), the character before it
and up to three spaces."""
BETWEEN_JOIN = re.compile(r"\s+(?:and|und|et|e|y|i|a|en|и|і|та)\s+", re.IGNORECASE)
"""After "between", "and" joins a range too: "entre 1,5 et 2 millions", "tra 1,5 e 2 milioni", "між 40 і 60"."""
SCALE_UNIT_LINK = re.compile(r"\s+(?:de|di|of)(?=\s)", re.IGNORECASE)  # "millones de toneladas", "milioni di litri"
YEAR_RANGE = (1800, 2100)
LABEL_BEFORE = re.compile(r"(?:^|[^\w])[A-ZÀ-ÞА-ЯІЇЄҐ][^\W\d_]*[ \u00a0]+$")  # a capitalised word right before
MINUS_BEFORE = re.compile(
    r"(?:^|[^\w\-−–])([-−–]|(?:minus|минус|мінус|moins|menos|meno|min)\s+)$", re.IGNORECASE
)  # "-20 °C", "до минус 52": the sign or word right before a temperature
YEAR_AFTER_DAY = re.compile(r"[^\d!?;\n]{0,18}?((?:18|19|20)\d\d)(?!\d)")  # "3 June 2022", "June 3, 2022"
NAMED_NUMBER = re.compile(rf"(?<!\w)(?:{'|'.join(NAMES_WITH_NUMBERS)})(?!\w)", re.IGNORECASE)  # "S&P 500", "Formula 1"
RANGE_MAX_RATIO = 10
"""A range rises; joined by a word, not by more than this: "10–12", "30 to 40". "Rose by 0.4 points to 5.1 %" and
"€1.5m to 300 pensioners" are two figures."""
MAX_MAGNITUDE = 10
QUALIFIED_KINDS = frozenset({"count", "money", "measure", "percent", "duration", "age"})
SHARED_UNIT_JOIN = re.compile(
    r"\s*(?:[-–]|to|and|bis|auf|und|à|et|a|al|y|e|до|и|і|та|na|do|i|oraz|para|from)\s*", re.IGNORECASE
)


def find_numbers(text: str, language: str | None) -> list[NumberMention]:
    """All numbers in `text` with kind, value, unit, qualifier and character offsets of the whole surface."""
    found = find_patterned(text, language)
    masked = _mask(text, [(m.start, m.end) for m in found] + [m.span() for m in NAMED_NUMBER.finditer(text)])
    position = 0
    while (match := CORE.search(masked, position)) is not None:
        mention = _read_number(text, masked, match, language)
        position = match.end() if mention is None else max(mention.end, match.end())
        if mention is not None:
            found.append(mention)
    found.extend(_spelled(text, language, found))
    return [_in_usual_unit(_below_zero(text, m)) for m in _share_units(text, sorted(found, key=lambda m: m.start))]


def _in_usual_unit(mention: NumberMention) -> NumberMention:
    """A measure in the unit of its kind that news uses most: "1,2 GW" is 1,200 MW, as another outlet writes it."""
    if mention.kind != "measure" or mention.unit not in SAME_MEASURE_IN:
        return mention
    value, unit = usual_unit(mention.value, mention.unit)
    high = usual_unit(mention.value_high, mention.unit)[0] if mention.value_high is not None else None
    return replace(mention, value=value, value_high=high, unit=unit)


def usual_unit(value: float, unit: str) -> tuple[float, str]:
    """A measure's value and unit in the unit of its kind that news uses most (`SAME_MEASURE_IN`), to twelve
    significant digits: 1.2 GW is (1200, "MW"), not 1200.0000000000002; other units as they are."""
    if unit not in SAME_MEASURE_IN:
        return value, unit
    usual, factor = SAME_MEASURE_IN[unit]
    return float(f"{value * factor:.12g}"), usual


MAX_MARGIN = 20
NUMBER_BEFORE = re.compile(r"\d[\s\u00a0]*$")


def _margin_of_error(text: str, start: int, value: float) -> bool:
    """ "±3.1 points" alone is a poll's margin of error, in percentage points; not the spread of another figure
    ("1,200 ± 300"), a large one ("±5,000") or the weather's "±0"."""
    return 0 < abs(value) < MAX_MARGIN and NUMBER_BEFORE.search(text, max(0, start - SNIPPET), start) is None


def _below_zero(text: str, mention: NumberMention) -> NumberMention:
    """A temperature after a minus sign or word is below zero ("-20 °C", "минус 52 градуса", "moins 5 degrés"); a
    dash after a number or a word joins a range or a name ("10-20 °C") and is no sign."""
    if mention.unit != "°C" or mention.value <= 0 or (sign := MINUS_BEFORE.search(text, 0, mention.start)) is None:
        return mention
    high = -mention.value_high if mention.value_high is not None else None
    return replace(
        mention, value=-mention.value, value_high=high, start=sign.start(1), surface=text[sign.start(1) : mention.end]
    )


def days_named(text: str, language: str | None) -> frozenset[tuple[int, int, int | None]]:
    """(month, day, year or None) of each single day of month that `text` names ("the June 3 fire", "атаки 2
    червня", "am 4. März 2022", "June 3, 2022"), not the ends of a span of days ("1–3 października")."""
    days = set()
    for number in find_numbers(text, language):
        if number.kind == "date" and not in_span_of_days(text, number.start, number.end):
            month = month_of_day(text, number.start, number.end, language)
            if month is not None:
                year = YEAR_AFTER_DAY.match(text, number.end)
                days.add((month, int(number.value), int(year.group(1)) if year else None))
    return frozenset(days)


def _share_units(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """ "von 3,25 auf 3,00 Prozent", "between 3 and 5 %": a bare number takes the unit of the one it is paired with."""
    result = list(found)
    for index in range(len(result) - 2, -1, -1):
        mention, following = result[index], result[index + 1]
        if mention.kind != "count" or mention.unit is not None or following.unit is None:
            continue
        if following.kind not in ("percent", "money", "measure", "duration") or following.qualifier is not None:
            continue
        if SHARED_UNIT_JOIN.fullmatch(text[mention.end : following.start]):
            result[index] = replace(mention, kind=following.kind, unit=following.unit)
    return result


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the spans already read, or never to be read, blanked out."""
    masked = list(text)
    for start, end in spans:
        masked[start:end] = " " * (end - start)
    return "".join(masked)


# --- digits -------------------------------------------------------------------------------------------------------


def _read_number(text: str, masked: str, match: re.Match[str], language: str | None) -> NumberMention | None:
    core = match.group()
    start, end = match.span()
    is_year = (
        core.isdigit()
        and len(core) == 4
        and YEAR_RANGE[0] <= int(core) <= YEAR_RANGE[1]
        and not counted_like_a_year(text, start, end, language)
    )
    if core.isdigit() and (special := ordinal_or_date(text, start, end, language, is_year)) is not None:
        return special
    glued = glued_form(text, end)
    if glued is not None and glued[1] == "°C" and core.isdigit() and LABEL_BEFORE.search(text, 0, start):
        return None  # "Room 3C", "Terminal 2C", "Boeing 737C": a label, not "Cordoba hits 45C"
    if glued is not None and not is_year:
        kind, unit, glued_end = glued
        value, ambiguous = parse_number(core, language)
        qualifier, start = qualifier_before(text, start)
        return NumberMention(value, start, glued_end, text[start:glued_end], kind, unit, qualifier, None, ambiguous)
    scale, end = word_after(text, end, SCALE_WORDS, glued=True)
    if scale is None and text.startswith("-", end):  # "18-Milliarden-Budget"
        scale, hyphened = word_after(text, end + 1, SCALE_WORDS, glued=True)
        end = hyphened if scale else end
    currency = currency_before(text, start)
    if scale is None and currency is not None:  # "€72m"
        scale, end = word_after(text, end, CURRENCY_SCALE_WORDS, glued=True)
    elif scale is None:  # "85m zlotys": the currency named after the scale; "1.5m people": a count
        short_scale, after_scale = word_after(text, end, CURRENCY_SCALE_WORDS, glued=True)
        if short_scale and (
            _names_money(text, after_scale, language) or _counted_after(text, end, after_scale, language)
        ):
            scale, end = short_scale, after_scale
    unit_word, end_unit = unit_after(text, end, language, glued=True)
    capital = unit_word and text[end_unit - len(unit_word)].isupper()
    if is_year and scale is None and capital and language not in NOUNS_CAPITALISED:
        unit_word = None  # a name after a year: "In 2019 Naira Marley …", "Em 2021 Lira venceu …"
    if unit_word is None and scale is not None and (link := SCALE_UNIT_LINK.match(text, end)) is not None:
        linked, linked_end = unit_after(text, link.end(), language, glued=False)  # "9,8 millions de tonnes"
        if linked is not None:
            unit_word, end_unit = linked, linked_end
    if letters_follow(text, end_unit if unit_word else end):
        return None  # "5G", "S19x": not a quantity we understand
    value, ambiguous = parse_number(core, language, scaled=scale is not None)
    if scale:
        value = _scale(value, scale)
    unit, kind = UNITS_AFTER[unit_word] if unit_word else (None, "count")
    if unit_word:
        end = end_unit
    if currency is not None:
        unit, kind, start = currency[0], "money", currency[1]
    elif unit_word is None and (named := unit_before(text, start)) is not None and value < MAX_MAGNITUDE:
        unit, kind = named  # "magnitudo 4,4"; "der Stärke 12" is a gale, "kracht van 150 pk" an engine
    if scale is None and is_year and (kind == "count" or unit == "years"):
        kind, unit, end = "year", None, match.end()
    elif (
        kind == "count"
        and scale is None
        and core.isdigit()
        and value <= MAX_DAY
        and next_to_month(text, start, end, language)
    ):
        kind = "date"
    kind, unit, end = read_age(text, start, end, kind, unit, value)
    value, value_high, end = _range_end(text, masked, start, end, language, kind, value, scaled=scale is not None)
    found = unit_word_at(text, end, language, glued=True) if value_high is not None and unit is None else None
    if found is not None:
        (unit, kind), end = found  # "3-5 days", "10-15 %"
    qualifier, start = qualifier_before(text, start) if kind in QUALIFIED_KINDS else (None, start)
    if qualifier == "plus_minus" and kind == "count" and unit is None and _margin_of_error(text, start, value):
        kind, unit = "percent", "percentage_points"
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


def _range_end(
    text: str, masked: str, start: int, end: int, language: str | None, kind: str, low: float, scaled: bool
) -> tuple[float, float | None, int]:
    """A range whose low end, `low`, spans `start` to `end`: its low and high ends, and where it ends. A scale after
    the high end only is both ends' ("от 10 до 15 тыс." is 10,000 to 15,000; "entre 1,5 y 2 millones" 1.5 to 2
    million)."""
    join = RANGE_JOIN.match(text, end)
    if join is None and BETWEEN_BEFORE.search(text, max(0, start - BETWEEN_REACH), start):
        join = BETWEEN_JOIN.match(text, end)
    if join is None or kind in ("year", "date", "age"):
        return low, None, end
    second = RANGE_SECOND.match(masked, join.end())
    if second is None:
        return low, None, end
    scale, second_end = word_after(text, second.end(), SCALE_WORDS, glued=True)
    if scale is None and scaled:  # a glued "m" at both ends: "1.5m to 2m people", "€72m-80m"
        scale, second_end = word_after(text, second.end(), CURRENCY_SCALE_WORDS, glued=True)
    value, _ = parse_number(second.group(), language, scaled=scale is not None)
    high = _scale(value, scale) if scale else value
    shared_low = _scale(low, scale) if scale and not scaled else low
    dashed = join.group().strip() in "-–—"  # "1-30 %", "0-3 Grad": a dash joins any rising range
    if not shared_low < high or not dashed and high > RANGE_MAX_RATIO * shared_low:
        return low, None, end
    return shared_low, high, second_end


def _scale(value: float, scale: str) -> float:
    """The value times its scale word (`SCALES`, or a short scale after a currency, `CURRENCY_SCALES`), to the unit:
    "4,1 milliards" is 4,100,000,000, not 4,099,999,999.9999995, and so equal to "4.100 Millionen"."""
    return float(round(value * (SCALES.get(scale) or CURRENCY_SCALES[scale])))


# --- spelled-out numbers --------------------------------------------------------------------------------------------


def _spelled(text: str, language: str | None, numeric: list[NumberMention]) -> list[NumberMention]:
    taken = [(m.start, m.end) for m in numeric]
    spelled = find_spelled(text, language)
    mentions = []
    for number in sorted(spelled, key=lambda s: (s.start, -s.end)):
        if number.value == 0 or any(s < number.end and number.start < e for s, e in taken):
            continue  # a spelled zero is "bajo cero", "unter null", "zero tolerance": never a figure that travels
        taken.append((number.start, number.end))
        mentions.append(_read_spelled(text, number, language))
    return mentions


NOUN_NEXT = re.compile(r"\s+([a-z]+)\b")
SHORT_SCALE_RANGE = re.compile(r"\s*(?:[-–—]|to|and)\s*\d+(?:\.\d+)?m\b")
"""The high end of a range in millions after a low end in millions: "1.5m to 2m people", "between 1.5m and 2m"."""


def _counted_after(text: str, number_end: int, position: int, language: str | None) -> bool:
    """In English, a short scale glued to the number ("1.5m", not "1.5 m") is millions when a noun of
    `COUNTED_AFTER_SHORT_SCALE` follows: "1.5m people", "2m homes", "1.5m to 2m people" (both ends); "the 400m
    hurdles" and "5m waves" are lengths."""
    if language not in (None, "en") or position != number_end + 1:
        return False
    if (high_end := SHORT_SCALE_RANGE.match(text, position)) is not None:
        position = high_end.end()
    found = NOUN_NEXT.match(text, position)
    return found is not None and found.group(1) in COUNTED_AFTER_SHORT_SCALE


def _names_money(text: str, position: int, language: str | None) -> bool:
    """A currency's name follows `position` (after one space)."""
    found = unit_word_at(text, position, language, glued=False)
    return found is not None and found[0][1] == "money"


def _linked_unit(text: str, number: SpelledNumber, language: str | None) -> tuple[tuple[str, str], int] | None:
    """The unit that a spelled number ending in a scale names after a partitive, as "9,8 millions de tonnes" does
    for digits: "dos millones de yuanes", "deux millions de dollars". Not for a collective ("millions of dollars"):
    a vague amount is no figure that a claim's exact one could be retold as."""
    last_word = text[number.start : number.end].split()[-1].lower()
    if number.approximate or last_word not in SCALES or (link := SCALE_UNIT_LINK.match(text, number.end)) is None:
        return None
    return unit_word_at(text, link.end(), language, glued=False)


def _read_spelled(text: str, number: SpelledNumber, language: str | None) -> NumberMention:
    start, end, value = number.start, number.end, number.value
    kind, unit = ("ordinal", None) if number.ordinal else ("count", None)
    if kind == "count":
        glued = glued_form(text, end)
        if glued is not None:
            kind, unit, end = glued
        elif found := unit_word_at(text, end, language, glued=False) or _linked_unit(text, number, language):
            (unit, kind), end = found
        kind, unit, end = read_age(text, start, end, kind, unit, value)
    qualifier, start = qualifier_before(text, start) if kind in QUALIFIED_KINDS else (None, start)
    if number.approximate and qualifier is None:
        qualifier = "about"
    return NumberMention(value, start, end, text[start:end], kind, unit, qualifier)
