"""Names in text, normalised across scripts and spellings, so "Харків", "Kharkiv" and "Charkiw" compare equal.

A name is a capitalised word that does not start a sentence or follow a number ("20 Uhr", "5 Euro"); a city before a
colon may start one, as a headline's dateline ("Харків: загиблих уже 11"), and so may a word that is rare in every
language read, as the company or town that opens a headline ("Netwarta zaoferuje …", "Isarpay-Kunden sollen …",
"Engelberg: Materialermüdung …"), unless it is a newsroom's label before a colon ("Faktencheck: …").
Two conventions make capitals say less, so the text's language is asked for: English headlines in Title Case
("Estimate Deepens Manpower Crisis") have no names, and German capitalises every noun, so a capitalised German word
after an article or a spelled number is a noun ("die Stadt", "der Nacht", "vier Tote"), while names rarely take one
("in Charkiw"). A text of unknown language gets both rules. A name's key is the word transliterated to ASCII
(`anyascii`), lower-cased, with a few spelling folds that differ between transliteration systems (kh/ch → h, w → v,
y → i), cut to its first KEY_LETTERS letters so that inflected forms (Kharkiv, Kharkova, Charkowie) meet. It is a
cheap signal, not named-entity recognition: good enough to tell two events in different places apart.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Hashable, Iterable, Set
from functools import cache
from importlib.resources import files
from typing import TypeVar

import yaml
from wordfreq import zipf_frequency

from pipeline.places import LANGUAGES, calendar_words, city_named, city_names
from pipeline.text import WORD, fold, opens_sentence, title_case

KEY_LETTERS = 4
REFERENCE_WINDOW = 40
"""How far before a name a word for "after" is looked for (`AFTER_ANOTHER_EVENT`)."""
MIN_LETTERS = 3
GERMAN_ARTICLES = "der die das den dem des ein eine einer einem einen eines im am zum zur vom beim ins ans"
AFTER_ARTICLE = re.compile(rf"\W(?:{'|'.join(GERMAN_ARTICLES.split())})\s+$", re.IGNORECASE)
GERMAN_NUMBER = (
    r"(?:\w*und)?(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|sechzehn|siebzehn"
    r"|zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)(?:zehn|zig|ßig|hundert|tausend)?"
    r"|(?:zehn|hundert)?tausende?n?|hunderte?n?|dutzende?n?"
)
AFTER_NUMBER = re.compile(r"(?<![\d.,])(\d[\d.,]*)\s+$")
AFTER_GERMAN_NUMBER = re.compile(rf"\b(?:{GERMAN_NUMBER})\s+$", re.IGNORECASE)
AFTER_ANOTHER_EVENT = re.compile(
    r"\b(?:after|après|apres|dopo|tras|después\s+de|despues\s+de|após|apos|depois\s+de|после|після)\s+"
    r"(?:(?:the|le|la|les|l'|il|lo|el|los|las|o|a|os|as|de|del|della|du)\s+)?(?:\w+\s+)??$",
    re.IGNORECASE,
)
"""A word for "after", an article and one more word at most before a name: a report that recalls another event of
its kind names it as a reference point ("two days after the Lagos market fire", "après Bremerhaven", "dopo Sölden",
"після Харкова"), and the name is that event's, not the story's, wherever else the report names it ("… days after
German factory blaze" over a summary that tells the German fire again). Not the German "nach", the Polish "po" and
the Dutch "na", which are as often "to" or "on" ("reist nach Kiew", "na Ukrainie")."""
YEARS = range(1800, 2101)
CREDIT = re.compile(
    r"(?<=[.!?…])\s*\((?P<held>[^()\d]{1,40})\)\s*$"  # "… were injured. (Meridian Wire)"
    r"|(?<=[.!?…])\s+[-–—]\s+(?P<signed>[^()\d.!?:;,]{1,40}?)\s*$"  # "… said. – Reuters"
    r"|^[^\W\d_][^\s()]*(?:\s[^\W\d_][^\s()]*)?\s+\((?P<dateline>[^()\d]{1,40})\)\s*[-–—]\s"  # "KYIV (Reuters) - …"
)
"""Where a news agency signs a report: in parentheses or after a spaced dash, after the last sentence of a line
("… were injured. (Meridian Wire)", "… said. – Reuters"), or in a dateline, after the place that opens the line
("KYIV (Reuters) - …", "NEW YORK (AP) —"). Words of a credit are one of CREDIT_WORDS, all capitalised. Not a quote's
speaker ("«Ми не здамося» — Зеленський": no sentence end before the dash), a hyphen ("U.S.-Russia Talks"), a
bullet ("- Odesa"), nor a place in parentheses inside a headline ("Strike on Saltivka (Kharkiv) – three dead")."""
CREDIT_WORDS = range(1, 4)
PART_SEPARATOR = re.compile(r"['’-]")
RARE_ZIPF = 3.0
"""A capitalised word that opens a sentence is a name when it is rarer than this in each of the languages read
(`places.LANGUAGES`; Zipf frequency from `wordfreq`'s language-wide counts, 3.0 is once per million words): the
headline's "Netwarta", "Isarpay-Kunden", "Lumina" (Portuguese 2.0), not "Zahl" (German 5.1), "Prokuratura" (Polish
4.2) or "Banco" (Portuguese 5.1). Every language, not the text's alone: a German text taken for English would make
"Seit" and "Dass" names. Set on the tuning corpora, where the stories' F1 rose alike from 2.0 to 3.5 and fell at
4.0."""
WORDLIST = "small"
"""`wordfreq`'s lists of the words seen once per million or more: all that RARE_ZIPF asks, read in 0.3 s for the ten
languages where the full lists take 2 s (a word of exactly 3.0 falls below it, and counts as rare)."""
CORE_NAME_SHARE = 0.34
"""A group's names (a story's, a claim's) are those in at least a third of its articles."""
MIN_NAMES = 3
"""Names needed on each side before sharing none says two events: fewer say too little."""
NOUNS_CAPITALISED = frozenset({"de"})
"""Languages that capitalise every noun: even after the rules above, most of their capitalised words are nouns
("Bericht", "Zahl", "Massendesertion"), too many to say that a report names other things than its claim's; the
claims stage takes only their rare ones (`names(…, rare_only=True)`: "Isarpay", "Hanzebank")."""


def name_key(word: str) -> str:
    """The comparison key of one name."""
    return fold(word)[:KEY_LETTERS]


def city_keys(cities: Iterable[int]) -> set[str]:
    """The name keys that the names of `cities` (GeoNames ids) have: two far-apart cities whose names begin alike
    (Karachi, Karaganda: "kara") give one key, which says nothing of one place."""
    return {name[:KEY_LETTERS] for name in city_names(cities)}


def names(text: str, language: str | None = None, *, rare_only: bool = False) -> set[str]:
    """Keys of the names in `text` (see the module's rules), written in `language` when known; with `rare_only`, of
    those words alone that are rare in every language read (`RARE_ZIPF`)."""
    title_case_rule, article_rule = language in (None, "en"), language in (None, "de")
    found, recalled = set(), set()  # recalled: the names of another event that the text recalls
    calendar = calendar_words()
    for line in text.split("\n"):
        credits = _credits(line, language)
        words = [
            match
            for match in WORD.finditer(line)
            if len(match.group()) >= MIN_LETTERS and not any(start <= match.start() < end for start, end in credits)
        ]
        if title_case_rule and title_case([match.group() for match in words]):
            continue
        for match in words:
            word = match.group()
            if not word[0].isupper() or word.isupper() and len(word) <= 3 or fold(word) in calendar:
                continue
            if rare_only and not _rare(word):
                continue
            if opens_sentence(line, match.start()) and not _dateline_city(line, match) and not _rare_name(line, match):
                continue
            if article_rule and _after(AFTER_ARTICLE, line, match.start()):
                continue
            if _after_number(line, match.start()) or article_rule and _after(AFTER_GERMAN_NUMBER, line, match.start()):
                continue
            if _after(AFTER_ANOTHER_EVENT, line, match.start(), REFERENCE_WINDOW):
                recalled.add(name_key(word))
                continue
            found.add(name_key(word))
    return found - recalled


def _credits(line: str, language: str | None) -> list[tuple[int, int]]:
    """Where the line holds an agency's credit (`CREDIT`): the agency's name is in every report it sends, whatever
    the story, so it is no name of the story's. In a language that capitalises its nouns, words after a dash are as
    often a phrase ("– Hamburger Feuerwehr"): only credits in parentheses count there ("(dpa)" is not capitalised
    anyway)."""
    spans = []
    for found in CREDIT.finditer(line):
        group = next(name for name in ("held", "signed", "dateline") if found.group(name) is not None)
        if group == "signed" and language in NOUNS_CAPITALISED:
            continue
        words = found.group(group).split()
        if len(words) in CREDIT_WORDS and all(word[0].isupper() for word in words):
            spans.append(found.span(group))
    return spans


def _dateline_city(line: str, word: re.Match[str]) -> bool:
    """A city before a colon, as a headline's dateline names it ("Харків: загиблих уже 11", "Lissabon: Drei Tote"):
    the name a report of a running story may give alone, whatever its frequency as a word."""
    return line.startswith(":", word.end()) and city_named(word.group()) is not None


def _rare_name(line: str, word: re.Match[str]) -> bool:
    """A word that opens a sentence and is a name: rare (`_rare`), and, before a colon, no newsroom's label
    (`headline_labels`): "Engelberg:" and "Oppeln:" date a headline as a city does, "Faktencheck:" files it."""
    label = line.startswith(":", word.end()) and fold(word.group()) in headline_labels()
    return not label and _rare(word.group())


@cache
def headline_labels() -> frozenset[str]:
    """The folded labels of `data/headline_labels.yaml`, in every language read."""
    by_language = yaml.safe_load((files("pipeline") / "data" / "headline_labels.yaml").read_text(encoding="utf-8"))
    return frozenset(fold(label) for labels in by_language.values() for label in labels)


def _rare(word: str) -> bool:
    """Rarer than RARE_ZIPF in every language read. A word with a possessive or a hyphen is looked up by its first
    part ("Ukraine's", "Isarpay-Kunden")."""
    key = PART_SEPARATOR.split(word.lower(), maxsplit=1)[0]
    return all(zipf_frequency(key, language, wordlist=WORDLIST) < RARE_ZIPF for language in LANGUAGES)


def _after_number(line: str, start: int) -> bool:
    """The word at `start` follows a number, not a year ("23 Menschen", but "In 2023 Biden")."""
    found = AFTER_NUMBER.search(line[max(0, start - 16) : start])
    return found is not None and not (found.group(1).isdigit() and int(found.group(1)) in YEARS)


def _after(pattern: re.Pattern[str], line: str, start: int, letters: int = 16) -> bool:
    """The word at `start` follows what `pattern` matches (a German article, a number, a word for "after"). Looks
    back `letters` letters only, so a long line stays linear."""
    window = line[max(0, start - letters) : start]
    return bool(pattern.search(window if start > letters else " " + window))


Name = TypeVar("Name", bound=Hashable)


def core_names(counts: Counter[Name], articles: int, share: float = CORE_NAME_SHARE) -> set[Name]:
    """The names (or cities) of a group of `articles` (`counts`: in how many of them each is) that at least `share`
    of them have."""
    floor = max(1.0, share * articles)
    return {name for name, count in counts.items() if count >= floor}


def names_conflict(mine: Set[str], core: Set[str]) -> bool:
    """An article and a group each name MIN_NAMES or more and share none: a report of another event of the same kind
    names other people, places and institutions (a second poll of the week: another institute, its director, another
    city)."""
    return len(mine) >= MIN_NAMES and len(core) >= MIN_NAMES and not mine & core
