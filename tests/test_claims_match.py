"""Claims on the demo corpus, scored against the labels written with it."""

from __future__ import annotations

from pathlib import Path

import duckdb
import numpy as np
import pytest

from pipeline.claims.extract import extract_mentions
from pipeline.claims.match import match_claims

from .conftest import demo_labels


@pytest.fixture(scope="module")
def con(demo_db: Path):
    connection = duckdb.connect(str(demo_db), read_only=True)
    yield connection
    connection.close()


def guids_in(con, claim_id: str) -> set[str]:
    rows = con.execute(
        "SELECT DISTINCT a.guid FROM claim_mentions JOIN articles a USING (article_id) WHERE claim_id = ?", [claim_id]
    )
    return {guid for (guid,) in rows.fetchall()}


def the_claim(con, value: float, subject: str) -> dict:
    cursor = con.execute("SELECT * FROM claims WHERE value = ? AND subject = ?", [value, subject])
    rows = cursor.fetchall()
    assert len(rows) == 1, f"expected exactly one {value} {subject} claim, got {len(rows)}"
    return dict(zip([c[0] for c in cursor.description], rows[0], strict=True))


def test_every_article_stating_182000_deserters_is_in_one_claim_and_nothing_else_is(con) -> None:
    labels = demo_labels()
    claim = the_claim(con, 182_000, "deserters")
    expected = {guid for guid, row in labels.items() if row["claim"] == "deserters-182k"}
    assert guids_in(con, claim["claim_id"]) == expected
    assert claim["n_outlets"] == 11 and claim["n_languages"] == 8


def test_look_alike_numbers_are_separate_claims(con) -> None:
    labels = demo_labels()
    main = guids_in(con, the_claim(con, 182_000, "deserters")["claim_id"])
    traps = {guid for guid, row in labels.items() if row["claim"] in ("wheat-182k-tonnes", "road-182km")}
    assert traps and not (main & traps)
    wheat = the_claim(con, 182_000, "wheat")
    assert wheat["unit"] == "tonnes"
    assert guids_in(con, wheat["claim_id"]) == {g for g, row in labels.items() if row["claim"] == "wheat-182k-tonnes"}


def test_first_seen_is_the_outlet_the_corpus_was_written_to_start_from(con) -> None:
    claim = the_claim(con, 182_000, "deserters")
    assert claim["first_seen_outlet"] == "Eastern Dispatch Daily"
    assert claim["first_seen_at"].isoformat() == "2024-11-05T07:30:00+00:00"
    spread = con.execute(
        "SELECT outlet, near_copy FROM claim_spread WHERE claim_id = ? ORDER BY spread_rank", [claim["claim_id"]]
    ).fetchall()
    assert spread[0] == ("Eastern Dispatch Daily", False)
    assert spread[1] == ("Wire Europe", True)  # the syndicated re-post, flagged as a near-copy
    assert [outlet for outlet, _ in spread][2:4] == ["Вечерний курьер", "Новости Севера"]


def test_the_200000_mutation_is_a_variant_not_a_merge(con) -> None:
    labels = demo_labels()
    original = the_claim(con, 182_000, "deserters")
    mutation = the_claim(con, 200_000, "deserters")
    assert mutation["variant_of"] == original["claim_id"]
    assert guids_in(con, mutation["claim_id"]) == {g for g, row in labels.items() if row["claim"] == "deserters-200k"}
    qualifiers = {
        q
        for (q,) in con.execute(
            "SELECT DISTINCT qualifier FROM claim_mentions WHERE claim_id = ?", [mutation["claim_id"]]
        ).fetchall()
    }
    assert qualifiers == {"almost"}


def test_same_value_different_unit_or_year_never_merges() -> None:
    texts = {
        "d": "Ukrainian army desertions reached 182,000 in 2024.",
        "t": "Ports shipped 182,000 tonnes of wheat in 2024.",
        "k": "Poland opened 182 km of expressway.",
        "y": "Desertions reached 182,000 in 2023.",
    }
    mentions = [m for key, text in texts.items() for m in extract_mentions(key, "", text, "en", 2024)]
    same_context = {
        m.mention_id: np.ones(4, dtype=np.float32) / 2 for m in mentions
    }  # contexts alone would merge them all
    claims = match_claims(mentions, same_context)
    assert len(claims) == 4
