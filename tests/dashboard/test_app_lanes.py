"""The lanes the opening view draws are those with an event in its time window (AppTest)."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from dashboard import store
from dashboard.codec import normalise_events
from tests.dashboard.conftest import EVENTS, _event

# The conftest's six events, and one a year before them all: the United States' only event (as in the
# analyst's walk: the seed article's "one month after" mobilisation, dated a month before its meeting).
EARLIER = _event("e7", ["United States"], [], "2023-03-01", "2023-03-01", "day", "explicit", "MOBILIZE",
                 "asserted", "Wire", "The United States mobilised its allies in March 2023.", "in March 2023")


@pytest.fixture
def earlier_id(monkeypatch, app_dir) -> str:
    monkeypatch.setenv("DATELINE_DATA_DIR", str(app_dir))
    return store.save(normalise_events(pd.DataFrame([*EVENTS, EARLIER])), "One actor a year earlier")


def _lanes_and_points(at) -> tuple[list[str], set[str]]:
    """The chart's lanes, and the lanes with a point (a marker or a bar) inside its x range."""
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    layout = spec["layout"]
    low, high = (pd.Timestamp(x) for x in layout["xaxis"]["range"])
    inside = set()
    for trace in spec["data"]:
        if trace.get("name") == "overview":
            continue
        for x, lane in zip(trace.get("x") or [], trace.get("y") or [], strict=False):
            if x is not None and lane is not None and low <= pd.Timestamp(x) <= high:
                inside.add(lane)
    return list(layout["yaxis2"]["categoryarray"]), inside


def test_app_busiest_period_draws_only_lanes_with_an_event_in_it(app, earlier_id):
    at = app(ds=earlier_id)
    assert not at.exception and at.segmented_control(key="w_window").value == ""  # busiest period
    lanes, with_points = _lanes_and_points(at)
    assert lanes and set(lanes) == with_points, f"empty lanes: {set(lanes) - with_points}"
    assert "United States" not in lanes and "China" not in lanes  # before the window; undated only
    at.segmented_control(key="w_window").set_value("all").run()  # the whole time: its lane is back
    assert "United States" in _lanes_and_points(at)[0]


def test_app_chosen_actor_keeps_its_lane_outside_the_window(app, earlier_id):
    at = app(ds=earlier_id, actor=["United States", "Russia"], window="2024-01-01..2024-03-31")
    lanes, with_points = _lanes_and_points(at)
    assert sorted(lanes) == ["Russia", "United States"] and "United States" not in with_points
