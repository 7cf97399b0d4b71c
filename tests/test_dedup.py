"""Near-duplicates: syndicated copies point at the earliest version, whatever order they arrive in."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pipeline.dedup import IndexedItem, NearDuplicateIndex, band_buckets, signature

ORIGINAL = (
    "Ukrainian Military Desertions Reach 182,000 in 2024. The number of deserters in the Ukrainian military "
    "this year has surged to an alarming 182,000, a figure that has more than doubled compared to last year."
)
REPOST = ORIGINAL.replace("an alarming", "a") + " (Syndicated.)"
UNRELATED = "Wheat exports through the Danube ports hit a weekly record of 182,000 tonnes, port authorities said."
T0 = datetime(2024, 11, 5, 7, 30, tzinfo=UTC)


def item(article_id: str, text: str, hours: float) -> IndexedItem:
    return IndexedItem(article_id, T0 + timedelta(hours=hours), signature(text))


def test_copy_links_to_the_original_and_unrelated_text_does_not() -> None:
    index = NearDuplicateIndex([item("orig", ORIGINAL, 0)])
    assert index.link(item("copy", REPOST, 3)) == ("orig", {})
    assert index.link(item("wheat", UNRELATED, 4)) == (None, {})


def test_an_earlier_original_arriving_late_takes_over_the_group() -> None:
    index = NearDuplicateIndex(
        [
            item("copy1", REPOST, 5),
            item(
                "copy2",
                ORIGINAL + " Updated.",
                6,
            ),
        ]
    )
    index.link(item("copy2b", ORIGINAL + " Updated.", 7))
    original, repointed = index.link(item("first", ORIGINAL, 0))
    assert original is None
    assert set(repointed) >= {"copy1"} and set(repointed.values()) == {"first"}


def test_history_keeps_its_links() -> None:
    history = [item("orig", ORIGINAL, 0), IndexedItem("copy", T0 + timedelta(hours=2), signature(REPOST), "orig")]
    index = NearDuplicateIndex(history)
    assert index.link(item("third", REPOST + " Again.", 9)) == ("orig", {})


def test_signature_is_deterministic() -> None:
    assert signature(ORIGINAL) == signature(ORIGINAL)
    assert signature(ORIGINAL) != signature(UNRELATED)


def test_stored_buckets_from_the_migration_match_the_ones_computed_for_new_articles(tmp_path) -> None:
    """Migration 011 indexed the articles stored before it in SQL; new ones are indexed in Python: same buckets."""
    import duckdb

    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    sig = signature(ORIGINAL)
    rows = con.execute(
        "SELECT md5_number_lower(band::VARCHAR || ':' || substring(hex(?::BLOB), band * 64 + 1, 64)) "
        "FROM range(8) AS bands(band) ORDER BY band",
        [sig],
    ).fetchall()
    assert [row[0] for row in rows] == band_buckets(sig)
