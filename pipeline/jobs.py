"""The daily job: fetch every feed, parse, detect language, dedup and store; then translate, extract claims and
cluster narratives over what was stored.

Feeds are fetched concurrently (network-bound) but written one feed at a time by this process, each feed in
its own transaction, so DuckDB always has a single writer and a crash loses at most the feed in flight. The
later stages work on what is new (articles not yet translated, scanned, embedded or clustered); claim grouping
is recomputed from all mentions, deterministically. A rerun of the same day changes nothing.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import duckdb

from pipeline import dedup
from pipeline.claims.extract import embedding_text, extract_mentions
from pipeline.claims.match import match_claims
from pipeline.config import FeedsConfig
from pipeline.embeddings import Embedder, UniversalSentenceEncoder
from pipeline.ingest import Article, UnsafeFeed, parse_feed
from pipeline.language import detect_language
from pipeline.narratives import OUTLIER, attach_by_shared_claims, cluster_pool, keywords_by_narrative
from pipeline.sources import FeedSource, FetchResult, RoutingSource, Validators
from pipeline.translate import PIVOT_LANGUAGE, NoTranslator, TranslationError, Translator
from pipeline.warehouse import (
    FeedBatch,
    KnownKeys,
    StoredArticle,
    TranslationBatch,
    articles_pending_claims,
    articles_pending_translation,
    articles_without_embedding,
    cached_translations,
    connect,
    feed_validators,
    finish_run,
    indexed_items,
    known_keys,
    load_narratives,
    mentions_in_first_seen_order,
    mentions_without_embedding,
    narrative_pool,
    next_narrative_id,
    recent_docs_by_narrative,
    register_feeds,
    replace_claims,
    shared_claim_votes,
    start_run,
    write_article_embeddings,
    write_embeddings,
    write_feed_batch,
    write_keywords,
    write_mentions,
    write_narratives,
    write_translations,
)

LOGGER = logging.getLogger(__name__)

FETCH_WORKERS = 8
CLAIM_BATCH_ARTICLES = 2_000
OUTLIER_WINDOW = timedelta(days=14)
KEYWORD_WINDOW = timedelta(days=30)
KEYWORD_DOCS_PER_NARRATIVE = 200


@dataclass
class RunSummary:
    """Counts a person reads after a run; every fetch outcome lands in exactly one status."""

    run_date: date
    feeds: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    entries: int = 0
    new_articles: int = 0
    exact_duplicates: int = 0
    near_duplicates: int = 0
    languages: Counter[str] = field(default_factory=Counter)
    claims: ClaimsSummary | None = None
    narratives: NarrativesSummary | None = None
    translations: TranslationsSummary | None = None

    def add(self, batch: FeedBatch, n_parsed: int) -> None:
        self.feeds += 1
        self.statuses[batch.status] += 1
        if batch.error_kind:
            self.errors[batch.error_kind] += 1
        self.entries += batch.n_entries
        self.new_articles += len(batch.new_articles)
        self.exact_duplicates += n_parsed - len(batch.new_articles)
        self.near_duplicates += sum(1 for stored in batch.new_articles if stored.duplicate_of)
        self.languages.update(stored.language.language or "und" for stored in batch.new_articles)


@dataclass(frozen=True)
class ClaimsSummary:
    articles_scanned: int
    new_mentions: int
    embedded: int
    claims: int
    variants: int


@dataclass
class TranslationsSummary:
    """Per source language: how many articles got each status (translated, no_model, failed, …) and why not."""

    by_language: dict[str, Counter[str]] = field(default_factory=dict)
    reasons: dict[str, str] = field(default_factory=dict)
    model_calls: int = 0
    cache_hits: int = 0

    def count(self, language: str | None, status: str, n: int = 1) -> None:
        self.by_language.setdefault(language or "und", Counter())[status] += n


@dataclass(frozen=True)
class NarrativesSummary:
    embedded: int
    pool: int
    new_narratives: int
    outliers: int


def run_daily(
    config: FeedsConfig,
    db_path: Path,
    run_date: date,
    feeds_file: str,
    source: FeedSource | None = None,
    narrative_embedder: Embedder | None = None,
    translator: Translator | None = None,
    analyse_too: bool = True,
    wait_s: float = 0.0,
    on_feed: Callable[[FeedBatch], None] | None = None,
) -> RunSummary:
    """The whole daily job without a scheduler. Rerunning the same day with the same input changes nothing.

    Claims always use the multilingual USE model (contexts must match across languages); narratives use
    `narrative_embedder`, USE by default. `analyse_too=False` stops after ingest (the `ingest` command).
    """
    con = connect(db_path, wait_s=wait_s)
    try:
        summary = ingest(con, config, run_date, feeds_file, source or RoutingSource(), on_feed)
        if analyse_too:
            analysis = analyse(con, run_date, translator or NoTranslator(), narrative_embedder)
            summary.translations, summary.claims, summary.narratives = (
                analysis.translations,
                analysis.claims,
                analysis.narratives,
            )
        else:
            finish_run(con, run_date, datetime.now(UTC))
        return summary
    finally:
        con.close()


def update_claims(con: duckdb.DuckDBPyConnection, embedder: Embedder) -> ClaimsSummary:
    """Scan new articles for numeric mentions, embed their contexts once, and regroup all mentions into claims."""
    pending = articles_pending_claims(con)
    new_mentions = 0
    for offset in range(0, len(pending), CLAIM_BATCH_ARTICLES):
        scanned = {
            article_id: extract_mentions(article_id, title, summary, language, published_at.year)
            for article_id, title, summary, language, published_at in pending[offset : offset + CLAIM_BATCH_ARTICLES]
        }
        write_mentions(con, scanned)
        new_mentions += sum(len(mentions) for mentions in scanned.values())
    missing = mentions_without_embedding(con, embedder.name)
    if missing:
        vectors = embedder.encode([embedding_text(sentence) for _, sentence in missing])
        write_embeddings(con, embedder.name, [mention_id for mention_id, _ in missing], vectors)
    mentions, vectors = mentions_in_first_seen_order(con, embedder.name)
    claims = match_claims(mentions, vectors)
    replace_claims(con, claims)
    return ClaimsSummary(len(pending), new_mentions, len(missing), len(claims), sum(1 for c in claims if c.variant_of))


def ingest(
    con: duckdb.DuckDBPyConnection,
    config: FeedsConfig,
    run_date: date,
    feeds_file: str,
    source: FeedSource,
    on_feed: Callable[[FeedBatch], None] | None = None,
) -> RunSummary:
    """Fetch all feeds concurrently and store their new articles, feed by feed."""
    register_feeds(con, config.feeds)
    validators = feed_validators(con)
    with ThreadPoolExecutor(max_workers=FETCH_WORKERS, thread_name_prefix="fetch") as pool:
        fetches = pool.map(lambda feed: source.fetch(feed, validators.get(feed.name, Validators())), config.feeds)
        return store_fetches(con, config, run_date, feeds_file, fetches, on_feed)


def store_fetches(
    con: duckdb.DuckDBPyConnection,
    config: FeedsConfig,
    run_date: date,
    feeds_file: str,
    fetches: Iterable[FetchResult],
    on_feed: Callable[[FeedBatch], None] | None = None,
) -> RunSummary:
    """Parse, dedup and write fetch results one feed at a time (the single writer, for the CLI and Airflow alike)."""
    register_feeds(con, config.feeds)
    start_run(con, run_date, feeds_file, len(config.feeds), datetime.now(UTC))
    index = dedup.NearDuplicateIndex(indexed_items(con))
    summary = RunSummary(run_date)
    for fetch in fetches:
        batch, n_parsed = process_fetch(fetch, known_keys(con, fetch.feed.name), index, run_date)
        write_feed_batch(con, run_date, batch)
        summary.add(batch, n_parsed)
        if on_feed:
            on_feed(batch)
    LOGGER.info("ingest %s: %s", run_date, summary)
    return summary


@dataclass(frozen=True)
class Analysis:
    translations: TranslationsSummary
    claims: ClaimsSummary
    narratives: NarrativesSummary


def analyse(
    con: duckdb.DuckDBPyConnection,
    run_date: date,
    translator: Translator,
    narrative_embedder: Embedder | None = None,
) -> Analysis:
    """The stages after ingest: translation, claims (always multilingual USE), then narratives."""
    multilingual = UniversalSentenceEncoder()
    translations = update_translations(con, translator)
    claims = update_claims(con, multilingual)
    narratives = update_narratives(con, run_date, narrative_embedder or multilingual)
    finish_run(con, run_date, datetime.now(UTC))
    return Analysis(translations, claims, narratives)


def update_translations(
    con: duckdb.DuckDBPyConnection, translator: Translator, pivot: str = PIVOT_LANGUAGE
) -> TranslationsSummary:
    """Translate new articles' title and summary to `pivot`; every article gets a status, none is dropped."""
    summary = TranslationsSummary()
    calls_before = getattr(translator, "model_calls", 0)
    for language, group in itertools.groupby(articles_pending_translation(con), key=lambda row: row[1]):
        write_translations(con, translate_language(con, translator, language, list(group), pivot, summary))
    summary.model_calls = getattr(translator, "model_calls", 0) - calls_before
    return summary


