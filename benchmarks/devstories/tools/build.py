#!/usr/bin/env python3
"""Regenerate feeds/, feeds.yaml, labels/items.csv and the README counts block
from the per-outlet source files in tools/outlets/*.py.

Each outlet module defines:
  OUTLET = dict(name, slug, language, format ('rss'|'atom'), offset ('+0100'),
                domain, section, guid_fmt (uses {n}), description, order ('newest'|'oldest'))
  ITEMS  = [dict(n, t='YYYY-MM-DD HH:MM' local time, story, theme, title, summary
                 [, repost_of=n_of_original])]
A re-post copies title and summary of the original item of the same outlet, gets
its own guid/time, and must carry the same story/theme (checked here).
Stdlib only.
"""

import csv
import datetime as dt
import os
import re
import runpy
import sys
from collections import OrderedDict
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTLET_DIR = os.path.join(ROOT, "tools", "outlets")
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def parse_offset(off):
    sign = 1 if off[0] == "+" else -1
    return dt.timezone(sign * dt.timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))


def slugify(text):
    text = text.lower()
    text = re.sub(r"[^a-z0-9]+", "-", text.encode("ascii", "ignore").decode())
    return text.strip("-")[:60] or "item"


def rfc822(d):
    off = d.strftime("%z")
    return "%s, %02d %s %04d %02d:%02d:%02d %s" % (
        DAYS[d.weekday()],
        d.day,
        MONTHS[d.month - 1],
        d.year,
        d.hour,
        d.minute,
        d.second,
        off,
    )


def load_outlets():
    outlets = []
    for fn in sorted(os.listdir(OUTLET_DIR)):
        if not fn.endswith(".py") or fn.startswith("_"):
            continue
        mod = runpy.run_path(os.path.join(OUTLET_DIR, fn))
        o, items = dict(mod["OUTLET"]), [dict(i) for i in mod["ITEMS"]]
        assert o["slug"] + ".py" == fn, fn
        tz = parse_offset(o["offset"])
        by_n = {}
        for it in items:
            assert it["n"] not in by_n, (fn, it["n"])
            by_n[it["n"]] = it
        for it in items:
            if "repost_of" in it:
                orig = by_n[it["repost_of"]]
                it["title"], it["summary"] = orig["title"], orig["summary"]
                assert it["story"] == orig["story"] and it["theme"] == orig["theme"], (fn, it["n"])
            it["local"] = dt.datetime.strptime(it["t"], "%Y-%m-%d %H:%M").replace(tzinfo=tz)
            it["utc"] = it["local"].astimezone(dt.UTC)
            it["guid"] = o["guid_fmt"].format(n=it["n"])
            ascii_share = sum(c.isascii() for c in it["title"]) / float(len(it["title"]))
            it["link"] = (
                "https://%s/%s/%s-%d" % (o["domain"], o["section"], slugify(it["title"]), it["n"])
                if ascii_share > 0.5
                else "https://%s/%s/%d" % (o["domain"], o["section"], it["n"])
            )
        items.sort(key=lambda i: i["utc"], reverse=(o.get("order", "newest") == "newest"))
        outlets.append((o, items))
    # outlets in a stable, readable order
    outlets.sort(key=lambda p: p[0].get("rank", 99))
    return outlets


def render_rss(o, items):
    last = max(i["local"] for i in items)
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0">',
        "  <channel>",
        "    <title>{}</title>".format(escape(o["name"])),
        "    <link>https://{}/</link>".format(o["domain"]),
        "    <description>{}</description>".format(escape(o["description"])),
        "    <language>{}</language>".format(o["language"]),
        f"    <lastBuildDate>{rfc822(last)}</lastBuildDate>",
    ]
    for it in items:
        out += [
            "    <item>",
            "      <title>{}</title>".format(escape(it["title"])),
            "      <link>{}</link>".format(escape(it["link"])),
            '      <guid isPermaLink="false">{}</guid>'.format(escape(it["guid"])),
            "      <pubDate>{}</pubDate>".format(rfc822(it["local"])),
            "      <description>{}</description>".format(escape(it["summary"])),
            "    </item>",
        ]
    out += ["  </channel>", "</rss>", ""]
    return "\n".join(out)


def render_atom(o, items):
    last = max(i["local"] for i in items)

    def iso(d):
        return d.isoformat()

    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{}">'.format(o["language"]),
        "  <title>{}</title>".format(escape(o["name"])),
        "  <subtitle>{}</subtitle>".format(escape(o["description"])),
        '  <link href="https://{}/"/>'.format(o["domain"]),
        '  <link rel="self" href="https://{}/feed.atom"/>'.format(o["domain"]),
        "  <id>https://{}/</id>".format(o["domain"]),
        f"  <updated>{iso(last)}</updated>",
        "  <author><name>{}</name></author>".format(escape(o["name"])),
    ]
    for it in items:
        out += [
            "  <entry>",
            "    <title>{}</title>".format(escape(it["title"])),
            '    <link href="{}"/>'.format(escape(it["link"], {'"': "&quot;"})),
            "    <id>{}</id>".format(escape(it["guid"])),
            "    <published>{}</published>".format(iso(it["local"])),
            "    <updated>{}</updated>".format(iso(it["local"])),
            "    <summary>{}</summary>".format(escape(it["summary"])),
            "  </entry>",
        ]
    out += ["</feed>", ""]
    return "\n".join(out)


