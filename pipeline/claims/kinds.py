"""What kind of number a mention is, and the rules that tell: forms read as a whole (race times, scores, clock times,
numeric dates) and the words around a number that make it an ordinal, a day of the month, an age or a duration
("3rd", "4 марта", "45-year-old", "72-hour"). `pipeline.claims.numbers` applies them while it reads numbers.

Every mention has a kind:

| kind | examples | value |
|---|---|---|
| count | "182,000 deserters", "killing five", "dozens" | the number |
| money | "$1.2 billion", "1,2 Mio. Euro" | the amount (unit: currency) |
| measure | "182 km", "182,000 tonnes", "45 cm" | the amount (unit: km, tonnes, cm, °C ...) |
| percent | "42 %", "42 proc.", "42 процента", "±3 percentage points", "25 Basispunkte" | the number (unit: percent, percentage_points, basis_points) |
| duration | "a 72-hour ceasefire", "24-stündiger", "sciopero di 24 ore", "przez 3 dni", race times "2:05:11" | in its unit (hours, days ...); race times in seconds |
| age | "a 45-year-old man", "una mujer de 37 años", "37-летний", "45-latek", "âgé de 45 ans" | years |
| date | "3 de junio", "am 4. März", "4 марта", "05.11.2024" | the day of the month |
| time | "20.15 Uhr", "at 14:30", "à 14h30", "о 14:30" | hours (14:30 → 14.5) |
| ordinal | "the 3rd round", "3-й раунд", "die 3. Runde", "3º", "3e", "the third" | the rank |
| score | "won 3-1", "2:1", a vote "76 tegen 74 stemmen" | the first side's score |
| year | "in 2024", "в 2023-м" | the year: used for a claim's year, never as a claim's value |

Only counts, money and measures make claims (`CLAIM_KINDS`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.claims.lexicon import (
    AGE_AFTER,
    AGE_BEFORE,
    AGE_BEFORE_ALONE,
    CLOCK_BEFORE,
    DOT_CLOCK_AFTER,
    DOT_CLOCK_WORDS,
    DYING_WORDS,
    FUNCTION_WORDS,
    GLUED_FORMS,
    MINUTE_BEFORE,
    ONE_IN,
    ORDINAL_DOT_BEFORE,
    ORDINAL_SUFFIXES,
    PERIOD_NOUNS,
    PERSON_NOUNS,
    SCORE_WORDS,
    TALLY_AFTER,
    TALLY_AGAINST,
    TALLY_BETWEEN,
    TALLY_FOR,
    TALLY_JOINS,
    TALLY_STRONG,
    TALLY_VOTED,
    UNITS_AFTER,
    YEAR_PREPOSITIONS,
)
from pipeline.claims.nearby import LETTER, SCALE_WORDS, SNIPPET, UNIT_WORDS, longest_first, word_after
from pipeline.claims.words import find_spelled

KINDS = ("count", "money", "measure", "percent", "duration", "age", "date", "time", "ordinal", "score", "year")
CLAIM_KINDS = frozenset({"count", "money", "measure"})
LANGUAGES = ("en", "fr", "es", "de", "it", "pt", "ru", "uk", "pl", "nl")
NUMERIC_DATE = re.compile(
    r"(?<![\d.,/-])(?:(?P<iso_year>\d{4})-(?P<iso_month>\d{1,2})-(?P<iso_day>\d{1,2})"
    r"|(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2}))(?![\d])"
)
HOURS_MINUTES_SECONDS = re.compile(r"(?<![\d:.,])(\d{1,2}):(\d{2}):(\d{2})(?:[.,](\d{1,3}))?(?![\d:])")
HOURS_MINUTES_WORDS = re.compile(  # "4 h 12 min 33 s", "2h05min": a race time or a duration, not a clock time
    r"(?<![\d:.,])(\d{1,2}) ?h ?([0-5]?\d) ?min(?:\.|utes?\b)?(?: ?([0-5]?\d) ?s(?:ec\.?|econds?\b)?(?!\w))?"
)
MINUTES_SECONDS_FRACTION = re.compile(r"(?<![\d:.,])(\d{1,2}):([0-5]\d)[.,](\d{1,3})(?![\d:])")
SCORE = re.compile(r"(?<![\d.,:/\w-])(\d{1,3})( ?[:\-–] ?)(\d{1,3})(?![\d]|[.,:/]\d)")
COLON_TIME = re.compile(r"(?<![\d:.,])([01]?\d|2[0-3]):([0-5]\d)(?![\d:]|[.,]\d)")
UHR_TIME = re.compile(r"(?<![\d:.,])([01]?\d|2[0-3])(?:[.:]([0-5]\d))?\s?Uhr\b")
UUR_TIME = re.compile(r"(?<![\d:.,])([01]?\d|2[0-3])[.:]([0-5]\d)\s?uur\b")  # "3 uur" may be three hours
LOCAL_TIME = re.compile(  # "około 3.40 czasu lokalnego", "2.15 w nocy": a dotted time before a time-of-day phrase
    r"(?<![\d:.,$€£¥₴₽])([01]?\d|2[0-3])[.:]([0-5]\d)(?=\s+(?:"
    + "|".join(re.escape(w) for w in sorted(DOT_CLOCK_AFTER, key=len, reverse=True))
    + r")(?!\w))",
    re.IGNORECASE,
)
H_TIME = re.compile(r"(?<![\d:.,])([01]?\d|2[0-3]) ?h ?([0-5]\d)(?!\d)")
AM_PM_TIME = re.compile(r"(?<![\d:.,])(1[0-2]|0?\d)(?:[:.]([0-5]\d))? ?([ap])\.?m\.?(?!\w)", re.IGNORECASE)
CLOCK_TIME = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(CLOCK_BEFORE, key=len, reverse=True)) + r")\s+"
    r"(?P<hour>[01]?\d|2[0-3])(?:(?:[.h]|\s?h\s?)(?P<minute>[0-5]\d)|\s?h(?!\w)|(?=\s+(?:horas|hod|godz)))(?![\d.,:]\d)",
    re.IGNORECASE,
)
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
NAME_COMMA = re.compile(r"(?<![^\W\d_])[^\W\d_a-zа-яёіїєґ][^\W\d_]+,\s?\Z")  # "… Mourão, " (a capitalised word)
DAY_JOIN = r"(?:[-–—]|(?:tot en met|tot|bis|al|au|to|do|по|до)\s)\s*"  # joins the two ends of a span of days
DAY_AND = r"(?:and|en|und|et|y|e|i|и|та|і)\s+(?:(?:il|el|le)\s+)?"  # "8 en 13 april", "il 2 e il 4 aprile"
DAY_SPAN = re.compile(rf"{DAY_JOIN}(?:[0-3]?\d)\.?\s*", re.IGNORECASE)
NEXT_DAY = re.compile(rf"(?:{DAY_JOIN}|{DAY_AND})(?:[0-3]?\d)\.?\s*", re.IGNORECASE)
"""Another day of the same month after a day: a span ("1–3 października") or two days ("on 2 and 8 May", "tussen 8
en 13 april"); the first is a day of the month named after the second."""
MONTH_BEFORE_DAY = re.compile(r"([^\W\d_]+)\.?[ \u00a0]+$")
MONTH_AS_PERIOD = re.compile(r"\b(?:in|during|across|throughout|since|last|this|next)\s+$", re.IGNORECASE)
SPAN_BEFORE_DAY = re.compile(rf"[0-3]?\d\.?\s*{DAY_JOIN}$", re.IGNORECASE)
RECENT_YEARS = 1900
YEAR_BEFORE_NOUN = frozenset({"en", "nl", None})
"""Languages that write a year before the noun it qualifies ("the 2024 budget"); the others write it after ("le
budget 2024", "Wahl 2021", "elezioni 2022")."""
WORD_BEFORE_NUMBER = re.compile(r"([^\W\d_]+)[ \u00a0]+$")
WORD_AFTER_NUMBER = re.compile(r"[ \u00a0]+([^\W\d_]{3,})")
TIME_SPAN = re.compile(  # "dalle 6 alle 9", "de las 8 a las 14": both ends are clock times
    r"(?<!\w)(?:dalle(?: ore)?|de las)\s+(?P<a>2[0-3]|[01]?\d)(?:[.:](?P<am>[0-5]\d))?"
    r"\s+(?:alle|a las)\s+(?P<b>2[0-3]|[01]?\d)(?:[.:](?P<bm>[0-5]\d))?(?!\d|[.,:]\d)",
    re.IGNORECASE,
)
_VOTE = "|".join(map(re.escape, sorted(TALLY_AFTER, key=len, reverse=True)))
_BETWEEN = "|".join(map(re.escape, TALLY_BETWEEN))
_STRONG = "|".join(map(re.escape, TALLY_STRONG))
_FOR_AND = f"(?:{'|'.join(map(re.escape, TALLY_FOR))})\\s+(?:{'|'.join(map(re.escape, TALLY_JOINS))})"
_SECOND = r"(\d{1,3})(?![\d%]|[.,]\d)"
_ENDS = r"(?=\s*(?:[^\w\s%]|$))"  # a tally joined by "to", "a" or "do" ends there, not before "horas" or "maja"
TALLIES = tuple(  # a vote's two sides, read as one score
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"(?<![\d.,])(\d{{1,3}})\s+(?:{_BETWEEN})\s+{_SECOND}\s+(?:{_VOTE})(?!\w)",  # "76 tegen 74 stemmen"
        rf"(?<![\d.,])(\d{{1,3}})\s+(?:{_VOTE})\s+(?:{_STRONG}|{_FOR_AND})\s+{_SECOND}",  # "312 voix contre 245"
        rf"(?<![\d.,])(\d{{1,3}})\s+(?:{_VOTE})\s+(?:{_BETWEEN})\s+{_SECOND}{_ENDS}",  # "382 votos a 118, e …"
        rf"(?<!\w)(?:{_VOTE})\s+(\d{{1,3}})\s+(?:{_BETWEEN})\s+{_SECOND}{_ENDS}",  # "głosów 230 do 215"
        rf"(?<!\w)(?:{'|'.join(TALLY_VOTED)})\s+(\d{{1,3}})(?![\d%]|[.,]\d)[^\d.;%]{{0,40}}?"
        rf"(?:{'|'.join(TALLY_AGAINST)})\W{{0,4}}{_SECOND}",  # "за проголосовали 392 депутата, против — 12"
    )
)
MATCH_MINUTE = re.compile(
    r"(?<!\w)(?:" + "|".join(map(re.escape, MINUTE_BEFORE)) + r")\s+(\d{1,3})(?![\d]|[.,:]\d)", re.IGNORECASE
)
MAX_DAY = 31
SCORE_CONTEXT_BEFORE, SCORE_CONTEXT_AFTER = 60, 25
AGE_BEFORE_WORDS = longest_first(AGE_BEFORE)
AGE_BEFORE_ALONE_WORDS = longest_first(AGE_BEFORE_ALONE)
DYING_REACH = 60
"""How far before an age after "a los" a verb of dying is looked for, within the sentence."""
SENTENCE_BREAK = re.compile(r"[.;!?\n]")
GLUED = [(re.compile(pattern), kind, unit) for pattern, kind, unit in GLUED_FORMS]
ORDINAL_AFTER = {language: re.compile(pattern) for language, pattern in ORDINAL_SUFFIXES.items()}


