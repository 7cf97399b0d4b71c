"""What the CLI prints: rich tables built from typed warehouse rows, or the same rows as CSV or JSON for other tools.

Feed text (titles, outlet names, surface forms) is data, never markup: it is wrapped in `Text` objects, so a
title containing `[bold]` or `[link=…]` prints literally. CSV and JSON carry every value whole: ISO-8601 dates,
lists as JSON arrays (inside a CSV cell too), None as empty (CSV) or null (JSON).
"""

from __future__ import annotations

import csv
import dataclasses
import json
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, TextIO

from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from pipeline.digest import number
from pipeline.jobs import RunSummary
from pipeline.store.claims import ClaimRow, SpreadRow, TopClaimRow
from pipeline.store.narratives import NarrativeDetail, NarrativeRow

SHORT_TITLE = 70
READABLE_COLUMN = 12
"""Characters a column of `narratives sql` must get; when the terminal cannot give every column that many, each row
is printed as a block of `column  value` lines instead of a table of ellipses."""


def text(value: Any, style: str | None = None) -> Text:
    """Any value as literal text (None as empty)."""
    return Text("" if value is None else str(value), style=style or "")


def shorten(value: str, width: int = SHORT_TITLE) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"


def query_result(columns: Sequence[str], rows: Sequence[tuple]) -> Table:
    table = Table(show_lines=False)
    for column in columns:
        table.add_column(text(column))
    for row in rows:
        table.add_row(*(text(value) for value in row))
    return table


def sql_result(columns: Sequence[str], rows: Sequence[tuple], width: int) -> RenderableType:
    """A query result that stays readable at any terminal width: a table whose columns fold long values when every
    column fits at `READABLE_COLUMN` characters (or its widest value, when narrower), else one block per row."""
    cells = [[plain(value) for value in row] for row in rows]
    needs = [
        min(max([cell_len(column), *(cell_len(row[i]) for row in cells)]), READABLE_COLUMN)
        for i, column in enumerate(columns)
    ]
    if sum(needs) + 3 * len(columns) + 1 <= width:
        table = Table()
        for column, need in zip(columns, needs, strict=True):
            table.add_column(text(column), overflow="fold", min_width=need)
        for row in cells:
            table.add_row(*(text(value) for value in row))
        return table
    blocks = []
    for number_, row in enumerate(cells, 1):
        block = Table(show_header=False, title=f"row {number_}", title_justify="left", show_edge=False)
        block.add_column(style="bold", no_wrap=True)
        block.add_column(overflow="fold")
        for column, value in zip(columns, row, strict=True):
            block.add_row(text(column), text(value))
        blocks.append(block)
    return Group(*blocks)


def plain(value: Any) -> str:
    """A value as one line of text for CSV and tables: ISO dates, JSON lists and structs, None as empty."""
    if value is None:
        return ""
    if isinstance(value, list | tuple | dict):
        return json.dumps(value, default=json_value, ensure_ascii=False)
    if isinstance(value, date | time | datetime):
        return value.isoformat()
    return str(value)


def json_value(value: Any) -> Any:
    """`json.dumps` default: what JSON has no type for (dates ISO-8601, durations in seconds, decimals as numbers)."""
    if isinstance(value, date | time | datetime):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bytes):
        return value.hex()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    return str(value)


