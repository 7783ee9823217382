"""Reading an articles file (CSV/TSV, JSON Lines, or one article: Markdown, web page, PDF, Word) into a
DataFrame of raw values.

The frame's index holds the row numbers a user sees, and its name says which kind: "data row"
(CSV: 1 is the first row under the header), "line" (JSON Lines: the line of the file) or "article"
(a Markdown file: one article).
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import pandas as pd

from extract import messages
from extract.ingest.decode import decode_bytes
from extract.ingest.document import BINARY_DOCUMENT_SUFFIXES, DOCUMENT_SUFFIXES, document_frame
from extract.ingest.errors import IngestError, problem
from extract.ingest.limits import MAX_FILE_BYTES, MAX_ROWS

CSV_SUFFIXES = (".csv", ".tsv", ".txt")
JSON_SUFFIXES = (".jsonl", ".ndjson", ".json")
DELIMITERS = ",;\t"

Source = str | Path | bytes | BinaryIO


@dataclass
class RawTable:
    """An input file as read: values untouched, plus how it was read (for the user to check)."""

    frame: pd.DataFrame
    name: str
    format: str  # "csv", "jsonl" or "document" (one article: Markdown, web page, PDF, Word)
    encoding: str
    delimiter: str | None = None
    problems: list[dict] = field(default_factory=list)


def read_table(source: Source, name: str | None = None) -> RawTable:
    """Read a path, bytes or binary file object. `name` (a file name) picks the format by suffix."""
    data, name = _read_bytes(source, name)
    if Path(name).suffix.lower() in BINARY_DOCUMENT_SUFFIXES:
        frame, problems = document_frame(data, name)
        return RawTable(frame, name, "document", "binary", None, problems)
    text, encoding = decode_bytes(data, name)
    kind = _format_of(name, text)
    if kind == "jsonl":
        frame, problems = _parse_jsonl(text, name)
        table = RawTable(frame, name, "jsonl", encoding, None, problems)
    elif kind == "document":
        frame, problems = document_frame(text, name)
        table = RawTable(frame, name, "document", encoding, None, problems)
    else:
        delimiter = sniff_delimiter(text)
        frame, problems = _parse_csv(text, delimiter, name)
        table = RawTable(frame, name, "csv", encoding, delimiter, problems)
    if len(table.frame) + len(table.problems) == 0:
        raise IngestError(messages.E107.format(name=name))
    if len(table.frame) > MAX_ROWS:
        raise IngestError(messages.E105.format(name=name, rows=len(table.frame), limit=MAX_ROWS))
    return table


def _read_bytes(source: Source, name: str | None) -> tuple[bytes, str]:
    if isinstance(source, bytes):
        data = source
    elif isinstance(source, str | Path):
        path = Path(source)
        name = name or path.name
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                raise IngestError(messages.E104.format(name=name, size=size, limit=MAX_FILE_BYTES))
            data = path.read_bytes()
        except OSError as err:
            raise IngestError(messages.E101.format(name=name, reason=err.strerror or err)) from err
    else:
        name = name or Path(str(getattr(source, "name", "input"))).name
        data = source.read(MAX_FILE_BYTES + 1)
    name = name or "input"
    if len(data) > MAX_FILE_BYTES:
        raise IngestError(messages.E104.format(name=name, size=len(data), limit=MAX_FILE_BYTES))
    return data, name


def _format_of(name: str, text: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in JSON_SUFFIXES:
        return "jsonl"
    if suffix in CSV_SUFFIXES:
        return "csv"
    if suffix in DOCUMENT_SUFFIXES:
        return "document"
    if suffix:
        raise IngestError(messages.E103.format(name=name, suffix=suffix))
    return "jsonl" if text.lstrip().startswith(("{", "[")) else "csv"


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab, as csv.Sniffer sees the first lines; else the commonest in the header."""
    sample = text[:65536]
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        header = sample.splitlines()[0] if sample.strip() else ""
        return max(DELIMITERS, key=header.count)


