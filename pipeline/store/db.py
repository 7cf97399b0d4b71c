"""The DuckDB warehouse file: opening it, migrating it, transactions, and typed reads and writes.

All schema SQL lives in the top-level `warehouse/` package: `migrations/NNN_name.sql` are applied once each, in
order, and recorded in `schema_migrations`; `views/*.sql` are (re)created on every read-write open, so a view change
needs no migration. Each stage's queries live in its own module beside this one (`articles`, `translations`,
`claims`, `narratives`, `reports`).

DuckDB allows one writing process per file. `open_warehouse` waits for the lock up to a deadline, then raises
`WarehouseBusy`; the file itself is never touched by a process that did not get the lock.
"""

from __future__ import annotations

import dataclasses
import logging
import math
import os
import re
import shutil
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, TypeVar

import duckdb
import pandas as pd

from pipeline.text import PIVOT_LANGUAGE

LOGGER = logging.getLogger(__name__)

SQL_ROOT = files("warehouse")
MIGRATION_NAME = re.compile(r"^(\d{3})_[\w-]+\.sql$")
LOCK_POLL_S = 0.25

Connection = duckdb.DuckDBPyConnection
Row = TypeVar("Row")


class WarehouseBusy(RuntimeError):
    """Another process holds the DuckDB write lock."""


class NotAWarehouse(ValueError):
    """The file exists but is not a DuckDB database."""


def connect(path: Path, read_only: bool = False, wait_s: float = 0.0, migrate_it: bool = True) -> Connection:
    """Open the warehouse file; a writable connection is migrated and has fresh views (unless `migrate_it=False`,
    for a caller that must look at a file before changing anything in it)."""
    deadline = time.monotonic() + wait_s
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            break
        except duckdb.IOException as exc:
            if "not a valid duckdb database" in str(exc).lower():
                raise NotAWarehouse(f"{path} is not a DuckDB warehouse") from exc
            if "lock" not in str(exc).lower():
                raise
            if time.monotonic() >= deadline:
                raise WarehouseBusy(_busy_message(path, read_only, str(exc))) from exc
            time.sleep(LOCK_POLL_S)
    if not read_only and migrate_it:
        migrate(con)
        create_views(con)
    return con


@contextmanager
def open_warehouse(
    path: Path, read_only: bool = False, wait_s: float = 0.0, migrate_it: bool = True
) -> Iterator[Connection]:
    """`connect`, closed on the way out whatever happens."""
    con = connect(path, read_only=read_only, wait_s=wait_s, migrate_it=migrate_it)
    try:
        yield con
    finally:
        con.close()


def _busy_message(path: Path, read_only: bool, error: str) -> str:
    """Who holds the lock, as far as DuckDB says: a reader cannot be told from a writer by the lock alone, but a
    read-only open is refused only by a writer."""
    holder = f" ({match.group(0)})" if (match := re.search(r"PID \d+", error)) else ""
    if read_only:
        return f"warehouse {path} is busy: another process is writing to it{holder}"
    return (
        f"warehouse {path} is busy: another process has it open, reading or writing{holder}; try again when it is done"
    )


def migrate(con: Connection) -> list[str]:
    """Apply pending numbered migrations, each in its own transaction; return the names applied."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
    )
    applied = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
    done = []
    for version, script in _migrations():
        if version in applied:
            continue
        with transaction(con):
            con.execute(script.read_text(encoding="utf-8"))
            con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [version, script.name])
        LOGGER.info("applied migration %s", script.name)
        done.append(script.name)
    return done


def _migrations() -> list[tuple[int, Traversable]]:
    found = []
    for script in (SQL_ROOT / "migrations").iterdir():
        if match := MIGRATION_NAME.match(script.name):
            found.append((int(match.group(1)), script))
    return sorted(found, key=lambda pair: pair[0])


def create_views(con: Connection) -> None:
    """Macros and views, in file-name order. `pivot_language()` comes from Python's one definition of it."""
    scripts = sorted((s for s in (SQL_ROOT / "views").iterdir() if s.name.endswith(".sql")), key=lambda s: s.name)
    with transaction(con):
        con.execute(f"CREATE OR REPLACE MACRO pivot_language() AS {_literal(PIVOT_LANGUAGE)}")
        for script in scripts:
            con.execute(script.read_text(encoding="utf-8"))


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


