#!/usr/bin/env python3
"""Build the heldout4 corpus (feeds, feeds.yaml, labels, README) from tools/stories.txt.

Python 3 standard library only. Deterministic: running it twice gives identical files.

    python3 tools/build.py
"""
import csv
import hashlib
import os
import random
import re
import uuid
from collections import Counter, OrderedDict, defaultdict
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape, quoteattr

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = os.path.join(ROOT, "tools", "stories.txt")
YEAR = 2021

# key: (name, slug, language, utc offset hours, format, site, city, order, feed title, feed description, path word, guid style)
OUTLETS = OrderedDict([
    ("MW", dict(name="Meridian Wire", slug="meridian-wire", lang="en", offset=0, fmt="atom",
                site="https://www.meridianwire.example", city="London", order="newest",
                title="Meridian Wire – World News", desc="International news agency service", path="story")),
    ("NC", dict(name="The Northgate Courier", slug="northgate-courier", lang="en", offset=0, fmt="rss",
                site="https://www.northgatecourier.example", city="Newcastle upon Tyne", order="newest",
                title="The Northgate Courier", desc="News from the North East, Britain and the world", path="news",
                guid="permalink")),
    ("RT", dict(name="Rheinischer Tagesbote", slug="rheinischer-tagesbote", lang="de", offset=1, fmt="rss",
                site="https://www.rheinischer-tagesbote.example", city="Köln", order="newest",
                title="Rheinischer Tagesbote – Nachrichten", desc="Nachrichten aus dem Rheinland, Deutschland und der Welt",
                path="artikel", guid="opaque")),
    ("AR", dict(name="Alpenland Rundschau", slug="alpenland-rundschau", lang="de", offset=1, fmt="atom",
                site="https://www.alpenland-rundschau.example", city="Wien", order="newest",
                title="Alpenland Rundschau", desc="Unabhängige Tageszeitung aus Wien", path="meldung", guid="permalink")),
    ("VL", dict(name="Le Veilleur de Lyon", slug="veilleur-de-lyon", lang="fr", offset=1, fmt="atom",
                site="https://www.veilleur-lyon.example", city="Lyon", order="newest",
                title="Le Veilleur de Lyon – À la une", desc="L'actualité lyonnaise, française et internationale",
                path="article")),
    ("DC", dict(name="La Dépêche Continentale", slug="depeche-continentale", lang="fr", offset=1, fmt="rss",
                site="https://www.depeche-continentale.example", city="Bruxelles", order="newest",
                title="La Dépêche Continentale", desc="Le quotidien européen de Bruxelles", path="actu",
                guid="permalink")),
    ("HP", dict(name="El Heraldo Peninsular", slug="heraldo-peninsular", lang="es", offset=1, fmt="rss",
                site="https://www.heraldopeninsular.example", city="Madrid", order="newest",
                title="El Heraldo Peninsular – Portada", desc="Noticias de España y del mundo", path="noticia",
                guid="opaque")),
    ("CS", dict(name="Noticias del Cono Sur", slug="noticias-cono-sur", lang="es", offset=-3, fmt="atom",
                site="https://www.noticiasconosur.example", city="Buenos Aires", order="newest",
                title="Noticias del Cono Sur", desc="Información desde Buenos Aires para toda la región",
                path="nota", guid="permalink")),
    ("CL", dict(name="Corriere della Laguna", slug="corriere-della-laguna", lang="it", offset=1, fmt="atom",
                site="https://www.corrieredellalaguna.example", city="Venezia", order="newest",
                title="Corriere della Laguna – Ultime notizie", desc="Il quotidiano di Venezia e del Nord-Est",
                path="notizia")),
    ("JE", dict(name="Jornal do Estuário", slug="jornal-do-estuario", lang="pt", offset=0, fmt="rss",
                site="https://www.jornaldoestuario.example", city="Lisboa", order="shuffled",
                title="Jornal do Estuário – Últimas", desc="Notícias de Lisboa, de Portugal e do mundo",
                path="noticia", guid="permalink")),
    ("FP", dict(name="Folha do Planalto", slug="folha-do-planalto", lang="pt", offset=-3, fmt="atom",
                site="https://www.folhadoplanalto.example", city="São Paulo", order="newest",
                title="Folha do Planalto", desc="Notícias de São Paulo, do Brasil e do mundo", path="materia", guid="permalink")),
    ("SB", dict(name="Het Scheldeblad", slug="het-scheldeblad", lang="nl", offset=1, fmt="atom",
                site="https://www.scheldeblad.example", city="Antwerpen", order="newest",
                title="Het Scheldeblad – Nieuws", desc="Nieuws uit Antwerpen, Vlaanderen en de wereld", path="nieuws")),
    ("KN", dict(name="Kurier Nadodrzański", slug="kurier-nadodrzanski", lang="pl", offset=1, fmt="rss",
                site="https://www.kuriernadodrzanski.example", city="Wrocław", order="oldest",
                title="Kurier Nadodrzański – Wiadomości", desc="Wiadomości z Wrocławia, Polski i świata",
                path="wiadomosci", guid="opaque")),
    ("VO", dict(name="Вечерний Обозреватель", slug="vecherny-obozrevatel", lang="ru", offset=3, fmt="atom",
                site="https://www.vecherny-obozrevatel.example", city="Москва", order="newest",
                title="Вечерний Обозреватель — Новости", desc="Новости России и мира", path="news", guid="permalink")),
    ("DV", dict(name="Дніпровський Вісник", slug="dniprovskyi-visnyk", lang="uk", offset=2, fmt="rss",
                site="https://www.dniprovskyi-visnyk.example", city="Дніпро", order="newest",
                title="Дніпровський Вісник — Новини", desc="Новини Дніпра, України та світу", path="novyny",
                guid="opaque")),
])


