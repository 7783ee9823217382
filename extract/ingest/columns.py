"""Which input column plays which role (text, published, title, url, source, id).

Detected from the header with the names in `column_names.tsv`, reported back as a `ColumnMapping`
that the caller shows and may override (the dashboard lets the user correct it).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from pathlib import Path

from extract import messages
from extract.ingest.errors import IngestError

ROLES = ("text", "published", "title", "url", "source", "id")
NAMES_FILE = Path(__file__).with_name("column_names.tsv")


@dataclass(frozen=True)
class ColumnMapping:
    """Input column name for each role, or None when the input has no such column."""

    text: str | None = None
    published: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    id: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def describe(self) -> str:
        """One line for people: "text ← Body; published ← Date; title: none; …"."""
        parts = (f"{role} ← {col}" if col else f"{role}: none" for role, col in self.as_dict().items())
        return "; ".join(parts)


def normalise_name(name: str) -> str:
    """Header cells compare lower-case without spaces, underscores, hyphens or dots."""
    return re.sub(r"[\s_\-.]+", "", str(name)).lower()


@lru_cache(maxsize=1)
def column_names() -> tuple[tuple[str, str, str], ...]:
    """The (role, name, example) entries of column_names.tsv, in file order."""
    text = NAMES_FILE.read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t"))
    return tuple((r["role"], r["name"], r["example"]) for r in rows)


def detect_columns(columns: Iterable[str], overrides: dict[str, str | None] | None = None,
                   name: str = "input") -> ColumnMapping:
    """Map roles to columns; `overrides` (role → column, "" for none) win; they must exist (E108).

    Raises IngestError E102 when no text column is found.
    """
    columns = [str(c) for c in columns]
    by_key: dict[str, str] = {}
    for column in columns:
        by_key.setdefault(normalise_name(column), column)
    found: dict[str, str | None] = dict.fromkeys(ROLES)
    for role, alias, _example in column_names():
        if found[role] is None:
            found[role] = by_key.get(normalise_name(alias))
    mapping = ColumnMapping(**found)
    mapping = apply_overrides(mapping, overrides or {}, columns, name)
    if mapping.text is None:
        raise IngestError(messages.E102.format(name=name, columns=_listing(columns)))
    return mapping


def apply_overrides(mapping: ColumnMapping, overrides: dict[str, str | None], columns: list[str],
                    name: str = "input") -> ColumnMapping:
    """The mapping with the user's choices; a given column must exist (matched case-insensitively)."""
    chosen = {}
    by_key = {normalise_name(c): c for c in columns}
    for role, column in overrides.items():
        if role not in ROLES:
            raise ValueError(f"unknown column role {role!r}; roles are {', '.join(ROLES)}")
        if column is None:
            continue
        if column == "":  # the user says: no column plays this role
            chosen[role] = None
            continue
        actual = column if column in columns else by_key.get(normalise_name(column))
        if actual is None:
            listing = _listing(columns)
            raise IngestError(messages.E108.format(column=column, role=role, name=name, columns=listing))
        chosen[role] = actual
    return replace(mapping, **chosen)


def _listing(columns: list[str]) -> str:
    return ", ".join(repr(c) for c in columns) if columns else "none"
