"""Schema migrations: applied once, recorded, and the events table follows extract/schema.py."""

import gzip
import sqlite3
from contextlib import closing

import pandas as pd
import psycopg
import pytest

from dashboard import store
from dashboard.codec import normalise_events, to_csv_text
from dashboard.store import migrations
from dashboard.store.migrations import COLUMN_TYPES, column_kind
from extract.schema import EVENT_COLUMNS


def _versions(backend_name: str) -> list[int]:
    query = "SELECT version FROM schema_migrations ORDER BY version"
    if backend_name == "sqlite":
        with closing(sqlite3.connect(store.data_dir() / store.DB_NAME)) as db:
            return [row[0] for row in db.execute(query)]
    with psycopg.connect(store.database_url()) as conn:
        return [row[0] for row in conn.execute(query)]


def test_migration_files_have_distinct_increasing_versions():
    versions = [m.version for m in migrations.migrations()]
    assert versions and versions == sorted(set(versions)) and versions[0] == 1


@pytest.mark.parametrize("store_backend", ["sqlite", "postgresql"], indirect=True)
def test_migrations_are_recorded_and_run_once(store_backend, events):
    ident = store.save(events)
    assert _versions(store_backend) == [m.version for m in migrations.migrations()]
    store.close()  # a restart: the next call opens the database again and finds nothing to do
    pd.testing.assert_frame_equal(store.load(ident), events)
    assert _versions(store_backend) == [m.version for m in migrations.migrations()]


@pytest.mark.parametrize("store_backend", ["postgresql"], indirect=True)
def test_events_table_columns_follow_the_schema(store_backend):
    store.backend()
    with psycopg.connect(store.database_url()) as conn:
        rows = conn.execute("SELECT column_name, data_type FROM information_schema.columns WHERE "
                            "table_schema = current_schema() AND table_name = 'events' "
                            "ORDER BY ordinal_position").fetchall()
    assert [name for name, _ in rows] == ["dataset_id", "seq", *EVENT_COLUMNS]
    expected = {"list": "ARRAY", "int": "integer", "float": "double precision", "text": "text"}
    assert all(kind == expected[column_kind(name)] for name, kind in rows[2:])
    assert set(COLUMN_TYPES) == set(expected)


@pytest.mark.parametrize("store_backend", ["postgresql"], indirect=True)
@pytest.mark.parametrize("column", [EVENT_COLUMNS[-1], "actors", "sentence_start"])
def test_a_column_new_in_the_schema_is_added_at_the_next_start(store_backend, events, column):
    ident = store.save(events)
    store.close()
    with psycopg.connect(store.database_url()) as conn:  # as if the table predated this column
        conn.execute(f'ALTER TABLE events DROP COLUMN "{column}"')
    loaded = store.load(ident)
    old = events.copy()
    old[column] = normalise_events(events.drop(columns=[column]))[column]
    pd.testing.assert_frame_equal(loaded, old)
    assert store.save(events.iloc[:3]) == store.dataset_id(events.iloc[:3])


def test_a_sqlite_file_from_before_migrations_is_adopted(data_dir, events):
    data_dir.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(data_dir / store.DB_NAME)) as db, db:
        db.execute("CREATE TABLE datasets (id TEXT PRIMARY KEY, name TEXT, rows INTEGER, "
                   "events BLOB, problems BLOB, created TEXT DEFAULT CURRENT_TIMESTAMP)")
        db.execute("CREATE TABLE cache (key TEXT PRIMARY KEY, dataset_id TEXT)")
        db.execute("INSERT INTO datasets (id, name, rows, events, problems) VALUES (?, ?, ?, ?, ?)",
                   ("0123456789abcdef01234567", "old", 6, gzip.compress(to_csv_text(events).encode()),
                    gzip.compress(b"")))
    pd.testing.assert_frame_equal(store.load("0123456789abcdef01234567"), events)
    assert [d.name for d in store.datasets()] == ["old"]
    assert _versions("sqlite") == [m.version for m in migrations.migrations()]
