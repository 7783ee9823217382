"""Which actor lanes the timeline shows, in which order, and how they are labelled."""

from __future__ import annotations

import pandas as pd

from dashboard.countries import country_of
from dashboard.filters import Prepared
from dashboard.state import ViewState
from dashboard.window import in_window


def lane_stats(prepared: Prepared, shown: list[pd.Timestamp] | None = None) -> pd.DataFrame:
    """Per actor: number of events and first date (NaT when all undated), indexed by actor.
    `shown`: only actors with an event whose dates meet this time window, and `events` counts those
    events (`first` stays the actor's first date in the whole data: lanes ordered by it keep their
    order when the window changes)."""
    starts = prepared.events["_start"].to_numpy()[prepared.roles["pos"].to_numpy()]
    roles = prepared.roles.assign(start=starts)
    stats = roles.groupby("name").agg(events=("pos", "size"), first=("start", "min"))
    if shown is None:
        return stats
    inside = in_window(prepared.events, shown).to_numpy()[roles["pos"].to_numpy()]
    counts = roles[inside].groupby("name").size()
    return stats.loc[counts.index].assign(events=counts)


def choose_lanes(prepared: Prepared, state: ViewState, shown: list[pd.Timestamp] | None = None) -> list[str]:
    """The lanes to draw: the chosen actors, else the `state.lanes` most active; ordered as asked.

    `shown`: the chart's time window. Unless the user chose the actors, the lanes are then the most
    active actors *in that window*: an actor whose events all lie outside it would be an empty lane
    (on the opening "busiest period" view, an actor seen once a month earlier), while an actor busy in
    the window would be left out. Chosen actors all keep their lanes, events in the window or not: the
    user asked to compare those, and the window's note says what lies outside it.

    With grouping by country, lanes of one country are kept together (countries ordered by name).
    """
    if state.actors:
        stats = lane_stats(prepared)
        stats = stats.loc[[a for a in state.actors if a in stats.index]]
    else:
        stats = lane_stats(prepared, shown)
        ranked = stats.sort_values(["events", "first"], ascending=[False, True], kind="stable")
        stats = ranked.head(state.lanes)
    stats = stats.assign(actor=stats.index, country=[country_of(a) for a in stats.index])
    keys = {"activity": (["events", "actor"], [False, True]), "name": (["actor"], [True]),
            "first": (["first", "actor"], [True, True])}[state.order]
    by, ascending = keys
    if state.group:
        by, ascending = ["country", *by], [True, *ascending]
    return stats.sort_values(by, ascending=ascending, kind="stable", na_position="last")["actor"].tolist()


def lane_label(actor: str, group: bool) -> str:
    """The y-axis label of an actor's lane ("Country · actor" when grouped and they differ)."""
    country = country_of(actor)
    return f"{country} · {actor}" if group and country != actor else actor
