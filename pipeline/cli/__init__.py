"""The `narratives` command line (`narratives --help`); `main` holds the top-level commands."""

from pipeline.cli.main import app

__all__ = ["app"]
