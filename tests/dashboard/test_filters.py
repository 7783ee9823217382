import datetime as dt

import pandas as pd
import pytest

from dashboard.filters import FILTERS, apply_filters, prepare
from dashboard.state import ViewState


@pytest.mark.parametrize(("state", "expected"), [
    (ViewState(), ["e1", "e2", "e3", "e4", "e5", "e6"]),
    (ViewState(actors=("France",)), ["e1", "e3", "e6"]),  # as actor or as target
    (ViewState(actors=("China", "Germany")), ["e1", "e5"]),
    (ViewState(types=("ASSAULT", "THREATEN")), ["e2", "e4"]),
    (ViewState(modes=("future", "negated")), ["e3", "e6"]),
    (ViewState(anchors=("publication", "event")), ["e3", "e6"]),
    (ViewState(sources=("Ledger",)), ["e5"]),
    (ViewState(date_from=dt.date(2024, 2, 15)), ["e1", "e2", "e3", "e6"]),  # e2's month overlaps
    (ViewState(date_to=dt.date(2024, 1, 31)), ["e4"]),
    (ViewState(date_from=dt.date(2024, 3, 2), date_to=dt.date(2024, 3, 6)), ["e3"]),
    (ViewState(query="ATTACKED"), ["e2"]),
    (ViewState(query="  pact "), ["e3"]),
    (ViewState(query="(unbalanced["), []),  # plain text, not a regular expression
    (ViewState(actors=("Russia",), types=("ACCUSE",), sources=("Wire",)), ["e6"]),
    (ViewState(reported_by=("Ukraine",)), ["e2"]),  # attributed_to, not actors or targets
    (ViewState(reported_by=("Russia",)), []),
])
def test_filters_keep_the_expected_events(prepared, state, expected):
    assert apply_filters(prepared, state).events["event_id"].tolist() == expected


def test_filtered_roles_point_at_the_kept_rows(prepared):
    kept = apply_filters(prepared, ViewState(actors=("Ukraine",)))
    names = {kept.events.at[pos, "event_id"]: name for pos, name in zip(kept.roles["pos"], kept.roles["name"],
                                                                         strict=True) if name == "Ukraine"}
    assert names == {"e2": "Ukraine", "e3": "Ukraine"}


@pytest.mark.parametrize("name", ["actors", "types", "modes", "dates", "anchors", "sources", "query",
                                  "reported_by"])
def test_every_filter_of_the_issue_is_in_the_table(name):
    assert name in [f.name for f in FILTERS]


@pytest.mark.parametrize(("actors", "targets", "lane"), [([], [], "(unattributed)"), (["Iran"], [], "Iran"),
                                                          ([], ["Iran"], "Iran")])
def test_events_no_one_is_named_for_have_their_lane(events, actors, targets, lane):
    table = events.head(1).copy()
    table.at[table.index[0], "actors"], table.at[table.index[0], "targets"] = actors, targets
    assert prepare(table).roles["name"].tolist() == [lane]


@pytest.mark.parametrize(("start", "end", "expected"), [
    ("2024-03-01", "2024-03-31", ("2024-03-01", "2024-03-31")),
    ("", "2024-03-14", ("2024-03-14", "2024-03-14")),  # "has banned": drawn at the date it happened by
    ("", "", (None, None)),  # undated: not drawn
])
def test_prepare_places_events_known_only_by_their_end(events, start, end, expected):
    table = events.head(1).assign(date_start=start, date_end=end)
    row = prepare(table).events.iloc[0]
    found = tuple(None if pd.isna(v) else f"{v:%Y-%m-%d}" for v in (row["_start"], row["_end"]))
    assert found == expected
