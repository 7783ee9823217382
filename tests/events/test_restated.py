"""One meeting told twice in an article is one row (extract/events/restated.py); other repeats are not."""

from __future__ import annotations

import datetime as dt

import pytest

from extract import extract_events

PUBLISHED = dt.date(2025, 11, 12)  # a Wednesday


@pytest.mark.parametrize(("text", "expected"), [
    # the purpose ("to discuss") and the spokesperson's retelling ("the two men discussed") are the meeting
    ("In Oslo, Prime Minister Jonas Gahr Store met with Swedish envoy Anna Berg to discuss the border. "
     "According to his spokesperson, the two men discussed fishing rights.",
     [("met", "CONSULT", ["Jonas Gahr Store"], "Oslo")]),
    ("The foreign ministers of Egypt and Jordan met on Tuesday to discuss the ceasefire. In Cairo, the two "
     "ministers discussed aid deliveries, a spokesman said.",
     [("met", "CONSULT", ["Egypt", "Jordan"], "Cairo")]),
    # someone else joins: another meeting
    ("Blinken met Lavrov in Geneva on Monday. Blinken later met with Zelensky in Kyiv.",
     [("met", "CONSULT", ["Antony Blinken"], "Geneva"), ("met", "CONSULT", ["Antony Blinken"], "Kyiv")]),
    # a planned meeting, a meeting "again", a meeting on another day: other meetings
    ("Blinken met Lavrov in Geneva on Monday. The two men will meet again next month.",
     [("met", "CONSULT", ["Antony Blinken"], "Geneva"),
      ("meet", "CONSULT", ["Antony Blinken", "Sergei Lavrov"], "")]),
    ("Blinken met Lavrov in Geneva on Monday. The two men met in Vienna on Thursday, October 30.",
     [("met", "CONSULT", ["Antony Blinken"], "Geneva"),
      ("met", "CONSULT", ["Antony Blinken", "Sergei Lavrov"], "Vienna")]),
    # two agreements of the same parties stay two
    ("Russia and Ukraine agreed on a ceasefire on Monday. Russia and Ukraine also agreed to exchange "
     "prisoners.",
     [("agreed", "AGREE", ["Russia", "Ukraine"], ""), ("agreed", "AGREE", ["Russia", "Ukraine"], "")]),
])
def test_a_meeting_told_twice_is_one_row(text: str, expected: list[tuple]) -> None:
    table = extract_events(text, PUBLISHED)
    found = [(r["trigger"], r["event_type"], r["actors"], r["location"]) for r in table.to_dict("records")]
    assert found == expected
