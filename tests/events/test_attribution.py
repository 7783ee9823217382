"""Who says so is not who did it: the attributed_to column."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "trigger", "actors", "attributed"),
    [
        ("According to Israeli officials, Hamas fired rockets at Sderot on Monday.", "fired", ["Hamas"],
         ["Israel"]),
        ("Russia's defence ministry said Ukraine attacked a refinery.", "attacked", ["Ukraine"], ["Russia"]),
        ("Hamas said it had accepted the proposal.", "accepted", ["Hamas"], ["Hamas"]),
        ("The spokesperson for the State Department, Matthew Miller, said Iran had rejected the offer.",
         "rejected", ["Iran"], ["Matthew Miller"]),
        # the speaker's own statement is the speaker's act, not attributed
        ("Russia's defence ministry said Ukraine attacked a refinery.", "said", ["Russia"], []),
        ("Israel struck Gaza on Monday.", "struck", ["Israel"], []),
        # the spokesperson named after the phrase, not the person the spokesperson speaks for
        ("Benjamin Netanyahu met Jared Kushner. According to the Prime Minister's spokesperson, Shos "
         "Bedrosian, the two men agreed on a timetable.", "agreed",
         ["Benjamin Netanyahu", "Jared Kushner"],
         ["Shos Bedrosian"]),
    ],
)
def test_attribution_is_not_the_actor(event_for, text, trigger, actors, attributed):
    row = event_for(text, trigger)
    assert (row["actors"], row["attributed_to"]) == (actors, attributed)
