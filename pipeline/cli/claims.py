"""`narratives claims …`: where a number came from and how it spread."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from pipeline import render
from pipeline.claims.search import parse_window
from pipeline.claims.trace import ClaimSearch, find_claims, trace_claim
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
from pipeline.store.claims import ClaimRow

CANDIDATES_SHOWN = 20
"""Claims listed for a bare number (the rest are counted)."""
HINTS = 3

app = typer.Typer(help="Numeric claims: where a number came from and how it spread.", no_args_is_help=True)


@app.command("trace")
def claims_trace(
    query: Annotated[str, typer.Argument(help="The claim in your words, any supported language.")],
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="Other matching claims to list.")] = 3,
) -> None:
    """Where a claim came from and how it spread: origin, outlets in order, languages, variants.

    The value (if given) filters first; the words then pick the claims that count what they name, in any
    language (or, for words the lexicon does not know, whose contexts say the same); matches rank by spread:
    outlets, then languages, then mentions. The best match is traced, and the other matches listed.

    A bare number ("182000", "182k", "182 тыс.") names no subject: when several claims have that value they are
    listed by spread, with no trace, and a hint of the words that pick one; a single claim is traced.

    Exit 1 when nothing matches, 2 when the query names neither a number nor a word.

    Example: `narratives claims trace --db narratives-demo.duckdb "182,000 deserters"` (or "182 тыс. дезертиров")
    """
    settings = settings_from(db=db)
    with warehouse(settings.db) as con:
        search = find_claims(con, query, build(settings).claim_embedder)
        if search.query.is_empty:
            fail(
                f"nothing to search for in {query!r}: give the value (182,000), what is counted (deserters), or both",
                EXIT_BAD_INPUT,
            )
        if not search.matches:
            fail(_miss(search, settings.db), EXIT_NOT_FOUND)
        if search.ambiguous:
            _print_candidates(search)
            return
        trace = trace_claim(con, search)
    console.print(render.claim_panel(trace.claim))
    console.print(render.spread_table(trace.spread))
    if trace.variants:
        console.print(render.claims_table(trace.variants, title="Variants (same thing, different value)"))
    if trace.others:
        title = "Other claims with this value" if search.query.values else "Other matching claims"
        console.print(render.claims_table(trace.others[:limit], title=title, caption=_more(trace.others, limit)))


def _values(search: ClaimSearch) -> str:
    return " or ".join(number(v) for v in search.query.values)


def _miss(search: ClaimSearch, db: Path) -> str:
    """Why nothing matched, and what the warehouse has instead when the value alone would have matched."""
    words = " ".join(search.query.words)
    if not search.query.values:
        return f"no claim matches {search.query.text!r} in {db} (no claim counts it, and no claim's context is close)"
    if not search.with_value:
        return f"no claim with the value {_values(search)} in {db}"
    counted = ", ".join(dict.fromkeys(_subject(c) for c in search.with_value[:CANDIDATES_SHOWN]))
    return (
        f"no claim with the value {_values(search)} counts {words!r} in {db}; claims with this value count: "
        f"{counted} (`claims trace {number(search.query.values[0])}` lists them)"
    )


def _print_candidates(search: ClaimSearch) -> None:
    """A bare number several claims have: all of them by spread, and the queries that would trace each."""
    candidates = search.matches
    console.print(
        render.claims_table(
            candidates[:CANDIDATES_SHOWN],
            title=f"{len(candidates)} claims with the value {_values(search)}, by spread (outlets, languages, mentions)",
            caption=_more(candidates, CANDIDATES_SHOWN),
        )
    )
    examples = ", ".join(dict.fromkeys(f'"{number(c.value)} {_subject(c)}"' for c in candidates[:HINTS]))
    console.print(
        Text(f"A number alone names no subject: add what is counted to trace one, e.g. {examples}."),
        highlight=False,
    )


def _subject(claim: ClaimRow) -> str:
    """What a claim counts, in words that find it again ("deserters", "wheat"; the unit when nothing else)."""
    return claim.subject or claim.unit or "?"


def _more(rows: list, shown: int) -> str | None:
    return f"… and {len(rows) - shown} more" if len(rows) > shown else None


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
    console.print(
        render.claims_table(
            rows,
            title=f"Top claims, last {since} of the corpus",
            caption=f"outlets, langs and mentions counted in the last {since}; first seen is all-time",
        )
    )
