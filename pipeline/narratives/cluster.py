"""Narratives: cross-lingual story clusters that keep their ids from one daily run to the next.

Each run works on a pool: the new articles plus recent outliers. Pool articles close to an existing narrative's
centroid join it; BERTopic (UMAP + HDBSCAN over the cached multilingual embeddings) finds new topics in the rest;
new topics that sit close together, or close to an existing narrative, are merged into it (centroid matching);
the others become new narratives with new ids. What still fits nothing stays an outlier (`-1`), is reported, and
is looked at again while it is recent. The cost of a run depends on the pool, not on the size of the history:
narratives are kept as running vector sums.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

OUTLIER = -1
ASSIGN_COSINE = 0.5  # article → narrative centroid (5th percentile of members on the demo corpus: 0.53)
MERGE_COSINE = 0.6  # topic centroid → topic / narrative centroid
MIN_DOCS_TO_CLUSTER = 12
UMAP_NEIGHBORS = 10
UMAP_COMPONENTS = 5
MIN_CLUSTER_SIZE = 4
RANDOM_STATE = 42
KEYWORDS = 10
LABEL_KEYWORDS = 4
MIN_CLAIM_VOTES = 2  # other articles sharing a specific claim, all in one narrative's majority
TOKEN_PATTERN = r"(?u)\b[^\W\d_]{4,}\b"  # words of four letters or more: drops most function words in every language


@dataclass
class Narrative:
    narrative_id: int
    vector_sum: np.ndarray
    n_members: int

    @property
    def centroid(self) -> np.ndarray:
        return self.vector_sum / max(float(np.linalg.norm(self.vector_sum)), 1e-12)

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


def merge_close_topics(topics: np.ndarray, vectors: np.ndarray, threshold: float = MERGE_COSINE) -> np.ndarray:
    """Merge topic pairs whose centroids are closest, until none is above `threshold` (BERTopic splits by language)."""
    topics = topics.copy()
    while True:
        ids = sorted(t for t in set(topics.tolist()) if t != OUTLIER)
        if len(ids) < 2:
            return topics
        centroids = np.vstack([_unit(vectors[topics == t].mean(axis=0)) for t in ids])
        similarity = centroids @ centroids.T
        np.fill_diagonal(similarity, -1)
        first, second = np.unravel_index(int(np.argmax(similarity)), similarity.shape)
        if similarity[first, second] < threshold:
            return topics
        topics[topics == ids[max(first, second)]] = ids[min(first, second)]


def nearest(vectors: np.ndarray, narratives: Sequence[Narrative], threshold: float) -> list[int | None]:
    """Index of the closest narrative for each vector, or None when none reaches `threshold`."""
    if not narratives or len(vectors) == 0:
        return [None] * len(vectors)
    similarity = vectors @ np.vstack([n.centroid for n in narratives]).T
    best = similarity.argmax(axis=1)
    return [int(b) if similarity[i, b] >= threshold else None for i, b in enumerate(best)]


def cluster_pool(
    docs: Sequence[str], vectors: np.ndarray, narratives: list[Narrative], next_id: int
) -> tuple[list[int], list[Narrative]]:
    """Narrative id (or -1) for every pool article; `narratives` is updated in place, new ones are returned."""
    assigned: list[int | None] = [
        None if index is None else narratives[index].narrative_id
        for index in nearest(vectors, narratives, ASSIGN_COSINE)
    ]
    rest = [i for i, narrative_id in enumerate(assigned) if narrative_id is None]
    created: list[Narrative] = []
    if len(rest) >= MIN_DOCS_TO_CLUSTER:
        topics = merge_close_topics(discover_topics([docs[i] for i in rest], vectors[rest]), vectors[rest])
        for topic in sorted(t for t in set(topics.tolist()) if t != OUTLIER):
            members = [rest[j] for j in np.flatnonzero(topics == topic)]
            centroid = _unit(vectors[members].mean(axis=0))
            match = nearest(centroid[None, :], [*narratives, *created], MERGE_COSINE)[0]
            if match is None:
                created.append(Narrative(next_id, np.zeros_like(centroid), 0))
                next_id += 1
                target = created[-1].narrative_id
            else:
                target = [*narratives, *created][match].narrative_id
            for i in members:
                assigned[i] = target
    everyone = [*narratives, *created]
    leftovers = [i for i, narrative_id in enumerate(assigned) if narrative_id is None]
    for i, index in zip(leftovers, nearest(vectors[leftovers], everyone, ASSIGN_COSINE), strict=True):
        assigned[i] = OUTLIER if index is None else everyone[index].narrative_id
    lookup = {n.narrative_id: n for n in everyone}
    for narrative_id in set(assigned) - {OUTLIER}:
        lookup[narrative_id].add(vectors[[i for i, a in enumerate(assigned) if a == narrative_id]])
    return [int(a) for a in assigned], created


def attach_by_shared_claims(votes: dict[str, dict[int, int]]) -> dict[str, int]:
    """Outliers that repeat a specific claim join the narrative most other articles with that claim are in.

    Embeddings can miss a language the model was not trained on (USE v3 has no Ukrainian); "182 тисячі
    дезертирів" matched to the 182,000-deserters claim is strong, explainable evidence of the same story.
    """
    attached = {}
    for article_id, counts in votes.items():
        narrative_id, top = max(counts.items(), key=lambda item: (item[1], -item[0]))
        if top >= MIN_CLAIM_VOTES and top * 2 > sum(counts.values()):
            attached[article_id] = narrative_id
    return attached


def keywords_by_narrative(docs_by_narrative: dict[int, list[str]]) -> dict[int, list[str]]:
    """Top c-TF-IDF terms per narrative (BERTopic's class-based TF-IDF over the given classes)."""
    from bertopic.vectorizers import ClassTfidfTransformer
    from sklearn.feature_extraction.text import CountVectorizer

    ids = sorted(docs_by_narrative)
    if not ids:
        return {}
    vectorizer = CountVectorizer(token_pattern=TOKEN_PATTERN, lowercase=True)
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


def _unit(vector: np.ndarray) -> np.ndarray:
    return vector / max(float(np.linalg.norm(vector)), 1e-12)


def write_bertopic_plots(
    docs: Sequence[str], vectors: np.ndarray, topics: Sequence[int], timestamps: Sequence, out_dir: Path
) -> list[Path]:
    """BERTopic's own topics-over-time and hierarchy charts for the stored narratives, as offline HTML files.

    The model is fitted with the narratives as fixed labels (no re-clustering), so the charts show exactly
    the warehouse's narratives, outliers included as topic -1.
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
        over_time = model.topics_over_time(list(docs), list(timestamps), nr_bins=min(30, len(set(timestamps))))
        figures = {
            "narratives-over-time.html": model.visualize_topics_over_time(over_time, top_n_topics=12),
            "narratives-hierarchy.html": model.visualize_hierarchy(),
        }
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, figure in figures.items():
        figure.write_html(out_dir / name, include_plotlyjs=True, full_html=True)
        written.append(out_dir / name)
    return written
