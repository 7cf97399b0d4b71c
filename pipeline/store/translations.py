"""Reads and writes of the translation stage: per-article statuses, translated fields, and the text cache."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from pipeline.store import queue, search
from pipeline.store.db import Connection, indexed_in, insert, placeholders, select, transaction


@dataclass(frozen=True, slots=True)
class PendingArticle:
    """An article with no translation status yet."""

    article_id: str
    language: str | None
    title: str
    summary: str


@dataclass(frozen=True, slots=True)
class CachedTranslation:
    """A `translation_cache` row: a text's translation by one model version."""

    text_hash: str
    model: str
    model_version: str
    target_lang: str
    text: str


@dataclass(frozen=True, slots=True)
class FieldTranslation:
    """A `translations` row: one field of one article in the target language."""

    article_id: str
    field: str
    source_lang: str
    target_lang: str
    text: str
    model: str
    model_version: str
    translated_at: datetime


@dataclass(frozen=True, slots=True)
class TranslationOutcome:
    """A `translation_status` row: every article gets one, so none is silently left untranslated."""

    article_id: str
    source_lang: str | None
    target_lang: str
    status: str
    detail: str | None


@dataclass
class TranslationBatch:
    """One language's outcome, written in one transaction."""

    cache: list[CachedTranslation] = field(default_factory=list)
    translations: list[FieldTranslation] = field(default_factory=list)
    outcomes: list[TranslationOutcome] = field(default_factory=list)


def articles_pending_translation(con: Connection, limit: int) -> tuple[list[PendingArticle], int]:
    """The oldest `limit` articles waiting for translation, grouped by language; and how many wait in all."""
    ids, waiting = queue.oldest(con, "translate", limit)
    rows = select(
        con,
        PendingArticle,
        f"""
        SELECT article_id, article_language(detected_language, declared_language) AS language, title, summary
        FROM raw_items WHERE {indexed_in("article_id", ids)}
        ORDER BY language, article_id
        """,
    )
    return rows, waiting


def languages_without_model(con: Connection, target: str) -> list[str]:
    """Source languages whose articles were left untranslated for want of a model into `target`."""
    rows = con.execute(
        "SELECT DISTINCT source_lang FROM translation_status WHERE status = 'no_model' AND target_lang = ? ORDER BY 1",
        [target],
    ).fetchall()
    return [row[0] for row in rows]


def retry_with_new_model(con: Connection, language: str, target: str) -> int:
    """A model for `language` → `target` is installed now: queue that language's untranslated articles again."""
    with transaction(con):
        rows = con.execute(
            """
            SELECT t.article_id, r.published_at FROM translation_status t JOIN raw_items r USING (article_id)
            WHERE t.status = 'no_model' AND t.source_lang = ? AND t.target_lang = ?
            """,
            [language, target],
        ).fetchall()
        queue.enqueue(con, rows, stages=("translate",))
        con.execute(
            "DELETE FROM translation_status WHERE status = 'no_model' AND source_lang = ? AND target_lang = ?",
            [language, target],
        )
    return len(rows)


def cached_translations(con: Connection, hashes: list[str], model: str, version: str, target: str) -> dict[str, str]:
    if not hashes:
        return {}
    rows = con.execute(
        f"""
        SELECT text_hash, text FROM translation_cache
        WHERE model = ? AND model_version = ? AND target_lang = ? AND text_hash IN ({placeholders(hashes)})
        """,
        [model, version, target, *hashes],
    ).fetchall()
    return dict(rows)


def write_translations(con: Connection, batch: TranslationBatch) -> None:
    with transaction(con):
        insert(con, "translation_cache", batch.cache, ignore=True)
        insert(con, "translations", batch.translations, replace=True)
        search.index_texts(con, search.translated(batch.translations), replace=True)
        insert(con, "translation_status", batch.outcomes, replace=True)
        queue.done(con, "translate", [outcome.article_id for outcome in batch.outcomes])


def translation_coverage(con: Connection, start: date, end: date) -> dict[str | None, dict[str, int]]:
    """language → status → articles, for articles published in [start, end)."""
    rows = con.execute(
        """
        SELECT language, coalesce(translation_status, 'pending') AS status, count(*) FROM articles
        WHERE published_at >= ? AND published_at < ? GROUP BY ALL
        """,
        [start, end],
    ).fetchall()
    coverage: dict[str | None, dict[str, int]] = {}
    for language, status, count in rows:
        coverage.setdefault(language, {})[status] = count
    return coverage
