"""`narratives` command line: the daily job, the demo, and SQL over the warehouse."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime
from importlib.resources import as_file, files
from pathlib import Path
from typing import Annotated

import duckdb
import typer
from rich.console import Console
from rich.logging import RichHandler
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from pipeline.config import ConfigError, FeedsConfig, load_feeds
from pipeline.jobs import RunSummary, run_daily
from pipeline.warehouse import DB_ENV_VAR, DEFAULT_DB, WarehouseBusy, connect

LOGGER = logging.getLogger(__name__)

DEMO_DB = Path("narratives-demo.duckdb")
EXIT_BAD_INPUT = 2
EXIT_BUSY = 3

console = Console()
app = typer.Typer(
    help="Track how claims and narratives travel across news outlets and languages.",
    no_args_is_help=True,
    rich_markup_mode="markdown",
)

DbOption = Annotated[Path, typer.Option("--db", envvar=DB_ENV_VAR, help="DuckDB warehouse file.", show_default=True)]
FeedsOption = Annotated[Path, typer.Option("--feeds", help="Feeds YAML file (see seeds/feeds.yaml).")]
DateOption = Annotated[
    datetime | None,
    typer.Option("--date", formats=["%Y-%m-%d"], help="Logical run date (default: today, UTC). Rerunning a date is idempotent."),
]


@app.callback()
def main(verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log every warning and step.")] = False) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.ERROR,
        format="%(message)s",
        handlers=[RichHandler(console=Console(stderr=True), show_path=False)],
    )


@app.command()
def ingest(feeds: FeedsOption, db: DbOption = DEFAULT_DB, date_: DateOption = None) -> None:
    """Fetch, parse, detect language and dedup every feed into the warehouse.

    Example: `narratives ingest --feeds seeds/feeds.yaml --db narratives.duckdb`
    """
    _run(feeds, db, date_)


@app.command()
def run(feeds: FeedsOption, db: DbOption = DEFAULT_DB, date_: DateOption = None) -> None:
    """The whole daily job without a scheduler (what the Airflow DAG runs).

    Example: `narratives run --feeds seeds/feeds.yaml --db narratives.duckdb --date 2024-11-21`
    """
    _run(feeds, db, date_)


@app.command()
def demo(db: DbOption = DEMO_DB) -> None:
    """Run the daily job on the bundled demo corpus into a fresh DuckDB file.

    Example: `narratives demo` then `narratives sql --db narratives-demo.duckdb "SELECT * FROM articles LIMIT 5"`
    """
    for stale in (db, db.with_name(db.name + ".wal")):
        stale.unlink(missing_ok=True)
    with as_file(files("seeds") / "demo" / "feeds.yaml") as feeds_file:
        _run(feeds_file, db, None)
    console.print(f"\n[bold]Demo warehouse written to[/] {db}. Try:")
    for query in (
        "SELECT language, count(*) AS articles FROM articles GROUP BY ALL ORDER BY articles DESC",
        "SELECT outlet, published_at, title FROM articles WHERE title ILIKE '%182%' ORDER BY published_at",
        "SELECT status, error_kind, count(*) FROM fetch_summary GROUP BY ALL",
    ):
        console.print(f'  narratives sql --db {db} "{query}"', markup=False, highlight=False, soft_wrap=True)


@app.command()
def sql(
    query: Annotated[str, typer.Argument(help="SQL to run against the warehouse.")],
    db: DbOption = DEFAULT_DB,
    write: Annotated[bool, typer.Option("--write", help="Allow statements that modify the warehouse.")] = False,
    max_rows: Annotated[int, typer.Option("--max-rows", help="Rows to print at most.")] = 100,
) -> None:
    """Run SQL against the warehouse and print the result as a table (read-only unless --write).

    Example: `narratives sql --db narratives.duckdb "SELECT outlet, count(*) FROM articles GROUP BY outlet"`
    """
    if not db.exists():
        _fail(f"no warehouse at {db}: run `narratives run` or `narratives demo` first", EXIT_BAD_INPUT)
    try:
        con = connect(db, read_only=not write)
    except WarehouseBusy as exc:
        _fail(str(exc), EXIT_BUSY)
    try:
        cursor = con.execute(query)
        columns = [column[0] for column in cursor.description or []]
        rows = cursor.fetchmany(max_rows + 1) if columns else []
    except duckdb.Error as exc:
        hint = " (the warehouse is opened read-only; pass --write to modify it)" if "read-only" in str(exc) else ""
        _fail(f"query failed: {exc}{hint}", EXIT_BAD_INPUT)
    finally:
        con.close()
    table = Table(*columns, show_lines=False)
    for row in rows[:max_rows]:
        table.add_row(*("" if value is None else str(value) for value in row))
    console.print(table)
    if len(rows) > max_rows:
        console.print(f"[dim](first {max_rows} rows shown; use --max-rows)[/]")


def _run(feeds_file: Path, db: Path, run_date: datetime | None) -> RunSummary:
    config = _load_config(feeds_file)
    day: date = (run_date or datetime.now(UTC)).date()
    columns = (TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("fetching feeds", total=len(config.feeds))
        try:
            summary = run_daily(config, db, day, str(feeds_file), on_feed=lambda _batch: progress.advance(task))
        except WarehouseBusy as exc:
            _fail(str(exc), EXIT_BUSY)
    console.print(summary_table(summary))
    return summary


def _load_config(path: Path) -> FeedsConfig:
    try:
        return load_feeds(path)
    except ConfigError as exc:
        _fail(str(exc), EXIT_BAD_INPUT)


def summary_table(summary: RunSummary) -> Table:
    table = Table(title=f"Run {summary.run_date}", show_header=False, title_justify="left")
    table.add_row("feeds", str(summary.feeds))
    for status in ("fetched", "not_modified", "failed", "unsafe"):
        table.add_row(f"  {status}", str(summary.statuses.get(status, 0)))
    for kind, count in sorted(summary.errors.items()):
        table.add_row(f"  error: {kind}", str(count))
    table.add_row("entries parsed", str(summary.entries))
    table.add_row("new articles", str(summary.new_articles))
    table.add_row("  skipped as exact duplicates", str(summary.exact_duplicates))
    table.add_row("  linked as near-duplicates", str(summary.near_duplicates))
    table.add_row("languages", ", ".join(f"{lang} {n}" for lang, n in summary.languages.most_common()) or "-")
    return table


def _fail(message: str, code: int) -> None:
    console.print(f"[bold red]error:[/] {message}", highlight=False)
    raise typer.Exit(code)
