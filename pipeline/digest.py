"""The weekly narrative digest: one self-contained HTML file (inline SVG charts, no script, no CDN) and Markdown.

Charts are drawn with matplotlib as SVG with text as glyph paths, so the file renders the same everywhere,
works offline, needs no JavaScript, and no feed text can become markup inside a chart. Everything from feeds
that reaches the HTML goes through Jinja2 autoescaping; links are only ever http(s).
"""

from __future__ import annotations

import io
import logging
import math
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from urllib.parse import quote, urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from pipeline.store import reports
from pipeline.store import translations as translation_store
from pipeline.store.claims import ClaimRow, SpreadRow
from pipeline.store.db import Connection, field_values
from pipeline.store.narratives import ArticleRef
from pipeline.store.reports import FetchOutcome, LanguageWeek, WeekClaim, WeekNarrative, WeekTotals

LOGGER = logging.getLogger(__name__)

TOP_NARRATIVES = 8
TOP_CLAIMS = 6
SPREAD_CHARTS = 3
TIMELINE_NARRATIVES = 6
EXAMPLES_PER_NARRATIVE = 3
OUTLIERS_SHOWN = 15
MARKDOWN_URL_SAFE = ":/?#@!$&'*+,;=%~-._"  # RFC 3986 reserved and unreserved characters, less ( ) [ ]
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22")


@dataclass(frozen=True)
class Week:
    start: date  # Monday

    @property
    def end(self) -> date:
        return self.start + timedelta(days=7)

    @property
    def end_at(self) -> datetime:
        """The week's end (next Monday 00:00 UTC): the digest counts only what was published before it."""
        return datetime.combine(self.end, time(), tzinfo=UTC)

    @property
    def last_day(self) -> date:
        return self.start + timedelta(days=6)

    @property
    def previous(self) -> Week:
        return Week(self.start - timedelta(days=7))

    @property
    def label(self) -> str:
        year, week, _ = self.start.isocalendar()
        return f"{year}-W{week:02d}"


def parse_week(text: str) -> Week:
    """'2024-W46' → the week starting Monday 2024-11-11."""
    try:
        return Week(datetime.strptime(f"{text}-1", "%G-W%V-%u").date())
    except ValueError as exc:
        raise ValueError(f"week {text!r}: use ISO format YYYY-Www, e.g. 2024-W46") from exc


def last_complete_week(today: date) -> Week:
    return Week(today - timedelta(days=today.weekday() + 7))


@dataclass(frozen=True, slots=True)
class DigestNarrative(WeekNarrative):
    """A narrative of the week with what the digest draws: articles per day over two weeks, and examples."""

    daily: list[int]
    examples: list[ArticleRef]

    @property
    def growth(self) -> int:
        return self.n_articles - self.previous_articles


@dataclass(frozen=True, slots=True)
class DigestClaim(WeekClaim):
    """A claim of the week with its spread timeline and its variants."""

    spread: list[SpreadRow]
    variants: list[ClaimRow]


@dataclass(frozen=True, slots=True)
class LanguageCoverage(LanguageWeek):
    translation: dict[str, int]


@dataclass
class Digest:
    week: Week
    generated_at: datetime
    totals: WeekTotals
    narratives: list[DigestNarrative]
    claims: list[DigestClaim]
    languages: list[LanguageCoverage]
    fetches: list[FetchOutcome]
    fetches_in_week: bool
    outliers: list[ArticleRef]
    charts: dict[str, str] = field(default_factory=dict)

    @property
    def new_narratives(self) -> list[DigestNarrative]:
        return [n for n in self.narratives if n.is_new]


