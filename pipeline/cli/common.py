"""What every `narratives` command shares: the consoles, the option types, output formats, settings from flags, the
warehouse context, and clean failures (exit 1 not found, 2 bad input, 3 warehouse busy).

Results go to stdout, messages and errors to stderr, so `narratives … --format csv > file` keeps only data."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console, RenderableType
from rich.text import Text

from pipeline import render
from pipeline.config import ConfigError, FeedsConfig, load_feeds
from pipeline.settings import Settings
from pipeline.store.db import Connection, NotAWarehouse, WarehouseBusy, open_warehouse

EXIT_NOT_FOUND = 1
EXIT_BAD_INPUT = 2
EXIT_BUSY = 3

console = Console()
messages = Console(stderr=True)


class Format(StrEnum):
    TABLE = "table"
    CSV = "csv"
    JSON = "json"


DbOption = Annotated[
    Path | None, typer.Option("--db", help="DuckDB warehouse file [env NARRATIVES_DB; default ./narratives.duckdb].")
]
FeedsOption = Annotated[Path, typer.Option("--feeds", help="Feeds YAML file (see seeds/feeds.yaml).")]
EmbedderOption = Annotated[
    str | None,
    typer.Option(
        "--embedder",
        help="Narrative embeddings: use (multilingual USE v3), minilm (bundled English MiniLM), or a "
        "sentence-transformers model path/name [env NARRATIVES_EMBEDDER; default use].",
    ),
]
TranslatorOption = Annotated[
    str | None, typer.Option("--translator", help="argos (installed models) or none [env NARRATIVES_TRANSLATOR].")
]
ModelsDirOption = Annotated[
    Path | None,
    typer.Option("--models-dir", help="Where argos packages live, never in the repo [env NARRATIVES_MODELS_DIR]."),
]
WaitOption = Annotated[
    float | None,
    typer.Option(
        "--wait",
        help="Seconds to wait when another process is writing the warehouse (0: fail at once) [env NARRATIVES_WAIT_S].",
    ),
]
DateOption = Annotated[
    datetime | None,
    typer.Option(
        "--date", formats=["%Y-%m-%d"], help="Logical run date (default: today, UTC). Rerunning a date is idempotent."
    ),
]

FormatOption = Annotated[
    Format | None,
    typer.Option(
        "--format",
        help="table, csv or json [default: table on a terminal, csv when piped or redirected].",
        case_sensitive=False,
    ),
]
FromOption = Annotated[
    datetime | None, typer.Option("--from", formats=["%Y-%m-%d"], help="First day (UTC) of the window, inclusive.")
]
ToOption = Annotated[
    datetime | None, typer.Option("--to", formats=["%Y-%m-%d"], help="Last day (UTC) of the window, inclusive.")
]
LanguageOption = Annotated[
    list[str] | None,
    typer.Option("--language", help="Only rows with an article in this language (repeat for several)."),
]
OutletOption = Annotated[
    list[str] | None, typer.Option("--outlet", help="Only rows with an article from this outlet (repeat for several).")
]


def chosen_format(format_: Format | None) -> Format:
    """An explicit --format wins; else a table for a person at a terminal, CSV for a pipe or a file (no box
    drawing, no truncated values, no colour)."""
    if format_ is not None:
        return format_
    return Format.TABLE if sys.stdout.isatty() else Format.CSV


def print_rows(
    format_: Format, rows: Sequence[Any], row_type: type, table: Callable[[], RenderableType | list[RenderableType]]
) -> None:
    """Typed rows as the table `table()` draws, or every field of every row as CSV or a JSON array of objects."""
    if format_ is Format.JSON:
        render.write_json(sys.stdout, list(rows))
    elif format_ is Format.CSV:
        render.write_csv(sys.stdout, *render.columns_and_rows(rows, row_type))
    else:
        drawn = table()
        for renderable in drawn if isinstance(drawn, list) else [drawn]:
            console.print(renderable)


def window(from_: datetime | None, to: datetime | None) -> tuple[datetime | None, datetime | None]:
    """--from/--to days as the half-open UTC window [start, end): --to's whole day is inside."""
    start = from_.replace(tzinfo=UTC) if from_ else None
    end = to.replace(tzinfo=UTC) + timedelta(days=1) if to else None
    if start and end and start >= end:
        fail(f"--from {start:%Y-%m-%d} is after --to {to:%Y-%m-%d}", EXIT_BAD_INPUT)
    return start, end


def settings_from(**overrides) -> Settings:
    try:
        return Settings.load(**overrides)
    except ValueError as exc:
        fail(str(exc), EXIT_BAD_INPUT)


@contextmanager
def warehouse(db: Path, read_only: bool = True, must_exist: bool = True, migrate: bool = True) -> Iterator[Connection]:
    """The warehouse for one command, closed on the way out; a missing or busy file is a clean error."""
    if must_exist and not db.exists():
        fail(f"no warehouse at {db}: run `narratives run` or `narratives demo` first", EXIT_BAD_INPUT)
    with warehouse_errors(), open_warehouse(db, read_only=read_only, migrate_it=migrate) as con:
        yield con


@contextmanager
def warehouse_errors() -> Iterator[None]:
    """A busy file exits 3, a file that is not a warehouse exits 2, both with a message and no traceback."""
    try:
        yield
    except WarehouseBusy as exc:
        fail(str(exc), EXIT_BUSY)
    except NotAWarehouse as exc:
        fail(f"{exc}; point --db at a narratives warehouse", EXIT_BAD_INPUT)


def load_config(path: Path) -> FeedsConfig:
    try:
        return load_feeds(path)
    except ConfigError as exc:
        fail(str(exc), EXIT_BAD_INPUT)


def fail(message: str, code: int) -> NoReturn:
    messages.print(Text.assemble(("error:", "bold red"), " ", message), highlight=False, soft_wrap=True)
    raise typer.Exit(code)
