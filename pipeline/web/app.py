"""The explorer's web app: pages over the warehouse snapshot, each table also as CSV.

Every request opens its own read-only connection to the snapshot the daily job publishes (`<db>.snapshot`), so a
newly published snapshot shows on the next page load and the job keeps writing the warehouse meanwhile. Without a
snapshot the warehouse itself is read (read-only), and every page says so. Routes are synchronous: Starlette runs
them in its thread pool, which is what DuckDB's blocking calls need.
"""

from __future__ import annotations

import io
import logging
import threading
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from pipeline import render
from pipeline.claims.trace import find_claims
from pipeline.digest import number, safe_url
from pipeline.settings import Components, Settings, build
from pipeline.store import claims as claim_store
from pipeline.store import explore
from pipeline.store import narratives as narrative_store
from pipeline.store.claims import ClaimRow, SpreadRow
from pipeline.store.db import Connection, NotAWarehouse, WarehouseBusy, snapshot_path
from pipeline.store.explore import ArticleListRow, Filters, MentionRow, OutletShare, ThemeRow, VolumeRow
from pipeline.store.narratives import NarrativeRow
from pipeline.web import charts

LOGGER = logging.getLogger(__name__)

TRANSLATION_NOTES = {
    "not_needed": "The article is in English: there is nothing to translate.",
    "no_model": "No translation model for this language is installed; `narratives models install LANG` adds one.",
    "failed": "The translation of this article failed; the next run tries again.",
    "undetermined": "Its language could not be determined, so no model could be chosen.",
    None: "The translate stage has not reached this article yet.",
}


@dataclass(frozen=True)
class Source:
    """What the pages read: the published snapshot, or the warehouse itself when none was published yet."""

    path: Path
    snapshot: bool
    taken_at: datetime


@dataclass(frozen=True)
class Table:
    """A list on a page, downloadable as CSV under its name."""

    rows: Sequence[Any]
    row_type: type


@dataclass(frozen=True)
class Segment:
    """A run of article text, highlighted when it is a claim mention."""

    text: str
    claim_id: str | None = None


def create_app(db: Path) -> Starlette:
    """The explorer over warehouse `db` (its snapshot when one is published)."""
    explorer = _Explorer(db)

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        threading.Thread(target=explorer.warm_up, name="explorer-warm-up", daemon=True).start()
        yield

    return Starlette(
        lifespan=lifespan,
        routes=[
            Route("/", explorer.search),
            Route("/claim/{claim_id}", explorer.claim),
            Route("/narrative/{narrative_id:int}", explorer.narrative),
            Route("/article/{article_id}", explorer.article),
            Route("/themes", explorer.themes),
            Mount("/static", StaticFiles(packages=[("pipeline.web", "static")]), name="static"),
        ],
        exception_handlers={HTTPException: explorer.error},
    )


