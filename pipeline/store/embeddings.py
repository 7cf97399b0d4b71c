"""Article vectors, shared by the stages that compare whole articles: the claims stage (is this the same event?) and
the narratives stage (is this the same story?). Each article is embedded once per model, by whichever stage needs
it first."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from pipeline.store.db import Connection, chunks, indexed_in, insert, transaction
from pipeline.text import article_text


@dataclass(frozen=True, slots=True)
class ArticleEmbedding:
    article_id: str
    model: str
    embedding: np.ndarray


def articles_without_embedding(con: Connection, model: str, article_ids: list[str]) -> list[tuple[str, str]]:
    """(article_id, text) of those of `article_ids` not yet embedded with `model`, in id order (batch composition
    changes the vectors in their last bits, and clustering must not care)."""
    embedded = set()
    rows = []
    for chunk in chunks(article_ids):
        embedded.update(
            r[0]
            for r in con.execute(
                f"SELECT article_id FROM article_embeddings WHERE {indexed_in('article_id', chunk)} AND model = ?",
                [model],
            ).fetchall()
        )
        rows += con.execute(
            f"SELECT article_id, title, summary FROM raw_items WHERE {indexed_in('article_id', chunk)}"
        ).fetchall()
    return sorted((a, article_text(title, summary)) for a, title, summary in rows if a not in embedded)


def write_article_embeddings(con: Connection, model: str, article_ids: list[str], vectors: np.ndarray) -> None:
    with transaction(con):
        insert(
            con,
            "article_embeddings",
            [ArticleEmbedding(a, model, v) for a, v in zip(article_ids, vectors, strict=True)],
        )


def article_vectors(con: Connection, model: str, article_ids: list[str]) -> dict[str, np.ndarray]:
    """The stored `model` vectors of `article_ids`, by indexed look-up."""
    vectors = {}
    for chunk in chunks(sorted(set(article_ids))):
        rows = con.execute(
            f"SELECT article_id, embedding FROM article_embeddings WHERE {indexed_in('article_id', chunk)} AND model = ?",
            [model],
        ).fetchall()
        vectors.update((article_id, np.asarray(embedding, dtype=np.float32)) for article_id, embedding in rows)
    return vectors