@dataclass(frozen=True, slots=True)
class NumberMention:
    value: float
    start: int
    end: int
    surface: str
    kind: str  # one of KINDS
    unit: str | None = None
    qualifier: str | None = None
    value_high: float | None = None  # upper end of a range ("10,000–15,000")
    ambiguous_separator: bool = False

    @property
    def exact(self) -> bool:
        return self.qualifier is None and self.value_high is None


# --- forms read as a whole: race times, scores, clock times, numeric dates -------------------------------------


def find_patterned(text: str, language: str | None) -> list[NumberMention]:
    found: list[NumberMention] = []

    def add(start: int, end: int, value: float, kind: str, unit: str | None = None) -> None:
        if not any(m.start < end and start < m.end for m in found):
            found.append(NumberMention(value, start, end, text[start:end], kind, unit))

    for match in HOURS_MINUTES_SECONDS.finditer(text):
        hours, minutes, seconds = (int(g) for g in match.groups()[:3])
        if _clock_word_before(text, match.start()) and hours < 24:
            add(*match.span(), hours + minutes / 60, "time")
        else:
            fraction = float("0." + match.group(4)) if match.group(4) else 0.0
            add(*match.span(), hours * 3600 + minutes * 60 + seconds + fraction, "duration", "seconds")
    for match in HOURS_MINUTES_WORDS.finditer(text):
        hours, minutes, seconds = (int(g or 0) for g in match.groups())
        add(*match.span(), hours * 3600 + minutes * 60 + seconds, "duration", "seconds")
    for match in MINUTES_SECONDS_FRACTION.finditer(text):
        minutes, seconds, fraction = match.groups()
        add(*match.span(), int(minutes) * 60 + int(seconds) + float("0." + fraction), "duration", "seconds")
    for match in SCORE.finditer(text):
        first, separator, second = match.groups()
        colon = ":" in separator
        if colon and len(second) == 2 and int(first) < 24 and int(second) < 60:
            is_score = _score_context(text, match.start(), match.start()) and not _clock_word_before(
                text, match.start()
            )
        elif not _no_unit(text, match):
            is_score = False  # "3-5 days", "10-15 %": a range
        else:
            short = len(first) < 3 and len(second) < 3
            is_score = (
                (colon and len(second) == 1)
                or _score_context(text, match.start(), match.end())
                or (short and not colon and int(first) > int(second))
            )
        if is_score:
            add(*match.span(), float(first), "score")
    for match in _one_in(language).finditer(text) if language in ONE_IN else ():
        if (share := _share(match.group("n"), language)) is not None:
            add(*match.span(), share, "percent", "percent")
    for match in MATCH_MINUTE.finditer(text):
        add(*match.span(1), float(match.group(1)), "time")
    for tally in TALLIES:
        for match in tally.finditer(text):
            add(match.start(1), match.end(2), float(match.group(1)), "score")
    for match in TIME_SPAN.finditer(text):
        for hour, minute in (("a", "am"), ("b", "bm")):
            add(match.start(hour), match.end(minute) if match.group(minute) else match.end(hour),
                int(match.group(hour)) + int(match.group(minute) or 0) / 60, "time")  # fmt: skip
    for pattern in (UHR_TIME, UUR_TIME, LOCAL_TIME, H_TIME, COLON_TIME, AM_PM_TIME):
        for match in pattern.finditer(text):
            hour, minute = int(match.group(1)), int(match.group(2) or 0)
            if pattern is AM_PM_TIME:
                if language not in (None, "en"):
                    continue
                hour = hour % 12 + (12 if match.group(3).lower() == "p" else 0)
            add(*match.span(), hour + minute / 60, "time")
    for match in CLOCK_TIME.finditer(text):
        words = text[match.start() : match.start("hour")].strip().lower()
        if match.group("minute") is not None and "." in text[match.end("hour") : match.start("minute")]:
            if words not in DOT_CLOCK_WORDS:
                continue  # "at 14.30" may be a price; "alle 14.30" is a time
        elif (
            match.group("minute") is None
            and "h" not in text[match.end("hour") : match.end()].lower()
            and words not in ("godz.", "godzinie", "a las", "às", "alle", "alle ore", "dalle", "dalle ore")
        ):
            continue
        start = match.start("hour")
        add(start, match.end(), int(match.group("hour")) + int(match.group("minute") or 0) / 60, "time")
    for match in NUMERIC_DATE.finditer(text):
        if match.group("iso_year"):
            month, day = int(match.group("iso_month")), int(match.group("iso_day"))
        else:
            a, b = int(match.group("a")), int(match.group("b"))
            day, month = (b, a) if language == "en" and match.group("sep") == "/" and b > 12 else (a, b)
        if 1 <= month <= 12 and 1 <= day <= MAX_DAY:
            add(*match.span(), float(day), "date")
    return found


