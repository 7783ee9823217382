"""`stories(events)`: one row per story — what happened, when (and how sure), who, where, who reported it,
and what the reports disagree on. Columns: STORY_COLUMNS in extract/schema.py.

The best date is the interval most reports give among the reports with the best-founded time
(explicit > event-anchored > the story's previous date > publication date); `date_agreement` is the
share of dated reports whose interval contains it. A story disagrees on the date when its reports
give different day-precise dates or non-overlapping intervals; on participants when two reports
name actors and share none; on type when its rows carry different event types.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

from extract.linking import link_stories
from extract.schema import STORY_COLUMNS, split_list

ANCHOR_RANK = {"explicit": 0, "event": 1, "previous-date": 2, "publication": 3}


def _ranked(values: list[str]) -> list[str]:
    """Distinct non-empty values, most frequent first (ties: first seen)."""
    counts = Counter(v for v in values if v)
    return [value for value, _ in sorted(counts.items(), key=lambda kv: (-kv[1], values.index(kv[0])))]


def _dated(group: pd.DataFrame) -> pd.DataFrame:
    """Reports with an interval: a planned event known only to start after the day it was told of
    ("will soon visit", no end) or a past one known only to end by publication gives no date."""
    start, end = group["date_start"].astype(str), group["date_end"].astype(str)
    return group[(start.str.len() >= 10) & (end.str.len() >= 10)]


def best_date(group: pd.DataFrame) -> tuple[str, str, str, float]:
    """(date_start, date_end, granularity, agreement) of a story; empty when no report is dated."""
    dated = _dated(group)
    if dated.empty:
        return "", "", "", 0.0
    rank = dated["time_anchor"].map(lambda a: ANCHOR_RANK.get(str(a), 4))
    best = dated[rank == rank.min()]
    keys = list(
        zip(
            best["date_start"].astype(str),
            best["date_end"].astype(str),
            best["granularity"].astype(str),
            strict=True,
        )
    )
    start, end, granularity = Counter(keys).most_common(1)[0][0]
    inside = ((dated["date_start"].astype(str) <= start) & (dated["date_end"].astype(str) >= end)).sum()
    return start, end, granularity, round(inside / len(dated), 2)


def disagreements(group: pd.DataFrame) -> list[str]:
    """What the reports of one story disagree on, each with the differing values."""
    found = []
    dated = _dated(group)
    days = sorted(set(dated.loc[dated["granularity"] == "day", "date_start"].astype(str)))
    if len(days) > 1 or (
        not dated.empty and dated["date_start"].astype(str).max() > dated["date_end"].astype(str).min()
    ):
        found.append("date: " + " / ".join(days or sorted(set(dated["date_start"].astype(str)))))
    actor_sets = [frozenset(split_list(a)) for a in group["actors"]]
    named = [s for s in actor_sets if s]
    if any(not (a & b) for k, a in enumerate(named) for b in named[k + 1 :]):
        found.append("participants: " + " / ".join(sorted({", ".join(sorted(s)) for s in named})))
    types = _ranked(group["event_type"].astype(str).tolist())
    if len(types) > 1:
        found.append("type: " + " / ".join(types))
    return found


def story_row(story_id: str, group: pd.DataFrame) -> dict:
    """The stories-table row of one story's event rows."""
    start, end, granularity, agreement = best_date(group)
    sources = _ranked(group["source"].astype(str).tolist())
    published = sorted(p for p in group["published"].astype(str) if p)
    return {
        "story_id": story_id,
        "date_start": start,
        "date_end": end,
        "granularity": granularity,
        "date_agreement": agreement,
        "event_type": (_ranked(group["event_type"].astype(str).tolist()) or [""])[0],
        "trigger": (_ranked(group["trigger"].astype(str).tolist()) or [""])[0],
        "actors": _ranked([a for cell in group["actors"] for a in split_list(cell)]),
        "targets": _ranked([t for cell in group["targets"] for t in split_list(cell)]),
        "location": (_ranked(group["location"].astype(str).tolist()) or [""])[0],
        "reports": group["doc_id"].nunique(),
        "rows": len(group),
        "sources": len(sources),
        "outlets": sources,
        "first_reported": published[0] if published else "",
        "disagreement": disagreements(group),
    }


def stories(events: pd.DataFrame) -> pd.DataFrame:
    """One row per story of an events table (linked first when it has no story_id column)."""
    if "story_id" not in events.columns or not events["story_id"].astype(bool).all():
        events = events.assign(story_id=link_stories(events))
    rows = [story_row(str(sid), group) for sid, group in events.groupby("story_id", sort=True)]
    table = pd.DataFrame(rows, columns=list(STORY_COLUMNS))
    return table.sort_values(["reports", "story_id"], ascending=[False, True], ignore_index=True)
