"""The number normaliser over surface forms in nine languages, traps included, and the kind of every number."""

from __future__ import annotations

import pytest

from pipeline.claims.numbers import days_named, find_numbers
from pipeline.claims.separators import parse_number

NBSP, NNBSP = "\u00a0", "\u202f"

# (language, text, value, kind, unit, qualifier)
FORMS = [
    # en
    ("en", "182,000 deserters", 182_000, "count", None, None),
    ("en", "182k deserters", 182_000, "count", None, None),
    ("en", "182K desertions", 182_000, "count", None, None),
    ("en", "1.2 million people", 1_200_000, "count", None, None),
    ("en", "two hundred thousand soldiers", 200_000, "count", None, None),
    ("en", "half a million refugees", 500_000, "count", None, None),
    ("en", "more than 180,000 troops", 180_000, "count", None, "more_than"),
    ("en", "nearly 200,000 deserters", 200_000, "count", None, "almost"),
    ("en", "about 10,000 in 2022", 10_000, "count", None, "about"),
    ("en", "at least 47 drones", 47, "count", None, "at_least"),
    ("en", "$1.2 billion in aid", 1_200_000_000, "money", "USD", None),
    ("en", "€45 per megawatt hour", 45, "money", "EUR", None),
    ("en", "rates above 40%", 40, "percent", "percent", "more_than"),
    ("en", "182 km of expressway", 182, "measure", "km", None),
    ("en", "182,000 tonnes of wheat", 182_000, "measure", "tonnes", None),
    ("en", "1,234,567 votes", 1_234_567, "count", None, None),
    ("en", "inflation at 2.3 percent", 2.3, "percent", "percent", None),
    # ru
    ("ru", "182 тыс. дезертиров", 182_000, "count", None, None),
    ("ru", f"182{NBSP}000 дезертиров", 182_000, "count", None, None),
    ("ru", "182 000 дезертиров", 182_000, "count", None, None),
    ("ru", "182 тысячи военнослужащих", 182_000, "count", None, None),
    ("ru", "о 182 тысячах дезертиров", 182_000, "count", None, None),
    ("ru", "почти 200 тысяч дезертиров", 200_000, "count", None, "almost"),
    ("ru", "более 180 тыс. человек", 180_000, "count", None, "more_than"),
    ("ru", "1,2 млн беженцев", 1_200_000, "count", None, None),
    ("ru", "3,5 млрд рублей", 3_500_000_000, "money", "RUB", None),
    ("ru", "182 тыс. тонн пшеницы", 182_000, "measure", "tonnes", None),
    ("ru", "выросла на 15 процентов", 15, "percent", "percent", None),
    # uk
    ("uk", "182 тисячі дезертирів", 182_000, "count", None, None),
    ("uk", "182 тис. дезертирів", 182_000, "count", None, None),
    ("uk", "майже 200 тисяч", 200_000, "count", None, "almost"),
    ("uk", "понад 180 тисяч", 180_000, "count", None, "more_than"),
    ("uk", "1,2 млн гривень", 1_200_000, "money", "UAH", None),
    # de
    ("de", "182.000 Deserteure", 182_000, "count", None, None),
    ("de", "182 Tausend Deserteure", 182_000, "count", None, None),
    ("de", "182'000 Deserteure", 182_000, "count", None, None),
    ("de", "1,2 Mio. Euro", 1_200_000, "money", "EUR", None),
    ("de", "1,2 Mrd. Euro", 1_200_000_000, "money", "EUR", None),
    ("de", "fast 200.000 Deserteure", 200_000, "count", None, "almost"),
    ("de", "mehr als 180.000 Soldaten", 180_000, "count", None, "more_than"),
    ("de", "rund 4,5 Millionen Euro", 4_500_000, "money", "EUR", "about"),
    ("de", "3,25 Prozent", 3.25, "percent", "percent", None),
    ("de", "182.000 Tonnen Weizen", 182_000, "measure", "tonnes", None),
    ("de", "Bericht über 182.000 Deserteure", 182_000, "count", None, None),
    # fr
    ("fr", f"182{NNBSP}000 déserteurs", 182_000, "count", None, None),
    ("fr", "182 000 déserteurs", 182_000, "count", None, None),
    ("fr", "182 mille déserteurs", 182_000, "count", None, None),
    ("fr", "près de 200 000 déserteurs", 200_000, "count", None, "almost"),
    ("fr", "plus de 180 000 soldats", 180_000, "count", None, "more_than"),
    ("fr", "1,2 milliard d'euros", 1_200_000_000, "money", "EUR", None),
    ("fr", "taux de 40 %", 40, "percent", "percent", None),
    # pl
    ("pl", "182 tys. dezerterów", 182_000, "count", None, None),
    ("pl", "182 tysiące dezerterów", 182_000, "count", None, None),
    ("pl", "ponad 180 tysięcy", 180_000, "count", None, "more_than"),
    ("pl", "blisko 200 tys. dezerterów", 200_000, "count", None, "almost"),
    ("pl", "1,2 mld zł", 1_200_000_000, "money", "PLN", None),
    ("pl", "182 km drogi", 182, "measure", "km", None),
    # es
    ("es", "182.000 desertores", 182_000, "count", None, None),
    ("es", "182 mil desertores", 182_000, "count", None, None),
    ("es", "casi 200.000 desertores", 200_000, "count", None, "almost"),
    ("es", "más de 180.000 soldados", 180_000, "count", None, "more_than"),
    ("es", "1,2 millones de refugiados", 1_200_000, "count", None, None),
    ("es", "3.000 millones de euros", 3_000_000_000, "money", "EUR", None),
    ("es", "182.000 toneladas de trigo", 182_000, "measure", "tonnes", None),
    # it
    ("it", "182mila disertori", 182_000, "count", None, None),
    ("it", "182 mila disertori", 182_000, "count", None, None),
    ("it", "quasi 200mila disertori", 200_000, "count", None, "almost"),
    ("it", "oltre 180.000 soldati", 180_000, "count", None, "more_than"),
    ("it", "1,2 milioni di euro", 1_200_000, "money", "EUR", None),
    ("it", "182 chilometri", 182, "measure", "km", None),
    # compact money, and scale words of Portuguese and Dutch
    ("en", "sold for €72m to Rheinhafen", 72_000_000, "money", "EUR", None),
    ("en", "a $5m grant", 5_000_000, "money", "USD", None),
    ("pt", "2,27 milhões de imóveis", 2_270_000, "count", None, None),
    ("pt", "oferece 3,8 bilhões de euros", 3_800_000_000, "money", "EUR", None),
    ("pt", "um orçamento de 3 mil milhões de euros", 3_000_000_000, "money", "EUR", None),
    ("nl", "4,6 miljoen ton graan", 4_600_000, "measure", "tonnes", None),
    ("nl", "een bod van €3,8 miljard", 3_800_000_000, "money", "EUR", None),
    ("nl", "twaalf duizend", 12_000, "count", None, None),
    ("nl", "bijna 2,3 miljoen huishoudens", 2_300_000, "count", None, "almost"),
    ("nl", "ruim 1.200 banen", 1200, "count", None, "more_than"),
    ("pt", "quase 200 mil passageiros", 200_000, "count", None, "almost"),
    # units named in every language by CLDR (Babel), in their plural forms
    ("de", "die 1.320 Kilogramm schwere Sonde", 1320, "measure", "kg", None),
    ("pt", "um módulo de 1.320 quilos", 1320, "measure", "kg", None),
    ("ru", "мощностью 1140 мегаватт", 1140, "measure", "MW", None),
    ("pl", "farma o mocy 1140 megawatów", 1140, "measure", "MW", None),
    ("es", "un parque de 1.140 megavatios", 1140, "measure", "MW", None),
    ("uk", "з 12,4 тисячі гектарів", 12_400, "measure", "ha", None),
    ("it", "l'incendio ha distrutto 500 ha di bosco", 500, "measure", "ha", None),
    # "ha" before a participle is the verb: "has struck", "has left"
    ("it", "una scossa di magnitudo 5,9 ha colpito la Calabria", 5.9, "measure", "magnitude", None),
    ("es", "el incendio de 1.200 ha dejado sin luz a la ciudad", 1200, "count", None, None),
    ("it", "una scossa di magnitudo 5,9 ha colpito.", 5.9, "measure", "magnitude", None),  # punctuation after it
    ("es", "el fuego dejó 1.200 ha quemadas", 1200, "measure", "ha", None),  # an adjective agrees: hectares
    ("nl", "de foutmarge is ±2,5 procentpunt", 2.5, "percent", "percentage_points", "plus_minus"),
    # a short scale before a currency's name: "85m zlotys", as "€85m"
    ("en", "fire damage put at 85m zlotys by the owner", 85_000_000, "money", "PLN", None),
    # a word before the number names its unit: an earthquake's magnitude; an ISO code before an amount
    ("de", "ein Erdbeben der Stärke 5,9", 5.9, "measure", "magnitude", None),
    ("ru", "землетрясение магнитудой 5,9", 5.9, "measure", "magnitude", None),
    ("en", "a 6.1 magnitude quake", 6.1, "measure", "magnitude", None),
    ("de", "um durchschnittlich CHF 8 pro Monat", 8, "money", "CHF", None),
    # a unit after the scale and a preposition: "millions de tonnes"
    ("fr", "9,8 millions de tonnes de blé", 9_800_000, "measure", "tonnes", None),
    ("es", "1,3 millones de toneladas de aceite", 1_300_000, "measure", "tonnes", None),
    ("pt", "a cerca de 2 quilómetros da estação", 2, "measure", "km", "almost"),  # European Portuguese spelling
    ("nl", "het werd 37,5 graden in Gilze-Rijen", 37.5, "measure", "°C", None),
    ("en", "Spain heatwave: Cordoba hits 44.6C", 44.6, "measure", "°C", None),  # the sign's letter glued on
    # below zero: a minus sign or word before a temperature; a dash after a number joins a range
    ("pl", "Temperatura w nocy spadła do -20 °C w Suwałkach", -20, "measure", "°C", None),
    ("ru", "опустилась до минус 52 градусов", -52, "measure", "°C", None),
    ("nl", "het vroor min 8 graden", -8, "measure", "°C", None),
    # currency nouns in every plural form, from CLDR's currency names
    ("ru", "Ущерб оценили в 120 млн злотых", 120_000_000, "money", "PLN", None),
    ("uk", "Збитки оцінили в 120 млн злотих", 120_000_000, "money", "PLN", None),
    ("pt", "prejuízos de 120 milhões de zlótis", 120_000_000, "money", "PLN", None),
    ("es", "una multa de 3 millones de eslotis", 3_000_000, "money", "PLN", None),
    ("pl", "kosztował 40 tys. forintów", 40_000, "money", "HUF", None),
    ("en", "3 Polish soldiers were hurt", 3, "count", None, None),  # the names' adjectives are no currency
    # a currency's name is money in any language's news, in the currency's own spelling too
    ("it", "un panetto di burro costa 9,49 złoty", 9.49, "money", "PLN", None),
    ("en", "The fine is 2 million złoty.", 2_000_000, "money", "PLN", None),
    ("fr", "un préjudice de 120 millions de złotys", 120_000_000, "money", "PLN", None),
    ("it", "un risarcimento di 2 milioni di hryvnia", 2_000_000, "money", "UAH", None),
    ("pl", "kara 40 mln naira", 40_000_000, "money", "NGN", None),
    ("en", "a fine of 2 billion rupees", 2_000_000_000, "money", "INR", None),
    ("de", "ein Verlust von 500 Millionen Lira", 500_000_000, "money", "TRY", None),
    ("ru", "штраф в 10 млн шекелей", 10_000_000, "money", "ILS", None),
    # a spelled-out number ending in a scale takes the unit after a partitive, as digits do
    ("es", "pagará dos millones de yuanes", 2_000_000, "money", "CNY", None),
    ("en", "it cost them millions of dollars", 2_000_000, "count", None, "about"),  # a collective is vague: no amount
    ("fr", "une amende de deux millions de dollars", 2_000_000, "money", "USD", None),
    ("es", "dos millones de personas", 2_000_000, "count", None, None),
    # a unit written as a symbol reads the same in every language; "т" is tonnes in Russian and Ukrainian
    ("pl", "jechał z prędkością około 120 km/h", 120, "measure", "km/h", "about"),
    ("nl", "met 130 km/h over de snelweg", 130, "measure", "km/h", None),
    ("uk", "через атаку дронів згоріли 1340 т зерна", 1340, "measure", "tonnes", None),
    ("ru", "вывезли 182 тыс. т пшеницы", 182_000, "measure", "tonnes", None),
    # a vote tally told with the vote word first is one score, not two counts
    ("fr", "adopté par 312 voix contre 245", 312, "score", None, None),
    ("es", "con 172 votos a favor y 171 en contra", 172, "score", None, None),
    ("it", "con 235 voti favorevoli e 122 contrari", 235, "score", None, None),
    ("pl", "stosunkiem głosów 230 do 215", 230, "score", None, None),
    ("ru", "за проголосовали 392 депутата, против — 12", 392, "score", None, None),
    # a spelled number with its scale word is one number, not the scale word read as "millions"
    ("de", "über elf Millionen Spenden", 11_000_000, "count", None, "more_than"),
    ("es", "daños por valor de cinco millones de euros", 5_000_000, "money", "EUR", None),
    ("uk", "виплати для двохсот тисяч переселенців", 200_000, "count", None, None),
    # fractions of a scale word, and "and a half" after one
    ("de", "Rund eine halbe Million Menschen", 500_000, "count", None, "about"),
    ("de", "Anderthalb Millionen Geflüchtete", 1_500_000, "count", None, None),
    ("pl", "Pół miliona uchodźców pracuje legalnie", 500_000, "count", None, None),
    ("ru", "Полмиллиона жителей остались без света", 500_000, "count", None, None),
    ("uk", "Півмільйона абонентів без світла", 500_000, "count", None, None),
    ("fr", "a coûté un demi-milliard d'euros", 500_000_000, "money", "EUR", None),
    ("nl", "Anderhalf miljoen Nederlanders", 1_500_000, "count", None, None),
    ("en", "A quarter of a million workers walked out", 250_000, "count", None, None),
    ("es", "Un millón y medio de personas se manifestaron", 1_500_000, "count", None, None),
    ("it", "restituire un miliardo e mezzo di euro", 1_500_000_000, "money", "EUR", None),
    ("pt", "Um milhão e meio de estudantes", 1_500_000, "count", None, None),
    # Dutch numbers written as one word
    ("nl", "bovenop de zestigduizend die er al zijn", 60_000, "count", None, None),
    ("nl", "voor de tweehonderdduizend werknemers", 200_000, "count", None, None),
    # currencies named after the amount, and the Brazilian real's sign
    ("de", "rund 1.200 Franken pro Jahr", 1200, "money", "CHF", "about"),
    ("pt", "lucrou 124,6 bilhões de reais em 2023", 124_600_000_000, "money", "BRL", None),
    ("pt", "um auxílio de R$ 1.412 por família", 1412, "money", "BRL", None),
    # 10^12: "трлн", and the long scale's "bilion" in Polish
    ("ru", "расходы составят 13,5 трлн рублей", 13_500_000_000_000, "money", "RUB", None),
    ("pl", "rynek wart 1,2 biliona złotych", 1_200_000_000_000, "money", "PLN", None),
    ("pl", "upał: w Słubicach 36,8 stopnia", 36.8, "measure", "°C", None),
    # "one in N" is a share, not a count of N
    ("en", "One in Five Ukrainian Refugees Plans to Stay Abroad", 20, "percent", "percent", None),
    ("fr", "un Ukrainien sur cinq a perdu un proche", 20, "percent", "percent", None),
    ("it", "Un rifugiato ucraino su tre ha trovato lavoro", 33.3, "percent", "percent", None),
    ("es", "uno de cada cinco soldados no vuelve al frente", 20, "percent", "percent", None),
]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "In 2019 Juan Guaidó declared himself interim president"),  # "juan": yuan in Polish
        ("en", "In 2023 Frank Lampard returned to Chelsea"),  # "frank": franc in Dutch and Polish
        ("de", "Seit 2019 Jena wächst die Stadt"),  # "jena": yen in Polish
        ("pt", "Em 2021 Lira venceu a eleição na Câmara"),  # a name after a year, in a language that says "lira"
        ("en", "In 2019 Naira Marley was arrested in Lagos"),
        ("en", "They held two frank discussions"),
        ("en", "She sold 3 sterling silver necklaces"),
        ("fr", "Top 5 lire absolument cet automne"),  # "to read"
        ("pt", "O tribunal usa dois pesos e duas medidas"),  # weights: no currency
    ],
)
def test_a_currency_word_that_is_a_name_or_another_word_there_is_no_money(language: str, text: str) -> None:
    assert [n for n in find_numbers(text, language) if n.kind == "money"] == []


