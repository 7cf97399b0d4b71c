"""What every `narratives` command shares: the console, the option types, settings from flags, the warehouse
context, and clean failures (exit 1 not found, 2 bad input, 3 warehouse busy)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.text import Text

from pipeline.config import ConfigError, FeedsConfig, load_feeds
from pipeline.settings import Settings
from pipeline.store.db import Connection, NotAWarehouse, WarehouseBusy, open_warehouse

EXIT_NOT_FOUND = 1
EXIT_BAD_INPUT = 2
EXIT_BUSY = 3

console = Console()

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
    console.print(Text.assemble(("error:", "bold red"), " ", message), highlight=False)
    raise typer.Exit(code)
