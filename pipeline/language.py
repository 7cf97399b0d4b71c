"""Language identification with langdetect, made reproducible by a fixed seed."""

from __future__ import annotations

from dataclasses import dataclass

from langdetect import DetectorFactory, detect_langs
from langdetect.lang_detect_exception import LangDetectException

SEED = 0
MIN_LETTERS = 3
CODE_ALIASES = {"zh-cn": "zh", "zh-tw": "zh"}

DetectorFactory.seed = SEED


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    language: str | None
    probability: float


def detect_language(text: str) -> LanguageGuess:
    """Most probable language of `text`; `language` is None when the text has too few letters to tell."""
    if sum(char.isalpha() for char in text) < MIN_LETTERS:
        return LanguageGuess(None, 0.0)
    try:
        best = detect_langs(text)[0]
    except LangDetectException:
        return LanguageGuess(None, 0.0)
    return LanguageGuess(CODE_ALIASES.get(best.lang, best.lang), round(best.prob, 4))