@pytest.mark.parametrize(("language", "text", "value", "kind", "unit", "qualifier"), FORMS)
def test_surface_form(
    language: str, text: str, value: float, kind: str, unit: str | None, qualifier: str | None
) -> None:
    quantities = [n for n in find_numbers(text, language) if n.kind != "year"]
    assert len(quantities) == 1, quantities
    (number,) = quantities
    assert number.value == pytest.approx(value)
    assert (number.kind, number.unit, number.qualifier) == (kind, unit, qualifier)
    assert number.exact == (qualifier is None)
    assert text[number.start : number.end] == number.surface


@pytest.mark.parametrize(
    ("language", "one", "other"),
    [
        ("de", "Ostsee-Windpark mit 1,2 GW", "ein Windpark von 1200 Megawatt"),
        ("fr", "une centrale solaire de 1,2 GW", "une centrale de 1 200 mégawatts"),
        ("pl", "farma o powierzchni 2 km²", "farma o powierzchni 200 ha"),
        ("en", "a 450 kW turbine", "a 0.45 MW turbine"),
    ],
)
def test_one_measure_in_units_of_different_sizes_is_one_value(language: str, one: str, other: str) -> None:
    """Stored in the unit of its kind that news uses most, so "1,2 GW" and "1200 MW" make one claim."""
    (first,), (second,) = find_numbers(one, language), find_numbers(other, language)
    assert (first.value, first.unit) == (second.value, second.unit) and first.surface != second.surface


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("A 400-metre container ship ran aground", "en", "m"),
        ("Ein 400-Meter-Schiff sitzt fest", "de", "m"),
        ("a 400 metre ship", "en", "m"),
        ("Police found a 200-gram pack", "en", "g"),
        ("400 grams of cocaine", "en", "g"),
        ("a 500-kilogram bomb", "en", "kg"),
    ],
)
def test_a_length_or_mass_written_as_an_adjective_is_a_measure(text: str, language: str, unit: str) -> None:
    """ "400-metre" in one outlet is the "400 Meter" of another: one measure, not a count of 400."""
    (number,) = find_numbers(text, language)
    assert (number.kind, number.unit) == ("measure", unit)


