"""Datasets stored on the server in SQLite, under an id derived from their content.

The database file is `datelines.sqlite` in the directory named by DATELINE_DATA_DIR (default `var/` in
the project root). The id is the first 24 hex characters of the sha256 of the canonical events CSV:
the same table always gets the same id, and an id cannot be guessed without the table.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pandas as pd

from dashboard.codec import from_csv_text, to_csv_text

ID_LENGTH = 24
ID_PATTERN = re.compile(rf"^[0-9a-f]{{{ID_LENGTH}}}$")
DB_NAME = "datelines.sqlite"
SCHEMA = (
    "CREATE TABLE IF NOT EXISTS datasets (id TEXT PRIMARY KEY, name TEXT, rows INTEGER, "
    "events BLOB, problems BLOB, created TEXT DEFAULT CURRENT_TIMESTAMP)",
    "CREATE TABLE IF NOT EXISTS cache (key TEXT PRIMARY KEY, dataset_id TEXT)",
)


def data_dir() -> Path:
    """The data directory (created when missing)."""
    default = Path(__file__).resolve().parent.parent / "var"
    path = Path(os.environ.get("DATELINE_DATA_DIR") or default)
    path.mkdir(parents=True, exist_ok=True)
    return path


def _connect() -> sqlite3.Connection:
    connection = sqlite3.connect(data_dir() / DB_NAME, timeout=30)
    for statement in SCHEMA:
        connection.execute(statement)
    return connection


def dataset_id(events: pd.DataFrame) -> str:
    """The content-derived id of an events table."""
    return hashlib.sha256(to_csv_text(events).encode("utf-8")).hexdigest()[:ID_LENGTH]


def is_valid_id(value: str) -> bool:
    """Whether `value` has the shape of a dataset id (checked before any look-up)."""
    return bool(ID_PATTERN.match(value))


def save(events: pd.DataFrame, name: str = "", problems: pd.DataFrame | None = None) -> str:
    """Store an events table (and its problems report); return its id. Saving twice is harmless."""
    text = to_csv_text(events)
    ident = hashlib.sha256(text.encode("utf-8")).hexdigest()[:ID_LENGTH]
    problem_csv = (problems if problems is not None else pd.DataFrame()).to_csv(index=False)
    with closing(_connect()) as db, db:
        db.execute(
            "INSERT OR IGNORE INTO datasets (id, name, rows, events, problems) VALUES (?, ?, ?, ?, ?)",
            (ident, name, len(events), gzip.compress(text.encode()), gzip.compress(problem_csv.encode())),
        )
    return ident


def load(ident: str) -> pd.DataFrame | None:
    """The events table stored under `ident`, or None when there is none."""
    if not is_valid_id(ident):
        return None
    with closing(_connect()) as db:
        row = db.execute("SELECT events FROM datasets WHERE id = ?", (ident,)).fetchone()
    return None if row is None else from_csv_text(gzip.decompress(row[0]).decode("utf-8"))


def load_problems(ident: str) -> pd.DataFrame:
    """The problems report stored with dataset `ident` (empty when none)."""
    with closing(_connect()) as db:
        row = db.execute("SELECT problems FROM datasets WHERE id = ?", (ident,)).fetchone()
    text = gzip.decompress(row[0]).decode("utf-8") if row else ""
    if not text.strip():
        return pd.DataFrame(columns=["row", "column", "message"])
    return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)


def dataset_name(ident: str) -> str:
    """The name a dataset was stored with ("" when unknown)."""
    with closing(_connect()) as db:
        row = db.execute("SELECT name FROM datasets WHERE id = ?", (ident,)).fetchone()
    return row[0] if row else ""


def cached(key: str) -> str | None:
    """The dataset id remembered under a cache key (e.g. the sample's content hash), or None."""
    with closing(_connect()) as db:
        row = db.execute("SELECT dataset_id FROM cache WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def remember(key: str, ident: str) -> None:
    """Remember that cache `key` resolves to dataset `ident`."""
    with closing(_connect()) as db, db:
        db.execute("INSERT OR REPLACE INTO cache (key, dataset_id) VALUES (?, ?)", (key, ident))
