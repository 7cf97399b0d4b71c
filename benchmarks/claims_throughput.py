"""Claim extraction throughput on ≥10,000 articles built from the demo corpus, plus embedding and matching cost.

Run: .venv/bin/python benchmarks/claims_throughput.py [--articles 10000]

Articles are the 211 demo items repeated with their digits perturbed (seeded), so the text is real multilingual
news prose and every copy has different numbers. Extraction + normalisation is timed alone (the stage's regex and
lexicon work); embedding is timed on the unique contexts; matching is timed on all mentions.
"""

from __future__ import annotations

import argparse
import random
import re
import time
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path

from pipeline.claims.extract import embedding_text, extract_mentions
from pipeline.claims.match import Contexts, match_claims
from pipeline.config import load_feeds
from pipeline.embeddings import UniversalSentenceEncoder
from pipeline.ingest import parse_feed
from pipeline.language import detect_language
from pipeline.places import places
from pipeline.sources.base import Validators
from pipeline.sources.files import FileFeedSource
from pipeline.text import article_text

DIGIT = re.compile(r"\d")


def demo_articles() -> list[tuple[str, str, str | None]]:
    feeds = load_feeds(Path(str(files("seeds") / "demo" / "feeds.yaml")))
    source, now = FileFeedSource(), datetime.now(UTC)
    items = []
    for feed in feeds.feeds:
        for article in parse_feed(source.fetch(feed, Validators()).body, feed, now).articles:
            language = detect_language(f"{article.title}\n{article.summary}").language
            items.append((article.title, article.summary, language))
    return items


def perturbed(
    items: list[tuple[str, str, str | None]], n: int, seed: int = 7
) -> list[tuple[str, str, str, str | None]]:
    rng = random.Random(seed)
    jitter = lambda text: DIGIT.sub(lambda m: str(rng.randrange(10)) if rng.random() < 0.3 else m.group(), text)  # noqa: E731
    return [
        (f"a{i}", jitter(items[i % len(items)][0]), jitter(items[i % len(items)][1]), items[i % len(items)][2])
        for i in range(n)
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
    corpus = perturbed(demo_articles(), args.articles)

    started = time.perf_counter()
    mentions = [
        m
        for article_id, title, summary, language in corpus
        for m in extract_mentions(article_id, title, summary, language, 2024)
    ]
    extract_s = time.perf_counter() - started
    print(
        f"extraction+normalisation: {len(corpus)} articles, {len(mentions)} mentions in {extract_s:.2f}s "
        f"= {len(corpus) / extract_s:,.0f} articles/s"
    )

    sentences = sorted({embedding_text(m.sentence) for m in mentions})
    embedder = UniversalSentenceEncoder()
    embedder.encode(["warm-up"])
    started = time.perf_counter()
    vectors = dict(zip(sentences, embedder.encode(sentences), strict=True))
    embed_s = time.perf_counter() - started
    print(
        f"embedding ({embedder.name}): {len(sentences)} unique contexts in {embed_s:.2f}s = {len(sentences) / embed_s:,.1f} contexts/s"
    )

    texts = {article_id: article_text(title, summary) for article_id, title, summary, _ in corpus}
    unique = sorted(set(texts.values()))
    started = time.perf_counter()
    by_text = dict(zip(unique, embedder.encode(unique), strict=True))
    print(f"article embedding: {len(unique)} unique articles in {time.perf_counter() - started:.2f}s")
    started = time.perf_counter()
    places("")  # the first call reads the gazetteer
    load_s = time.perf_counter() - started
    started = time.perf_counter()
    cities = {article_id: places(text) for article_id, text in texts.items()}
    places_s = time.perf_counter() - started
    print(
        f"cities named: gazetteer loaded in {load_s:.2f}s, then {len(texts)} articles in {places_s:.2f}s "
        f"= {len(texts) / places_s:,.0f} articles/s"
    )
    contexts = Contexts(
        {m.mention_id: vectors[embedding_text(m.sentence)] for m in mentions},
        {article_id: by_text[text] for article_id, text in texts.items()},
        places=cities,
    )
    started = time.perf_counter()
    claims = match_claims(mentions, contexts)
    match_s = time.perf_counter() - started
    print(
        f"matching: {len(mentions)} mentions → {len(claims)} claims in {match_s:.2f}s = {len(mentions) / match_s:,.0f} mentions/s"
    )


if __name__ == "__main__":
    main()