@pytest.mark.parametrize(
    ("text", "value"),
    [("Poland to cull 1.2m hens", 1_200_000), ("Police say 1.5m people marched", 1_500_000), ("2m homes", 2_000_000)],
)
def test_an_english_count_with_a_short_scale_before_a_plural_noun(text: str, value: int) -> None:
    (number,) = find_numbers(text, "en")
    assert (number.value, number.kind) == (value, "count")


@pytest.mark.parametrize(
    "text", ["A 1.2m wall collapsed", "Warholm wins the 400m hurdles", "5m waves batter the coast", "in 50m pools"]
)
def test_a_short_scale_before_another_noun_is_no_count(text: str) -> None:
    """Lengths in metres, not millions of walls, hurdles, waves or pools."""
    assert [n.value for n in find_numbers(text, "en")] == []


def test_the_table_covers_enough_forms_and_languages() -> None:
    assert len(FORMS) >= 60 and len({language for language, *_ in FORMS}) >= 8


@pytest.mark.parametrize(
    ("text", "language"),
    [("F-16 jets", "en"), ("the S19 expressway", "pl"), ("Su-34 bombers", "ru"), ("COVID-19", "en")],
)
def test_model_names_are_not_numbers(text: str, language: str) -> None:
    assert find_numbers(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("on 5 November", "en", "date"),
        ("am 5. November", "de", "date"),
        ("5 листопада", "uk", "date"),
        ("le 8 novembre", "fr", "date"),
        ("at 07:30 UTC", "en", "time"),
        ("on 05.11.2024", "de", "date"),
        ("2024-11-05", "en", "date"),
        ("3rd brigade", "en", "ordinal"),
    ],
)
def test_dates_times_and_ordinals_are_labelled_never_counts(text: str, language: str, kind: str) -> None:
    assert [n.kind for n in find_numbers(text, language)] == [kind]


