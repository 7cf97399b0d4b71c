"""Offline translation to a pivot language with argostranslate models, batched through CTranslate2.

argostranslate manages the models (install from a `.argosmodel` file or, online, its package index; list;
remove) and says which package translates which pair. Translation itself skips argos's high-level
`translate()` (it needs a sentence-boundary model it would download): texts are split into sentences here,
tokenised with the package's SentencePiece model, and translated by the package's CTranslate2 model in batches,
each model loaded once. A pair without a direct package is pivoted through English, as argos does.
"""

from __future__ import annotations

import itertools
import logging
import os
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import Protocol

from pipeline.ids import digest
from pipeline.store import search
from pipeline.store import translations as store
from pipeline.store.db import Connection
from pipeline.store.translations import (
    CachedTranslation,
    FieldTranslation,
    PendingArticle,
    TranslationBatch,
    TranslationOutcome,
)
from pipeline.text import PIVOT_LANGUAGE, split_sentences

LOGGER = logging.getLogger(__name__)

MAX_BATCH_SIZE = 32
BEAM_SIZE = 2
DECODING_LENGTH_FACTOR = 3


class TranslationError(RuntimeError):
    """A model failed on a batch; the stage retries item by item and marks what still fails."""


@dataclass(frozen=True)
class ModelInfo:
    model_id: str  # "argos:ru-en"
    version: str
    source: str
    target: str
    path: Path


class Translator(Protocol):
    name: str

    def route(self, source: str, target: str) -> list[ModelInfo] | None:
        """The models that translate `source` to `target` (one, or two through the pivot), or None."""
        ...

    def translate(self, texts: list[str], source: str, target: str) -> list[str]: ...


class NoTranslator:
    """Translation switched off: every non-pivot article is kept and marked `no_model`."""

    name = "none"

    def route(self, source: str, target: str) -> list[ModelInfo] | None:
        return None

    def translate(self, texts: list[str], source: str, target: str) -> list[str]:
        raise TranslationError("translation is switched off")


class ArgosTranslator:
    """Installed argostranslate packages, run through CTranslate2 on CPU (int8) or CUDA."""

    name = "argos"

    def __init__(
        self,
        models_dir: Path,
        device: str = "cpu",
        threads: int | None = None,
        length_factor: float = DECODING_LENGTH_FACTOR,
    ) -> None:
        self.models_dir = models_dir
        self.device = device
        self.length_factor = length_factor  # output tokens allowed per input token: a cap against runaway decoding
        self.threads = threads or os.cpu_count() or 1
        self.model_calls = 0  # CTranslate2 batch calls, for the cache tests and the run summary
        self._loaded: dict[str, tuple[object, object]] = {}

    @cached_property
    def models(self) -> dict[tuple[str, str], ModelInfo]:
        return {(m.source, m.target): m for m in installed_models(self.models_dir)}

    def route(self, source: str, target: str) -> list[ModelInfo] | None:
        if source == target:
            return []
        if (source, target) in self.models:
            return [self.models[(source, target)]]
        first, second = self.models.get((source, PIVOT_LANGUAGE)), self.models.get((PIVOT_LANGUAGE, target))
        return [first, second] if first and second else None

    def translate(self, texts: list[str], source: str, target: str) -> list[str]:
        route = self.route(source, target)
        if route is None:
            raise TranslationError(f"no installed model for {source}→{target}")
        for model in route:
            texts = self._translate_hop(texts, model)
        return texts

    def _translate_hop(self, texts: list[str], model: ModelInfo) -> list[str]:
        translator, tokenizer = self._load(model)
        sentences, owners = [], []
        for index, text in enumerate(texts):
            for sentence in split_sentences(text):
                sentences.append(sentence)
                owners.append(index)
        tokens = [tokenizer.encode(sentence, out_type=str) for sentence in sentences]
        outputs: list[str] = []
        for start in range(0, len(tokens), MAX_BATCH_SIZE):
            batch = tokens[start : start + MAX_BATCH_SIZE]
            self.model_calls += 1
            try:
                results = translator.translate_batch(
                    batch,
                    beam_size=BEAM_SIZE,
                    max_batch_size=MAX_BATCH_SIZE,
                    replace_unknowns=True,
                    max_decoding_length=max(8, int(self.length_factor * max(len(t) for t in batch))),
                )
            except (RuntimeError, ValueError) as exc:
                raise TranslationError(f"{model.model_id}: {exc}") from exc
            outputs.extend(tokenizer.decode(result.hypotheses[0]).strip() for result in results)
        joined = [[] for _ in texts]
        for owner, output in zip(owners, outputs, strict=True):
            joined[owner].append(output)
        return [" ".join(parts) for parts in joined]

    def _load(self, model: ModelInfo):
        """CTranslate2 model and SentencePiece processor, loaded once per package."""
        if model.model_id not in self._loaded:
            import ctranslate2
            import sentencepiece

            compute_type = "int8" if self.device == "cpu" else "auto"
            translator = ctranslate2.Translator(
                str(model.path / "model"), device=self.device, compute_type=compute_type, intra_threads=self.threads
            )
            tokenizer = sentencepiece.SentencePieceProcessor(model_file=str(model.path / "sentencepiece.model"))
            self._loaded[model.model_id] = (translator, tokenizer)
            LOGGER.info("loaded %s %s on %s", model.model_id, model.version, self.device)
        return self._loaded[model.model_id]


