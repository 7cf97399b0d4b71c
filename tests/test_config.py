"""The feeds file: strict validation with errors that point at the offending line."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
from pydantic import ValidationError

from pipeline.config import DEFAULT_MAX_ITEMS, MAX_CONFIG_BYTES, ConfigError, Feed, load_feeds


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "feeds.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_file_with_remote_and_local_feeds(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
feeds:
  - name: Harbour Gazette
    url: https://harbour.example/rss
    language: en
    country: GB
    tags: [local, maritime]
  - name: Recorded
    url: recorded/feed.xml
""",
    )
    remote, local = load_feeds(path).feeds
    assert remote.is_remote and remote.tags == ("local", "maritime")
    assert not local.is_remote and local.url == (tmp_path / "recorded" / "feed.xml").as_uri()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "feeds:\n  - name: A\n    url: https://a.example/rss\n    langauge: en\n",
            "line 4: feeds[0].langauge: unknown key 'langauge'",
        ),
        (
            "feeds:\n  - name: A\n    url: https://a.example/rss\n  - name: a\n    url: https://b.example/rss\n",
            "line 4: feeds[1].name: duplicate outlet 'a' (first at line 2)",
        ),
        ("feeds:\n  - name: A\n    url: ftp://a.example/rss\n", "line 3: feeds[0].url"),
        ("feeds:\n  - name: A\n    url: https://\n", "has no host"),
        ("feeds:\n  - name: A\n    url: https://a.example/rss\n    language: English\n", "line 4: feeds[0].language"),
        ("feeds:\n  - url: https://a.example/rss\n", "line 2: feeds[0].name: Field required"),
        ("feeds: [\n", "not valid YAML"),
        ("outlets: []\n", "expected a mapping with a 'feeds:' list"),
    ],
)
def test_bad_files_name_the_line_and_the_problem(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(ConfigError) as error:
        load_feeds(write(tmp_path, text))
    assert expected in str(error.value)
    assert str(tmp_path / "feeds.yaml") in str(error.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read feeds file"):
        load_feeds(tmp_path / "nope.yaml")


def test_shipped_feed_lists_are_valid() -> None:
    root = Path(__file__).parents[1] / "seeds"
    real = load_feeds(root / "feeds.yaml").feeds
    assert len(real) >= 20 and all(feed.is_remote for feed in real)
    assert len({feed.language for feed in real}) >= 8
    demo = load_feeds(root / "demo" / "feeds.yaml").feeds
    assert len(demo) >= 10 and not any(feed.is_remote for feed in demo)


# --- hostile feeds files --------------------------------------------------------------------------------------


def write_bytes(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "feeds.yaml"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(
            "feeds:\n  - name: Café\n    url: https://a.example/rss\n".encode("latin-1"),
            "line 2: feeds file is not UTF-8: byte 0xe9 at byte offset 20",
            id="latin-1",
        ),
        pytest.param(
            b"feeds:\n  - name: A\n    url: https://a.example/rss\n\xff\xfe",
            "line 4: feeds file is not UTF-8: byte 0xff at byte offset 50",
            id="trailing-junk",
        ),
        pytest.param(
            b"feeds:\n  - name: A\n    url: https://a.example/rss\n    name: B\n",
            "line 4: not valid YAML: duplicate key 'name' (first at line 2)",
            id="duplicate-feed-key",
        ),
        pytest.param(
            b"feeds: []\nfeeds:\n  - name: A\n    url: https://a.example/rss\n",
            "line 2: not valid YAML: duplicate key 'feeds' (first at line 1)",
            id="duplicate-top-level-key",
        ),
        pytest.param(
            b'feeds:\n  - name: "BBC\\u00a0News "\n    url: https://a.example/rss\n  - name: bbc  news\n    url: https://b.example/rss\n',
            "line 4: feeds[1].name: duplicate outlet 'bbc news' (first at line 2)",
            id="nbsp-and-spaces",
        ),
        pytest.param(
            'feeds:\n  - name: "Ｈarbour"\n    url: https://a.example/rss\n  - name: "harbour\\u202e"\n    url: https://b.example/rss\n'.encode(),
            "line 4: feeds[1].name: duplicate outlet 'harbour' (first at line 2)",
            id="nfkc-and-bidi",
        ),
        pytest.param(
            b'feeds:\n  - name: "\\u202e\\u2066\\0 "\n    url: https://a.example/rss\n',
            "line 2: feeds[0].name: String should have at least 1 character",
            id="name-only-invisible",
        ),
        pytest.param(
            b"feeds:\n  - name: A\n    url: https://a.example/rss\n    max_items: 0\n",
            "line 4: feeds[0].max_items: Input should be greater than or equal to 1",
            id="max-items-zero",
        ),
        pytest.param(
            b"max_items: yes\nfeeds:\n  - name: A\n    url: https://a.example/rss\n",
            "line 1: max_items: Input should be a valid integer",
            id="max-items-bool",
        ),
    ],
)
def test_hostile_files_are_refused_with_file_and_line(tmp_path: Path, data: bytes, expected: str) -> None:
    with pytest.raises(ConfigError) as error:
        load_feeds(write_bytes(tmp_path, data))
    assert expected in str(error.value)
    assert str(tmp_path / "feeds.yaml") in str(error.value)


def test_names_are_normalised_and_stored_normalised(tmp_path: Path) -> None:
    data = b'feeds:\n  - name: " Harbour\\u00a0\\u00a0Gazette\\u202e\\0\\t"\n    url: https://a.example/rss\n'
    (feed,) = load_feeds(write_bytes(tmp_path, data)).feeds
    assert feed.name == "Harbour Gazette"
    assert Feed(name="ﬁsh\u200f  news ", url="https://a.example/").name == "fish news"


def test_oversize_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yaml"
    with path.open("wb") as handle:
        handle.truncate(4 * 1024**3)  # sparse: 4 GB that are never read
    started = time.monotonic()
    with pytest.raises(ConfigError, match="the limit is 1,000,000"):
        load_feeds(path)
    assert time.monotonic() - started < 1
    path.write_bytes(b"feeds: []\n" + b"#" * MAX_CONFIG_BYTES)
    with pytest.raises(ConfigError, match="limit"):
        load_feeds(path)


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_special_files_are_refused_without_hanging(tmp_path: Path, kind: str) -> None:
    if kind == "fifo":
        path = tmp_path / "feeds.yaml"
        os.mkfifo(path)  # opening it for reading would block until a writer appears
    else:
        path = Path(os.devnull)
    outcome: list[BaseException] = []
    worker = threading.Thread(target=lambda: _capture(outcome, path), daemon=True)
    worker.start()
    worker.join(timeout=5)
    assert not worker.is_alive(), "load_feeds blocked on a special file"
    (error,) = outcome
    assert isinstance(error, ConfigError) and "not a regular file" in str(error)


def _capture(outcome: list[BaseException], path: Path) -> None:
    try:
        load_feeds(path)
    except BaseException as exc:  # noqa: BLE001 - handed to the test thread
        outcome.append(exc)


def test_long_values_are_truncated_in_messages(tmp_path: Path) -> None:
    url = "ftp://" + "a" * 500_000
    with pytest.raises(ConfigError) as error:
        load_feeds(write_bytes(tmp_path, f"feeds:\n  - name: A\n    url: {url}\n".encode()))
    message = str(error.value)
    assert "line 3: feeds[0].url" in message and "…" in message and len(message) < 600

    with pytest.raises(ValidationError) as invalid:
        Feed(name="A", url="gopher://" + "b" * 50_000_000)
    assert len(invalid.value.errors()[0]["msg"]) < 400


def test_item_cap_defaults_file_wide_and_per_feed(tmp_path: Path) -> None:
    data = (
        b"max_items: 50\nfeeds:\n  - name: A\n    url: https://a.example/rss\n"
        b"  - name: B\n    url: https://b.example/rss\n    max_items: 7\n"
    )
    config = load_feeds(write_bytes(tmp_path, data))
    assert [feed.max_items for feed in config.feeds] == [50, 7]
    assert Feed(name="C", url="https://c.example/").max_items == DEFAULT_MAX_ITEMS


def test_yaml_merge_keys_are_not_duplicates(tmp_path: Path) -> None:
    data = (
        b"feeds:\n  - &base\n    name: A\n    url: https://a.example/rss\n    language: en\n"
        b"  - <<: *base\n    name: B\n    language: de\n"
    )
    a, b = load_feeds(write_bytes(tmp_path, data)).feeds
    assert (b.name, b.url, b.language) == ("B", "https://a.example/rss", "de")
