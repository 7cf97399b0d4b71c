"""Near-duplicate detection: syndicated copies and re-posts are linked to the earliest version.

The same item seen again (same guid within an outlet) is skipped by the load stage
(`load.drop_known`); this module finds *near* copies across outlets and runs with MinHash over word 3-shingles.
Signatures are cut into LSH bands; each band hashes to a bucket, and articles sharing a bucket are candidates.
The buckets of stored originals live in the warehouse (`minhash_bands`, indexed), so a new article is compared
only with the originals that share one of its buckets (and joins their group), never with the whole history.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

import numpy as np

NUM_PERM = 64
SHINGLE_WORDS = 3
NEAR_DUPLICATE_JACCARD = 0.7
BANDS, BAND_ROWS = 8, 8
"""datasketch's optimum for NEAR_DUPLICATE_JACCARD at NUM_PERM (what `MinHashLSH(0.7, 64)` chooses): 8 bands of 8."""
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
    from datasketch import MinHash  # here, not at the top: it imports scipy (0.6 s), which a run with nothing new skips

    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    minhash.update_batch(list(shingles(text)))
    return minhash.hashvalues.astype(SIGNATURE_DTYPE).tobytes()


def band_buckets(signature_bytes: bytes) -> list[int]:
    """The LSH bucket of each band: `md5_number_lower('<band>:<band bytes in upper-case hex>')`, the expression
    migration 011 used to index the articles stored before it (DuckDB has no blob slicing, so hex it is)."""
    hexed = signature_bytes.hex().upper()
    width = BAND_ROWS * SIGNATURE_DTYPE().itemsize * 2
    return [
        int.from_bytes(
            hashlib.md5(f"{band}:{hexed[band * width : (band + 1) * width]}".encode()).digest()[8:], "little"
        )
        for band in range(BANDS)
    ]


def jaccard(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures: the share of equal MinHash values."""
    return float(np.mean(np.frombuffer(a, dtype=SIGNATURE_DTYPE) == np.frombuffer(b, dtype=SIGNATURE_DTYPE)))


def _age(item: IndexedItem) -> tuple[datetime, str]:
    return item.published_at, item.article_id


class NearDuplicateIndex:
    """Articles grouped under their original (the earliest published copy): the stored candidates of a batch plus
    the batch itself.

    `link` files a new article under the group it copies, or makes it the new original when it was published
    before every member it resembles (a late-fetched source); the groups it takes over are returned so the store
    can re-point their stored members too.
    """

    def __init__(self, history: list[IndexedItem] | None = None) -> None:
        self._buckets: dict[int, set[str]] = defaultdict(set)
        self._items: dict[str, IndexedItem] = {}
        self._root: dict[str, str] = {}
        self._members: dict[str, set[str]] = {}
        for item in history or []:
            self._add(item, item.duplicate_of or item.article_id)

    def link(self, item: IndexedItem) -> tuple[str | None, dict[str, str]]:
        """Index `item`; return its original's id (None if it is an original) and the groups it took over
        ({former original: item's id})."""
        if item.article_id in self._items:
            root = self._root[item.article_id]
            return (None if root == item.article_id else root), {}
        roots = {self._root[match] for match in self._matches(item)}
        original = min([item, *(self._items[root] for root in roots)], key=_age)
        takeovers: dict[str, str] = {}
        if original is item:
            self._members[item.article_id] = set()
            for root in roots:
                takeovers[root] = item.article_id
                for member in self._members.pop(root, {root}):
                    self._root[member] = item.article_id
                    self._members[item.article_id].add(member)
        self._add(item, original.article_id)
        return (None if original is item else original.article_id), takeovers

    def _add(self, item: IndexedItem, root: str) -> None:
        for bucket in band_buckets(item.signature):
            self._buckets[bucket].add(item.article_id)
        self._items[item.article_id] = item
        self._root[item.article_id] = root
        self._members.setdefault(root, set()).add(item.article_id)

    def _matches(self, item: IndexedItem) -> list[str]:
        candidates = set().union(*(self._buckets.get(bucket, set()) for bucket in band_buckets(item.signature)))
        return [
            candidate
            for candidate in sorted(candidates)
            if jaccard(self._items[candidate].signature, item.signature) >= NEAR_DUPLICATE_JACCARD
        ]
