"""Writing the events, stories and problems tables: CSV (lists "; "-joined), JSON Lines or Parquet
(real lists).

A corpus run writes its events as a Parquet dataset directory (`extract/bulk/dataset.py`); here
`.parquet` is one file (the problems table of such a run, for instance).
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd

from extract import messages
from extract.ingest.errors import IngestError
from extract.schema import LIST_COLUMNS, STORY_LIST_COLUMNS, join_list

OUTPUT_SUFFIXES = (".csv", ".jsonl", ".parquet")


def check_output_path(path: str | Path) -> Path:
    """The path, if its suffix names a format we write (E103 otherwise)."""
    path = Path(path)
    if path.suffix.lower() not in OUTPUT_SUFFIXES:
        raise IngestError(messages.E113.format(name=path.name, suffix=path.suffix or "(none)"))
    return path


def write_table(frame: pd.DataFrame, path: str | Path) -> None:
    """Write `frame` in the format named by the suffix of `path` (.csv, .jsonl or .parquet), UTF-8."""
    path = check_output_path(path)
    if path.suffix.lower() == ".parquet":
        frame.to_parquet(path, index=False)
        return
    if path.suffix.lower() == ".jsonl":
        with path.open("w", encoding="utf-8") as out:
            for record in frame.to_dict("records"):
                clean = {k: _json_value(v) for k, v in record.items()}
                out.write(json.dumps(clean, ensure_ascii=False) + "\n")
        return
    flat = frame.copy()
    for column in dict.fromkeys(LIST_COLUMNS + STORY_LIST_COLUMNS):
        if column in flat.columns:
            flat[column] = flat[column].map(join_list)
    flat.to_csv(path, index=False, encoding="utf-8")


def _json_value(value: object) -> object:
    if isinstance(value, tuple):
        return list(value)
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value