# Every kind in every language: (language, sentence written for this test with exactly one number, value, kind, exact).
KINDS = [
    # en
    ("en", "Rescuers said three people were injured in the blast.", 3, "count", True),
    ("en", "The storm left two thousand three hundred forty homes without power.", 2340, "count", True),
    ("en", "Police said the gunman opened fire, killing five.", 5, "count", True),
    ("en", "Dozens of residents gathered outside the town hall.", 24, "count", False),
    ("en", "A dozen trucks waited at the border crossing.", 12, "count", False),
    ("en", "Both sides agreed to a 72-hour ceasefire.", 72, "duration", True),
    ("en", "A 45-year-old man was arrested at the scene.", 45, "age", True),
    ("en", "The talks resume on 3 June in Geneva.", 3, "date", True),
    ("en", "The train left at 14:30 local time.", 14.5, "time", True),
    ("en", "The poll has a margin of error of ±3 percentage points.", 3, "percent", False),
    ("en", "The poll's margin of error is ±3.1 points.", 3.1, "percent", False),
    ("en", "Turnout reached 42 per cent.", 42, "percent", True),
    ("en", "She reached the 3rd round of the tournament.", 3, "ordinal", True),
    ("en", "The home side won 3-1 after extra time.", 3, "score", True),
    ("en", "He finished the marathon in 2:05:11.", 7511, "duration", True),
    ("en", "The train left the tracks at 6.35 a.m. local time.", 6 + 35 / 60, "time", True),
    ("en", "FC Rheinhafen have signed Tiago Mourão, 22, from Alvorada.", 22, "age", True),
    ("en", "Farmers lost their crop after two nights of frost.", 2, "duration", True),
    ("es", "Completó la etapa en 4 h 12 min 33 s.", 4 * 3600 + 12 * 60 + 33, "duration", True),
    ("nl", "Vanaf 2 maart moeten auto's omrijden.", 2, "date", True),
    ("nl", "De 52-jarige zaakvoerder werd veroordeeld.", 52, "age", True),
    ("nl", "De bonden kondigen een 24-urige staking aan.", 24, "duration", True),
    ("nl", "De club viert het 25-jarig bestaan.", 25, "duration", True),
    ("de", "Pernthaler lief als 3. ins Ziel.", 3, "ordinal", True),
    # fr
    ("fr", "Trois blessés ont été transportés à l'hôpital.", 3, "count", True),
    ("fr", "Quarante-six mille habitants ont été évacués.", 46_000, "count", True),
    ("fr", "Une vingtaine de manifestants ont été interpellés.", 20, "count", False),
    ("fr", "Une dizaine de maisons ont été inondées.", 10, "count", False),
    ("fr", "Une quarantaine de personnes ont été évacuées.", 40, "count", False),  # a pattern with a lookahead
    ("fr", "La grève durera 48 heures.", 48, "duration", True),
    ("fr", "Un homme âgé de 45 ans a été interpellé.", 45, "age", True),
    ("fr", "Le sommet aura lieu le 3 mars à Bruxelles.", 3, "date", True),
    ("fr", "Le train part à 14h30.", 14.5, "time", True),
    ("fr", "Le taux de chômage atteint 7,5 %.", 7.5, "percent", True),
    ("fr", "Il a terminé 3e du classement.", 3, "ordinal", True),
    ("fr", "Lyon s'est imposé 2-0 face à Nantes.", 2, "score", True),
    # es
    ("es", "El accidente dejó cinco muertos.", 5, "count", True),
    ("es", "Hubo dos heridos leves.", 2, "count", True),
    ("es", "Decenas de vecinos protestaron frente al ayuntamiento.", 20, "count", False),
    ("es", "El fuego se extendió en 15 segundos.", 15, "duration", True),
    ("es", "Una mujer de 37 años resultó herida.", 37, "age", True),
    ("es", "El escritor murió a los 85 en su casa.", 85, "age", True),
    ("es", "Buscan a los ocho mineros atrapados.", 8, "count", True),  # "a los": "to the", not "at the age of"
    ("es", "Los muertos ya superan a los 60 del sábado.", 60, "count", True),
    ("es", "El número de víctimas asciende a los 60.", 60, "count", True),
    ("es", "La reunión será el 3 de junio.", 3, "date", True),
    ("es", "El tren sale a las 14.30.", 14.5, "time", True),
    ("es", "El paro bajó al 11,2 %.", 11.2, "percent", True),
    ("es", "El equipo quedó en 3º lugar.", 3, "ordinal", True),
    ("es", "El Betis ganó 3-1 al Sevilla.", 3, "score", True),
    # de
    ("de", "Bei dem Unfall gab es vier Verletzte.", 4, "count", True),
    ("de", "Zwei Tote wurden am Abend geborgen.", 2, "count", True),
    ("de", "Dutzende Menschen demonstrierten vor dem Rathaus.", 24, "count", False),
    ("de", "Zehntausende Menschen gingen auf die Straße.", 20_000, "count", False),
    ("de", "Mehrere tausend Bauern blockierten die Straßen.", 2000, "count", False),
    ("de", "Die Gewerkschaft ruft zu einem 24-stündigen Warnstreik auf.", 24, "duration", True),
    ("de", "Ein 37-Jähriger wurde festgenommen.", 37, "age", True),
    ("de", "Die Sitzung findet am 4. März statt.", 4, "date", True),
    ("de", "Der Zug fährt um 20.15 Uhr ab.", 20.25, "time", True),
    ("de", "Die Union verlor 3 Prozentpunkte.", 3, "percent", True),
    ("de", "Die Mannschaft erreichte die 3. Runde.", 3, "ordinal", True),
    ("de", "Bayern gewann das Spiel 2:1.", 2, "score", True),
    # it
    ("it", "Tremila evacuati dopo l'alluvione.", 3000, "count", True),
    ("it", "Una ventina di persone sono rimaste ferite.", 20, "count", False),
    ("it", "Una decina di case sono crollate.", 10, "count", False),
    ("it", "Centinaia di turisti bloccati in aeroporto.", 200, "count", False),
    ("it", "I sindacati hanno proclamato uno sciopero di 24 ore.", 24, "duration", True),
    ("it", "Un uomo di 37 anni è stato arrestato.", 37, "age", True),
    ("it", "Il vertice si terrà il 3 marzo.", 3, "date", True),
    ("it", "La partenza è prevista alle 14.30.", 14.5, "time", True),
    ("it", "L'inflazione è salita al 2,4%.", 2.4, "percent", True),
    ("it", "Ha chiuso al 3º posto.", 3, "ordinal", True),
    ("it", "La Juventus ha vinto 2-0 contro il Torino.", 2, "score", True),
    # pt
    ("pt", "O acidente deixou três mortos.", 3, "count", True),
    ("pt", "Dois mil moradores foram retirados.", 2000, "count", True),
    ("pt", "Dezenas de famílias foram retiradas das casas.", 20, "count", False),
    ("pt", "A greve vai durar 48 horas.", 48, "duration", True),
    ("pt", "Um homem de 45 anos foi detido.", 45, "age", True),
    ("pt", "O escritor morreu aos 85 anos.", 85, "age", True),
    ("pt", "Morre em Lisboa o escritor José Silva, aos 85", 85, "age", True),
    ("pt", "A empresa pagou aos 30 trabalhadores.", 30, "count", True),
    ("pt", "A cimeira realiza-se a 3 de junho.", 3, "date", True),
    ("pt", "O comboio parte às 14h30.", 14.5, "time", True),
    ("pt", "O desemprego caiu para 6,1%.", 6.1, "percent", True),
    ("pt", "Terminou em 3º lugar.", 3, "ordinal", True),
    ("pt", "O Benfica venceu por 3-1.", 3, "score", True),
    # ru
    ("ru", "Семеро погибших опознаны.", 7, "count", True),
    ("ru", "После обстрела трёх человек госпитализировали.", 3, "count", True),
    ("ru", "Пострадали двое прохожих.", 2, "count", True),
    ("ru", "Десятки домов остались без света.", 20, "count", False),
    ("ru", "Сотни жителей эвакуированы.", 200, "count", False),
    ("ru", "Перемирие продлится 48 часов.", 48, "duration", True),
    ("ru", "Задержан 37-летний мужчина.", 37, "age", True),
    ("ru", "Переговоры пройдут 4 марта.", 4, "date", True),
    ("ru", "Поезд отправится в 14:30.", 14.5, "time", True),
    ("ru", "Явка составила 42 процента.", 42, "percent", True),
    ("ru", "Спортсмен вышел в 3-й раунд.", 3, "ordinal", True),
    ("ru", "«Зенит» обыграл «Спартак» со счётом 2:1.", 2, "score", True),
    # uk
    ("uk", "Двоє загиблих опізнані.", 2, "count", True),
    ("uk", "Внаслідок удару п'ятеро людей поранено.", 5, "count", True),
    ("uk", "Лікарі врятували трьох дітей.", 3, "count", True),
    ("uk", "Сотні людей вийшли на протест.", 200, "count", False),
    ("uk", "Десятки будинків пошкоджено.", 20, "count", False),
    ("uk", "Відключення триватиме 48 годин.", 48, "duration", True),
    ("uk", "Затримано 37-річного чоловіка.", 37, "age", True),
    ("uk", "Переговори відбудуться 4 березня.", 4, "date", True),
    ("uk", "Потяг вирушить о 14:30.", 14.5, "time", True),
    ("uk", "Явка становила 42 відсотки.", 42, "percent", True),
    ("uk", "Спортсменка вийшла в 3-й раунд.", 3, "ordinal", True),
    ("uk", "«Динамо» перемогло з рахунком 3:0.", 3, "score", True),
    # pl
    ("pl", "Pięciu rannych trafiło do szpitala.", 5, "count", True),
    ("pl", "Policja potwierdziła trzech zabitych.", 3, "count", True),
    ("pl", "Ewakuowano tysiąc trzysta czterdzieści osób.", 1340, "count", True),
    ("pl", "Kilkadziesiąt osób zostało ewakuowanych.", 20, "count", False),
    ("pl", "Protest trwał przez 3 dni.", 3, "duration", True),
    ("pl", "Zatrzymano 45-latka z Radomia.", 45, "age", True),
    ("pl", "Spotkanie odbędzie się 3 marca.", 3, "date", True),
    ("pl", "Pociąg odjeżdża o godz. 14.30.", 14.5, "time", True),
    ("pl", "Frekwencja wyniosła 42 proc.", 42, "percent", True),
    ("pl", "Zawodniczka zajęła 3. miejsce.", 3, "ordinal", True),
    ("pl", "Legia wygrała 2:1.", 2, "score", True),
    # rainfall in every way of writing it: millimetres, and litres per square metre (the same quantity)
    ("it", "Caduti 312 millimetri di pioggia.", 312, "measure", True),
    ("es", "Génova registra 312 l/m² de lluvia.", 312, "measure", True),
    ("de", "Es fielen 312 Liter pro Quadratmeter.", 312, "measure", True),
    # de: compound scales, scales with no number
    ("de", "Italiens Regierung bringt 18-Milliarden-Budget auf den Weg.", 18e9, "count", True),
    ("de", "Es geht um Milliarden für die Bahn.", 2e9, "count", False),
    # nl (not one of the nine languages asked for, but in every corpus): words, collectives, kinds
    ("nl", "Bij het ongeval vielen zes doden.", 6, "count", True),
    ("nl", "Een tiental mensen raakte gewond.", 10, "count", False),
    ("nl", "Er vielen vijfentwintig gewonden.", 25, "count", True),
    ("nl", "De staking duurt 24 uur.", 24, "duration", True),
    ("nl", "De brug was pas 3 jaar oud.", 3, "age", True),
    ("nl", "De loopbrug begaf het rond 20.30 uur.", 20.5, "time", True),
    # a vote tally is a score, not two counts; a contract's seasons and a stretch of days are durations
    ("nl", "De Tweede Kamer neemt de wet aan met 76 tegen 74 stemmen.", 76, "score", True),
    ("de", "Das Parlament billigt das Gesetz mit 76 zu 74 Stimmen.", 76, "score", True),
    ("pl", "Sejm przyjął ustawę 230 do 215 głosami.", 230, "score", True),
    ("en", "The survey asked 40 to 60 voters in each town.", 40, "count", False),  # a range of voters, no tally
    ("es", "El delantero firma por cinco temporadas.", 5, "duration", True),
    ("pl", "Tor ponownie otwarty po sześciu dniach przerwy.", 6, "duration", True),
    # the minute of a match is a time
    ("pt", "O golo decisivo surgiu ao minuto 88.", 88, "time", True),
    ("es", "Marcó el gol decisivo en el minuto 88.", 88, "time", True),
]


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("pl", "Badanie przeprowadzono 1–3 października.", "date"),
        ("nl", "Het onderzoek liep van 2 tot en met 6 oktober.", "date"),
        ("it", "Garantite le fasce dalle 6 alle 9 e dalle 18 alle 21.", "time"),
        ("es", "Abierto de las 8 a las 14.30 horas.", "time"),
    ],
)
def test_both_ends_of_a_span_of_days_or_hours_are_dates_or_times(language: str, text: str, kind: str) -> None:
    numbers = find_numbers(text, language)
    assert len(numbers) >= 2 and {n.kind for n in numbers} == {kind}, numbers