# --- model management (argostranslate's package functions, pointed at our models folder) -----------------


def _argos_package(models_dir: Path):
    """argostranslate.package with its settings pointed at `models_dir` (argos reads its paths at import)."""
    models_dir.mkdir(parents=True, exist_ok=True)
    import argostranslate.package
    import argostranslate.settings

    argostranslate.settings.package_data_dir = models_dir
    argostranslate.settings.package_dirs = [models_dir]
    return argostranslate.package


def installed_models(models_dir: Path) -> list[ModelInfo]:
    package = _argos_package(models_dir)
    return [
        ModelInfo(f"argos:{p.from_code}-{p.to_code}", p.package_version, p.from_code, p.to_code, p.package_path)
        for p in package.get_installed_packages()
        if p.type == "translate" and (p.package_path / "model").is_dir()
    ]


def install_from_file(archive: Path, models_dir: Path) -> list[ModelInfo]:
    """Install a `.argosmodel` file (air-gapped machines); returns what is installed afterwards."""
    _argos_package(models_dir).install_from_path(archive)
    return installed_models(models_dir)


def install_from_index(languages: list[str], models_dir: Path, pivot: str = PIVOT_LANGUAGE) -> list[str]:
    """Download and install `<lang>→pivot` (and `pivot→<lang>`) packages from the argos index. Needs the network."""
    package = _argos_package(models_dir)
    package.update_package_index()
    available = package.get_available_packages()
    installed = []
    for language in languages:
        for candidate in available:
            if {candidate.from_code, candidate.to_code} == {language, pivot}:
                candidate.install()
                installed.append(f"{candidate.from_code}-{candidate.to_code}")
    return installed


def remove_model(source: str, target: str, models_dir: Path) -> bool:
    package = _argos_package(models_dir)
    for installed in package.get_installed_packages():
        if (installed.from_code, installed.to_code) == (source, target):
            package.uninstall(installed)
            return True
    return False


# --- the translation stage: every new article gets a status; texts are cached by hash, model and version -------


@dataclass
class TranslationsSummary:
    """Per source language: how many articles got each status (translated, no_model, failed, …) and why not."""

    by_language: dict[str, Counter[str]] = field(default_factory=dict)
    reasons: dict[str, str] = field(default_factory=dict)
    model_calls: int = 0
    cache_hits: int = 0
    backlog: int = 0
    """Articles left for the next runs by the per-run budget."""

    def count(self, language: str | None, status: str, n: int = 1) -> None:
        self.by_language.setdefault(language or "und", Counter())[status] += n


