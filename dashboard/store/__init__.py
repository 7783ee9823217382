"""Datasets stored on the server under an id derived from their content, in SQLite or PostgreSQL.

`DATELINE_DATABASE_URL=postgresql://user@host/db` puts every dataset, problems report and cache entry
in PostgreSQL (events as rows; see `postgres.py`); unset, they live in `datelines.sqlite` in the
directory named by DATELINE_DATA_DIR (default `var/` in the project root; see `sqlite.py`). Either
way the schema is created and upgraded by the migrations in `migrations/` on first use.

The id is the first 24 hex characters of the sha256 of the canonical events CSV: the same table
always gets the same id, and an id cannot be guessed without the table.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import os
import re
import threading
from pathlib import Path

import pandas as pd

from dashboard.codec import from_csv_text, to_csv_text
from dashboard.messages import message
from dashboard.store.backend import Backend, DatasetInfo, ResumeInfo
from extract.schema import PROBLEM_COLUMNS

ID_LENGTH = 24
ID_PATTERN = re.compile(rf"^[0-9a-f]{{{ID_LENGTH}}}$")
DB_NAME = "datelines.sqlite"
URL_VARIABLE = "DATELINE_DATABASE_URL"
POSTGRES_SCHEMES = ("postgresql://", "postgres://")

_backends: dict[str, Backend] = {}
_lock = threading.Lock()


def data_dir() -> Path:
    """The data directory (created when missing)."""
    default = Path(__file__).resolve().parents[2] / "var"
    path = Path(os.environ.get("DATELINE_DATA_DIR") or default)
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_url() -> str:
    """The PostgreSQL URL from DATELINE_DATABASE_URL, or "" for the SQLite file."""
    url = os.environ.get(URL_VARIABLE, "").strip()
    if url and not url.startswith(POSTGRES_SCHEMES):
        raise ValueError(message("D403", value=url.split(":")[0] + ":"))
    return url


def backend() -> Backend:
    """The backend the environment names, opened (and its schema migrated) once per process."""
    url = database_url()
    key = url or str(data_dir() / DB_NAME)
    with _lock:
        if key not in _backends:
            if url:
                from dashboard.store.postgres import PostgresBackend  # psycopg only when it is used

                _backends[key] = PostgresBackend(url)
            else:
                from dashboard.store.sqlite import SqliteBackend

                _backends[key] = SqliteBackend(Path(key))
        return _backends[key]


def close() -> None:
    """Close every open backend (connection pools); the next call opens them again."""
    with _lock:
        while _backends:
            _backends.popitem()[1].close()


def dataset_id(events: pd.DataFrame) -> str:
    """The content-derived id of an events table."""
    return _hash(to_csv_text(events))


def _hash(csv_text: str) -> str:
    return hashlib.sha256(csv_text.encode("utf-8")).hexdigest()[:ID_LENGTH]


def is_valid_id(value: str) -> bool:
    """Whether `value` has the shape of a dataset id (checked before any look-up)."""
    return bool(ID_PATTERN.match(value))


def problems_frame(problems: pd.DataFrame | None) -> pd.DataFrame:
    """A problems report with exactly PROBLEM_COLUMNS, as text."""
    frame = problems if problems is not None else pd.DataFrame()
    return frame.reindex(columns=list(PROBLEM_COLUMNS)).fillna("").astype(str)


def save(events: pd.DataFrame, name: str = "", problems: pd.DataFrame | None = None) -> str:
    """Store an events table (and its problems report); return its id. Saving twice stores nothing
    new (the first name and report stay) but marks it saved now: it heads the recent list again."""
    text = to_csv_text(events)
    ident = _hash(text)
    backend().save(ident, name, text, len(events), problems_frame(problems))
    return ident


def load(ident: str) -> pd.DataFrame | None:
    """The events table stored under `ident`, or None when there is none."""
    if not is_valid_id(ident):
        return None
    text = backend().load_csv(ident)
    return None if text is None else from_csv_text(text)


def load_problems(ident: str) -> pd.DataFrame:
    """The problems report stored with dataset `ident` (empty when none)."""
    found = backend().load_problems(ident) if is_valid_id(ident) else None
    return problems_frame(found)


def dataset_name(ident: str) -> str:
    """The name a dataset was stored with ("" when unknown)."""
    return (backend().dataset_name(ident) if is_valid_id(ident) else None) or ""


def exists(ident: str) -> bool:
    """Whether a dataset is stored under `ident` (without reading it)."""
    return is_valid_id(ident) and backend().dataset_name(ident) is not None


def cached(key: str) -> str | None:
    """The dataset id remembered under a cache key (e.g. the sample's content hash), or None."""
    return backend().cached(key)


def remember(key: str, ident: str) -> None:
    """Remember that cache `key` resolves to dataset `ident`."""
    backend().remember(key, ident)


def datasets(limit: int | None = None) -> list[DatasetInfo]:
    """The stored datasets, the last saved first (at most `limit`)."""
    return backend().datasets(limit)


def save_resume(ident: str, state: dict) -> None:
    """Keep `state` (JSON-ready, with name, done and total: see dashboard/resume.py) with the partial
    dataset `ident`."""
    text = json.dumps(state, ensure_ascii=False, default=str)
    left = ResumeInfo(state["name"], state["done"], state["total"])
    backend().save_resume(ident, left, gzip.compress(text.encode("utf-8"), compresslevel=6))


def resume_info(ident: str) -> ResumeInfo | None:
    """Name and articles done of total of the extraction kept with dataset `ident` (None: none kept)."""
    return backend().resume_info(ident) if is_valid_id(ident) else None


def load_resume(ident: str) -> dict | None:
    """The resume state kept with dataset `ident`, or None (none kept, or it was deleted)."""
    found = backend().load_resume(ident) if is_valid_id(ident) else None
    return None if found is None else json.loads(gzip.decompress(found).decode("utf-8"))


def drop_resume(ident: str) -> None:
    """Forget the resume state of dataset `ident` (its extraction was resumed to the end)."""
    if is_valid_id(ident):
        backend().drop_resume(ident)


def delete(ident: str) -> bool:
    """Delete dataset `ident` and the cache entries naming it; whether it was stored."""
    return is_valid_id(ident) and backend().delete(ident)


def prune(older_than: dt.timedelta) -> list[str]:
    """Delete every dataset last saved longer ago than `older_than`; the ids deleted."""
    return backend().prune(older_than)


def size_bytes() -> int:
    """Bytes the database takes on disk."""
    return backend().size_bytes()
