import io

import pandas as pd
import pytest

from dashboard.export import events_csv, safe_cell, unsafe_cell
from dashboard.loading import read_upload


@pytest.mark.parametrize(("value", "expected"), [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("+1 555", "'+1 555"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\tcmd", "'\tcmd"),
    ("\rcmd", "'\rcmd"),
    ("Russia", "Russia"),
    ("", ""),
    ("a=b", "a=b"),
    (0.5, 0.5),
])
def test_safe_cell(value, expected):
    assert safe_cell(value) == expected
    if isinstance(value, str):
        assert unsafe_cell(safe_cell(value)) == value


def test_export_is_spreadsheet_safe_and_reloads_without_extraction(events):
    events.at[0, "sentence"] = "=cmd|' /C calc'!A0"
    events.at[1, "actors"] = ["@Handle", "Russia"]
    data = events_csv(events)
    cells = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert cells.at[0, "sentence"].startswith("'=") and cells.at[1, "actors"] == "'@Handle; Russia"
    upload = read_upload(data, "dateline-events.csv")
    assert upload.kind == "events"
    pd.testing.assert_frame_equal(upload.frame, events)
