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

from pipeline import warehouse
from pipeline.claims.search import parse_query, parse_window, relevance
from pipeline.config import ConfigError, FeedsConfig, load_feeds
from pipeline.digest import Week, last_complete_week, number, parse_week, write_digest
from pipeline.embeddings import UniversalSentenceEncoder, make_embedder
from pipeline.jobs import RunSummary, run_daily
from pipeline.narratives import write_bertopic_plots
from pipeline.translate import (
    PIVOT_LANGUAGE,
    install_from_file,
    install_from_index,
    installed_models,
    make_translator,
    models_directory,
    remove_model,
)
from pipeline.warehouse import DB_ENV_VAR, DEFAULT_DB, WarehouseBusy, connect

LOGGER = logging.getLogger(__name__)

DEMO_DB = Path("narratives-demo.duckdb")
DEMO_REPORT = "narratives-demo-report"  # written next to the demo database
EXPORT_VIEWS = (
    "articles",
    "claims",
    "claim_mentions",
    "claim_spread",
    "narratives",
    "narrative_timeline",
    "feed_health",
    "fetch_summary",
)
EXIT_BAD_INPUT = 2
EXIT_BUSY = 3

console = Console()
app = typer.Typer(
    help="Track how claims and narratives travel across news outlets and languages.",
    no_args_is_help=True,
    rich_markup_mode="markdown",
)

claims_app = typer.Typer(help="Numeric claims: where a number came from and how it spread.", no_args_is_help=True)
app.add_typer(claims_app, name="claims")
models_app = typer.Typer(help="Offline translation models (argostranslate packages).", no_args_is_help=True)
app.add_typer(models_app, name="models")
topics_app = typer.Typer(help="Narratives: cross-lingual story clusters with stable ids.", no_args_is_help=True)
app.add_typer(topics_app, name="topics")

DbOption = Annotated[Path, typer.Option("--db", envvar=DB_ENV_VAR, help="DuckDB warehouse file.", show_default=True)]
FeedsOption = Annotated[Path, typer.Option("--feeds", help="Feeds YAML file (see seeds/feeds.yaml).")]
EmbedderOption = Annotated[
    str,
    typer.Option(
        "--embedder",
        envvar="NARRATIVES_EMBEDDER",
        help="Narrative embeddings: use (multilingual USE v3), minilm (bundled English MiniLM), or a sentence-transformers model path/name.",
    ),
]
TranslatorOption = Annotated[
    str, typer.Option("--translator", envvar="NARRATIVES_TRANSLATOR", help="argos (installed models) or none.")
]
ModelsDirOption = Annotated[
    Path | None,
    typer.Option("--models-dir", envvar="NARRATIVES_MODELS_DIR", help="Where argos packages live (not in the repo)."),
]
WaitOption = Annotated[
    float,
    typer.Option(
        "--wait",
        envvar="NARRATIVES_WAIT_S",
        help="Seconds to wait when another process is writing the warehouse (0: fail at once).",
    ),
]
DateOption = Annotated[
    datetime | None,
    typer.Option(
        "--date", formats=["%Y-%m-%d"], help="Logical run date (default: today, UTC). Rerunning a date is idempotent."
    ),
]


@app.callback()
def main(verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log every warning and step.")] = False) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.ERROR,
        format="%(message)s",
        handlers=[RichHandler(console=Console(stderr=True), show_path=False)],
    )


@app.command()
def ingest(feeds: FeedsOption, db: DbOption = DEFAULT_DB, date_: DateOption = None, wait: WaitOption = 0.0) -> None:
    """Fetch, parse, detect language and dedup every feed into the warehouse (no claims or narratives).

    Example: `narratives ingest --feeds seeds/feeds.yaml --db narratives.duckdb`
    """
    _run(feeds, db, date_, analyse=False, wait_s=wait)


@app.command()
def run(
    feeds: FeedsOption,
    db: DbOption = DEFAULT_DB,
    date_: DateOption = None,
    embedder: EmbedderOption = "use",
    translator: TranslatorOption = "argos",
    models_dir: ModelsDirOption = None,
    wait: WaitOption = 0.0,
) -> None:
    """The whole daily job without a scheduler: ingest, translation, claims, narratives.

    Example: `narratives run --feeds seeds/feeds.yaml --db narratives.duckdb --date 2024-11-21`
    """
    _run(feeds, db, date_, embedder=embedder, translator=translator, models_dir=models_dir, wait_s=wait)