@cache
def _one_in(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){ONE_IN[language]}(?!\w)", re.IGNORECASE)


def _share(denominator: str, language: str) -> float | None:
    """The percentage that "one in `denominator`" is: "five" or "5" → 20.0; None when it is no number from 2 to
    1,000 ("un match sur penalty")."""
    if denominator.isdigit():
        value = float(denominator)
    else:
        spelled = find_spelled(denominator, language)
        if len(spelled) != 1 or (spelled[0].start, spelled[0].end) != (0, len(denominator)):
            return None
        value = spelled[0].value
    return round(100 / value, 1) if 2 <= value <= 1000 else None


def _clock_word_before(text: str, start: int) -> bool:
    head = text[max(0, start - 12) : start].lower().split()
    return bool(head) and head[-1] in CLOCK_BEFORE


def _score_context(text: str, start: int, end: int) -> bool:
    around = text[max(0, start - SCORE_CONTEXT_BEFORE) : start].lower() + " " + text[end : end + SCORE_CONTEXT_AFTER]
    return any(word in around.lower() for word in SCORE_WORDS)


def _no_unit(text: str, match: re.Match[str]) -> bool:
    """ "5-3" with no unit after it is a result; "3-5 days" is a range."""
    unit, _ = word_after(text, match.end(), UNIT_WORDS + SCALE_WORDS, glued=True)
    return unit is None


