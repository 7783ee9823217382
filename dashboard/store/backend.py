"""What every store backend provides, and the one description of a stored dataset."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

import pandas as pd


@dataclass(frozen=True)
class DatasetInfo:
    """A stored dataset as the sidebar and `python -m dashboard.admin list` show it."""

    id: str
    name: str
    events: int
    created: dt.datetime  # UTC, first stored
    saved: dt.datetime  # UTC, last stored (the same table stored again moves it up the recent list)


@dataclass(frozen=True)
class ResumeInfo:
    """A cancelled extraction kept with its partial dataset: its name, and articles done of total."""

    name: str
    done: int
    total: int


class Backend(Protocol):
    """A place where datasets live. `save` is one transaction: all of a dataset is stored, or none."""

    def save(self, ident: str, name: str, csv_text: str, rows: int, problems: pd.DataFrame) -> None:
        """Store the canonical events CSV `csv_text` under `ident` (no-op when `ident` is stored)."""

    def load_csv(self, ident: str) -> str | None:
        """The canonical events CSV stored under `ident`, or None."""

    def load_problems(self, ident: str) -> pd.DataFrame | None:
        """The problems report of `ident` (PROBLEM_COLUMNS, text), or None."""

    def dataset_name(self, ident: str) -> str | None: ...

    def cached(self, key: str) -> str | None: ...

    def remember(self, key: str, ident: str) -> None: ...

    def datasets(self, limit: int | None = None) -> list[DatasetInfo]:
        """Stored datasets, the last saved first."""

    def save_resume(self, ident: str, left: ResumeInfo, state: bytes) -> None:
        """Keep a cancelled extraction's resume state with its partial dataset `ident` (replaced)."""

    def resume_info(self, ident: str) -> ResumeInfo | None: ...

    def load_resume(self, ident: str) -> bytes | None: ...

    def drop_resume(self, ident: str) -> None: ...

    def delete(self, ident: str) -> bool:
        """Delete a dataset (and cache entries naming it); whether it existed."""

    def prune(self, older_than: dt.timedelta) -> list[str]:
        """Delete datasets last saved longer ago than `older_than`; their ids."""

    def size_bytes(self) -> int:
        """Bytes the database takes on disk."""

    def close(self) -> None: ...