@pytest.mark.parametrize(("language", "text", "value", "kind", "exact"), KINDS)
def test_kind_of_every_number(language: str, text: str, value: float, kind: str, exact: bool) -> None:
    numbers = [n for n in find_numbers(text, language) if n.kind != "year"]
    assert len(numbers) == 1, numbers
    (number,) = numbers
    assert (number.value, number.kind, number.exact) == (pytest.approx(value), kind, exact)
    assert text[number.start : number.end] == number.surface


def test_the_kinds_table_covers_every_kind_in_every_language() -> None:
    wanted = {"count", "duration", "age", "date", "time", "percent", "ordinal", "score"}
    for language in ("en", "fr", "es", "de", "it", "pt", "ru", "uk", "pl"):
        rows = [row for row in KINDS if row[0] == language]
        assert {kind for _, _, _, kind, _ in rows} >= wanted, language
        assert any(kind == "count" and not exact for _, _, _, kind, exact in rows), f"{language}: no collective"
        assert any(kind == "count" and exact for _, _, _, kind, exact in rows), f"{language}: no spelled cardinal"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("One of the bridges was closed.", "en"),
        ("Un homme a été arrêté.", "fr"),
        ("Une voiture a pris feu.", "fr"),
        ("Uno de los puentes sigue cerrado.", "es"),
        ("Una mujer fue detenida.", "es"),
        ("Ein Mann wurde festgenommen.", "de"),
        ("Eine Frau wurde verletzt.", "de"),
        ("Un uomo è stato fermato.", "it"),
        ("Uma das pontes continua fechada.", "pt"),
        ("Один из мостов закрыт.", "ru"),
        ("Один з мостів закрито.", "uk"),
        ("Jeden z mostów jest zamknięty.", "pl"),
    ],
)
def test_articles_are_not_counts(text: str, language: str) -> None:
    assert find_numbers(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [("One dead and three injured.", "en", 1), ("Un muerto en el accidente.", "es", 1), ("Ein Toter.", "de", 1)],
)
def test_a_lone_one_counts_before_a_casualty_noun(text: str, language: str, value: float) -> None:
    assert (find_numbers(text, language)[0].value, find_numbers(text, language)[0].kind) == (value, "count")


