"""The team backend: PostgreSQL through a psycopg 3 connection pool, events as rows.

Each event is a row of `events` (dataset_id, seq, then the EVENT_COLUMNS columns; list columns are
`text[]`), so analysts can query datasets with SQL. Saving streams the canonical CSV through COPY into
a temporary table and converts it in one INSERT ... SELECT; opening streams the rows back out with
COPY as the same CSV. A save is one transaction: a process killed in the middle leaves nothing.
"""

from __future__ import annotations

import datetime as dt
import os

import pandas as pd
from psycopg import Connection, sql
from psycopg_pool import ConnectionPool

from dashboard.store import migrations
from dashboard.store.backend import DatasetInfo, ResumeInfo
from extract.schema import EVENT_COLUMNS, LIST_COLUMNS, LIST_SEPARATOR, PROBLEM_COLUMNS

MIGRATION_LOCK = 720_417_012  # pg_advisory_xact_lock key: one process migrates at a time
CHUNK = 1 << 20  # bytes per COPY write
POOL_SIZE = int(os.environ.get("DATELINE_DATABASE_POOL") or 10)


def _name(column: str) -> sql.Identifier:
    return sql.Identifier(column)


def _stored_value(column: str) -> sql.Composable:
    """The staging text column converted to its events-table type."""
    kind = migrations.column_kind(column)
    if kind == "list":
        return sql.SQL("string_to_array({}, {})").format(_name(column), LIST_SEPARATOR)
    cast = {"int": "integer", "float": "double precision"}.get(kind)
    return sql.SQL("{}::" + cast).format(_name(column)) if cast else _name(column)


def _csv_value(column: str) -> sql.Composable:
    """The events-table column as the canonical CSV writes it."""
    if column in LIST_COLUMNS:
        return sql.SQL("array_to_string({}, {}) AS {}").format(_name(column), LIST_SEPARATOR, _name(column))
    return _name(column)


COLUMNS = sql.SQL(", ").join(_name(c) for c in EVENT_COLUMNS)
STAGING = sql.SQL("CREATE TEMP TABLE staging_events (seq SERIAL, {}) ON COMMIT DROP").format(
    sql.SQL(", ").join(sql.SQL("{} TEXT").format(_name(c)) for c in EVENT_COLUMNS))
COPY_IN = sql.SQL("COPY staging_events ({}) FROM STDIN WITH (FORMAT csv, HEADER MATCH, FORCE_NOT_NULL ({}))"
                  ).format(COLUMNS, COLUMNS)
CONVERT = sql.SQL("INSERT INTO events (dataset_id, seq, {}) SELECT {}, seq, {} FROM staging_events").format(
    COLUMNS, sql.Placeholder(), sql.SQL(", ").join(_stored_value(c) for c in EVENT_COLUMNS))
COPY_OUT = sql.SQL("COPY (SELECT {} FROM events WHERE dataset_id = {} ORDER BY seq) TO STDOUT "
                   "WITH (FORMAT csv, HEADER true)")


class PostgresMigrator(migrations.Migrator):
    dialect = "postgresql"

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def execute(self, query: str, params: tuple = ()) -> list[tuple]:
        cursor = self.conn.execute(query, params or None)
        return cursor.fetchall() if cursor.description else []

    def columns(self, table: str) -> list[str]:
        rows = self.conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND table_name = %s ORDER BY ordinal_position", (table,)).fetchall()
        return [row[0] for row in rows]


