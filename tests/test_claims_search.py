"""Free-text claim queries in any language, and the trace/top commands on the demo warehouse."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.claims.search import parse_query, parse_window
from pipeline.cli import app

runner = CliRunner()


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
    result = runner.invoke(app, ["claims", "trace", "--db", str(demo_db), query], env={"COLUMNS": "200"})
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
    result = runner.invoke(app, ["claims", "top", "--db", str(demo_db), "--since", "21d"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    rows = [line for line in result.output.splitlines() if line.startswith("│ c")]
    assert "182,000" in rows[0] and "deserters" in rows[0]
