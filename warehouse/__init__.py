"""DuckDB schema for narrative-tracker: numbered migrations and analyst views, as plain SQL files."""
