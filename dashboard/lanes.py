"""Which actor lanes the timeline shows, in which order, and how they are labelled."""

from __future__ import annotations

import pandas as pd

from dashboard.countries import country_of
from dashboard.filters import Prepared
from dashboard.state import ViewState


def lane_stats(prepared: Prepared) -> pd.DataFrame:
    """Per actor: number of events and first date (NaT when all undated), indexed by actor."""
    starts = prepared.events["_start"].to_numpy()[prepared.roles["pos"].to_numpy()]
    roles = prepared.roles.assign(start=starts)
    stats = roles.groupby("name").agg(events=("pos", "size"), first=("start", "min"))
    return stats


def choose_lanes(prepared: Prepared, state: ViewState) -> list[str]:
    """The lanes to draw: the chosen actors, else the `state.lanes` most active; ordered as asked.

    With grouping by country, lanes of one country are kept together (countries ordered by name).
    """
    stats = lane_stats(prepared)
    if state.actors:
        stats = stats.loc[[a for a in state.actors if a in stats.index]]
    else:
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
