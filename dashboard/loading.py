"""Uploads in: articles (CSV / JSON Lines / Parquet / one article: Markdown, web page, PDF, Word, or fetched
from its URL; columns detected and correctable) or an exported
events table (CSV, JSON Lines, one Parquet file, or the Parquet dataset folder of a corpus run
`python -m extract -o EVENTS.parquet`, zipped).

Reading and column detection are `extract.ingest`'s; this module adds the dashboard's limits, tells an
events table from a table of articles, and turns a pasted article into a one-row table.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from dashboard.codec import normalise_events
from dashboard.export import unsafe_cell
from dashboard.limits import MAX_ARTICLE_ROWS, MAX_EVENT_ROWS, check_rows, check_size
from dashboard.messages import message
from dashboard.zipped import read_zipped_dataset, unlinked
from extract.ingest import ColumnMapping, IngestError, detect_columns, read_table
from extract.ingest.fetch import read_url
from extract.ingest.streams import PARQUET_SUFFIXES
from extract.schema import EVENT_COLUMNS, PROBLEM_COLUMNS

ARTICLE_COLUMNS = ("id", "title", "published", "source", "url", "text")
# File types the uploader accepts (.zip: a corpus run's Parquet dataset folder, zipped).
UPLOAD_TYPES = ("csv", "tsv", "jsonl", "json", "parquet", "md", "markdown", "html", "htm", "pdf", "docx",
                "zip")
# Columns whose presence marks an events table (an export of this app or of `python -m extract`).
EVENT_MARKERS = ("event_id", "event_type", "date_start", "time_anchor", "actors")


@dataclass
class Upload:
    """An upload as read. `error` is set (and `frame` empty) when the file cannot be used at all."""

    name: str
    kind: str  # "articles", "events" or "" (unusable)
    frame: pd.DataFrame = field(default_factory=pd.DataFrame)
    mapping: ColumnMapping = field(default_factory=ColumnMapping)
    problems: list[dict] = field(default_factory=list)
    error: str = ""
    link: bool = False  # an events table whose stories are to be linked (a zipped run made with --no-link)


def is_events_table(columns: list[str]) -> bool:
    """Whether a header is that of an events table rather than of articles."""
    return all(marker in columns for marker in EVENT_MARKERS)


def events_from_upload(frame: pd.DataFrame) -> pd.DataFrame:
    """An uploaded events table, normalised, with spreadsheet-safety apostrophes removed."""
    restored = frame.map(lambda v: unsafe_cell(v) if isinstance(v, str) else v)
    return normalise_events(restored)


def _detect(frame: pd.DataFrame, name: str) -> tuple[ColumnMapping, str]:
    try:
        return detect_columns(frame.columns, name=name), ""
    except IngestError:
        return ColumnMapping(), message("D105")


def read_upload(data: bytes, name: str) -> Upload:
    """Read an uploaded file within the dashboard's limits; never raises on bad input."""
    too_big = check_size(len(data))
    if too_big:
        return Upload(name, "", error=too_big)
    try:
        frame, problems = _read_frame(data, name)
    except IngestError as error:
        return Upload(name, "", error=str(error))
    if is_events_table([str(c) for c in frame.columns]):
        too_many = check_rows(len(frame), MAX_EVENT_ROWS)
        if too_many:
            return Upload(name, "", error=too_many)
        link = name.lower().endswith(".zip") and unlinked(frame)
        return Upload(name, "events", events_from_upload(frame), problems=problems, link=link)
    too_many = check_rows(len(frame), MAX_ARTICLE_ROWS)
    if too_many:
        return Upload(name, "", error=too_many)
    mapping, note = _detect(frame, name)
    return Upload(name, "articles", frame, mapping, problems, error=note)


def fetched_article(url: str) -> Upload:
    """The article at `url` (a web page, PDF or Word file), read like an upload of the saved file;
    never raises on a bad address or a failed fetch (the error says why, E151)."""
    try:
        table = read_url(url)
    except IngestError as error:
        return Upload(url.strip(), "", error=str(error))
    mapping, note = _detect(table.frame, table.name)
    return Upload(table.name, "articles", table.frame, mapping, list(table.problems), error=note)


def _read_frame(data: bytes, name: str) -> tuple[pd.DataFrame, list[dict]]:
    """(raw values, reading problems) of a CSV / JSON Lines / Parquet upload; IngestError if unusable.

    A Parquet upload is one file (a part of an events dataset, or a table filtered with pandas); a
    .zip is a corpus run's whole Parquet dataset folder, zipped (`zipped.py`)."""
    if name.lower().endswith(".zip"):
        return read_zipped_dataset(data, name)
    if not name.lower().endswith(PARQUET_SUFFIXES):
        table = read_table(data, name=name)
        return table.frame, list(table.problems)
    try:
        table = pq.read_table(io.BytesIO(data))
    except Exception as error:  # pyarrow raises several types for a damaged or non-Parquet file
        raise IngestError(message("D106", name=name, reason=str(error)[:200])) from error
    frame = table.to_pandas().astype(object)
    for column in table.column_names:  # list cells as Python lists, as a CSV's are after decoding
        if pa.types.is_list(table.schema.field(column).type):
            frame[column] = table.column(column).to_pylist()
    frame.index = pd.RangeIndex(1, len(frame) + 1, name="row")
    return frame, []


def pasted_article(text: str, published: dt.date | None, title: str = "", source: str = "",
                   url: str = "") -> pd.DataFrame:
    """A one-row articles table from pasted text (ValueError with D110 when the text is empty)."""
    if not text.strip():
        raise ValueError(message("D110"))
    row = {"id": "pasted-1", "title": title.strip() or "Pasted article", "source": source.strip(),
           "published": published.isoformat() if published else "", "url": url.strip(), "text": text}
    return pd.DataFrame([row], columns=list(ARTICLE_COLUMNS))


def problems_table(problems: list[dict] | pd.DataFrame) -> pd.DataFrame:
    """Problems as a (row, column, message) table."""
    frame = problems if isinstance(problems, pd.DataFrame) else pd.DataFrame(problems)
    # object first: a missing row number (a problem of the whole file) is <NA> in an Int64 column.
    frame = frame.reindex(columns=list(PROBLEM_COLUMNS)).astype(object)
    return frame.where(frame.notna(), "").astype(str)


__all__ = ["ARTICLE_COLUMNS", "EVENT_COLUMNS", "UPLOAD_TYPES", "Upload", "fetched_article", "pasted_article",
           "problems_table", "read_upload"]
