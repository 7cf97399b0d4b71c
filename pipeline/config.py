"""Feed list configuration: one YAML file, validated strictly, with errors that name the line."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated
from urllib.parse import urlparse

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

LOGGER = logging.getLogger(__name__)

REMOTE_SCHEMES = ("http", "https")
FEED_FILE_SUFFIXES = {".xml", ".rss", ".atom", ".rdf", ".feed"}
LANGUAGE_CODE = r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$"


class ConfigError(ValueError):
    """The feeds file is unusable; the message names the file, the line and the problem."""


class Feed(BaseModel):
    """One outlet's feed: a remote RSS/Atom URL or a recorded file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Annotated[str, Field(min_length=1, max_length=200)]
    url: str
    language: Annotated[str | None, Field(pattern=LANGUAGE_CODE)] = None
    country: Annotated[str | None, Field(pattern=r"^[A-Z]{2}$")] = None
    tags: tuple[str, ...] = ()
    allow_private: bool = False
    """Trust this feed's host even if it resolves to a loopback/private address (local mirrors, tests)."""

    @field_validator("url")
    @classmethod
    def _url_is_http_or_file(cls, url: str) -> str:
        parsed = urlparse(url)
        if parsed.scheme in REMOTE_SCHEMES:
            if not parsed.hostname:
                raise ValueError(f"URL {url!r} has no host")
            return url
        if parsed.scheme == "file" or parsed.scheme == "":
            if not (parsed.path or url):
                raise ValueError("empty file path")
            return url
        raise ValueError(f"URL {url!r} must be http(s)://, file:// or a local path")

    @property
    def is_remote(self) -> bool:
        return urlparse(self.url).scheme in REMOTE_SCHEMES


class FeedsConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    feeds: tuple[Feed, ...]


def load_feeds(path: Path) -> FeedsConfig:
    """Read and validate a feeds YAML file, or treat a directory as a set of recorded feed files."""
    if path.is_dir():
        return feeds_from_directory(path)
    return _load_yaml(path)


def feeds_from_directory(folder: Path) -> FeedsConfig:
    """Every feed file under `folder` becomes a recorded outlet named by its relative path (bulk imports, stress runs)."""
    paths = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in FEED_FILE_SUFFIXES)
    if not paths:
        raise ConfigError(f"{folder}: no feed files ({', '.join(sorted(FEED_FILE_SUFFIXES))}) found")
    return FeedsConfig(feeds=tuple(Feed(name=str(p.relative_to(folder)), url=p.resolve().as_uri()) for p in paths))


def _load_yaml(path: Path) -> FeedsConfig:
    """Relative file paths in the YAML are resolved against the file's folder."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read feeds file: {exc.strerror}") from exc
    try:
        root = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else "?"
        raise ConfigError(f"{path}:{where}: not valid YAML: {getattr(exc, 'problem', exc)}") from exc
    if not isinstance(data, dict) or "feeds" not in data:
        raise ConfigError(f"{path}: expected a mapping with a 'feeds:' list")
    try:
        config = FeedsConfig.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_describe_errors(path, root, exc)) from None
    _check_unique_outlets(path, root, config)
    return FeedsConfig(feeds=tuple(_resolve_local(feed, path.parent) for feed in config.feeds))


def _check_unique_outlets(path: Path, root: yaml.Node | None, config: FeedsConfig) -> None:
    seen: dict[str, int] = {}
    for index, feed in enumerate(config.feeds):
        key = feed.name.casefold()
        if key in seen:
            line = _line_of(root, ("feeds", index, "name"))
            first = _line_of(root, ("feeds", seen[key], "name"))
            raise ConfigError(
                f"{path}:line {line}: feeds[{index}].name: duplicate outlet {feed.name!r} (first at line {first})"
            )
        seen[key] = index


def _resolve_local(feed: Feed, base: Path) -> Feed:
    if feed.is_remote:
        return feed
    parsed = urlparse(feed.url)
    local = Path(parsed.path if parsed.scheme == "file" else feed.url)
    if not local.is_absolute():
        local = (base / local).resolve()
    return feed.model_copy(update={"url": local.as_uri()})


def _describe_errors(path: Path, root: yaml.Node | None, exc: ValidationError) -> str:
    lines = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        field = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in loc).lstrip(".")
        message = error["msg"]
        if error["type"] == "extra_forbidden":
            message = f"unknown key {loc[-1]!r}"
        lines.append(f"{path}:line {_line_of(root, loc)}: {field}: {message}")
    return "\n".join(lines)


def _line_of(node: yaml.Node | None, loc: tuple[str | int, ...]) -> int:
    """Walk the composed YAML tree along a pydantic error location; return the deepest line found (1-based)."""
    line = node.start_mark.line + 1 if node is not None else 1
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            match = next(((key, value) for key, value in node.value if key.value == part), None)
            if match is None:
                break
            key, node = match
            line = key.start_mark.line + 1
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            break
    return line