@app.command()
def demo(
    db: DbOption = DEMO_DB,
    plots: Annotated[Path | None, typer.Option("--plots", help="Also write BERTopic's charts to this folder.")] = None,
) -> None:
    """Run the daily job on the bundled demo corpus into a fresh DuckDB file.

    Example: `narratives demo` then `narratives sql --db narratives-demo.duckdb "SELECT * FROM articles LIMIT 5"`
    """
    for stale in (db, db.with_name(db.name + ".wal")):
        stale.unlink(missing_ok=True)
    with as_file(files("seeds") / "demo" / "feeds.yaml") as feeds_file:
        _run(feeds_file, db, None)
    if plots:
        _write_plots(db, plots)
    con = _open(db)
    week = Week(warehouse.busiest_week_start(con))
    html, markdown = write_digest(con, week, db.parent / DEMO_REPORT)
    con.close()
    console.print(f"\n[bold]Weekly digest[/] for the demo's busiest week {week.label}: {html} (and {markdown.name})")
    console.print(f"\n[bold]Demo warehouse written to[/] {db}. Try:")
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
    query: Annotated[str, typer.Argument(help="SQL to run against the warehouse.")],
    db: DbOption = DEFAULT_DB,
    write: Annotated[bool, typer.Option("--write", help="Allow statements that modify the warehouse.")] = False,
    max_rows: Annotated[int, typer.Option("--max-rows", help="Rows to print at most.")] = 100,
) -> None:
    """Run SQL against the warehouse and print the result as a table (read-only unless --write).

    Example: `narratives sql --db narratives.duckdb "SELECT outlet, count(*) FROM articles GROUP BY outlet"`
    """
    con = _open(db, read_only=not write)
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


@app.command()
def digest(
    db: DbOption = DEFAULT_DB,
    week: Annotated[str | None, typer.Option(help="ISO week, e.g. 2024-W46 (default: the last complete week).")] = None,
    out: Annotated[Path, typer.Option("--out", help="Folder for digest-<week>.html and .md.")] = Path("reports"),
) -> None:
    """Write the weekly narrative digest: one self-contained HTML file (charts inline, works offline) and Markdown.

    Example: `narratives digest --db narratives-demo.duckdb --week 2024-W46 --out reports/`
    """
    try:
        chosen = parse_week(week) if week else last_complete_week(datetime.now(UTC).date())
    except ValueError as exc:
        _fail(str(exc), EXIT_BAD_INPUT)
    con = _open(db)
    html, markdown = write_digest(con, chosen, out)
    console.print(f"digest {chosen.label}: {html} and {markdown}")


@app.command()
def export(
    out: Annotated[Path, typer.Option("--out", help="Folder for one file per view.")],
    db: DbOption = DEFAULT_DB,
    format_: Annotated[str, typer.Option("--format", help="parquet or csv.")] = "parquet",
) -> None:
    """Export the analyst views (articles, claims, spread, narratives, timelines, feed health) for other tools.

    Example: `narratives export --db narratives-demo.duckdb --format parquet --out export/`
    """
    if format_ not in ("parquet", "csv"):
        _fail(f"format {format_!r}: use parquet or csv", EXIT_BAD_INPUT)
    con = _open(db)
    out.mkdir(parents=True, exist_ok=True)
    for view in EXPORT_VIEWS:
        path = out / f"{view}.{format_}"
        warehouse.export_view(con, view, path, format_)
        console.print(f"wrote {path}")


@claims_app.command("trace")
def claims_trace(
    query: Annotated[str, typer.Argument(help="The claim in your words, any supported language.")],
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int, typer.Option(help="Other matching claims to list.")] = 3,
) -> None:
    """Where a claim came from and how it spread: origin, outlets in order, languages, variants.

    Example: `narratives claims trace --db narratives-demo.duckdb "182,000 deserters"` (or "182 тыс. дезертиров")
    """
    parsed = parse_query(query)
    con = _open(db)
    candidates = warehouse.claims_with_values(con, parsed.values)
    if not candidates:
        _fail(f"no claim with the value(s) {', '.join(number(v) for v in parsed.values) or 'given'} in {db}", 1)
    embedder = UniversalSentenceEncoder()
    query_vector = embedder.encode([parsed.context])[0]
    centroids = warehouse.claim_centroids(con, [c["claim_id"] for c in candidates], embedder.name)
    ranked = sorted(
        candidates,
        key=lambda c: relevance(parsed, query_vector, c["subject"], centroids[c["claim_id"]]),
        reverse=True,
    )
    best = ranked[0]
    console.print(claim_panel(best))
    console.print(spread_table(warehouse.claim_spread(con, best["claim_id"])))
    variants = warehouse.claim_variants(con, best["claim_id"])
    if variants:
        console.print(claims_table(variants, title="Variants (same thing, different value)"))
    if len(ranked) > 1:
        console.print(claims_table(ranked[1 : 1 + limit], title="Other claims with this value"))


