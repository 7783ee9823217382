"""The dashboard opens a Parquet events table (a part of a corpus run's dataset) like an events CSV."""

from __future__ import annotations

import io

import pandas as pd
import pytest

from dashboard.loading import read_upload
from extract.bulk.dataset import Dataset
from extract.schema import EVENT_COLUMNS


def _row(event_id: str, actors: list[str]) -> dict:
    row = dict.fromkeys(EVENT_COLUMNS, "")
    row.update(event_id=event_id, event_type="CONSULT", time_anchor="explicit", date_start="2025-01-13",
               sentence_start=0, confidence=0.75, actors=actors, targets=["Hamas"])
    return row


@pytest.mark.parametrize("actors", [[["Qatar", "Egypt"], []]])
def test_dashboard_opens_parquet_events(tmp_path, actors) -> None:
    dataset = Dataset(tmp_path / "ev.parquet", {}, resume=False)
    rows = [_row(f"e{i}", a) for i, a in enumerate(actors)]
    dataset.write("00000-000000", pd.DataFrame(rows), [], {})
    part = tmp_path / "ev.parquet" / "part-00000-000000.parquet"
    upload = read_upload(part.read_bytes(), "events.parquet")
    assert (upload.kind, upload.error) == ("events", "")
    assert upload.frame["actors"].tolist() == actors
    assert upload.frame["targets"].tolist() == [["Hamas"], ["Hamas"]]
    assert upload.frame["confidence"].tolist() == [0.75, 0.75]


@pytest.mark.parametrize("text", ["Qatar's prime minister met Hamas leaders in Doha on Monday."])
def test_dashboard_opens_parquet_articles(text: str) -> None:
    buffer = io.BytesIO()
    pd.DataFrame({"Body": [text], "Date": ["2025-01-13"]}).to_parquet(buffer)
    upload = read_upload(buffer.getvalue(), "articles.parquet")
    assert (upload.kind, upload.mapping.text, upload.mapping.published) == ("articles", "Body", "Date")


@pytest.mark.parametrize("data", [b"not parquet at all", b"PAR1"])
def test_dashboard_bad_parquet_is_a_coded_message(data: bytes) -> None:
    assert read_upload(data, "x.parquet").error.startswith("D106: x.parquet cannot be read as Parquet")
