"""Names across scripts: the cheap signal that tells two events of the same kind apart (Kharkiv vs Odesa)."""

from __future__ import annotations

import pytest

from pipeline.entities import city_keys, name_key, names
from pipeline.places import city_named


@pytest.mark.parametrize(
    "spellings",
    [
        ("Kharkiv", "Charkiw", "Харків", "Харьков", "Charków", "Kharkova"),
        ("Odesa", "Odessa", "Одеса", "Одесса"),
    ],
)
def test_one_place_has_one_key_in_every_script(spellings: tuple[str, ...]) -> None:
    assert len({name_key(spelling) for spelling in spellings}) == 1


def test_names_are_capitalised_words_inside_a_sentence() -> None:
    text = "Drones hit Kharkiv overnight, said mayor Ihor Terekhov. Officials in Odesa were on alert."
    assert names(text) == {name_key(word) for word in ("Kharkiv", "Ihor", "Terekhov", "Odesa")}


@pytest.mark.parametrize(
    ("headline", "language", "city"),
    [
        ("Харків: загиблих уже 11", "uk", "Харків"),
        ("Lissabon: drei Tote", "de", "Lissabon"),
        ("Charków: liczba ofiar wzrosła", "pl", "Charków"),
    ],
)
def test_a_city_before_a_colon_names_the_story_even_where_a_sentence_starts(
    headline: str, language: str, city: str
) -> None:
    """A running story's later headlines often name it only in the dateline."""
    assert names(headline, language) == {name_key(city)}


def test_another_word_before_a_colon_is_a_label_not_a_name() -> None:
    assert names("Опрос: большинство за ограничение скорости", "ru") == set()
    assert names("Prokuratura: przyczyną pożaru był wadliwy zawór", "pl") == set()
    assert names("Officials count damage after the strike", "en") == set()  # no colon: the sentence's first word


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Netwarta zaoferuje poszkodowanym darmowy monitoring kredytowy", "pl", {"Netwarta"}),
        ("Isarpay-Kunden sollen bis zu 20.000 Euro erhalten", "de", {"Isarpay"}),
        ("Lumina vai pagar R$ 300 a cada cliente afetado", "pt", {"Lumina"}),
        ("Kharkiv counts damage after the strike", "en", {"Kharkiv"}),
        ("Zahl der Toten steigt auf vier", "de", set()),
        ("Prokuratura wszczęła śledztwo", "pl", set()),
        ("Banco central sobe os juros", "pt", set()),
        ("Seit Jahren steigt die Zahl", "en", set()),  # German taken for English: "Seit" is frequent in German
        ("Engelberg: Materialermüdung führte zur Panne", "de", {"Engelberg", "Materialermüdung"}),  # a town, a dateline
        ("Opolszczyzna: liczba ofiar powodzi wzrosła do pięciu", "pl", {"Opolszczyzna"}),
        ("Faktencheck: Woher die Zahl stammt", "de", set()),  # a newsroom's label before a colon, rare as it is
        ("Explainer: what the ruling means for renters", "en", set()),
        ("Eilmeldung: Brand in Leverkusen", "de", {"Leverkusen"}),
    ],
)
def test_a_word_that_opens_a_sentence_is_a_name_when_it_is_rare_in_every_language_read(
    text: str, language: str, expected: set[str]
) -> None:
    """The company or town that opens a headline is often the only name a later report gives; the ordinary words
    that open sentences are frequent in a language read (`wordfreq`)."""
    assert names(text, language) == {name_key(word) for word in expected}


def test_a_title_case_headline_has_no_names() -> None:
    """Every word of an English headline is capitalised: its capitals say nothing."""
    assert names("Nearly 200,000 Deserters: New Estimate Deepens Ukraine's Manpower Crisis", "en") == set()
    headline_and_summary = "Nearly 200,000 Deserters Estimated\nThe estimate, from Kupiansk, is disputed."
    assert names(headline_and_summary, "en") == {name_key("Kupiansk")}


def test_the_claims_take_only_the_rare_capitalised_words_of_a_language_that_capitalises_its_nouns() -> None:
    """Every German noun is capitalised: with them all, a German report would name other things than every claim."""
    text = "Auch Schweizer Kunden von Isarpay kommen nicht an ihr Geld."
    assert {name_key("Kunden"), name_key("Geld")} <= names(text, "de")
    assert names(text, "de", rare_only=True) == {name_key("Isarpay")}


def test_german_nouns_after_an_article_are_not_names() -> None:
    text = "In der Nacht griffen Drohnen die Stadt Charkiw an, sagte Bürgermeister Terechow."
    found = names(text, "de")
    assert name_key("Charkiw") in found and name_key("Terechow") in found
    assert name_key("Nacht") not in found and name_key("Stadt") not in found


