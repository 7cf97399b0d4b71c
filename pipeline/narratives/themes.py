"""Themes above stories: "chemical-plant fires", "opinion polls on housing". A story (narrative) joins the theme whose
centroid is closest to its own, or starts a theme; a story keeps its theme, so theme ids are stable like story ids.

Story clustering keeps two events of the same kind apart (other places, other names, days apart); themes bring
them back together, on topic similarity alone. Each story counts once in its theme's centroid, whatever its size,
so one big story does not pull its theme towards itself. Labels are c-TF-IDF keywords over the themes' recent
texts, as BERTopic labels its topics (`cluster.keywords_by_narrative`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from pipeline.embeddings import unit

THEME_JOIN = 0.42
"""Cosine between a story's centroid and a theme's centroid for the story to join it (USE v3 and e5 side by side);
set on the tuning corpora's theme labels (mean BCubed F1 over eleven: 0.40 0.727, 0.42 0.734, 0.45 0.726, 0.55
0.649; USE alone at its 0.55: 0.710), never on the held-out corpora."""


@dataclass
class Theme:
    theme_id: int
    vector_sum: np.ndarray
    n_stories: int

    @property
    def centroid(self) -> np.ndarray:
        return unit(self.vector_sum)

    def add(self, story_centroid: np.ndarray) -> None:
        self.vector_sum = self.vector_sum + story_centroid
        self.n_stories += 1


def assign_themes(
    stories: dict[int, np.ndarray], themes: list[Theme], next_id: int
) -> tuple[dict[int, int], list[Theme]]:
    """A theme for each story (narrative id → its centroid, in id order: oldest first); `themes` are extended in
    place. Returns the assignments and the themes created."""
    themes = list(themes)
    created: list[Theme] = []
    assigned: dict[int, int] = {}
    for narrative_id in sorted(stories):
        centroid = unit(stories[narrative_id])
        scored = [(float(theme.centroid @ centroid), -theme.theme_id, theme) for theme in themes]
        best = max(scored, key=lambda entry: entry[:2], default=None)
        if best is None or best[0] < THEME_JOIN:
            theme = Theme(next_id, np.zeros_like(centroid), 0)
            next_id += 1
            themes.append(theme)
            created.append(theme)
        else:
            theme = best[2]
        theme.add(centroid)
        assigned[narrative_id] = theme.theme_id
    return assigned, created