def update_translations(
    con: Connection, translator: Translator, budget: int, pivot: str = PIVOT_LANGUAGE
) -> TranslationsSummary:
    """Translate up to `budget` new articles (oldest first) to `pivot`; every article gets a status, none is dropped.
    Articles left without a model are queued again once their language's model is installed.

    What the budget leaves waits for the next run: a burst of articles cannot stall the daily job. Translations are
    indexed for search as they are written; first, articles stored before the search index existed are indexed (the
    same budget; none after the first runs of a migrated warehouse).
    """
    search.index_backlog(con, budget)
    calls_before = getattr(translator, "model_calls", 0)
    for language in store.languages_without_model(con, pivot):
        if translator.route(language, pivot):  # installed since those articles were looked at
            queued = store.retry_with_new_model(con, language, pivot)
            LOGGER.info("a %s→%s model is installed now: %d articles queued again", language, pivot, queued)
    pending, waiting = store.articles_pending_translation(con, budget)
    summary = TranslationsSummary(backlog=waiting - len(pending))
    for language, group in itertools.groupby(pending, key=lambda article: article.language):
        store.write_translations(con, translate_language(con, translator, language, list(group), pivot, summary))
    summary.model_calls = getattr(translator, "model_calls", 0) - calls_before
    return summary


def translate_language(
    con: Connection,
    translator: Translator,
    language: str | None,
    articles: list[PendingArticle],
    pivot: str,
    summary: TranslationsSummary,
) -> TranslationBatch:
    """One source language's articles: statuses for all, translations (cached by text hash) where a model exists."""
    route = translator.route(language, pivot) if language else None
    if language is None or language == pivot or route is None:
        status, detail = _untranslated(translator, language, pivot)
        summary.count(language, status, len(articles))
        if detail:
            summary.reasons[language or "und"] = detail
        return TranslationBatch(
            outcomes=[TranslationOutcome(a.article_id, language, pivot, status, detail) for a in articles]
        )
    model = "+".join(m.model_id for m in route)
    version = "+".join(m.version for m in route)
    texts = {digest(text): text for a in articles for text in (a.title, a.summary) if text}
    known = store.cached_translations(con, list(texts), model, version, pivot)
    summary.cache_hits += len(known)
    missing = [h for h in texts if h not in known]
    fresh, error = _translate_texts(translator, [texts[h] for h in missing], language, pivot)
    produced = {h: fresh[i] for i, h in enumerate(missing) if i in fresh}
    results = {**known, **produced}
    now = datetime.now(UTC)
    batch = TranslationBatch(cache=[CachedTranslation(h, model, version, pivot, text) for h, text in produced.items()])
    for article in articles:
        fields = [(name, text) for name, text in (("title", article.title), ("summary", article.summary)) if text]
        if all(digest(text) in results for _, text in fields):
            batch.translations += [
                FieldTranslation(article.article_id, name, language, pivot, results[digest(text)], model, version, now)
                for name, text in fields
            ]
            batch.outcomes.append(TranslationOutcome(article.article_id, language, pivot, "translated", model))
            summary.count(language, "translated")
        else:
            batch.outcomes.append(
                TranslationOutcome(article.article_id, language, pivot, "failed", error or "translation failed")
            )
            summary.count(language, "failed")
    return batch


def _untranslated(translator: Translator, language: str | None, pivot: str) -> tuple[str, str | None]:
    """Why a language's articles get no translation: the status and, when it needs one, the reason."""
    if language is None:
        return "undetermined", "language could not be detected"
    if language == pivot:
        return "not_needed", None
    return "no_model", f"no {translator.name} model for {language}→{pivot} (narratives models install {language})"


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