def parse_source(path):
    """Return (stories, items). stories: label -> dict(theme, single, shares); items: list of dicts."""
    stories = OrderedDict()
    items = []
    cur = None
    with open(path, encoding="utf-8") as fh:
        lines = [l.rstrip("\n") for l in fh]
    blocks, block = [], []
    for line in lines:
        if line.startswith("#"):
            continue
        if not line.strip():
            if block:
                blocks.append(block)
                block = []
            continue
        if line.startswith("=="):
            if block:
                blocks.append(block)
                block = []
            blocks.append([line])
            continue
        block.append(line)
    if block:
        blocks.append(block)

    for block in blocks:
        head = block[0]
        if head.startswith("=="):
            m = re.match(r"==\s*(story|single):\s*(\S+)\s*\|\s*theme:\s*(\S+)(?:\s*\|\s*shares:\s*(\S+)/(.+))?\s*$", head)
            if not m:
                raise SystemExit("bad header: %r" % head)
            kind, label, theme, sh_story, sh_word = m.groups()
            if label in stories:
                raise SystemExit("duplicate story %s" % label)
            stories[label] = dict(theme=theme, single=(kind == "single"),
                                  shares=(sh_story, sh_word.strip()) if sh_story else None)
            cur = label
            continue
        m = re.match(r"^([A-Z]{2}) (\d\d)-(\d\d) (\d\d):(\d\d)(?: (repost|syndicated))?$", head)
        if not m:
            raise SystemExit("bad item header: %r" % head)
        key, mo, dd, hh, mi, flag = m.groups()
        if key not in OUTLETS:
            raise SystemExit("unknown outlet %s" % key)
        if cur is None:
            raise SystemExit("item before story header")
        if len(block) == 2 and block[1] == "=":
            if flag == "repost":
                src = [it for it in items if it["story"] == cur and it["outlet"] == key]
            elif flag == "syndicated":
                src = [it for it in items if it["story"] == cur and it["outlet"] == "MW"]
            else:
                raise SystemExit("'=' without repost/syndicated flag")
            if not src:
                raise SystemExit("nothing to copy for %r" % head)
            title, summary = src[-1]["title"], src[-1]["summary"]
            copied_from = src[-1]["seq"]
        elif len(block) == 3:
            title, summary = block[1].strip(), block[2].strip()
            copied_from = None
        else:
            raise SystemExit("item block must have header, title, summary: %r" % block)
        off = OUTLETS[key]["offset"]
        tz = timezone(timedelta(hours=off))
        local = datetime(YEAR, int(mo), int(dd), int(hh), int(mi), tzinfo=tz)
        items.append(dict(seq=len(items), story=cur, outlet=key, local=local,
                          utc=local.astimezone(timezone.utc), title=title, summary=summary,
                          flag=flag, copied_from=copied_from))
    return stories, items


