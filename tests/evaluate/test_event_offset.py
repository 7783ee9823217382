"""Where an event sits in the text: sentence start plus its trigger's place in the sentence."""

from __future__ import annotations

import pytest

from extract.evaluate.timeline_eval import event_offset

NAN = float("nan")


@pytest.mark.parametrize(
    ("start", "sentence", "trigger", "expected"),
    [
        (10, "June 8 , 2010\nYesterday Apple unveiled it .", "unveiled", 10 + 30),
        (10, "Apple unveiled it .", "unveiled", 16),
        (10, "Apple unveiled it .", "", 10),  # no trigger: the sentence start
        (10, "Apple unveiled it .", "sold", 10),  # trigger not in the sentence
        (10, "He resold and sold it .", "sold", 10 + 14),  # whole words only
        (10, "They met with him .", "met with", 15),  # multi-word trigger
        ("10", "Apple unveiled it .", NAN, 10),  # CSV-like cells
        ("", "x", "x", None),
        (NAN, "x", "x", None),
        (None, "x", "x", None),
    ],
)
def test_event_offset(start, sentence, trigger, expected):
    assert event_offset(start, sentence, trigger) == expected
