"""narrative-tracker: follow claims and narratives across outlets and languages.

One module per stage (docs/architecture.md): `config` (feed list), `sources` (fetching), `load` (parse with
`ingest`/`decode`/`item_cap`, `language`, `dedup`, store), `translate`, `claims` (numbers, extraction, matching,
tracing, the stage), `narratives` (clustering, the stage), `digest`. `store` holds every stage's DuckDB I/O,
`settings` builds the components, `jobs` sequences the stages, `orchestration` and `staging` are what the Airflow
DAGs call, and `cli` + `render` are the command line.
"""

__version__ = "0.1.0"
