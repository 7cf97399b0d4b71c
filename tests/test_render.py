"""Terminal output: feed text is printed as text, never interpreted as rich markup or hyperlinks."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from rich.console import Console
from typer.testing import CliRunner

from pipeline import render
from pipeline.cli import app
from pipeline.store.claims import ClaimRow, SpreadRow
from pipeline.store.narratives import ArticleRef, NarrativeDetail, NarrativeRow

PHISH = "[link=https://evil.test/phish]Official MoD statement[/link]"
BROKEN = "Deserters [/bold] figure"
WHEN = datetime(2024, 11, 5, 7, 30, tzinfo=UTC)


def printed(*renderables) -> tuple[str, str]:
    """What a terminal shows, and the raw escape sequences it is sent."""
    console = Console(record=True, width=200, force_terminal=True, color_system="truecolor")
    for renderable in renderables:
        console.print(renderable)
    return console.export_text(), console.export_text(styles=True)


def test_hostile_titles_and_outlets_print_literally_in_a_claim_trace() -> None:
    claim = ClaimRow(
        "c1", 182000.0, BROKEN, 2024, "a1", PHISH, WHEN, 3, 2, 2, None, "count", None, 3, ["en", "ru"],
        ["182,000", "182 тыс."], WHEN, "entry", None,
    )  # fmt: skip
    spread = [SpreadRow("c1", PHISH, "en", WHEN, 1, "a1", BROKEN, "https://x.test/a", "182,000", False, None)]
    shown, raw = printed(render.claim_panel(claim), render.spread_table(spread))
    assert PHISH in shown and BROKEN in shown
    assert "\x1b]8;" not in raw  # no OSC-8 hyperlink reaches the terminal


def test_hostile_narrative_text_prints_literally() -> None:
    narrative = NarrativeRow(
        1, PHISH, [BROKEN], [], 1, 1, ["en"], WHEN, WHEN, PHISH, "a1", PHISH, False, WHEN.date(), 1, PHISH
    )
    detail = NarrativeDetail(narrative, [], [], [ArticleRef(WHEN, PHISH, "en", BROKEN, None)])
    shown, raw = printed(render.narratives_table([narrative]), *render.narrative_tables(detail))
    assert shown.count("[link=https://evil.test/phish]") >= 3 and BROKEN in shown
    assert "\x1b]8;" not in raw


def test_sql_prints_values_as_text(tmp_path: Path, write_feeds) -> None:
    db = tmp_path / "w.duckdb"
    feeds = write_feeds([{"name": "Harbour Gazette", "url": str(Path(__file__).parent / "data" / "good.rss")}])
    CliRunner().invoke(app, ["ingest", "--feeds", str(feeds), "--db", str(db)])
    result = CliRunner().invoke(app, ["sql", "--db", str(db), f"SELECT '{BROKEN}' AS a, '{PHISH}' AS b"])
    assert result.exit_code == 0, result.output
    assert BROKEN in result.output and "[link=https://evil.test/phish]" in result.output
