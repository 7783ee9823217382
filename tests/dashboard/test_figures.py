import pandas as pd
import plotly.graph_objects as go
import pytest

from dashboard.figures import COLOURS, SYMBOL_CODES, SYMBOLS, build_timeline, lane_points, with_hover
from dashboard.filters import apply_filters, prepare
from dashboard.lanes import choose_lanes
from dashboard.state import ViewState
from dashboard.synthetic import synthetic_events


def _traces(prepared, lanes=("France", "Russia", "Ukraine", "China", "Germany"), **kw):
    fig, info = build_timeline(prepared, list(lanes), **kw)
    return fig, info, [t for t in fig.data if t.x is not None and len(t.x) and t.x[0] is not None]


def test_event_traces_are_webgl_and_the_overview_is_only_in_the_slider(prepared):
    fig, _, _ = _traces(prepared, svg_points=0)
    assert fig.layout.xaxis.rangeslider.visible is True
    assert {type(t) for t in fig.data if t.name != "overview"} == {go.Scattergl}
    overview = [t for t in fig.data if t.name == "overview"]
    assert len(overview) == 1 and overview[0].yaxis == "y" and fig.layout.yaxis.range == (-20, -10)
    assert {t.yaxis for t in fig.data if t.name != "overview"} == {"y2"}


@pytest.mark.parametrize(("event_id", "mode", "symbol"), [
    ("e1", "markers", 0),    # day, explicit: solid circle
    ("e3", "markers", 1),    # day, publication date: square
    ("e6", "markers", 5),    # day, derived from another event: triangle-up
    ("e2", "markers", 100),  # month: open circle in the middle of a span
    ("e4", "markers", 102),  # year, narrative (previous date): open diamond
])
def test_marker_symbol_tells_how_the_date_was_found(prepared, event_id, mode, symbol):
    _, _, traces = _traces(prepared)
    found = [(t.mode, t.marker.symbol[i]) for t in traces if t.customdata is not None
             for i, c in enumerate(t.customdata) if c == event_id]
    assert found and set(found) == {(mode, symbol)}


@pytest.mark.parametrize(("event_type", "start", "end"), [
    ("ASSAULT", "2024-02-01", "2024-02-29"),
    ("THREATEN", "2023-01-01", "2023-12-31"),
])
def test_imprecise_events_are_lighter_spans_over_their_interval(prepared, event_type, start, end):
    _, _, traces = _traces(prepared)
    spans = [t for t in traces if t.mode == "lines" and t.legendgroup == event_type]
    assert len(spans) == 1 and spans[0].opacity < 0.5
    drawn = (pd.Timestamp(spans[0].x[0]), pd.Timestamp(spans[0].x[1]))
    assert drawn == (pd.Timestamp(start), pd.Timestamp(end))
    assert spans[0].line.color == COLOURS[event_type]


def test_one_point_per_event_and_lane_and_undated_counted(prepared):
    _, info, traces = _traces(prepared)
    points = sum(len(t.customdata) for t in traces if t.customdata is not None)
    # e1: France+Germany, e2: Russia+Ukraine, e3: Ukraine+France, e4: Russia, e6: Russia+France
    assert (points, info.points, info.undated, info.aggregated) == (9, 9, 1, False)


@pytest.mark.parametrize(("text", "present"), [
    ("Written: “in February 2024”", True),
    ("Resolved: 2024-02-01 – 2024-02-29 (month, explicit)", True),
    ("Actors: Russia → Ukraine", True),
    ("Russia attacked Ukraine in February 2024.", True),
    ("<i>Post</i>", True),
    ("<b>ASSAULT</b> · reported", True),
])
def test_hover_says_when_what_who_and_where_from(prepared, text, present):
    _, _, traces = _traces(prepared)
    hovers = [h for t in traces if t.text is not None and t.legendgroup == "ASSAULT" for h in t.text]
    assert any(text in h for h in hovers) is present


def test_hover_escapes_html(events):
    events.at[0, "sentence"] = "France <script>alert(1)</script> met Germany."
    _, _, traces = _traces(prepare(events))
    hovers = [h for t in traces if t.text is not None for h in t.text]
    assert not any("<script>" in h for h in hovers) and any("&lt;script&gt;" in h for h in hovers)