class PostgresBackend:
    """Datasets in the PostgreSQL database at `url` (schema migrated when the pool opens)."""

    dialect = "postgresql"

    def __init__(self, url: str, pool_size: int = POOL_SIZE) -> None:
        self.pool = ConnectionPool(url, min_size=1, max_size=pool_size, open=False, name="dateline",
                                   check=ConnectionPool.check_connection)
        self.pool.open(wait=True, timeout=30)
        with self.pool.connection() as conn:
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            migrations.apply_pending(PostgresMigrator(conn))

    def _one(self, query: str, params: tuple) -> tuple | None:
        with self.pool.connection() as conn:
            return conn.execute(query, params).fetchone()

    def save(self, ident: str, name: str, csv_text: str, rows: int, problems: pd.DataFrame) -> None:
        with self.pool.connection() as conn:  # one transaction: committed when the block ends
            new = conn.execute("INSERT INTO datasets (id, name, event_count) VALUES (%s, %s, %s) "
                               "ON CONFLICT (id) DO NOTHING", (ident, name, rows)).rowcount
            if not new:  # stored before: only its time of saving moves (the "Recent datasets" order)
                conn.execute("UPDATE datasets SET saved = now() WHERE id = %s", (ident,))
                return
            conn.execute(STAGING)
            with conn.cursor().copy(COPY_IN) as copy:
                for start in range(0, len(csv_text), CHUNK):
                    copy.write(csv_text[start:start + CHUNK])
            conn.execute(CONVERT, (ident,))
            self._save_problems(conn, ident, problems)

    @staticmethod
    def _save_problems(conn: Connection, ident: str, problems: pd.DataFrame) -> None:
        columns = sql.SQL(", ").join(_name(c) for c in PROBLEM_COLUMNS)
        query = sql.SQL("COPY problems (dataset_id, seq, {}) FROM STDIN").format(columns)
        with conn.cursor().copy(query) as copy:
            for seq, values in enumerate(problems[list(PROBLEM_COLUMNS)].itertuples(index=False)):
                copy.write_row((ident, seq, *values))

    def load_csv(self, ident: str) -> str | None:
        query = COPY_OUT.format(sql.SQL(", ").join(_csv_value(c) for c in EVENT_COLUMNS), sql.Literal(ident))
        with self.pool.connection() as conn:  # one snapshot: the dataset row and its events together
            conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            if conn.execute("SELECT 1 FROM datasets WHERE id = %s", (ident,)).fetchone() is None:
                return None
            with conn.cursor().copy(query) as copy:
                return b"".join(copy).decode("utf-8")

    def load_problems(self, ident: str) -> pd.DataFrame | None:
        columns = ", ".join(f'"{c}"' for c in PROBLEM_COLUMNS)
        with self.pool.connection() as conn:
            rows = conn.execute(f"SELECT {columns} FROM problems WHERE dataset_id = %s ORDER BY seq",
                                (ident,)).fetchall()
        return pd.DataFrame(rows, columns=list(PROBLEM_COLUMNS)) if rows else None

    def dataset_name(self, ident: str) -> str | None:
        row = self._one("SELECT name FROM datasets WHERE id = %s", (ident,))
        return None if row is None else row[0]

    def cached(self, key: str) -> str | None:
        row = self._one("SELECT dataset_id FROM cache WHERE key = %s", (key,))
        return row[0] if row else None

    def remember(self, key: str, ident: str) -> None:
        with self.pool.connection() as conn:
            conn.execute("INSERT INTO cache (key, dataset_id) VALUES (%s, %s) "
                         "ON CONFLICT (key) DO UPDATE SET dataset_id = EXCLUDED.dataset_id", (key, ident))

    def datasets(self, limit: int | None = None) -> list[DatasetInfo]:
        with self.pool.connection() as conn:
            rows = conn.execute("SELECT id, name, event_count, created, saved FROM datasets "
                                "ORDER BY saved DESC, id LIMIT %s", (limit,)).fetchall()
        return [DatasetInfo(i, n, c, t.astimezone(dt.UTC), s.astimezone(dt.UTC)) for i, n, c, t, s in rows]

    def save_resume(self, ident: str, left: ResumeInfo, state: bytes) -> None:
        with self.pool.connection() as conn:
            conn.execute("INSERT INTO resume (dataset_id, name, done, total, state) "
                         "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (dataset_id) DO UPDATE SET "
                         "name = EXCLUDED.name, done = EXCLUDED.done, total = EXCLUDED.total, "
                         "state = EXCLUDED.state",
                         (ident, left.name, left.done, left.total, state))

    def resume_info(self, ident: str) -> ResumeInfo | None:
        row = self._one("SELECT name, done, total FROM resume WHERE dataset_id = %s", (ident,))
        return ResumeInfo(*row) if row else None

    def load_resume(self, ident: str) -> bytes | None:
        row = self._one("SELECT state FROM resume WHERE dataset_id = %s", (ident,))
        return bytes(row[0]) if row else None

    def drop_resume(self, ident: str) -> None:
        with self.pool.connection() as conn:
            conn.execute("DELETE FROM resume WHERE dataset_id = %s", (ident,))

    def delete(self, ident: str) -> bool:
        with self.pool.connection() as conn:
            gone = conn.execute("DELETE FROM datasets WHERE id = %s", (ident,)).rowcount
            conn.execute("DELETE FROM cache WHERE dataset_id = %s", (ident,))
        return gone > 0

    def prune(self, older_than: dt.timedelta) -> list[str]:
        with self.pool.connection() as conn:
            ids = [r[0] for r in conn.execute("DELETE FROM datasets WHERE saved < now() - %s RETURNING id",
                                              (older_than,))]
            conn.execute("DELETE FROM cache WHERE dataset_id = ANY(%s)", (ids,))
        return ids

    def size_bytes(self) -> int:
        row = self._one("SELECT pg_database_size(current_database())", ())
        return int(row[0]) if row else 0

    def close(self) -> None:
        self.pool.close()
