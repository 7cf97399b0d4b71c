"""Numeric mentions in an article: the number and its kind, what it counts, the year it refers to, and where it is.

The subject is what the lexicon recognises nearest to the number in the same sentence (a unit such as
`tonnes` binds tighter than any noun); when the lexicon knows no word there, it is the counted noun itself: the
first content word after the number in its clause, read per language (English and German skip adjectives before
the noun: "3,000 foreign tourists", "300 ukrainische Gefangene"; Russian, Ukrainian and Polish skip adjective
forms before it: "286 народных депутатов"), kept as written, for the analyst to read: claims are grouped by the
articles that state them, not by the counted word, which outlets vary ("1.200 Stellen", "1.200 Beschäftigte").

The year is a year written right after the number ("182,000 in 2024"), else the nearest year in the sentence not
already bound to another number, else the publication year when the sentence says "this year" in any supported
language. Only counts, money, measures and percentages take a year; dates, times, ages, durations, ordinals and
scores are kept with their kind and no year.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from pipeline.claims.kinds import CLAIM_KINDS, NumberMention, next_to_month
from pipeline.claims.lexicon import FUNCTION_WORDS, INCLUDING, SUBJECTS, THIS_YEAR, TOLD_AS_UPDATE, UNITS_AFTER
from pipeline.claims.numbers import find_numbers
from pipeline.ids import mention_id
from pipeline.text import sentence_span

EXTRACTION_RULES = "extract-s40"
"""The version of this module's rules (and of `numbers`, `kinds`, the lexicon and its data): change it with them. A
warehouse whose articles were scanned under other rules scans them again on its next run (`claims.stage`)."""
CLAUSE_BREAK = re.compile(r"[;:()]|,(?!\d)|\s(?:and|и|та|і|й|und|et|i|y|e|a|oraz|ed)\s", re.IGNORECASE)
"""Where the parallel parts of "10,000 in 2022 and 25,000 in 2023" split (`_bind_years`)."""
AND_BY_LANGUAGE = {
    "en": "and",
    "de": "und",
    "fr": "et",
    "es": "y|e",
    "it": "e|ed",
    "pt": "e",
    "pl": "i|oraz",
    "ru": "и",
    "uk": "і|й|та",
    "nl": "en",
}
"""The word "and" in each language: it ends what a number counts ("killing four people and injuring 12", "4 doden en
9 gewonden"). Only in its own language: "en" is "in" in French and Spanish, "i" is "the" in Italian."""
TOKEN = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
SUBJECT_WINDOW_TOKENS = 8
NUMBER_LIKE = re.compile(r"\d[\d\s.,'’\u00a0\u202f]*")
MIN_SUBJECT_LETTERS = 4
GENERIC_CONCEPTS = frozenset({"soldiers"})
FIELDS = ("title", "summary")
YEAR_KINDS = frozenset({"count", "money", "measure", "percent"})
CLAUSE_END = re.compile(r"[,;:()\[\]—–!?\n\"«»“”]|\.(?:\s|$)")
NOUN_WINDOW_TOKENS = 4
MIN_NOUN_LETTERS = 3
LOWER_CASE_NOUNS = frozenset({"fr", "es", "it", "pt", "ru", "uk"})
"""Languages that write common nouns in lower case: a capitalised word a preposition away from a number is a name
there ("2,9 miliardi per Veltrop"), not what the number counts (`_name_after_a_function_word`)."""
ADJECTIVE_ENDINGS = {
    "ru": ("ых", "их", "ые", "ие", "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ую", "юю", "ым", "им"),
    "uk": ("их", "их", "і", "ий", "ій", "а", "я", "е", "є", "у", "ю", "ім", "им"),
    "pl": ("ych", "ich", "e", "y", "i", "a", "ą", "ym", "im", "ej"),
}


@dataclass(frozen=True, slots=True)
class ClaimMention:
    mention_id: str
    article_id: str
    field: str
    start_offset: int
    end_offset: int
    surface_text: str
    value: float
    value_high: float | None
    kind: str
    unit: str | None
    exact: bool
    qualifier: str | None
    ambiguous_separator: bool
    subject: str | None  # the counted word as written: "дезертиров", "Deserteure"
    subject_concept: str | None  # its lexicon concept: "deserters"
    year: int | None
    sentence: str
    language: str | None


def extract_mentions(
    article_id: str, title: str, summary: str, language: str | None, published_year: int
) -> list[ClaimMention]:
    """Every quantity in the title and summary (years excluded: they qualify quantities, they are not claims)."""
    mentions: list[ClaimMention] = []
    for field, text in zip(FIELDS, (title, summary), strict=True):
        in_field: list[ClaimMention] = []
        numbers = find_numbers(text, language)
        years = [n for n in numbers if n.kind == "year"]
        quantities = [n for n in numbers if n.kind != "year" and math.isfinite(n.value)]  # "10^400" is no claim
        bound = _bind_years(text, [q for q in quantities if q.kind in YEAR_KINDS], years)
        for number in quantities:
            sentence = _sentence_around(text, number.start)
            subject, concept = _subject(text, number, language, numbers)
            year = (
                bound.get(number.start) or _free_year(number, years, bound, text, published_year)
                if number.kind in YEAR_KINDS
                else None
            )
            low_end = ClaimMention(
                mention_id=mention_id(article_id, field, number.start),
                article_id=article_id,
                field=field,
                start_offset=number.start,
                end_offset=number.end,
                surface_text=number.surface,
                value=number.value,
                value_high=number.value_high,
                kind=number.kind,
                unit=number.unit,
                exact=number.exact,
                qualifier=number.qualifier,
                ambiguous_separator=number.ambiguous_separator,
                subject=subject,
                subject_concept=concept,
                year=year,
                sentence=sentence,
                language=language,
            )
            in_field.append(low_end)
            if number.value_high is not None and number.kind in CLAIM_KINDS:  # "40 bis 60": 60 travels too
                high_id = mention_id(article_id, field, number.start, high_end=True)
                in_field.append(replace(low_end, mention_id=high_id, value=number.value_high, value_high=None))
        mentions.extend(_inherit_within_sentences(text, in_field))
    return _inherit_currency(mentions)


COUNTED_NEXT = re.compile(
    r"\s+(?:(?:and|to|und|bis|et|à|y|e|a|i|en|tot|do|и|і|до)\s+\d[\d.,]*\s*[^\W\d_]+\.?\s+)?"  # "1.5 million and 2 million …"
    r"(?P<partitive>(?:de|di|of|van)\s+|d['’])?(?P<word>[^\W\d_]+)",
    re.IGNORECASE,
)
PARTITIVE_AFTER_MILLIONS = frozenset({"es", "pt", "it", "fr"})
"""Languages whose words for a million and up are nouns that take "de"/"di" before what they count ("1,5 millones de
personas", "2 milioni di persone"): without it ("pagar 12,5 millones a los viticultores", "invertirá 420 millones
tras …") the word after them is not what they count. Their thousands take none ("140 mil pessoas", "12 mila
persone"), nor do abbreviations ("2 mln persone"): `_names_millions`."""
THOUSANDS = frozenset({"mil", "mila", "mille"})


def _names_millions(scale: str) -> bool:
    """A scale written as a noun for millions or more ("millones", "milioni", "milliards"), not thousands nor an
    abbreviation ("mln", "mld", "M€": "2 mln persone" counts people)."""
    return len(scale) > 3 and not scale.endswith(".") and scale not in THOUSANDS


SCALE_TAIL = re.compile(r"(?<=[\d\s])[^\W\d_]+\.?")
SCALED_AMOUNT = 1_000_000  # from a million up, a bare scaled figure in the news is usually money


def scaled(mention: ClaimMention) -> bool:
    """A scale word stands for some of its digits ("18 miliardi", "1,3 тыс."): fewer digits are written than the
    value has."""
    written = sum(character.isdigit() for character in mention.surface_text)
    return written < len(str(round(abs(mention.value))))


def bare_amount(mention: ClaimMention) -> bool:
    """A large scaled count that counts nothing the lexicon knows ("18 miliardi", "3,8 milliards", "1.200 millones
    para sanidad"): an amount whose currency may have been left out. Not one that a noun right after it counts
    ("1.5 million households", "26 milioni di famiglie")."""
    return (
        mention.kind == "count"
        and mention.unit is None
        and mention.subject_concept is None
        and abs(mention.value) >= SCALED_AMOUNT
        and scaled(mention)
        and not _counts_what_follows(mention)
    )


def _counts_what_follows(mention: ClaimMention) -> bool:
    """The counted word stands right after the number, or after a partitive "de", "di", "of", "van", "d'", or after
    the high end of its range ("between 1.5 million and 2 million customers") (and is no month: "1,4 miliardi di
    luglio" is July's); after a word for millions in the languages that need one, only after the partitive
    (`PARTITIVE_AFTER_MILLIONS`)."""
    at = _in_sentence(mention)
    if mention.subject is None or at is None:
        return False
    following = COUNTED_NEXT.match(mention.sentence, at.end())
    if following is None or (
        mention.language in PARTITIVE_AFTER_MILLIONS
        and following.group("partitive") is None
        and _names_millions(_scale_word(mention))
    ):
        return False
    return following.group("word") == re.split("['’]", mention.subject)[-1] and not next_to_month(
        mention.sentence, at.start(), at.end(), mention.language
    )


UPDATE_LOOK_BACK = 80
"""Characters before a figure that may hold the words telling it as an update ("Zahl der Toten steigt auf")."""


def update_wording(mention: ClaimMention) -> str | None:
    """The words that tell the figure as an update of an earlier one, with the figure: "rises to 41", "sube a 58",
    "уже 11", "Al 112" (`lexicon.TOLD_AS_UPDATE`); None when nothing does."""
    pattern = TOLD_AS_UPDATE.get(mention.language or "")
    at = _in_sentence(mention)
    if pattern is None or at is None:
        return None
    told = pattern.search(mention.sentence, max(0, at.start() - UPDATE_LOOK_BACK), at.start())
    return None if told is None else mention.sentence[told.start() : at.end()]


def _in_sentence(mention: ClaimMention) -> re.Match[str] | None:
    """Where the mention's surface stands in its sentence (not inside a longer number: "2 million" in "£12 million")."""
    return re.search(rf"(?<![\d.,]){re.escape(mention.surface_text)}", mention.sentence)


def _inherit_currency(mentions: list[ClaimMention]) -> list[ClaimMention]:
    """ "18.000 millones de euros … 1.200 millones para sanidad": a bare amount in an article that states money in one
    currency is money in that currency, whatever word follows it (here what the money is for)."""
    currencies = {m.unit for m in mentions if m.kind == "money"}
    if len(currencies) != 1:
        return mentions
    (currency,) = currencies
    return [replace(m, kind="money", unit=currency) if bare_amount(m) else m for m in mentions]


@lru_cache(maxsize=65_536)
def concept_of(word: str) -> str | None:
    lowered = word.lower()
    for concept, stems in SUBJECTS.items():
        for stem in stems:
            if (lowered == stem[:-1]) if stem.endswith("$") else lowered.startswith(stem):
                return concept
    return None


def _subject(
    text: str, number: NumberMention, language: str | None = None, numbers: Sequence[NumberMention] = ()
) -> tuple[str | None, str | None]:
    """Nearest lexicon word in the same sentence, looking after the number first (most languages put it there);
    else the counted noun after the number (`_counted_noun`). Only the words about this number of the text's
    `numbers` are looked at:
    - after it, up to the next number or the next "and" of its language ("killing four people and injuring 12",
      "zwölf Menschen, 30 wurden verletzt": the twelve are not injured), and up to a clause break unless it opens or
      closes an "including" aside (`_in_aside`): in "kills six, injures 41" the six are not injured;
    - before it, back to the clause of the number before it (in "4 загиблих, 9 поранених" and "vier Tote, neun
      Verletzte" the dead are counted by the 4), and not at all when a noun of its own that the lexicon does not know
      follows it and another number comes before it in its sentence ("Los cinco fallecidos son cuatro vecinos": the
      four are neighbours, not dead; but "Погибли 12 человек": the twelve died).

    Specific concepts win over generic ones ("182,000 soldiers deserted" counts deserters, not soldiers).
    """
    sentence_start, sentence_end = sentence_span(text, number.start)
    following = _words_about(text, number, numbers, sentence_end)
    and_word = _and_break(language).search(text, number.end, following)
    after = list(TOKEN.finditer(text, number.end, and_word.start() if and_word else following))
    after = after[:SUBJECT_WINDOW_TOKENS]
    before: list[re.Match[str]] = []
    own_noun = after and _is_content(after[0].group()) and not text[number.end : after[0].start()].strip()
    after_previous = _previous_clause_end(text, numbers, number, language)
    if not (own_noun and concept_of(after[0].group()) is None and after_previous > sentence_start):
        before = list(TOKEN.finditer(text, max(sentence_start, after_previous), number.start))
        before = before[-SUBJECT_WINDOW_TOKENS:][::-1]
    clause_break = _clause_break(language).search(text, number.end, after[-1].end()) if after else None
    if clause_break and not _in_aside(text, number, clause_break, sentence_start):
        after = [token for token in after if token.start() < clause_break.end()]
    for wanted in (lambda c: c not in GENERIC_CONCEPTS, lambda c: c in GENERIC_CONCEPTS):
        for distance in range(SUBJECT_WINDOW_TOKENS):
            for tokens in (after, before):
                if distance < len(tokens) and (concept := concept_of(tokens[distance].group())) and wanted(concept):
                    return tokens[distance].group(), concept
    return _counted_noun(text, number, language, sentence_end), None


INCLUDING_ASIDE = re.compile(
    r"[,(—–]\s*(?:" + "|".join(re.escape(w) for w in sorted(INCLUDING, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
ASIDE_END = re.compile(r"[,)—–]")
ASIDE_REACH = 24  # characters back from a number to the "including" that opens its aside


def _in_aside(text: str, number: NumberMention, clause_break: re.Match[str], sentence_start: int) -> bool:
    """The clause break after `number` opens an "including" aside, or closes one that the number opens ("12 people,
    including three children, were killed": the words after the aside are the twelve's and the three's)."""
    if INCLUDING_ASIDE.match(text, clause_break.start()):
        return True
    opener = INCLUDING_ASIDE.search(text, max(sentence_start, number.start - ASIDE_REACH), number.start)
    return opener is not None and not text[opener.end() : number.start].strip()


def _words_about(text: str, number: NumberMention, numbers: Sequence[NumberMention], sentence_end: int) -> int:
    """Where the words after `number` that may say what it counts end, within its sentence: at the next number,
    unless that number is in an aside that opens with "including" ("12 people, including three children, were
    killed": the words after the aside are the twelve's too)."""
    following = _next_number(numbers, number.end, sentence_end)
    if following >= sentence_end or INCLUDING_ASIDE.search(text, number.end, following) is None:
        return following
    closing = ASIDE_END.search(text, following, sentence_end)
    return sentence_end if closing is None else _next_number(numbers, closing.end(), sentence_end)


def _next_number(numbers: Sequence[NumberMention], position: int, sentence_end: int) -> int:
    """Where the first of `numbers` at or after `position` starts, within its sentence."""
    return min((n.start for n in numbers if position <= n.start < sentence_end), default=sentence_end)


@cache
def _and_break(language: str | None) -> re.Pattern[str]:
    """The language's "and" between words (`AND_BY_LANGUAGE`); for a text of unknown language, the words that mean
    "and" in every supported language that has them."""
    words = AND_BY_LANGUAGE.get(language or "", "and|und|et|oraz|и|та|ed")
    return re.compile(rf"\s(?:{words})\s", re.IGNORECASE)


@cache
def _clause_break(language: str | None) -> re.Pattern[str]:
    """Punctuation that ends a clause, or the language's "and"."""
    return re.compile(rf"[;:()]|,(?!\d)|{_and_break(language).pattern}", re.IGNORECASE)


def _previous_clause_end(
    text: str, numbers: Sequence[NumberMention], number: NumberMention, language: str | None
) -> int:
    """Where the words that the number before `number` counts end: at the clause break after it ("vier Tote, neun
    …", "4 doden en 9 …"), or at that number itself when no break comes before `number` ("from 4 dead to 9"). 0 for
    the first."""
    previous = max((n.end for n in numbers if n.end <= number.start), default=0)
    if not previous:
        return 0
    boundary = _clause_break(language).search(text, previous, number.start)
    return boundary.end() if boundary else previous


def _counted_noun(text: str, number: NumberMention, language: str | None, sentence_end: int) -> str | None:
    """The noun a number counts, as written, from the words after it in its clause: "46 000 évacués", "3,000 foreign
    tourists", "286 народных депутатов", "vier Verletzte". None when the clause has no content word after it."""
    clause = CLAUSE_END.search(text, number.end, sentence_end)
    end = clause.start() if clause else sentence_end
    window = list(TOKEN.finditer(text, number.end, end))[:NOUN_WINDOW_TOKENS]
    content = [t for t in window if _is_content(t.group())]
    if not content:
        return None
    first = content[0]
    if language in LOWER_CASE_NOUNS and _name_after_a_function_word(text, number.end, first):
        return None
    if language == "de":
        return next((t.group() for t in content[:3] if t.group()[0].isupper()), first.group())
    if language in (None, "en") and len(content) > 1 and _adjacent(text, first, content[1]):
        word, following = first.group().lower(), content[1].group().lower()
        if not word.endswith("s") and following.endswith("s") and not following.endswith("ss"):
            return content[1].group()
    if language in ADJECTIVE_ENDINGS:
        chosen = first
        for following in content[1:3]:
            if not (
                chosen.group().lower().endswith(ADJECTIVE_ENDINGS[language]) and _adjacent(text, chosen, following)
            ):
                break
            chosen = following
        return chosen.group()
    return first.group()


def _name_after_a_function_word(text: str, end: int, word: re.Match[str]) -> bool:
    """A capitalised word (not an acronym) that a function word separates from the number is a name: "2,9 miliardi
    per Veltrop", "12 millions d'euros à Kestrel". Right after the number it is what is counted: "300 Français",
    "40 ONG", "40 Шахедів"."""
    written = word.group()
    return written[0].isupper() and not written.isupper() and bool(TOKEN.search(text, end, word.start()))


def _adjacent(text: str, first: re.Match[str], second: re.Match[str]) -> bool:
    return text[first.end() : second.start()].strip() == ""


def _is_content(word: str) -> bool:
    lowered = word.lower()
    return len(lowered) >= MIN_NOUN_LETTERS and lowered not in FUNCTION_WORDS and lowered not in UNITS_AFTER


def _bind_years(text: str, quantities: list[NumberMention], years: list[NumberMention]) -> dict[int, int]:
    """Pair years with quantities clause by clause, closest pairs first.

    Clauses split at commas and "and" in every supported language, which separates the parallel parts of
    "10,000 in 2022 and 25,000 in 2023" and "в 2022 году — около 10 тыс., в 2023-м — 25 тыс." alike.
    """
    bound: dict[int, int] = {}
    used_years: set[int] = set()
    clauses = _clause_spans(text)
    for clause_start, clause_end in clauses:
        clause_years = [y for y in years if clause_start <= y.start < clause_end]
        clause_quantities = [q for q in quantities if clause_start <= q.start < clause_end]
        pairs = sorted(
            (abs(y.start - q.start), q.start, y.start, int(y.value)) for y in clause_years for q in clause_quantities
        )
        for _distance, quantity_start, year_start, year in pairs:
            if quantity_start not in bound and year_start not in used_years:
                bound[quantity_start] = year
                used_years.add(year_start)
    return bound


def _clause_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for boundary in CLAUSE_BREAK.finditer(text):
        spans.append((start, boundary.start()))
        start = boundary.end()
    spans.append((start, len(text)))
    return spans


def _inherit_within_sentences(text: str, mentions: list[ClaimMention]) -> list[ClaimMention]:
    """Ellipsis: in "10,000 deserters in 2022, 25,000 in 2023" the second number counts deserters too; in "4.2
    million tonnes, up from 3.1 million" and "20 тис. грн, у Києві — 30 тис." the second is tonnes and hryvnias. Not
    a number with words of its own: in "vier Tote, neun Obdachlose" the nine are not dead, nor in "Погибли 12 человек,
    повреждены 9 многоэтажных домов" the nine houses."""
    result: list[ClaimMention] = []
    for mention in map(lambda m: _unit_by_ellipsis(text, m, mentions), mentions):
        previous = next(
            (
                m
                for m in reversed(result)
                if m.subject_concept
                and (m.kind, m.unit) == (mention.kind, mention.unit)
                and sentence_span(text, m.start_offset) == sentence_span(text, mention.start_offset)
            ),
            None,
        )
        if mention.subject_concept is None and previous is not None and not _noun_follows(mention):
            mention = replace(mention, subject=previous.subject, subject_concept=previous.subject_concept)
        result.append(mention)
    return result


def _noun_follows(mention: ClaimMention) -> bool:
    """A content word stands right after the number: it has words of its own ("neun Obdachlose", "9 многоэтажных
    домов"), it is no ellipsis."""
    at = _in_sentence(mention)
    word = TOKEN.match(mention.sentence, at.end() + 1) if at and mention.sentence.startswith(" ", at.end()) else None
    return word is not None and _is_content(word.group())


def _unit_by_ellipsis(text: str, mention: ClaimMention, mentions: list[ClaimMention]) -> ClaimMention:
    """A scaled count with no noun of its own after it takes the unit of an earlier money or measure figure of the
    same scale word in its sentence ("4.2 million tonnes … up from 3.1 million"). One that the lexicon says counts
    something takes only a measure of that same thing ("eksport zboża wzrósł do 4,2 mln ton … z 3,1 mln": grain, both),
    never money ("4.2 million euros for refugees, while refugees reached 3.1 million")."""
    if mention.kind != "count" or mention.unit is not None or not scaled(mention) or _counts_what_follows(mention):
        return mention
    scale = _scale_word(mention)
    sentence = sentence_span(text, mention.start_offset)
    earlier = next(
        (
            m
            for m in reversed(mentions)
            if m.start_offset < mention.start_offset
            and m.kind in ("money", "measure")
            and scaled(m)
            and _scale_word(m) == scale
            and sentence_span(text, m.start_offset) == sentence
            and (
                mention.subject_concept is None or m.kind == "measure" and m.subject_concept == mention.subject_concept
            )
        ),
        None,
    )
    return mention if earlier is None else replace(mention, kind=earlier.kind, unit=earlier.unit)


def _scale_word(mention: ClaimMention) -> str:
    """The word after the last digit that scales them ("million", "тис."; "mil" in "Más de 140 mil", not the "de" of
    its qualifier), lower case."""
    last_digit = max((i for i, character in enumerate(mention.surface_text) if character.isdigit()), default=-1)
    letters = SCALE_TAIL.search(mention.surface_text, last_digit + 1)
    return letters.group().lower() if letters else ""


def _free_year(
    number: NumberMention, years: list[NumberMention], bound: dict[int, int], text: str, published_year: int
) -> int | None:
    start, end = sentence_span(text, number.start)
    taken = set(bound.values())
    free = [y for y in years if start <= y.start < end and int(y.value) not in taken]
    if free:
        return int(min(free, key=lambda y: abs(y.start - number.start)).value)
    if any(phrase in text[start:end].lower() for phrase in THIS_YEAR):
        return published_year
    return None


def _sentence_around(text: str, position: int) -> str:
    start, end = sentence_span(text, position)
    return text[start:end].strip()


def embedding_text(sentence: str) -> str:
    """The sentence with its numbers removed: context embeddings should say *what* is counted, not how many."""
    return NUMBER_LIKE.sub(" ", sentence)
