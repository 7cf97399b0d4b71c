"""The claims stage reads what is new: a day's work does not depend on how much history is stored."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

from pipeline.claims import stage
from pipeline.config import load_feeds
from pipeline.entities import name_key
from pipeline.jobs import run_daily
from pipeline.settings import Settings, build
from pipeline.store.db import open_warehouse

VALUES = (120, 340, 560, 780)  # 560 and 780 are within the mutation ratio of each other
NEW_DAY = datetime(2026, 3, 1, 9, 0)


def _write_days(path: Path, first_day: datetime, days: int) -> None:
    """One item per value per day. Each day states another year, so no day's claims join another day's: every
    stored day adds claims with the same four values, the worst case for finding candidates by value."""
    items = []
    for day in range(days):
        when = first_day + timedelta(days=day)
        for n, value in enumerate(VALUES):
            items.append(
                f"<item><title>Flood relief report</title><guid>d{day}-{n}-{when:%j}</guid>"
                f"<pubDate>{format_datetime(when.replace(tzinfo=None), usegmt=False)} +0000</pubDate>"
                f"<description>Officials said {value} families were evacuated in {1900 + day} from the river valley."
                "</description></item>"
            )
    path.write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{"".join(items)}</channel></rss>'
    )


def _day_after_history(tmp_path: Path, write_feeds, history_days: int, monkeypatch) -> dict[str, int]:
    feed = tmp_path / f"feed-{history_days}.xml"
    feeds = write_feeds([{"name": "River Post", "url": str(feed)}])
    db = tmp_path / f"w-{history_days}.duckdb"
    _write_days(feed, NEW_DAY - timedelta(days=history_days), history_days)
    parts = build(Settings.load())
    run_daily(load_feeds(feeds), db, date(2026, 2, 28), str(feeds), components=parts)

    seen: dict[str, int] = {}
    group, link = stage.group_mentions, stage.link_variants

    def counting_group(mentions, contexts, known, stored_mentions):
        seen["mentions"], seen["claims loaded to join"] = len(mentions), len(known)
        seen["stored claims looked at again"] = len(stored_mentions)
        return group(mentions, contexts, known, stored_mentions)

    def counting_link(touched, candidates, evidence):
        seen["claims loaded as mutation candidates"] = len(candidates)
        return link(touched, candidates, evidence)

    monkeypatch.setattr(stage, "group_mentions", counting_group)
    monkeypatch.setattr(stage, "link_variants", counting_link)
    _write_days(feed, NEW_DAY, 1)
    run_daily(load_feeds(feeds), db, date(2026, 3, 1), str(feeds), components=parts)
    with open_warehouse(db, read_only=True) as con:
        seen["stored claims"] = con.execute("SELECT count(*) FROM claims").fetchone()[0]
    return seen


def test_a_days_claims_work_does_not_grow_with_the_history(tmp_path: Path, write_feeds, monkeypatch) -> None:
    short, long = (_day_after_history(tmp_path, write_feeds, days, monkeypatch) for days in (25, 75))
    assert long["stored claims"] - short["stored claims"] == 50 * len(VALUES)  # three times the history ...
    work = (
        "mentions",
        "claims loaded to join",
        "stored claims looked at again",
        "claims loaded as mutation candidates",
    )
    assert {k: long[k] for k in work} == {k: short[k] for k in work}  # ... and the same work for the new day
    assert short["mentions"] == len(VALUES)
    # common figures: only the claims seen within the horizon can take a mention (13 days, one claim a day each)
    horizon_days = stage.COMMON_CLAIM_HORIZON.days
    assert short["claims loaded to join"] == len(VALUES) * min(horizon_days, stage.CLAIMS_PER_VALUE)


def test_an_article_that_cannot_be_scanned_is_counted_and_stays_queued(
    tmp_path: Path, write_feeds, monkeypatch
) -> None:
    feed = tmp_path / "feed.xml"
    feeds = write_feeds([{"name": "River Post", "url": str(feed)}])
    _write_days(feed, NEW_DAY, 1)
    broken = "families were evacuated in 1900 from"  # in every item: break the one with the value 340 only
    original = stage.extract_mentions

    def failing(article_id, title, summary, language, year):
        if "340 " + broken in summary:
            raise KeyError("a word table entry that does not match")  # what a bad table entry once raised
        return original(article_id, title, summary, language, year)

    monkeypatch.setattr(stage, "extract_mentions", failing)
    summary = run_daily(load_feeds(feeds), tmp_path / "w.duckdb", date(2026, 3, 1), str(feeds))
    assert summary.claims.failed == 1 and summary.claims.articles_scanned == len(VALUES) - 1
    assert summary.claims.backlog == 1  # queued again, not dropped
    with open_warehouse(tmp_path / "w.duckdb", read_only=True) as con:
        assert sorted(v for (v,) in con.execute("SELECT value FROM claims").fetchall()) == [120, 560, 780]


def _letters(n: int) -> str:
    """A word for n without digits ("b", "bc" …): days tell their items apart without adding numbers."""
    word = ""
    while True:
        word, n = "abcdefghijklmnopqrstuvwxyz"[n % 26] + word, n // 26
        if n == 0:
            return word


def _stated_every_day(path: Path, first_day: datetime, days: int, outlet_word: str) -> None:
    items = []
    for day in range(days):
        when = first_day + timedelta(days=day)
        items.append(
            f"<item><title>Valley evacuation update {_letters(day)} {outlet_word}</title>"
            f"<guid>{outlet_word}-{when:%Y%m%d}</guid>"
            f"<pubDate>{format_datetime(when.replace(tzinfo=None), usegmt=False)} +0000</pubDate>"
            f"<description>Officials said 1,340 families were evacuated from the river valley.</description></item>"
        )
    path.write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{"".join(items)}</channel></rss>'
    )


def _provenance(db: Path) -> list[tuple]:
    with open_warehouse(db, read_only=True) as con:
        return con.execute(
            "SELECT value, first_seen_outlet, first_seen_at, n_mentions, n_articles, n_outlets, n_languages, "
            "languages, surface_forms, last_seen_at FROM claims ORDER BY value, first_seen_at"
        ).fetchall()


def _claim_stated_daily(tmp_path: Path, write_feeds, history_days: int, monkeypatch) -> tuple[list[int], list, list]:
    """A claim two outlets state every day for `history_days`, then one more day: the stored mentions the new day's
    run reads (for a second look, for a split, for the provenance update), its provenance, and the provenance of the
    same warehouse regrouped from scratch."""
    folder = tmp_path / str(history_days)
    folder.mkdir()
    feeds = write_feeds([{"name": name, "url": str(folder / f"{name}.xml")} for name in ("Valley Post", "Hill News")])
    for name in ("Valley Post", "Hill News"):
        _stated_every_day(folder / f"{name}.xml", NEW_DAY - timedelta(days=history_days), history_days, name[:4])
    db, parts = folder / "w.duckdb", build(Settings.load())
    run_daily(load_feeds(feeds), db, date(2026, 2, 28), str(feeds), components=parts)
    for name in ("Valley Post", "Hill News"):
        _stated_every_day(folder / f"{name}.xml", NEW_DAY, 1, name[:4])
    read: list[int] = []
    gather, claim_mentions = stage.store._gather, stage.store.claim_mentions

    def counting(con, table, query, key, keys):
        if table == "touched_mention_rows":
            read.append(len(keys))
        return gather(con, table, query, key, keys)

    def counting_history(con, model, claim_ids):
        found = claim_mentions(con, model, claim_ids)
        read.append(sum(len(mentions) for mentions in found[0].values()))
        return found

    monkeypatch.setattr(stage.store, "_gather", counting)
    monkeypatch.setattr(stage.store, "claim_mentions", counting_history)
    run_daily(load_feeds(feeds), db, date(2026, 3, 1), str(feeds), components=parts)
    monkeypatch.setattr(stage.store, "_gather", gather)
    monkeypatch.setattr(stage.store, "claim_mentions", claim_mentions)
    incremental = _provenance(db)
    with open_warehouse(db) as con:
        con.execute("UPDATE claim_grouping SET grouped_with = 'rules of another version'")
        stage.update_claims(con, parts.claim_embedder, budget=10)
    return read, incremental, _provenance(db)


def test_a_claim_stated_every_day_costs_a_run_what_the_day_adds(tmp_path: Path, write_feeds, monkeypatch) -> None:
    """Its provenance (first seen, mentions, outlets, languages, forms) is brought up to date from the day's mentions
    and the claim's first article, not re-read from every mention, and it equals a grouping from scratch. Whether
    the claim ran two events together is asked of its whole history only while it is young (SPLIT_MAX_ARTICLES)."""
    short = _claim_stated_daily(tmp_path, write_feeds, 5, monkeypatch)
    long = _claim_stated_daily(tmp_path, write_feeds, 15, monkeypatch)
    lone, split, provenance = 0, 1, 2  # the reads in their order: a second look, a split, the provenance
    assert short[0][lone] == long[0][lone] == 0  # no claim of one article
    assert short[0][provenance] == long[0][provenance] == 2 + 1  # the day's two, the first article's one
    assert short[0][split] == 2 * 5  # 12 articles: all the history is looked at
    assert long[0][split] == 0 and stage.SPLIT_MAX_ARTICLES < 2 * 15 + 2  # 32 articles: none of it
    for _, incremental, from_scratch in (short, long):
        assert incremental == from_scratch
    (claim,) = long[1]
    assert claim[3:6] == (2 * 16, 2 * 16, 2)  # mentions, articles, outlets


def test_a_claim_keeps_the_names_of_its_articles_for_later_runs(tmp_path: Path, write_feeds) -> None:
    """A later run loads the claim with the names of its articles (each once per article), so it can tell a report
    of another fire, in another city, by them; a German article gives only its rare capitalised words (most are
    nouns): the plant, the chief and the town, and "Einsatzleiterin", a noun rare enough to pass."""
    feed = tmp_path / "fire.xml"
    texts = {
        "en": "Fire at the Wislochem plant in Plock: chief Ewa Kubacka said 140 firefighters fought it.",
        "en2": "Officials said Wislochem sent 140 firefighters to Plock, according to Ewa Kubacka.",
        "de": "Brand bei Wislochem: Einsatzleiterin Kubacka meldet 140 Feuerwehrleute im Einsatz in Plock.",
    }
    items = "".join(
        f"<item><title>Chemical plant fire</title><guid>{key}</guid><description>{text}</description>"
        f"<pubDate>Tue, 03 Jun 2025 {9 + n}:00:00 +0000</pubDate></item>"
        for n, (key, text) in enumerate(texts.items())
    )
    feed.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>')
    feeds = write_feeds([{"name": "Vistula Post", "url": str(feed)}])
    db = tmp_path / "w.duckdb"
    run_daily(load_feeds(feeds), db, date(2025, 6, 3), str(feeds))
    with open_warehouse(db, read_only=True) as con:
        (claim,) = stage.store.claims_for_values(con, [140.0], stage.CLAIMS_PER_VALUE)
    assert len(claim.article_ids) == 3
    english, german = ("Wislochem", "Plock", "Ewa", "Kubacka"), ("Wislochem", "Plock", "Kubacka", "Einsatzleiterin")
    assert sorted(claim.article_names) == sorted(name_key(n) for n in 2 * english + german)
    assert claim.core_names() == {name_key(n) for n in ("Wislochem", "Plock", "Ewa", "Kubacka")}


LEGIONELLA = [  # (outlet, language, published, title, summary): benchmarks/devtrail's outbreak, 52 cases
    ("El Faro de Levante", "es", datetime(2026, 4, 18, 7, 30), "Los casos de legionela en Valencia ascienden a 52",
     "Quince nuevos positivos en 24 horas. Sanidad precinta la torre de un hotel de la avenida de Aragón."),
    ("Orbis Dépêches", "fr", datetime(2026, 4, 18, 12, 20),
     "Espagne : 52 cas de légionellose, une tour de refroidissement en cause", "Le bilan reste de deux morts."),
    ("The Harbourside Herald", "en", datetime(2026, 4, 19, 9, 10),
     "British tourists told to watch for symptoms after Valencia outbreak",
     "Cases linked to a hotel cooling tower have risen to 52. The Foreign Office said three UK nationals were being "
     "treated."),
    ("Diário do Tejo", "pt", datetime(2026, 4, 19, 16, 40), "Legionela: casos em Valência sobem para 52",
     "Entre os internados há dois portugueses, residentes em Valência há anos."),
]  # fmt: skip


def _outlet_feeds(tmp_path: Path, write_feeds, reports: list[tuple]) -> tuple[Path, Callable[[date], None]]:
    """One feed per outlet of `reports` ((outlet, language, published, title, summary)), and what publishes in them
    the reports out by a day, as the feeds stood that evening."""
    languages = {outlet: language for outlet, language, *_ in reports}
    feeds = write_feeds(
        [{"name": outlet, "url": str(tmp_path / f"{n}.xml"), "language": language}
         for n, (outlet, language) in enumerate(languages.items())]
    )  # fmt: skip

    def publish(until: date) -> None:
        for n, outlet in enumerate(languages):
            items = "".join(
                f"<item><title>{title}</title><guid>r{k}</guid><description>{summary}</description>"
                f"<pubDate>{format_datetime(when, usegmt=False)} +0000</pubDate></item>"
                for k, (source, _, when, title, summary) in enumerate(reports)
                if source == outlet and when.date() <= until
            )
            (tmp_path / f"{n}.xml").write_text(
                f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'
            )

    return feeds, publish


def _claims_of_52(db: Path) -> list[tuple[str, list[str]]]:
    with open_warehouse(db, read_only=True) as con:
        rows = con.execute(
            "SELECT claim_id, outlets FROM claim_groups WHERE value = 52 AND kind = 'count' ORDER BY first_seen_at"
        ).fetchall()
    return [(claim_id, sorted(outlets)) for claim_id, outlets in rows]


def test_a_report_that_founded_its_own_claim_joins_the_claim_a_later_day_grows(tmp_path: Path, write_feeds) -> None:
    """The French report came hours after the Spanish headline, read little like it (article cosine 0.36) and named no
    place: on 18 April each founds a claim of 52 cases. On 19 April the English and Portuguese reports join the
    Spanish claim, which now reads close to the French report: the French claim is merged into it, as one run over
    both days groups them, and its outlet is in the claim's spread. A rerun of the day changes nothing."""
    feeds, publish = _outlet_feeds(tmp_path, write_feeds, LEGIONELLA)
    db, parts = tmp_path / "w.duckdb", build(Settings.load())
    publish(date(2026, 4, 18))
    run_daily(load_feeds(feeds), db, date(2026, 4, 18), str(feeds), components=parts)
    (spanish, _), (french, _) = _claims_of_52(db)
    publish(date(2026, 4, 19))
    run_daily(load_feeds(feeds), db, date(2026, 4, 19), str(feeds), components=parts)
    everyone = sorted(outlet for outlet, *_ in LEGIONELLA)
    assert _claims_of_52(db) == [(spanish, everyone)]
    with open_warehouse(db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM mention_claims WHERE claim_id = ?", [french]).fetchone() == (0,)
        assert con.execute("SELECT * FROM claim_merges").fetchall() == [(french, spanish)]  # its id leads there
        spread = con.execute(
            "SELECT outlet FROM claim_spread WHERE claim_id = ? ORDER BY spread_rank", [spanish]
        ).fetchall()
    assert [outlet for (outlet,) in spread] == [outlet for outlet, *_ in LEGIONELLA]
    run_daily(load_feeds(feeds), db, date(2026, 4, 19), str(feeds), components=parts)
    assert _claims_of_52(db) == [(spanish, everyone)]


def _scanned_under_older_rules(tmp_path: Path, write_feeds, days: int) -> tuple[Path, Path]:
    """A warehouse of `days` days of the River Post (feeds file, warehouse), as code whose extraction rules changed
    finds it: its articles were scanned under other rules."""
    feed = tmp_path / "feed.xml"
    feeds = write_feeds([{"name": "River Post", "url": str(feed)}])
    _write_days(feed, NEW_DAY, days)
    db = tmp_path / "w.duckdb"
    run_daily(load_feeds(feeds), db, NEW_DAY.date() + timedelta(days=days), str(feeds))
    with open_warehouse(db) as con:
        con.execute("UPDATE claim_extractions SET rules = 'extract-older'")
        con.execute("UPDATE claim_extraction_rules SET rules = 'extract-older'")
    return feeds, db


def test_new_extraction_rules_scan_the_stored_articles_again_once(tmp_path: Path, write_feeds) -> None:
    """A warehouse scanned under earlier rules holds what those rules found: here one mention they missed and one
    they read in another sentence. Its next run scans every stored article again under the current rules: the
    missing mention comes back, the two are embedded (the others keep their sentence vectors), and the claims are
    grouped anew, as a warehouse built under the current rules has them. The run after scans nothing again."""
    feeds, db = _scanned_under_older_rules(tmp_path, write_feeds, 3)
    fresh = tmp_path / "fresh.duckdb"
    run_daily(load_feeds(feeds), fresh, date(2026, 3, 4), str(feeds))
    with open_warehouse(db) as con:
        stored = con.execute("SELECT count(*) FROM mentions").fetchone()[0]
        missed, misread = (
            row[0] for row in con.execute("SELECT mention_id FROM mentions ORDER BY 1 LIMIT 2").fetchall()
        )
        con.execute("DELETE FROM mentions WHERE mention_id = ?", [missed])
        con.execute("DELETE FROM mention_embeddings WHERE mention_id = ?", [missed])
        con.execute("UPDATE mentions SET sentence = 'an older reading' WHERE mention_id = ?", [misread])

    again = run_daily(load_feeds(feeds), db, date(2026, 3, 4), str(feeds))
    assert (again.new_articles, again.claims.rescanned, again.claims.mentions_changed) == (0, 12, 2)
    assert again.claims.rescan_done and again.claims.embedded == 2
    with open_warehouse(db, read_only=True) as con, open_warehouse(fresh, read_only=True) as built_now:
        assert con.execute("SELECT count(*) FROM mentions").fetchone()[0] == stored
        assert _provenance_rows(con) == _provenance_rows(built_now)
    assert run_daily(load_feeds(feeds), db, date(2026, 3, 4), str(feeds)).claims.rescanned == 0


def test_a_rescan_takes_what_the_budget_leaves_and_goes_on_where_it_stopped(
    tmp_path: Path, write_feeds, monkeypatch
) -> None:
    """With a budget of 5, twelve stored articles are scanned again over three runs, each run going on where the last
    one stopped. The rules found what they find now, so no mention changed, and the claims are not grouped again."""
    feeds, db = _scanned_under_older_rules(tmp_path, write_feeds, 3)
    grouped = []
    original = stage.group_mentions
    monkeypatch.setattr(
        stage, "group_mentions", lambda mentions, *rest: grouped.append(len(mentions)) or original(mentions, *rest)
    )
    runs = [run_daily(load_feeds(feeds), db, date(2026, 3, 4), str(feeds), budget=5).claims for _ in range(4)]
    assert [(c.rescanned, c.mentions_changed, c.rescan_done) for c in runs] == [
        (5, 0, False),
        (5, 0, False),
        (2, 0, True),
        (0, 0, True),
    ]
    assert grouped == []  # nothing changed: the stored grouping stands


def _provenance_rows(con) -> list[tuple]:
    return con.execute("SELECT claim_id, value, n_mentions, first_seen_article_id FROM claims ORDER BY 1").fetchall()


def test_an_article_that_cannot_be_scanned_again_keeps_its_mentions(tmp_path: Path, write_feeds, monkeypatch) -> None:
    feeds, db = _scanned_under_older_rules(tmp_path, write_feeds, 1)
    original = stage.extract_mentions

    def failing(article_id, title, summary, language, year):
        if "340 families" in summary:
            raise KeyError("a word table entry that does not match")
        return original(article_id, title, summary, language, year)

    monkeypatch.setattr(stage, "extract_mentions", failing)
    again = run_daily(load_feeds(feeds), db, date(2026, 3, 2), str(feeds))
    assert again.claims.rescanned == len(VALUES) and again.claims.rescan_done  # the failed one is not tried forever
    with open_warehouse(db, read_only=True) as con:
        assert sorted(v for (v,) in con.execute("SELECT value FROM claims").fetchall()) == [120, 340, 560, 780]


TWO_BREACHES = [  # (outlet, language, published, title, summary): benchmarks/devlive's two leaks of 4.1 million
    ("De Polderpost", "nl", datetime(2026, 4, 8, 5, 15), "Datalek bij Kvantel: gegevens van 4,1 miljoen klanten op straat",
     "Hackers kregen toegang tot namen, adressen en IBAN-nummers. Het bedrijf ontdekte de inbraak op 3 april."),
    ("Elbufer Rundschau", "de", datetime(2026, 4, 8, 7, 30), "Datenleck bei Kvantel: 4,1 Millionen Kunden betroffen",
     "Der niederländische Anbieter hat auch Kunden in Belgien."),
    ("Meridian Wire Service", "en", datetime(2026, 4, 8, 8, 10), "Hackers steal data of 4.1 million Kvantel customers",
     "The Dutch telecom operator said names, addresses and bank details were exposed."),
    ("Le Veilleur du Rhône", "fr", datetime(2026, 4, 8, 9, 20),
     "Fuite de données chez Kvantel : 4,1 millions de clients touchés",
     "L’opérateur néerlandais confirme le vol de 4,1 millions de fiches clients."),
    ("Northgate Courier", "en", datetime(2026, 4, 8, 9, 30), "Dutch telecom Kvantel says 4.1 million customers hit by hack",
     "Names, addresses and bank details were exposed. (Meridian Wire)"),
    ("Вечерний Вестник", "ru", datetime(2026, 4, 10, 5, 40), "«Ладога-Банк» подтвердил утечку 4,1 млн записей о клиентах",
     "В открытый доступ попали телефоны и паспортные данные. Банк обещает компенсации."),
    ("Северная Хроника", "ru", datetime(2026, 4, 10, 6, 10), "Утечка данных «Ладога-Банка»: в сеть попали 4,1 млн записей",
     "Эксперты оценивают объём базы в 12 ГБ."),
    ("Дніпровський Кур’єр", "uk", datetime(2026, 4, 10, 9, 20),
     "Російський «Ладога-Банк» визнав витік даних 4,1 млн клієнтів", ""),
    ("Meridian Wire Service", "en", datetime(2026, 4, 10, 10, 12),
     "Russian lender Ladoga Bank confirms leak of 4.1 million customer records", ""),
]  # fmt: skip


def _claims_of(db: Path, value: float) -> list[tuple[str, list[str]]]:
    with open_warehouse(db, read_only=True) as con:
        rows = con.execute(
            "SELECT claim_id, outlets FROM claim_groups WHERE value = ? ORDER BY first_seen_at", [value]
        ).fetchall()
    return [(claim_id, sorted(outlets)) for claim_id, outlets in rows]


def test_a_claim_that_ran_two_events_together_is_split_on_the_day_the_second_one_shows(
    tmp_path: Path, write_feeds
) -> None:
    """A Dutch telecom's leak of 4.1 million customers' data on 8 April, and a Russian bank's leak of 4.1 million
    records on 10 April. That day the two Russian reports read close enough to the Dutch claim to join it, as
    nothing else states the figure; the Ukrainian and English reports after them name the bank (Ladoga) and make a
    claim of their own, which the Russian reports read closer to: they are matched again and join it
    (`match._read_closer`). The Dutch leak keeps the claim's id and its outlets, the Russian one is a claim of its
    own, as a grouping from scratch has it, and a rerun of the day changes nothing."""
    feeds, publish = _outlet_feeds(tmp_path, write_feeds, TWO_BREACHES)
    db, parts = tmp_path / "w.duckdb", build(Settings.load())
    for day in (8, 9, 10):
        publish(date(2026, 4, day))
        run_daily(load_feeds(feeds), db, date(2026, 4, day), str(feeds), components=parts)
        if day == 8:
            ((dutch, _),) = _claims_of(db, 4_100_000)
    by_day = {day: sorted({o for o, _, when, *_ in TWO_BREACHES if when.day == day}) for day in (8, 10)}
    claims = _claims_of(db, 4_100_000)
    assert [outlets for _, outlets in claims] == [by_day[8], by_day[10]] and claims[0][0] == dutch
    run_daily(load_feeds(feeds), db, date(2026, 4, 10), str(feeds), components=parts)
    assert _claims_of(db, 4_100_000) == claims
    incremental = _provenance(db)
    with open_warehouse(db) as con:
        con.execute("UPDATE claim_grouping SET grouped_with = 'rules of another version'")
        stage.update_claims(con, parts.claim_embedder, budget=10)
    assert _provenance(db) == incremental
