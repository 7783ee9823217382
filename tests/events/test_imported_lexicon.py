"""The CAMEO verb dictionary (data/petrarch2/) fills what the hand-written lexicon lacks."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Egypt and Jordan reached a compromise on water rights.", "reached", "AGREE"),  # pattern
        ("Egyptian students staged rallies in Cairo.", "staged", "PROTEST"),  # pattern, light verb
        ("Kenya confiscated the smugglers' boats.", "confiscated", "COERCE"),  # specific code 1711
        ("Iranian prisoners rioted on Monday.", "rioted", "PROTEST"),  # specific code 145
        ("Egypt launched a website.", "launched", "OTHER"),  # the hand-written row (launch → OTHER) wins
        ("Egypt paid the bill.", "paid", "OTHER"),  # cooperative family: a verb alone is no type
    ],
)
def test_imported_verbs_type_events(event_for, text, word, expected):
    assert event_for(text, word)["event_type"] == expected


@pytest.mark.parametrize("text", ["Kenya took office in January."])  # "take off" (CANCEL) is not "take"
def test_phrasal_members_do_not_lend_their_block(events, text):
    assert [r["event_type"] for r in events(text) if r["trigger"].startswith("took")] == []
