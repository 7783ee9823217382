"""The per-actor swimlane timeline (Plotly, WebGL traces).

Up to `SVG_POINTS` points the traces are SVG (`Scatter`): headless and GPU-less browsers draw a few
hundred SVG markers 2-3x faster than they set up WebGL; more points use WebGL (`Scattergl`), which
scales. Day-precise events are markers; events known only to a week, month, quarter or year are drawn as a
lighter bar over their interval with a hollow marker at its middle. Colour = event type, marker
symbol = how the date was found. When the time window holds more points than the eye can resolve,
the lanes show counts per time bin instead (`density.py`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.colors import qualitative

from dashboard.density import plan
from dashboard.filters import Prepared
from dashboard.hover import hover_texts
from dashboard.lanes import lane_label
from dashboard.limits import DETAIL_POINTS, SVG_POINTS
from dashboard.window import window_range
from extract.schema import EVENT_TYPES

COLOURS = dict(zip(EVENT_TYPES, qualitative.Dark24[:16] + ["#7f7f7f", "#c7c7c7"], strict=True))
SYMBOLS = {"explicit": "circle", "publication": "square", "previous-date": "diamond", "event": "triangle-up",
           "unresolved": "x"}
# Plotly's numeric codes of those symbols (validated much faster than names); +100 = open variant.
SYMBOL_CODES = {"circle": 0, "square": 1, "diamond": 2, "triangle-up": 5, "x": 4}
ANCHOR_LABELS = {"explicit": "date in the text", "publication": "publication date",
                 "previous-date": "narrative (previous date)", "event": "derived from another event",
                 "unresolved": "unresolved"}
PRECISE = {"day", "time", ""}
# The columns the timeline reads to place points (dates, type, symbol, story size), and those only
# points drawn one by one need (hover text): copying every column of 100,000 rows costs.
PLACED = ("event_id", "event_type", "date_end", "granularity", "time_anchor", "_start", "_end", "reports")
HOVERED = ("mode", "time_text", "date_start", "actors", "targets", "sentence", "source", "outlets")
Trace = type[go.Scatter] | type[go.Scattergl]
# Traces are built with `_validate=False`: Plotly's per-property validation took ~4 ms per trace, about
# half of a sample re-render (the figure is checked by the tests and drawn by the browser tests).
# Without validation nothing converts pandas objects: traces get numpy arrays.


@dataclass(frozen=True)
class TimelineInfo:
    """What the figure shows: drawn points, undated events left out, whether counts were aggregated."""

    points: int
    undated: int
    aggregated: bool
    shown: list[pd.Timestamp] | None = None  # the x range drawn
    unit: str = ""  # counts per lane and this time unit ("" = every event)
    in_window: int = 0  # points in the window
    drawn: int = 0  # points drawn (or counted): the window and a window's width on each side


def lane_points(prepared: Prepared, lanes: list[str], group: bool) -> pd.DataFrame:
    """One row per (event, lane) for the chosen lanes, with the lane label, in lane order; the columns
    that place a point, and `_pos`, the event's row in `prepared.events` (see `with_hover`)."""
    roles = prepared.roles[prepared.roles["name"].isin(lanes)]
    columns = [c for c in PLACED if c in prepared.events.columns]
    positions = roles["pos"].to_numpy()
    points = prepared.events[columns].iloc[positions].reset_index(drop=True)
    labels = {name: lane_label(name, group) for name in lanes}
    return points.assign(lane=roles["name"].map(labels).to_numpy(), role=roles["role"].to_numpy(),
                         _pos=positions)


def timeline_columns(filtered: Prepared) -> Prepared:
    """The events with only the columns the timeline and the story collapse read."""
    wanted = {*PLACED, *HOVERED, "story_id", "doc_id", "confidence"}
    return Prepared(filtered.events[[c for c in filtered.events.columns if c in wanted]], filtered.roles)