def _parse_csv(text: str, delimiter: str, name: str) -> tuple[pd.DataFrame, list[dict]]:
    csv.field_size_limit(MAX_FILE_BYTES)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise IngestError(messages.E107.format(name=name)) from None
    except csv.Error as err:
        raise IngestError(messages.E101.format(name=name, reason=err)) from err
    records, rows, problems = [], [], []
    try:
        for number, fields in enumerate(reader, start=1):
            if not any(f.strip() for f in fields):
                continue  # a blank line is not a row
            records.append(fit_row(fields, header, number, problems))
            rows.append(number)
    except csv.Error as err:
        raise IngestError(messages.E101.format(name=name, reason=f"line {reader.line_num}: {err}")) from err
    index = pd.Index(rows, name="data row")
    return pd.DataFrame(records, columns=unique_names(header), index=index, dtype=object), problems


def fit_row(fields: list[str], header: list[str], number: int, problems: list[dict],
            unit: str = "data row") -> list[str]:
    """Pad a short row; report (and drop) fields beyond the header."""
    if len(fields) > len(header):
        extra = fields[len(header):]
        if any(f.strip() for f in extra):
            shown = "; ".join(f[:30] for f in extra)
            message = messages.E111.format(where=f"{unit} {number}", count=len(extra), extra=shown)
            problems.append(problem(number, "", message))
        return fields[: len(header)]
    return fields + [""] * (len(header) - len(fields))


def unique_names(header: list[str]) -> list[str]:
    """Column names made unique and non-empty ("column 3" for a blank header cell)."""
    seen: dict[str, int] = {}
    names = []
    for position, raw in enumerate(header, start=1):
        base = raw or f"column {position}"
        seen[base] = seen.get(base, 0) + 1
        names.append(base if seen[base] == 1 else f"{base} ({seen[base]})")
    return names


def _parse_jsonl(text: str, name: str) -> tuple[pd.DataFrame, list[dict]]:
    stripped = text.lstrip()
    if stripped.startswith("["):
        return _parse_json_array(stripped, name)
    records, rows, problems = [], [], []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        add_json_record(line, number, "line", records, rows, problems)
    return records_frame(records, rows, "line"), problems


def add_json_record(line: str, number: int, unit: str, records: list, rows: list, problems: list) -> None:
    """One JSON Lines line: its object goes to `records` (and its number to `rows`), else an E106 problem."""
    try:
        record = json.loads(line)
        if not isinstance(record, dict):
            raise ValueError(f"found a JSON {type(record).__name__}")
    except ValueError as err:
        reason = str(err).split(":")[0] if isinstance(err, json.JSONDecodeError) else str(err)
        problems.append(problem(number, "", messages.E106.format(where=f"{unit} {number}", reason=reason)))
        return
    records.append(record)
    rows.append(number)


def _parse_json_array(text: str, name: str) -> tuple[pd.DataFrame, list[dict]]:
    """A .json file holding one array of objects; rows are numbered by position (1-based)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise IngestError(messages.E101.format(name=name, reason=f"invalid JSON: {err}")) from err
    records, rows, problems = [], [], []
    for number, record in enumerate(data, start=1):
        if isinstance(record, dict):
            records.append(record)
            rows.append(number)
        else:
            where, reason = f"array item {number}", f"found a JSON {type(record).__name__}"
            problems.append(problem(number, "", messages.E106.format(where=where, reason=reason)))
    return records_frame(records, rows, "array item"), problems


def records_frame(records: list[dict], rows: list[int], unit: str) -> pd.DataFrame:
    """JSON objects as a frame of raw values; the index holds the row numbers, named by `unit`."""
    index = pd.Index(rows, name=unit, dtype="int64")
    if not records:
        return pd.DataFrame(index=index)
    return pd.DataFrame.from_records(records, index=index).astype(object)
