"""The number normaliser over surface forms in eight languages, traps included."""

from __future__ import annotations

import pytest

from pipeline.claims.numbers import find_numbers, parse_number

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
]


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


def test_the_table_covers_enough_forms_and_languages() -> None:
    assert len(FORMS) >= 60 and len({language for language, *_ in FORMS}) >= 8


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("on 5 November", "en"),
        ("am 5. November", "de"),
        ("5 листопада", "uk"),
        ("le 8 novembre", "fr"),
        ("at 07:30 UTC", "en"),
        ("on 05.11.2024", "de"),
        ("2024-11-05", "en"),
        ("F-16 jets", "en"),
        ("the S19 expressway", "pl"),
        ("3rd brigade", "en"),
        ("Su-34 bombers", "ru"),
        ("COVID-19", "en"),
    ],
)
def test_dates_times_and_model_names_are_not_quantities(text: str, language: str) -> None:
    assert find_numbers(text, language) == []


def test_years_are_years_not_counts() -> None:
    (year,) = find_numbers("in 2024", "en")
    assert (year.kind, year.value) == ("year", 2024)
    assert [n.kind for n in find_numbers("10,000 in 2022 and 25,000 in 2023", "en")] == [
        "count",
        "year",
        "count",
        "year",
    ]


def test_ranges_keep_both_ends() -> None:
    (number,) = find_numbers("between 10,000–15,000 troops", "en")
    assert (number.value, number.value_high, number.exact) == (10_000, 15_000, False)
    (russian,) = find_numbers("от 10 до 15 тыс. человек", "ru")
    assert russian.value_high == 15_000


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
