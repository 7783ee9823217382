"""Every row of data/actors/office_holders.tsv names its holder on its example's publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.events.holders import HOLDER_COLUMNS, HOLDERS_PATH
from extract.events.tables import read_data_table

ROWS = read_data_table(HOLDERS_PATH, HOLDER_COLUMNS)


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['office']}-{r['start']}" for r in ROWS])
def test_office_holder_on_the_publication_date(events, row):
    rows = events(row["example"], published=dt.date.fromisoformat(row["published"]))
    assert [a for r in rows for a in r["actors"]] == [row["expected"]]


@pytest.mark.parametrize(
    ("text", "published", "actors"),
    [("The American president visited the border on Monday.", dt.date(1990, 5, 2),
      ["President of United States"]),  # the table does not know 1990: the office stays
     ("Prime Minister Naftali Bennett met the Egyptian president.", dt.date(2022, 1, 1),
      ["Naftali Bennett"])],  # a person the article names with the title is that person
)
def test_offices_the_table_does_not_decide(events, text, published, actors):
    assert [a for r in events(text, published=published) for a in r["actors"]] == actors