def translate_language(
    con: duckdb.DuckDBPyConnection,
    translator: Translator,
    language: str | None,
    articles: list[tuple[str, str | None, str, str]],
    pivot: str,
    summary: TranslationsSummary,
) -> TranslationBatch:
    """One source language's articles: statuses for all, translations (cached by text hash) where a model exists."""
    route = translator.route(language, pivot) if language else None
    if language is None or language == pivot or route is None:
        if language is None:
            status, detail = "undetermined", "language could not be detected"
        elif language == pivot:
            status, detail = "not_needed", None
        else:
            status, detail = (
                "no_model",
                f"no {translator.name} model for {language}→{pivot} (narratives models install {language})",
            )
        summary.count(language, status, len(articles))
        if detail:
            summary.reasons[language or "und"] = detail
        return TranslationBatch([], [], [(a[0], language, pivot, status, detail) for a in articles])
    model = "+".join(m.model_id for m in route)
    version = "+".join(m.version for m in route)
    texts = {hash_text(text): text for _, _, title, body in articles for text in (title, body) if text}
    known = cached_translations(con, list(texts), model, version, pivot)
    summary.cache_hits += len(known)
    missing = [h for h in texts if h not in known]
    fresh, error = _translate_texts(translator, [texts[h] for h in missing], language, pivot)
    produced = {h: fresh[i] for i, h in enumerate(missing) if i in fresh}
    results = {**known, **produced}
    now = datetime.now(UTC)
    translation_rows, status_rows = [], []
    for article_id, _, title, body in articles:
        fields = [(name, text) for name, text in (("title", title), ("summary", body)) if text]
        if all(hash_text(text) in results for _, text in fields):
            translation_rows += [
                (article_id, name, language, pivot, results[hash_text(text)], model, version, now)
                for name, text in fields
            ]
            status_rows.append((article_id, language, pivot, "translated", model))
            summary.count(language, "translated")
        else:
            status_rows.append((article_id, language, pivot, "failed", error or "translation failed"))
            summary.count(language, "failed")
    cache_rows = [(h, model, version, pivot, text) for h, text in produced.items()]
    return TranslationBatch(cache_rows, translation_rows, status_rows)