def _templates() -> Jinja2Templates:
    env = Environment(
        loader=PackageLoader("pipeline.web", "templates"),
        autoescape=select_autoescape(["html", "j2"], default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(number=number, safe_url=safe_url, when=_when)
    return Jinja2Templates(env=env)


def _when(moment: datetime | None) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%d %H:%M}" if moment else ""


class _Explorer:
    def __init__(self, db: Path) -> None:
        self.db = db
        self.templates = _templates()
        self._components: Components | None = None
        self._components_lock = threading.Lock()

    # --- plumbing ------------------------------------------------------------------------------------------------

    def source(self) -> Source:
        snapshot = snapshot_path(self.db)
        path = snapshot if snapshot.exists() else self.db
        try:
            taken = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        except FileNotFoundError:
            raise HTTPException(
                503, f"no warehouse at {self.db}: run `narratives run` or `narratives demo` first"
            ) from None
        return Source(path, path == snapshot, taken)

    @contextmanager
    def connection(self, source: Source) -> Iterator[Connection]:
        try:
            with explore.reader(source.path) as con:
                yield con
        except WarehouseBusy as exc:
            raise HTTPException(503, f"{exc}; the explorer reads the snapshot each run publishes when it ends") from exc
        except NotAWarehouse as exc:
            raise HTTPException(503, str(exc)) from exc

    def embedders(self) -> Components:
        """The claim and narrative embedders the settings choose (as the daily job does), built on the first search
        and shared by every request after; a model loads when first used."""
        with self._components_lock:
            if self._components is None:
                self._components = build(Settings.load(db=self.db))
            return self._components

    def warm_up(self) -> None:
        """Load the narrative embedder's model while the server starts, so the first search does not wait ~1 s."""
        try:
            self.embedders().narrative_embedder.encode(["warm-up"])
        except Exception:  # the first search will say what is wrong
            LOGGER.warning("could not load the narrative embedder", exc_info=True)

    def similar(self, con: Connection, query: str) -> tuple[list[tuple[int, float]], list[tuple[str, float]]]:
        """Narratives nearest in meaning to `query`, embedded as the narratives stage embeds stories (so a query in
        one language finds a story told in others), and their members nearest to it; none for a query without
        letters (a number means nothing to an embedding)."""
        if not any(char.isalpha() for char in query):
            return [], []
        embedder = self.embedders().narrative_embedder
        vector = embedder.encode([query])[0]
        narratives = explore.similar_narratives(con, vector, embedder.name)
        return narratives, explore.similar_articles(con, vector, embedder.name, [n for n, _ in narratives])

    def language_colours(self, con: Connection) -> dict[str, str]:
        """Every language of the snapshot with its colour, the same on every chart."""
        return charts.colours(explore.languages(con))

    def page(
        self, request: Request, template: str, tables: dict[str, Table], con: Connection, source: Source, **context
    ) -> Response:
        """The page, or with `?format=csv&table=NAME` that table as CSV (every row the page lists, every column)."""
        if request.query_params.get("format") == "csv":
            name = request.query_params.get("table") or next(iter(tables))
            if name not in tables:
                raise HTTPException(404, f"no table {name!r} on this page; tables: {', '.join(tables)}")
            out = io.StringIO()
            render.write_csv(out, *render.columns_and_rows(tables[name].rows, tables[name].row_type))
            filename = f"{request.url.path.strip('/').replace('/', '-') or 'search'}-{name}.csv"
            return Response(
                out.getvalue(),
                media_type="text/csv; charset=utf-8",
                headers={"Content-Disposition": f'attachment; filename="{filename}"'},
            )
        filters = _filters(request)
        return self.templates.TemplateResponse(
            request,
            template,
            {
                "source": source,
                "facets": explore.facets(con),
                "chosen": {
                    key: request.query_params.get(key, "") for key in ("from", "to", "language", "outlet", "narrative")
                },
                "keep": _keep(request),
                "filtered": filters != Filters(),
                **context,
            },
        )

    def error(self, request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        try:
            source: Source | None = self.source()
        except HTTPException:
            source = None
        html = self.templates.get_template("error.html.j2").render(request=request, source=source, exc=exc)
        return HTMLResponse(html, status_code=exc.status_code)

    # --- pages ---------------------------------------------------------------------------------------------------

    def search(self, request: Request) -> Response:
        query = request.query_params.get("q", "").strip()
        filters = _filters(request)
        source = self.source()
        with self.connection(source) as con:
            search = find_claims(con, query, self.embedders().claim_embedder) if query else None
            ids = [c.claim_id for c in search.matches] if search else None
            claims = explore.claims_in(con, filters, ids)
            similar, nearby = self.similar(con, query) if query else ([], [])
            narratives = explore.narratives(con, filters, query or None, ids or [], similar)
            articles = explore.articles(con, filters, query or None, ids or [], nearby)
            tables = {
                "claims": Table(claims, ClaimRow),
                "narratives": Table(narratives, NarrativeRow),
                "articles": Table(articles, ArticleListRow),
            }
            return self.page(
                request,
                "search.html.j2",
                tables,
                con,
                source,
                query=query,
                search=search,
                claims=claims,
                narratives=narratives,
                articles=articles,
            )

    def claim(self, request: Request) -> Response:
        claim_id = request.path_params["claim_id"]
        filters = _filters(request)
        source = self.source()
        with self.connection(source) as con:
            claim = explore.claim(con, claim_id)
            if claim is None and (kept := explore.merged_into(con, claim_id)) is not None:
                target = request.url_for("claim", claim_id=kept).replace(query=request.url.query)
                return RedirectResponse(str(target), status_code=308)  # merged on a later day: a link still leads
            if claim is None:
                raise HTTPException(404, f"no claim {claim_id!r} in this snapshot")
            spread = claim_store.claim_spread(con, claim_id)
            mentions = explore.claim_mentions(con, claim_id, filters)
            parents, children = explore.variants(con, claim_id)
            palette = self.language_colours(con)
            tables = {
                "spread": Table(spread, SpreadRow),
                "mentions": Table(mentions, MentionRow),
                "variants": Table([*parents, *children], ClaimRow),
            }
            return self.page(
                request,
                "claim.html.j2",
                tables,
                con,
                source,
                claim=claim,
                spread=spread,
                mentions=mentions,
                parents=parents,
                children=children,
                graph=charts.spread_graph(spread, palette),
                timeline=charts.mention_timeline(mentions, palette),
            )

    def narrative(self, request: Request) -> Response:
        narrative_id = request.path_params["narrative_id"]
        filters = _filters(request)
        source = self.source()
        with self.connection(source) as con:
            narrative = narrative_store.narrative_row(con, narrative_id)
            if narrative is None:
                raise HTTPException(404, f"no narrative {narrative_id} in this snapshot")
            by_language = explore.narrative_volume(con, narrative_id, filters, "language")
            by_outlet = explore.narrative_volume(con, narrative_id, filters, "outlet")
            outlets = explore.narrative_outlets(con, narrative_id, filters)
            claims = explore.narrative_claims(con, narrative_id, filters)
            members = explore.articles(con, _within(filters, narrative_id))
            tables = {
                "volume": Table(by_language, VolumeRow),
                "outlets": Table(outlets, OutletShare),
                "claims": Table(claims, ClaimRow),
                "articles": Table(members, ArticleListRow),
            }
            return self.page(
                request,
                "narrative.html.j2",
                tables,
                con,
                source,
                narrative=narrative,
                theme=explore.theme(con, narrative.theme_id) if narrative.theme_id is not None else None,
                by_language=charts.volume_chart(by_language, self.language_colours(con)),
                by_outlet=charts.volume_chart(by_outlet),
                outlets=outlets,
                claims=claims,
                articles=members,
            )

    def article(self, request: Request) -> Response:
        article_id = request.path_params["article_id"]
        source = self.source()
        with self.connection(source) as con:
            article = explore.article(con, article_id)
            if article is None:
                raise HTTPException(404, f"no article {article_id!r} in this snapshot")
            mentions = explore.article_mentions(con, article_id)
            return self.page(
                request,
                "article.html.j2",
                {"mentions": Table(mentions, MentionRow)},
                con,
                source,
                article=article,
                mentions=mentions,
                title=highlight(article.title, [m for m in mentions if m.field == "title"]),
                summary=highlight(article.summary, [m for m in mentions if m.field == "summary"]),
                translation_note=TRANSLATION_NOTES.get(article.translation_status, article.translation_status),
            )

    def themes(self, request: Request) -> Response:
        source = self.source()
        with self.connection(source) as con:
            themes = explore.themes(con)
            return self.page(request, "themes.html.j2", {"themes": Table(themes, ThemeRow)}, con, source, themes=themes)


def _filters(request: Request) -> Filters:
    """The filter GET parameters: `from`/`to` UTC days (both inclusive), `language`, `outlet`, `narrative`."""
    params = request.query_params
    try:
        start, end = (date.fromisoformat(params[key]) if params.get(key) else None for key in ("from", "to"))
        narrative = int(params["narrative"]) if params.get("narrative") else None
    except ValueError as exc:
        raise HTTPException(400, f"bad filter: {exc} (days are YYYY-MM-DD, a narrative is its number)") from exc
    if start and end and start > end:
        raise HTTPException(400, f"from {start} is after to {end}")
    return Filters(
        start=datetime.combine(start, time(), UTC) if start else None,
        end=datetime.combine(end, time(), UTC) + timedelta(days=1) if end else None,
        language=params.get("language") or None,
        outlet=params.get("outlet") or None,
        narrative_id=narrative,
    )


def _within(filters: Filters, narrative_id: int) -> Filters:
    return Filters(filters.start, filters.end, filters.language, filters.outlet, narrative_id)


def _keep(request: Request) -> str:
    """The filters as a query string, so links to other pages keep them."""
    keys = ("from", "to", "language", "outlet", "narrative")
    return urlencode({key: request.query_params[key] for key in keys if request.query_params.get(key)})


def highlight(text: str, mentions: list[MentionRow]) -> list[Segment]:
    """`text` cut at the mentions' offsets (overlaps and out-of-range spans skipped: the text is shown whole)."""
    segments, at = [], 0
    for mention in sorted(mentions, key=lambda m: m.start_offset):
        if mention.start_offset < at or mention.end_offset > len(text):
            continue
        segments.append(Segment(text[at : mention.start_offset]))
        segments.append(Segment(text[mention.start_offset : mention.end_offset], mention.claim_id))
        at = mention.end_offset
    segments.append(Segment(text[at:]))
    return [s for s in segments if s.text]
