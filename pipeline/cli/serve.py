"""`narratives serve`: the web explorer on this machine."""

from __future__ import annotations

import ipaddress
from typing import Annotated

import typer

from pipeline.cli.common import EXIT_BAD_INPUT, DbOption, fail, messages, settings_from
from pipeline.store.db import snapshot_path


def serve(
    db: DbOption = None,
    host: Annotated[
        str, typer.Option(help="Address to listen on; the default keeps it to this machine.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8050,
) -> None:
    """Explore the warehouse in a browser: search claims in any language, their spread, narratives and articles.

    Reads the snapshot each run publishes when it ends (`<db>.snapshot`), so the daily job can keep writing the
    warehouse; until one exists it reads the warehouse itself, read-only. Every table downloads as CSV.

    Example: `narratives serve --db narratives-demo.duckdb`, then open http://127.0.0.1:8050/
    """
    import uvicorn

    from pipeline.web import create_app

    path = settings_from(db=db).db
    if not path.exists() and not snapshot_path(path).exists():
        fail(f"no warehouse at {path}: run `narratives run` or `narratives demo` first", EXIT_BAD_INPUT)
    if not _is_loopback(host):
        messages.print(f"note: listening on {host}: anyone who can reach it can read the warehouse", highlight=False)
    messages.print(f"serving {path} at http://{host}:{port}/ (Ctrl+C to stop)", highlight=False)
    uvicorn.run(create_app(path), host=host, port=port, log_level="warning")


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"
