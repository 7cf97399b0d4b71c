"""Cities across scripts and case endings, from the GeoNames gazetteer: the place that tells two events of one kind
apart (a strike on Kharkiv, another on Zaporizhzhia the same morning)."""

from __future__ import annotations

import pytest

from pipeline.places import far_apart, places

KHARKIV = places("in Kharkiv")


@pytest.mark.parametrize(
    "text",
    [
        "Missile strike on Kharkiv kills nine",
        "Raketenangriff auf Charkiw: neun Tote",
        "Ostrzał Charkowa: 9 zabitych",
        "Frappes sur Kharkiv : neuf morts",
        "Удар по Харькову: погибли 9 человек",
        "Кількість загиблих у Харкові зросла до 11",
        "Portugal envia 20 toneladas de ajuda para Carcóvia",
        "Харків: загиблих уже 11",  # a dateline or headline that opens with the city
        "Russian missiles struck Kharkiv's Saltivskyi district",  # a possessive before a district's name
    ],
)
def test_one_city_in_every_language_and_case(text: str) -> None:
    assert KHARKIV and places(text) == KHARKIV


@pytest.mark.parametrize(
    "text",
    [
        "The Police said the Nice weather helped",  # words that small towns are named after
        "Tres mineros muertos en una mina de Polonia",  # a country's name in Spanish, also a town's
        "Oleksandr Syrsky rules out concessions",  # a person
        "Kharkiv is far away",  # a sentence that opens with the city, no colon: could be any capitalised word
        "Flooding hit Kłodzko again",  # a town smaller than MIN_POPULATION
        "said President Vladimir Putin",  # a given name that is also a city's, before a surname
        "welcomed by party leader Joanna Wierzbicka",  # a given name that a stem cut makes Johannesburg
        "Prices rose in August",  # a month that GeoNames lists among Augsburg's names
        "Troops massed near the Belarus border",  # a country whose letters a city shares
    ],
)
def test_words_people_and_small_towns_are_no_cities(text: str) -> None:
    assert places(text) == frozenset()


@pytest.mark.parametrize(
    "text", ["a vote in the Senate", "The Tories lost 200 seats", "Das war in erster Linie Pech", "said Mohamed Salah"]
)
def test_a_short_city_name_is_not_the_stem_of_longer_words(text: str) -> None:
    """Sanaa, Turin, Linyi, Salé: four letters of a city's name start too many words to take case endings."""
    assert places(text) == frozenset()


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Вибухи у Львові вночі", "Lviv"),
        ("Pożar we Lwowie", "Lviv"),
        ("Взрывы во Львове", "Lviv"),
        ("Вибух в Одесі: є поранені", "Odesa"),
        ("Атака дронів на Одесу", "Odesa"),
        ("Совещание в Киеве", "Kyiv"),
    ],
)
def test_a_large_city_of_four_letters_takes_the_case_endings_of_its_script(text: str, city: str) -> None:
    assert places(text) == places(f"in {city}") != frozenset()


@pytest.mark.parametrize("text", ["Також, за словами мера, світла немає", "Der Bericht kam spät", "Nowy numer Kultury"])
def test_four_letters_take_no_other_endings(text: str) -> None:
    """Four letters of a large city's name, in any script, start common words: "Також" would be Luohe (Chinese "Tak…"),
    "Bericht" Aleppo (Latin "Beri…"), "Kultury" Kulti. Only the case endings of the word's own script follow them."""
    assert places(text) == frozenset()


def test_cities_far_apart_and_near_each_other() -> None:
    zaporizhzhia = places("Обстрел Запорожья: четверо погибших")
    assert zaporizhzhia and zaporizhzhia == places("Auch Saporischschja beschossen")
    assert far_apart(KHARKIV, zaporizhzhia)  # 230 km
    cologne, dusseldorf = places("a blast in Köln"), places("taken to hospital in Düsseldorf")
    assert cologne and dusseldorf and not far_apart(cologne, dusseldorf)  # 34 km: one event may name both
    assert not far_apart(KHARKIV, frozenset())  # no city named: nothing says the events differ
    assert not far_apart(KHARKIV, frozenset({-1}))  # an id the gazetteer does not know


def test_a_capital_is_no_evidence_of_another_place() -> None:
    """A report from Kharkiv says what "Kyiv" (the government) denies: the capital says nothing of where it happened.
    Lviv, no capital, lies as far away and does."""
    kyiv, lviv = places("Російські ракети влучили в Києві"), places("Measles in Lviv")
    assert kyiv and lviv
    assert not far_apart(KHARKIV, kyiv) and not far_apart(kyiv, KHARKIV)
    assert far_apart(KHARKIV, lviv)
    assert far_apart(KHARKIV, kyiv | lviv)
