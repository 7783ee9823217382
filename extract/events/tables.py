"""Reading the events layer's data tables: tab-separated, header first, '#' rows are comments."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from extract.events.errors import E301, E302, E303, TableError

DATA_DIR = Path(__file__).resolve().parents[2] / "data"


def read_data_table(path: Path, columns: Iterable[str], required: Iterable[str] = ()) -> list[dict[str, str]]:
    """Rows of a TSV table as dicts (row numbers counted like a spreadsheet: header is row 1).

    Raises TableError naming the file, row and column when a column is missing or a required cell empty.
    """
    if not path.exists():
        raise TableError(E303.format(path=path))
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return _rows(path, csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE), columns, required)


def _rows(path: Path, reader: csv.DictReader, columns: Iterable[str], required: Iterable[str]) -> list[dict]:
    columns = tuple(columns)
    missing = [c for c in columns if c not in (reader.fieldnames or [])]
    if missing:
        raise TableError(E301.format(path=path.name, missing=", ".join(missing), expected=", ".join(columns)))
    rows = []
    for row in reader:
        number = reader.line_num
        if next(iter(row.values()), "").startswith("#"):
            continue
        clean = {c: (row.get(c) or "").strip() for c in columns}
        for column in required:
            if not clean[column]:
                raise TableError(E302.format(path=path.name, row=number, column=column, problem="is empty"))
        clean["_row"] = str(number)
        rows.append(clean)
    return rows


@dataclass(frozen=True)
class RuleWords:
    """The words of each rule of a (rule, word) table (uncoded.tsv, private.tsv)."""

    words: dict[str, frozenset[str]]

    def has(self, rule: str, word: str) -> bool:
        return word in self.words.get(rule, frozenset())


def read_rule_words(path: Path, columns: Iterable[str], rules: Iterable[str],
                    as_written: Iterable[str] = ()) -> RuleWords:
    """The table's words per rule, lower-cased except in the rules `as_written` (event types, tags,
    sector codes); every rule of `rules` is there, with no words if the table has none."""
    as_written = set(as_written)
    found: dict[str, set[str]] = {rule: set() for rule in rules}
    for row in read_data_table(path, columns, required=("rule", "word")):
        word = row["word"] if row["rule"] in as_written else row["word"].lower()
        found.setdefault(row["rule"], set()).add(word)
    return RuleWords({rule: frozenset(words) for rule, words in found.items()})


def check_choice(path: Path, row: dict[str, str], column: str, allowed: Iterable[str]) -> str:
    """The cell's value if it is one of `allowed`, else a TableError with row and column."""
    value = row[column]
    allowed = tuple(allowed)
    if value not in allowed:
        problem = f"{value!r} is not one of {', '.join(allowed)}"
        raise TableError(E302.format(path=path.name, row=row["_row"], column=column, problem=problem))
    return value