@pytest.mark.parametrize(
    ("text", "language", "kinds"),
    [
        ("Der Satz sinkt von 3,25 auf 3,00 Prozent.", "de", ["percent", "percent"]),
        ("Die Gefahrenstufe wurde auf 3 angehoben, 3 an der Zahl.", "de", ["count", "count"]),
        ("Bis zu 40 Zentimeter Neuschnee.", "de", ["measure"]),
        ("The 182-km road opened.", "en", ["measure"]),
        ("razem z 182-kilometrowym odcinkiem", "pl", ["measure"]),
        ("A 20-летний конфликт продолжается.", "ru", ["duration"]),
        ("25 basis points", "en", ["percent"]),
        ("um 25 Basispunkte", "de", ["percent"]),
        ("0,25 процентного пункта", "ru", ["percent"]),
        ("The margin is 3.5 percentage points.", "en", ["percent"]),
        ("The team won, then waited 3-5 days.", "en", ["duration"]),
        ("Prices rose 10-15 %.", "en", ["percent"]),
        ("a week of sub-zero temperatures", "en", []),
        ("un pont neuf.", "fr", []),
        ("trois pour cent", "fr", ["percent"]),
        ("The Lakers won 121:119.", "en", ["score"]),
    ],
)
def test_units_and_pairs(text: str, language: str, kinds: list[str]) -> None:
    assert [n.kind for n in find_numbers(text, language)] == kinds


