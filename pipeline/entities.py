"""Names in text, normalised across scripts and spellings, so "Харків", "Kharkiv" and "Charkiw" compare equal.

A name is a capitalised word that does not start a sentence. Two conventions make capitals say less, so the text's
language is asked for: English headlines in Title Case ("Estimate Deepens Manpower Crisis") have no names, and
German capitalises every noun, so a capitalised German word after an article is a noun ("die Stadt", "der Nacht"),
while names rarely take one ("in Charkiw"). A text of unknown language gets both rules. A name's key is the word
transliterated to ASCII (`anyascii`), lower-cased, with a few spelling folds that differ between transliteration
systems (kh/ch → h, w → v, y → i), cut to its first KEY_LETTERS letters so that inflected forms (Kharkiv, Kharkova,
Charkowie) meet. It is a cheap signal, not named-entity recognition: good enough to tell two events in different
places apart.
"""

from __future__ import annotations

import re

from anyascii import anyascii

KEY_LETTERS = 4
MIN_LETTERS = 3
WORD = re.compile(r"[^\W\d_][^\W_]*(?:['’-][^\W\d_]+)*")
SENTENCE_PUNCTUATION = '.!?…:;»"“„('  # a word after one of these (and any spaces) opens a sentence
GERMAN_ARTICLES = "der die das den dem des ein eine einer einem einen eines im am zum zur vom beim ins ans"
AFTER_ARTICLE = re.compile(rf"\W(?:{'|'.join(GERMAN_ARTICLES.split())})\s+$", re.IGNORECASE)
TITLE_WORD_LETTERS = 4
TITLE_MIN_WORDS = 3
TITLE_SHARE = 0.75
FOLDS = (("kh", "h"), ("ch", "h"), ("w", "v"), ("y", "i"), ("j", "i"), ("'", ""), ("-", ""))


def fold(word: str) -> str:
    """A word transliterated to lower-case ASCII letters, with the spelling folds applied: "Charkiw" → "harkiv"."""
    key = anyascii(word).lower()
    for before, after in FOLDS:
        key = key.replace(before, after)
    return "".join(letter for letter in key if letter.isalpha())


def name_key(word: str) -> str:
    """The comparison key of one name."""
    return fold(word)[:KEY_LETTERS]


def names(text: str, language: str | None = None) -> set[str]:
    """Keys of the names in `text` (see the module's rules), written in `language` when known."""
    title_case_rule, article_rule = language in (None, "en"), language in (None, "de")
    found = set()
    for line in text.split("\n"):
        words = [match for match in WORD.finditer(line) if len(match.group()) >= MIN_LETTERS]
        if title_case_rule and title_case([match.group() for match in words]):
            continue
        for match in words:
            word = match.group()
            if not word[0].isupper() or word.isupper() and len(word) <= 3 or opens_sentence(line, match.start()):
                continue
            if article_rule and _after_article(line, match.start()):
                continue
            found.add(name_key(word))
    return found


def _after_article(line: str, start: int) -> bool:
    """The word at `start` follows a German article. Looks back a few letters only, so a long line stays linear."""
    window = line[max(0, start - 12) : start]
    return bool(AFTER_ARTICLE.search(window if start > 12 else " " + window))


def title_case(words: list[str]) -> bool:
    """Most longer words capitalised, as in an English headline: "Nearly 200,000 Deserters: New Estimate Deepens
    Ukraine's Manpower Crisis"."""
    longer = [word for word in words if len(word) >= TITLE_WORD_LETTERS]
    return len(longer) >= TITLE_MIN_WORDS and sum(word[0].isupper() for word in longer) >= TITLE_SHARE * len(longer)


def opens_sentence(text: str, start: int) -> bool:
    """The word at `start` begins the text or a line, or follows sentence punctuation and spaces. Looks back only
    over the spaces, so a long text costs no more per word than a short one."""
    if start == 0 or text[start - 1] == "\n":
        return True
    before = start
    while before > 0 and text[before - 1].isspace():
        before -= 1
    return before > 0 and text[before - 1] in SENTENCE_PUNCTUATION
