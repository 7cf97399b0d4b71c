"""The claims stage: scan new articles for numbers once, embed each mention's sentence and each article once, and
add the new mentions to the claims they belong to. A run reads the claims its new mentions touch, not every claim."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

import numpy as np

from pipeline import events
from pipeline.claims.extract import EXTRACTION_RULES, ClaimMention, embedding_text, extract_mentions
from pipeline.claims.match import (
    CLAIMS_PER_VALUE,
    COMMON_CLAIM_HORIZON,
    MATCH_RULES,
    MUTATION_WINDOW,
    SPLIT_MAX_ARTICLES,
    UPDATE_MAX_RATIO,
    Claim,
    Contexts,
    distinctive,
    group_mentions,
    inherit_concepts,
    link_variants,
    rounding_span,
    same_story,
    split_mixed,
)
from pipeline.embeddings import Embedder, embed_articles
from pipeline.entities import NOUNS_CAPITALISED, names
from pipeline.places import places
from pipeline.store import claims as store
from pipeline.store.db import Connection
from pipeline.store.embeddings import article_vectors

LOGGER = logging.getLogger(__name__)
BATCH_ARTICLES = 2_000


@dataclass(frozen=True)
class ClaimsSummary:
    articles_scanned: int
    new_mentions: int
    embedded: int
    claims: int
    variants: int
    backlog: int
    """Articles left for the next runs: by the per-run budget, or because they could not be scanned."""
    failed: int = 0
    """Articles whose scan raised an error (logged with the article id): they stay queued for the next run."""
    rescanned: int = 0
    """Stored articles scanned again because the extraction rules changed (`rescan`)."""
    mentions_changed: int = 0
    """Of their mentions, how many went, changed or are new."""
    rescan_done: bool = True
    """False while stored articles wait to be scanned again under the current rules."""


def read_contexts(
    con: Connection, model: str, article_ids: list[str], vectors: dict[str, np.ndarray], published: dict[str, datetime]
) -> Contexts:
    """What the mentions of `article_ids` are matched by: their sentence `vectors`, their articles' vectors from
    `model`, publication times, the cities and names each article's title and summary hold (in a language that
    capitalises its nouns, its rare words alone: with every noun a name, a German report would conflict with every
    claim), and the article each near copy copies."""
    texts = store.article_texts(con, article_ids)
    return Contexts(
        vectors,
        article_vectors(con, model, article_ids),
        published,
        {article_id: places(article.text) for article_id, article in texts.items()},
        {
            article_id: frozenset(
                names(article.text, article.language, rare_only=article.language in NOUNS_CAPITALISED)
            )
            for article_id, article in texts.items()
        },
        {article_id: article.duplicate_of for article_id, article in texts.items() if article.duplicate_of is not None},
    )


def update_claims(con: Connection, embedder: Embedder, budget: int) -> ClaimsSummary:
    """Scan up to `budget` queued articles (oldest first) for numeric mentions, embed their contexts once, add the
    mentions to the claims with their values (or new claims), and relink mutations of the claims they touched.
    What the budget leaves waits for the next run; other matching rules or another embedder regroup everything, and
    other extraction rules have the stored articles scanned again with what the budget leaves (`rescan`)."""
    pending, waiting = store.articles_pending_claims(con, budget)
    rescanned, mentions_changed, rescan_done = (
        rescan(con, budget - len(pending)) if store.extraction_rules(con) != EXTRACTION_RULES else (0, 0, True)
    )
    unscanned = [a for a in pending if not a.scanned]
    new_mentions, failed = 0, set()
    for offset in range(0, len(unscanned), BATCH_ARTICLES):
        scanned, failures = _scan(unscanned[offset : offset + BATCH_ARTICLES], "it stays queued")
        store.write_mentions(con, scanned, EXTRACTION_RULES)
        new_mentions += sum(len(mentions) for mentions in scanned.values())
        failed |= failures
    grouped_with = f"{embedder.name} {MATCH_RULES}"
    regroup = store.grouping_rules(con) != grouped_with
    if regroup:
        store.start_regrouping(con, grouped_with)
    done = [a.article_id for a in pending if a.article_id not in failed]
    mentions, vectors, published = store.mentions_in_first_seen_order(con, embedder.name, None if regroup else done)
    missing = sorted({m.mention_id: m.sentence for m in mentions if m.mention_id not in vectors}.items())
    if missing:
        encoded = embedder.encode([embedding_text(sentence) for _, sentence in missing])
        store.write_embeddings(con, embedder.name, [mention_id for mention_id, _ in missing], encoded)
        vectors.update(zip((mention_id for mention_id, _ in missing), encoded, strict=True))
    touched, embedded = [], embed_articles(con, embedder, sorted({m.article_id for m in mentions}))
    if mentions:
        rare = sorted({m.value for m in mentions if distinctive(m.value)})
        common = sorted({m.value for m in mentions} - set(rare))
        since = min(published.values()) - COMMON_CLAIM_HORIZON if published else None
        known = store.claims_for_values(con, rare, CLAIMS_PER_VALUE)
        known += store.claims_for_values(con, common, CLAIMS_PER_VALUE, since)
        spans = sorted({(m.kind, m.unit, *span) for m in mentions if (span := rounding_span(m)) is not None})
        loaded = {claim.claim_id for claim in known}
        known += [
            claim for claim in store.claims_in_spans(con, spans, CLAIMS_PER_VALUE) if claim.claim_id not in loaded
        ]
        lone, lone_vectors, lone_published = store.claim_mentions(
            con, embedder.name, [claim.claim_id for claim in known if len(claim.article_ids) == 1]
        )
        articles = sorted({m.article_id for m in mentions} | set(lone_published))
        contexts = read_contexts(con, embedder.name, articles, vectors | lone_vectors, published | lone_published)
        usable = {  # the vectors a second look needs (always stored, unless a warehouse lost some)
            claim_id: stored
            for claim_id, stored in lone.items()
            if all(m.article_id in contexts.articles and m.mention_id in contexts.sentences for m in stored)
        }
        touched = group_mentions(mentions, contexts, known, usable)
        touched = _split_mixed(
            con, embedder.name, touched, {claim.claim_id for claim in known}, contexts, mentions, usable
        )
        merged = {gone for claim in touched for gone in claim.absorbed}
        candidates = store.mutation_candidates(con, touched, done, MUTATION_WINDOW, UPDATE_MAX_RATIO)
        link_variants(touched, [claim for claim in candidates if claim.claim_id not in merged], same_story)
    store.write_claims(con, touched, done)
    claims, variants = store.claim_counts(con)
    return ClaimsSummary(
        len(pending) - len(failed),
        new_mentions,
        len(missing) + embedded,
        claims,
        variants,
        waiting - len(done),
        len(failed),
        rescanned,
        mentions_changed,
        rescan_done,
    )


def _split_mixed(
    con: Connection,
    model: str,
    touched: list[Claim],
    known: set[str],
    contexts: Contexts,
    mentions: list[ClaimMention],
    lone: dict[str, list[ClaimMention]],
) -> list[Claim]:
    """`split_mixed` over the touched claims, with the stored mentions of the stored ones of a size it looks at
    (indexed look-ups of at most SPLIT_MAX_ARTICLES articles each) and their articles' contexts. A claim whose stored
    mentions lack a vector (a warehouse that lost some) is left whole."""
    sized = [
        claim.claim_id
        for claim in touched
        if claim.claim_id in known and events.MIN_REPORTS <= len(claim.article_ids) <= SPLIT_MAX_ARTICLES
    ]
    stored, vectors, published = store.claim_mentions(con, model, sized)
    history = sorted({m.article_id for of_claim in stored.values() for m in of_claim} - set(contexts.articles))
    more = read_contexts(con, model, history, vectors, published)
    contexts = Contexts(
        contexts.sentences | more.sentences,
        contexts.articles | more.articles,
        contexts.published | more.published,
        contexts.places | more.places,
        contexts.names | more.names,
    )
    by_id = {
        m.mention_id: m for m in inherit_concepts([*mentions, *(m for of_claim in lone.values() for m in of_claim)])
    }
    mentions_of = {
        claim.claim_id: [*inherit_concepts(stored.get(claim.claim_id, [])), *(by_id[m] for m in claim.mention_ids)]
        for claim in touched
        if claim.claim_id not in known or claim.claim_id in stored
    }
    usable = {
        claim_id: of_claim
        for claim_id, of_claim in mentions_of.items()
        if all(m.mention_id in contexts.sentences and m.article_id in contexts.articles for m in of_claim)
    }
    return split_mixed(touched, contexts, usable)


def rescan(con: Connection, budget: int) -> tuple[int, int, bool]:
    """Scan stored articles again under the current extraction rules, as many as `budget` (what the run's new
    articles leave of it), BATCH_ARTICLES at a time: what the rules find now reaches the history. Each batch is
    kept as it is done, so a run that stops leaves the next one less to do. Once none is left, the rules are
    recorded and, if any mention changed, every mention is grouped again (`store.finish_rescan`). A one-off cost
    per change of rules; the sentence vectors of unchanged mentions are kept, and an article whose scan fails keeps
    its mentions. Returns the articles scanned, the mentions changed, and whether the re-scan is over."""
    articles = changed = 0
    while articles < budget and (
        batch := store.scanned_under_other_rules(con, EXTRACTION_RULES, min(BATCH_ARTICLES, budget - articles))
    ):
        scanned, failed = _scan(batch, "it keeps the mentions it had")
        changed += store.replace_mentions(con, scanned, sorted(failed), EXTRACTION_RULES)
        articles += len(batch)
    done = store.finish_rescan(con, EXTRACTION_RULES)
    if articles:
        LOGGER.info(
            "claims: extraction rules %s: %d articles scanned again, %d mentions changed%s",
            EXTRACTION_RULES,
            articles,
            changed,
            "" if done else "; more are left for the next runs",
        )
    return articles, changed, done


def _scan(articles: list[store.ArticleToScan], if_failed: str) -> tuple[dict[str, list[ClaimMention]], set[str]]:
    """The mentions of each article, and the ids of those whose scan raised an error (logged: one article's text
    must not stop the run)."""
    scanned, failed = {}, set()
    for a in articles:
        try:
            scanned[a.article_id] = extract_mentions(a.article_id, a.title, a.summary, a.language, a.published_at.year)
        except Exception:
            LOGGER.exception("claims: article %s could not be scanned; %s", a.article_id, if_failed)
            failed.add(a.article_id)
    return scanned, failed
