"""Past acts told as recent lie in a span up to publication (data/lexicon/recent.tsv), on the real
temporal engine with texts of our own."""

from __future__ import annotations

import pytest

from extract.events.recent import RECENT_COLUMNS, RECENT_PATH
from extract.events.tables import read_data_table
from tests.events.rows import event_row

RECENT = read_data_table(RECENT_PATH, RECENT_COLUMNS)


@pytest.mark.parametrize("entry", RECENT, ids=[r["word"] for r in RECENT])
def test_recent_table_examples(entry):
    row = event_row(entry["example"], entry["trigger"])
    assert (row["date_start"], row["date_end"], row["time_anchor"]) == (
        entry["date_start"], entry["date_end"], "explicit")


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # a statement told as recent: the weeks up to publication, not the publication day
    ("Cyril Ramaphosa recently said South Africa would host the talks.", "said",
     ("2025-04-19", "2025-05-19", "recently")),
    # a trailing bare participle tells what was done in the recent act: its span too
    ("Xi Jinping recently convened a meeting with heads of private companies, calling on them to show "
     "their talent.", "calling on", ("2025-04-19", "2025-05-19", "recently")),
    # a time of its own wins over the adverb
    ("Cyril Ramaphosa met William Ruto in Nairobi on Friday.", "met", ("2025-05-16", "2025-05-16", "Friday")),
])
def test_recent_past(text, trigger, expected):
    row = event_row(text, trigger)
    assert (row["date_start"], row["date_end"], row["time_text"]) == expected


WEEKS_BEFORE = ("2025-04-19", "2025-05-19")
PEDERSEN = "U.N. envoy Geir Pedersen said Friday that recent agreements between Syria and the SDF are a sign."


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # an event noun called recent is not dated by the day of the clause that tells of it
    (PEDERSEN,
     "agreements", (*WEEKS_BEFORE, "recent")),
    # a past act set in, or said by, a recent thing is that thing's: the weeks up to publication
    ("In one of his recently published assessments, U.N. rapporteur Richard Bennett highlighted "
     "the Taliban's curbs on women.",
     "highlighted", (*WEEKS_BEFORE, "recently")),
    ("A recent United Nations report said al-Rufay'i ran IS operations across Iraq.",
     "said", (*WEEKS_BEFORE, "recent")),
    ("The recent attacks in Mogadishu killed 20 people.", "killed", (*WEEKS_BEFORE, "recent")),
    # what must stay: a time of its own wins over "recent", the noun's and that of the clause
    ("The recent attacks in Mogadishu on Friday killed 20 people.", "attacks",
     ("2025-05-16", "2025-05-16", "Friday")),
    ("A recent United Nations report said on Friday that al-Shabab ran camps in Kenya.", "said",
     ("2025-05-16", "2025-05-16", "Friday")),
    # the day of the telling stays the telling's
    (PEDERSEN,
     "said", ("2025-05-16", "2025-05-16", "Friday")),
    # a recent thing that is only the object says nothing of when the act was: publication
    ("Kenya blamed a recently released report on the crisis.", "blamed", ("2025-05-19", "2025-05-19", "")),
    # "in recent years" is a time expression of its own, not the adjective
    ("Kenya has expanded its navy in recent years.", "expanded",
     ("2015-05-19", "2025-05-19", "recent years")),
])
def test_called_recent(text, trigger, expected):
    row = event_row(text, trigger)
    assert (row["date_start"], row["date_end"], row["time_text"]) == expected


def test_called_recent_plan_keeps_its_open_end():
    """A plan whose subject is recent ("The recent deal will allow …") is still a plan from publication."""
    row = event_row("The recent deal will allow Kenya to export tea.", "allow")
    assert (row["date_start"], row["date_end"], row["time_value"]) == ("2025-05-19", "", "FUTURE_REF")
