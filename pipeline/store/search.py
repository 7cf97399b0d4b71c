"""The full-text index (`search_documents`, `search_postings`): its writes, and BM25 ranking over it in SQL.

An article is indexed twice at most: its title and summary as written (side `original`, stemmed for the article's
language) and their translation (side `translation`, stemmed for the target language). Each side is one BM25
document; an article scores as its better side, so a translated article is not favoured over one that is not.

The index grows with what is new and is never rebuilt: the load stage indexes new articles in the transaction that
stores them, the translate stage indexes translations in the transaction that stores them (replacing the side when
an article is translated again), and the articles a warehouse held before the index existed wait in the work queue
(stage `search`, filled once by migration 015) until the translate stage indexes them. Ranking reads only the
postings of the query's terms (ART index on `term`) plus two aggregates of `search_documents` (N and the total
length: a count DuckDB keeps and one integer column, ~2 ms at a million documents), so no statistics table has to
be kept in step.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from pipeline import search_terms
from pipeline.search_terms import QueryTerm
from pipeline.store import queue
from pipeline.store.db import Connection, chunks, indexed_in, insert, select, transaction
from pipeline.text import article_text

K1 = 1.2
B = 0.75
"""BM25's usual constants: term-frequency saturation and length normalisation."""

ORIGINAL = "original"
TRANSLATION = "translation"


@dataclass(frozen=True, slots=True)
class IndexedText:
    """A text to index: one side of one article."""

    article_id: str
    side: str
    language: str | None
    text: str


@dataclass(frozen=True, slots=True)
class SearchDocument:
    """A `search_documents` row."""

    article_id: str
    side: str
    language: str | None
    n_terms: int


@dataclass(frozen=True, slots=True)
class Posting:
    """A `search_postings` row."""

    term: str
    article_id: str
    side: str
    language: str | None
    tf: int
    doc_terms: int


class TranslatedField(Protocol):
    """What indexing needs of a `translations` row (`store.translations.FieldTranslation`)."""

    article_id: str
    field: str
    target_lang: str
    text: str


@dataclass(frozen=True, slots=True)
class StoredTranslation:
    """A `translations` row as the backlog reads it (a `TranslatedField`)."""

    article_id: str
    field: str
    target_lang: str
    text: str


def original(article_id: str, language: str | None, title: str, summary: str) -> IndexedText:
    """An article's text as written, to index in its language."""
    return IndexedText(article_id, ORIGINAL, language, article_text(title, summary))


def translated(fields: Iterable[TranslatedField]) -> list[IndexedText]:
    """Translated titles and summaries as one text per article and target language (title first)."""
    grouped: dict[tuple[str, str], dict[str, str]] = {}
    for row in fields:
        grouped.setdefault((row.article_id, row.target_lang), {})[row.field] = row.text
    return [
        IndexedText(article_id, TRANSLATION, language, article_text(parts.get("title", ""), parts.get("summary", "")))
        for (article_id, language), parts in grouped.items()
    ]


def index_texts(con: Connection, texts: Sequence[IndexedText], *, replace: bool = False) -> int:
    """Index `texts` (call inside the transaction that stores them); return the postings written. A side already
    indexed is skipped, or with `replace` indexed anew (a translation written again)."""
    if not texts:
        return 0
    indexed = _indexed_sides(con, [t.article_id for t in texts])
    if replace and (again := sorted({t.article_id for t in texts if (t.article_id, t.side) in indexed})):
        for side in sorted({t.side for t in texts}):
            # rare (a text indexed before is written again): postings have no article index, this reads them all
            where = f"side = ? AND {indexed_in('article_id', again)}"
            con.execute(f"DELETE FROM search_postings WHERE {where}", [side])
            con.execute(f"DELETE FROM search_documents WHERE {where}", [side])
        indexed = set()
    documents, postings = [], []
    for text in texts:
        if (text.article_id, text.side) in indexed:
            continue
        indexed.add((text.article_id, text.side))
        language = search_terms.stemming_language(text.language)
        counts = search_terms.document_terms(text.text, language)
        length = sum(counts.values())
        documents.append(SearchDocument(text.article_id, text.side, language, length))
        postings += [Posting(term, text.article_id, text.side, language, tf, length) for term, tf in counts.items()]
    insert(con, "search_documents", documents)
    insert(con, "search_postings", postings)
    return len(postings)


