"""`narratives` command line: the daily job, the demo, SQL, the digest and exports; sub-commands in their modules."""

from __future__ import annotations

import logging
import sys
from datetime import UTC, date, datetime
from importlib.metadata import version as distribution_version
from importlib.resources import as_file, files
from pathlib import Path
from typing import Annotated

import duckdb
import typer
from rich.console import Console
from rich.logging import RichHandler
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text

from pipeline import render
from pipeline.cli import claims, models, serve, topics
from pipeline.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_NOT_FOUND,
    DateOption,
    DbOption,
    EmbedderOption,
    FeedsOption,
    Format,
    FormatOption,
    FromOption,
    ModelsDirOption,
    ToOption,
    TranslatorOption,
    WaitOption,
    chosen_format,
    console,
    fail,
    load_config,
    messages,
    settings_from,
    warehouse,
    warehouse_errors,
    window,
)
from pipeline.digest import Week, parse_week, write_digest
from pipeline.jobs import RunSummary, run_daily
from pipeline.settings import Settings, build
from pipeline.store import reports
from pipeline.store.db import (
    Connection,
    is_duckdb_file,
    is_empty,
    lock_down,
    reset,
    set_warehouse_role,
    statement_timeout,
    warehouse_role,
)

DEMO_DB = Path("narratives-demo.duckdb")
DEMO_REPORT = "narratives-demo-report"  # written next to the demo database
DEMO_ROLE = "demo"
STAGE_MESSAGES = {
    "translate": "translating new articles",
    "claims": "extracting and grouping claims",
    "narratives": "embedding and clustering narratives",
}
app = typer.Typer(
    help="Track how claims and narratives travel across news outlets and languages.",
    no_args_is_help=True,
    rich_markup_mode="markdown",
)
app.add_typer(claims.app, name="claims")
app.add_typer(models.app, name="models")
app.add_typer(topics.app, name="topics")
app.command("serve")(serve.serve)


DISTRIBUTION = "narrative-tracker"


def _print_version(asked: bool) -> None:
    if asked:
        console.print(f"narratives {distribution_version(DISTRIBUTION)}", highlight=False)
        raise typer.Exit()


@app.callback()
def main(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log every warning and step.")] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_print_version, is_eager=True, help="Print the installed version and exit."),
    ] = False,
) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.ERROR,
        format="%(message)s",
        handlers=[RichHandler(console=Console(stderr=True), show_path=False, markup=False)],
    )


@app.command()
def ingest(feeds: FeedsOption, db: DbOption = None, date_: DateOption = None, wait: WaitOption = None) -> None:
    """Fetch, parse, detect language and dedup every feed into the warehouse (no claims or narratives).

    Example: `narratives ingest --feeds seeds/feeds.yaml --db narratives.duckdb`
    """
    _run(settings_from(feeds=feeds, db=db, wait_s=wait), date_, analyse=False)


@app.command()
def run(
    feeds: FeedsOption,
    db: DbOption = None,
    date_: DateOption = None,
    embedder: EmbedderOption = None,
    translator: TranslatorOption = None,
    models_dir: ModelsDirOption = None,
    wait: WaitOption = None,
    budget: Annotated[
        int | None,
        typer.Option(
            "--budget",
            help="Articles each analysis stage takes per run, oldest first; the rest wait for the next run "
            "[env NARRATIVES_ANALYSIS_BUDGET; default 20000].",
        ),
    ] = None,
) -> None:
    """The whole daily job without a scheduler: ingest, translation, claims, narratives.

    Example: `narratives run --feeds seeds/feeds.yaml --db narratives.duckdb --date 2024-11-21`
    """
    settings = settings_from(
        feeds=feeds,
        db=db,
        embedder=embedder,
        translator=translator,
        models_dir=models_dir,
        wait_s=wait,
        analysis_budget=budget,
    )
    _run(settings, date_)


