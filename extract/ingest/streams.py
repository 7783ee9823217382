"""Reading an articles file lazily, a few hundred rows at a time, whatever its size.

The whole-file reader (`tables.read_table`) keeps its limits for the dashboard and single-file runs;
this one serves corpora: CSV/TSV and JSON Lines (plain or .gz), Parquet, and Markdown articles (one
per file, read whole), each chunk a frame of raw
values whose index holds the row numbers a user sees, named "FILE, data row" / "FILE, line" /
"FILE, row" so every message names the file and the row.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import pandas as pd

from extract import messages
from extract.ingest.decode import BOMS
from extract.ingest.document import DOCUMENT_SUFFIXES
from extract.ingest.errors import IngestError
from extract.ingest.limits import MAX_FILE_BYTES
from extract.ingest.tables import (
    CSV_SUFFIXES,
    JSON_SUFFIXES,
    add_json_record,
    fit_row,
    read_table,
    records_frame,
    sniff_delimiter,
    unique_names,
)

PARQUET_SUFFIXES = (".parquet", ".pq")
STREAM_SUFFIXES = CSV_SUFFIXES + JSON_SUFFIXES + PARQUET_SUFFIXES + DOCUMENT_SUFFIXES
READ_BLOCK = 1 << 20  # bytes per read while checking an encoding


@dataclass
class Chunk:
    """Up to `size` consecutive rows of one file, as read (values untouched)."""

    frame: pd.DataFrame
    problems: list[dict] = field(default_factory=list)
    position: int = 0  # bytes of the file read so far (for progress estimates)


def file_format(path: Path) -> str:
    """"csv", "jsonl", "json", "parquet" or "document" from the suffix (a trailing .gz is looked through)."""
    suffixes = [s.lower() for s in path.suffixes]
    suffix = suffixes[-2] if suffixes[-1:] == [".gz"] and len(suffixes) > 1 else (suffixes or [""])[-1]
    if suffix in PARQUET_SUFFIXES:
        return "parquet"
    if suffix == ".json":
        return "json"
    if suffix in JSON_SUFFIXES:
        return "jsonl"
    if suffix in CSV_SUFFIXES:
        return "csv"
    if suffix in DOCUMENT_SUFFIXES:
        return "document"
    raise IngestError(messages.E103.format(name=path.name, suffix=suffix or "(none)"))


def read_chunks(path: Path, size: int, name: str | None = None) -> Iterator[Chunk]:
    """The rows of `path` in chunks of `size` rows, messages naming the file `name` (default: its
    name). Raises IngestError when the file cannot be read; a file with no rows yields one empty chunk."""
    name = name or path.name
    kind = file_format(path)
    readers = {"csv": _csv_chunks, "jsonl": _jsonl_chunks, "parquet": _parquet_chunks,
               "json": _whole_file_chunks, "document": _whole_file_chunks}
    try:
        yield from readers[kind](path, size, name)
    except OSError as err:
        raise IngestError(messages.E101.format(name=name, reason=err.strerror or err)) from err


@contextmanager
def _binary(path: Path) -> Iterator[tuple[BinaryIO, BinaryIO]]:
    """(the decompressed stream, the raw file whose position says how far we are)."""
    with path.open("rb") as raw:
        if raw.read(2) == b"\x1f\x8b":
            raw.seek(0)
            with gzip.GzipFile(fileobj=raw) as unzipped:
                yield unzipped, raw
            return
        raw.seek(0)
        yield raw, raw


def file_encoding(path: Path, name: str) -> str:
    """The encoding `decode.decode_bytes` would pick for the whole file, read block by block."""
    with _binary(path) as (stream, _raw):
        head = stream.read(65536)
        for bom, encoding in BOMS:
            if head.startswith(bom):
                return encoding
        if b"\x00" in head:
            raise IngestError(messages.E109.format(name=name))
        for encoding in ("utf-8", "cp1252"):
            if _decodes(stream, head, encoding):
                return encoding
            stream.seek(0)
            head = stream.read(65536)
    return "latin-1"


def _decodes(stream: BinaryIO, head: bytes, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        decoder.decode(head)
        while block := stream.read(READ_BLOCK):
            decoder.decode(block)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


@contextmanager
def _text(path: Path, name: str) -> Iterator[tuple[io.TextIOWrapper, BinaryIO]]:
    encoding = file_encoding(path, name)
    with _binary(path) as (stream, raw):
        yield io.TextIOWrapper(stream, encoding=encoding, newline=""), raw


def _csv_chunks(path: Path, size: int, name: str) -> Iterator[Chunk]:
    csv.field_size_limit(MAX_FILE_BYTES)
    with _text(path, name) as (handle, raw):
        delimiter = sniff_delimiter(handle.read(65536))
        handle.seek(0)
        reader = csv.reader(handle, delimiter=delimiter)
        header = [h.strip() for h in next(reader, [])]
        if not header:
            raise IngestError(messages.E107.format(name=name))
        columns, unit = unique_names(header), f"{name}, data row"
        records, rows, problems, chunks = [], [], [], 0
        try:
            for number, fields in enumerate(reader, start=1):
                if any(f.strip() for f in fields):
                    records.append(fit_row(fields, header, number, problems, unit))
                    rows.append(number)
                if len(records) == size:
                    yield _csv_chunk(records, rows, columns, unit, problems, raw.tell())
                    records, rows, problems, chunks = [], [], [], chunks + 1
        except csv.Error as err:
            reason = f"line {reader.line_num}: {err}"
            raise IngestError(messages.E101.format(name=name, reason=reason)) from err
        if records or problems or not chunks:
            yield _csv_chunk(records, rows, columns, unit, problems, raw.tell())


def _csv_chunk(records: list, rows: list[int], columns: list[str], unit: str, problems: list[dict],
               position: int) -> Chunk:
    frame = pd.DataFrame(records, columns=columns, index=pd.Index(rows, name=unit, dtype="int64"),
                         dtype=object)
    return Chunk(frame, problems, position)


def _jsonl_chunks(path: Path, size: int, name: str) -> Iterator[Chunk]:
    unit = f"{name}, line"
    with _text(path, name) as (handle, raw):
        records, rows, problems, seen = [], [], [], False
        for number, line in enumerate(handle, start=1):
            if line.strip():
                seen = True
                add_json_record(line, number, unit, records, rows, problems)
            if len(records) == size:
                yield Chunk(records_frame(records, rows, unit), problems, raw.tell())
                records, rows, problems = [], [], []
        if records or problems or not seen:
            yield Chunk(records_frame(records, rows, unit), problems, raw.tell())


def _whole_file_chunks(path: Path, size: int, name: str) -> Iterator[Chunk]:
    """A .json file (one array, or JSON Lines) or a Markdown article is read whole, within the
    single-file limits."""
    table = read_table(path, name=name)
    frame = table.frame.rename_axis(f"{name}, {table.frame.index.name}")
    for start in range(0, max(len(frame), 1), size):
        yield Chunk(frame.iloc[start:start + size], table.problems if start == 0 else [],
                    path.stat().st_size)


def _parquet_chunks(path: Path, size: int, name: str) -> Iterator[Chunk]:
    import pyarrow.parquet as pq  # pyarrow is needed only for Parquet input

    unit, first = f"{name}, row", 1
    try:
        parquet = pq.ParquetFile(path)
    except Exception as err:  # pyarrow raises its own error types for a damaged file
        raise IngestError(messages.E101.format(name=name, reason=err)) from err
    total, batches = parquet.metadata.num_rows, parquet.iter_batches(batch_size=size)
    for batch in batches:
        frame = batch.to_pandas().astype(object)
        frame.index = pd.RangeIndex(first, first + len(frame)).rename(unit)
        first += len(frame)
        yield Chunk(frame, [], int(path.stat().st_size * (first - 1) / max(total, 1)))
    if total == 0:
        yield Chunk(pd.DataFrame(index=pd.Index([], name=unit, dtype="int64")), [], 0)