def _translate_texts(
    translator: Translator, texts: list[str], source: str, target: str
) -> tuple[dict[int, str], str | None]:
    """Translate in one batched call; if the batch fails, text by text, so one bad text cannot sink the rest."""
    if not texts:
        return {}, None
    try:
        return dict(enumerate(translator.translate(texts, source, target))), None
    except TranslationError as exc:
        LOGGER.warning("batch %s→%s failed (%s); retrying text by text", source, target, exc)
    done, error = {}, None
    for index, text in enumerate(texts):
        try:
            done[index] = translator.translate([text], source, target)[0]
        except TranslationError as exc:
            error = str(exc)
    return done, error


def hash_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def process_fetch(
    fetch: FetchResult, keys: KnownKeys, index: dedup.NearDuplicateIndex, run_date: date
) -> tuple[FeedBatch, int]:
    """One fetch result → the batch to store, and how many articles the feed parsed to."""
    if fetch.status != "fetched":
        return FeedBatch(fetch, fetch.status, error_kind=fetch.error_kind, error=fetch.error), 0
    try:
        parsed = parse_feed(fetch.body, fetch.feed, fetch.started_at, fetch.content_type)
    except UnsafeFeed as exc:
        LOGGER.warning("%s: %s", fetch.feed.name, exc)
        return FeedBatch(fetch, "unsafe", error_kind="xml_entities", error=str(exc)), 0
    if parsed.error_kind:
        LOGGER.warning("%s: %s", fetch.feed.name, parsed.error)
    fresh = drop_known(parsed.articles, keys)
    stored, repoints = link_duplicates([enrich(article, run_date) for article in fresh], index)
    status = "failed" if parsed.failed else "fetched"
    return FeedBatch(fetch, status, parsed.n_entries, parsed.error_kind, parsed.error, tuple(stored), repoints), len(
        parsed.articles
    )


