"""Hover text of timeline points: time as written and as resolved, type, actors, sentence, source."""

from __future__ import annotations

import html
import textwrap

import pandas as pd

from dashboard.limits import SENTENCE_HOVER_CHARS


def shorten(sentence: str, limit: int = SENTENCE_HOVER_CHARS, width: int = 70) -> str:
    """The sentence cut to `limit` characters on a word boundary, wrapped for a hover box, escaped."""
    short = textwrap.shorten(" ".join(sentence.split()), width=limit, placeholder=" …") if sentence else ""
    return "<br>".join(html.escape(line) for line in textwrap.wrap(short, width=width))


def resolved(start: str, end: str, granularity: str, anchor: str) -> str:
    """'2023-03-01 – 2023-03-31 (month, explicit)' or '2023-03-04 (day, publication)'."""
    if not start:
        return f"unresolved ({anchor})"
    span = start if start == end or not end else f"{start} – {end}"
    return f"{span} ({granularity or 'day'}, {anchor})"


def hover_row(row: dict) -> str:
    """The hover HTML of one event row (every user-supplied value escaped)."""
    actors = ", ".join(row["actors"]) or "—"
    targets = ", ".join(row["targets"])
    who = html.escape(actors + (f" → {targets}" if targets else ""))
    when = resolved(row["date_start"], row["date_end"], row["granularity"], row["time_anchor"])
    return (
        f"<b>{html.escape(row['event_type'])}</b> · {html.escape(row['mode'])}<br>"
        f"Written: “{html.escape(row['time_text'] or '(inherited)')}”<br>"
        f"Resolved: {html.escape(when)}<br>Actors: {who}<br>{shorten(row['sentence'])}<br>"
        f"<i>{html.escape(row['source'] or 'no source')}</i>"
    )


def hover_texts(events: pd.DataFrame) -> list[str]:
    """Hover HTML for every row of an events table."""
    return [hover_row(row) for row in events.to_dict("records")]
