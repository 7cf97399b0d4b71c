"""Stress input: every feed file of feedparser's own test suite (≈2,000 malformed and oddly encoded real-world feeds).

The files ship in feedparser's sdist; the test fetches it from the package registry with pip and skips,
saying why, when the registry cannot be reached.
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
from datetime import date
from pathlib import Path

import duckdb
import pytest

from pipeline.config import load_feeds
from pipeline.jobs import run_daily

FEEDPARSER_SDIST = "feedparser==6.0.12"


@pytest.fixture(scope="module")
def feedparser_test_feeds(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("feedparser")
    download = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--quiet",
            "--no-deps",
            "--no-binary",
            ":all:",
            FEEDPARSER_SDIST,
            "-d",
            str(target),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    sdists = list(target.glob("feedparser-*.tar.gz"))
    if download.returncode != 0 or not sdists:
        pytest.skip(f"cannot download the {FEEDPARSER_SDIST} sdist from the package registry: {download.stderr[-300:]}")
    with tarfile.open(sdists[0]) as archive:
        members = [m for m in archive.getmembers() if "/tests/" in m.name and m.isfile()]
        archive.extractall(target, members=members, filter="data")
    return next(target.glob("feedparser-*/tests"))


@pytest.mark.slow
def test_ingesting_feedparsers_test_suite_never_crashes(feedparser_test_feeds: Path, tmp_path: Path) -> None:
    config = load_feeds(feedparser_test_feeds)
    assert len(config.feeds) >= 1_500
    db = tmp_path / "stress.duckdb"
    summary = run_daily(config, db, date(2024, 11, 21), str(feedparser_test_feeds))

    assert summary.feeds == len(config.feeds)
    con = duckdb.connect(str(db), read_only=True)
    unexplained = con.execute(
        "SELECT outlet FROM fetch_summary WHERE n_new = 0 AND error_kind IS NULL AND status = 'fetched'"
    ).fetchall()
    # Every file yields articles or a recorded reason (files whose entries are exact repeats of each other excepted).
    assert len(unexplained) <= len(config.feeds) * 0.01, unexplained[:20]
    assert con.execute("SELECT count(*) FROM fetch_log").fetchone()[0] == len(config.feeds)
