"""Mentions in context: what is counted, which year, and exact offsets back into the text."""

from __future__ import annotations

import pytest

from pipeline.claims.extract import bare_amount, embedding_text, extract_mentions, update_wording


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


@pytest.mark.parametrize(
    ("language", "text", "subject", "concept"),
    [
        ("en", "Air defences shot down 1,340 drones over the weekend.", "drones", "drones"),
        ("en", "The floods stranded 3,000 foreign tourists on the island.", "tourists", None),
        ("en", "Officials said three people were evacuated.", "people", None),
        ("fr", "Les autorités ont recensé 46 000 évacués dans la région.", "évacués", None),
        ("fr", "L'échange a concerné 314 prisonniers ukrainiens.", "prisonniers", None),
        ("es", "El temporal dejó cinco muertos y daños graves.", "muertos", "casualties"),
        ("es", "Llegaron 3.000 turistas extranjeros al puerto.", "turistas", None),
        ("de", "Bei dem Unglück gab es vier Verletzte.", "Verletzte", "injured"),
        ("de", "Der Austausch betraf 300 ukrainische Gefangene.", "Gefangene", None),
        ("it", "Sono stati liberati 314 prigionieri di guerra.", "prigionieri", None),
        ("it", "Sono arrivati 300 profughi alla frontiera.", "profughi", None),
        ("it", "Hanno donato 40 ambulanze agli ospedali.", "ambulanze", None),
        ("it", "Multa da 18 milioni alla Banque Rhodanienne.", None, None),  # "alla" (to the) and a name count nothing
        ("it", "Chip, Helvarda rilancia: 2,9 miliardi per Veltrop", None, None),
        ("pt", "Foram retirados 2.500 moradores da zona ribeirinha.", "moradores", None),
        ("ru", "За законопроект проголосовали 286 народных депутатов.", "депутатов", None),
        ("ru", "Из города вывезли 1 200 мирных жителей.", "жителей", None),
        ("uk", "До Карпат приїхали 3 000 іноземних туристів.", "туристів", None),
        ("pl", "Do szpitala trafiło pięciu rannych.", "rannych", "injured"),
        ("pl", "Ewakuowano 1340 mieszkańców.", "mieszkańców", None),
    ],
)
def test_counted_nouns_the_lexicon_has_never_seen(language: str, text: str, subject: str, concept: str | None) -> None:
    counts = [m for m in mentions(text, language) if m.kind == "count"]
    assert [(m.subject, m.subject_concept) for m in counts] == [(subject, concept)]


@pytest.mark.parametrize(
    ("language", "text", "second"),
    [
        ("uk", "Запоріжжя під обстрілом: 4 загиблих, 9 поранених", "injured"),
        ("de", "Auch Saporischschja beschossen: vier Tote, neun Verletzte", "injured"),
        ("de", "Sturm über Bremen: vier Tote, neun Obdachlose", None),
        ("pl", "Pożar w Łodzi: 4 zabitych, 9 ewakuowanych", None),
        ("nl", "Er vielen 4 doden en 9 gewonden bij de aanval op Charkiv", "injured"),  # Dutch "en" ends a clause
        ("pl", "Atak na Charków: 4 zabitych i 9 rannych", "injured"),  # Polish "i" does
        ("uk", "4 загиблих, 9 Шахедів збито", None),  # a counted noun of its own: nothing inherited
    ],
)
def test_the_dead_counted_by_one_number_are_not_the_next_numbers_subject(
    language: str, text: str, second: str | None
) -> None:
    counts = [m for m in mentions(text, language) if m.kind == "count"]
    assert [(m.value, m.subject_concept) for m in counts] == [(4, "casualties"), (9, second)]


@pytest.mark.parametrize(
    ("language", "text", "subjects"),
    [
        ("es", "Los cinco fallecidos son cuatro vecinos de la comarca", ["casualties", None]),
        ("en", "At least 12 people, including three children, were killed", ["casualties", "casualties"]),
        ("fr", "12 personnes, dont trois enfants, ont été tuées", ["casualties", "casualties"]),
        ("ru", "Погибли 12 человек, повреждены 9 многоэтажных домов.", ["casualties", None]),
        ("pl", "Zginęło 5 osób", ["casualties"]),
        ("de", "Bei dem Angriff starben zwölf Menschen, 30 wurden verletzt.", [None, "injured"]),
        ("en", "Netflix hit Killers of the Flower Moon drew 5 million viewers", [None]),
        ("fr", "4 morts; 300 Français évacués", ["casualties", None]),  # French peoples are capitalised nouns
        ("fr", "40 ONG dénoncent les expulsions", [None]),
        ("en", "Drone attack on Kharkiv kills six, injures 41", ["casualties", "injured"]),  # no word across a comma
        ("en", "Drone strike on Odesa kills three, wounds 41", ["casualties", "injured"]),
        ("en", "Missiles hit two apartment blocks, killing at least seven", [None, "casualties"]),
    ],
)
def test_what_a_number_counts_is_read_from_its_own_words_not_another_numbers(
    language: str, text: str, subjects: list[str | None]
) -> None:
    assert [m.subject_concept for m in mentions(text, language) if m.kind == "count"] == subjects