@contextmanager
def transaction(con: Connection) -> Iterator[None]:
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def columns_of(row_type: type) -> tuple[str, ...]:
    """A row dataclass's stored columns: its fields, less those marked `not_stored()`."""
    return tuple(f.name for f in dataclasses.fields(row_type) if f.metadata.get("stored", True))


def field_values(row: Any) -> dict[str, Any]:
    """A dataclass row's fields by name (shallow, unlike `dataclasses.asdict`), to extend it into a richer row."""
    return {f.name: getattr(row, f.name) for f in dataclasses.fields(row)}


def not_stored(**kwargs: Any) -> Any:
    """A dataclass field that lives in memory only (e.g. a running vector sum), not in the row's table."""
    return dataclasses.field(metadata={"stored": False}, **kwargs)


def insert(con: Connection, table: str, rows: Sequence[Any], *, replace: bool = False, ignore: bool = False) -> None:
    """Insert dataclass rows by column name: the dataclass is the one place the column list is written.

    The rows travel as one pandas frame of Python objects (DuckDB converts each column as it would a parameter):
    `executemany` runs one statement per row, a hundred times slower for a day's articles and their vectors."""
    if not rows:
        return
    names = columns_of(type(rows[0]))
    verb = "INSERT OR REPLACE" if replace else "INSERT OR IGNORE" if ignore else "INSERT"
    if len(rows) == 1:  # a frame costs milliseconds to build: a fetch log row per feed does not need one
        values = [_sql_value(getattr(rows[0], name)) for name in names]
        con.execute(f"{verb} INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})", values)
        return
    frame = pd.DataFrame(
        {name: pd.Series([_sql_value(getattr(row, name)) for row in rows], dtype=object) for name in names}
    )
    view = f"incoming_{table}"
    con.register(view, frame)  # replaces what a failed insert may have left registered
    con.execute(f"{verb} INTO {table} ({', '.join(names)}) SELECT * FROM {view}")
    con.unregister(view)


def _sql_value(value: Any) -> Any:
    """Sets become sorted lists (numpy arrays are taken as they are)."""
    return sorted(value) if isinstance(value, (set, frozenset)) else value


def select(con: Connection, row_type: type[Row], sql: str, params: Sequence[Any] = ()) -> list[Row]:
    """Run a query and build one `row_type` per row, matching columns to fields by name (all must match)."""
    cursor = con.execute(sql, list(params))
    names = [column[0] for column in cursor.description]
    return [row_type(**dict(zip(names, values, strict=True))) for values in cursor.fetchall()]


def select_one(con: Connection, row_type: type[Row], sql: str, params: Sequence[Any] = ()) -> Row | None:
    rows = select(con, row_type, sql, params)
    return rows[0] if rows else None


def scalar(con: Connection, sql: str, params: Sequence[Any] = ()) -> Any:
    row = con.execute(sql, list(params)).fetchone()
    return row[0] if row else None


def placeholders(values: Sequence[Any]) -> str:
    """`?, ?, ?` for an IN list of `values`."""
    return ", ".join("?" * len(values))


def indexed_in(column: str, values: Sequence[str | int]) -> str:
    """`column IN (<literals>)`: DuckDB answers a literal IN list from the column's ART index, while a list of
    parameters becomes a join that scans the whole table. Strings are quoted, numbers rendered from Python numbers."""
    if not values:
        return "false"
    return f"{column} IN ({', '.join(_key_literal(v) for v in values)})"


LOOKUP_CHUNK = 2_000
"""Keys per indexed look-up (a literal IN list): long enough to batch, short enough to plan quickly."""


def chunks(values: Sequence[Any], size: int = LOOKUP_CHUNK) -> list[list[Any]]:
    """`values` cut into look-up sized lists."""
    return [list(values[i : i + size]) for i in range(0, len(values), size)]


def present(con: Connection, table: str, column: str, keys: Sequence[str]) -> set[str]:
    """The ones among `keys` that `table` holds in `column`: indexed look-ups, however long the table."""
    found: set[str] = set()
    for chunk in chunks(keys):
        rows = con.execute(f"SELECT {column} FROM {table} WHERE {indexed_in(column, chunk)}").fetchall()
        found.update(row[0] for row in rows)
    return found


