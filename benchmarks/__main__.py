"""Scale benchmark for issue #15: a year of daily runs.

Run: .venv/bin/python -m benchmarks scale [--day 10000] [--histories 1000 10000] [--queries 100000 1000000]

Sub-commands (the `scale` one runs them all and prints the table; the others are its building blocks):
- `generate`: write a synthetic load (benchmarks/load.py) as recorded RSS files plus a feeds.yaml;
- `day`: run `pipeline.jobs.run_daily` once (translation off: `NoTranslator`) and print a JSON line with the
  stage seconds, the wall time and the peak memory of this (fresh) process (`VmHWM`);
- `incremental`: a day of new articles on copies of history warehouses, alternating, median of the repeats (200 and
  10,000 new articles in `scale`; a day of 1,000 or more runs once per history);
- `queries`: analyst query latencies on warehouses multiplied in SQL from a pipeline-built one (synthetic rows:
  ids, dates and claim values varied per copy; the only SQL in the benchmarks, used to build these warehouses);
- `scale`: all of the above, results appended as JSON lines to `<out>/results.jsonl` as they are measured;
- `rescan`: on a copy of a warehouse, the one-off cost of new extraction rules: the stored articles scanned again
  (`claims.stage.rescan`, as many as `--budget`); the rules are the same, so no mention changes and no regrouping
  follows (it costs what a change of the matching rules costs).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.load import demo_templates, write_load

PYTHON = sys.executable
STAGES = ("fetch", "parse", "load", "translate", "claims", "embed", "narratives")
NEW_DAY = date(2026, 11, 20)
HISTORY_RATE = 50
"""Histories are generated at this many articles per day (`--history-rate`): more history reaches further back, it
is not denser. At 50 a day, 1k articles already span 20 days, longer than the stages' 14-day windows, so 1k and 10k
compare the same windows over a short and a long past; at 200 a day, 1k spans 5 days and its windows are not full."""
STARTUP = "import pipeline.jobs; from pipeline.embeddings import UniversalSentenceEncoder as U; U().encode(['x'])"
"""The floor of any daily run: a process that imports the daily job and loads the embedding model."""


def emit(out: Path | None, record: dict[str, Any]) -> None:
    record = {"measured_at": datetime.now(UTC).isoformat(timespec="seconds"), **record}
    print(json.dumps(record, ensure_ascii=False), flush=True)
    if out is not None:
        with (out / "results.jsonl").open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def components() -> Any:
    from pipeline.settings import Settings, build
    from pipeline.translate import NoTranslator

    return replace(build(Settings.load()), translator=NoTranslator())


def run_day(feeds: Path, db: Path, run_date: date, parts: Any = None) -> dict[str, Any]:
    from pipeline.config import load_feeds
    from pipeline.jobs import run_daily

    started = time.perf_counter()
    summary = run_daily(load_feeds(feeds), db, run_date, str(feeds), parts or components())
    wall = time.perf_counter() - started
    seconds = {stage: round(summary.stage_seconds.get(stage, 0.0), 3) for stage in STAGES}
    return {
        "new_articles": summary.new_articles,
        "near_duplicates": summary.near_duplicates,
        "mentions": summary.claims.new_mentions if summary.claims else None,
        "claims": summary.claims.claims if summary.claims else None,
        "narrative_pool": summary.narratives.pool if summary.narratives else None,
        "stage_seconds": seconds,
        "run_daily_s": round(wall, 3),
        "excl_translation_s": round(wall - seconds["translate"], 3),
    }


def cmd_generate(args: argparse.Namespace) -> None:
    feeds = write_load(args.out, args.articles, args.first_day, args.days, args.seed, args.tag)
    print(feeds)


def cmd_day(args: argparse.Namespace) -> None:
    result = run_day(args.feeds, args.db, args.date)
    result["peak_rss_mb"] = peak_rss_mb()
    print("RESULT " + json.dumps(result), flush=True)


def peak_rss_mb() -> float:
    """This process's peak resident memory. Linux keeps `ru_maxrss` across fork and exec, so a child started by a
    parent that once held 3 GB reports 3 GB; `VmHWM` belongs to the process's own memory map, made at exec."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def day_in_child(feeds: Path, db: Path, run_date: date, timeout_s: float) -> dict[str, Any]:
    """`day` in a fresh process: its peak memory is its own; the wall time includes start-up and model load."""
    started = time.perf_counter()
    done = subprocess.run(
        [PYTHON, "-m", "benchmarks", "day", "--feeds", str(feeds), "--db", str(db), "--date", run_date.isoformat()],
        capture_output=True,
        text=True,
        timeout=timeout_s,
        check=True,
    )
    wall = time.perf_counter() - started
    line = next(line for line in done.stdout.splitlines() if line.startswith("RESULT "))
    return {**json.loads(line[len("RESULT ") :]), "process_s": round(wall, 3)}


