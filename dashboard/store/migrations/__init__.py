"""Versioned schema migrations, applied by each backend when it first connects: nobody runs SQL by hand.

A migration is a file `NNNN_what.py` in this folder. It lists its statements per dialect
(`SQLITE = [...]`, `POSTGRESQL = [...]`; a missing list means nothing to do there) or defines
`upgrade(db: Migrator)` for a step that needs Python. Applied versions are rows of
`schema_migrations`; a backend runs the pending ones in one transaction, under a lock, so app
processes starting together do not race.

Events-table columns are not listed in any migration: they follow `extract.schema.EVENT_COLUMNS`.
A column new in the schema is added at the end of the events table at the next start
(`add_event_columns`), with the empty value of its kind as default, so a new column needs no migration
at all. A rename, a type change or a dropped column is a numbered migration like any other.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from dashboard.messages import message
from extract.schema import EVENT_COLUMNS, LIST_COLUMNS, NUMERIC_COLUMNS

FOLDER = Path(__file__).resolve().parent
FILE_PATTERN = re.compile(r"^(\d{4})_(\w+)\.py$")
VERSIONS_TABLE = (
    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
    "applied TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP)"
)
COLUMN_TYPES = {  # (sqlite, postgresql) type and default of an events column, by kind
    "list": ("TEXT", "TEXT[]", "'{}'"),
    "int": ("INTEGER", "INTEGER", "0"),
    "float": ("REAL", "DOUBLE PRECISION", "0"),
    "text": ("TEXT", "TEXT", "''"),
}


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    module: ModuleType


class Migrator:
    """One open transaction on the database being migrated (each backend supplies a subclass)."""

    dialect: str = ""  # "sqlite" or "postgresql"

    def execute(self, sql: str, params: tuple = ()) -> list[tuple]:
        raise NotImplementedError

    def columns(self, table: str) -> list[str]:
        """The columns of `table` in order ([] when there is no such table)."""
        raise NotImplementedError


def migrations() -> list[Migration]:
    """Every migration in this folder, by version (two files with one version stop the program)."""
    found: dict[int, Migration] = {}
    for path in sorted(FOLDER.glob("*.py")):
        match = FILE_PATTERN.match(path.name)
        if not match:
            continue
        version = int(match.group(1))
        if version in found:
            raise RuntimeError(message("D410", version=f"{version:04d}", name=path.name))
        module = importlib.import_module(f"{__name__}.{path.stem}")
        found[version] = Migration(version, match.group(2), module)
    return [found[v] for v in sorted(found)]


def apply_pending(db: Migrator) -> list[int]:
    """Apply every migration not yet recorded, then add new events columns; the versions applied."""
    db.execute(VERSIONS_TABLE)
    applied = {row[0] for row in db.execute("SELECT version FROM schema_migrations")}
    done = []
    for migration in migrations():
        if migration.version in applied:
            continue
        step = getattr(migration.module, "upgrade", None)
        if step is not None:
            step(db)
        for statement in getattr(migration.module, db.dialect.upper(), []):
            db.execute(statement)
        mark = "?" if db.dialect == "sqlite" else "%s"
        db.execute(f"INSERT INTO schema_migrations (version, name) VALUES ({mark}, {mark})",
                   (migration.version, migration.name))
        done.append(migration.version)
    add_event_columns(db)
    return done


def column_kind(column: str) -> str:
    """"list", "int", "float" or "text": how an events column is stored (from extract/schema.py)."""
    return "list" if column in LIST_COLUMNS else NUMERIC_COLUMNS.get(column, "text")


def column_definition(column: str, dialect: str) -> str:
    """The SQL definition of an events column (quoted name, type, NOT NULL, default)."""
    sqlite_type, pg_type, default = COLUMN_TYPES[column_kind(column)]
    kind = sqlite_type if dialect == "sqlite" else pg_type
    return f'"{column}" {kind} NOT NULL DEFAULT {default}'


def add_event_columns(db: Migrator) -> list[str]:
    """Add, at the end of the `events` table (when there is one), each EVENT_COLUMNS column it lacks."""
    present = db.columns("events")
    if not present:
        return []
    missing = [c for c in EVENT_COLUMNS if c not in present]
    for column in missing:
        db.execute(f"ALTER TABLE events ADD COLUMN {column_definition(column, db.dialect)}")
    return missing
