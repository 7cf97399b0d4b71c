"""narrative-tracker: follow claims and narratives across outlets and languages.

One module per stage: `config` (feed list), `sources` (fetching), `ingest` (parsing), `language`,
`dedup`, `claims`, `warehouse` (DuckDB), `jobs` (the daily job) and `cli`.
"""

__version__ = "0.1.0"
