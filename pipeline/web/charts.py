"""Geometry of the explorer's charts; `templates/charts.html.j2` draws it as inline SVG.

Python lays the charts out and Jinja2 writes the markup, so every label from a feed is autoescaped like any other
text on the page, and the browser needs no script and no fonts but its own.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from pipeline.digest import PALETTE
from pipeline.store.claims import SpreadRow
from pipeline.store.explore import MentionRow, VolumeRow

WIDTH = 960
ROW = 34
INDENT = 36
TOP = 44
GRAPH_TOP = 16
LEFT = 24


UNKNOWN = "#7f7f7f"


def colours(groups: list[str]) -> dict[str, str]:
    """One colour per group (language, outlet), in the order given, the palette cycling for long lists. Pass every
    language of the warehouse so a language keeps its colour from page to page."""
    return {group: PALETTE[i % len(PALETTE)] for i, group in enumerate(dict.fromkeys(groups))}


def _legend(present: list[str], palette: dict[str, str]) -> dict[str, str]:
    """The colours of the groups a chart shows, in the order they appear."""
    return {group: palette.get(group, UNKNOWN) for group in dict.fromkeys(present)}


@dataclass(frozen=True)
class Node:
    row: SpreadRow
    x: int
    y: int
    colour: str
    parent: SpreadRow | None

    @property
    def origin(self) -> bool:
        return self.row.spread_rank == 1


@dataclass(frozen=True)
class Edge:
    path: str
    copy: bool
    """A near-copy of the parent's article (syndicated or re-posted), not an outlet retelling it."""


@dataclass(frozen=True)
class SpreadGraph:
    nodes: list[Node]
    edges: list[Edge]
    legend: dict[str, str]
    height: int
    width: int = WIDTH


def spread_graph(spread: list[SpreadRow], palette: dict[str, str]) -> SpreadGraph:
    """Outlets in the order they first carried the claim, the origin at the root. A near-copy hangs under the
    outlet whose article it copies; every other outlet under the origin, since which source an outlet retold is not
    known, only that it came later."""
    legend = _legend([row.language or "?" for row in spread], palette)
    by_article = {row.article_id: row for row in spread}
    depth: dict[str, int] = {}
    nodes, edges = [], []
    for index, row in enumerate(spread):
        parent = None
        if index:
            copied = by_article.get(row.duplicate_of or "")
            parent = copied if row.near_copy and copied is not None else spread[0]
        depth[row.article_id] = depth[parent.article_id] + 1 if parent else 0
        node = Node(
            row, LEFT + INDENT * depth[row.article_id], GRAPH_TOP + ROW * index, legend[row.language or "?"], parent
        )
        nodes.append(node)
        if parent is not None:
            top = next(n for n in nodes if n.row is parent)
            edges.append(Edge(f"M{top.x},{top.y + 7} V{node.y} H{node.x - 8}", row.near_copy))
    return SpreadGraph(nodes, edges, legend, GRAPH_TOP * 2 + ROW * (len(spread) - 1))


@dataclass(frozen=True)
class Dot:
    mention: MentionRow
    x: float
    y: int
    colour: str


@dataclass(frozen=True)
class Timeline:
    dots: list[Dot]
    lanes: list[tuple[str, int]]
    ticks: list[tuple[float, str]]
    legend: dict[str, str]
    height: int
    plot_left: int = 230
    width: int = WIDTH


def mention_timeline(mentions: list[MentionRow], palette: dict[str, str]) -> Timeline | None:
    """Each mention as a dot at its publication time, one lane per outlet (in order of its first mention)."""
    if not mentions:
        return None
    legend = _legend([m.language or "?" for m in mentions], palette)
    lanes = {outlet: TOP + ROW * i for i, outlet in enumerate(dict.fromkeys(m.outlet for m in mentions))}
    first, last = mentions[0].published_at, max(m.published_at for m in mentions)
    scale = _time_scale(first, last, 230, WIDTH - 30)
    dots = [Dot(m, scale(m.published_at), lanes[m.outlet], legend[m.language or "?"]) for m in mentions]
    days = _days(first.date(), last.date())
    step = max(1, len(days) // 8)
    ticks = [(scale(datetime.combine(d, datetime.min.time(), first.tzinfo)), f"{d:%m-%d}") for d in days[::step]]
    ticks = [(x, label) for x, label in ticks if x >= 230]
    return Timeline(dots, list(lanes.items()), ticks, legend, TOP + ROW * len(lanes))


def _time_scale(first: datetime, last: datetime, left: float, right: float):
    span = (last - first).total_seconds() or 1.0
    return lambda moment: round(left + (right - left) * (moment - first).total_seconds() / span, 1)


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    height: float
    colour: str
    group: str
    day: date
    n: int


@dataclass(frozen=True)
class Volume:
    bars: list[Bar]
    ticks: list[tuple[float, str]]
    legend: dict[str, str]
    peak: int
    bar_width: float
    height: int = 220
    base: int = 190
    width: int = WIDTH


def volume_chart(rows: list[VolumeRow], palette: dict[str, str] | None = None) -> Volume | None:
    """Articles per day, stacked by group (coloured from `palette`, else in name order); every day between the first
    and the last is drawn, quiet ones empty."""
    if not rows:
        return None
    groups = sorted({row.group for row in rows})
    legend = _legend(groups, palette) if palette else colours(groups)
    per_day: dict[date, list[VolumeRow]] = defaultdict(list)
    for row in rows:
        per_day[row.day].append(row)
    days = _days(min(per_day), max(per_day))
    peak = max(sum(r.n_articles for r in day_rows) for day_rows in per_day.values())
    slot = (WIDTH - 80) / len(days)
    base, tall = 190, 160
    bars, ticks = [], []
    for index, day in enumerate(days):
        x, stacked = 60 + slot * index, 0
        for row in sorted(per_day.get(day, []), key=lambda r: r.group):
            height = tall * row.n_articles / peak
            stacked += height
            bars.append(
                Bar(
                    round(x, 1),
                    round(base - stacked, 1),
                    round(height, 1),
                    legend[row.group],
                    row.group,
                    day,
                    row.n_articles,
                )
            )
        if index % max(1, len(days) // 10) == 0:
            ticks.append((round(x + slot / 2, 1), f"{day:%m-%d}"))
    return Volume(bars, ticks, legend, peak, round(max(slot - 2, 1), 1))
