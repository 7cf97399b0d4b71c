"""Stable identifiers: every id in the warehouse is a prefix of a SHA-256 over the parts that define the thing.

Ids are derived, never allocated, so the same input yields the same ids on every machine and every rerun.
"""

from __future__ import annotations

import hashlib

SEPARATOR = "\x00"


def digest(text: str, length: int | None = None) -> str:
    """Hex SHA-256 of `text` (UTF-8), cut to `length` characters when given."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def body_digest(body: bytes) -> str:
    """A fetched feed body's fingerprint: the same bytes need not be parsed twice."""
    return hashlib.sha256(body).hexdigest()


def article_id(outlet: str, guid: str) -> str:
    """An article is its outlet plus the feed's guid: stable across runs and re-fetches."""
    return digest(f"{outlet}{SEPARATOR}{guid}", 20)


def mention_id(article_id: str, field: str, start: int, high_end: bool = False) -> str:
    """A numeric mention is where it sits: article, field, character offset (and, for the high end of a range, that
    it is the high end)."""
    return digest(f"{article_id}|{field}|{start}" + ("|high" if high_end else ""), 20)


def claim_id(first_mention_id: str) -> str:
    """A claim is named after its first-seen mention, so its id survives regrouping."""
    return "c" + digest(first_mention_id, 15)


def staging_key(outlet: str) -> str:
    """A file-system-safe name for an outlet's staged fetch."""
    return digest(outlet, 16)
