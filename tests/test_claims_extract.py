"""Mentions in context: what is counted, which year, and exact offsets back into the text."""

from __future__ import annotations

from pipeline.claims.extract import embedding_text, extract_mentions


def mentions(summary: str, language: str, title: str = "") -> list:
    return extract_mentions("a1", title, summary, language, published_year=2024)


def test_subject_year_and_offsets() -> None:
    text = "Ukraine's army recorded 182,000 desertion cases so far in 2024, up from about 10,000 in 2022 and 25,000 in 2023."
    found = mentions(text, "en")
    assert [(m.value, m.year, m.subject_concept) for m in found] == [
        (182_000, 2024, "deserters"),
        (10_000, 2022, "deserters"),
        (25_000, 2023, "deserters"),
    ]
    assert all(text[m.start_offset : m.end_offset] == m.surface_text for m in found)
    assert found[1].qualifier == "about" and not found[1].exact


def test_year_first_word_order() -> None:
    text = "Для сравнения: в 2022 году таких случаев было около 10 тыс., в 2023-м — 25 тыс."
    assert [(m.value, m.year) for m in mentions(text, "ru")] == [(10_000, 2022), (25_000, 2023)]


def test_this_year_means_the_publication_year() -> None:
    (mention,) = mentions("W tym roku z ukraińskiej armii zdezerterowało 182 tys. żołnierzy.", "pl")
    assert (mention.year, mention.subject_concept) == (2024, "deserters")


def test_units_bind_tighter_than_nearby_nouns() -> None:
    (wheat,) = mentions("Через порты Дуная за неделю вывезли 182 тыс. тонн пшеницы, сообщили в порту.", "ru")
    assert (wheat.unit, wheat.subject_concept, wheat.subject) == ("tonnes", "wheat", "пшеницы")


def test_specific_concepts_beat_generic_ones() -> None:
    (mention,) = mentions("Sarebbero 182mila i militari ucraini che hanno disertato dall'inizio del 2024.", "it")
    assert mention.subject_concept == "deserters"


def test_title_and_summary_are_both_scanned() -> None:
    found = mentions("Kyiv has not commented on the 182,000 figure.", "en", title="Desertions reach 182,000")
    assert [m.field for m in found] == ["title", "summary"]
    assert len({m.mention_id for m in found}) == 2


def test_embedding_text_drops_the_numbers() -> None:
    assert embedding_text("182 000 déserteurs en 2024").split() == ["déserteurs", "en"]