def test_a_capitalised_word_right_after_a_number_is_what_it_counts_and_one_after_a_preposition_is_a_name() -> None:
    (fee,) = mentions("Chip, Helvarda rilancia: 2,9 miliardi per Veltrop", "it")
    assert fee.subject is None  # a bare amount, which may join the €2.9bn claim
    (french,) = mentions("Évacuation de 300 Français", "fr")
    assert french.subject == "Français"


def test_only_quantities_take_a_year() -> None:
    found = mentions("Am 4. März 2024 wurden 300 Menschen für 48 Stunden evakuiert.", "de")
    assert [(m.kind, m.value, m.year) for m in found] == [
        ("date", 4, None),
        ("count", 300, 2024),
        ("duration", 48, None),
    ]


def test_every_mention_has_a_kind_and_offsets_into_the_original_text() -> None:
    text = "Семеро погибших и десятки раненых: удар нанесён 4 марта в 14:30, перемирие продлится 72 часа."
    found = mentions(text, "ru")
    assert [(m.kind, m.value, m.exact) for m in found] == [
        ("count", 7, True),
        ("count", 20, False),
        ("date", 4, True),
        ("time", 14.5, True),
        ("duration", 72, True),
    ]
    assert all(text[m.start_offset : m.end_offset] == m.surface_text for m in found)


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("de", "Bootsunglück vor Lampedusa: 40 bis 60 Menschen vermisst"),
        ("en", "Boat capsizes on Lake Kivu, 40–60 feared missing"),
        ("pl", "Na pokładzie było od 40 do 60 osób"),
    ],
)
def test_both_ends_of_a_range_are_figures_that_can_travel(language: str, title: str) -> None:
    """ "40 bis 60" states 60 as well: an outlet that says "60 missing" repeats it. Each end is a mention of its own
    value at the range's place; the low end knows the high one."""
    low, high = extract_mentions("a", title, "", language, 2026)
    assert (low.value, low.value_high, high.value, high.value_high) == (40, 60, 60, None)
    assert low.surface_text == high.surface_text and low.mention_id != high.mention_id and not high.exact
    assert [m.value for m in extract_mentions("b", "Durata: 3-5 giorni", "", "it", 2026)] == [3]  # a duration


@pytest.mark.parametrize(
    ("language", "title", "wording"),
    [
        ("en", "Mombasa floods: toll rises to 41", "rises to 41"),
        ("es", "Suben a 22 los muertos por las inundaciones en Tabasco", "Suben a 22"),
        ("de", "Kenia: Zahl der Flut-Toten in Mombasa steigt auf 41", "steigt auf 41"),
        ("uk", "Харків: загиблих уже 11", "уже 11"),
        ("pl", "Bilans pożaru fabryki w Bangladeszu wzrósł do 52 ofiar", "wzrósł do 52"),
        ("nl", "Al 112 schepen op de rede", "Al 112"),
        ("en", "Floods kill 23 in Mombasa", None),
        ("es", "La subida de precios llega al 5 % en mayo", None),  # "al" is Dutch for "already", not Spanish
    ],
)
def test_a_figure_told_as_an_update_says_so_in_its_own_language(language: str, title: str, wording: str | None) -> None:
    (mention,) = [m for m in extract_mentions("a", title, "", language, 2026) if m.kind in ("count", "percent")]
    assert update_wording(mention) == wording


def test_a_number_too_large_to_be_finite_is_not_a_claim() -> None:
    huge = "9" * 400
    assert extract_mentions("a", f"{huge} deserters", "", "en", 2024) == []


