"""The stories view: one point per story with its reports and outlets, and a story's details."""

import re

import pytest

from dashboard.figures import marker_sizes
from dashboard.filters import prepare
from dashboard.hover import hover_texts
from dashboard.story_view import collapse_stories, story_details_html, story_rows


def _linked(events, pairs: dict[str, str]):
    """The events with story ids: event id → story id for the linked ones, their own id otherwise."""
    return events.assign(story_id=[pairs.get(e, e) for e in events["event_id"]])


@pytest.mark.parametrize(
    ("pairs", "expected_points", "expected_reports"),
    [
        ({}, 6, [1, 1, 1, 1, 1, 1]),
        ({"e6": "e1"}, 5, [2, 1, 1, 1, 1]),
        ({"e3": "e1", "e6": "e1"}, 4, [3, 1, 1, 1]),
    ],
)
def test_story_view_one_point_per_story(events, pairs, expected_points, expected_reports):
    shown = collapse_stories(prepare(_linked(events, pairs)))
    assert len(shown.events) == expected_points
    assert sorted(shown.events["reports"], reverse=True) == expected_reports


@pytest.mark.parametrize("pairs", [{"e6": "e1"}])
def test_story_view_point_on_every_lane_its_reports_name(events, pairs):
    shown = collapse_stories(prepare(_linked(events, pairs)))
    lead = shown.events.index[shown.events["event_id"] == "e1"][0]  # explicit date beats event-anchored
    names = set(shown.roles.loc[shown.roles["pos"] == lead, "name"])
    assert names == {"France", "Germany", "Russia"}
    assert shown.events.loc[lead, "outlets"] == ["Wire"]


@pytest.mark.parametrize(("reports", "expected"), [([1, 1], 9), ([1, 2, 5], [9.0, 13.0, 17.0])])
def test_story_view_marker_grows_with_reports(events, reports, expected):
    points = events.head(len(reports)).assign(reports=reports)
    sizes = marker_sizes(points, hollow=False)
    assert sizes == (expected if isinstance(expected, list) else [expected] * len(reports))


@pytest.mark.parametrize("pairs", [{"e6": "e1"}])
def test_story_view_hover_lists_outlets(events, pairs):
    linked = _linked(events, pairs)
    linked.loc[linked["event_id"] == "e6", "source"] = "Ledger"
    shown = collapse_stories(prepare(linked))
    texts = dict(zip(shown.events["event_id"], hover_texts(shown.events), strict=True))
    assert "<b>2 reports</b>: Ledger, Wire" in texts["e1"]
    assert "reports" not in texts["e2"]


@pytest.mark.parametrize("pairs", [{"e6": "e1"}])
def test_story_view_details_list_every_report_and_disagreement(events, pairs):
    rows = story_rows(_linked(events, pairs), "e6")
    page = re.sub(r"<[^>]+>", "", story_details_html(rows))  # the text a reader sees
    assert "2 reports" in page
    assert "France met Germany on 1 March 2024." in page
    assert "Russia did not accuse France a week after the talks." in page
    assert "disagree on date: 2024-03-01 / 2024-03-08" in page
    assert "type: CONSULT / ACCUSE" in page
    assert story_details_html(rows).count("<li>") == 2


def test_story_view_report_known_only_to_end_by_a_date(events):
    """A report dated only by its end ("has met") reads "up to DATE", not "unresolved"."""
    rows = events.iloc[[0]].assign(date_start="", date_end="2024-03-04", time_text="",
                                   time_anchor="unresolved")
    page = re.sub(r"<[^>]+>", "", story_details_html(rows))
    assert "→ up to 2024-03-04" in page and "the tense says it had happened by then" in page
    assert "unresolved" not in page
