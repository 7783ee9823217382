"""Private persons' words and untyped doings give no row (data/lexicon/private.tsv, private.py)."""

from __future__ import annotations

import pytest

from extract.events.private import PRIVATE_COLUMNS, PRIVATE_PATH
from extract.events.tables import read_data_table

ROWS = read_data_table(PRIVATE_PATH, PRIVATE_COLUMNS)


def _statements(rows: list[dict], person: str) -> list[dict]:
    return [r for r in rows if r["event_type"] == "STATEMENT" and person in r["actors"]]


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['rule']}-{r['word']}" for r in ROWS])
def test_private_words_keep_statements_off_and_offices_on(all_events, events, row):
    assert _statements(all_events(row["example"]), row["person"]), "without the rule the example gives a row"
    found = _statements(events(row["example"]), row["person"])
    if row["rule"] in ("office", "leader"):  # an office held now, or a leader's title: a public person
        assert found
    else:
        assert not found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # nothing said of the person: not judged (a public figure the tables lack)
        ("Jane Doe said the talks had failed.", "Jane Doe"),
        # a private word inside an organisation's name describes the organisation
        ("John Doe of the Refugee Council, a charity, said the camps were full.", "John Doe"),
        # a title the roles table knows
        ("Prime Minister Jane Doe, 45, said the talks had failed.", "Jane Doe"),
        # "among" a rank, not a crowd: a superlative
        ("John Doe was among the boldest reformers of his time. Doe said the vote was a turning point.",
         "John Doe"),
        ("Jane Doe was among the most powerful envoys in Europe. Doe said the talks had failed.", "Jane Doe"),
    ],
)
def test_public_or_unknown_persons_keep_their_statements(events, text, person):
    assert _statements(events(text), person)


def test_a_private_persons_typed_act_stays(events):
    rows = events("Jane Doe, a 34-year-old shopkeeper, staged a protest outside the parliament on Monday.")
    assert [r for r in rows if r["event_type"] == "PROTEST"]
