"""Feed list configuration: one YAML file, validated strictly, with errors that name the line.

The file is read defensively: only a regular file (a FIFO or device would hang or never end), at most
MAX_CONFIG_BYTES, strict UTF-8, parsed once by a loader that refuses duplicate keys. Outlet names are normalised
(NFKC, control and bidi characters removed, whitespace collapsed) before the duplicate check, and every value
quoted in an error message is cut to ~200 characters.
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlparse

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from pipeline.text import BIDI_MARKS, BIDI_OVERRIDES, short_repr, shorten

REMOTE_SCHEMES = ("http", "https")
FEED_FILE_SUFFIXES = {".xml", ".rss", ".atom", ".rdf", ".feed"}
LANGUAGE_CODE = r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$"
MAX_CONFIG_BYTES = 1_000_000
"""A feeds file larger than this is refused before it is read (a real list of hundreds of outlets is ~50 kB)."""
DEFAULT_MAX_ITEMS = 500
"""Entries kept per feed and fetch (the newest by date); the rest are counted as skipped, never converted."""
MAX_ITEMS_LIMIT = 10_000
MESSAGE_VALUE_CHARS = 200
NAME_CONTROLS = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{BIDI_OVERRIDES}{BIDI_MARKS}]")
WHITESPACE = re.compile(r"\s+")

ItemCap = Annotated[int, Field(strict=True, ge=1, le=MAX_ITEMS_LIMIT)]


class ConfigError(ValueError):
    """The feeds file is unusable; the message names the file, the line and the problem."""


def normalise_name(name: str) -> str:
    """NFKC, NUL/control/bidi characters removed, whitespace (NBSP included) collapsed: one spelling per outlet."""
    text = NAME_CONTROLS.sub("", unicodedata.normalize("NFKC", name))
    return WHITESPACE.sub(" ", text).strip()


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
    max_items: ItemCap = DEFAULT_MAX_ITEMS
    """Keep at most this many entries per fetch, the newest by date; the parser reports how many it skipped."""

    @field_validator("name", mode="before")
    @classmethod
    def _normalise_name(cls, name: Any) -> Any:
        return normalise_name(name) if isinstance(name, str) else name

    @field_validator("url")
    @classmethod
    def _url_is_http_or_file(cls, url: str) -> str:
        parsed = urlparse(url)
        if parsed.scheme in REMOTE_SCHEMES:
            if not parsed.hostname:
                raise ValueError(f"URL {short_repr(url, MESSAGE_VALUE_CHARS)} has no host")
            return url
        if parsed.scheme == "file" or parsed.scheme == "":
            if not (parsed.path or url):
                raise ValueError("empty file path")
            return url
        raise ValueError(f"URL {short_repr(url, MESSAGE_VALUE_CHARS)} must be http(s)://, file:// or a local path")

    @property
    def is_remote(self) -> bool:
        return urlparse(self.url).scheme in REMOTE_SCHEMES


class FeedsConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    feeds: tuple[Feed, ...]
    max_items: ItemCap | None = None
    """File-wide default for `Feed.max_items`; a feed's own `max_items:` wins."""


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
    try:
        return FeedsConfig(feeds=tuple(Feed(name=str(p.relative_to(folder)), url=p.resolve().as_uri()) for p in paths))
    except ValidationError as exc:
        problems = "; ".join(shorten(error["msg"], MESSAGE_VALUE_CHARS) for error in exc.errors())
        raise ConfigError(f"{folder}: unusable feed file name: {problems}") from None


def read_config_bytes(path: Path, limit: int = MAX_CONFIG_BYTES) -> bytes:
    """The file's bytes, refusing anything but a regular file of at most `limit` bytes.

    The type is checked with stat *before* opening (opening a FIFO blocks until a writer appears), then again on
    the open descriptor (the path could have been swapped in between); the read stops at `limit + 1` bytes.
    """
    try:
        info = os.stat(path)
        _check_regular(path, info.st_mode)
        if info.st_size > limit:
            raise ConfigError(f"{path}: feeds file is {info.st_size:,} bytes; the limit is {limit:,}")
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
        with os.fdopen(fd, "rb") as handle:
            _check_regular(path, os.fstat(handle.fileno()).st_mode)
            data = handle.read(limit + 1)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read feeds file: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise ConfigError(f"{path}: feeds file is over the {limit:,}-byte limit")
    return data


