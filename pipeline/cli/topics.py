"""`narratives topics …`: narratives (cross-lingual story clusters with stable ids) and their charts."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from pipeline import render
from pipeline.cli.common import (
    EXIT_NOT_FOUND,
    DbOption,
    EmbedderOption,
    console,
    fail,
    settings_from,
    warehouse,
)
from pipeline.narratives.cluster import write_bertopic_plots
from pipeline.settings import embedder
from pipeline.store import narratives as narrative_store

app = typer.Typer(help="Narratives: cross-lingual story clusters with stable ids.", no_args_is_help=True)


@app.command("list")
def topics_list(db: DbOption = None) -> None:
    """Narratives, largest first, with their languages and first outlet; outliers are counted, not hidden.

    Example: `narratives topics list --db narratives-demo.duckdb`
    """
    with warehouse(settings_from(db=db).db) as con:
        rows, outliers = narrative_store.list_narratives(con), narrative_store.outlier_count(con)
    console.print(render.narratives_table(rows))
    console.print(f"outliers (no narrative yet): {outliers}")


@app.command("show")
def topics_show(
    narrative_id: Annotated[int, typer.Argument(help="Narrative id from `topics list`.")], db: DbOption = None
) -> None:
    """One narrative: keywords, articles per language, first outlet, the claims inside, and its articles.

    Example: `narratives topics show --db narratives-demo.duckdb 1`
    """
    settings = settings_from(db=db)
    with warehouse(settings.db) as con:
        detail = narrative_store.narrative_detail(con, narrative_id)
    if detail is None:
        fail(f"no narrative {narrative_id} in {settings.db}", EXIT_NOT_FOUND)
    for table in render.narrative_tables(detail):
        console.print(table)


@app.command("rename")
def topics_rename(
    narrative_id: Annotated[int, typer.Argument(help="Narrative id.")],
    name: Annotated[str, typer.Argument(help="The label analysts will see from now on.")],
    db: DbOption = None,
) -> None:
    """Give a narrative a human name; later runs keep it (generated keywords are stored separately).

    Example: `narratives topics rename --db narratives-demo.duckdb 1 "Ukraine desertion figures"`
    """
    settings = settings_from(db=db)
    with warehouse(settings.db, read_only=False) as con:
        renamed = narrative_store.rename_narrative(con, narrative_id, name)
    if not renamed:
        fail(f"no narrative {narrative_id} in {settings.db}", EXIT_NOT_FOUND)
    console.print(Text(f"narrative {narrative_id} is now {name!r}"))


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
    if len(docs) < 2:
        fail("not enough clustered articles to plot", EXIT_NOT_FOUND)
    for path in write_bertopic_plots(docs, vectors, topics, timestamps, out):
        console.print(f"wrote {path}", markup=False)
