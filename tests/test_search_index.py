"""The explorer's full-text index: terms in several languages, postings written as articles and translations arrive
(never rebuilt), BM25 ranking, and search through the explorer's store functions."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pytest
from starlette.testclient import TestClient

from pipeline.config import load_feeds
from pipeline.jobs import run_daily
from pipeline.search_terms import document_terms, fold, query_terms, words
from pipeline.store import explore, search
from pipeline.store.db import connect, open_warehouse, select, transaction
from pipeline.store.explore import Filters
from pipeline.store.translations import FieldTranslation
from pipeline.translate import ModelInfo, NoTranslator, update_translations
from pipeline.web import create_app

from .conftest import components

RUN_DATE = date(2024, 11, 21)


def matches(query: str, text: str, language: str) -> bool:
    """A query finds a document when one of its terms for the document's language is among the document's terms."""
    terms = document_terms(text, language)
    return any(t.term in terms and (t.languages is None or language in t.languages) for t in query_terms(query))


# --- terms ---------------------------------------------------------------------------------------------------------


def test_a_german_compound_plural_meets_its_singular() -> None:
    assert document_terms("Panzerlieferungen", "de") == document_terms("Panzerlieferung", "de")
    assert matches("Deserteure", "Fast 200.000 Deserteuren", "de")


def test_russian_case_endings_meet() -> None:
    assert set(document_terms("дезертиров дезертирами дезертиры", "ru")) == {"дезертир"}
    assert matches("дезертиры", "182 тысячи дезертиров", "ru")


def test_ukrainian_has_a_fallback_stemmer() -> None:
    assert set(document_terms("дезертирів дезертирами дезертири", "uk")) == {"дезертир"}
    assert matches("дезертирів", "дезертири", "uk")


def test_accents_are_folded_after_stemming() -> None:
    assert set(document_terms("Les positions détruites", "fr")) == {"le", "posit", "detruit"}
    assert matches("detruites", "positions détruites", "fr") and matches("DÉTRUITE", "positions détruites", "fr")
    assert matches("Luck", "w Łucku", "pl") and matches("Ubergabe", "Übergabe", "de")
    assert matches("Strasse", "Straße", "de") and fold("árvíztűrő") == "arvizturo"
    assert matches("елка", "ёлка", "ru")  # ё is е in most Russian writing
    assert fold("бой") == "бой" and fold("київ") == "київ"  # й and ї are letters of their own
    # where the stemmer needs the mark to find the ending, a query without it misses
    assert not matches("dezerterow", "dezerterów", "pl")


def test_numbers_written_with_separators_are_one_term() -> None:
    assert words("182,000 deserters, 182.000 Deserteure, 182\u00a0000 дезертиров") == [
        "182000",
        "deserters",
        "182000",
        "deserteure",
        "182000",
        "дезертиров",
    ]
    assert words("in 2024 100 soldiers; 1,5 Mio.") == ["in", "2024", "100", "soldiers", "1", "5", "mio"]


def test_a_word_in_another_script_is_kept_whole_and_found_from_any_language() -> None:
    assert "kharkiv" in document_terms("Удар по Kharkiv", "ru")
    assert matches("Kharkiv", "Удар по Kharkiv", "ru")


def test_a_stem_only_matches_documents_of_its_language() -> None:
    """German "Tage" (days) is stemmed "tag" for German documents, where it meets "Tag"; the English "tag" is
    another word, and no English stem of "Tage" is "tag"."""
    assert matches("Tage", "Am ersten Tag", "de")
    assert not matches("Tage", "Price tag", "en")


# --- the index, written as articles arrive ------------------------------------------------------------------------


def feed(path: Path, items: list[tuple[str, str, str]]) -> Path:
    """An RSS file of (guid, title, description) items, published a day apart from 10 November 2024."""
    body = "".join(
        f"<item><title>{title}</title><guid>{guid}</guid>"
        f"<pubDate>{date(2024, 11, 10 + n).strftime('%a, %d %b %Y')} 08:00:00 +0000</pubDate>"
        f"<description>{text}</description></item>"
        for n, (guid, title, text) in enumerate(items)
    )
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>{body}</channel></rss>'
    )
    return path


HARBOUR = [
    ("h1", "Ferry route reopens after the storm", "Some 120 passengers crossed on the first day."),
    ("h2", "Port workers strike over pay", "Dockers stopped work at the container terminal."),
]
RHEIN = [
    ("r1", "Fähre fährt wieder nach dem Sturm", "Rund 120 Fahrgäste setzten am ersten Tag über."),
    ("r2", "Hafenarbeiter streiken für mehr Lohn", "Am Containerterminal ruhte die Arbeit."),
    ("r3", "Neue Panzerlieferungen angekündigt", "Die Regierung kündigte weitere Lieferungen an."),
]


def count(db: Path, sql: str) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def test_each_run_indexes_only_its_new_articles(tmp_path: Path, write_feeds) -> None:
    harbour, rhein = feed(tmp_path / "harbour.xml", HARBOUR), feed(tmp_path / "rhein.xml", RHEIN)
    db = tmp_path / "w.duckdb"
    first = write_feeds([{"name": "Harbour Gazette", "url": str(harbour)}])
    run_daily(load_feeds(first), db, RUN_DATE, str(first), analyse_too=False)
    after_first = count(db, "SELECT count(*) FROM search_postings")
    assert count(db, "SELECT count(*) FROM search_documents") == 2 and after_first > 0

    both = write_feeds([{"name": "Harbour Gazette", "url": str(harbour)}, {"name": "Rheinischer", "url": str(rhein)}])
    run_daily(load_feeds(both), db, RUN_DATE, str(both), analyse_too=False)
    german_terms = sum(len(document_terms(f"{title}\n{text}", "de")) for _, title, text in RHEIN)
    assert count(db, "SELECT count(*) FROM search_postings") == after_first + german_terms  # only the new articles'
    assert count(db, "SELECT count(*) FROM search_postings WHERE language = 'de'") == german_terms

    run_daily(load_feeds(both), db, RUN_DATE, str(both), analyse_too=False)  # a rerun writes nothing
    assert count(db, "SELECT count(*) FROM search_postings") == after_first + german_terms
    assert count(db, "SELECT count(*) FROM search_documents") == 5


class GlossaryTranslator:
    """A translator that knows a few Russian sentences by heart: the real stage code path with readable English."""

    name = "glossary"
    GLOSSARY = {
        "Паромы снова ходят после шторма": "Ferries run again after the storm",
        "Около 120 пассажиров переправились в первый день.": "About 120 passengers crossed on the first day.",
    }

    def route(self, source: str, target: str) -> list[ModelInfo] | None:
        return [ModelInfo("glossary:ru-en", "1", "ru", "en", Path("glossary"))] if source == "ru" else None

    def translate(self, texts: list[str], source: str, target: str) -> list[str]:
        return [self.GLOSSARY[text] for text in texts]


def test_a_translation_adds_english_terms_to_the_article(tmp_path: Path, write_feeds) -> None:
    russian = feed(tmp_path / "ru.xml", [("v1", *GlossaryTranslator.GLOSSARY)])
    feeds, db = write_feeds([{"name": "Вечерний курьер", "url": str(russian), "language": "ru"}]), tmp_path / "w.duckdb"
    run_daily(load_feeds(feeds), db, RUN_DATE, str(feeds), analyse_too=False)
    with open_warehouse(db) as con:
        update_translations(con, NoTranslator(), budget=10)  # no model yet: the Russian text only
        assert search.scores(con, "ferries") == {}
        assert len(search.scores(con, "паромы")) == 1

        update_translations(con, GlossaryTranslator(), budget=10)  # a model now: the article is translated again
        english = con.execute("SELECT language, n_terms FROM search_documents WHERE side = 'translation'").fetchall()
        assert english == [
            ("en", len(words("Ferries run again after the storm About 120 passengers crossed on the first day")))
        ]
        assert list(search.scores(con, "ferry")) == list(search.scores(con, "паромы"))  # "ferry" meets "Ferries"

        # written again (a rerun of the stage, a new model version): the side is replaced, not doubled
        before = con.execute("SELECT count(*) FROM search_postings").fetchone()[0]
        with transaction(con):
            search.index_texts(
                con, search.translated(select(con, FieldTranslation, "SELECT * FROM translations")), replace=True
            )
        assert con.execute("SELECT count(*) FROM search_postings").fetchone()[0] == before


def test_a_warehouse_made_before_the_index_is_indexed_once_by_the_translate_stage(
    demo_db: Path, tmp_path: Path
) -> None:
    """Migration 015 queues the stored articles; the translate stage indexes them within its budget. The result is
    the index the load stage would have written, and later runs find nothing left to do."""
    db = tmp_path / "old.duckdb"
    shutil.copyfile(demo_db, db)
    with open_warehouse(db) as con:  # as it was before migration 015
        con.execute("DROP TABLE search_postings; DROP TABLE search_documents")
        con.execute("DELETE FROM schema_migrations WHERE version = 15")
        con.execute("DELETE FROM work_queue WHERE stage = 'search'")
    with open_warehouse(db) as con:  # migrated now
        assert con.execute("SELECT count(*) FROM work_queue WHERE stage = 'search'").fetchone()[0] == 211
        update_translations(con, NoTranslator(), budget=150)
        assert con.execute("SELECT count(DISTINCT article_id) FROM search_documents").fetchone()[0] == 150
        update_translations(con, NoTranslator(), budget=150)
        update_translations(con, NoTranslator(), budget=150)  # nothing left: one look at an empty queue
        assert con.execute("SELECT count(*) FROM work_queue WHERE stage = 'search'").fetchone()[0] == 0
        backfilled = con.execute("SELECT * FROM search_postings ORDER BY ALL").fetchall()
    con = duckdb.connect(str(demo_db), read_only=True)
    assert backfilled == con.execute("SELECT * FROM search_postings ORDER BY ALL").fetchall()
    con.close()


def test_a_snapshot_from_before_the_index_is_searched_by_claims_and_meaning_only(demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    shutil.copyfile(demo_db, db)
    with open_warehouse(db) as con:
        con.execute("DROP TABLE search_postings; DROP TABLE search_documents")
    with explore.reader(db) as con:  # read-only, as the explorer opens a snapshot: nothing migrates it
        assert explore.articles(con, Filters(), "Deserteure") == []
        assert explore.narratives(con, Filters(), "Deserteure", similar=[(3, 0.4)])[0].narrative_id == 3


# --- ranking ---------------------------------------------------------------------------------------------------------


@pytest.fixture
def corpus(db_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """Five English articles, indexed through the store (as the load stage does)."""
    con = connect(db_path)
    texts = {
        "twice": "Deserters and more deserters: the army counts its deserters",
        "once": "The army reports deserters",
        "army": "The army parades; the army marches; the army rests",
        "long": "The army, in a very long report about supplies, weather, roads, trains and food, mentions deserters",
        "other": "Grain exports resume on the Danube",
    }
    with transaction(con):
        search.index_texts(con, [search.original(a, "en", text, "") for a, text in texts.items()])
    yield con
    con.close()


def test_bm25_ranks_more_and_rarer_matches_first(corpus: duckdb.DuckDBPyConnection) -> None:
    scores = search.scores(corpus, "army deserters")
    assert sorted(scores, key=scores.get, reverse=True) == ["twice", "once", "long", "army"]  # "other" matches nothing
    assert scores["once"] > scores["army"]  # one rare word (4 of 5 documents have "army") beats three common ones
    assert scores["once"] > scores["long"]  # the same words in a shorter text weigh more


def test_a_query_word_counts_once_whatever_forms_it_takes(corpus: duckdb.DuckDBPyConnection) -> None:
    assert search.scores(corpus, "deserters") == search.scores(corpus, "deserters Deserters DESERTERS")


def test_sql_looking_text_is_just_text(corpus: duckdb.DuckDBPyConnection) -> None:
    assert search.scores(corpus, "'; DROP TABLE search_postings; --") == {}
    assert search.scores(corpus, "x') OR 1=1 -- army") == search.scores(corpus, "x or 1 1 army")
    assert corpus.execute("SELECT count(*) FROM search_documents").fetchone()[0] == 5


# --- the explorer ----------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(demo_db: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    with explore.reader(demo_db) as con:
        yield con


def test_the_explorer_finds_an_article_by_another_form_of_its_words(demo: duckdb.DuckDBPyConnection) -> None:
    found = explore.articles(demo, Filters(), "Deserteure")  # the titles say "Deserteuren"
    assert any("Deserteuren" in a.title for a in found)
    assert {a.language for a in found} == {"de", "fr"}  # French "déserteurs" has the same stem, accents folded
    best = explore.articles(demo, Filters(), "182.000 Deserteure")[0]
    assert "182.000" in best.title and "Deserteur" in best.title


def test_filters_still_apply_to_a_search(demo: duckdb.DuckDBPyConnection) -> None:
    everywhere = explore.articles(demo, Filters(), "дезертиров")
    assert {a.language for a in everywhere} == {"ru", "uk"}  # "дезертирів" meets it through the Ukrainian stemmer
    russian = explore.articles(demo, Filters(language="ru"), "дезертиров")
    assert russian and {a.language for a in russian} == {"ru"}
    one_outlet = explore.articles(demo, Filters(outlet="Новости Севера"), "дезертиров")
    assert one_outlet and {a.outlet for a in one_outlet} == {"Новости Севера"}
    window = Filters(start=datetime(2024, 11, 14, tzinfo=UTC), end=datetime(2024, 11, 15, tzinfo=UTC))
    assert all(a.published_at.date() == date(2024, 11, 14) for a in explore.articles(demo, window, "дезертиров"))
    story = everywhere[0].narrative_id
    in_story = explore.articles(demo, Filters(narrative_id=story), "дезертиров")
    assert in_story and {a.narrative_id for a in in_story} == {story}
    assert explore.articles(demo, Filters(language="fr"), "дезертиров") == []


def test_claims_still_find_articles_written_in_other_words(demo: duckdb.DuckDBPyConnection) -> None:
    claim = demo.execute("SELECT claim_id FROM claims WHERE value = 182000 AND subject = 'deserters'").fetchone()[0]
    by_claim = explore.articles(demo, Filters(), "zzzz", [claim])
    assert {a.language for a in by_claim} >= {"en", "ru", "uk", "de", "pl", "fr", "es", "it"}


def test_narratives_are_found_by_their_articles_words(demo: duckdb.DuckDBPyConnection) -> None:
    found = explore.narratives(demo, Filters(), "dezerterów")
    assert found and "desertion" in found[0].label


def test_narratives_are_found_by_meaning_in_another_language(demo: duckdb.DuckDBPyConnection) -> None:
    """Dutch is no language of the demo, and no article has these words: the story embeddings find the story."""
    embedder = components().narrative_embedder
    query = "graanexport Donau"
    assert search.scores(demo, query) == {}
    similar = explore.similar_narratives(demo, embedder.encode([query])[0], embedder.name)
    found = explore.narratives(demo, Filters(), query, similar=similar)
    assert [n.narrative_id for n in found] == [n for n, _ in similar] and "grain" in found[0].label
    assert explore.narratives(demo, Filters(language="ru"), query, similar=similar)  # told in Russian too
    assert explore.similar_narratives(demo, embedder.encode(["weather forecast"])[0], embedder.name) == []


def test_articles_are_found_by_meaning_among_the_nearest_narratives(demo: duckdb.DuckDBPyConnection) -> None:
    """The same Dutch query lists the grain story's articles in their own languages, nearest first."""
    embedder = components().narrative_embedder
    vector = embedder.encode(["graanexport Donau"])[0]
    nearest = explore.similar_narratives(demo, vector, embedder.name)
    similar = explore.similar_articles(demo, vector, embedder.name, [n for n, _ in nearest])
    assert similar and [c for _, c in similar] == sorted((c for _, c in similar), reverse=True)
    found = explore.articles(demo, Filters(), "graanexport Donau", similar=similar)
    assert [a.article_id for a in found] == [a for a, _ in similar][: len(found)]
    assert {a.narrative_id for a in found} == {nearest[0][0]} and len({a.language for a in found}) >= 4
    assert explore.similar_articles(demo, vector, embedder.name, []) == []


def test_the_search_page_lists_what_the_index_and_the_embeddings_find(demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    shutil.copyfile(demo_db, db)
    client = TestClient(create_app(db))
    con = duckdb.connect(str(db), read_only=True)
    grain = con.execute("SELECT narrative_id FROM narratives WHERE label LIKE '%grain%'").fetchone()[0]
    con.close()
    page = client.get("/", params={"q": "graanexport Donau"}).text  # by meaning only: no article has these words
    narratives = page[page.index('<section id="narratives">') : page.index('<section id="articles">')]
    assert f'href="/narrative/{grain}"' in narratives
    page = client.get("/", params={"q": "Deserteure", "format": "csv", "table": "articles"}).text
    assert "Deserteuren" in page.splitlines()[1]  # the best match first


def test_a_search_is_answered_from_the_query_terms_postings(demo: duckdb.DuckDBPyConnection) -> None:
    """The ranking reads the postings of the query's terms through the index on `term`, not the whole table."""
    sql, params = search.bm25(query_terms("Deserteure"))
    plan = demo.execute(f"EXPLAIN ANALYZE WITH {sql} SELECT * FROM scores", params).fetchall()[0][1]
    assert "Index Scan" in plan
