"""Names in text, normalised across scripts and spellings, so "Харків", "Kharkiv" and "Charkiw" compare equal.

A name is a capitalised word that does not start a sentence. Its key is the word transliterated to ASCII
(`anyascii`), lower-cased, with a few spelling folds that differ between transliteration systems (kh/ch → h,
w → v, y → i), cut to its first KEY_LETTERS letters so that inflected forms (Kharkiv, Kharkova, Charkowie) meet.
It is a cheap signal, not named-entity recognition: good enough to tell two events in different places apart.
"""

from __future__ import annotations

import re

from anyascii import anyascii

KEY_LETTERS = 4
MIN_LETTERS = 3
WORD = re.compile(r"[^\W\d_][^\W_]*(?:['’-][^\W\d_]+)*")
SENTENCE_PUNCTUATION = '.!?…:;»"“„('  # a word after one of these (and any spaces) opens a sentence
FOLDS = (("kh", "h"), ("ch", "h"), ("w", "v"), ("y", "i"), ("j", "i"), ("'", ""), ("-", ""))


def name_key(word: str) -> str:
    """The comparison key of one name."""
    key = anyascii(word).lower()
    for before, after in FOLDS:
        key = key.replace(before, after)
    return "".join(letter for letter in key if letter.isalpha())[:KEY_LETTERS]


def names(text: str) -> set[str]:
    """Keys of the capitalised words of `text` that do not open a sentence."""
    found = set()
    for match in WORD.finditer(text):
        word = match.group()
        if len(word) < MIN_LETTERS or not word[0].isupper() or word.isupper() and len(word) <= 3:
            continue
        if _opens_sentence(text, match.start()):
            continue
        found.add(name_key(word))
    return found


def _opens_sentence(text: str, start: int) -> bool:
    """The word at `start` begins the text or a line, or follows sentence punctuation and spaces. Looks back only
    over the spaces, so a long text costs no more per word than a short one."""
    if start == 0 or text[start - 1] == "\n":
        return True
    before = start
    while before > 0 and text[before - 1].isspace():
        before -= 1
    return before > 0 and text[before - 1] in SENTENCE_PUNCTUATION
