"""Free-text claim queries in any language, and the trace/top commands on the demo warehouse."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from pipeline.claims.search import parse_query, parse_window
from pipeline.cli import app

runner = CliRunner()
WIDE = {"COLUMNS": "200"}


def claims(*args: str):
    return runner.invoke(app, ["claims", *args, "--format", "table"], env=WIDE)


def table_rows(output: str) -> list[list[str]]:
    """The cells of each claim row in the tables printed ("│ c… │ 182,000 │ deserters │ …")."""
    return [[cell.strip() for cell in line.split("│")[1:-1]] for line in output.splitlines() if line.startswith("│ c")]


@pytest.mark.parametrize(
    ("query", "value", "concept"),
    [
        ("182,000 deserters", 182_000, "deserters"),
        ("182 тыс. дезертиров", 182_000, "deserters"),
        ("182.000 Deserteure", 182_000, "deserters"),
        ("182 tys. ton pszenicy", 182_000, "wheat"),
    ],
)
def test_queries_in_any_language(query: str, value: float, concept: str) -> None:
    parsed = parse_query(query)
    assert parsed.values == (value,) and concept in parsed.concepts


def test_windows() -> None:
    assert parse_window("7d") == timedelta(days=7) and parse_window("24h") == timedelta(hours=24)
    with pytest.raises(ValueError, match="e.g. 7d"):
        parse_window("last week")


@pytest.mark.parametrize("query", ["182,000 deserters", "182 тисячі дезертирів"])
def test_trace_shows_origin_spread_and_variant(demo_db: Path, query: str) -> None:
    result = runner.invoke(
        app, ["claims", "trace", "--db", str(demo_db), query, "--format", "table"], env={"COLUMNS": "200"}
    )
    assert result.exit_code == 0, result.output
    assert "first seen │ Eastern Dispatch Daily at 2024-11-05 07:30 UTC" in result.output
    timeline = result.output.split("Spread timeline")[1].split("Variants")[0]
    assert (
        timeline.index("Eastern Dispatch Daily") < timeline.index("Вечерний курьер") < timeline.index("Alpen-Rundschau")
    )
    assert "200,000" in result.output.split("Variants")[1]
    assert "182,000 tonnes" in result.output.split("Other claims with this value")[1]


def test_trace_of_a_value_nobody_wrote(demo_db: Path) -> None:
    result = runner.invoke(app, ["claims", "trace", "--db", str(demo_db), "999,999 deserters"])
    assert result.exit_code == 1 and "no claim" in result.output


def test_top_ranks_the_most_repeated_claims(demo_db: Path) -> None:
    result = runner.invoke(
        app, ["claims", "top", "--db", str(demo_db), "--since", "21d", "--format", "table"], env={"COLUMNS": "200"}
    )
    assert result.exit_code == 0, result.output
    rows = [line for line in result.output.splitlines() if line.startswith("│ c")]
    assert "182,000" in rows[0] and "deserters" in rows[0]


@pytest.mark.parametrize("query", ["182000", "182k", "182 тыс.", "182.000", "182 000"])
def test_a_bare_number_is_a_value_without_words(query: str) -> None:
    parsed = parse_query(query)
    assert parsed.values == (182_000,) and parsed.is_bare_number and not parsed.concepts


def test_a_unit_written_with_the_number_must_match_too() -> None:
    parsed = parse_query("182 000 tonnes")
    assert parsed.values == (182_000,) and parsed.units == {"tonnes"}


@pytest.mark.parametrize("query", ["1.2 GW", "1,2 GW", "1200 MW", "1.2 gigawatts", "Windpark 1,2 Gigawatt"])
def test_a_measure_is_asked_for_in_any_unit_of_its_kind(query: str) -> None:
    """The claim stores 1,200 MW whichever unit its articles wrote; a short query's language is a guess ("1.2
    gigawatts" reads as Tagalog), so the reading that finds the query's unit wins."""
    parsed = parse_query(query)
    assert parsed.values == (1200,) and parsed.units == {"MW"}


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("nonsense xyz", "error: no claim matches 'nonsense xyz'"),
        ("182,000 drones", "error: no claim with the value 182,000 counts 'drones'"),
    ],
)
def test_a_query_that_matches_nothing_says_so(demo_db: Path, query: str, message: str) -> None:
    result = claims("trace", "--db", str(demo_db), query)
    assert result.exit_code == 1, result.output
    assert message in result.output and "Spread timeline" not in result.output


