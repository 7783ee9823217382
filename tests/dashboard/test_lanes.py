import pandas as pd
import pytest

from dashboard.lanes import choose_lanes, lane_label
from dashboard.state import ViewState


@pytest.mark.parametrize(("state", "expected"), [
    (ViewState(), ["Russia", "France", "Ukraine", "China", "Germany"]),
    (ViewState(lanes=2), ["Russia", "France"]),
    (ViewState(order="name"), ["China", "France", "Germany", "Russia", "Ukraine"]),
    (ViewState(order="first"), ["Russia", "Ukraine", "France", "Germany", "China"]),  # undated last
    (ViewState(actors=("Ukraine", "China")), ["Ukraine", "China"]),
    (ViewState(actors=("Ukraine", "China"), order="name"), ["China", "Ukraine"]),
    (ViewState(actors=("Nobody",)), []),
])
def test_lanes_are_chosen_and_ordered(prepared, state, expected):
    assert choose_lanes(prepared, state) == expected


@pytest.mark.parametrize(("actor", "group", "label"), [
    ("Emmanuel Macron", True, "France · Emmanuel Macron"),
    ("Emmanuel Macron", False, "Emmanuel Macron"),
    ("France", True, "France"),
    ("Some Minister", True, "Other · Some Minister"),
])
def test_lane_labels(actor, group, label):
    assert lane_label(actor, group) == label


def test_grouping_keeps_a_country_together(prepared, events):
    from dashboard.filters import prepare
    more = events.copy()
    more.at[0, "actors"] = ["Emmanuel Macron"]
    lanes = choose_lanes(prepare(more), ViewState(group=True, order="name"))
    assert lanes.index("Emmanuel Macron") + 1 == lanes.index("France")


def _window(start: str, end: str) -> list[pd.Timestamp]:
    return [pd.Timestamp(start), pd.Timestamp(end)]


@pytest.mark.parametrize(("state", "shown", "expected"), [
    # March 2024 holds e1, e3, e6 (France x3, Germany, Ukraine, Russia once); February's e2, 2023's e4
    # and the undated e5 are outside: China (only undated) has no lane, Russia ranks by its one event
    (ViewState(), ("2024-03-01", "2024-04-01"), ["France", "Germany", "Russia", "Ukraine"]),
    (ViewState(order="first"), ("2024-03-01", "2024-04-01"), ["Russia", "Ukraine", "France", "Germany"]),
    # February 2024: only e2 (Russia, Ukraine) meets it
    (ViewState(), ("2024-02-10", "2024-02-20"), ["Russia", "Ukraine"]),
    # actors the user chose keep their lanes, with or without an event in the window
    (ViewState(actors=("China", "Germany")), ("2024-02-10", "2024-02-20"), ["China", "Germany"]),
])
def test_lanes_are_those_with_an_event_in_the_window(prepared, state, shown, expected):
    assert choose_lanes(prepared, state, _window(*shown)) == expected