@claims_app.command("top")
def claims_top(
    db: DbOption = DEFAULT_DB,
    since: Annotated[str, typer.Option(help="Window ending at the newest article: 24h, 7d, 2w.")] = "7d",
    min_outlets: Annotated[int, typer.Option(help="Only claims repeated by at least this many outlets.")] = 2,
    limit: Annotated[int, typer.Option(help="Claims to show.")] = 20,
) -> None:
    """The most repeated claims in a recent window (ranked by outlets, then languages, then mentions).

    Example: `narratives claims top --db narratives-demo.duckdb --since 7d`
    """
    try:
        window = parse_window(since)
    except ValueError as exc:
        _fail(str(exc), EXIT_BAD_INPUT)
    rows = warehouse.top_claims(_open(db), window, min_outlets, limit)
    console.print(claims_table(rows, title=f"Top claims, last {since} of the corpus", window=True))


@topics_app.command("list")
def topics_list(db: DbOption = DEFAULT_DB) -> None:
    """Narratives, largest first, with their languages and first outlet; outliers are counted, not hidden.

    Example: `narratives topics list --db narratives-demo.duckdb`
    """
    con = _open(db)
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
    )
    for row in warehouse.list_narratives(con):
        label = row["label"] + (" [dim](renamed)[/]" if row["renamed"] else "")
        table.add_row(
            str(row["narrative_id"]),
            label,
            str(row["n_articles"]),
            str(row["n_outlets"]),
            ", ".join(row["languages"]),
            f"{row['first_outlet']} {row['first_seen_at']:%Y-%m-%d}",
            f"{row['last_seen_at']:%Y-%m-%d}",
        )
    console.print(table)
    console.print(f"outliers (no narrative yet): {warehouse.outlier_count(con)}")


@topics_app.command("show")
def topics_show(
    narrative_id: Annotated[int, typer.Argument(help="Narrative id from `topics list`.")], db: DbOption = DEFAULT_DB
) -> None:
    """One narrative: keywords, articles per language, first outlet, the claims inside, and its articles.

    Example: `narratives topics show --db narratives-demo.duckdb 1`
    """
    detail = warehouse.narrative_detail(_open(db), narrative_id)
    if detail is None:
        _fail(f"no narrative {narrative_id} in {db}", 1)
    header = Table(title=f"Narrative {narrative_id}: {detail['label']}", show_header=False, title_justify="left")
    header.add_row("keywords", ", ".join(detail["keywords"]))
    header.add_row(
        "first seen", f"[bold yellow]{detail['first_outlet']}[/] at {detail['first_seen_at']:%Y-%m-%d %H:%M} UTC"
    )
    header.add_row(
        "size",
        f"{detail['n_articles']} articles, {detail['n_outlets']} outlets, languages {', '.join(detail['languages'])}",
    )
    console.print(header)
    languages = Table(
        "language", "articles", "outlets", "first outlet", "first at", title="By language", title_justify="left"
    )
    for row in detail["by_language"]:
        languages.add_row(
            row["language"] or "?",
            str(row["n_articles"]),
            str(row["n_outlets"]),
            row["first_outlet"],
            f"{row['first_at']:%Y-%m-%d %H:%M}",
        )
    console.print(languages)
    if detail["claims"]:
        claims = Table(
            "claim",
            "value",
            "subject",
            "year",
            "first seen",
            "articles here",
            "outlets",
            title="Claims inside",
            title_justify="left",
        )
        for row in detail["claims"]:
            claims.add_row(
                *_claim_cells(row),
                str(row["articles_here"]),
                str(row["n_outlets"]),
            )
        console.print(claims)
    articles = Table("published (UTC)", "outlet", "lang", "title", title="Articles", title_justify="left")
    for row in detail["articles"]:
        articles.add_row(
            f"{row['published_at']:%Y-%m-%d %H:%M}", row["outlet"], row["language"] or "?", _shorten(row["title"])
        )
    console.print(articles)