def with_hover(prepared: Prepared, points: pd.DataFrame) -> pd.DataFrame:
    """`points` with the columns their hover texts read (for the points drawn one by one)."""
    columns = [c for c in HOVERED if c in prepared.events.columns]
    extra = prepared.events[columns].iloc[points["_pos"].to_numpy()].reset_index(drop=True)
    return pd.concat([points.reset_index(drop=True), extra], axis=1)


def marker_sizes(points: pd.DataFrame, hollow: bool) -> int | list[float]:
    """One size for single reports; in the stories view the area grows with the number of reports."""
    base = 8 if hollow else 9
    if "reports" not in points.columns:
        return base
    return (base + 4 * np.sqrt(points["reports"].to_numpy(dtype=float) - 1)).clip(base, 30).tolist()


def _marker_trace(points: pd.DataFrame, event_type: str, x: pd.Series, hollow: bool,
                  trace: Trace) -> go.Scatter | go.Scattergl:
    codes = {anchor: SYMBOL_CODES[name] + (100 if hollow else 0) for anchor, name in SYMBOLS.items()}
    symbols = [codes.get(a, 0) for a in points["time_anchor"]]
    return trace(
        _validate=False,
        x=x.to_numpy(), y=points["lane"].to_numpy(), mode="markers", name=event_type, legendgroup=event_type,
        showlegend=False,
        marker={"color": COLOURS.get(event_type, "#333"), "symbol": symbols,
                "size": marker_sizes(points, hollow),
                "opacity": 0.9 if not hollow else 0.55, "line": {"width": 1.5 if hollow else 0.5}},
        text=hover_texts(points), hovertemplate="%{text}<extra></extra>",
        customdata=points["event_id"].to_numpy(),
    )


def marker_x(points: pd.DataFrame) -> pd.Series:
    """Where a point's marker sits: the middle of its interval. A day written without a time covers
    that whole day, so its marker sits at noon (seen within a zoom of some hours of that day)."""
    middle = points["_start"] + (points["_end"] - points["_start"]) / 2
    written = points["date_end"].fillna("").astype(str)
    day = points["granularity"].isin(("day", "")) & (written.str.len() <= 10)
    return middle.where(~day, middle + pd.Timedelta(hours=12))


def _span_trace(spans: pd.DataFrame, event_type: str, trace: Trace) -> go.Scatter | go.Scattergl:
    """All spans of one type as one line trace, segments separated by gaps (None)."""
    n = len(spans)
    x = np.empty(3 * n, dtype=object)
    y = np.empty(3 * n, dtype=object)
    x[0::3], x[1::3], x[2::3] = spans["_start"].to_numpy(), spans["_end"].to_numpy(), None
    y[0::3], y[1::3], y[2::3] = spans["lane"].to_numpy(), spans["lane"].to_numpy(), None
    return trace(
        _validate=False,
        x=x, y=y, mode="lines", legendgroup=event_type, showlegend=False, hoverinfo="skip", opacity=0.3,
        line={"color": COLOURS.get(event_type, "#333"), "width": 7}, name=f"{event_type} (span)",
    )


def _by_type(table: pd.DataFrame) -> list[tuple[str, pd.DataFrame]]:
    """Rows grouped by event type, in the schema's order (so legend and colours stay put)."""
    order = {name: i for i, name in enumerate(EVENT_TYPES)}
    groups = table.groupby("event_type", sort=False)
    return sorted(((str(k), g) for k, g in groups), key=lambda kv: order.get(kv[0], len(order)))


def _event_traces(points: pd.DataFrame, trace: Trace) -> list[go.Scatter | go.Scattergl]:
    traces: list[go.Scatter | go.Scattergl] = []
    for event_type, group in _by_type(points):
        precise = group[group["granularity"].isin(PRECISE)]
        spans = group[~group["granularity"].isin(PRECISE)]
        if len(spans):
            middle = spans["_start"] + (spans["_end"] - spans["_start"]) / 2
            traces.append(_span_trace(spans, str(event_type), trace))
            traces.append(_marker_trace(spans, str(event_type), middle, True, trace))
        if len(precise):
            traces.append(_marker_trace(precise, str(event_type), marker_x(precise), False, trace))
        traces.append(_key_trace(str(event_type), trace))
    return traces


