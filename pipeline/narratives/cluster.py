"""Narratives: the state of a narrative (a running vector sum, so a run never reloads its members), labels from
c-TF-IDF keywords, BCubed scoring, and BERTopic (topics over precomputed embeddings, and its charts).

How articles become stories is in `stories`; the daily stage that keeps them is in `stage`.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from pipeline.embeddings import unit

OUTLIER = -1
UMAP_NEIGHBORS = 10
UMAP_COMPONENTS = 5
MIN_CLUSTER_SIZE = 4
RANDOM_STATE = 42
KEYWORDS = 10
LABEL_KEYWORDS = 4
TOKEN_PATTERN = r"(?u)\b[^\W\d_]{4,}\b"  # words of four letters or more: drops most function words in every language


@dataclass
class Narrative:
    narrative_id: int
    vector_sum: np.ndarray
    n_members: int

    @property
    def centroid(self) -> np.ndarray:
        return unit(self.vector_sum)

    def add(self, vectors: np.ndarray) -> None:
        self.vector_sum = self.vector_sum + vectors.sum(axis=0)
        self.n_members += len(vectors)


def discover_topics(docs: Sequence[str], vectors: np.ndarray) -> np.ndarray:
    """BERTopic over precomputed embeddings; returns one topic per doc, -1 for outliers."""
    from bertopic import BERTopic
    from hdbscan import HDBSCAN
    from umap import UMAP

    neighbors = min(UMAP_NEIGHBORS, len(docs) - 1)
    model = BERTopic(
        embedding_model=None,
        umap_model=UMAP(
            n_neighbors=neighbors,
            n_components=UMAP_COMPONENTS,
            min_dist=0.0,
            metric="cosine",
            random_state=RANDOM_STATE,
        ),
        hdbscan_model=HDBSCAN(min_cluster_size=MIN_CLUSTER_SIZE, metric="euclidean", cluster_selection_method="eom"),
        calculate_probabilities=False,
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        topics, _ = model.fit_transform(list(docs), vectors)
    return np.asarray(topics)


def keywords_by_narrative(docs_by_narrative: dict[int, list[str]], english: bool = False) -> dict[int, list[str]]:
    """Top c-TF-IDF terms per narrative (BERTopic's class-based TF-IDF over the given classes). `english` texts
    (the pivot language) lose scikit-learn's English stop words ("them", "would"): a label an English reader reads.
    Other languages keep the four-letter floor only."""
    from bertopic.vectorizers import ClassTfidfTransformer
    from sklearn.feature_extraction.text import CountVectorizer

    ids = sorted(docs_by_narrative)
    if not ids:
        return {}
    vectorizer = CountVectorizer(token_pattern=TOKEN_PATTERN, lowercase=True, stop_words="english" if english else None)
    try:
        counts = vectorizer.fit_transform([" ".join(docs_by_narrative[i]) for i in ids])
    except ValueError:  # no word of four letters anywhere
        return {i: [] for i in ids}
    weights = ClassTfidfTransformer(reduce_frequent_words=True).fit_transform(counts).toarray()
    terms = vectorizer.get_feature_names_out()
    return {
        i: [terms[j] for j in np.argsort(-row)[:KEYWORDS] if row[j] > 0] for i, row in zip(ids, weights, strict=True)
    }


def label_from(keywords: Sequence[str]) -> str:
    return " · ".join(keywords[:LABEL_KEYWORDS]) or "(no keywords)"


def bcubed(predicted: Sequence, gold: Sequence) -> tuple[float, float, float]:
    """BCubed (F1, precision, recall); each outlier counts as its own singleton cluster."""
    predicted = [p if p != OUTLIER else f"outlier-{i}" for i, p in enumerate(predicted)]
    pred, truth = np.asarray(predicted, dtype=object), np.asarray(gold, dtype=object)
    precision = recall = 0.0
    for i in range(len(pred)):
        same_cluster, same_class = pred == pred[i], truth == truth[i]
        both = float((same_cluster & same_class).sum())
        precision += both / same_cluster.sum()
        recall += both / same_class.sum()
    precision, recall = precision / len(pred), recall / len(pred)
    return 2 * precision * recall / (precision + recall), precision, recall


def write_bertopic_plots(
    docs: Sequence[str],
    vectors: np.ndarray,
    topics: Sequence[int],
    timestamps: Sequence,
    out_dir: Path,
    labels: dict[int, str],
) -> list[Path]:
    """BERTopic's own topics-over-time and hierarchy charts for the stored narratives, as offline HTML files.

    The model is fitted with the narratives as fixed labels (no re-clustering), so the charts show exactly
    the warehouse's narratives, outliers included as topic -1. BERTopic renumbers topics by size and builds names
    from ASCII-only words; each is named instead "<narrative id>: <label>" as the CLI shows it (renames included,
    any script kept).
    """
    from bertopic import BERTopic
    from bertopic.cluster import BaseCluster
    from bertopic.dimensionality import BaseDimensionalityReduction
    from sklearn.feature_extraction.text import CountVectorizer

    model = BERTopic(
        embedding_model=None,
        umap_model=BaseDimensionalityReduction(),
        hdbscan_model=BaseCluster(),
        vectorizer_model=CountVectorizer(token_pattern=TOKEN_PATTERN),
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model.fit(list(docs), vectors, y=np.asarray(topics))
        model.set_topic_labels(
            {
                int(renumbered): f"{int(narrative)}: {labels.get(int(narrative), 'outliers')}"
                for narrative, renumbered in model.topic_mapper_.get_mappings(original_topics=True).items()
            }
        )
        over_time = model.topics_over_time(list(docs), list(timestamps), nr_bins=min(30, len(set(timestamps))))
        figures = {
            "narratives-over-time.html": model.visualize_topics_over_time(
                over_time, top_n_topics=12, custom_labels=True
            ),
            "narratives-hierarchy.html": model.visualize_hierarchy(custom_labels=True),
        }
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, figure in figures.items():
        figure.write_html(out_dir / name, include_plotlyjs=True, full_html=True)
        written.append(out_dir / name)
    return written