def _check_regular(path: Path, mode: int) -> None:
    if not stat.S_ISREG(mode):
        kind = next(
            (
                name
                for test, name in (
                    (stat.S_ISFIFO, "a FIFO"),
                    (stat.S_ISCHR, "a character device"),
                    (stat.S_ISBLK, "a block device"),
                    (stat.S_ISSOCK, "a socket"),
                    (stat.S_ISDIR, "a directory"),
                )
                if test(mode)
            ),
            "not a regular file",
        )
        raise ConfigError(f"{path}: cannot read feeds file: it is {kind}, not a regular file")


def decode_config(path: Path, data: bytes) -> str:
    """Strict UTF-8; the error names the first bad byte's offset and line."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ConfigError(
            f"{path}:line {line}: feeds file is not UTF-8: byte 0x{data[exc.start]:02x} at byte offset {exc.start}"
        ) from None


class StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses a key repeated in one mapping (PyYAML would silently keep the last value)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        if isinstance(node, yaml.MappingNode):
            seen: dict[Any, yaml.Node] = {}
            for key_node, _ in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    continue  # `<<: *defaults` keys may legitimately be overridden
                key = self.construct_object(key_node, deep=True)
                try:
                    first = seen.setdefault(key, key_node)
                except TypeError:  # unhashable key: SafeConstructor reports it
                    continue
                if first is not key_node:
                    raise yaml.constructor.ConstructorError(
                        None,
                        None,
                        f"duplicate key {short_repr(key, MESSAGE_VALUE_CHARS)} (first at line {first.start_mark.line + 1})",
                        key_node.start_mark,
                    )
        return super().construct_mapping(node, deep=deep)


def parse_yaml(text: str) -> tuple[yaml.Node | None, Any]:
    """Compose the node tree (kept for line numbers) and construct the data from it: one parse."""
    loader = StrictLoader(text)
    try:
        root = loader.get_single_node()
        return root, (loader.construct_document(root) if root is not None else None)
    finally:
        loader.dispose()


def _load_yaml(path: Path) -> FeedsConfig:
    """Relative file paths in the YAML are resolved against the file's folder."""
    text = decode_config(path, read_config_bytes(path))
    try:
        root, data = parse_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else "?"
        problem = shorten(getattr(exc, "problem", None) or exc, MESSAGE_VALUE_CHARS)
        raise ConfigError(f"{path}:{where}: not valid YAML: {problem}") from None
    if not isinstance(data, dict) or "feeds" not in data:
        raise ConfigError(f"{path}: expected a mapping with a 'feeds:' list")
    try:
        config = FeedsConfig.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_describe_errors(path, root, exc)) from None
    _check_unique_outlets(path, root, config)
    feeds = tuple(_resolve_local(_apply_defaults(feed, config), path.parent) for feed in config.feeds)
    return config.model_copy(update={"feeds": feeds})


def _apply_defaults(feed: Feed, config: FeedsConfig) -> Feed:
    if config.max_items is None or "max_items" in feed.model_fields_set:
        return feed
    return feed.model_copy(update={"max_items": config.max_items})


def _check_unique_outlets(path: Path, root: yaml.Node | None, config: FeedsConfig) -> None:
    """Names are compared after normalisation and case folding: 'BBC\u00a0News ' and 'bbc news' are one outlet."""
    seen: dict[str, int] = {}
    for index, feed in enumerate(config.feeds):
        key = feed.name.casefold()
        if key in seen:
            line = _line_of(root, ("feeds", index, "name"))
            first = _line_of(root, ("feeds", seen[key], "name"))
            raise ConfigError(
                f"{path}:line {line}: feeds[{index}].name: duplicate outlet "
                f"{short_repr(feed.name, MESSAGE_VALUE_CHARS)} (first at line {first})"
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
        field = "".join(f"[{part}]" if isinstance(part, int) else f".{shorten(part, 80)}" for part in loc).lstrip(".")
        message = error["msg"]
        if error["type"] == "extra_forbidden":
            message = f"unknown key {short_repr(loc[-1], 80)}"
        lines.append(f"{path}:line {_line_of(root, loc)}: {field}: {shorten(message, 2 * MESSAGE_VALUE_CHARS)}")
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
