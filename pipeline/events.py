"""Two events of one kind run together in one group of reports, and where to part them: the test that the story stage
(`narratives.stories`) and the claims stage (`claims.match`) both apply to what their single pass grew.

A pass that joins reports one at a time lets the first report of a second event join the first event's group (two
fires, two earthquakes days apart read alike, and a figure they share may be taken for one claim), and that event's
own reports follow it there. Looked at whole, the group falls apart: the second event's reports are a group of the
average-linkage tree over the reports' pairwise affinities (`affinities`), not always one of the tree's top two
halves, which may cut the first event's phases apart and leave both events in one half. A group parts when its pairs
with the other reports score under SPLIT_SCORE on average and the two name different things (`different_events`):
one event's reports told in other words, or in phases weeks apart, still name its place. Two events that cross-refer
read closer: they part under PROTAGONIST_SPLIT_SCORE when each has protagonists the other does not
(`different_protagonists`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from datetime import datetime, timedelta
from typing import Protocol

import numpy as np

from pipeline.entities import city_keys, core_names
from pipeline.places import far_apart

SPLIT_SCORE = 0.3
"""Reports of one event read alike pair by pair: two groups whose pairs score under this on average, and that name
different things, are two events that the pass ran together."""
MIN_REPORTS = 4
"""Fewer reports than this are too few to tell two groups apart."""
PROTAGONIST_SPLIT_SCORE = 0.45
"""Two groups whose protagonists differ (`different_protagonists`) part under this mean affinity: two companies'
job cuts that hit one town, two storms days apart, whose reports name each other ("a day after Dutch Hanzebank
penalty") and share figures, read closer than SPLIT_SCORE. Set on the tuning corpora (0.40 and 0.50 part less
well)."""
PROTAGONIST_SHARE = 0.75
"""A group's protagonists are the names that three quarters or more of its reports give: the company, the storm."""
PROTAGONIST_REPORTS = 3
"""Reports a group needs before its protagonists say anything: of two, any name both give would be one."""
PROTAGONIST_NAMED_BY = 0.5
"""The share of the other group's reports that must not name a group's protagonist (in passing, fewer may)."""
MENTIONS_IN_PASSING = 1
"""Reports of one half that may name the other half's core names, in passing, when both halves have a core name
that two reports or more give."""
MAX_REPORTS = 1_000
"""A group with more reports than this is left whole: the pairwise comparison grows with the square of its reports
(a first run over a backlog)."""


class Report(Protocol):
    """What the test reads of one report."""

    vector: np.ndarray
    names: frozenset[str]
    claims: frozenset[str]
    published_at: datetime
    cities: frozenset[int]


def affinities(
    reports: Sequence[Report], *, name_weight: float, claim_bonus: float, day_decay: float, min_names: int = 1
) -> np.ndarray:
    """How much each two reports read as one event's: their cosine, plus `name_weight` × the names they share as a
    share of the smaller set (of `min_names` at least), plus `claim_bonus` for a claim they share, less `day_decay` a
    day apart."""
    vectors = np.vstack([report.vector for report in reports])
    names = _incidence([report.names for report in reports])
    claims = _incidence([report.claims for report in reports])
    shared_names = names @ names.T
    counts = np.maximum(names.sum(axis=1), 1.0)
    days = np.array([report.published_at.timestamp() for report in reports]) / timedelta(days=1).total_seconds()
    return (
        vectors @ vectors.T
        + name_weight * shared_names / np.maximum(np.minimum.outer(counts, counts), min_names)
        + claim_bonus * ((claims @ claims.T) > 0)
        - day_decay * np.abs(np.subtract.outer(days, days))
    )


def parted(
    reports: Sequence[Report],
    affinity: np.ndarray,
    stays: Collection[int] = (),
    split_score: float = SPLIT_SCORE,
) -> tuple[list[int], list[int]] | None:
    """(kept, parted) indexes of `reports` (time order) when a group of them is another event: a group of the tree
    of two reports or more, the last joined to the rest first (the top cut's, then the cuts below), that does not
    hold the first report, whose mean `affinity` to the other reports is under `split_score`, and that names different
    things (`different_events`). Its reports among `stays` stay (a report that names the day the story began, an
    earlier run's report), and it must keep two reports or more (one report that reads apart may be a reaction). A
    group's mean affinity to the other reports comes from sums kept as the tree is built, so the whole search costs
    what the pairwise affinities do."""
    from scipy.cluster.hierarchy import linkage  # here: a run whose groups are all small never needs it

    n = len(reports)
    merges = linkage(2.0 - affinity[np.triu_indices(n, 1)], method="average")[:, :2].astype(int)
    groups: list[list[int]] = [[k] for k in range(n)]
    inner = [0.0] * n  # the affinities within each group, over ordered pairs
    for a, b in merges:
        groups.append(groups[a] + groups[b])
        inner.append(inner[a] + inner[b] + 2.0 * float(affinity[np.ix_(groups[a], groups[b])].sum()))
    outward = affinity.sum(axis=1) - np.diag(affinity)  # each report's affinities to all the others
    joined_last_first = [child for parent in merges[::-1] for child in parent if child >= n]  # the top cut first
    for node in joined_last_first:
        group = groups[node]
        if 0 in group:  # the first report stays
            continue
        between = (float(outward[group].sum()) - inner[node]) / (len(group) * (n - len(group)))
        if between >= PROTAGONIST_SPLIT_SCORE:
            continue
        parting = sorted(k for k in group if k not in stays)
        kept = sorted(set(range(n)) - set(parting))
        if len(parting) >= 2 and (
            between < split_score
            and different_events(reports, kept, parting)
            or different_protagonists(reports, kept, parting)
        ):
            return kept, parting
    return None