def _indexed_sides(con: Connection, article_ids: Sequence[str]) -> set[tuple[str, str]]:
    """(article_id, side) already indexed among `article_ids`: indexed look-ups."""
    found: set[tuple[str, str]] = set()
    for chunk in chunks(sorted(set(article_ids))):
        rows = con.execute(f"SELECT article_id, side FROM search_documents WHERE {indexed_in('article_id', chunk)}")
        found.update(rows.fetchall())
    return found


def index_backlog(con: Connection, limit: int) -> int:
    """Index up to `limit` of the articles stored before the index existed (both sides), oldest first, and take them
    off the `search` queue; return how many articles were indexed. Costs one look at the queue once it is empty."""
    article_ids, _ = queue.oldest(con, "search", limit)
    for chunk in chunks(article_ids):
        with transaction(con):
            rows = con.execute(
                "SELECT article_id, article_language(detected_language, declared_language), title, summary "
                f"FROM raw_items WHERE {indexed_in('article_id', chunk)} ORDER BY article_id"
            ).fetchall()
            texts = [original(*row) for row in rows]
            texts += translated(
                select(
                    con,
                    StoredTranslation,
                    "SELECT article_id, field, target_lang, text FROM translations "
                    f"WHERE {indexed_in('article_id', chunk)} ORDER BY article_id, field, target_lang",
                )
            )
            index_texts(con, texts)
            queue.done(con, "search", chunk)
    return len(article_ids)


# --- ranking ---------------------------------------------------------------------------------------------------


def bm25(terms: Sequence[QueryTerm]) -> tuple[str, list[Any]]:
    """SQL for the CTEs `query_terms(word, term, languages)` and `scores(article_id, score)`: each article's BM25
    score for the query (k1 = 1.2, b = 0.75; idf = ln(1 + (N − df + 0.5) / (df + 0.5)) over documents), a query
    word counting once per document by its best form, an article scoring as its better side. Only articles that
    match at least one word are scored. Reads the postings of `terms` by index, and `search_documents` for N and the
    average length. Returns the text to follow `WITH` and its parameters."""
    if not terms:  # no query, or no word in it: nothing to read
        return (
            "query_terms AS (SELECT NULL::INTEGER AS word, NULL::VARCHAR AS term, NULL::VARCHAR[] AS languages WHERE false), "
            "scores AS (SELECT NULL::VARCHAR AS article_id, NULL::DOUBLE AS score WHERE false)",
            [],
        )
    lookup = sorted({t.term for t in terms})
    sql = f"""
        query_terms AS (
            SELECT unnest(?::INTEGER[]) AS word, unnest(?::VARCHAR[]) AS term, unnest(?::VARCHAR[][]) AS languages
        ),
        postings AS MATERIALIZED (
            SELECT term, article_id, side, language, tf, doc_terms FROM search_postings WHERE {indexed_in("term", lookup)}
        ),
        document_frequency AS (SELECT term, count(*) AS df FROM postings GROUP BY term),
        corpus AS (SELECT count(*) AS n, coalesce(avg(n_terms), 1) AS avg_terms FROM search_documents),
        word_scores AS (
            SELECT p.article_id, p.side, q.word,
                   max(ln(1 + (c.n - f.df + 0.5) / (f.df + 0.5)) * p.tf * ({K1} + 1)
                       / (p.tf + {K1} * (1 - {B} + {B} * p.doc_terms / c.avg_terms))) AS score
            FROM postings p
            JOIN query_terms q ON q.term = p.term AND (q.languages IS NULL OR list_contains(q.languages, p.language))
            JOIN document_frequency f ON f.term = p.term
            CROSS JOIN corpus c
            GROUP BY ALL
        ),
        scores AS (
            SELECT article_id, max(score) AS score
            FROM (SELECT article_id, side, sum(score) AS score FROM word_scores GROUP BY ALL)
            GROUP BY article_id
        )
    """
    params = [
        [t.word for t in terms],
        [t.term for t in terms],
        [list(t.languages) if t.languages else None for t in terms],
    ]
    return sql, params


def scores(con: Connection, text: str) -> dict[str, float]:
    """Every article's BM25 score for the query `text` (articles matching none of its words left out)."""
    sql, params = bm25(search_terms.query_terms(text))
    return dict(con.execute(f"WITH {sql} SELECT article_id, score FROM scores", params).fetchall())