def test_years_are_years_not_counts() -> None:
    (year,) = find_numbers("in 2024", "en")
    assert (year.kind, year.value) == ("year", 2024)
    assert [n.kind for n in find_numbers("10,000 in 2022 and 25,000 in 2023", "en")] == [
        "count",
        "year",
        "count",
        "year",
    ]


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("de", "Auch Mülhausen betroffen: Velaris streicht 1850 Stellen", "count"),
        ("pt", "Velaris corta 1850 empregos em Itália e França", "count"),
        ("fr", "en mars 1850 les prix ont baissé", "year"),  # a month before it
        ("es", "La empresa fue fundada en 1850 por", "year"),  # a function word before it
        ("ru", "основан в 1850 году", "year"),  # a unit after it
        ("de", "Die Stadt verlor 1850 Einwohner", "count"),
        ("en", "the 1850 census", "year"),  # English writes a year before its noun
        ("fr", "Le budget 2024 prévoit des coupes", "year"),  # a later year stays a year
        ("de", "Hitler überfiel 1939 Polen", "year"),
        ("de", "Die Stadt wuchs ab 1850 stark", "year"),  # a preposition before it
    ],
)
def test_a_number_that_could_be_a_year_long_past_counts_the_noun_after_a_verb(
    language: str, text: str, kind: str
) -> None:
    (number,) = find_numbers(text, language)
    assert number.kind == kind


@pytest.mark.parametrize(
    ("language", "text", "kinds"),
    [
        ("pl", "Pocisk trafił w blok około 3.40 czasu lokalnego.", ["time"]),
        ("pl", "Ogień pojawił się około 2.15 w nocy.", ["time"]),
        ("de", "Die Explosion um 4.30 Ortszeit", ["time"]),
        ("en", "Shares rose 2.15 points.", ["count"]),  # no time-of-day words after it
        ("nl", "Veldkamp ondervroeg Vlamingen tussen 8 en 13 april.", ["date", "date"]),
        ("it", "Intervistati tra il 2 e il 4 aprile.", ["date", "date"]),
        ("en", "Surveyed between 8 and 13 April.", ["date", "date"]),
        ("it", "19 voti a favore e 11 contrari", ["score"]),  # no month after it: a tally
        ("en", "EUR/USD at $1.08 UTC", ["money"]),
        ("en", "Estimates put it at 1,200 ± 300 people", ["count", "count"]),  # the spread of a figure, no margin
        ("de", "Nachts Temperaturen um ±0", ["count"]),  # no margin of zero
    ],
)
def test_dotted_times_of_day_and_spans_of_days_joined_by_and(language: str, text: str, kinds: list[str]) -> None:
    assert [n.kind for n in find_numbers(text, language)] == kinds


@pytest.mark.parametrize(
    ("language", "text", "days"),
    [
        ("en", "after the attacks on 2 and 8 May", {(5, 2, None), (5, 8, None)}),  # two days, each named
        ("fr", "les frappes des 2 et 8 mai", {(5, 2, None), (5, 8, None)}),
        ("pl", "sondaż z 1–3 października", set()),  # a span: fieldwork, not a day something happened
    ],
)
def test_two_days_joined_by_and_are_both_named_and_a_span_names_none(
    language: str, text: str, days: set[tuple[int, int, int | None]]
) -> None:
    assert days_named(text, language) == days


def test_ranges_keep_both_ends() -> None:
    (number,) = find_numbers("between 10,000–15,000 troops", "en")
    assert (number.value, number.value_high, number.exact) == (10_000, 15_000, False)
    (russian,) = find_numbers("от 10 до 15 тыс. человек", "ru")
    assert (russian.value, russian.value_high) == (10_000, 15_000)  # the scale after the high end is both ends'
    (dutch,) = find_numbers("een omzet van 30 tot 35 miljard euro", "nl")
    assert (dutch.value, dutch.value_high, dutch.unit) == (30e9, 35e9, "EUR")
    (millions,) = find_numbers("1.5m to 2m people fled", "en")  # a short scale glued to both ends
    assert (millions.value, millions.value_high, millions.kind) == (1_500_000, 2_000_000, "count")
    (fine,) = find_numbers("a €2m-3m fine", "en")
    assert (fine.value, fine.value_high, fine.unit) == (2_000_000, 3_000_000, "EUR")


@pytest.mark.parametrize(
    ("text", "language", "low", "high"),
    [
        ("between 1.5m and 2m people", "en", 1_500_000, 2_000_000),  # "people" makes both "m"s millions
        ("between 1.5 and 2 million people", "en", 1_500_000, 2_000_000),  # the scale after the high end is both's
        ("Betroffen sind zwischen 40 und 60 Menschen.", "de", 40, 60),
        ("Entre 1,5 et 2 millions de clients sont privés d'accès.", "fr", 1_500_000, 2_000_000),
        ("Entre 1,5 y 2 millones de personas viven en la zona.", "es", 1_500_000, 2_000_000),
        ("I clienti coinvolti sono tra 1,5 e 2 milioni.", "it", 1_500_000, 2_000_000),
        ("Vivem ali entre 1,5 e 2 milhões de pessoas.", "pt", 1_500_000, 2_000_000),
        ("Zaginionych jest między 40 a 60 osób.", "pl", 40, 60),
        ("Пропали без вести между 40 и 60 человек.", "ru", 40, 60),
        ("Зникли безвісти між 40 і 60 людей.", "uk", 40, 60),
    ],
)
def test_between_and_joins_a_range(text: str, language: str, low: float, high: float) -> None:
    """After "between", "and" joins the two ends of a range, as "to" and "bis" do: the low end is scaled like the
    high one ("entre 1,5 et 2 millions" is 1.5 to 2 million), and a later "60 missing" is one end, not a change."""
    (number,) = find_numbers(text, language)
    assert (number.value, number.value_high, number.kind) == (low, high, "count")


def test_and_without_between_joins_no_range() -> None:
    found = find_numbers("The blast killed 5 and injured 12; between 10 and 200 people fled.", "en")
    assert [(n.value, n.value_high) for n in found] == [(5, None), (12, None), (10, None), (200, None)]