def different_events(reports: Sequence[Report], kept: list[int], parting: list[int]) -> bool:
    """Each half has core names, and none of either half's core names is named in the other half: in none of its
    reports, or in one at most when each half has a core name that two reports or more give (a report of one event
    may name the other in passing, "Europe's largest solar park, after Poland's Baltic wind farm"; two reports that
    name little are no evidence of an event of their own). Or each half has core cities, far apart
    (`places.far_apart`), and the only core names they share are keys of those cities' own names (Karachi and
    Karaganda are both "kara"): a report of one event that names the other ("days after the Lagos market fire") does
    not hold them together."""
    halves = []
    for indexes in (kept, parting):
        names, cities, named, n = _tally(reports, indexes)
        halves.append((core_names(names, n), names, named, core_names(cities, n)))
    (kept_core, kept_names, kept_named, kept_cities), (parted_core, parted_names, parted_named, parted_cities) = halves
    if kept_core and parted_core and not kept_core & parted_core:
        crossing = max(
            sum(1 for named in parted_named if named & kept_core), sum(1 for named in kept_named if named & parted_core)
        )
        given_twice = (
            max(kept_names[name] for name in kept_core) >= 2 <= max(parted_names[name] for name in parted_core)
        )
        if crossing <= (MENTIONS_IN_PASSING if given_twice else 0):
            return True
    return (
        far_apart(kept_cities, parted_cities)
        and not kept_cities & parted_cities
        and kept_core & parted_core <= city_keys(kept_cities) & city_keys(parted_cities)
    )


def different_protagonists(reports: Sequence[Report], kept: list[int], parting: list[int]) -> bool:
    """Each half, of PROTAGONIST_REPORTS or more, has protagonists (names that PROTAGONIST_SHARE of its reports
    give), and fewer than PROTAGONIST_NAMED_BY of the other half's reports name them: Vogtmann's job cuts and
    Tarnovia's, both at a plant in Gliwice, whose reports name the other company in passing more often than
    `different_events` allows. A later phase of one story still names its protagonist (the company whose chief is
    arrested) in most of its reports."""
    (kept_names, _, _, kept_n), (parted_names, _, _, parted_n) = (
        _tally(reports, indexes) for indexes in (kept, parting)
    )
    if min(kept_n, parted_n) < PROTAGONIST_REPORTS:
        return False
    mine = core_names(kept_names, kept_n, PROTAGONIST_SHARE)
    theirs = core_names(parted_names, parted_n, PROTAGONIST_SHARE)
    return (
        bool(mine and theirs)
        and not mine & core_names(parted_names, parted_n, PROTAGONIST_NAMED_BY)
        and not theirs & core_names(kept_names, kept_n, PROTAGONIST_NAMED_BY)
    )


def _tally(
    reports: Sequence[Report], indexes: list[int]
) -> tuple[Counter[str], Counter[int], list[frozenset[str]], int]:
    """The names and cities of the reports at `indexes` (in how many each is), each report's names, and how many
    reports they are."""
    names: Counter[str] = Counter()
    cities: Counter[int] = Counter()
    for k in indexes:
        names.update(reports[k].names)
        cities.update(reports[k].cities)
    return names, cities, [reports[k].names for k in indexes], len(indexes)


def _incidence(sets: list[frozenset[str]]) -> np.ndarray:
    """A 0/1 matrix: a row per set, a column per element of any of them."""
    columns = {element: column for column, element in enumerate(sorted(set().union(*sets)))}
    matrix = np.zeros((len(sets), len(columns)), dtype=np.float32)
    for row, members in enumerate(sets):
        matrix[row, [columns[element] for element in members]] = 1.0
    return matrix
