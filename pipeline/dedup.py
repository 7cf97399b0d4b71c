"""Near-duplicate detection: syndicated copies and re-posts are linked to the earliest version.

The same item seen again (same guid within an outlet) is skipped by the load stage
(`load.drop_known`); this module finds *near* copies across outlets and runs with MinHash over word 3-shingles
and an LSH index, so a new article is compared only with plausible candidates, not the whole history.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 64
SHINGLE_WORDS = 3
NEAR_DUPLICATE_JACCARD = 0.7
SEED = 1
SCHEME = "affine32"  # datasketch >= 2 permutation scheme; stored signatures are uint32
SIGNATURE_DTYPE = np.uint32
WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class IndexedItem:
    article_id: str
    published_at: datetime
    signature: bytes
    duplicate_of: str | None = None


def shingles(text: str) -> set[bytes]:
    words = WORD.findall(text.casefold())
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words).encode()}
    return {" ".join(words[i : i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1)}


def signature(text: str) -> bytes:
    """MinHash signature of `text` as bytes, for storage beside the article."""
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    minhash.update_batch(list(shingles(text)))
    return minhash.hashvalues.astype(SIGNATURE_DTYPE).tobytes()


def _minhash(signature_bytes: bytes) -> MinHash:
    hashvalues = np.frombuffer(signature_bytes, dtype=SIGNATURE_DTYPE)
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashvalues=hashvalues)


def _age(item: IndexedItem) -> tuple[datetime, str]:
    return item.published_at, item.article_id


class NearDuplicateIndex:
    """Known articles grouped under their original (the earliest published copy).

    `link` files a new article under the group it copies, or makes it the new original when it was
    published before every member it resembles (a late-fetched source), re-pointing that group.
    """

    def __init__(self, history: list[IndexedItem] | None = None) -> None:
        self._lsh = MinHashLSH(threshold=NEAR_DUPLICATE_JACCARD, num_perm=NUM_PERM)
        self._items: dict[str, IndexedItem] = {}
        self._minhashes: dict[str, MinHash] = {}
        self._root: dict[str, str] = {}
        self._members: dict[str, set[str]] = {}
        for item in history or []:
            self._add(item, item.duplicate_of or item.article_id)

    def link(self, item: IndexedItem) -> tuple[str | None, dict[str, str]]:
        """Index `item`; return its original's id (None if it is an original) and the re-pointed copies."""
        if item.article_id in self._items:
            root = self._root[item.article_id]
            return (None if root == item.article_id else root), {}
        roots = {self._root[match] for match in self._matches(item)}
        original = min([item, *(self._items[root] for root in roots)], key=_age)
        repoints: dict[str, str] = {}
        if original is item:
            for root in roots:
                for member in self._members.pop(root):
                    repoints[member] = item.article_id
                    self._root[member] = item.article_id
            self._members[item.article_id] = set(repoints)
        self._add(item, original.article_id)
        return (None if original is item else original.article_id), repoints

    def _add(self, item: IndexedItem, root: str) -> None:
        minhash = _minhash(item.signature)
        self._lsh.insert(item.article_id, minhash)
        self._items[item.article_id] = item
        self._minhashes[item.article_id] = minhash
        self._root[item.article_id] = root
        self._members.setdefault(root, set()).add(item.article_id)

    def _matches(self, item: IndexedItem) -> list[str]:
        minhash = _minhash(item.signature)
        return [
            candidate
            for candidate in self._lsh.query(minhash)
            if self._minhashes[candidate].jaccard(minhash) >= NEAR_DUPLICATE_JACCARD
        ]