@pytest.mark.parametrize(
    ("language", "text", "bare"),
    [
        ("es", "El ayuntamiento invertirá 420 millones tras la subida de los alquileres", True),
        ("pt", "Tribunal obriga senhorio a devolver 12,5 milhões aos inquilinos", True),
        ("it", "Porto, piano da 420 milioni per la casa", True),
        ("es", "La riada dejó 1,5 millones de personas sin luz", False),
        ("it", "Senza corrente 2 milioni di famiglie", False),
        ("it", "Oltre 2 mln persone senza luce", False),  # an abbreviation needs no "di"
        ("en", "Floods left 1.5 million households without power", False),
    ],
)
def test_a_word_for_millions_counts_the_noun_after_it_only_through_de_in_romance_languages(
    language: str, text: str, bare: bool
) -> None:
    """ "420 millones tras …" counts nothing (an amount whose currency was left out); "1,5 millones de personas"
    counts people. English and German need no partitive: "1.5 million households"."""
    (mention,) = extract_mentions("a", text, "", language, 2026)
    assert bare_amount(mention) is bare


def test_a_qualifier_before_thousands_is_no_scale_word() -> None:
    """ "más de 140 mil personas" counts people (its scale is "mil", not the "de" of "más de"), even beside tonnes."""
    text = "La riada destruyó más de 200 mil toneladas de trigo y desplazó a más de 140 mil personas"
    assert [(m.value, m.kind) for m in extract_mentions("a", text, "", "es", 2026)] == [
        (200_000, "measure"),
        (140_000, "count"),
    ]


def test_a_large_amount_is_money_in_the_articles_currency_unless_a_noun_right_after_it_counts() -> None:
    """ "1.200 millones para sanidad" in an article about €18bn is euros; "1.5 million households" beside "£3bn" and
    "26 milioni di famiglie" beside "1.200 euro" are households and families."""
    spending = extract_mentions(
        "a", "", "El plan destina 18.000 millones de euros, 1.200 millones para sanidad.", "es", 2025
    )
    assert [(m.value, m.kind, m.unit) for m in spending][1] == (1_200_000_000, "money", "EUR")
    for text, language in (
        ("Government unveils £3bn package to help 1.5 million households with energy bills", "en"),
        ("Il rincaro costa in media 1.200 euro a ciascuna delle 26 milioni di famiglie italiane.", "it"),
        ("A £12 million fund will help 2 million households with energy bills.", "en"),  # not the "2 million" in 12
        ("Le plan de 3 milliards d'euros aidera 1,5 million d'habitants.", "fr"),
    ):
        counted = [
            m for m in extract_mentions("a", "", text, language, 2025) if m.value >= 1_000_000 and m.kind != "money"
        ]
        assert [(m.kind, m.unit) for m in counted] == [("count", None)], text


def test_a_scaled_figure_with_no_noun_of_its_own_takes_the_unit_of_an_earlier_one_of_the_same_scale() -> None:
    """ "4.2 million tonnes … up from 3.1 million": the second is tonnes too; "30 тис." after "20 тис. грн" is
    hryvnias. A figure that counts its own noun keeps it ("2 million tonnes … 3 million farmers")."""
    cases = [
        ("Grain exports hit 4.2 million tonnes in October, up from 3.1 million", "en", ("measure", "tonnes")),
        ("Середня зарплата перевищила 20 тис. грн, у Києві — 30 тис.", "uk", ("money", "UAH")),
        ("Eksport zboża wzrósł do 4,2 mln ton we wrześniu z 3,1 mln w sierpniu", "pl", ("measure", "tonnes")),
        ("Eksport pszenicy wyniósł 4,2 mln ton, a liczba uchodźców spadła do 3,1 mln", "pl", ("count", None)),
        ("Aid to refugees rose to 4.2 million euros, while refugees reached 3.1 million", "en", ("count", None)),
        ("Exports hit 2 million tonnes as 3 million farmers protest", "en", ("count", None)),
        ("Exports hit 4.2 million tonnes as 2 million farmers protested", "en", ("count", None)),
        ("Ukraine exported 4.2 million tonnes of grain; 2 million refugees returned", "en", ("count", None)),
    ]
    for text, language, second in cases:
        mentions = extract_mentions("a", "", text, language, 2025)
        assert [(m.kind, m.unit) for m in mentions][1] == second, text


def test_an_amount_of_a_month_is_money_in_the_articles_currency() -> None:
    """ "1,4 miliardi di luglio": July's tranche, in euros like the first, not a count of Julys."""
    text = "Via libera a 1,5 miliardi di euro. È la seconda tranche, dopo quella da 1,4 miliardi di luglio."
    second = [m for m in extract_mentions("a", "", text, "it", 2025) if m.value == 1_400_000_000]
    assert [(m.kind, m.unit) for m in second] == [("money", "EUR")]
