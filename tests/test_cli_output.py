"""Commands that compose: results as CSV or JSON for other tools, SQL from files and pipes, windows and filters,
scoped exports, and honest counts (what is not analysed yet, names that can be undone)."""

from __future__ import annotations

import csv
import io
import json
import shutil
from importlib.metadata import version
from pathlib import Path

import duckdb
from typer.testing import CliRunner

from pipeline.cli import app

from .conftest import DATA

runner = CliRunner()


def narratives(*args: str, **kwargs):
    result = runner.invoke(app, [str(arg) for arg in args], **kwargs)
    assert result.exit_code == 0, result.output
    return result


def test_version_is_the_installed_distributions() -> None:
    assert narratives("--version").output.strip() == f"narratives {version('narrative-tracker')}"


def test_sql_as_csv_and_json(demo_db: Path) -> None:
    query = "SELECT outlet, min(published_at) AS first, list(DISTINCT language) AS langs FROM articles GROUP BY ALL ORDER BY 1"
    rows = list(csv.DictReader(io.StringIO(narratives("sql", "--db", demo_db, "--format", "csv", query).stdout)))
    assert len(rows) == 11 and rows[0]["outlet"] == "Alpen-Rundschau"
    assert rows[0]["first"].startswith("2024-11-") and "T" in rows[0]["first"]  # ISO-8601
    assert json.loads(rows[0]["langs"]) == ["de"]  # lists stay lists

    objects = json.loads(narratives("sql", "--db", demo_db, "--format", "json", query).stdout)
    assert objects[0] == {"outlet": "Alpen-Rundschau", "first": rows[0]["first"], "langs": ["de"]}


def test_piped_output_is_plain_csv_with_every_row_whole(demo_db: Path) -> None:
    """Not a terminal: no box drawing, no ellipsis, no row limit unless asked."""
    result = narratives("sql", "--db", demo_db, "SELECT title FROM articles ORDER BY length(title) DESC")
    lines = list(csv.reader(io.StringIO(result.stdout)))
    assert lines[0] == ["title"] and len(lines) == 212
    assert "…" not in result.stdout and "│" not in result.stdout


def test_sql_from_a_file_and_from_stdin(demo_db: Path, tmp_path: Path) -> None:
    query = tmp_path / "outlets.sql"
    query.write_text("-- outlets in the demo\nSELECT count(DISTINCT outlet) AS outlets FROM articles;\n")
    assert narratives("sql", "--db", demo_db, "-f", query).stdout == "outlets\n11\n"
    assert narratives("sql", "--db", demo_db, input="SELECT 6 * 7 AS answer").stdout == "answer\n42\n"
    assert narratives("sql", "--db", demo_db, "-", input="SELECT 'piped' AS how").stdout == "how\npiped\n"
    nothing = runner.invoke(app, ["sql", "--db", str(demo_db)], input="  \n")
    assert nothing.exit_code == 2 and "empty" in nothing.output
    both = runner.invoke(app, ["sql", "--db", str(demo_db), "-f", str(query), "SELECT 1"])
    assert both.exit_code == 2 and "not both" in both.output


def test_a_wide_result_at_80_columns_shows_its_values(demo_db: Path) -> None:
    """SELECT * FROM articles has 20 columns: each row is printed as `column │ value` lines, not ellipses."""
    result = narratives(
        "sql", "--db", demo_db, "--format", "table", "SELECT * FROM articles WHERE title LIKE 'Black Sea Corridor%'",
        env={"COLUMNS": "80"},
    )  # fmt: skip
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    assert "row 1" in result.stdout and "translation_status │ not_needed" in result.stdout
    assert "Black Sea Corridor Handled 10.5 Million Tonnes in October" in result.stdout and "…" not in result.stdout
    narrow = narratives("sql", "--db", demo_db, "--format", "table", "SELECT outlet FROM articles LIMIT 1")
    assert "┃ outlet" in narrow.stdout  # a result that fits stays a table


def test_claims_trace_as_json_and_csv(demo_db: Path) -> None:
    trace = json.loads(narratives("claims", "trace", "--db", demo_db, "--format", "json", "182,000 deserters").stdout)
    assert trace["claim"]["value"] == 182000 and trace["claim"]["first_seen_outlet"] == "Eastern Dispatch Daily"
    assert (
        trace["spread"][0]["spread_rank"] == 1
        and trace["spread"][0]["first_published_at"] == "2024-11-05T07:30:00+00:00"
    )
    assert [v["value"] for v in trace["variants"]] == [200000]
    spread = list(
        csv.DictReader(io.StringIO(narratives("claims", "trace", "--db", demo_db, "182,000 deserters").stdout))
    )
    assert [row["outlet"] for row in spread] == [row["outlet"] for row in trace["spread"]]