def collect(con: Connection, week: Week) -> Digest:
    """Everything the digest shows, read from the warehouse views: only articles published before the week's end
    count, so regenerating a past week's digest gives the same numbers (names of narratives are their current ones,
    and an outlier a later run puts in a story moves with it)."""
    rows = reports.week_narratives(con, week.start, TOP_NARRATIVES)
    daily = reports.narrative_daily_counts(con, [n.narrative_id for n in rows], week.previous.start, week.end)
    days = [week.previous.start + timedelta(days=i) for i in range(14)]
    narratives = [
        DigestNarrative(
            **field_values(row),
            daily=[daily.get(row.narrative_id, {}).get(day, 0) for day in days],
            examples=reports.narrative_examples(con, row.narrative_id, week.start, week.end, EXAMPLES_PER_NARRATIVE),
        )
        for row in rows
    ]
    claims = [
        DigestClaim(
            **field_values(row),
            spread=reports.claim_spread_until(con, row.claim_id, week.end_at),
            variants=reports.claim_variants_until(con, row.claim_id, week.end_at),
        )
        for row in reports.week_claims(con, week.start, week.end_at, TOP_CLAIMS)
    ]
    fetches, in_week = reports.fetch_health(con, week.start, week.end)
    translation = translation_store.translation_coverage(con, week.start, week.end)
    languages = [
        LanguageCoverage(**field_values(row), translation=translation.get(row.language, {}))
        for row in reports.week_language_coverage(con, week.start)
    ]
    digest = Digest(
        week=week,
        generated_at=datetime.now(UTC),
        totals=reports.week_totals(con, week.start),
        narratives=narratives,
        claims=claims,
        languages=languages,
        fetches=fetches,
        fetches_in_week=in_week,
        outliers=reports.week_outliers(con, week.start, week.end, OUTLIERS_SHOWN),
    )
    digest.charts = draw_charts(digest, days)
    return digest


def write_digest(con: Connection, week: Week, out_dir: Path) -> tuple[Path, Path]:
    """Render the week's digest as `digest-YYYY-Www.html` and `.md` in `out_dir`."""
    digest = collect(con, week)
    out_dir.mkdir(parents=True, exist_ok=True)
    html_path, md_path = out_dir / f"digest-{week.label}.html", out_dir / f"digest-{week.label}.md"
    html_path.write_text(_environment().get_template("digest.html.j2").render(d=digest), encoding="utf-8")
    md_path.write_text(_environment(markdown=True).get_template("digest.md.j2").render(d=digest), encoding="utf-8")
    LOGGER.info("digest %s written to %s", week.label, html_path)
    return html_path, md_path


def safe_url(url: str | None) -> str | None:
    """Only http(s) links reach the report: a feed cannot smuggle in javascript: or data: URLs."""
    if not url:
        return None
    return url if urlsplit(url).scheme in ("http", "https") else None


def markdown_url(url: str | None) -> str | None:
    """An http(s) URL made inert inside Markdown `[text](<URL>)`: every character that could close the link
    (`>`, `)`, whitespace, `|` in tables …) is percent-encoded."""
    url = safe_url(url)
    return quote(url, safe=MARKDOWN_URL_SAFE) if url else None


def number(value: float) -> str:
    if not math.isfinite(value):
        return str(value)
    return f"{value:,.0f}" if value == int(value) else f"{value:,}"


