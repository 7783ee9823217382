"""The stories view: one timeline marker per story instead of one per report, and a story's details.

A story is the set of event rows sharing a `story_id` (extract/linking). In the stories view the
filtered rows of each story are drawn as one point: the report with the best-founded date stands for
it (explicit > event-anchored > narrative > publication, then confidence), it sits on the lane of
every actor any of its reports names, and it carries `reports` (articles) and `outlets` for the
marker size and the hover. Tables without `story_id` (older exports) count each row as its own story.
"""

from __future__ import annotations

import html

import numpy as np
import pandas as pd

from dashboard.details import highlight, safe_link
from dashboard.filters import Prepared
from extract.linking.story_table import ANCHOR_RANK, disagreements


def story_ids(events: pd.DataFrame) -> pd.Series:
    """Each row's story id (its own event id when the table has none)."""
    if "story_id" not in events.columns:
        return events["event_id"].astype(str)
    ids = events["story_id"].fillna("").astype(str)
    return ids.where(ids != "", events["event_id"].astype(str))


def collapse_stories(filtered: Prepared) -> Prepared:
    """One row per story among the filtered rows, with `reports` and `outlets` columns added."""
    events = filtered.events
    if events.empty:
        return Prepared(events.assign(reports=pd.Series(dtype=int), outlets=pd.Series(dtype=object)),
                        filtered.roles)
    stories = story_ids(events)
    rank = events["time_anchor"].map(lambda a: ANCHOR_RANK.get(str(a), len(ANCHOR_RANK)))
    confidence = pd.to_numeric(events["confidence"], errors="coerce").fillna(0.0)
    order = pd.DataFrame({"story": stories, "rank": rank, "confidence": -confidence}).sort_values(
        ["story", "rank", "confidence"], kind="stable")
    lead = order.drop_duplicates("story")
    position = pd.Series(np.arange(len(lead)), index=lead["story"].to_numpy())
    grouped = events.groupby(stories, sort=False)
    reports = grouped["doc_id"].nunique()
    outlets = grouped["source"].agg(lambda s: sorted(set(s) - {""}))
    table = events.loc[lead.index].reset_index(drop=True)
    table = table.assign(reports=reports.loc[lead["story"]].to_numpy(),
                         outlets=outlets.loc[lead["story"]].to_list())
    story_of_role = stories.to_numpy()[filtered.roles["pos"].to_numpy()]
    roles = filtered.roles.assign(pos=position.loc[story_of_role].to_numpy())
    return Prepared(table, roles.drop_duplicates(["pos", "name"]).reset_index(drop=True))


def story_rows(events: pd.DataFrame, event_id: str) -> pd.DataFrame:
    """Every row of the story the event `event_id` belongs to (empty when it is unknown)."""
    stories = story_ids(events)
    chosen = stories[events["event_id"] == event_id]
    if chosen.empty:
        return events.iloc[0:0]
    return events[stories == chosen.iloc[0]]


def _report_html(row: dict) -> str:
    sentence = highlight(row["sentence"], list(row["actors"]), row["time_text"], row["trigger"],
                         list(row["targets"]))
    written = row["time_text"] or f"(none: dated by {row['time_anchor']})"
    return (f"<li><p>{sentence}</p><p>{safe_link(row['url'], row['title'])} · "
            f"{html.escape(row['source'] or 'no source')} · "
            f"published {html.escape(row['published'] or 'unknown')}"
            f" · date as written: “{html.escape(written)}” → {html.escape(row['date_start'] or 'unresolved')}"
            "</p></li>")


def story_details_html(rows: pd.DataFrame) -> str:
    """A story's details: how many reports, where they disagree, and every report's sentence and source."""
    reports = rows["doc_id"].nunique()
    differ = disagreements(rows)
    verdict = ("The reports disagree on " + "; ".join(html.escape(d) for d in differ) + "."
               if differ else "The reports agree on date, participants and type.")
    items = "".join(_report_html(row) for row in rows.to_dict("records"))
    return (f'<div class="dateline-story"><p><b>{reports} report{"s" if reports != 1 else ""}</b> of one '
            f"event ({html.escape(str(rows['event_type'].iloc[0]))}). {verdict}</p><ol>{items}</ol></div>")