def test_claims_top_counts_only_the_window_and_filters_by_language(demo_db: Path) -> None:
    w45 = ("--from", "2024-11-04", "--to", "2024-11-10")
    rows = json.loads(narratives("claims", "top", "--db", demo_db, *w45, "--format", "json").stdout)
    deserters = next(row for row in rows if row["value"] == 182000 and row["subject"] == "deserters")
    con = duckdb.connect(str(demo_db), read_only=True)
    in_w45 = con.execute(
        "SELECT count(*) FROM claim_mentions WHERE claim_id = ? AND published_at >= '2024-11-04' AND published_at < '2024-11-11'",
        [deserters["claim_id"]],
    ).fetchone()[0]
    con.close()
    assert deserters["mentions_in_window"] == in_w45 < deserters["n_mentions"]
    assert all(row["value"] != 200000 for row in rows)  # the mutation starts on 14 November

    polish = json.loads(
        narratives("claims", "top", "--db", demo_db, *w45, "--language", "pl", "--format", "json").stdout
    )
    assert 0 < len(polish) < len(rows) and deserters["claim_id"] in {row["claim_id"] for row in polish}
    refused = runner.invoke(app, ["claims", "top", "--db", str(demo_db), "--from", "2024-11-04", "--since", "7d"])
    assert refused.exit_code == 2


def test_topics_list_in_a_window_and_show_as_csv(demo_db: Path) -> None:
    every = json.loads(narratives("topics", "list", "--db", demo_db, "--format", "json").stdout)
    w46 = json.loads(
        narratives(
            "topics", "list", "--db", demo_db, "--from", "2024-11-11", "--to", "2024-11-17", "--format", "json"
        ).stdout
    )
    total = {row["narrative_id"]: row["n_articles"] for row in every}
    assert w46 and all(row["n_articles"] <= total[row["narrative_id"]] for row in w46)
    assert sum(row["n_articles"] for row in w46) < sum(total.values())
    biggest = every[0]["narrative_id"]
    articles = list(csv.DictReader(io.StringIO(narratives("topics", "show", "--db", demo_db, biggest).stdout)))
    assert len(articles) == total[biggest] and {row["narrative_id"] for row in articles} == {str(biggest)}


def test_topics_list_after_ingest_alone_counts_what_is_not_analysed(tmp_path: Path, write_feeds) -> None:
    db = tmp_path / "w.duckdb"
    narratives(
        "ingest", "--feeds", write_feeds([{"name": "Harbour Gazette", "url": str(DATA / "good.rss")}]), "--db", db
    )
    result = narratives("topics", "list", "--db", db, "--format", "table")
    assert "outliers" not in result.output and "not analysed yet: 2 of 2 articles" in result.output


def test_rename_refuses_an_empty_name_and_reset_brings_the_label_back(demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    shutil.copy(demo_db, db)
    label = json.loads(narratives("topics", "list", "--db", db, "--format", "json").stdout)[0]
    for empty in ("", "   "):
        refused = runner.invoke(app, ["topics", "rename", "--db", str(db), str(label["narrative_id"]), empty])
        assert refused.exit_code == 2 and "empty" in refused.output
    narratives("topics", "rename", "--db", db, label["narrative_id"], "Desertion figures")
    renamed = json.loads(narratives("topics", "show", "--db", db, label["narrative_id"], "--format", "json").stdout)
    assert renamed["narrative"]["label"] == "Desertion figures" and renamed["narrative"]["renamed"]
    narratives("topics", "rename", "--db", db, label["narrative_id"], "--reset")
    back = json.loads(narratives("topics", "show", "--db", db, label["narrative_id"], "--format", "json").stdout)
    assert back["narrative"]["label"] == label["label"] and not back["narrative"]["renamed"]
    missing = runner.invoke(app, ["topics", "rename", "--db", str(db), "999", "--reset"])
    assert missing.exit_code == 1


def test_export_of_one_narrative_in_one_week(demo_db: Path, tmp_path: Path) -> None:
    biggest = json.loads(narratives("topics", "list", "--db", demo_db, "--format", "json").stdout)[0]["narrative_id"]
    out = tmp_path / "w45"
    narratives(
        "export", "--db", demo_db, "--format", "csv", "--out", out,
        "--from", "2024-11-04", "--to", "2024-11-10", "--narrative", biggest,
    )  # fmt: skip
    con = duckdb.connect()
    articles = con.execute(
        f"SELECT DISTINCT narrative_id, CAST(published_at AS DATE) AS day FROM '{out / 'articles.csv'}'"
    ).fetchall()
    assert articles and {n for n, _ in articles} == {biggest}
    assert all("2024-11-04" <= str(day) <= "2024-11-10" for _, day in articles)
    weeks = con.execute(f"SELECT DISTINCT week_start, narrative_id FROM '{out / 'narrative_growth.csv'}'").fetchall()
    assert [(str(week), n) for week, n in weeks] == [("2024-11-04", biggest)]
    assert not (out / "feed_health.csv").exists()  # about every feed, not one narrative
    whole = tmp_path / "all"
    narratives("export", "--db", demo_db, "--format", "parquet", "--out", whole)
    assert (whole / "week_totals.parquet").exists() and (whole / "feed_health.parquet").exists()