def _environment(markdown: bool = False) -> Environment:
    env = Environment(
        loader=PackageLoader("pipeline", "templates"),
        autoescape=False if markdown else select_autoescape(["html", "j2"], default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(safe_url=safe_url, markdown_url=markdown_url, number=number, md=_markdown_text)
    return env


def _markdown_text(text: str) -> str:
    """Feed text inside Markdown: no raw HTML, no table breaks, no link syntax injection."""
    return (
        str(text)
        .replace("\\", "\\\\")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("|", "\\|")
        .replace("[", "\\[")
        .replace("]", "\\]")
        .replace("\n", " ")
    )


# --- charts -------------------------------------------------------------------------------------------------


def draw_charts(digest: Digest, days: list[date]) -> dict[str, str]:
    charts = {"timeline": timeline_svg(digest.narratives[:TIMELINE_NARRATIVES], days, digest.week)}
    for narrative in digest.narratives:
        charts[f"spark-{narrative.narrative_id}"] = sparkline_svg(narrative.daily)
    for claim in digest.claims[:SPREAD_CHARTS]:
        charts[f"spread-{claim.claim_id}"] = spread_svg(claim)
    return charts


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    matplotlib.rcParams.update(
        {
            "svg.fonttype": "path",
            "font.family": "DejaVu Sans",
            "font.size": 9,
            "svg.hashsalt": "digest",
            "text.usetex": False,
            "text.parse_math": False,  # feed text is data: "$\\undefinedcmd{x}$" in an outlet name stays literal
        }
    )
    import matplotlib.pyplot as plt

    return plt


def _svg(figure) -> str:
    plt = _pyplot()
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    plt.close(figure)
    text = buffer.getvalue()
    return text[text.index("<svg") :]


def timeline_svg(narratives: list[DigestNarrative], days: list[date], week: Week) -> str:
    """Articles per day for the week's top narratives, previous week shaded for context."""
    plt = _pyplot()
    figure, axis = plt.subplots(figsize=(9, 3.2))
    axis.axvspan(days[0], week.start, color="#f0f0f0", label="previous week")
    for index, narrative in enumerate(narratives):
        axis.plot(
            days,
            narrative.daily,
            marker="o",
            markersize=3,
            linewidth=1.8,
            color=PALETTE[index % len(PALETTE)],
            label=f"#{narrative.narrative_id} {narrative.label[:40]}",
        )
    axis.set_ylabel("articles per day")
    axis.spines[["top", "right"]].set_visible(False)
    axis.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize=8)
    figure.autofmt_xdate()
    return _svg(figure)


def sparkline_svg(values: list[int]) -> str:
    plt = _pyplot()
    figure, axis = plt.subplots(figsize=(1.6, 0.35))
    axis.fill_between(range(len(values)), values, color="#1f77b4", alpha=0.25, linewidth=0)
    axis.plot(range(len(values)), values, color="#1f77b4", linewidth=1.2)
    axis.axvline(6.5, color="#999999", linewidth=0.6)
    axis.set_axis_off()
    axis.margins(x=0, y=0.1)
    return _svg(figure)


def spread_svg(claim: DigestClaim) -> str:
    """One row per outlet, time across: when each outlet first carried the claim; the origin is starred."""
    plt = _pyplot()
    spread = claim.spread
    figure, axis = plt.subplots(figsize=(9, 0.45 * len(spread) + 1.2))
    languages = sorted({row.language or "?" for row in spread})
    colours = {language: PALETTE[i % len(PALETTE)] for i, language in enumerate(languages)}
    for position, row in enumerate(spread):
        first = row.spread_rank == 1
        axis.scatter(
            row.first_published_at,
            position,
            s=220 if first else 60,
            marker="*" if first else "o",
            color=colours[row.language or "?"],
            edgecolor="black" if first else "none",
            zorder=3,
        )
        axis.annotate(
            row.surface_text + (" (near-copy)" if row.near_copy else ""),
            (row.first_published_at, position),
            xytext=(8, -3),
            textcoords="offset points",
            fontsize=7.5,
        )
    axis.set_yticks(range(len(spread)), [f"{row.outlet} ({row.language or '?'})" for row in spread])
    axis.invert_yaxis()
    axis.grid(axis="x", color="#eeeeee")
    axis.spines[["top", "right"]].set_visible(False)
    for language, colour in colours.items():
        axis.scatter([], [], color=colour, label=language)
    axis.legend(title="language", loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize=8)
    axis.set_title(
        f"{number(claim.value)} {claim.unit or ''} {claim.subject or ''}: first seen at {spread[0].outlet} (★)",
        loc="left",
    )
    figure.autofmt_xdate()
    return _svg(figure)
