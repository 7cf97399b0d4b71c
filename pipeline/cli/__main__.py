"""`python -m pipeline.cli …`: the same as the `narratives` command."""

from pipeline.cli.main import app

app()