@pytest.mark.parametrize(
    ("text", "language", "found"),
    [
        # a dash joins any rising range, from 0 and over ten times too
        ("Growth of 1-30% is expected.", "en", [(1, 30, "percent")]),
        ("Unemployment will be 0-3%.", "en", [(0, 3, "percent")]),
        # what looks like a tally but is not one
        ("За проголосовало 68% избирателей, против — 25%.", "ru", [(68, None, "percent"), (25, None, "percent")]),
        ("El candidato sumaba 172 votos a 48 horas del cierre.", "es", [(172, None, "count"), (48, None, "duration")]),
        ("Zdobył 30 głosów do 15 maja.", "pl", [(30, None, "count"), (15, None, "date")]),
        # a gale's force and an exchange rate are no magnitude and no money
        ("Orkanböen der Stärke 12 erwartet.", "de", [(12, None, "count")]),
        ("EUR/USD 1.08 in early trade.", "en", [(1.08, None, "count")]),
        # scale words after an approximate collective; "tn" is Spanish tonnes, not 10^12
        ("Several hundred thousand people fled.", "en", [(200_000, None, "count")]),
        ("La cosecha alcanzó 5.000 tn de trigo.", "es", [(5000, None, "count")]),
        # Dutch thousands in one word
        ("Er kwamen vijfduizend mensen.", "nl", [(5000, None, "count")]),
        ("Het kost vijftienhonderd euro.", "nl", [(1500, None, "money")]),
        # a multiplier after "в" is no clock time
        ("Цены выросли в 1.35 раза.", "ru", [(1.35, None, "count")]),
        # a name that ends in a number states no quantity: an index, a competition, an aircraft
        ("The S&P 500 fell 2% as 500 jobs were cut.", "en", [(2, None, "percent"), (500, None, "count")]),
        ("Verstappen won the Formula 1 race; a Boeing 737 was grounded.", "en", []),
    ],
)
def test_forms_that_look_like_others(text: str, language: str, found: list[tuple]) -> None:
    numbers = [n for n in find_numbers(text, language) if n.kind != "year"]
    assert [(pytest.approx(n.value), n.value_high, n.kind) for n in numbers] == found


def test_a_change_is_not_a_range() -> None:
    """A range rises, by ten times at most: "rose by 0.4 points to 5.1 %", "fell from 150 to 120" and "€1.5m to 300
    pensioners" are two figures each."""
    for text, language in (
        ("Unemployment rose by 0.4 percentage points to 5.1%", "en"),
        ("Prices fell from 150 to 120 euros", "en"),
        ("estafar más de 1,5 millones de euros a 300 ancianos", "es"),
    ):
        assert [n.value_high for n in find_numbers(text, language) if n.kind != "year"] == [None, None], text


@pytest.mark.parametrize(
    ("core", "language", "scaled", "expected"),
    [
        ("182,000", "en", False, (182_000, False)),  # English thousands comma: unambiguous
        ("182.000", "de", False, (182_000, False)),  # German thousands dot: unambiguous
        ("182,000", "de", False, (182_000, True)),  # German decimal comma with 3 digits: ambiguous, read as thousands
        ("1,200", "de", True, (1.2, True)),  # ... but before a scale word it is a decimal: "1,200 Mio."
        ("1,200", "en", True, (1_200, False)),  # English "1,200 million" is 1.2 billion
        ("182.000", "en", False, (182_000, True)),  # English decimal dot with 3 digits: ambiguous
        ("182.000", "fr", False, (182_000, False)),  # French groups with spaces; a dot is never its decimal mark
        ("1,2", "de", False, (1.2, False)),
        ("4.75", "en", False, (4.75, False)),
        ("1.234,5", "de", False, (1234.5, False)),
        ("1,234.5", "en", False, (1234.5, False)),
        ("182,000", None, False, (182_000, True)),  # unknown language: always flagged
    ],
)
def test_separator_rule(core: str, language: str | None, scaled: bool, expected: tuple[float, bool]) -> None:
    value, ambiguous = parse_number(core, language, scaled)
    assert (value, ambiguous) == (pytest.approx(expected[0]), expected[1])


@pytest.mark.parametrize(
    ("language", "text", "days"),
    [
        ("en", "The blaze on June 3 injured four workers", {(6, 3, None)}),
        (
            "en",
            "On 5 November, 12 died",
            {(11, 5, None)},
        ),  # 12 counts the dead: a comma stands between it and the month
        ("de", "Der Brand vom 3. Juni", {(6, 3, None)}),
        ("it", "l'attacco del 2 giugno", {(6, 2, None)}),
        ("uk", "Внаслідок атаки 2 червня загинули 12 людей", {(6, 2, None)}),
        ("pl", "W pożarze 3 czerwca rannych zostało czterech pracowników", {(6, 3, None)}),
        ("es", "el robo, cometido el 3 de octubre", {(10, 3, None)}),
        ("nl", "Het onderzoek liep van 2 tot en met 6 oktober", set()),  # a span of days: a survey's fieldwork
        ("pl", "Badanie przeprowadzono 1–3 października", set()),
        ("en", "The survey was carried out on October 1-3", set()),
        ("uk", "від початку вторгнення 24 лютого 2022 року", {(2, 24, 2022)}),  # the year written, when it is
        ("en", "On June 3, 2025 the court ruled", {(6, 3, 2025)}),
        ("en", "In February 12 people died in Kharkiv", set()),  # a month as a period: 12 counts the dead
    ],
)
def test_the_days_of_month_a_text_names(language: str, text: str, days: set[tuple[int, int, int | None]]) -> None:
    assert days_named(text, language) == days


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Room 3C was flooded"),  # a label, not a temperature ("Cordoba hits 45C" is one)
        ("en", "Terminal 2C reopened"),
        ("ru", "уничтожено 3 Т-72 и две БМП"),  # a tank, not tonnes ("1340 т зерна" are)
        ("ru", "12 т. е. все"),  # "that is"
        ("en", "a 500 pound bomb"),  # a weight, not sterling
        ("fr", "une amende de 50 000 francs CFA"),  # not Swiss francs
    ],
)
def test_letters_after_a_number_that_name_no_unit_here(language: str, text: str) -> None:
    assert [(n.kind, n.unit) for n in find_numbers(text, language) if n.unit] == []


def test_a_dash_between_two_temperatures_joins_a_range_and_is_no_minus_sign() -> None:
    (mention,) = find_numbers("temperatures of 10-20 degrees", "en")
    assert (mention.value, mention.value_high, mention.unit) == (10, 20, "°C")
