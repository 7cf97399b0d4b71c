"""Write `pipeline/data/e5_news_mean.npy`: the mean e5 vector (`MultilingualE5.raw`) of the title and summary of
every item of the demo and the tuning corpora (`dev*`), never the held-out ones, which `MultilingualE5` takes away
from each vector it makes.

Run: .venv/bin/python -m benchmarks.news_mean
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from benchmarks.corpora import CORPORA
from pipeline.config import load_feeds
from pipeline.embeddings import NEWS_MEAN, MultilingualE5
from pipeline.ingest import parse_feed
from pipeline.sources.base import Validators
from pipeline.sources.files import FileFeedSource
from pipeline.text import article_text

DEMO = Path(__file__).parent.parent / "seeds" / "demo"


def corpus_texts(folder: Path) -> list[str]:
    """The embedded text of every item of the corpus's feeds, as the pipeline reads them."""
    source, texts = FileFeedSource(), []
    for feed in load_feeds(folder / "feeds.yaml").feeds:
        fetched = source.fetch(feed, Validators())
        parsed = parse_feed(fetched.body, feed, datetime.now(UTC))
        texts += [article_text(article.title, article.summary) for article in parsed.articles]
    return texts


def main() -> None:
    folders = [DEMO] + [folder for name, (folder, _) in CORPORA.items() if name.startswith("dev")]
    texts = [text for folder in folders for text in corpus_texts(folder)]
    mean = MultilingualE5().raw(texts).astype(np.float32).mean(axis=0)
    with NEWS_MEAN.open("wb") as handle:  # type: ignore[union-attr]  # a Path in a source checkout
        np.save(handle, mean)
    print(f"{len(texts)} texts from {len(folders)} corpora → {NEWS_MEAN} (norm {np.linalg.norm(mean):.3f})")


if __name__ == "__main__":
    main()