def assign_ids(items):
    for it in items:
        o = OUTLETS[it["outlet"]]
        h = hashlib.sha1(("heldout4|%s|%d|%s" % (it["outlet"], it["seq"], it["local"].isoformat())).encode()).hexdigest()
        num = str(int(h[:10], 16))[:9]
        d = it["local"]
        it["link"] = "%s/%s/%04d/%02d/%02d/%s" % (o["site"], o["path"], d.year, d.month, d.day, num)
        if o["fmt"] == "atom" and o.get("guid") == "permalink":
            it["guid"] = it["link"]
        elif o["fmt"] == "atom":
            it["guid"] = "urn:uuid:%s" % uuid.uuid5(uuid.NAMESPACE_URL, it["link"])
        elif o.get("guid") == "permalink":
            it["guid"] = it["link"]
        else:
            it["guid"] = "%s-%s" % (o["slug"], h[:12])


def order_items(key, its):
    o = OUTLETS[key]
    its = sorted(its, key=lambda x: (x["utc"], x["seq"]))
    if o["order"] == "newest":
        its = list(reversed(its))
    elif o["order"] == "shuffled":
        rnd = random.Random(20270226)
        rnd.shuffle(its)
    return its


def rss_feed(key, its):
    o = OUTLETS[key]
    last = max(i["local"] for i in its)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0">',
           '  <channel>',
           '    <title>%s</title>' % escape(o["title"]),
           '    <link>%s/</link>' % escape(o["site"]),
           '    <description>%s</description>' % escape(o["desc"]),
           '    <language>%s</language>' % o["lang"],
           '    <lastBuildDate>%s</lastBuildDate>' % format_datetime(last + timedelta(minutes=5))]
    for it in its:
        perma = "true" if it["guid"] == it["link"] else "false"
        out += ['    <item>',
                '      <title>%s</title>' % escape(it["title"]),
                '      <link>%s</link>' % escape(it["link"]),
                '      <guid isPermaLink=%s>%s</guid>' % (quoteattr(perma), escape(it["guid"])),
                '      <pubDate>%s</pubDate>' % format_datetime(it["local"]),
                '      <description>%s</description>' % escape(it["summary"]),
                '    </item>']
    out += ['  </channel>', '</rss>', '']
    return "\n".join(out)


def atom_feed(key, its):
    o = OUTLETS[key]
    last = max(i["local"] for i in its)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="%s">' % o["lang"],
           '  <title>%s</title>' % escape(o["title"]),
           '  <subtitle>%s</subtitle>' % escape(o["desc"]),
           '  <link href=%s rel="alternate"/>' % quoteattr(o["site"] + "/"),
           '  <link href=%s rel="self"/>' % quoteattr(o["site"] + "/feed.atom"),
           '  <id>%s/</id>' % escape(o["site"]),
           '  <updated>%s</updated>' % (last + timedelta(minutes=5)).isoformat(),
           '  <author><name>%s</name></author>' % escape(o["name"])]
    for it in its:
        upd = it["local"] + timedelta(minutes=(it["seq"] % 3) * 7)
        out += ['  <entry>',
                '    <title>%s</title>' % escape(it["title"]),
                '    <link href=%s/>' % quoteattr(it["link"]),
                '    <id>%s</id>' % escape(it["guid"]),
                '    <published>%s</published>' % it["local"].isoformat(),
                '    <updated>%s</updated>' % upd.isoformat(),
                '    <summary type="text">%s</summary>' % escape(it["summary"]),
                '  </entry>']
    out += ['</feed>', '']
    return "\n".join(out)


