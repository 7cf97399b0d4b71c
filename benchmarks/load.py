"""A synthetic multilingual load built from the demo corpus, written as recorded RSS files.

The 211 demo items (11 outlets, 8 languages) are the templates. Each synthetic article copies one template's title
and summary with about a third of its digits changed (seeded), is published by a suffixed copy of the template's
outlet ("Wire Europe · 3"), on a date spread over the days asked for, with a guid and URL of its own. Each outlet
copy is one RSS 2.0 file; `feeds.yaml` lists them all, so `pipeline.jobs.run_daily` reads them through the
ordinary file feed source, exactly like the demo.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from email.utils import format_datetime
from importlib.resources import files
from pathlib import Path
from xml.sax.saxutils import escape

import yaml

from pipeline.config import load_feeds
from pipeline.ingest import parse_feed
from pipeline.sources.base import Validators
from pipeline.sources.files import FileFeedSource

DEMO_FEEDS = Path(str(files("seeds") / "demo" / "feeds.yaml"))
DIGIT = re.compile(r"\d")
ITEMS_PER_FEED = 200
"""Synthetic outlets per demo outlet are chosen so a feed file holds about this many items (under the item cap)."""


@dataclass(frozen=True)
class Template:
    outlet: str
    language: str | None
    country: str | None
    title: str
    summary: str
    url: str | None


def demo_templates() -> list[Template]:
    """The demo items, parsed by the pipeline's own parser."""
    config = load_feeds(DEMO_FEEDS)
    source, now = FileFeedSource(), datetime.now(UTC)
    templates = []
    for feed in config.feeds:
        for article in parse_feed(source.fetch(feed, Validators()).body, feed, now).articles:
            templates.append(
                Template(feed.name, feed.language, feed.country, article.title, article.summary, article.url)
            )
    return templates


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold().encode("ascii", "ignore").decode()).strip("-") or "outlet"


def write_load(
    folder: Path,
    n_articles: int,
    first_day: date,
    n_days: int,
    seed: int,
    tag: str,
    n_copies: int | None = None,
    templates: list[Template] | None = None,
) -> Path:
    """Write `n_articles` synthetic articles dated over `n_days` days from `first_day` into `folder`.

    Returns the feeds file. `tag` makes guids and URLs unique across loads; `n_copies` (suffixed copies of each demo
    outlet) defaults to enough to keep every feed near `ITEMS_PER_FEED` items.
    """
    templates = templates or demo_templates()
    rng = random.Random(seed)
    outlets = sorted({t.outlet for t in templates})
    copies = n_copies or max(1, -(-n_articles // (ITEMS_PER_FEED * len(outlets))))

    def jitter(text: str) -> str:
        return DIGIT.sub(lambda m: str(rng.randrange(10)) if rng.random() < 0.3 else m.group(), text)

    by_feed: dict[tuple[str, int], list[str]] = {}
    meta: dict[str, Template] = {}
    for i in range(n_articles):
        template = templates[rng.randrange(len(templates))]
        copy = rng.randrange(copies)
        day = first_day + timedelta(days=rng.randrange(n_days))
        published = datetime.combine(day, time(0, 0), UTC) + timedelta(seconds=rng.randrange(86_400))
        guid = f"bench-{tag}-{i}"
        url = f"{template.url or 'https://bench.example/' + slug(template.outlet)}?b={guid}"
        item = (
            "<item>"
            f"<title>{escape(jitter(template.title))}</title>"
            f"<link>{escape(url)}</link>"
            f'<guid isPermaLink="false">{guid}</guid>'
            f"<pubDate>{format_datetime(published)}</pubDate>"
            f"<description>{escape(jitter(template.summary))}</description>"
            "</item>"
        )
        by_feed.setdefault((template.outlet, copy), []).append(item)
        meta[template.outlet] = template

    folder.mkdir(parents=True, exist_ok=True)
    feeds = []
    for (outlet, copy), items in sorted(by_feed.items()):
        template = meta[outlet]
        name = f"{outlet} · {copy}"
        path = folder / f"{outlets.index(outlet):02d}-{slug(outlet)}-{copy}.xml"  # Cyrillic names slug alike
        language = f"<language>{template.language}</language>" if template.language else ""
        path.write_text(
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>{escape(name)}</title><link>https://bench.example/{slug(outlet)}-{copy}</link>"
            f"<description>synthetic</description>{language}\n" + "\n".join(items) + "\n</channel></rss>\n",
            encoding="utf-8",
        )
        entry: dict[str, object] = {"name": name, "url": path.name, "max_items": max(500, len(items))}
        if template.language:
            entry["language"] = template.language
        if template.country:
            entry["country"] = template.country
        feeds.append(entry)
    feeds_file = folder / "feeds.yaml"
    feeds_file.write_text(yaml.safe_dump({"feeds": feeds}, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return feeds_file