# --- around digits and number words: ordinals, days of month, glued units, ages ----------------------------------


def ordinal_or_date(text: str, start: int, end: int, language: str | None, is_year: bool) -> NumberMention | None:
    """ "3rd", "3e", "1er mars", "3º", "3-й", "die 3. Runde", "am 4. März", "5th November"."""
    value = float(text[start:end])
    suffix_end = None
    for lang in (language,) if language in ORDINAL_AFTER else ORDINAL_AFTER:
        if (suffix := ORDINAL_AFTER[lang].match(text, end)) is not None:
            suffix_end = suffix.end()
            break
    if suffix_end is None and text.startswith(".", end) and language in ("de", "pl", None) and not is_year:
        after = text[end + 1 : end + 2 + SNIPPET]
        if _month_at(after.lstrip(), language) is not None and value <= MAX_DAY:
            return _mention(text, start, end + 1, value, "date")
        previous = text[max(0, start - 12) : start].lower().split()[-1:]
        next_word = WORD.match(after.lstrip())
        if next_word and (
            (language in ("pl", "de") and next_word.group()[0].islower())  # "als 3. ins Ziel": no sentence ends there
            or (previous and previous[0] in ORDINAL_DOT_BEFORE)
        ):
            return _mention(text, start, end + 1, value, "ordinal")
        return None
    if suffix_end is None:
        return None
    if is_year:
        return None  # "в 2023-м" is a year
    if value <= MAX_DAY and next_to_month(text, start, suffix_end, language):
        return _mention(text, start, suffix_end, value, "date")
    if text[suffix_end : suffix_end + 1].isalpha():
        return None
    return _mention(text, start, suffix_end, value, "ordinal")