@pytest.mark.parametrize(("detail", "aggregated"), [(10_000, False), (500, True)])
def test_a_window_with_more_points_than_the_eye_resolves_shows_counts(detail, aggregated):
    prepared = prepare(synthetic_events(1500, seed=1))
    lanes = choose_lanes(prepared, ViewState(lanes=5))
    fig, info = build_timeline(prepared, lanes, detail=detail, window="all")
    assert info.aggregated is aggregated
    counts = [t for t in fig.data if t.name == "counts"]
    if aggregated:
        assert len(counts) == 1 and len(counts[0].x) < info.points and type(counts[0]) is go.Scatter
        assert all(str(c).startswith("window:") for c in counts[0].customdata)  # a click zooms in
        numbers = [int(t.split("</b>")[0][3:].split()[0].replace(",", "")) for t in counts[0].text]
        assert sum(numbers) == info.points
        assert fig.layout.xaxis.rangeslider.visible is False
    else:
        assert not counts and info.drawn == info.points


def test_zoomed_in_every_event_of_the_window_is_drawn_and_clickable():
    prepared = prepare(synthetic_events(1500, seed=1))
    lanes = choose_lanes(prepared, ViewState(lanes=5))
    fig, info = build_timeline(prepared, lanes, detail=500, window="2023-03-01..2023-03-31")
    assert not info.aggregated and 0 < info.in_window <= 500 and info.drawn < info.points
    drawn = {c for t in fig.data if t.customdata is not None for c in t.customdata}
    points = lane_points(prepared, lanes, False)
    assert "sentence" not in points and "sentence" in with_hover(prepared, points.head(3))
    march = (points["_end"] >= pd.Timestamp("2023-03-01")) & (points["_start"] < pd.Timestamp("2023-04-01"))
    inside = points[march]
    assert len(inside) and set(inside["event_id"]) <= drawn
    far = points[points["_start"] > pd.Timestamp("2023-06-01")]
    assert not set(far["event_id"]) & drawn  # beyond one window's width: drawn when the view gets there


@pytest.mark.parametrize(("svg_points", "kind"), [(9, go.Scatter), (8, go.Scattergl)])
def test_few_points_are_svg_without_slider_and_many_are_webgl(prepared, svg_points, kind):
    fig, info, traces = _traces(prepared, svg_points=svg_points, selected="e1")
    assert info.points == 9
    assert {type(t) for t in fig.data if t.name != "overview"} == {kind}
    assert {t.yaxis for t in fig.data if t.name != "overview"} == {"y2"}
    svg = kind is go.Scatter
    assert fig.layout.xaxis.rangeslider.visible is not svg
    assert any(t.name == "overview" for t in fig.data) is not svg
    assert [t.name for t in fig.data if type(t) is kind][-1] == "selected"


def test_range_slider_and_lane_order(prepared):
    fig, _, _ = _traces(prepared, lanes=("Ukraine", "China"), group=True, svg_points=0)
    assert fig.layout.xaxis.rangeslider.visible is True
    assert list(fig.layout.yaxis2.categoryarray) == ["China", "Ukraine"]  # first lane drawn on top


def test_empty_selection_builds_an_empty_figure(prepared):
    filtered = apply_filters(prepared, ViewState(query="no such words"))
    fig, info = build_timeline(filtered, [])
    assert (info.points, info.undated) == (0, 0) and fig.layout.xaxis.range is None


def test_every_anchor_has_a_symbol():
    from extract.temporal.timex import ANCHORS
    assert set(SYMBOLS) == set(ANCHORS) and set(SYMBOLS.values()) <= set(SYMBOL_CODES)


@pytest.mark.parametrize(("name", "code"), sorted(SYMBOL_CODES.items()))
def test_symbol_codes_are_plotlys(name, code):
    from plotly.validator_cache import ValidatorCache
    values = ValidatorCache.get_validator("scattergl.marker", "symbol").values  # [code, "code", name, ...]
    assert values[values.index(code) + 2] == name
    assert values[values.index(code + 100) + 2] == name + "-open"


@pytest.mark.parametrize(("selected", "rings"), [("e2", 2), ("e5", 0), ("", None), ("nope", 0)])
def test_the_open_event_gets_a_ring_on_each_of_its_lanes(prepared, selected, rings):
    fig, _ = build_timeline(prepared, ["France", "Russia", "Ukraine", "China", "Germany"], selected=selected)
    ring = [t for t in fig.data if t.name == "selected"]
    assert (len(ring[0].x) if ring else None) == rings


