"""The plain-text table of the evaluation commands."""

from __future__ import annotations

import pytest

from extract.evaluate.tables import cell_text, format_table


@pytest.mark.parametrize(("value", "text"), [(0.5, "0.5000"), (1 / 3, "0.3333"), (7, "7"), ("x", "x")])
def test_cell_text(value, text):
    assert cell_text(value) == text


@pytest.mark.parametrize(
    ("header", "rows", "table"),
    [
        (["m", "F1"], [["strict", 0.5], ["value", 1.0]], "m           F1\nstrict  0.5000\nvalue   1.0000"),
        (["entity", "n"], [], "entity  n"),
    ],
)
def test_format_table(header, rows, table):
    assert format_table(header, rows) == table
