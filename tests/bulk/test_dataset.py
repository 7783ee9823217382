"""The Parquet dataset: events-table schema, atomic parts, the run's manifest and --resume checks."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from extract.bulk.dataset import PROBLEMS, Dataset, events_schema, read_events
from extract.ingest import IngestError
from extract.schema import EVENT_COLUMNS, LIST_COLUMNS, NUMERIC_COLUMNS


def _row(**values) -> dict:
    row = dict.fromkeys(EVENT_COLUMNS, "")
    row.update(dict.fromkeys(LIST_COLUMNS, []))
    row.update(sentence_start=3, confidence=0.5, actors=["Qatar", "Hamas"], targets=[])
    row.update(values)
    return row


@pytest.mark.parametrize("column", EVENT_COLUMNS)
def test_dataset_schema_follows_event_columns(column: str) -> None:
    kind = events_schema().field(column).type
    if column in LIST_COLUMNS:
        assert kind == pa.list_(pa.string())
    elif column in NUMERIC_COLUMNS:
        assert kind == {"int": pa.int64(), "float": pa.float64()}[NUMERIC_COLUMNS[column]]
    else:
        assert kind == pa.string()


@pytest.mark.parametrize("rows", [[_row(event_id="e1"), _row(event_id="e2", targets=["Egypt"])], []])
def test_dataset_write_and_read_back(tmp_path, rows: list[dict]) -> None:
    dataset = Dataset(tmp_path / "ev.parquet", {"inputs": ["a.csv"]}, resume=False)
    message = "E121: a.csv, data row 4: text is empty"
    problems = [{"row": 4, "column": "text", "message": message, "file": "a.csv"}]
    dataset.write("00000-000000", pd.DataFrame(rows, columns=list(EVENT_COLUMNS)), problems,
                  {"rows": 3, "articles": 2, "events": len(rows), "problems": 1})
    back = read_events(tmp_path / "ev.parquet")
    assert list(back.columns) == list(EVENT_COLUMNS)
    assert back.to_dict("records") == rows
    assert dataset.counts("00000-000000")["articles"] == 2
    assert dataset.problems()["message"].tolist() == [problems[0]["message"]]
    assert not list((tmp_path / "ev.parquet").rglob(".tmp-*"))
    assert pq.read_schema(tmp_path / "ev.parquet" / "part-00000-000000.parquet").names == list(EVENT_COLUMNS)


def _finished(path) -> Dataset:
    dataset = Dataset(path, {"inputs": ["a.csv"], "partition_size": 2}, resume=False)
    dataset.write("00000-000000", pd.DataFrame(columns=list(EVENT_COLUMNS)), [], {})
    return dataset


@pytest.mark.parametrize(
    ("manifest", "resume", "code"),
    [({"inputs": ["a.csv"], "partition_size": 2}, False, "E142"),
     ({"inputs": ["a.csv"], "partition_size": 3}, True, "E141: .* \\(partition_size\\)")],
)
def test_dataset_refuses_to_mix_runs(tmp_path, manifest: dict, resume: bool, code: str) -> None:
    _finished(tmp_path / "ev.parquet")
    with pytest.raises(IngestError, match=code):
        Dataset(tmp_path / "ev.parquet", manifest, resume)


@pytest.mark.parametrize("leftover", [".tmp-part-00000-000001.parquet"])
def test_dataset_resume_drops_unfinished_parts(tmp_path, leftover: str) -> None:
    _finished(tmp_path / "ev.parquet")
    (tmp_path / "ev.parquet" / leftover).write_bytes(b"half a file")
    (tmp_path / "ev.parquet" / PROBLEMS / leftover).write_bytes(b"half a file")
    dataset = Dataset(tmp_path / "ev.parquet", {"inputs": ["a.csv"], "partition_size": 2}, resume=True)
    assert dataset.finished() == {"00000-000000"}
    assert not list((tmp_path / "ev.parquet").rglob(".tmp-*"))


@pytest.mark.parametrize("name", ["ev.parquet"])
def test_dataset_output_that_is_a_file(tmp_path, name: str) -> None:
    (tmp_path / name).write_bytes(b"PAR1")
    with pytest.raises(IngestError, match="E146"):
        Dataset(tmp_path / name, {}, resume=False)