def keyed(con: Connection, table: str, column: str, value: str, keys: Sequence[str | int]) -> dict[Any, Any]:
    """`column` → `value` (an SQL expression) for the rows of `table` whose `column` is one of `keys`: indexed
    look-ups, however long the table."""
    found: dict[Any, Any] = {}
    for chunk in chunks(keys):
        found.update(con.execute(f"SELECT {column}, {value} FROM {table} WHERE {indexed_in(column, chunk)}").fetchall())
    return found


def _key_literal(value: str | int | float) -> str:
    if isinstance(value, str):
        return _literal(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"not a finite key: {value}")
        return f"{value!r}::DOUBLE"
    return str(int(value))


def is_empty(con: Connection) -> bool:
    """No table, view or macro of anyone's in the file (a DuckDB file just created, or never used)."""
    return not scalar(
        con,
        """
        SELECT (SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database())
             + (SELECT count(*) FROM duckdb_views() WHERE database_name = current_database() AND NOT internal)
             + (SELECT count(*) FROM duckdb_functions() WHERE database_name = current_database()
                AND function_type = 'macro' AND NOT internal)
        """,
    )


def warehouse_role(con: Connection) -> str | None:
    """What made this file (e.g. 'demo'); None for a warehouse of real runs. Works on read-only connections."""
    if not _has_table(con, "warehouse_info"):
        return None
    return scalar(con, "SELECT value FROM warehouse_info WHERE key = 'role'")


def _has_table(con: Connection, name: str) -> bool:
    return bool(
        scalar(
            con,
            "SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() AND table_name = ?",
            [name],
        )
    )


def set_warehouse_role(con: Connection, role: str) -> None:
    con.execute("INSERT OR REPLACE INTO warehouse_info VALUES ('role', ?)", [role])


def reset(con: Connection) -> None:
    """Drop every view and table of this file, then migrate afresh: an empty warehouse, same file, same lock held."""
    views = con.execute(
        "SELECT view_name FROM duckdb_views() WHERE database_name = current_database() AND NOT internal"
    ).fetchall()
    tables = con.execute("SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()").fetchall()
    with transaction(con):
        for (name,) in views:
            con.execute(f'DROP VIEW IF EXISTS "{name}"')
        for (name,) in tables:
            con.execute(f'DROP TABLE IF EXISTS "{name}" CASCADE')
    migrate(con)
    create_views(con)


def snapshot_path(db: Path) -> Path:
    """Where a run publishes a copy of the warehouse for readers (`narratives serve`): `<db>.snapshot`."""
    return db.with_name(db.name + ".snapshot")


def publish_snapshot(con: Connection, db: Path) -> Path:
    """Publish the warehouse as it is now for readers, who cannot open it while a run holds the write lock: checkpoint
    (the file is then complete), copy it beside the snapshot, and rename it over the snapshot, so a reader opens the
    previous copy or the new one, never half of one."""
    con.execute("CHECKPOINT")
    target = snapshot_path(db)
    partial = target.with_name(target.name + ".partial")
    shutil.copyfile(db, partial)
    os.replace(partial, target)
    return target


def is_duckdb_file(path: Path) -> bool:
    """The file starts like a DuckDB database (its header carries the magic bytes `DUCK` at offset 8)."""
    with path.open("rb") as handle:
        return handle.read(12)[8:12] == b"DUCK"


def lock_down(con: Connection) -> None:
    """Make a connection side-effect free beyond its own (read-only) file: no reading or writing other files or
    URLs (`COPY … TO`, `read_text`, `ATTACH`, `EXPORT DATABASE`), no extension installs or auto-loads; then freeze
    the configuration so the query cannot switch any of it back."""
    for statement in (
        "SET enable_external_access = false",
        "SET autoinstall_known_extensions = false",
        "SET autoload_known_extensions = false",
        "SET lock_configuration = true",
    ):
        con.execute(statement)


@contextmanager
def statement_timeout(con: Connection, seconds: float) -> Iterator[None]:
    """Interrupt whatever `con` runs after `seconds` (DuckDB raises `InterruptException` in the query)."""
    timer = threading.Timer(seconds, con.interrupt)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
