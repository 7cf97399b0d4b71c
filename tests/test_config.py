"""The feeds file: strict validation with errors that point at the offending line."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import ConfigError, load_feeds


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
