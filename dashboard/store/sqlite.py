"""The embedded backend: one SQLite file in the data directory, each dataset a gzip-compressed CSV.

Many sessions (threads or app processes) share the file: it is in WAL mode (readers never wait for a
writer), every connection waits up to BUSY_SECONDS for a lock instead of failing with "database is
locked", and writes take the write lock at their start (BEGIN IMMEDIATE), so a read transaction never
has to be upgraded half-way, which SQLite may refuse without waiting.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pandas as pd

from dashboard.store import migrations
from dashboard.store.backend import DatasetInfo, ResumeInfo

BUSY_SECONDS = 60


class SqliteMigrator(migrations.Migrator):
    dialect = "sqlite"

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def execute(self, sql: str, params: tuple = ()) -> list[tuple]:
        return self.db.execute(sql, params).fetchall()

    def columns(self, table: str) -> list[str]:
        return [row[1] for row in self.db.execute(f'PRAGMA table_info("{table}")')]


class SqliteBackend:
    """Datasets in the SQLite file `path` (created and migrated on first use)."""

    dialect = "sqlite"

    def __init__(self, path: Path) -> None:
        self.path = path
        with closing(self._connect()) as db:
            db.execute("PRAGMA journal_mode=WAL")  # persistent: a property of the file
            with self._write(db):
                migrations.apply_pending(SqliteMigrator(db))

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=BUSY_SECONDS, isolation_level=None, check_same_thread=False)
        db.execute(f"PRAGMA busy_timeout = {BUSY_SECONDS * 1000}")
        return db

    @staticmethod
    @contextmanager
    def _write(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
        """One write transaction holding the write lock from its start; rolled back on any error."""
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def _one(self, sql: str, params: tuple) -> tuple | None:
        with closing(self._connect()) as db:
            return db.execute(sql, params).fetchone()

    def save(self, ident: str, name: str, csv_text: str, rows: int, problems: pd.DataFrame) -> None:
        events = gzip.compress(csv_text.encode("utf-8"), compresslevel=6)
        report = gzip.compress(problems.to_csv(index=False).encode("utf-8"))
        now = _now()
        with closing(self._connect()) as db, self._write(db):
            db.execute("INSERT INTO datasets (id, name, rows, events, problems, created, saved) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET saved = excluded.saved",
                       (ident, name, rows, events, report, now, now))

    def load_csv(self, ident: str) -> str | None:
        row = self._one("SELECT events FROM datasets WHERE id = ?", (ident,))
        return None if row is None else gzip.decompress(row[0]).decode("utf-8")

    def load_problems(self, ident: str) -> pd.DataFrame | None:
        row = self._one("SELECT problems FROM datasets WHERE id = ?", (ident,))
        text = gzip.decompress(row[0]).decode("utf-8") if row and row[0] else ""
        if not text.strip():
            return None
        return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)

    def dataset_name(self, ident: str) -> str | None:
        row = self._one("SELECT name FROM datasets WHERE id = ?", (ident,))
        return None if row is None else row[0] or ""

    def cached(self, key: str) -> str | None:
        row = self._one("SELECT dataset_id FROM cache WHERE key = ?", (key,))
        return row[0] if row else None

    def remember(self, key: str, ident: str) -> None:
        with closing(self._connect()) as db, self._write(db):
            db.execute("INSERT OR REPLACE INTO cache (key, dataset_id) VALUES (?, ?)", (key, ident))

    def datasets(self, limit: int | None = None) -> list[DatasetInfo]:
        with closing(self._connect()) as db:
            rows = db.execute("SELECT id, name, rows, created, saved FROM datasets ORDER BY saved DESC, id "
                              "LIMIT ?", (-1 if limit is None else limit,)).fetchall()
        return [DatasetInfo(i, n or "", r or 0, _utc(c), _utc(s or c)) for i, n, r, c, s in rows]

    def save_resume(self, ident: str, left: ResumeInfo, state: bytes) -> None:
        with closing(self._connect()) as db, self._write(db):
            db.execute("INSERT OR REPLACE INTO resume (dataset_id, name, done, total, state) "
                       "VALUES (?, ?, ?, ?, ?)", (ident, left.name, left.done, left.total, state))

    def resume_info(self, ident: str) -> ResumeInfo | None:
        row = self._one("SELECT r.name, r.done, r.total FROM resume r JOIN datasets d ON d.id = r.dataset_id "
                        "WHERE r.dataset_id = ?", (ident,))
        return ResumeInfo(*row) if row else None

    def load_resume(self, ident: str) -> bytes | None:
        row = self._one("SELECT r.state FROM resume r JOIN datasets d ON d.id = r.dataset_id "
                        "WHERE r.dataset_id = ?", (ident,))
        return row[0] if row else None

    def drop_resume(self, ident: str) -> None:
        with closing(self._connect()) as db, self._write(db):
            db.execute("DELETE FROM resume WHERE dataset_id = ?", (ident,))

    def delete(self, ident: str) -> bool:
        with closing(self._connect()) as db, self._write(db):
            gone = db.execute("DELETE FROM datasets WHERE id = ?", (ident,)).rowcount
            db.execute("DELETE FROM cache WHERE dataset_id = ?", (ident,))
            db.execute("DELETE FROM resume WHERE dataset_id = ?", (ident,))
        return gone > 0

    def prune(self, older_than: dt.timedelta) -> list[str]:
        cutoff = _now(older_than)
        with closing(self._connect()) as db, self._write(db):
            ids = [r[0] for r in db.execute("SELECT id FROM datasets WHERE saved < ?", (cutoff,))]
            db.executemany("DELETE FROM datasets WHERE id = ?", [(i,) for i in ids])
            db.executemany("DELETE FROM cache WHERE dataset_id = ?", [(i,) for i in ids])
            db.executemany("DELETE FROM resume WHERE dataset_id = ?", [(i,) for i in ids])
        return ids

    def size_bytes(self) -> int:
        files = [self.path, self.path.with_name(self.path.name + "-wal")]
        return sum(f.stat().st_size for f in files if f.exists())

    def close(self) -> None:
        """Nothing to close: every call opens and closes its own connection."""


def _now(minus: dt.timedelta = dt.timedelta(0)) -> str:
    """UTC time as SQLite's CURRENT_TIMESTAMP writes it, with microseconds (text sorts as time)."""
    return (dt.datetime.now(dt.UTC) - minus).strftime("%Y-%m-%d %H:%M:%S.%f")


def _utc(text: str | None) -> dt.datetime:
    """SQLite's CURRENT_TIMESTAMP text ('YYYY-MM-DD HH:MM:SS', UTC) as an aware datetime."""
    if not text:
        return dt.datetime.fromtimestamp(0, dt.UTC)
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)

