"""Writing tables: lists are "; "-joined in CSV and real lists in JSON Lines."""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest

from extract.ingest import IngestError, write_table

FRAME = pd.DataFrame(
    {
        "doc_id": ["d1", "d2"],
        "actors": [["Israel", "Hamas"], []],
        "targets": [("Qatar",), None],
        "confidence": [0.75, float("nan")],
        "date_start": [dt.date(2025, 1, 19), None],
    }
)


@pytest.mark.parametrize(
    ("suffix", "expected"),
    [
        (".csv",
         'doc_id,actors,targets,confidence,date_start\nd1,Israel; Hamas,Qatar,0.75,2025-01-19\nd2,,,,\n'),
        (".jsonl",
         '{"doc_id": "d1", "actors": ["Israel", "Hamas"], "targets": ["Qatar"], "confidence": 0.75, '
         '"date_start": "2025-01-19"}\n'
         '{"doc_id": "d2", "actors": [], "targets": null, "confidence": null, "date_start": null}\n'),
    ],
)
def test_write_table_formats(tmp_path, suffix: str, expected: str) -> None:
    path = tmp_path / f"events{suffix}"
    write_table(FRAME, path)
    assert path.read_text(encoding="utf-8") == expected
    if suffix == ".jsonl":
        actors = [json.loads(line)["actors"] for line in path.read_text().splitlines()]
        assert actors == [["Israel", "Hamas"], []]


@pytest.mark.parametrize("name", ["events.xlsx", "events"])
def test_write_table_rejects_unknown_formats(tmp_path, name: str) -> None:
    with pytest.raises(IngestError) as caught:
        write_table(FRAME, tmp_path / name)
    assert caught.value.code == "E113"