def fmt_utc(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def offset_str(h):
    return "UTC%+03d:00" % h


def write_readme(stories, items):
    by_story = defaultdict(list)
    for it in items:
        by_story[it["story"]].append(it)
    by_outlet = Counter(it["outlet"] for it in items)
    by_lang = Counter(OUTLETS[it["outlet"]]["lang"] for it in items)
    themes = defaultdict(list)
    for label, s in stories.items():
        themes[s["theme"]].append(label)

    L = []
    L.append("# heldout4 – fictional multilingual news corpus (February 2021)\n")
    L.append("A labelled, entirely fictional set of news feeds for evaluating how well reports about the same "
             "event are grouped together across languages and outlets. Outlets, people, companies, institutes, "
             "clubs and unions are invented; place names are real and spelled the way each language spells them "
             "(Wrocław / Breslau / Вроцлав, Thessaloniki / Saloniki / Salonicco / Салоники, Antwerpen / Anvers / "
             "Amberes / Antwerp, Split / Spalato / Сплит, Lviv / Lwów / Lemberg / Львів / Львов).\n")
    L.append("- Period: 1–26 February 2021\n- Items: %d in %d languages from %d outlets\n"
             "- Multi-item stories: %d; singletons: %d\n"
             % (len(items), len(by_lang), len(by_outlet),
                sum(1 for s in stories.values() if not s["single"]),
                sum(1 for s in stories.values() if s["single"])))
    L.append("## Files\n")
    L.append("- `feeds.yaml` – the list of outlets (name, relative feed path, language)\n"
             "- `feeds/*.xml` – one RSS 2.0 or Atom 1.0 feed per outlet\n"
             "- `labels/items.csv` – one row per feed item: `guid,outlet,language,published_at_utc,story,theme`\n"
             "- `tools/stories.txt` – the source text of every item; `tools/build.py` regenerates feeds, labels and "
             "this README from it; `tools/verify.py` re-parses the feeds and checks them against the labels\n")
    L.append("## Outlets\n")
    L.append("| Outlet | Language | Format | Base | Local time | Order in feed | Items |")
    L.append("|---|---|---|---|---|---|---|")
    order_txt = {"newest": "newest first", "oldest": "oldest first", "shuffled": "shuffled"}
    for key, o in OUTLETS.items():
        L.append("| %s | %s | %s | %s | %s | %s | %d |" % (
            o["name"], o["lang"], "RSS 2.0" if o["fmt"] == "rss" else "Atom 1.0", o["city"],
            offset_str(o["offset"]), order_txt[o["order"]], by_outlet[key]))
    L.append("")
    L.append("Items per language: " + ", ".join("%s %d" % (l, by_lang[l]) for l in sorted(by_lang)) + "\n")

    L.append("## Multi-item stories\n")
    L.append("| Story | Theme | Items | Languages | Outlets | First – last item (UTC) |")
    L.append("|---|---|---|---|---|---|")
    for label, s in stories.items():
        if s["single"]:
            continue
        its = by_story[label]
        langs = sorted({OUTLETS[i["outlet"]]["lang"] for i in its})
        outs = sorted({OUTLETS[i["outlet"]]["name"] for i in its})
        a, b = min(i["utc"] for i in its), max(i["utc"] for i in its)
        L.append("| `%s` | `%s` | %d | %s | %d | %s – %s |" % (
            label, s["theme"], len(its), " ".join(langs), len(outs),
            a.strftime("%d %b %H:%M"), b.strftime("%d %b %H:%M")))
    L.append("")
    L.append("Later developments (rising death tolls, arrests, inquiries, appeals, official reactions, "
             "resumption of service) carry the same story label as the first report.\n")

    L.append("## Same-theme groups\n")
    L.append("Different events of the same kind within a few days. They share vocabulary and sometimes the same "
             "figures (48-hour strikes, 23 people treated, six-year sentences, 2,400 hectares), and some reports "
             "mention the other event in passing, but each event has its own story label.\n")
    def describe(labels):
        parts = []
        for lb in labels:
            its = by_story[lb]
            parts.append("`%s` (%d item%s, from %s)" % (lb, len(its), "" if len(its) == 1 else "s",
                                                      min(i["utc"] for i in its).strftime("%d %b")))
        return "; ".join(parts)

    L.append("| Theme | Stories (items, first item date) |")
    L.append("|---|---|")
    other = []
    for theme, labels in themes.items():
        if len(labels) < 2:
            continue
        if sum(1 for lb in labels if not stories[lb]["single"]) >= 2:
            L.append("| `%s` | %s |" % (theme, describe(labels)))
        else:
            other.append((theme, labels))
    L.append("")
    L.append("Other themes shared by a multi-item story and a singleton, or by several singletons:\n")
    L.append("| Theme | Stories |")
    L.append("|---|---|")
    for theme, labels in other:
        L.append("| `%s` | %s |" % (theme, describe(labels)))
    L.append("")

    L.append("## Singletons\n")
    L.append("One-off items with story labels starting `single-`. Many deliberately share a city or a topic "
             "word with a multi-item story running on the same days, but report an unrelated event.\n")
    L.append("| Singleton | Theme | Outlet | Shares with |")
    L.append("|---|---|---|---|")
    for label, s in stories.items():
        if not s["single"]:
            continue
        it = by_story[label][0]
        sh = "`%s` (“%s”)" % s["shares"] if s["shares"] else "–"
        L.append("| `%s` | `%s` | %s | %s |" % (label, s["theme"], OUTLETS[it["outlet"]]["name"], sh))
    L.append("")

    L.append("## Re-posts and syndication\n")
    for it in items:
        if it["flag"] == "repost":
            src = items[it["copied_from"]]
            L.append("- %s re-posted its item “%s” under a new guid (%s → %s UTC), story `%s`." % (
                OUTLETS[it["outlet"]]["name"], it["title"], src["utc"].strftime("%d %b %H:%M"),
                it["utc"].strftime("%H:%M"), it["story"]))
        elif it["flag"] == "syndicated":
            L.append("- %s carried the Meridian Wire item “%s” verbatim under its own guid, story `%s`." % (
                OUTLETS[it["outlet"]]["name"], it["title"], it["story"]))
    L.append("")
    L.append("## Conventions\n")
    L.append("- Feed timestamps are in each outlet's local time with its UTC offset (RFC 822 in RSS, ISO 8601 "
             "in Atom); `published_at_utc` in the labels is the same instant in UTC.\n"
             "- Numbers follow each language's habits (1,800 / 1.800 / 1 800; 7.5% / 7,5 Prozent / 7,5 % / "
             "7,5 proc.), with small numbers often spelled out.\n"
             "- Titles and summaries are plain text; summaries are one to three sentences.\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))


def main():
    stories, items = parse_source(SOURCE)
    assign_ids(items)

    os.makedirs(os.path.join(ROOT, "feeds"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "labels"), exist_ok=True)

    per_outlet = defaultdict(list)
    for it in items:
        per_outlet[it["outlet"]].append(it)

    for key, o in OUTLETS.items():
        its = order_items(key, per_outlet[key])
        xml = rss_feed(key, its) if o["fmt"] == "rss" else atom_feed(key, its)
        with open(os.path.join(ROOT, "feeds", o["slug"] + ".xml"), "w", encoding="utf-8") as fh:
            fh.write(xml)

    with open(os.path.join(ROOT, "feeds.yaml"), "w", encoding="utf-8") as fh:
        fh.write("feeds:\n")
        for key, o in OUTLETS.items():
            fh.write('  - name: "%s"\n    url: feeds/%s.xml\n    language: %s\n' % (
                o["name"].replace('"', '\\"'), o["slug"], o["lang"]))

    rows = sorted(items, key=lambda x: (x["utc"], x["guid"]))
    with open(os.path.join(ROOT, "labels", "items.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["guid", "outlet", "language", "published_at_utc", "story", "theme"])
        for it in rows:
            w.writerow([it["guid"], OUTLETS[it["outlet"]]["name"], OUTLETS[it["outlet"]]["lang"],
                        fmt_utc(it["utc"]), it["story"], stories[it["story"]]["theme"]])

    write_readme(stories, items)
    print("wrote %d items, %d stories, %d feeds" % (len(items), len(stories), len(OUTLETS)))


if __name__ == "__main__":
    main()
