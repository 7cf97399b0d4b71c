"""`narratives claims …`: where a number came from and how it spread."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from pipeline import render
from pipeline.claims.search import parse_window
from pipeline.claims.trace import ClaimSearch, ClaimTrace, find_claims, trace_claim
from pipeline.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_NOT_FOUND,
    DbOption,
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
from pipeline.digest import number
from pipeline.settings import build
from pipeline.store import reports
from pipeline.store.claims import ClaimRow, SpreadRow, TopClaimRow

CANDIDATES_SHOWN = 20
"""Claims listed for a bare number (the rest are counted)."""
HINTS = 3

app = typer.Typer(help="Numeric claims: where a number came from and how it spread.", no_args_is_help=True)


@app.command("trace")
def claims_trace(
    query: Annotated[str, typer.Argument(help="The claim in your words, any supported language.")],
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="Other matching claims to list.")] = 3,
    format_: FormatOption = None,
) -> None:
    """Where a claim came from and how it spread: origin, outlets in order, languages, variants.

    The value (if given) filters first; the words then pick the claims that count what they name, in any
    language (or, for words the lexicon does not know, whose contexts say the same); matches rank by spread:
    outlets, then languages, then mentions. The best match is traced, and the other matches listed.

    A bare number ("182000", "182k", "182 тыс.") names no subject: when several claims have that value they are
    listed by spread, with no trace, and a hint of the words that pick one; a single claim is traced.

    Exit 1 when nothing matches, 2 when the query names neither a number nor a word.

    `--format json` gives one object: the claim, its spread, variants and other matches (for an ambiguous bare
    number: no claim, the candidates as others); `--format csv` gives the spread timeline (the candidates, when
    ambiguous).

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
        trace = None if search.ambiguous else trace_claim(con, search)
    output = chosen_format(format_)
    if output is not Format.TABLE:
        _write_trace(output, query, trace, search.matches[:CANDIDATES_SHOWN])
        if trace is None:
            messages.print(_hint(search), highlight=False)
    elif trace is None:
        _print_candidates(search)
    else:
        _print_trace(search, trace, limit)


def _print_trace(search: ClaimSearch, trace: ClaimTrace, limit: int) -> None:
    console.print(render.claim_panel(trace.claim))
    console.print(render.spread_table(trace.spread))
    if trace.variants:
        console.print(render.claims_table(trace.variants, title="Variants (same thing, different value)"))
    if trace.others:
        title = "Other claims with this value" if search.query.values else "Other matching claims"
        console.print(render.claims_table(trace.others[:limit], title=title, caption=_more(trace.others, limit)))


def _write_trace(output: Format, query: str, trace: ClaimTrace | None, candidates: list[ClaimRow]) -> None:
    """The trace for other tools: JSON with everything the tables show, CSV with the spread timeline (or, for an
    ambiguous bare number, the candidate claims)."""
    if output is Format.JSON:
        data = {
            "query": query,
            "claim": trace.claim if trace else None,
            "spread": trace.spread if trace else [],
            "variants": trace.variants if trace else [],
            "others": trace.others if trace else candidates,
        }
        render.write_json(sys.stdout, data)
    elif trace is None:
        render.write_csv(sys.stdout, *render.columns_and_rows(candidates, ClaimRow))
    else:
        render.write_csv(sys.stdout, *render.columns_and_rows(trace.spread, SpreadRow))


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
    console.print(Text(_hint(search)), highlight=False)


def _hint(search: ClaimSearch) -> str:
    examples = ", ".join(dict.fromkeys(f'"{number(c.value)} {_subject(c)}"' for c in search.matches[:HINTS]))
    return f"A number alone names no subject: add what is counted to trace one, e.g. {examples}."


def _subject(claim: ClaimRow) -> str:
    """What a claim counts, in words that find it again ("deserters", "wheat"; the unit when nothing else)."""
    return claim.subject or claim.unit or "?"


def _more(rows: list, shown: int) -> str | None:
    return f"… and {len(rows) - shown} more" if len(rows) > shown else None


@app.command("top")
def claims_top(
    db: DbOption = None,
    since: Annotated[
        str | None,
        typer.Option(help="Window ending at the newest article (or at --to): 24h, 7d, 2w [default 7d without --from]."),
    ] = None,
    from_: FromOption = None,
    to: ToOption = None,
    language: LanguageOption = None,
    outlet: OutletOption = None,
    min_outlets: Annotated[int, typer.Option(help="Only claims repeated by at least this many outlets.")] = 2,
    limit: Annotated[int, typer.Option(help="Claims to show.")] = 20,
    format_: FormatOption = None,
) -> None:
    """The most repeated claims in a window (ranked by outlets, then languages, then mentions, all counted in it).

    The window is `--since` back from the newest article (from `--to`'s end when given), or `--from` … `--to`
    (UTC days, both inclusive). `--language`/`--outlet` keep the claims carried in the window in that language or
    by that outlet; their counts still cover every language and outlet in the window.

    Example: `narratives claims top --db narratives-demo.duckdb --since 7d` or
    `narratives claims top --db narratives-demo.duckdb --from 2024-11-04 --to 2024-11-10 --language ru`
    """
    if from_ and since:
        fail(
            "--since counts back from the newest article or --to; with --from, end the window with --to", EXIT_BAD_INPUT
        )
    try:
        span = None if from_ else parse_window(since or "7d")
    except ValueError as exc:
        fail(str(exc), EXIT_BAD_INPUT)
    start, end = window(from_, to)
    with warehouse(settings_from(db=db).db) as con:
        if span is not None:
            start = (end or reports.newest_article_at(con) or datetime.now().astimezone()) - span
        rows = reports.top_claims(con, start, end, language or [], outlet or [], min_outlets, limit)
    caption = f"outlets, langs and mentions counted in the window ({_span(start, end)}); first seen is all-time"
    title = f"Top claims, last {since or '7d'} of the corpus" if span else f"Top claims, {_span(start, end)}"
    filters = "; ".join(
        f"{word} {', '.join(values)}" for word, values in (("in", language), ("from", outlet)) if values
    )
    if filters:
        title += f", carried {filters}"
    print_rows(
        chosen_format(format_),
        rows,
        TopClaimRow,
        lambda: render.claims_table(rows, title=title, caption=caption),
    )


def _span(start: datetime | None, end: datetime | None) -> str:
    """[start, end) in words, UTC."""
    first = f"{start:%Y-%m-%d %H:%M}" if start else "…"
    return f"{first} to {f'{end:%Y-%m-%d %H:%M}' if end else 'the newest article'} UTC"