def _mention(text: str, start: int, end: int, value: float, kind: str, unit: str | None = None) -> NumberMention:
    return NumberMention(value, start, end, text[start:end], kind, unit)


def glued_form(text: str, end: int) -> tuple[str, str, int] | None:
    """Hyphenated and glued forms: "72-hour", "45-year-old", "24-stündiger", "37-летний", "45-latek", "37enne"."""
    for pattern, kind, unit in GLUED:
        if (match := pattern.match(text, end)) is not None:
            if kind == "age" and _period_noun_after(text, match.end()):
                return "duration", "years", match.end()
            return kind, unit, match.end()
    return None


def _after_dying(text: str, position: int) -> bool:
    """A verb of dying before `position` in its sentence: "Murió el escritor Juan Pérez a los 85"."""
    sentence = SENTENCE_BREAK.split(text[max(0, position - DYING_REACH) : position])[-1]
    return any(word.group().lower() in DYING_WORDS for word in WORD.finditer(sentence))


def _period_noun_after(text: str, position: int) -> bool:
    following = WORD.search(text, position, position + SNIPPET)
    return following is not None and following.group().lower().startswith(PERIOD_NOUNS)


def read_age(text: str, start: int, end: int, kind: str, unit: str | None, value: float) -> tuple[str, str | None, int]:
    """Ages: "aged 45", "w wieku 45 lat", "45 years old", "una mujer de 37 años", "Marie, 37 ans", "murió a los 85"
    (not "a los ocho mineros"), and a bare number set off by commas after a name: "Tiago Mourão, 22, joins"."""
    if kind not in ("count", "duration") or (kind == "duration" and unit != "years") or value > 130:
        return kind, unit, end
    head = text[max(0, start - 24) : start].lower().rstrip()
    if any(head.endswith(phrase) and _word_boundary_before(head, phrase) for phrase in AGE_BEFORE_WORDS):
        return "age", "years", end
    if (unit == "years" or _after_dying(text, start)) and any(
        head.endswith(phrase) and _word_boundary_before(head, phrase) for phrase in AGE_BEFORE_ALONE_WORDS
    ):
        return "age", "years", end
    if unit is None and value == int(value) and text.startswith(",", end) and NAME_COMMA.search(text, 0, start):
        return "age", "years", end
    if unit != "years":
        return kind, unit, end
    tail = text[end : end + 12].lower().lstrip()
    if tail.startswith(AGE_AFTER) and not LETTER.match(tail[len(next(a for a in AGE_AFTER if tail.startswith(a))) :]):
        after = next(a for a in AGE_AFTER if tail.startswith(a))
        return "age", "years", text.lower().index(after, end) + len(after)
    words = head.split()
    if words and words[-1] in ("de", "di", "d'"):
        words = words[:-1]
    if head.endswith(",") or (words and words[-1].strip(",") in PERSON_NOUNS):
        return "age", "years", end
    return kind, unit, end