def _key_trace(event_type: str, trace: Trace, hidden: bool = False) -> go.Scatter | go.Scattergl:
    """The legend item of a type (no points). `hidden`: a type the filter leaves out, drawn greyed
    ("legendonly") so that a click on it can bring it back."""
    return trace(_validate=False, x=[None], y=[None], mode="markers", name=event_type, legendgroup=event_type,
                 legendrank=_legend_rank(event_type), visible="legendonly" if hidden else True,
                 marker={"color": COLOURS.get(event_type, "#333"), "size": 9})


def _legend_rank(event_type: str) -> int:
    """Legend items in the schema's order, shown and hidden alike."""
    return 1000 + (EVENT_TYPES.index(event_type) if event_type in EVENT_TYPES else len(EVENT_TYPES))


def _count_traces(points: pd.DataFrame, cells: pd.DataFrame) -> list[go.Scatter]:
    """Counts per lane and time bin (`density.counts`) as one SVG trace: marker area grows with the
    count, colour is the commonest type; a click zooms into the bin. Legend items for the types."""
    colours = [COLOURS.get(t, "#333") for t in cells["event_type"]]
    trace = go.Scatter(
        _validate=False,
        x=cells["x"].to_numpy(), y=cells["lane"].to_numpy(), mode="markers", name="counts", showlegend=False,
        text=cells["text"].to_numpy(), hovertemplate="%{text}<extra></extra>",
        customdata=cells["zoom"].to_numpy(),
        marker={"color": colours, "size": np.clip(5 + 2.2 * np.sqrt(cells["n"].to_numpy()), 5, 30),
                "opacity": 0.65, "line": {"width": 0.5, "color": "#fff"}})
    keys = [_key_trace(str(t), go.Scatter) for t, _ in _by_type(points[["event_type"]])]
    return [trace, *keys]


def _selected_trace(points: pd.DataFrame, event_id: str, trace: Trace) -> go.Scatter | go.Scattergl:
    """A ring round every point of the event whose details are open."""
    chosen = points[points["event_id"] == event_id]
    return trace(_validate=False, x=marker_x(chosen).to_numpy(), y=chosen["lane"].to_numpy(), mode="markers",
                 hoverinfo="skip", showlegend=False, name="selected",
                 marker={"symbol": 100, "size": 20, "color": "#111", "line": {"width": 2.5}})


def _overview_trace(points: pd.DataFrame, labels: list[str]) -> go.Scatter:
    """Monthly presence per lane as a small SVG trace, drawn only inside the range slider.

    WebGL traces are not drawn in Plotly's range slider (and Plotly styles the slider through the
    first y axis only), so the lanes live on y axis 2 and this trace on the hidden y axis 1, whose
    main-plot range leaves it out of view while the slider shows it at full height.
    """
    rows = {label: i for i, label in enumerate(labels[::-1])}
    month = points["_start"].dt.to_period("M").dt.to_timestamp()
    seen = pd.DataFrame({"month": month, "lane": points["lane"].map(rows)}).drop_duplicates()
    return go.Scatter(_validate=False, x=seen["month"].to_numpy(), y=seen["lane"].to_numpy(), yaxis="y",
                      mode="markers", hoverinfo="skip", showlegend=False, name="overview",
                      marker={"size": 3, "color": "#6b7280"})


MARKER_KEY = ("Marker shape = how the date was found: ● date in the text · ■ publication date · "
              "◆ narrative (previous date) · ▲ derived from another event · × happened by that date, "
              "start not known. "
              "Lighter bars with a hollow marker: events known only to a week, month, quarter or year. "
              "Colour = event type.")


