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
