"""`narratives claims …`: where a number came from and how it spread."""

from __future__ import annotations

from typing import Annotated

import typer

from pipeline import render
from pipeline.claims.search import parse_window
from pipeline.claims.trace import trace_claim
from pipeline.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_NOT_FOUND,
    DbOption,
    console,
    fail,
    settings_from,
    warehouse,
)
from pipeline.digest import number
from pipeline.settings import build
from pipeline.store import claims as claim_store

app = typer.Typer(help="Numeric claims: where a number came from and how it spread.", no_args_is_help=True)


@app.command("trace")
def claims_trace(
    query: Annotated[str, typer.Argument(help="The claim in your words, any supported language.")],
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="Other matching claims to list.")] = 3,
) -> None:
    """Where a claim came from and how it spread: origin, outlets in order, languages, variants.

    Example: `narratives claims trace --db narratives-demo.duckdb "182,000 deserters"` (or "182 тыс. дезертиров")
    """
    settings = settings_from(db=db)
    with warehouse(settings.db) as con:
        values, trace = trace_claim(con, query, build(settings).claim_embedder)
    if trace is None:
        shown = ", ".join(number(v) for v in values) or "given"
        fail(f"no claim with the value(s) {shown} in {settings.db}", EXIT_NOT_FOUND)
    console.print(render.claim_panel(trace.claim))
    console.print(render.spread_table(trace.spread))
    if trace.variants:
        console.print(render.claims_table(trace.variants, title="Variants (same thing, different value)"))
    if trace.others:
        console.print(render.claims_table(trace.others[:limit], title="Other claims with this value"))


@app.command("top")
def claims_top(
    db: DbOption = None,
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
        fail(str(exc), EXIT_BAD_INPUT)
    with warehouse(settings_from(db=db).db) as con:
        rows = claim_store.top_claims(con, window, min_outlets, limit)
    console.print(render.claims_table(rows, title=f"Top claims, last {since} of the corpus"))
