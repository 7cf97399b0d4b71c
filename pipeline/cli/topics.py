"""`narratives topics …`: narratives (cross-lingual story clusters with stable ids) and their charts."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from pipeline import render
from pipeline.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_NOT_FOUND,
    DbOption,
    EmbedderOption,
    Format,
    FormatOption,
    FromOption,
    LanguageOption,
    OutletOption,
    ToOption,
    chosen_format,
    console,
    fail,
    messages,
    print_rows,
    settings_from,
    warehouse,
    window,
)
from pipeline.narratives.cluster import write_bertopic_plots
from pipeline.settings import embedder
from pipeline.store import narratives as narrative_store
from pipeline.store import reports
from pipeline.store.narratives import ArticleRef, NarrativeRow

app = typer.Typer(help="Narratives: cross-lingual story clusters with stable ids.", no_args_is_help=True)


@app.command("list")
def topics_list(
    db: DbOption = None,
    from_: FromOption = None,
    to: ToOption = None,
    language: LanguageOption = None,
    outlet: OutletOption = None,
    format_: FormatOption = None,
) -> None:
    """Narratives, largest first, with their languages and first outlet; outliers are counted, not hidden, and
    articles no run has analysed yet are counted apart.

    With `--from`/`--to`, articles, outlets and languages are counted in the window; `--language`/`--outlet` keep
    the narratives with an article in that language or from that outlet (counts still cover every one).

    Example: `narratives topics list --db narratives-demo.duckdb --from 2024-11-11 --to 2024-11-17 --language ru`
    """
    start, end = window(from_, to)
    languages, outlets = language or [], outlet or []
    with warehouse(settings_from(db=db).db) as con:
        if start or end or languages or outlets:
            rows = reports.narratives_in_window(con, start, end, languages, outlets)
        else:
            rows = narrative_store.list_narratives(con)
        state = reports.analysis_state(con, start, end, languages, outlets)
    output = chosen_format(format_)
    print_rows(
        output, rows, NarrativeRow, lambda: render.narratives_table(rows, _caption(from_, to, languages, outlets))
    )
    notes = console if output is Format.TABLE else messages
    if state.articles > state.not_analysed:
        notes.print(f"outliers (no narrative yet): {state.outliers}", highlight=False)
    if state.not_analysed:
        notes.print(
            f"not analysed yet: {state.not_analysed} of {state.articles} articles (ingested only; `narratives run` "
            "clusters them)",
            highlight=False,
        )


def _caption(from_: datetime | None, to: datetime | None, languages: list[str], outlets: list[str]) -> str | None:
    """What the listing was narrowed to, and what its counts cover."""
    parts = []
    if from_ or to:
        first, last = (f"{day:%Y-%m-%d}" if day else "…" for day in (from_, to))
        parts.append(
            f"published {first} to {last} (UTC days): articles, outlets and languages counted in the window, first "
            "and last seen all-time"
        )
    if languages:
        parts.append("with an article in " + ", ".join(languages))
    if outlets:
        parts.append("with an article from " + ", ".join(outlets))
    return "; ".join(parts) or None


@app.command("show")
def topics_show(
    narrative_id: Annotated[int, typer.Argument(help="Narrative id from `topics list`.")],
    db: DbOption = None,
    format_: FormatOption = None,
) -> None:
    """One narrative: keywords, articles per language, first outlet, the claims inside, and its articles.

    `--format json` gives all of it as one object; `--format csv` gives its articles.

    Example: `narratives topics show --db narratives-demo.duckdb 1`
    """
    settings = settings_from(db=db)
    with warehouse(settings.db) as con:
        detail = narrative_store.narrative_detail(con, narrative_id)
    if detail is None:
        fail(f"no narrative {narrative_id} in {settings.db}", EXIT_NOT_FOUND)
    output = chosen_format(format_)
    if output is Format.JSON:
        render.write_json(sys.stdout, detail)
    elif output is Format.CSV:
        columns, rows = render.columns_and_rows(detail.articles, ArticleRef)
        render.write_csv(sys.stdout, ["narrative_id", *columns], [[narrative_id, *row] for row in rows])
    else:
        for table in render.narrative_tables(detail):
            console.print(table)


@app.command("rename")
def topics_rename(
    narrative_id: Annotated[int, typer.Argument(help="Narrative id.")],
    name: Annotated[str | None, typer.Argument(help="The label analysts will see from now on.")] = None,
    reset: Annotated[bool, typer.Option("--reset", help="Drop the name: back to the generated label.")] = False,
    db: DbOption = None,
) -> None:
    """Give a narrative a human name; later runs keep it (generated keywords are stored separately).

    Example: `narratives topics rename --db narratives-demo.duckdb 1 "Ukraine desertion figures"`, and
    `narratives topics rename --db narratives-demo.duckdb 1 --reset` to undo it
    """
    if reset and name is not None:
        fail("give a name or --reset, not both", EXIT_BAD_INPUT)
    if not reset and (name is None or not name.strip()):
        fail("the name is empty: give the label to show, or --reset to go back to the generated one", EXIT_BAD_INPUT)
    settings = settings_from(db=db)
    with warehouse(settings.db, read_only=False) as con:
        if reset:
            found = narrative_store.forget_narrative_name(con, narrative_id)
        else:
            found = narrative_store.rename_narrative(con, narrative_id, name.strip())
    if not found:
        fail(f"no narrative {narrative_id} in {settings.db}", EXIT_NOT_FOUND)
    if reset:
        console.print(f"narrative {narrative_id} shows its generated label again")
    else:
        console.print(Text(f"narrative {narrative_id} is now {name.strip()!r}"))


@app.command("plots")
def topics_plots(
    out: Annotated[Path, typer.Option("--out", help="Folder for the HTML charts.")],
    db: DbOption = None,
    embedder: EmbedderOption = None,
) -> None:
    """BERTopic's topics-over-time and hierarchy charts for the stored narratives (self-contained HTML).

    Example: `narratives topics plots --db narratives-demo.duckdb --out report/`
    """
    settings = settings_from(db=db, embedder=embedder)
    write_plots(settings.db, out, settings.embedder)


def write_plots(db: Path, out: Path, embedder_choice: str) -> None:
    with warehouse(db) as con:
        docs, vectors, topics, timestamps = narrative_store.clustered_articles(con, embedder(embedder_choice).name)
        labels = {n.narrative_id: n.label for n in narrative_store.list_narratives(con)}
    if len(docs) < 2:
        fail("not enough clustered articles to plot", EXIT_NOT_FOUND)
    for path in write_bertopic_plots(docs, vectors, topics, timestamps, out, labels):
        console.print(f"wrote {path}", markup=False)
