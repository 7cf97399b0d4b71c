"""A warehouse's fingerprint: row counts per table and the claim and narrative assignments.

Two runs of the pipeline on the same input must produce the same fingerprint; `tests/data/demo_fingerprint.json`
holds the demo's, recorded before the store was split per stage (`python -m tests.support.fingerprint DB`).
"""

from __future__ import annotations

import hashlib
import json
import sys

import duckdb

TABLES = (
    "feeds",
    "fetch_log",
    "raw_items",
    "runs",
    "claim_extractions",
    "mentions",
    "mention_embeddings",
    "claim_groups",
    "mention_claims",
    "article_embeddings",
    "article_narratives",
    "narrative_state",
    "translation_status",
)
ASSIGNMENTS = {
    "claims": "SELECT mention_id, claim_id FROM mention_claims ORDER BY mention_id",
    "variants": "SELECT claim_id, coalesce(variant_of, '') FROM claim_groups ORDER BY claim_id",
    "narratives": "SELECT article_id, narrative_id FROM article_narratives ORDER BY article_id",
    "duplicates": "SELECT article_id, coalesce(duplicate_of, '') FROM raw_items ORDER BY article_id",
    "languages": "SELECT article_id, coalesce(detected_language, '') FROM raw_items ORDER BY article_id",
}


def fingerprint(con: duckdb.DuckDBPyConnection) -> dict:
    counts = {table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}
    digests = {
        name: hashlib.sha256(json.dumps(con.execute(sql).fetchall()).encode()).hexdigest()[:16]
        for name, sql in ASSIGNMENTS.items()
    }
    return {"rows": counts, "assignments": digests}


if __name__ == "__main__":
    connection = duckdb.connect(sys.argv[1], read_only=True)
    print(json.dumps(fingerprint(connection), indent=2, sort_keys=True))
