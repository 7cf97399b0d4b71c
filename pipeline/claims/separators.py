"""Digits and their separators → one float: `182,000`, `182 000` (also U+00A0/U+202F/U+2009), `182.000`, `182'000`,
`1,2`, `4.75`. A module of its own because this is where a number's language changes its value: the same `182.000`
is 182 thousand in German and 182 in English.

Separator rule (the ambiguity is kept explicit in `NumberMention.ambiguous_separator`):
- space, no-break space, thin space and apostrophe only ever group thousands;
- with both `,` and `.`, the last one is the decimal mark;
- one kind repeated (`1.234.567`) groups thousands;
- one occurrence with other than three digits after it (`1,2`, `4.75`) is a decimal mark;
- one occurrence with exactly three digits after it (`182,000`, `182.000`) is read with the article language's
  convention: the language's thousands mark groups; the language's decimal mark is ambiguous and is resolved as a
  decimal when a scale word follows (`1,200 Mio.` = 1.2 million) and as thousands otherwise (`182,000 Deserteure`).
"""

from __future__ import annotations

import re

from pipeline.claims.lexicon import DECIMAL_COMMA_LANGUAGES

GROUP_SPACES = " \u00a0\u202f\u2009'’"
CORE = re.compile(
    r"(?<![\w.,])(?<!\w-)"
    r"(?:\d{1,3}(?P<sep>[,.'’\u00a0\u202f\u2009 ])\d{3}(?!\d)(?:(?P=sep)\d{3}(?!\d))*(?:[.,]\d+)?"
    r"|\d+(?:[.,]\d+)?)"
)
RANGE_SECOND = re.compile(CORE.pattern.replace(r"(?<![\w.,])(?<!\w-)", "", 1))
NON_DIGIT = re.compile(r"\D")


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