def test_a_capitalised_word_after_a_number_is_a_noun() -> None:
    """What a number counts is no name: "vier Tote", "23 Menschen", "20 Uhr"."""
    text = "Bei der Kollision vor Konstanz gab es vier Tote und 23 Menschen wurden verletzt, sagte Huber um 20 Uhr."
    assert names(text, "de") == {name_key("Konstanz"), name_key("Huber")}
    assert names("Officials said 12 Shahed drones hit Kharkiv.", "en") == {name_key("Kharkiv")}
    assert names("Es gab zwanzig Tote und fünfundzwanzig Verletzte in Kiew.", "de") == {name_key("Kiew")}
    assert names("In 2023 Biden signed the bill.", "en") == {name_key("Biden")}  # a year is not what counts him


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The strike on Kharkiv on Monday killed four, officials said in November.", "en", {"Kharkiv"}),
        ("Rail workers in Milan walk out on Fri., talks set for Nov. 3.", "en", {"Milan"}),
        ("Am Dienstag legte Verdi im Oktober den Hafen Bremen lahm.", "de", {"Verdi", "Bremen"}),
        # the French "sam." (Saturday) is lower case: no abbreviation of it is left out
        ("The investors questioned Sam Altman about the deal in Paris.", "en", {"Sam", "Altman", "Paris"}),
    ],
)
def test_months_and_days_are_no_names(text: str, language: str, expected: set[str]) -> None:
    """English and German capitalise them: two strikes of one week would share "Monday" as a name."""
    assert names(text, language) == {name_key(word) for word in expected}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Fire at French plastics plant injures 12, two days after German factory blaze\n"
            "A fire at the Plastirhône plant in Vénissieux injured 12, as German inspectors were still at work.",
            "en",
            {"French", "Plastirhône", "Vénissieux"},
        ),
        ("Incendie à Vénissieux, deux jours après Bremerhaven : douze blessés.", "fr", {"Vénissieux"}),
        ("Nove morti a Novokuznetsk, dopo la Slesia: esplosione in miniera.", "it", {"Novokuznetsk"}),
        ("Вибух на шахті в Новокузнецьку після Руди-Шльонської: загинули 9.", "uk", {"Новокузнецьку"}),
        # "nach", "po" and "na" are as often "to" and "on": the names stay
        ("Die Delegation reiste nach Kiew und traf dort Selenskyj.", "de", {"Kiew", "Selenskyj"}),
        ("Rozmowy po ataku na Charków prowadził Sybiha.", "pl", {"Charków", "Sybiha"}),
    ],
)
def test_the_names_of_another_event_that_a_report_recalls_are_not_its_own(
    text: str, language: str, expected: set[str]
) -> None:
    """A report of the second fire of a week names the first as a reference point, after a word for "after": that
    name is the other event's, wherever else the report names it."""
    assert names(text, language) == {name_key(word) for word in expected}


def test_a_text_of_unknown_language_gets_both_rules() -> None:
    assert names("Drones Strike Kharkiv Overnight") == set() and names("die Stadt Charkiw") == {name_key("Charkiw")}


def test_a_long_line_costs_what_its_words_cost() -> None:
    line = "Am Morgen meldete die Polizei in Charkiw neue Schäden. " * 2_000
    assert names(line, "de") >= {name_key("Charkiw")}


def test_cities_whose_names_begin_alike_share_a_key() -> None:
    """Karachi and Karaganda both give "kara" (in any script: "Карачи", "Караганда"): a key two far-apart cities share
    is no name that two reports share. Kharkiv's names give its own key."""
    karachi, karaganda, kharkiv = (city_named(city) for city in ("Karachi", "Karaganda", "Kharkiv"))
    assert city_keys({karachi}) & city_keys({karaganda}) == {"kara"}
    assert name_key("Харків") in city_keys({kharkiv}) and not city_keys({kharkiv}) & city_keys({karachi})


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Glide bombs kill seven in Kharkiv, officials said. (Meridian Wire)", "en", {"hark"}),
        ("Fire kills 37 near Dhaka; 120 people were injured. – Lodestar Wire", "en", {"dhak"}),
        ("Le bilan s’alourdit à Odessa. — Agence Lodestar", "fr", {"odes"}),
        (
            "Kyiv (Meridian Wire) - Russian drones hit the port of Odesa overnight, its governor said.",
            "en",
            {"odes", "russ"},
        ),
    ],
)
def test_an_agencys_credit_is_no_name_of_the_story(text: str, language: str, expected: set[str]) -> None:
    """An agency signs every report it sends, whatever the story: its name would join unrelated stories."""
    assert names(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "kept"),
    [
        ("«Ми не здамося» — Зеленський", "uk", "zele"),  # a quote's speaker: no sentence ends before the dash
        ("« Nous ne céderons pas » – Zelensky", "fr", "zele"),
        ("The envoy flew in for the U.S.-Russia Talks", "en", "russ"),  # a hyphen
        ("- Odesa", "en", "odes"),  # a bullet
        ("Fire kills three in Lisbon. – Rescue goes on", "en", "resc"),  # not every word capitalised
        ("Großbrand in Chemiewerk. – Hamburger Feuerwehr", "de", "hamb"),  # German nouns after a dash: a phrase
    ],
)
def test_what_only_looks_like_a_credit_keeps_its_names(text: str, language: str, kept: str) -> None:
    assert kept in names(text, language)