def test_a_query_with_nothing_to_search_for_is_bad_input(demo_db: Path) -> None:
    result = claims("trace", "--db", str(demo_db), "  ")
    assert result.exit_code == 2 and "nothing to search for" in result.output


@pytest.mark.parametrize("query", ["182000", "182k", "182 тыс.", "182.000"])
def test_a_bare_number_lists_the_claims_with_that_value_by_spread(demo_db: Path, query: str) -> None:
    result = claims("trace", "--db", str(demo_db), query)
    assert result.exit_code == 0, result.output
    assert "2 claims with the value 182,000, by spread" in result.output
    rows = table_rows(result.output)
    assert [row[1:3] for row in rows] == [["182,000", "deserters"], ["182,000 tonnes", "wheat"]]
    assert [int(row[5]) for row in rows] == [11, 10]  # outlets
    assert "Spread timeline" not in result.output  # not picked silently: the analyst says which
    assert 'add what is counted to trace one, e.g. "182,000 deserters", "182,000 wheat"' in result.output


def test_a_bare_number_only_one_claim_has_is_traced(demo_db: Path) -> None:
    result = claims("trace", "--db", str(demo_db), "200 тысяч")
    assert result.exit_code == 0, result.output
    assert "first seen │ Вечерний курьер" in result.output and "Spread timeline" in result.output


@pytest.mark.parametrize(
    "translations",
    [
        [
            "182,000 deserters",
            "182.000 Deserteure",
            "182 tys. dezerterów",
            "182 тыс. дезертиров",
            "182 тисячі дезертирів",
            "182 000 déserteurs",
        ],
        ["deserters", "Deserteure", "dezerterów", "дезертиров", "дезертирів", "déserteurs"],
    ],
    ids=["with the number", "words only"],
)
def test_the_same_claim_in_any_language(demo_db: Path, translations: list[str]) -> None:
    outputs = {query: claims("trace", "--db", str(demo_db), "--limit", "10", query) for query in translations}
    assert all(result.exit_code == 0 for result in outputs.values()), outputs
    assert len({result.output for result in outputs.values()}) == 1  # same claim, same variants, same others
    output = next(iter(outputs.values())).output
    assert "value      │ 182,000 " in output and "subject    │ deserters" in output
    if not parse_query(translations[0]).values:  # words only: the other claims about deserters, by spread
        others = table_rows(output.split("Other matching claims")[1])
        assert others and all(row[2] == "deserters" for row in others)
        spreads = [tuple(int(n) for n in row[5:8]) for row in others]  # outlets, langs, mentions
        assert spreads == sorted(spreads, reverse=True)


def test_top_counts_every_column_in_the_window(demo_db: Path) -> None:
    result = claims("top", "--db", str(demo_db), "--since", "24h", "--min-outlets", "1", "--limit", "1000")
    assert result.exit_code == 0, result.output
    shown = {row[0]: tuple(int(n) for n in row[5:8]) for row in table_rows(result.output)}
    con = duckdb.connect(str(demo_db), read_only=True)
    try:
        in_window = con.execute(
            """
            SELECT claim_id, count(DISTINCT outlet), count(DISTINCT language), count(*), any_value(c.n_languages)
            FROM claim_mentions JOIN claims c USING (claim_id)
            WHERE published_at > (SELECT max(published_at) FROM articles) - INTERVAL 24 HOURS
            GROUP BY claim_id
            """
        ).fetchall()
    finally:
        con.close()
    assert shown == {claim_id: (outlets, langs, mentions) for claim_id, outlets, langs, mentions, _ in in_window}
    # "almost 200,000 deserters" was repeated in 8 languages, in 1 on the last day
    assert any(langs < all_time for _, _, langs, _, all_time in in_window)
