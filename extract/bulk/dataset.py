"""The Parquet output of a corpus run: a directory of part files, one per input partition.

    EVENTS.parquet/part-00000-000000.parquet       events of file 0, partition 0 (EVENT_COLUMNS)
    EVENTS.parquet/_problems/part-00000-000000.parquet   its problems (CORPUS_PROBLEM_COLUMNS)
    EVENTS.parquet/_dateline.json                  inputs and settings of the run (for --resume)

Each part is written under a temporary name and renamed when complete, the problems part before
the events part: an events part on disk means the partition is finished. Readers of the dataset
(`pandas.read_parquet("EVENTS.parquet")`) skip names starting with "_" or ".".
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from extract import messages
from extract.ingest.errors import IngestError
from extract.schema import CORPUS_PROBLEM_COLUMNS, EVENT_COLUMNS, LIST_COLUMNS, NUMERIC_COLUMNS

MANIFEST = "_dateline.json"
PROBLEMS = "_problems"
COUNTS_KEY = b"dateline.counts"
ARROW_NUMBERS = {"int": pa.int64(), "float": pa.float64()}


def events_schema() -> pa.Schema:
    """EVENT_COLUMNS as Arrow types: lists of strings, int64/float64 for numbers, else strings."""
    def arrow_type(column: str) -> pa.DataType:
        if column in LIST_COLUMNS:
            return pa.list_(pa.string())
        return ARROW_NUMBERS.get(NUMERIC_COLUMNS.get(column, ""), pa.string())

    return pa.schema([pa.field(column, arrow_type(column)) for column in EVENT_COLUMNS])


def problems_schema() -> pa.Schema:
    return pa.schema([pa.field(c, pa.int64() if c == "row" else pa.string()) for c in CORPUS_PROBLEM_COLUMNS])


def events_arrow(frame: pd.DataFrame) -> pa.Table:
    """An events frame as an Arrow table of `events_schema()` (missing text: "", missing list: [])."""
    arrays = []
    for field in events_schema():
        values = frame[field.name].tolist() if field.name in frame else [None] * len(frame)
        if field.name in LIST_COLUMNS:
            values = [[str(v) for v in cell] if isinstance(cell, list | tuple) else [] for cell in values]
        elif pa.types.is_string(field.type):
            values = ["" if v is None else str(v) for v in values]
        arrays.append(pa.array(values, type=field.type))
    return pa.Table.from_arrays(arrays, schema=events_schema())


def problems_arrow(problems: list[dict]) -> pa.Table:
    columns = {c: [p.get(c) for p in problems] for c in CORPUS_PROBLEM_COLUMNS}
    columns["column"] = [v or "" for v in columns["column"]]
    return pa.Table.from_pydict(columns, schema=problems_schema())


class Dataset:
    """A run's output directory: which partitions are finished, writing one, the totals."""

    def __init__(self, path: Path, manifest: dict, resume: bool) -> None:
        self.path = Path(path)
        if self.path.exists() and not self.path.is_dir():
            raise IngestError(messages.E146.format(name=self.path))
        self.path.mkdir(exist_ok=True)  # its parent must exist, as for a file output
        (self.path / PROBLEMS).mkdir(exist_ok=True)
        self._check_manifest(manifest, resume)
        for stale in [*self.path.glob(".tmp-*"), *(self.path / PROBLEMS).glob(".tmp-*")]:
            stale.unlink()  # a part that an interrupted run did not finish writing

    def _check_manifest(self, manifest: dict, resume: bool) -> None:
        file = self.path / MANIFEST
        if self.finished() and not resume:
            raise IngestError(messages.E142.format(name=self.path))
        if resume and file.is_file():
            earlier = json.loads(file.read_text(encoding="utf-8"))
            keys = manifest.keys() | earlier.keys()
            different = sorted(k for k in keys if manifest.get(k) != earlier.get(k))
            if different and self.finished():
                raise IngestError(messages.E141.format(name=self.path, difference=", ".join(different)))
        file.write_text(json.dumps(manifest, indent=1), encoding="utf-8")

    def finished(self) -> set[str]:
        """Keys of the partitions whose events part is on disk."""
        return {p.stem.removeprefix("part-") for p in self.path.glob("part-*.parquet")}

    def write(self, key: str, events: pd.DataFrame, problems: list[dict], counts: dict[str, int]) -> None:
        """Write one partition: problems first, then events (whose presence marks it finished)."""
        _write_atomic(problems_arrow(problems), self.path / PROBLEMS / f"part-{key}.parquet", counts)
        _write_atomic(events_arrow(events), self.path / f"part-{key}.parquet", counts)

    def counts(self, key: str) -> dict[str, int]:
        metadata = pq.read_schema(self.path / f"part-{key}.parquet").metadata or {}
        return json.loads(metadata.get(COUNTS_KEY, b"{}"))

    def problems(self) -> pd.DataFrame:
        """Every finished partition's problems, in partition order."""
        return read_problems(self.path)


def read_problems(path: str | Path) -> pd.DataFrame:
    """Every finished partition's problems in a dataset, in partition order."""
    parts = sorted((Path(path) / PROBLEMS).glob("part-*.parquet"))
    tables = [pq.read_table(p, schema=problems_schema()) for p in parts]
    table = pa.concat_tables(tables) if tables else problems_schema().empty_table()
    frame = table.to_pandas()
    frame["row"] = frame["row"].astype("Int64")
    return frame


def _write_atomic(table: pa.Table, final: Path, counts: dict[str, int]) -> None:
    metadata = {**(table.schema.metadata or {}), COUNTS_KEY: json.dumps(counts).encode()}
    replace_atomic(table.replace_schema_metadata(metadata), final)


def replace_atomic(table: pa.Table, final: Path) -> None:
    """Write `table` (with its schema metadata) under a temporary name, then rename it to `final`."""
    temporary = final.with_name(f".tmp-{final.name}")
    pq.write_table(table, temporary)
    os.replace(temporary, final)


def read_events(path: str | Path) -> pd.DataFrame:
    """An events dataset (or one Parquet file) as a frame, list columns as Python lists."""
    path = Path(path)
    files = sorted(path.glob("part-*.parquet")) if path.is_dir() else [path]
    return events_frame([pq.read_table(f, schema=events_schema()) for f in files])


def events_frame(tables: list[pa.Table]) -> pd.DataFrame:
    """Events parts as one frame, list columns as Python lists (an empty frame of the schema if none)."""
    frame = (pa.concat_tables(tables) if tables else events_schema().empty_table()).to_pandas()
    for column in LIST_COLUMNS:
        frame[column] = [list(v) if v is not None else [] for v in frame[column]]
    return frame