def model_load_s() -> float:
    started = time.perf_counter()
    subprocess.run([PYTHON, "-c", STARTUP], check=True, capture_output=True, timeout=300)
    return time.perf_counter() - started


def history(
    folder: Path, n: int, templates: list[Any], timeout_s: float, rate: int = HISTORY_RATE
) -> tuple[Path, dict[str, Any]]:
    """A warehouse holding `n` articles at `rate` a day, ending the day before `NEW_DAY`."""
    days = max(1, n // rate)
    feeds = write_load(
        folder / f"history-{n}", n, NEW_DAY - timedelta(days=days), days, seed=n, tag=f"h{n}", templates=templates
    )
    db = folder / f"history-{n}.duckdb"
    return db, day_in_child(feeds, db, NEW_DAY - timedelta(days=1), timeout_s)


def cmd_rescan(args: argparse.Namespace) -> None:
    from pipeline.claims import stage
    from pipeline.store.db import open_warehouse

    stage.EXTRACTION_RULES = "rules-of-the-benchmark"  # what a change of rules does: every article to scan again
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "rescan.duckdb"
        shutil.copy(args.db, copy)
        with open_warehouse(copy) as con:
            started = time.perf_counter()
            articles, changed, done = stage.rescan(con, budget=args.budget)
            seconds = time.perf_counter() - started
    emit(
        None,
        {
            "benchmark": "rescan",
            "articles": articles,
            "mentions_changed": changed,
            "done": done,
            "rescan_s": round(seconds, 2),
            "articles_per_s": round(articles / seconds),
        },
    )


def cmd_incremental(args: argparse.Namespace) -> None:
    print("RESULT " + json.dumps(incremental(args.feeds, args.histories, args.repeats)), flush=True)


def incremental(feeds: Path, histories: list[Path], repeats: int) -> dict[str, Any]:
    """The same day of new articles on a copy of each history, alternating histories, `repeats` times each."""
    parts = components()
    parts.claim_embedder.encode(["warm-up"])  # the model is loaded once, outside the timings
    times: dict[str, list[float]] = {str(h): [] for h in histories}
    runs: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-inc-") as tmp:
        for _ in range(repeats):
            for db in histories:
                copy = Path(tmp) / db.name
                shutil.copyfile(db, copy)
                run = run_day(feeds, copy, NEW_DAY, parts)
                times[str(db)].append(run["excl_translation_s"])
                runs[str(db)] = run
                copy.unlink()
    return {"times": times, "last_runs": runs}


def median_of(repeats: int, work: Callable[[], float]) -> tuple[float, list[float]]:
    values = [work() for _ in range(repeats)]
    return statistics.median(values), values


def cmd_queries(args: argparse.Namespace) -> None:
    for size in args.sizes:
        emit(args.out, query_latencies(args.base, size, args.folder, args.repeats))


def multiply(base: Path, target: Path, copies: int) -> None:
    """A warehouse of `copies` × the base's rows, built in SQL: synthetic rows for query timings only.

    Copy k has its ids suffixed with `~k`, its dates moved back k × (365 / copies) days (so the copies span a year),
    claim values changed for 9 copies in 10 (so claim sizes stay like the base's), narratives renumbered monthly
    (a year brings new narratives). Vector tables (embeddings, narrative vector sums kept as they are) are not
    multiplied: no timed query reads them.
    """
    from pipeline.store.db import open_warehouse

    shift = f"to_days(CAST(k * 365 // {copies} AS INTEGER))"
    value = "CASE WHEN k % 10 = 0 THEN value ELSE value + k % 10 END"
    month = f"(k * 12 // {copies}) * 100000"
    with open_warehouse(target) as con:
        con.execute(f"ATTACH '{base}' AS b (READ_ONLY)")
        con.execute(f"CREATE TEMP TABLE copies AS SELECT range AS k FROM range({copies})")
        con.execute("INSERT INTO feeds SELECT * FROM b.feeds")
        con.execute(
            f"""INSERT INTO raw_items SELECT article_id || '~' || k, outlet, feed_url, guid || '~' || k,
                url || '~' || k, title, summary, published_at - {shift}, published_source, fetched_at - {shift},
                run_date - {shift}, content_hash || '~' || k, minhash, detected_language, language_prob,
                declared_language, CASE WHEN duplicate_of IS NULL THEN NULL ELSE duplicate_of || '~' || k END
            FROM b.raw_items, copies"""
        )
        con.execute(
            "INSERT INTO claim_extractions SELECT article_id || '~' || k, n_mentions FROM b.claim_extractions, copies"
        )
        con.execute(
            f"""INSERT INTO mentions SELECT mention_id || '~' || k, article_id || '~' || k, field, start_offset,
                end_offset, surface_text, {value}, value_high, kind, unit, exact, qualifier, ambiguous_separator,
                subject, subject_concept, year, sentence, language FROM b.mentions, copies"""
        )
        con.execute(
            f"""INSERT INTO claim_groups SELECT g.* REPLACE (
                    claim_id || '~' || k AS claim_id, {value} AS value,
                    CASE WHEN variant_of IS NULL THEN NULL ELSE variant_of || '~' || k END AS variant_of,
                    list_transform(article_ids, lambda a: a || '~' || k) AS article_ids,
                    first_seen - {shift} AS first_seen, first_seen_at - {shift} AS first_seen_at,
                    last_seen_at - {shift} AS last_seen_at, first_seen_article_id || '~' || k AS first_seen_article_id
                )
            FROM b.claim_groups g, copies"""
        )
        con.execute(
            "INSERT INTO mention_claims SELECT mention_id || '~' || k, claim_id || '~' || k FROM b.mention_claims, copies"
        )
        con.execute(
            f"""INSERT INTO article_narratives SELECT article_id || '~' || k,
                CASE WHEN narrative_id = -1 THEN -1 ELSE narrative_id + {month} END, run_date - {shift},
                known_at - {shift}
            FROM b.article_narratives, copies"""
        )
        con.execute(
            f"""INSERT INTO narrative_state SELECT DISTINCT ON (narrative_id + {month}) narrative_id + {month}, model,
                vector_sum, n_members, keywords, generated_label, created_run, keywords_pivot
            FROM b.narrative_state, copies"""
        )
        con.execute(
            "INSERT INTO translation_status SELECT article_id || '~' || k, source_lang, target_lang, status, detail "
            "FROM b.translation_status, copies"
        )
        con.execute(
            "INSERT INTO search_documents SELECT article_id || '~' || k, side, language, n_terms "
            "FROM b.search_documents, copies"
        )
        con.execute(
            "INSERT INTO search_postings SELECT term, article_id || '~' || k, side, language, tf, doc_terms "
            "FROM b.search_postings, copies"
        )
        con.execute("INSERT INTO claim_grouping SELECT * FROM b.claim_grouping")
        con.execute("DETACH b")
        con.execute("CHECKPOINT")


def query_latencies(base: Path, size: int, folder: Path, repeats: int) -> dict[str, Any]:
    from pipeline.claims.trace import find_claims, trace_claim
    from pipeline.store import claims as claim_store
    from pipeline.store import explore, reports
    from pipeline.store.db import open_warehouse, scalar

    with open_warehouse(base, read_only=True) as con:
        base_n = int(scalar(con, "SELECT count(*) FROM raw_items"))
    copies = max(1, round(size / base_n))
    target = folder / f"queries-{size}.duckdb"
    target.unlink(missing_ok=True)
    started = time.perf_counter()
    multiply(base, target, copies)
    build_s = time.perf_counter() - started
    with open_warehouse(target, read_only=True) as con:
        articles = int(scalar(con, "SELECT count(*) FROM raw_items"))
        mentions = int(scalar(con, "SELECT count(*) FROM mentions"))
        claims = int(scalar(con, "SELECT count(*) FROM claim_groups"))
        value = float(scalar(con, "SELECT value FROM claims ORDER BY n_outlets DESC, claim_id LIMIT 1"))
        query = f"{value:.0f}"
        search = find_claims(con, query, None)  # type: ignore[arg-type] # a bare number never embeds
        claim_id = search.matches[0].claim_id
        narrative = int(
            scalar(
                con,
                "SELECT narrative_id FROM article_narratives WHERE narrative_id <> -1 "
                "GROUP BY ALL ORDER BY count(*) DESC LIMIT 1",
            )
        )
        rare_word, common_word = (
            scalar(
                con,
                "SELECT term FROM search_postings WHERE side = 'original' "
                "AND regexp_full_match(term, '[^\\W\\d_]{5,}') "
                f"GROUP BY term ORDER BY count(*) {order}, term LIMIT 1",
            )
            for order in ("ASC", "DESC")
        )
        newest_at = scalar(con, "SELECT max(published_at) FROM raw_items")
        newest = newest_at.date()

        def timed(work: Callable[[], Any]) -> Callable[[], float]:
            def run() -> float:
                started = time.perf_counter()
                work()
                return time.perf_counter() - started

            return run

        queries = {
            f"claim trace ('{query}': find_claims + trace_claim)": lambda: trace_claim(
                con,
                find_claims(con, query, None),  # type: ignore[arg-type]
            ),
            "narrative timeline (a year, largest narrative)": lambda: reports.narrative_daily_counts(
                con, [narrative], newest - timedelta(days=366), newest + timedelta(days=1)
            ),
            "top claims (7 days, ≥2 outlets, 20)": lambda: reports.top_claims(
                con, newest_at - timedelta(days=7), None, [], [], 2, 20
            ),
            "claim spread (most-spread claim)": lambda: claim_store.claim_spread(con, claim_id),
            f"article search, rarest word ('{rare_word}', BM25)": lambda: explore.articles(
                con, explore.Filters(), text=rare_word
            ),
            f"article search, commonest word ('{common_word}', BM25)": lambda: explore.articles(
                con, explore.Filters(), text=common_word
            ),
        }
        latencies = {}
        for name, work in queries.items():
            median, values = median_of(repeats, timed(work))
            latencies[name] = {"median_s": round(median, 4), "runs_s": [round(v, 4) for v in values]}
    size_mb = target.stat().st_size / 2**20
    target.unlink()
    return {
        "measure": "queries",
        "articles": articles,
        "mentions": mentions,
        "claims": claims,
        "copies_of_base": copies,
        "build_s": round(build_s, 1),
        "warehouse_mb": round(size_mb, 1),
        "latencies": latencies,
    }


def cmd_scale(args: argparse.Namespace) -> None:
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    folder = out / "work"
    folder.mkdir(exist_ok=True)
    emit(out, {"measure": "machine", "cpu_count": os.cpu_count(), "python": sys.version.split()[0]})
    templates = demo_templates()

    # 1.-3. need the day; `--day 0` skips them (to rerun the incremental part alone)
    if args.day:
        # 1. a day of N new articles on an empty warehouse, in a fresh process (peak memory = that process's)
        day_feeds = write_load(folder / "day", args.day, NEW_DAY, 1, seed=1, tag="day", templates=templates)
        day_db = folder / "day.duckdb"
        day_db.unlink(missing_ok=True)
        day = day_in_child(day_feeds, day_db, NEW_DAY, args.timeout)
        emit(
            out,
            {"measure": "day", "articles": args.day, **day, "warehouse_mb": round(day_db.stat().st_size / 2**20, 1)},
        )

        # 2. idle rerun (same day, nothing new) vs process start-up + model load, both fresh processes, alternating
        idle, load = [], []
        for _ in range(args.repeats):
            idle.append(day_in_child(day_feeds, day_db, NEW_DAY, args.timeout))
            load.append(model_load_s())
        emit(
            out,
            {
                "measure": "idle_rerun",
                "idle_process_s": [r["process_s"] for r in idle],
                "idle_run_daily_s": [r["run_daily_s"] for r in idle],
                "idle_new_articles": [r["new_articles"] for r in idle],
                "startup_model_load_s": [round(v, 3) for v in load],
                "median_idle_process_s": round(statistics.median(r["process_s"] for r in idle), 3),
                "median_startup_model_load_s": round(statistics.median(load), 3),
                "ratio": round(statistics.median(r["process_s"] for r in idle) / statistics.median(load), 3),
            },
        )

        # 3. analyst queries on warehouses multiplied from the day's warehouse
        for size in args.queries:
            emit(out, query_latencies(day_db, size, folder, args.repeats))
    # 4. a day of 200 and of 10,000 new articles on histories of 1k and 10k (alternating, median of repeats;
    #    a day of 1,000 or more articles runs once per history: each takes minutes)
    if args.histories:
        histories = []
        for n in args.histories:
            db, built = history(folder, n, templates, args.timeout, args.history_rate)
            emit(out, {"measure": "history_built", "articles": n, "per_day": args.history_rate, **built})
            histories.append(db)
        for size in args.new_days:
            new = write_load(folder / f"new-{size}", size, NEW_DAY, 1, seed=size, tag=f"new{size}", templates=templates)
            repeats = args.repeats if size < 1_000 else 1
            done = subprocess.run(
                [PYTHON, "-m", "benchmarks", "incremental", "--feeds", str(new), "--repeats", str(repeats)]
                + ["--histories", *map(str, histories)],
                capture_output=True,
                text=True,
                timeout=args.timeout * 2 * repeats,
                check=True,
            )
            line = next(line for line in done.stdout.splitlines() if line.startswith("RESULT "))
            result = json.loads(line[len("RESULT ") :])
            medians = {db: statistics.median(values) for db, values in result["times"].items()}
            first, last = (medians[str(h)] for h in (histories[0], histories[-1]))
            emit(
                out,
                {
                    "measure": "incremental",
                    "new_articles": size,
                    **result,
                    "medians_s": medians,
                    "ratio_last_to_first": round(last / first, 3),
                },
            )

    if not args.keep:
        shutil.rmtree(folder)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)

    generate = sub.add_parser("generate", help="write a synthetic load as recorded RSS files")
    generate.add_argument("--out", type=Path, required=True)
    generate.add_argument("--articles", type=int, default=10_000)
    generate.add_argument("--first-day", type=date.fromisoformat, default=NEW_DAY)
    generate.add_argument("--days", type=int, default=1)
    generate.add_argument("--seed", type=int, default=1)
    generate.add_argument("--tag", default="gen")
    generate.set_defaults(func=cmd_generate)

    day = sub.add_parser("day", help="run the daily job once, translation off; print a RESULT JSON line")
    day.add_argument("--feeds", type=Path, required=True)
    day.add_argument("--db", type=Path, required=True)
    day.add_argument("--date", type=date.fromisoformat, default=NEW_DAY)
    day.set_defaults(func=cmd_day)

    inc = sub.add_parser("incremental", help="one day of new articles on copies of each history warehouse")
    inc.add_argument("--feeds", type=Path, required=True)
    inc.add_argument("--histories", type=Path, nargs="+", required=True)
    inc.add_argument("--repeats", type=int, default=3)
    inc.set_defaults(func=cmd_incremental)

    queries = sub.add_parser("queries", help="query latencies on warehouses multiplied from a base warehouse")
    queries.add_argument("--base", type=Path, required=True)
    queries.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    queries.add_argument("--folder", type=Path, default=Path(tempfile.gettempdir()))
    queries.add_argument("--repeats", type=int, default=3)
    queries.add_argument("--out", type=Path, default=None)
    queries.set_defaults(func=cmd_queries)

    scale = sub.add_parser("scale", help="everything, printed as JSON lines and appended to <out>/results.jsonl")
    scale.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "narratives-scale")
    scale.add_argument("--day", type=int, default=10_000)
    scale.add_argument("--histories", type=int, nargs="*", default=[1_000, 10_000])
    scale.add_argument("--queries", type=int, nargs="*", default=[100_000, 1_000_000])
    scale.add_argument("--history-rate", type=int, default=HISTORY_RATE, help="articles a day in the histories")
    scale.add_argument("--new-days", type=int, nargs="*", default=[200, 10_000], help="new articles on each history")
    scale.add_argument("--repeats", type=int, default=3)
    scale.add_argument("--timeout", type=float, default=900.0, help="seconds allowed to each child process")
    scale.add_argument("--keep", action="store_true", help="keep the generated feeds and warehouses")
    scale.set_defaults(func=cmd_scale)

    again = sub.add_parser("rescan", help="on a copy of a warehouse: scan the stored articles again")
    again.add_argument("--db", type=Path, required=True)
    again.add_argument("--budget", type=int, default=1_000_000_000)
    again.set_defaults(func=cmd_rescan)

    args = parser.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
