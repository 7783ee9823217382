"""Datasets, their problems reports, the cache, and (PostgreSQL) events as rows.

SQLite keeps each dataset as gzip-compressed canonical CSV in `datasets` (the layout before migrations
existed: an older file is adopted as it is). PostgreSQL keeps one row per event in `events`, keyed by
(dataset_id, seq) so that a dataset's rows are indexed and come back in their order; the event columns
themselves are added from extract/schema.py (see `add_event_columns`).
"""

SQLITE = [
    "CREATE TABLE IF NOT EXISTS datasets (id TEXT PRIMARY KEY, name TEXT, rows INTEGER, "
    "events BLOB, problems BLOB, created TEXT DEFAULT CURRENT_TIMESTAMP)",
    "CREATE TABLE IF NOT EXISTS cache (key TEXT PRIMARY KEY, dataset_id TEXT)",
    "CREATE INDEX IF NOT EXISTS datasets_created ON datasets (created)",
]

POSTGRESQL = [
    "CREATE TABLE datasets (id TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '', "
    "event_count INTEGER NOT NULL, created TIMESTAMPTZ NOT NULL DEFAULT now())",
    "CREATE INDEX datasets_created ON datasets (created)",
    "CREATE TABLE events (dataset_id TEXT NOT NULL REFERENCES datasets (id) ON DELETE CASCADE, "
    "seq INTEGER NOT NULL, PRIMARY KEY (dataset_id, seq))",
    'CREATE TABLE problems (dataset_id TEXT NOT NULL REFERENCES datasets (id) ON DELETE CASCADE, '
    'seq INTEGER NOT NULL, "row" TEXT NOT NULL, "column" TEXT NOT NULL, message TEXT NOT NULL, '
    "PRIMARY KEY (dataset_id, seq))",
    "CREATE TABLE cache (key TEXT PRIMARY KEY, dataset_id TEXT NOT NULL)",
]
