"""Embeddings: e5 centred on news, the two models side by side, and each model reading an article once."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np

from pipeline.embeddings import MultilingualE5, SideBySide, UniversalSentenceEncoder, embed_articles
from pipeline.store.db import open_warehouse
from pipeline.store.embeddings import article_vectors

ODESA_EN = (
    "Drone attack on Odesa port damages grain terminal\n"
    "Russian drones struck the port of Odesa overnight, damaging a grain terminal, the regional governor said."
)
ODESA_UK = (
    "Атака дронів на порт Одеси пошкодила зерновий термінал\n"
    "Російські дрони вночі атакували порт Одеси, пошкодивши зерновий термінал, повідомив губернатор."
)
INFLATION = (
    "Inflation in the euro area eases to 2.1 percent\nConsumer prices rose 2.1 percent in November, Eurostat said."
)


def test_e5_read_raw_finds_any_two_news_reports_alike_and_centred_tells_them_apart() -> None:
    e5 = MultilingualE5()
    raw, centred = e5.raw([ODESA_EN, ODESA_UK, INFLATION]), e5.encode([ODESA_EN, ODESA_UK, INFLATION])
    assert float(raw[0] @ raw[2]) > 0.7  # the narrow cone: a drone strike and euro inflation
    assert float(centred[0] @ centred[2]) < 0.2
    assert float(centred[0] @ centred[1]) > 0.45  # one report in English and in Ukrainian
    assert np.allclose(np.linalg.norm(centred, axis=1), 1.0, atol=1e-5)


def test_side_by_side_a_cosine_is_the_mean_of_the_two_models() -> None:
    use, e5 = UniversalSentenceEncoder(), MultilingualE5()
    both = SideBySide(use, e5).encode([ODESA_EN, ODESA_UK])
    means = (
        float(np.prod(use.encode([ODESA_EN, ODESA_UK]), axis=0).sum())
        + float(np.prod(e5.encode([ODESA_EN, ODESA_UK]), axis=0).sum())
    ) / 2
    assert both.shape == (2, use.dimension + e5.dimension)
    assert abs(float(both[0] @ both[1]) - means) < 1e-5


class Counted:
    """A real embedder that counts the texts it encodes."""

    def __init__(self, embedder) -> None:
        self.embedder, self.name, self.dimension, self.texts = embedder, embedder.name, embedder.dimension, 0

    def encode(self, texts: list[str]) -> np.ndarray:
        self.texts += len(texts)
        return self.embedder.encode(texts)


def test_each_model_reads_an_article_once(tmp_path: Path, demo_db: Path) -> None:
    """USE vectors stored before (the claims stage embeds the articles it finds numbers in) are the first half of the
    side-by-side ones: USE reads each article once, e5 once, and a second call reads none."""
    db = tmp_path / "w.duckdb"
    shutil.copyfile(demo_db, db)
    use, e5 = Counted(UniversalSentenceEncoder()), Counted(MultilingualE5())
    both = SideBySide(use, e5)
    with open_warehouse(db) as con:
        con.execute("DELETE FROM article_embeddings")
        ids = [
            row[0] for row in con.execute("SELECT article_id FROM raw_items ORDER BY article_id LIMIT 30").fetchall()
        ]
        assert embed_articles(con, use, ids[:10]) == 10
        assert embed_articles(con, both, ids) == 30
        assert embed_articles(con, both, ids) == 0
        stored = article_vectors(con, both.name, ids)
        alone = article_vectors(con, use.name, ids)
    assert (use.texts, e5.texts) == (30, 30)
    assert np.allclose(stored[ids[0]][: use.dimension] * np.sqrt(2), alone[ids[0]], atol=1e-6)
