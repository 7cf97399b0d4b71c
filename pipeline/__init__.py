"""narrative-tracker: follow claims and narratives across outlets and languages.

One module per stage: `config` (feed list), `sources` (fetching), `ingest` (parsing), `language`, `dedup`,
`translate`, `claims` (numbers, extraction, matching, search), `narratives`, `digest`; `warehouse` (all DuckDB
I/O), `jobs` (the daily job), `orchestration` and `staging` (what the Airflow DAGs call), and `cli`.
"""

__version__ = "0.1.0"
