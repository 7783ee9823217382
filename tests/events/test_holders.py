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
    [("The American president visited the border on Monday.", dt.date(1920, 5, 2),
      ["President of United States"]),  # no table knows 1920: the office stays
     # the imported holders end at the dictionary's date (2015): in 2019 the office stays
     ("The German chancellor visited Paris on Monday.", dt.date(2019, 5, 2), ["Chancellor of Germany"]),
     ("Prime Minister Naftali Bennett met the Egyptian president.", dt.date(2022, 1, 1),
      ["Naftali Bennett"])],  # a person the article names with the title is that person
)
def test_offices_the_table_does_not_decide(events, text, published, actors):
    assert [a for r in events(text, published=published) for a in r["actors"]] == actors


@pytest.mark.parametrize(
    ("text", "published", "actors"),
    [("The German chancellor visited Paris on Monday.", dt.date(2012, 5, 2), ["Angela Merkel"]),
     ("Egypt's president visited Paris on Monday.", dt.date(2000, 5, 2), ["Hosni Mubarak"]),
     # the dictionary's government range from 2000 holds Ahmadinejad's presidency: Rouhani after it
     ("The Iranian president visited Oman on Monday.", dt.date(2010, 5, 2), ["Mahmoud Ahmadinejad"]),
     ("The Iranian president visited Oman on Monday.", dt.date(2014, 5, 2), ["Hassan Rouhani"]),
     # the hand table wins where it knows the date (Gul's open range would reach 2015)
     ("The Turkish president visited Baku on Monday.", dt.date(2015, 1, 2), ["Recep Tayyip Erdogan"])],
)
def test_holders_imported_from_the_dictionary(events, text, published, actors):
    assert [a for r in events(text, published=published) for a in r["actors"]] == actors
