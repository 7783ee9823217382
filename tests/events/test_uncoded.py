"""Clauses an analyst would not code give no row (data/lexicon/uncoded.tsv, extract/events/uncoded.py)."""

from __future__ import annotations

import pytest

from extract.events.tables import read_data_table
from extract.events.uncoded import UNCODED_COLUMNS, UNCODED_PATH

RULES = read_data_table(UNCODED_PATH, UNCODED_COLUMNS)


@pytest.mark.parametrize("row", RULES, ids=[f"{r['rule']}-{r['word']}" for r in RULES])
def test_rule_keeps_its_example_off_the_table(all_events, events, row):
    def triggered(rows):
        return [r for r in rows if row["trigger"] in r["trigger"].split()]

    assert triggered(all_events(row["example"])), "the example must give a row without the rule"
    if row["rule"] in ("attempt", "happens"):  # an attempted act happened, strikes that continued: kept
        assert triggered(events(row["example"]))
    else:
        assert not triggered(events(row["example"]))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a plan is coded, a hedged forecast is not
        ("Witkoff will travel to Doha on Monday.", "travel"),
        ("Modi will soon visit the Maldives.", "visit"),
        # a speech act in the present is today's news, not a habit
        ("Beijing denies the allegations.", "denies"),
        # a past act, and a typed act in the present
        ("China landfilled small islets last year.", "landfilled"),
        ("Israel is striking Rafah.", "striking"),
        # event nouns with a time or a plan of their own, or that are what happens
        ("Egypt criticised the planned Israeli offensive in Rafah.", "offensive"),
        ("Talks resumed in Doha.", "Talks"),
        ("Hamas condemned the Israeli strike on Gaza on Monday.", "strike"),
        # the present with a time of its own, the progressive: happening now or planned
        ("U.S. and Russian negotiators return to Geneva this week.", "return"),
        ("Britain is pushing hard for a debt relief plan.", "pushing"),
        # a conditional offer of the speaker's own (CAMEO 'express intent to')
        ("Rebel leaders said they would meet Cordovez if he gave them a veto.", "meet"),
        # a long act, not a tally
        ("Israel waged war on Hamas for two years.", "waged"),
        # a refusal, and the means of an act
        ("Turkey would not cooperate with the inquiry.", "cooperate"),
        ("Israel retaliated with airstrikes on Beirut.", "airstrikes"),
        # a second request joined to what the first asks for is an act of its own
        ("Egypt asked the court to investigate the strikes and called on the Council to act.", "called"),
        # what a quote reports with a finite verb, and a verb joined to one ("are resisting and fighting")
        ('"Militants are still resisting and fighting the army," Blinken said.', "fighting"),
        # a verb joined to a wish is no complement of it ("wants to resolve the dispute but added …")
        ("Kyiv wants to end the dispute but added that Kyiv rejects the proposal.", "rejects"),
    ],
)
def test_coded_events_stay(events, text, trigger):
    assert [r for r in events(text) if trigger in r["trigger"].split()]
