"""Modes: negated, hypothetical, future, reported, asserted."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "trigger", "mode"),
    [
        ("Israel struck Rafah on Monday.", "struck", "asserted"),
        ("Hezbollah did not fire rockets at Israel.", "fire", "negated"),
        ("Netanyahu never met Abbas.", "met", "negated"),
        ("Netanyahu will travel to Washington next week.", "travel", "future"),
        ("Witkoff is going to visit Doha.", "visit", "future"),
        ("Donald Trump plans to meet Putin in Alaska.", "meet", "future"),
        ("Israel could strike Iran.", "strike", "hypothetical"),
        ("If Hamas releases the hostages, Israel will withdraw.", "releases", "hypothetical"),
        ("If Hamas releases the hostages, Israel will withdraw.", "withdraw", "future"),
        ("Egyptian officials said Israel struck Rafah.", "struck", "reported"),
        ("Israel struck Rafah, Egyptian officials said.", "struck", "reported"),
        ("Hamas said it had accepted the proposal.", "accepted", "reported"),
        ("Hamas said it would not attack the convoy.", "attack", "negated"),
        ("Netanyahu said he would travel to Washington.", "travel", "future"),
        ("Netanyahu said he would travel if Hamas agreed.", "travel", "hypothetical"),
        ("Netanyahu would travel to Washington.", "travel", "hypothetical"),
        ("Egyptian officials said Israel struck Rafah.", "said", "asserted"),
        ("According to Hamas, Israel struck Rafah.", "struck", "reported"),
        ("Officials said Israel struck Rafah and killed 20 people.", "killed", "reported"),
        # a "not" inside the quote is the quote's own, not the speech verb's
        ('Blinken spoke on Monday. "Certainly not just in southeast Europe, but from Ukraine, from Russia, '
         'from Latin America, from Africa," he said.', "said", "asserted"),
    ],
)
def test_mode_of_clause(event_for, text, trigger, mode):
    assert event_for(text, trigger)["mode"] == mode


@pytest.mark.parametrize(
    ("text", "trigger", "modes"),
    [
        # coordinated speech verbs: neither is the complement of the other
        ("Joe Biden said the deal was done, while Donald Trump said it was his.", "said",
         ["asserted", "asserted"]),
    ],
)
def test_modes_of_all_rows(events, text, trigger, modes):
    assert [r["mode"] for r in events(text) if r["trigger"] == trigger] == modes


@pytest.mark.parametrize(
    ("text", "trigger", "mode"),
    [
        ("Russia launched 300 drones at Kyiv, killing 12 people, Ukrainian officials said.", "killing",
         "reported"),
        ("Donald Trump is considering new sanctions on Russia.", "considering new sanctions", "hypothetical"),
    ],
)
def test_mode_shared_with_governing_verb(event_for, text, trigger, mode):
    rows = event_for(text, trigger.split()[0])
    assert (rows["trigger"], rows["mode"]) == (trigger, mode)