@app.command()
def demo(
    db: Annotated[
        Path, typer.Option("--db", help="Where to write the demo warehouse (NARRATIVES_DB is ignored).")
    ] = DEMO_DB,
    force: Annotated[
        bool, typer.Option("--force", help="Replace an existing file that the demo did not make.")
    ] = False,
    plots: Annotated[Path | None, typer.Option("--plots", help="Also write BERTopic's charts to this folder.")] = None,
) -> None:
    """Run the daily job on the bundled demo corpus into its own DuckDB file.

    The demo never touches a warehouse it did not create: an existing file must be a demo warehouse (or `--force`),
    and it is emptied only while this process holds the writer lock.

    Example: `narratives demo` then `narratives sql --db narratives-demo.duckdb "SELECT * FROM articles LIMIT 5"`
    """
    refusal = f"{db} is not a warehouse the demo made; choose another --db, or pass --force to replace it"
    if db.exists() and not force and not _demo_may_replace(db):
        fail(refusal, EXIT_BAD_INPUT)
    if db.exists() and not is_duckdb_file(db):
        db.unlink()  # forced, and not a database: no process can hold it as a warehouse
    existed = db.exists()
    with warehouse(db, read_only=False, must_exist=False, migrate=False) as con:  # the writer lock, held to the end
        if existed and not force and not _made_by_demo(con):  # it changed between the look and the lock
            fail(refusal, EXIT_BAD_INPUT)
        reset(con)
        set_warehouse_role(con, DEMO_ROLE)
        with as_file(files("seeds") / "demo" / "feeds.yaml") as feeds_file:
            _run(settings_from(feeds=feeds_file, db=db), None)
        week = Week(reports.last_complete_week_start(con))
        html, markdown = write_digest(con, week, db.parent / DEMO_REPORT)
    if plots:
        topics.write_plots(db, plots, "use")
    console.print(
        Text.assemble(
            "\n",
            ("Weekly digest", "bold"),
            f" for the demo's last complete week {week.label}: {html} (and {markdown.name})",
        )
    )
    console.print(Text.assemble("\n", ("Demo warehouse written to", "bold"), f" {db}. Try:"))
    for command in (
        f'narratives claims trace --db {db} "182,000 deserters"',
        f"narratives claims top --db {db} --since 7d",
        f"narratives topics list --db {db}",
        f'narratives sql --db {db} "SELECT language, count(*) AS articles FROM articles GROUP BY ALL ORDER BY articles DESC"',
        f'narratives sql --db {db} "SELECT spread_rank, outlet, language, first_published_at, surface_text FROM claim_spread '
        'WHERE claim_id = (SELECT claim_id FROM claims ORDER BY n_outlets DESC, n_mentions DESC LIMIT 1) ORDER BY spread_rank"',
    ):
        console.print(f"  {command}", markup=False, highlight=False, soft_wrap=True)


@app.command()
def sql(
    query: Annotated[
        str | None, typer.Argument(help="SQL to run; `-` or nothing (with SQL piped in) reads it from stdin.")
    ] = None,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="Read the SQL from this file.")] = None,
    db: DbOption = None,
    format_: FormatOption = None,
    write: Annotated[bool, typer.Option("--write", help="Allow statements that modify the warehouse.")] = False,
    max_rows: Annotated[
        int | None, typer.Option("--max-rows", help="Rows to print at most [default: 100 in a table, all in csv/json].")
    ] = None,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds before the query is interrupted.")] = 60.0,
) -> None:
    """Run SQL against the warehouse and print the result as a table, CSV or JSON.

    Without `--write` the query cannot change anything: the warehouse is opened read-only and the connection is
    locked down (no other files or URLs, no extension installs, configuration frozen).

    Example: `narratives sql --db narratives.duckdb "SELECT outlet, count(*) FROM articles GROUP BY outlet"`,
    `narratives sql -f query.sql --format csv > out.csv`, or `echo "SELECT 1" | narratives sql`
    """
    statement = _query_text(query, file)
    output = chosen_format(format_)
    limit = max_rows if max_rows is not None else 100 if output is Format.TABLE else None
    with warehouse(settings_from(db=db).db, read_only=not write) as con:
        if not write:
            lock_down(con)
        try:
            with statement_timeout(con, timeout):
                cursor = con.execute(statement)
                columns = [column[0] for column in cursor.description or []]
                rows = (cursor.fetchall() if limit is None else cursor.fetchmany(limit + 1)) if columns else []
        except duckdb.InterruptException:
            fail(f"query interrupted after {timeout:g} s (--timeout)", EXIT_BAD_INPUT)
        except duckdb.Error as exc:
            fail(f"query failed: {exc}{_sql_hint(str(exc), write)}", EXIT_BAD_INPUT)
    shown = rows if limit is None else rows[:limit]
    if output is Format.JSON:
        render.write_json(sys.stdout, [dict(zip(columns, row, strict=True)) for row in shown])
    elif output is Format.CSV:
        render.write_csv(sys.stdout, columns, shown)
    else:
        console.print(render.sql_result(columns, shown, console.width))
    if len(rows) > len(shown):
        messages.print(f"[dim](first {limit} rows shown; use --max-rows)[/]")


def _query_text(query: str | None, file: Path | None) -> str:
    """The SQL from the argument, a file, or stdin (`-`, or no argument with something piped in)."""
    if query is not None and file is not None:
        fail("give the SQL as an argument or with --file, not both", EXIT_BAD_INPUT)
    if file is not None:
        try:
            text = file.read_text(encoding="utf-8")
        except OSError as exc:
            fail(f"cannot read {file}: {exc.strerror}", EXIT_BAD_INPUT)
    elif query == "-" or (query is None and not sys.stdin.isatty()):
        text = sys.stdin.read()
    elif query is None:
        fail('no query: give one ("SELECT …"), --file FILE, or pipe SQL in', EXIT_BAD_INPUT)
    else:
        text = query
    if not text.strip():
        fail("the query is empty", EXIT_BAD_INPUT)
    return text


def _demo_may_replace(db: Path) -> bool:
    """An empty file, or a warehouse the demo made; looked at read-only, so a refused file is never modified."""
    if not is_duckdb_file(db):
        return db.stat().st_size == 0
    with warehouse(db, read_only=True) as con:
        return _made_by_demo(con)


