"""The analysis stages' work queue: every new article is queued once per stage by the load stage, and taken off in
the same transaction as the stage's output. Finding the work reads the backlog, not the history."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from pipeline.store.db import Connection, indexed_in, insert, scalar

STAGES = ("translate", "claims", "narratives")


@dataclass(frozen=True, slots=True)
class QueuedArticle:
    """A `work_queue` row."""

    stage: str
    article_id: str
    published_at: datetime


def enqueue(con: Connection, articles: Sequence[tuple[str, datetime]], stages: Sequence[str] = STAGES) -> None:
    """Queue articles (id, publication time) for `stages` (new articles: every analysis stage; call inside the
    transaction that stores them). An article already queued for a stage stays queued once."""
    insert(con, "work_queue", [QueuedArticle(stage, a, when) for stage in stages for a, when in articles], ignore=True)


def oldest(con: Connection, stage: str, limit: int) -> tuple[list[str], int]:
    """The ids of the `limit` oldest articles waiting for `stage`, and how many wait in all."""
    rows = con.execute(
        "SELECT article_id FROM work_queue WHERE stage = ? ORDER BY published_at, article_id LIMIT ?", [stage, limit]
    ).fetchall()
    return [row[0] for row in rows], int(scalar(con, "SELECT count(*) FROM work_queue WHERE stage = ?", [stage]))


def done(con: Connection, stage: str, article_ids: Sequence[str]) -> None:
    """Take articles off `stage`'s queue; call inside the transaction that writes the stage's output for them."""
    if article_ids:
        con.execute(
            f"DELETE FROM work_queue WHERE stage = ? AND {indexed_in('article_id', list(article_ids))}", [stage]
        )
