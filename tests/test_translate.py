"""Offline translation through a real argos package built at test time (random weights, real code path)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import duckdb
import pytest
import yaml
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.config import load_feeds
from pipeline.jobs import run_daily
from pipeline.text import split_sentences
from pipeline.translate import ArgosTranslator, TranslationError, install_from_file, installed_models

from .conftest import DEMO_DIR, components, respond
from .support.argos_package import build_argos_package

runner = CliRunner()
RUSSIAN = ["Вечерний курьер", "Новости Севера"]


def demo_lines(slug: str) -> list[str]:
    text = (DEMO_DIR / "feeds" / f"{slug}.xml").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if len(line.strip()) > 20]


@pytest.fixture(scope="module")
def packages(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("argosmodels")
    return {
        "ru-en": build_argos_package(folder, demo_lines("vecherny-kurier") + demo_lines("novosti-severa"), "ru", "en"),
        "en-de": build_argos_package(folder, demo_lines("eastern-dispatch") + demo_lines("wire-europe"), "en", "de"),
    }


@pytest.fixture
def models_dir(tmp_path: Path, packages) -> Path:
    folder = tmp_path / "models"
    install_from_file(packages["ru-en"], folder)
    return folder


def test_models_install_list_remove_through_the_cli(tmp_path: Path, packages) -> None:
    folder = str(tmp_path / "m")
    installed = runner.invoke(app, ["models", "install", "--from-path", str(packages["ru-en"]), "--models-dir", folder])
    assert installed.exit_code == 0, installed.output
    listed = runner.invoke(app, ["models", "list", "--models-dir", folder], env={"COLUMNS": "200"})
    assert "argos:ru-en" in listed.output
    assert runner.invoke(app, ["models", "remove", "ru", "en", "--models-dir", folder]).exit_code == 0
    assert installed_models(Path(folder)) == []
    not_a_model = tmp_path / "junk.argosmodel"
    not_a_model.write_text("not a zip")
    bad = runner.invoke(app, ["models", "install", "--from-path", str(not_a_model), "--models-dir", folder])
    assert bad.exit_code == 2 and "cannot install" in bad.output


def test_models_install_downloads_from_a_package_index(tmp_path: Path, packages, http_server) -> None:
    """`models install ru` on a connected machine: the argos index and the package come from a server on loopback,
    named through argostranslate's own setting (ARGOS_PACKAGE_INDEX), so no test needs the internet."""
    url, routes = http_server
    archive = packages["ru-en"]
    with zipfile.ZipFile(archive) as zipped:
        metadata = json.loads(zipped.read(next(n for n in zipped.namelist() if n.endswith("/metadata.json"))))
    routes["/packages/ru-en.argosmodel"] = respond(200, archive.read_bytes())
    index = [{**metadata, "links": [f"{url}/packages/ru-en.argosmodel"]}]
    routes["/index.json"] = respond(200, json.dumps(index).encode(), {"Content-Type": "application/json"})
    home = tmp_path / "home"  # argos keeps its index copy and downloads under the user's data and cache folders
    env = {**os.environ, "ARGOS_PACKAGE_INDEX": f"{url}/", "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
           "XDG_CACHE_HOME": str(home / "cache")}  # fmt: skip
    models = tmp_path / "models"
    narratives = Path(sys.executable).with_name("narratives")
    done = subprocess.run(
        [str(narratives), "models", "install", "ru", "--models-dir", str(models)],
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "installed ru-en" in done.stdout
    assert [(m.source, m.target) for m in installed_models(models)] == [("ru", "en")]


def test_batched_translation_loads_the_model_once(models_dir: Path) -> None:
    translator = ArgosTranslator(models_dir)
    texts = [f"В ВСУ зафиксировано {n} тыс. дезертиров. Офицеры говорят о коллапсе." for n in range(40)]
    first = translator.translate(texts, "ru", "en")
    assert len(first) == 40 and all(isinstance(t, str) and t for t in first)
    assert translator.model_calls == 3  # 80 sentences in batches of 32
    translator.translate(texts[:2], "ru", "en")
    assert len(translator._loaded) == 1 and translator.model_calls == 4
    with pytest.raises(TranslationError, match="no installed model"):
        translator.translate(["Hallo"], "de", "en")


def test_pivoting_through_english(models_dir: Path, packages) -> None:
    install_from_file(packages["en-de"], models_dir)
    translator = ArgosTranslator(models_dir)
    assert [m.model_id for m in translator.route("ru", "de")] == ["argos:ru-en", "argos:en-de"]
    assert len(translator.translate(["Новости дня.", "Погода."], "ru", "de")) == 2
    assert translator.route("fr", "de") is None


def demo_subset(tmp_path: Path, outlets: list[str]) -> Path:
    config = yaml.safe_load((DEMO_DIR / "feeds.yaml").read_text(encoding="utf-8"))
    shutil.copytree(DEMO_DIR / "feeds", tmp_path / "feeds")
    config["feeds"] = [feed for feed in config["feeds"] if feed["name"] in outlets]
    path = tmp_path / "feeds.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


def test_run_translates_what_it_can_keeps_the_rest_and_caches(tmp_path: Path, models_dir: Path) -> None:
    feeds = demo_subset(tmp_path, [*RUSSIAN, "Gazeta Wschodnia", "Eastern Dispatch Daily"])
    db = tmp_path / "w.duckdb"
    translator = ArgosTranslator(models_dir)
    first = run_daily(
        load_feeds(feeds), db, date(2024, 11, 21), str(feeds), components=components(translator=translator)
    )
    assert first.translations.by_language["ru"] == {"translated": 38}
    assert first.translations.by_language["pl"] == {"no_model": 19}
    assert first.translations.by_language["en"] == {"not_needed": 19}
    assert first.translations.model_calls > 0
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute(
        "SELECT language, translation_status, title_en IS NOT NULL, narrative_id IS NOT NULL FROM articles"
    ).fetchall()
    con.close()
    assert {(lang, status, has_en) for lang, status, has_en, _ in rows} == {
        ("ru", "translated", True),
        ("pl", "no_model", False),
        ("en", "not_needed", False),
    }
    assert all(clustered for *_, clustered in rows)  # untranslated articles are still clustered

    second = run_daily(
        load_feeds(feeds), db, date(2024, 11, 22), str(feeds), components=components(translator=translator)
    )
    assert second.translations.model_calls == 0

    # A re-posted Russian article (same text, another outlet and guid) is served from the cache.
    repost = tmp_path / "feeds" / "repost.xml"
    repost.write_text(
        (tmp_path / "feeds" / "vecherny-kurier.xml")
        .read_text(encoding="utf-8")
        .replace("vkurier.example", "mirror.example"),
        encoding="utf-8",
    )
    config = yaml.safe_load(feeds.read_text(encoding="utf-8"))
    config["feeds"].append({"name": "Mirror", "url": "feeds/repost.xml", "language": "ru"})
    feeds.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    third = run_daily(
        load_feeds(feeds),
        db,
        date(2024, 11, 23),
        str(feeds),
        components=components(translator=ArgosTranslator(models_dir)),
    )
    assert third.translations.by_language["ru"] == {"translated": 19}
    assert third.translations.model_calls == 0 and third.translations.cache_hits == 38


def test_a_model_installed_later_translates_the_articles_left_without_one(
    tmp_path: Path, models_dir: Path, packages
) -> None:
    feeds = demo_subset(tmp_path, [*RUSSIAN, "Gazeta Wschodnia"])
    db = tmp_path / "w.duckdb"
    first = run_daily(
        load_feeds(feeds),
        db,
        date(2024, 11, 21),
        str(feeds),
        components=components(translator=ArgosTranslator(models_dir)),
    )
    assert first.translations.by_language["pl"] == {"no_model": 19}

    polish = build_argos_package(tmp_path / "pl", demo_lines("gazeta-wschodnia"), "pl", "en")
    install_from_file(polish, models_dir)  # `narratives models install` does this
    later = run_daily(
        load_feeds(feeds),
        db,
        date(2024, 11, 22),
        str(feeds),
        components=components(translator=ArgosTranslator(models_dir)),
    )
    assert later.new_articles == 0 and later.translations.by_language == {"pl": {"translated": 19}}
    con = duckdb.connect(str(db), read_only=True)
    statuses = con.execute(
        "SELECT language, translation_status, count(*) FROM articles GROUP BY ALL ORDER BY 1"
    ).fetchall()
    con.close()
    assert statuses == [("pl", "translated", 19), ("ru", "translated", 38)]


class FlakyTranslator(ArgosTranslator):
    """The real argos translator, except that it cannot handle one poisoned text."""

    def translate(self, texts: list[str], source: str, target: str) -> list[str]:
        if any("Брянск" in text for text in texts):
            raise TranslationError("model failed on this input")
        return super().translate(texts, source, target)


def test_one_failing_article_does_not_stop_the_batch(tmp_path: Path, models_dir: Path) -> None:
    feeds = demo_subset(tmp_path, ["Вечерний курьер"])
    summary = run_daily(
        load_feeds(feeds),
        tmp_path / "w.duckdb",
        date(2024, 11, 21),
        str(feeds),
        components=components(translator=FlakyTranslator(models_dir)),
    )
    counts = summary.translations.by_language["ru"]
    assert counts["failed"] >= 1 and counts["translated"] >= 10
    assert counts["failed"] + counts["translated"] == 19


def test_sentence_splitting() -> None:
    assert split_sentences("Первое. Второе! Третье?") == ["Первое.", "Второе!", "Третье?"]
    assert split_sentences("   ") == []