def test_legend_click_is_reported_and_window_keeps_zoom(prepared):
    fig, info = build_timeline(prepared, ["France", "Russia"], window="all")
    assert fig.layout.legend.itemclick == "toggle" and fig.layout.legend.itemdoubleclick is False
    assert fig.layout.uirevision == "window:all"
    assert fig.layout.xaxis.rangeselector.buttons == () and info.shown is not None


@pytest.mark.parametrize("svg_points", [10_000, 0])
def test_types_left_out_by_the_filter_are_greyed_legend_items_in_schema_order(prepared, svg_points):
    lanes = ["France", "Russia", "Ukraine", "China", "Germany"]
    shown = apply_filters(prepared, ViewState(types=("ACCUSE",)))
    fig, _ = build_timeline(shown, lanes, hidden_types=("AGREE", "ASSAULT"), svg_points=svg_points)
    items = sorted((t.legendrank, t.name, t.visible) for t in fig.data if t.showlegend is not False)
    assert [(name, visible) for _, name, visible in items] == [
        ("AGREE", "legendonly"), ("ACCUSE", True), ("ASSAULT", "legendonly")]


def test_a_day_event_sits_at_noon_and_its_ring_with_it(prepared):
    fig, _ = build_timeline(prepared, ["France", "Germany"], selected="e1")
    xs = [pd.Timestamp(x) for t in fig.data if t.customdata is not None
          for x, c in zip(t.x, t.customdata, strict=True) if c == "e1"]
    ring = [pd.Timestamp(x) for t in fig.data if t.name == "selected" for x in t.x]
    assert xs and {x.hour for x in xs} == {12} and set(ring) == set(xs)


BASE_VIEW = ViewState(window="1y")
WINDOW = [pd.Timestamp("2024-01-01"), pd.Timestamp("2024-12-31")]


@pytest.mark.parametrize(("ident", "state", "selected", "hidden", "x_range", "same"), [
    ("a" * 24, BASE_VIEW, "", (), WINDOW, True),
    ("a" * 24, ViewState(window="1y", event="e1"), "", (), WINDOW, True),  # the ring is `selected`
    ("a" * 24, ViewState(window="1y", full_table=True), "", (), WINDOW, True),  # the table only
    ("a" * 24, ViewState(window="1y", dataset="a" * 24), "", (), WINDOW, True),  # "" = the sample's id
    ("b" * 24, BASE_VIEW, "", (), WINDOW, False),
    ("a" * 24, ViewState(window="1y", query="talks"), "", (), WINDOW, False),
    ("a" * 24, ViewState(window="1y", lanes=3), "", (), WINDOW, False),
    ("a" * 24, ViewState(window="1y", group=True), "", (), WINDOW, False),
    ("a" * 24, ViewState(window="1y", reports=True), "", (), WINDOW, False),
    ("a" * 24, ViewState(window="all"), "", (), WINDOW, False),
    ("a" * 24, BASE_VIEW, "e1", (), WINDOW, False),
    ("a" * 24, BASE_VIEW, "", ("AGREE",), WINDOW, False),
    ("a" * 24, BASE_VIEW, "", (), [WINDOW[0], pd.Timestamp("2024-06-30")], False),
    ("a" * 24, BASE_VIEW, "", (), None, False),
])
def test_a_cached_figure_is_found_only_for_the_same_view(ident, state, selected, hidden, x_range, same):
    from dashboard.panels import figure_key
    reference = figure_key("a" * 24, BASE_VIEW, "", (), WINDOW)
    assert (figure_key(ident, state, selected, hidden, x_range) == reference) is same


def test_the_cached_figure_is_the_one_built_for_its_view(prepared):
    from dashboard.figures import timeline_columns
    from dashboard.panels import figure_key, timeline_figure
    from dashboard.story_view import collapse_stories
    views = [ViewState(), ViewState(types=("ASSAULT",)), ViewState(actors=("China",))]
    for state in views:
        filtered = apply_filters(prepared, state)
        key = figure_key("c" * 24, state, "", (), None)
        fig, info = timeline_figure(key, filtered, state, "", (), None)
        again, _ = timeline_figure(key, filtered, state, "", (), None)
        shown = collapse_stories(timeline_columns(filtered))  # one marker per story, as the page draws
        built, expected = build_timeline(shown, choose_lanes(filtered, state), state.group)
        assert again is fig and info == expected and fig.to_json() == built.to_json()
    nothing = ViewState(query="no such words")
    key = figure_key("c" * 24, nothing, "", (), None)
    assert timeline_figure(key, apply_filters(prepared, nothing), nothing, "", (), None) == (None, None)