def story_table(outlets):
    stories = OrderedDict()
    for o, items in outlets:
        for it in items:
            s = stories.setdefault(it["story"], dict(theme=it["theme"], items=[], langs=set(), outlets=set()))
            assert s["theme"] == it["theme"], ("story with two themes", it["story"])
            s["items"].append(it)
            s["langs"].add(o["language"])
            s["outlets"].add(o["name"])
    rows = []
    for sid, s in stories.items():
        ts = sorted(i["utc"] for i in s["items"])
        span = (ts[-1] - ts[0]).total_seconds() / 86400.0
        rows.append(
            (
                sid,
                s["theme"],
                len(s["items"]),
                sorted(s["langs"]),
                len(s["outlets"]),
                span,
                ts[0].strftime("%m-%d"),
                ts[-1].strftime("%m-%d"),
            )
        )
    rows.sort(key=lambda r: (r[0].startswith("single-"), r[1], r[6], r[0]))
    return rows


def main():
    outlets = load_outlets()
    os.makedirs(os.path.join(ROOT, "feeds"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "labels"), exist_ok=True)
    yaml = ["feeds:"]
    labels = []
    seen = set()
    for o, items in outlets:
        xml = render_rss(o, items) if o["format"] == "rss" else render_atom(o, items)
        with open(os.path.join(ROOT, "feeds", o["slug"] + ".xml"), "w", encoding="utf-8") as f:
            f.write(xml)
        yaml += [
            "  - name: {}".format(o["name"]),
            "    url: feeds/{}.xml".format(o["slug"]),
            "    language: {}".format(o["language"]),
        ]
        for it in items:
            assert it["guid"] not in seen, it["guid"]
            seen.add(it["guid"])
            labels.append(
                (
                    it["guid"],
                    o["name"],
                    o["language"],
                    it["utc"].strftime("%Y-%m-%dT%H:%M:%SZ"),
                    it["story"],
                    it["theme"],
                )
            )
    with open(os.path.join(ROOT, "feeds.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(yaml) + "\n")
    labels.sort(key=lambda r: (r[3], r[0]))
    with open(os.path.join(ROOT, "labels", "items.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["guid", "outlet", "language", "published_at_utc", "story", "theme"])
        w.writerows(labels)

    rows = story_table(outlets)
    multi = [r for r in rows if not r[0].startswith("single-")]
    single = [r for r in rows if r[0].startswith("single-")]
    langs = sorted({o["language"] for o, _ in outlets})
    themes = sorted({r[1] for r in rows})
    block = [
        "<!-- counts:start (generated by tools/build.py; do not edit by hand) -->",
        "",
        "| | count |",
        "|---|---|",
        "| items | %d |" % len(labels),
        "| outlets | %d (%d RSS, %d Atom) |"
        % (len(outlets), sum(o["format"] == "rss" for o, _ in outlets), sum(o["format"] == "atom" for o, _ in outlets)),
        "| languages | %d (%s) |" % (len(langs), ", ".join(langs)),
        "| stories | %d (%d multi-item, %d singletons) |" % (len(rows), len(multi), len(single)),
        "| themes | %d (%s) |" % (len(themes), ", ".join(themes)),
        "",
        "Outlets:",
        "",
        "| outlet | slug | language | format | UTC offset | items |",
        "|---|---|---|---|---|---|",
    ]
    for o, items in outlets:
        block.append(
            "| %s | %s | %s | %s | %s | %d |"
            % (o["name"], o["slug"], o["language"], o["format"], o["offset"], len(items))
        )
    block += [
        "",
        "Stories (span = last minus first item, UTC, in days):",
        "",
        "| story | theme | items | languages | outlets | first–last (UTC) | span d |",
        "|---|---|---|---|---|---|---|",
    ]
    for sid, theme, n, ls, no, span, a, b in rows:
        block.append("| %s | %s | %d | %s | %d | %s–%s | %.1f |" % (sid, theme, n, " ".join(ls), no, a, b, span))
    block += ["", "<!-- counts:end -->"]
    readme = os.path.join(ROOT, "README.md")
    text = (
        open(readme, encoding="utf-8").read()
        if os.path.exists(readme)
        else "# devstories\n\n<!-- counts:start -->\n<!-- counts:end -->\n"
    )
    text = re.sub(r"<!-- counts:start.*?<!-- counts:end -->", lambda m: "\n".join(block), text, flags=re.S)
    with open(readme, "w", encoding="utf-8") as f:
        f.write(text)
    print(
        "built %d items, %d outlets, %d stories (%d multi, %d single)"
        % (len(labels), len(outlets), len(rows), len(multi), len(single))
    )


if __name__ == "__main__":
    sys.exit(main())