@topics_app.command("rename")
def topics_rename(
    narrative_id: Annotated[int, typer.Argument(help="Narrative id.")],
    name: Annotated[str, typer.Argument(help="The label analysts will see from now on.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Give a narrative a human name; later runs keep it (generated keywords are stored separately).

    Example: `narratives topics rename --db narratives-demo.duckdb 1 "Ukraine desertion figures"`
    """
    con = _open(db, read_only=False)
    if not warehouse.rename_narrative(con, narrative_id, name):
        _fail(f"no narrative {narrative_id} in {db}", 1)
    console.print(f"narrative {narrative_id} is now {name!r}")


@topics_app.command("plots")
def topics_plots(
    out: Annotated[Path, typer.Option("--out", help="Folder for the HTML charts.")],
    db: DbOption = DEFAULT_DB,
    embedder: EmbedderOption = "use",
) -> None:
    """BERTopic's topics-over-time and hierarchy charts for the stored narratives (self-contained HTML).

    Example: `narratives topics plots --db narratives-demo.duckdb --out report/`
    """
    _write_plots(db, out, embedder)


def _write_plots(db: Path, out: Path, embedder: str = "use") -> None:
    docs, vectors, topics, timestamps = warehouse.clustered_articles(_open(db), make_embedder(embedder).name)
    if len(docs) < 2:
        _fail("not enough clustered articles to plot", 1)
    for path in write_bertopic_plots(docs, vectors, topics, timestamps, out):
        console.print(f"wrote {path}")


def claim_panel(claim: dict) -> Table:
    table = Table(title=f"Claim {claim['claim_id']}", show_header=False, title_justify="left")
    table.add_row("value", f"{number(claim['value'])} {claim['unit'] or ''}".strip())
    table.add_row("subject", str(claim["subject"] or "-"))
    table.add_row("year", str(claim["year"] or "-"))
    table.add_row(
        "first seen", f"[bold yellow]{claim['first_seen_outlet']}[/] at {claim['first_seen_at']:%Y-%m-%d %H:%M} UTC"
    )
    table.add_row(
        "spread",
        f"{claim['n_mentions']} mentions, {claim['n_outlets']} outlets, {claim['n_languages']} languages ({', '.join(claim['languages'])})",
    )
    table.add_row("written as", " · ".join(claim["surface_forms"][:12]))
    return table


def spread_table(rows: list[dict]) -> Table:
    table = Table(
        "#", "published (UTC)", "outlet", "lang", "as written", "title", title="Spread timeline", title_justify="left"
    )
    for row in rows:
        copy = " [dim](near-copy)[/]" if row["near_copy"] else ""
        style = "bold yellow" if row["spread_rank"] == 1 else None
        table.add_row(
            str(row["spread_rank"]),
            f"{row['first_published_at']:%Y-%m-%d %H:%M}",
            row["outlet"],
            row["language"] or "?",
            row["surface_text"],
            _shorten(row["title"]) + copy,
            style=style,
        )
    return table


def claims_table(rows: list[dict], title: str, window: bool = False) -> Table:
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
    )
    for row in rows:
        table.add_row(
            *_claim_cells(row),
            str(row["outlets_in_window"] if window else row["n_outlets"]),
            str(row["n_languages"]),
            str(row["mentions_in_window"] if window else row["n_mentions"]),
            row["variant_of"] or "",
        )
    return table


def _claim_cells(row: dict) -> tuple[str, ...]:
    """claim, value, subject, year, first seen: the columns every claim table starts with."""
    return (
        row["claim_id"],
        f"{number(row['value'])} {row['unit'] or ''}".strip(),
        str(row["subject"] or "-"),
        str(row["year"] or "-"),
        f"{row['first_seen_outlet']} {row['first_seen_at']:%Y-%m-%d}",
    )


def _shorten(text: str, width: int = 70) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _open(db: Path, read_only: bool = True) -> duckdb.DuckDBPyConnection:
    if not db.exists():
        _fail(f"no warehouse at {db}: run `narratives run` or `narratives demo` first", EXIT_BAD_INPUT)
    try:
        return connect(db, read_only=read_only)
    except WarehouseBusy as exc:
        _fail(str(exc), EXIT_BUSY)


def _run(
    feeds_file: Path,
    db: Path,
    run_date: datetime | None,
    analyse: bool = True,
    embedder: str = "use",
    translator: str = "argos",
    models_dir: Path | None = None,
    wait_s: float = 0.0,
) -> RunSummary:
    config = _load_config(feeds_file)
    day: date = (run_date or datetime.now(UTC)).date()
    columns = (TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("fetching feeds", total=len(config.feeds))
        try:
            summary = run_daily(
                config,
                db,
                day,
                str(feeds_file),
                narrative_embedder=make_embedder(embedder),
                translator=_translator(translator, models_dir),
                analyse_too=analyse,
                wait_s=wait_s,
                on_feed=lambda _batch: progress.advance(task),
            )
        except WarehouseBusy as exc:
            _fail(str(exc), EXIT_BUSY)
    console.print(summary_table(summary))
    return summary


def _translator(choice: str, models_dir: Path | None):
    try:
        return make_translator(choice, models_dir)
    except ValueError as exc:
        _fail(str(exc), EXIT_BAD_INPUT)


@models_app.command("list")
def models_list(models_dir: ModelsDirOption = None) -> None:
    """Installed translation models and the folder they live in.

    Example: `narratives models list`
    """
    folder = models_dir or models_directory()
    table = Table("model", "version", "from", "to", "path", title=f"Models in {folder}", title_justify="left")
    for model in installed_models(folder):
        table.add_row(model.model_id, model.version, model.source, model.target, str(model.path))
    console.print(table)


@models_app.command("install")
def models_install(
    languages: Annotated[
        list[str] | None,
        typer.Argument(help=f"Languages to get from the argos index (↔ {PIVOT_LANGUAGE}); needs the network."),
    ] = None,
    from_path: Annotated[
        list[Path] | None, typer.Option("--from-path", help="A .argosmodel file (offline install).")
    ] = None,
    models_dir: ModelsDirOption = None,
) -> None:
    """Install translation models: `.argosmodel` files offline, or by language from the argos index when online.

    Example: `narratives models install --from-path translate-ru_en-1_9.argosmodel` or `narratives models install ru uk de`
    """
    folder = models_dir or models_directory()
    if not languages and not from_path:
        _fail("name languages to download, or --from-path FILE.argosmodel", EXIT_BAD_INPUT)
    for archive in from_path or []:
        try:
            install_from_file(archive, folder)
        except Exception as exc:  # argostranslate raises bare Exception for a bad archive
            _fail(f"cannot install {archive}: {exc}", EXIT_BAD_INPUT)
        console.print(f"installed {archive.name} into {folder}")
    if languages:
        try:
            installed = install_from_index(languages, folder)
        except Exception as exc:  # network errors surface as assorted exceptions from argos's downloader
            _fail(f"cannot reach the argos package index ({exc}); on an offline machine use --from-path", 1)
        console.print(f"installed {', '.join(installed) or 'nothing (no package for those languages)'}")


@models_app.command("remove")
def models_remove(
    source: Annotated[str, typer.Argument(help="Source language code.")],
    target: Annotated[str, typer.Argument(help="Target language code.")] = PIVOT_LANGUAGE,
    models_dir: ModelsDirOption = None,
) -> None:
    """Uninstall the model translating SOURCE to TARGET.

    Example: `narratives models remove ru en`
    """
    if not remove_model(source, target, models_dir or models_directory()):
        _fail(f"no installed model {source}→{target}", 1)
    console.print(f"removed {source}→{target}")


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
    if summary.translations:
        translations = summary.translations
        for language, counts in sorted(translations.by_language.items()):
            detail = ", ".join(f"{status} {n}" for status, n in sorted(counts.items()))
            reason = translations.reasons.get(language)
            table.add_row(f"translation {language}", detail + (f" — {reason}" if reason else ""))
        table.add_row("  model calls / cache hits", f"{translations.model_calls} / {translations.cache_hits}")
    if summary.claims:
        claims = summary.claims
        table.add_row("articles scanned for claims", str(claims.articles_scanned))
        table.add_row("  new numeric mentions", f"{claims.new_mentions} ({claims.embedded} contexts embedded)")
        table.add_row("  claims / variants", f"{claims.claims} / {claims.variants}")
    if summary.narratives:
        narratives = summary.narratives
        table.add_row("articles clustered", f"{narratives.pool} ({narratives.embedded} embedded)")
        table.add_row("  new narratives / outliers", f"{narratives.new_narratives} / {narratives.outliers}")
    return table


def _fail(message: str, code: int) -> None:
    console.print(f"[bold red]error:[/] {message}", highlight=False)
    raise typer.Exit(code)


if __name__ == "__main__":
    app()
