"""The warehouse, one module per stage: `db` (connection, migrations, typed reads and writes) and the stage modules."""