def drop_known(articles: list[Article], keys: KnownKeys) -> list[Article]:
    """Exact dedup within an outlet, across runs and within the batch: same guid, same URL or same text."""
    ids, urls, hashes = set(keys.article_ids), set(keys.urls), set(keys.content_hashes)
    fresh = []
    for article in articles:
        if article.article_id in ids or (article.url and article.url in urls) or article.content_hash in hashes:
            continue
        ids.add(article.article_id)
        hashes.add(article.content_hash)
        if article.url:
            urls.add(article.url)
        fresh.append(article)
    return fresh


def enrich(article: Article, run_date: date) -> StoredArticle:
    text = f"{article.title}\n{article.summary}"
    return StoredArticle(article, detect_language(text), dedup.signature(text), run_date)


def link_duplicates(
    batch: list[StoredArticle], index: dedup.NearDuplicateIndex
) -> tuple[list[StoredArticle], dict[str, str]]:
    """Attach each article to the original it copies (oldest first, so the batch itself is consistent)."""
    linked, repoints = [], {}
    for stored in sorted(batch, key=lambda s: (s.article.published_at, s.article.article_id)):
        item = dedup.IndexedItem(stored.article.article_id, stored.article.published_at, stored.signature)
        original, moved = index.link(item)
        repoints.update(moved)
        linked.append(replace(stored, duplicate_of=original))
    return linked, repoints


def update_narratives(con: duckdb.DuckDBPyConnection, run_date: date, embedder: Embedder) -> NarrativesSummary:
    """Embed new articles once, cluster the pool into narratives with stable ids, refresh active labels."""
    missing = articles_without_embedding(con, embedder.name)
    if missing:
        vectors = embedder.encode([text for _, text in missing])
        write_article_embeddings(con, embedder.name, [article_id for article_id, _ in missing], vectors)
    pool = narrative_pool(con, embedder.name, OUTLIER_WINDOW)
    if pool.n_new == 0:  # nothing new: a rerun must not re-cluster old outliers into different shapes
        return NarrativesSummary(len(missing), 0, 0, 0)
    narratives = load_narratives(con, embedder.name)
    before = {n.narrative_id: n.n_members for n in narratives}
    assigned, created = cluster_pool(pool.docs, pool.vectors, narratives, next_narrative_id(con))
    everyone = {n.narrative_id: n for n in [*narratives, *created]}
    pending = dict(zip(pool.article_ids, assigned, strict=True))
    outliers = [i for i, narrative_id in enumerate(assigned) if narrative_id == OUTLIER]
    attached = attach_by_shared_claims(shared_claim_votes(con, [pool.article_ids[i] for i in outliers], pending))
    for i in outliers:
        if (narrative_id := attached.get(pool.article_ids[i])) is not None:
            assigned[i] = pending[pool.article_ids[i]] = narrative_id
            everyone[narrative_id].add(pool.vectors[[i]])
    write_narratives(  # one transaction: a crash leaves the run's clustering all done or not started
        con,
        run_date,
        embedder.name,
        pending,
        [n for n in everyone.values() if before.get(n.narrative_id) != n.n_members],
        set(everyone) - set(before),
    )
    keywords = keywords_by_narrative(recent_docs_by_narrative(con, KEYWORD_WINDOW, KEYWORD_DOCS_PER_NARRATIVE))
    pivot = keywords_by_narrative(recent_docs_by_narrative(con, KEYWORD_WINDOW, KEYWORD_DOCS_PER_NARRATIVE, pivot=True))
    write_keywords(con, keywords, pivot)
    return NarrativesSummary(len(missing), len(pool.article_ids), len(created), assigned.count(OUTLIER))
