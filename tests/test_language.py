"""Language detection is reproducible and tells Russian from Ukrainian on headline-length text."""

from __future__ import annotations

import pytest

from pipeline.language import detect_language

HEADLINES = {
    "en": "Ukrainian military desertions reach 182,000 in 2024, marking a sharp increase",
    "ru": "Число дезертиров в ВСУ в 2024 году достигло 182 тыс. человек",
    "uk": "Кількість дезертирів у ЗСУ сягнула 182 тисячі: що відомо про ці дані",
    "de": "Zahl der Deserteure in der ukrainischen Armee steigt auf 182.000",
    "fr": "Le nombre de déserteurs dans l'armée ukrainienne atteint 182 000 en 2024",
    "pl": "Liczba dezerterów w armii ukraińskiej sięgnęła 182 tys. w 2024 roku",
    "es": "El número de desertores en el ejército ucraniano alcanza los 182.000 en 2024",
    "it": "Il numero dei disertori nell'esercito ucraino sale a 182mila nel 2024",
}


@pytest.mark.parametrize(("language", "text"), HEADLINES.items())
def test_headlines(language: str, text: str) -> None:
    guess = detect_language(text)
    assert guess.language == language and guess.probability > 0.8


def test_same_text_same_answer_every_time() -> None:
    ambiguous = "Nato summit in Riga"
    assert len({detect_language(ambiguous) for _ in range(5)}) == 1


def test_text_without_letters_is_undetermined() -> None:
    assert detect_language("182 000 — 2024").language is None