def write_csv(out: TextIO, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([plain(value) for value in row] for row in rows)


def write_json(out: TextIO, data: Any) -> None:
    """Dataclass rows become objects (nested ones too), lists arrays."""
    json.dump(data, out, default=json_value, ensure_ascii=False, indent=2)
    out.write("\n")


def columns_and_rows(rows: Sequence[Any], row_type: type) -> tuple[list[str], list[list[Any]]]:
    """Dataclass rows as a header (the field names, also when there are no rows) and value lists, for CSV."""
    names = [f.name for f in dataclasses.fields(row_type)]
    return names, [[getattr(row, name) for name in names] for row in rows]


def claim_panel(claim: ClaimRow) -> Table:
    table = Table(title=f"Claim {claim.claim_id}", show_header=False, title_justify="left")
    table.add_row("value", text(f"{number(claim.value)} {claim.unit or ''}".strip()))
    table.add_row("subject", text(claim.subject or "-"))
    table.add_row("year", text(claim.year or "-"))
    first = Text.assemble((claim.first_seen_outlet, "bold yellow"), f" at {claim.first_seen_at:%Y-%m-%d %H:%M} UTC")
    table.add_row("first seen", first)
    table.add_row(
        "spread",
        text(
            f"{claim.n_mentions} mentions, {claim.n_outlets} outlets, {claim.n_languages} languages "
            f"({', '.join(claim.languages)})"
        ),
    )
    table.add_row("written as", text(" · ".join(claim.surface_forms[:12])))
    return table


def spread_table(rows: list[SpreadRow]) -> Table:
    table = Table(
        "#", "published (UTC)", "outlet", "lang", "as written", "title", title="Spread timeline", title_justify="left"
    )
    for row in rows:
        title = Text(shorten(row.title))
        if row.near_copy:
            title.append(" (near-copy)", style="dim")
        table.add_row(
            str(row.spread_rank),
            f"{row.first_published_at:%Y-%m-%d %H:%M}",
            text(row.outlet),
            text(row.language or "?"),
            text(row.surface_text),
            title,
            style="bold yellow" if row.spread_rank == 1 else None,
        )
    return table


def claims_table(rows: Sequence[ClaimRow], title: str, caption: str | None = None) -> Table:
    """Claims with their all-time counts; `TopClaimRow`s show every count (outlets, langs, mentions) inside the
    window instead."""
    table = Table(
        "claim",
        "value",
        "subject",
        "year",
        "first seen",
        "outlets",
        "langs",
        "mentions",
        "variant of",
        title=title,
        title_justify="left",
        caption=caption,
        caption_justify="left",
    )
    for row in rows:
        if isinstance(row, TopClaimRow):
            counts = (row.outlets_in_window, row.languages_in_window, row.mentions_in_window)
        else:
            counts = (row.n_outlets, row.n_languages, row.n_mentions)
        table.add_row(*_claim_cells(row), *(str(count) for count in counts), text(row.variant_of or ""))
    return table


def _claim_cells(row: Any) -> tuple[Text, ...]:
    """claim, value, subject, year, first seen: the columns every claim table starts with."""
    return (
        text(row.claim_id),
        text(f"{number(row.value)} {row.unit or ''}".strip()),
        text(row.subject or "-"),
        text(row.year or "-"),
        text(f"{row.first_seen_outlet} {row.first_seen_at:%Y-%m-%d}"),
    )


def narratives_table(rows: list[NarrativeRow], caption: str | None = None) -> Table:
    table = Table(
        "id",
        "label",
        "articles",
        "outlets",
        "languages",
        "first seen",
        "last seen",
        title="Narratives",
        title_justify="left",
        caption=caption,
        caption_justify="left",
    )
    for row in rows:
        label = Text(row.label)
        if row.renamed:
            label.append(" (renamed)", style="dim")
        table.add_row(
            str(row.narrative_id),
            label,
            str(row.n_articles),
            str(row.n_outlets),
            text(", ".join(row.languages)),
            text(f"{row.first_outlet} {row.first_seen_at:%Y-%m-%d}"),
            f"{row.last_seen_at:%Y-%m-%d}",
        )
    return table


def narrative_tables(detail: NarrativeDetail) -> list[Table]:
    """Header, languages, claims inside (when any), articles."""
    n = detail.narrative
    header = Table(title=Text(f"Narrative {n.narrative_id}: {n.label}"), show_header=False, title_justify="left")
    header.add_row("keywords", text(", ".join(n.keywords)))
    header.add_row(
        "first seen", Text.assemble((n.first_outlet, "bold yellow"), f" at {n.first_seen_at:%Y-%m-%d %H:%M} UTC")
    )
    header.add_row("size", text(f"{n.n_articles} articles, {n.n_outlets} outlets, languages {', '.join(n.languages)}"))
    if n.theme_id is not None:
        header.add_row("theme", text(f"{n.theme_id}: {n.theme}"))
    languages = Table(
        "language", "articles", "outlets", "first outlet", "first at", title="By language", title_justify="left"
    )
    for row in detail.by_language:
        languages.add_row(
            text(row.language or "?"),
            str(row.n_articles),
            str(row.n_outlets),
            text(row.first_outlet),
            f"{row.first_at:%Y-%m-%d %H:%M}",
        )
    tables = [header, languages]
    if detail.claims:
        claims = Table(
            "claim", "value", "subject", "year", "first seen", "articles here", "outlets",
            title="Claims inside", title_justify="left",
        )  # fmt: skip
        for row in detail.claims:
            claims.add_row(*_claim_cells(row), str(row.articles_here), str(row.n_outlets))
        tables.append(claims)
    articles = Table("published (UTC)", "outlet", "lang", "title", title="Articles", title_justify="left")
    for row in detail.articles:
        articles.add_row(
            f"{row.published_at:%Y-%m-%d %H:%M}", text(row.outlet), text(row.language or "?"), text(shorten(row.title))
        )
    tables.append(articles)
    return tables


def summary_table(summary: RunSummary) -> Table:
    table = Table(title=f"Run {summary.run_date}", show_header=False, title_justify="left")
    table.add_row("feeds", str(summary.feeds))
    for status in ("fetched", "not_modified", "failed", "unsafe"):
        table.add_row(f"  {status}", str(summary.statuses.get(status, 0)))
    for kind, count in sorted(summary.errors.items()):
        table.add_row(text(f"  error: {kind}"), str(count))
    table.add_row("entries parsed", str(summary.entries))
    table.add_row("new articles", str(summary.new_articles))
    table.add_row("  already stored (same guid or URL)", str(summary.seen_before))
    table.add_row("  linked as near-duplicates", str(summary.near_duplicates))
    if summary.over_item_cap:
        table.add_row("  skipped over a feed's item cap", str(summary.over_item_cap))
    table.add_row("languages", ", ".join(f"{lang} {n}" for lang, n in summary.languages.most_common()) or "-")
    if summary.translations:
        translations = summary.translations
        for language, counts in sorted(translations.by_language.items()):
            detail = ", ".join(f"{status} {n}" for status, n in sorted(counts.items()))
            reason = translations.reasons.get(language)
            table.add_row(text(f"translation {language}"), text(detail + (f" — {reason}" if reason else "")))
        table.add_row("  model calls / cache hits", f"{translations.model_calls} / {translations.cache_hits}")
    if summary.claims:
        claims = summary.claims
        table.add_row("articles scanned for claims", str(claims.articles_scanned))
        table.add_row("  new numeric mentions", f"{claims.new_mentions} ({claims.embedded} contexts embedded)")
        table.add_row("  claims / variants", f"{claims.claims} / {claims.variants}")
        if claims.failed:
            table.add_row("  could not be scanned (logged, queued again)", str(claims.failed))
        if claims.rescanned:
            table.add_row(
                "  scanned again (new extraction rules)",
                f"{claims.rescanned} articles, {claims.mentions_changed} mentions changed"
                + ("" if claims.rescan_done else "; more in the next runs"),
            )
    if summary.narratives:
        narratives = summary.narratives
        table.add_row("articles clustered", f"{narratives.pool} ({narratives.embedded} embedded)")
        table.add_row("  new narratives / outliers", f"{narratives.new_narratives} / {narratives.outliers}")
    if summary.stage_seconds:
        times = " · ".join(f"{stage} {seconds:.1f}" for stage, seconds in summary.stage_seconds.items())
        table.add_row("seconds per stage", times)
    stages = (("translate", summary.translations), ("claims", summary.claims), ("narratives", summary.narratives))
    backlog = ", ".join(f"{name} {stage.backlog}" for name, stage in stages if stage and stage.backlog)
    if backlog:
        table.add_row("left for the next run", backlog)
    return table