def _layout(fig: go.Figure, labels: list[str], slider: bool) -> None:
    fig.update_layout(
        height=230 + 38 * max(len(labels), 3), margin={"l": 10, "r": 45, "t": 90, "b": 10},
        plot_bgcolor="white", hovermode="closest", dragmode="zoom", clickmode="event+select",
        selectdirection="h", modebar={"orientation": "v"},  # in the right margin, clear of the legend
        # A legend click is the event-type filter: `plotly_bridge` reports it and cancels Plotly's
        # own hiding, so the table, counts, downloads and link follow; the server redraws.
        legend={"orientation": "h", "font": {"size": 11}, "x": 0, "y": 1, "yref": "container",
                "yanchor": "top", "itemclick": "toggle", "itemdoubleclick": False},
    )
    fig.update_traces(yaxis="y2", selector=lambda t: t.name != "overview")
    fig.update_layout(
        yaxis={"visible": False, "range": [-20, -10], "fixedrange": True},
        yaxis2={"overlaying": "y", "side": "left", "type": "category", "categoryorder": "array",
                "categoryarray": labels[::-1], "showgrid": True, "gridcolor": "#eee",
                "range": [-0.6, len(labels) - 0.4], "fixedrange": True},
    )
    fig.update_xaxes(type="date", showgrid=True, gridcolor="#f2f2f2",
                     rangeslider={"visible": slider, "thickness": 0.07, "bgcolor": "#fafafa",
                                  "yaxis": {"rangemode": "fixed", "range": [-1, max(len(labels), 1)]}})


def build_timeline(prepared: Prepared, lanes: list[str], group: bool = False, detail: int = DETAIL_POINTS,
                   selected: str = "", window: str = "", svg_points: int = SVG_POINTS,
                   hidden_types: tuple[str, ...] = (), x_range: list[pd.Timestamp] | None = None
                   ) -> tuple[go.Figure, TimelineInfo]:
    """The swimlane figure of the (already filtered) events on `lanes`, and what it shows.

    What is drawn follows the window (`density.plan`): every event when the window holds at most
    `detail` points, else counts per lane and time bin. Up to `svg_points` points it is SVG without
    the range slider (the slider would redraw every SVG marker at full size; the window control and
    its note say what lies outside the window); counts are always SVG.

    `selected` is the id of the event whose details are open: its points get a ring. `window` is
    the time window (see `window.py`); a zoom in the browser becomes the window (`plotly_bridge`).
    `hidden_types` are types the filter leaves out: greyed legend items, a click brings them back.
    `x_range`: the window's range when the caller has it (the table uses the same), else computed here.
    """
    points = lane_points(prepared, lanes, group)
    dated = points[points["_start"].notna()]
    shown = x_range if x_range is not None else window_range(window, dated["_start"], dated["_end"])
    drawn = plan(dated, shown, detail)
    svg = bool(drawn.unit) or len(drawn.points) <= svg_points
    trace = go.Scatter if svg else go.Scattergl
    labels = [lane_label(name, group) for name in lanes]
    traces = (_count_traces(drawn.points, drawn.cells) if drawn.unit
              else _event_traces(with_hover(prepared, drawn.points), trace))
    fig = go.Figure(traces, _validate=False)
    if len(dated) and not svg:
        fig.add_trace(_overview_trace(dated, labels))
    fig.add_traces([_key_trace(t, trace, hidden=True) for t in hidden_types])
    if selected and not drawn.unit:
        fig.add_trace(_selected_trace(drawn.points, selected, trace))
    _layout(fig, labels, slider=not svg)
    fig.update_xaxes(range=shown)
    fig.update_layout(uirevision=f"window:{window}")
    undated = int(prepared.events.iloc[prepared.roles.loc[prepared.roles["name"].isin(lanes), "pos"].unique()]
                  ["_start"].isna().sum())
    return fig, TimelineInfo(points=len(dated), undated=undated, aggregated=bool(drawn.unit), shown=shown,
                             unit=drawn.unit, in_window=drawn.in_window, drawn=len(drawn.points))
