"""Hover text of timeline points: time as written and as resolved, type, actors, sentence, source."""

from __future__ import annotations

import html

import pandas as pd

from dashboard.limits import SENTENCE_HOVER_CHARS


def _wrap(words: list[str], width: int) -> list[str]:
    """Greedy line filling (textwrap is several times slower, and hover text is built per point)."""
    lines, line = [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*lines, line] if line else lines


def shorten(sentence: str, limit: int = SENTENCE_HOVER_CHARS, width: int = 70) -> str:
    """The sentence cut to `limit` characters on a word boundary, wrapped for a hover box, escaped."""
    words = sentence.split()
    if len(" ".join(words)) > limit:
        kept, size = [], len(" …")
        for word in words:
            size += len(word) + (1 if kept else 0)
            if size > limit:
                break
            kept.append(word)
        words = [*kept, "…"]
    return "<br>".join(html.escape(line) for line in _wrap(words, width))


def resolved(start: str, end: str, granularity: str, anchor: str) -> str:
    """'2023-03-01 – 2023-03-31 (month, explicit)', '2023-03-04 (day, publication)', 'up to 2023-03-04
    (start not known)' for a past event the text does not date ("has banned"), 'from 2023-03-04 (end
    not known, publication)' for a plan with no time of its own ("will soon visit": it starts on the
    day it is told of), or 'unresolved'."""
    if not start and end:
        return f"up to {end} (start not known)"
    if not start:
        return "unresolved"
    if not end:
        return f"from {start} (end not known, {anchor})"
    span = start if start == end or not end else f"{start} – {end}"
    return f"{span} ({granularity or 'day'}, {anchor})"


def written(time_text: str, start: str, end: str) -> str:
    """The time as written, quoted, or why there is none: an event dated only by its end ("has
    banned": the tense says it had happened by then) has no expression of its own; one with a start but
    no text took its date from the context (the article's date or an earlier sentence)."""
    if time_text:
        return f"“{time_text}”"
    if not start and end:
        return "none (the tense says it had happened by then)"
    if start and not end:
        return "none (a plan, from the day it is told of)"
    return "none (taken from the context)" if start else "none"


def hover_row(row: dict) -> str:
    """The hover HTML of one event row (every user-supplied value escaped)."""
    actors = ", ".join(row["actors"]) or "—"
    targets = ", ".join(row["targets"])
    who = html.escape(actors + (f" → {targets}" if targets else ""))
    when = resolved(row["date_start"], row["date_end"], row["granularity"], row["time_anchor"])
    return (
        f"<b>{html.escape(row['event_type'])}</b> · {html.escape(row['mode'])}<br>"
        f"Written: {html.escape(written(row['time_text'], row['date_start'], row['date_end']))}<br>"
        f"Resolved: {html.escape(when)}<br>Actors: {who}<br>{shorten(row['sentence'])}<br>"
        f"<i>{html.escape(row['source'] or 'no source')}</i>"
    )


def reports_line(reports: int, outlets: list[str]) -> str:
    """'<br><b>3 reports</b>: AP, Reuters' for a story point ('' for a single report)."""
    if reports <= 1:
        return ""
    return f"<br><b>{reports} reports</b>: {html.escape(', '.join(outlets) or 'outlets unknown')}"


def hover_texts(events: pd.DataFrame) -> list[str]:
    """Hover HTML for every row of an events table (stories view rows also list their outlets)."""
    columns = ["event_type", "mode", "time_text", "date_start", "date_end", "granularity", "time_anchor",
               "actors", "targets", "sentence", "source"]
    texts = [hover_row(dict(zip(columns, values, strict=True)))
             for values in zip(*(events[c].tolist() for c in columns), strict=True)]
    if "reports" in events.columns:
        extra = map(reports_line, events["reports"].tolist(), events["outlets"].tolist())
        texts = [text + line for text, line in zip(texts, extra, strict=True)]
    return texts
