"""The view an analyst trusts and shares (issue 8, items 5-10), through AppTest."""

from __future__ import annotations

import pytest

from tests.dashboard.helpers import codes, table


def test_app_no_match_says_so_instead_of_an_empty_axis(app, synthetic_id):
    at = app(ds=synthetic_id, q="zzzz no such words")
    assert not at.exception and not at.get("plotly_chart")
    assert codes(at.info) == ["D601"] and at.subheader[0].value.startswith("Events (0 of")


def test_app_window_is_part_of_the_view(app, synthetic_id):
    at = app(ds=synthetic_id, window="1y")
    assert at.segmented_control(key="w_window").value == "1y"
    at.segmented_control(key="w_window").set_value("all").run()
    assert at.query_params["window"] == "all"
    at.multiselect(key="w_types").set_value(["AGREE"]).run()  # a filter change keeps the window
    assert at.query_params["window"] == "all" and at.segmented_control(key="w_window").value == "all"


def test_app_dragged_window_from_a_link_is_offered_and_kept(app, synthetic_id):
    at = app(ds=synthetic_id, window="2023-01-01..2023-03-31")
    assert not at.exception and not at.warning
    assert at.segmented_control(key="w_window").value == "2023-01-01..2023-03-31"
    assert any("holds" in c.value for c in at.caption)
    assert at.query_params["window"] == "2023-01-01..2023-03-31"


@pytest.mark.parametrize(("query", "code", "gone"), [
    ({"event": "no-such-event"}, "D307", "event"),
    ({"lanes": ["5", "9"]}, "D306", None),
])
def test_app_link_notes(app, query, code, gone):
    at = app(**query)
    assert not at.exception and code in codes(at.warning)
    if gone:
        assert gone not in at.query_params


def test_app_dataset_keeps_the_name_this_user_gave_it(app):
    from dashboard.export import events_csv
    from dashboard.synthetic import synthetic_events

    data = events_csv(synthetic_events(30, seed=9))
    for name in ("first-name.csv", "second-name.csv"):
        at = app()
        at.file_uploader(key="upload").set_value((name, data, "text/csv")).run()
        at.button(key="open_events").click().run()
        assert name in at.caption[0].value and "· 30 events ·" in at.caption[0].value


@pytest.mark.parametrize(("query", "note"), [
    ({}, []),  # on the timeline: no note
    ({"type": "ASSAULT"}, ["D603"]),  # the filters leave the CONSULT event out
    ({"window": "2024-01-01..2024-06-30"}, ["D604"]),  # dated 2023-09-29, outside the window
    ({"window": "2023-09-01..2023-09-30"}, []),
])
def test_app_details_say_when_the_event_is_outside_the_view(app, synthetic_id, query, note):
    at = app(ds=synthetic_id, event="syn-000005", **query)
    assert not at.exception and any("dateline-details" in m.value for m in at.markdown)
    assert codes(at.warning) == note


def test_app_table_follows_the_time_window_or_lists_every_date(app, synthetic_id):
    at = app(ds=synthetic_id, window="2023-01-01..2023-03-31")
    dates = table(at)[["date_start", "date_end"]]
    assert len(dates) and (dates["date_end"] >= "2023-01-01").all()
    assert (dates["date_start"] <= "2023-03-31").all()
    assert any("Switch on 'Every date'" in c.value for c in at.caption)
    at.segmented_control(key="w_window").set_value("all").run()  # a new window: the table follows
    everything = len(table(at))
    assert everything > len(dates) and at.subheader[0].value.startswith(f"Events ({everything:,} of")
    at.toggle(key="w_full_table").set_value(True).run()  # undated events too
    assert len(table(at)) == 300 and at.query_params["fulltable"] == "1"
    at.segmented_control(key="w_window").set_value("1m").run()  # the window no longer narrows the table
    assert len(table(at)) == 300 and at.query_params["window"] == "1m"