def _made_by_demo(con: Connection) -> bool:
    """Nothing of anyone's in it, or the demo's own warehouse."""
    return is_empty(con) or warehouse_role(con) == DEMO_ROLE


def _sql_hint(error: str, write: bool) -> str:
    if write:
        return ""
    if "read-only" in error:
        return " (the warehouse is opened read-only; pass --write to modify it)"
    if "disabled by configuration" in error or "configuration has been locked" in error:
        return " (analyst SQL may read only the warehouse: no other files, URLs or extensions)"
    return ""


@app.command()
def digest(
    db: DbOption = None,
    week: Annotated[
        str | None, typer.Option(help="ISO week, e.g. 2024-W46 (default: the last complete week in the warehouse).")
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Folder for digest-<week>.html and .md [env NARRATIVES_REPORTS; default reports]."),
    ] = None,
) -> None:
    """Write the weekly narrative digest: one self-contained HTML file (charts inline, works offline) and Markdown.

    The default week is the last complete ISO week in the warehouse: the newest whose Sunday is over by the newest
    article's publication (a recorded corpus gets the same week as a live one). A week counts only what was
    published before it ended, so its digest reads the same when it is written again later. Exit 1 when the week
    has no articles (or the warehouse has no complete week yet).

    Example: `narratives digest --db narratives-demo.duckdb --week 2024-W46 --out reports/`
    """
    try:
        chosen = parse_week(week) if week else None
    except ValueError as exc:
        fail(str(exc), EXIT_BAD_INPUT)
    settings = settings_from(db=db, reports=out)
    with warehouse(settings.db) as con:
        newest = reports.newest_article_at(con)
        if newest is None:
            fail(f"no articles in {settings.db}: run `narratives run` first", EXIT_NOT_FOUND)
        if chosen is None:
            start = reports.last_complete_week_start(con)
            if start is None:
                fail(
                    f"no complete week in {settings.db} yet (newest article {newest:%Y-%m-%d %H:%M} UTC); "
                    "pass --week to write the week so far",
                    EXIT_NOT_FOUND,
                )
            chosen = Week(start)
            messages.print(
                f"week {chosen.label} ({chosen.start} – {chosen.last_day}): the last complete week in the warehouse "
                f"(newest article {newest:%Y-%m-%d %H:%M} UTC); --week chooses another",
                highlight=False,
            )
        elif reports.week_totals(con, chosen.start).n_articles == 0:
            fail(
                f"no articles published in {chosen.label} ({chosen.start} – {chosen.last_day}) in {settings.db}",
                EXIT_NOT_FOUND,
            )
        html, markdown = write_digest(con, chosen, settings.reports)
    console.print(f"digest {chosen.label}: {html} and {markdown}", markup=False)


@app.command()
def export(
    out: Annotated[Path, typer.Option("--out", help="Folder for one file per view.")],
    db: DbOption = None,
    format_: Annotated[str, typer.Option("--format", help="parquet or csv.")] = "parquet",
    from_: FromOption = None,
    to: ToOption = None,
    narrative: Annotated[
        int | None, typer.Option("--narrative", help="Only this narrative (views about every feed are left out).")
    ] = None,
) -> None:
    """Export the analyst views (articles, claims, spread, narratives, timelines, weekly rollups, feed health) for
    other tools, whole or scoped.

    `--from`/`--to` keep the rows of articles published in the window (claims and narratives they carry, spread
    steps taken in it, days and runs in it, weeks that overlap it); `--narrative` keeps one narrative's.

    Example: `narratives export --db narratives-demo.duckdb --from 2024-11-04 --to 2024-11-10 --narrative 4 --out w45/`
    """
    if format_ not in ("parquet", "csv"):
        fail(f"format {format_!r}: use parquet or csv", EXIT_BAD_INPUT)
    start, end = window(from_, to)
    out.mkdir(parents=True, exist_ok=True)
    with warehouse(settings_from(db=db).db) as con:
        for view in reports.exportable_views(narrative):
            path = out / f"{view}.{format_}"
            rows = reports.export_view(con, view, path, format_, start, end, narrative)
            console.print(f"wrote {path} ({rows} rows)", markup=False)


def _run(settings: Settings, run_date: datetime | None, analyse: bool = True) -> RunSummary:
    config = load_config(settings.feeds)
    day: date = (run_date or datetime.now(UTC)).date()
    columns = (TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("fetching feeds", total=len(config.feeds))
        with warehouse_errors():
            summary = run_daily(
                config,
                settings.db,
                day,
                str(settings.feeds),
                build(settings),
                analyse_too=analyse,
                wait_s=settings.wait_s,
                on_feed=lambda _batch: progress.advance(task),
                budget=settings.analysis_budget,
                on_stage=lambda stage: progress.update(task, description=STAGE_MESSAGES[stage]),
            )
    console.print(render.summary_table(summary))
    return summary


if __name__ == "__main__":
    app()