def _word_boundary_before(head: str, phrase: str) -> bool:
    position = len(head) - len(phrase)
    return position == 0 or not LETTER.match(head[position - 1])


# --- months ---------------------------------------------------------------------------------------------------------


@cache
def _months(language: str | None) -> dict[str, int]:
    """Month names and abbreviations → month number, in every grammatical form Babel's CLDR data has."""
    from babel.dates import get_month_names

    months: dict[str, int] = {}
    for locale in (language,) if language in LANGUAGES else LANGUAGES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale).items():
                    name = name.lower().rstrip(".")
                    if len(name) >= 3:
                        months.setdefault(name, number)
    if language in ("en", None):
        months.setdefault("sept", 9)
    return months


def counted_like_a_year(text: str, start: int, end: int, language: str | None) -> bool:
    """A number that would be a year of the 19th century (before RECENT_YEARS) between a verb and the noun it counts
    is a count ("Velaris streicht 1850 Stellen", "corta 1850 empregos"), in the languages that write a year after
    the noun it qualifies. Without parts of speech, a verb is read as a lower-case word before it that is no function
    word, preposition or month, and a noun as a word after it that is no function word, unit or month ("en mars 1850
    les prix", "ab 1850 Menschen", "в 1850 году" stay years).
    A later year stays a year: without parts of speech, "überfiel 1939 Polen" and "le budget 2024 prévoit" read like
    "streicht 1850 Stellen"."""
    if language in YEAR_BEFORE_NOUN or int(text[start:end]) >= RECENT_YEARS:
        return False
    before, after = WORD_BEFORE_NUMBER.search(text[max(0, start - SNIPPET) : start]), WORD_AFTER_NUMBER.match(text, end)
    if before is None or after is None:
        return False
    previous, following = before.group(1), after.group(1).lower()
    months = _months(language)
    return (
        previous.islower()
        and previous not in FUNCTION_WORDS
        and previous not in YEAR_PREPOSITIONS
        and previous not in months
        and following not in FUNCTION_WORDS
        and following not in UNITS_AFTER
        and following not in months
    )


def _month_at(snippet: str, language: str | None) -> int | None:
    word = WORD.match(snippet)
    if word is None:
        return None
    if language == "en" and not word.group()[0].isupper():
        return None  # "5 may be": English months are capitalised
    return _months(language).get(word.group().lower())


def next_to_month(text: str, start: int, end: int, language: str | None) -> bool:
    """A day of month: "5 November", "am 4. März", "3 de junio", "le 3 mars", "4 марта", "November 5"; also the
    first day of a span of days: "1–3 października", "2 tot en met 6 oktober"."""
    return month_of_day(text, start, end, language) is not None


def month_of_day(text: str, start: int, end: int, language: str | None) -> int | None:
    """The month (1–12) named next to the day of month at `start`–`end`, as `next_to_month` reads it."""
    after = _after_day(text, end)
    if span := NEXT_DAY.match(after):
        after = after[span.end() :]
    for link in ("de ", "of ", "do ", "di "):
        if after.lower().startswith(link):
            after = after[len(link) :]
            break
    if (month := _month_at(after, language)) is not None or language not in ("en", None):
        return month
    before = MONTH_BEFORE_DAY.search(text, max(0, start - 30), start)  # "June 3", "Nov. 5"; not "November, 12 died"
    if before is None or MONTH_AS_PERIOD.search(text, max(0, before.start() - 12), before.start()):
        return None  # "In February 12 people died": the month is a period, the number counts
    return _month_at(before.group(1), language)


def in_span_of_days(text: str, start: int, end: int) -> bool:
    """The day is one end of a span of days ("1–3 października", "van 2 tot en met 6 oktober", "October 1-3"): a
    survey's fieldwork, a festival, not the day something happened."""
    return bool(DAY_SPAN.match(_after_day(text, end))) or bool(
        SPAN_BEFORE_DAY.search(text, max(0, start - SNIPPET), start)
    )


def _after_day(text: str, end: int) -> str:
    """What follows a day of month, past its dot and spaces ("4. März", "3 de junio")."""
    return text[end : end + SNIPPET].lstrip(". \u00a0")
