"""The details of one event: its sentence with actors and time expression highlighted (HTML-escaped)."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from urllib.parse import urlparse

import pandas as pd

from dashboard.figures import ANCHOR_LABELS
from dashboard.hover import resolved, written
from dashboard.messages import message
from extract.events.actors import load_aliases

KIND_STYLE = {
    "actor": "background:#dbeafe;color:#1e3a8a;border-radius:3px;padding:0 2px",
    "target": "background:#fce7f3;color:#831843;border-radius:3px;padding:0 2px;border:1px solid #db2777",
    "time": "background:#fde68a;color:#713f12;border-radius:3px;padding:0 2px;border:1px dashed #b45309",
    "trigger": "background:#dcfce7;color:#14532d;font-weight:700;border-radius:3px;padding:0 2px;"
               "border-bottom:3px solid #15803d",
}
KIND_NAMES = {"actor": "actor", "target": "with/to (target)", "trigger": "what happened (trigger)",
              "time": "time as written"}


@lru_cache(maxsize=1)
def _aliases_by_actor() -> dict[str, list[str]]:
    """Canonical actor -> the ways the alias table writes it ("Russia": Russian, Moscow, the Kremlin…)."""
    by_actor: dict[str, list[str]] = {}
    for alias, actor in load_aliases().items():
        by_actor.setdefault(actor.name, []).append(alias)
    return {name: sorted(set(found), key=len, reverse=True) for name, found in by_actor.items()}


def _name_patterns(name: str) -> list[str]:
    """The full name, its aliases (adjectives such as "Russian" too), then for multi-word names the
    last word when capitalised and 4+ letters."""
    words = name.split()
    fallback = [words[-1]] if len(words) > 1 and words[-1][:1].isupper() and len(words[-1]) >= 4 else []
    return [name, *_aliases_by_actor().get(name, []), *fallback]


def find_spans(sentence: str, actors: list[str], time_text: str, trigger: str,
               targets: list[str] = ()) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, kind) spans to highlight, earliest first; longer spans win ties
    (an equal span named both as actor and as target is marked as actor)."""
    found: list[tuple[int, int, str]] = []
    terms = [(time_text, "time")] + [(trigger, "trigger")]
    for names, kind in ((actors, "actor"), (targets, "target")):
        for name in names:
            for pattern in _name_patterns(name):
                matches = re.finditer(rf"\b{re.escape(pattern)}\b", sentence)
                found += [(m.start(), m.end(), kind) for m in matches]
    for text, kind in terms:
        if text and text.strip():
            found += [(m.start(), m.end(), kind) for m in re.finditer(re.escape(text.strip()), sentence)]
    chosen: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(found, key=lambda s: (s[0], -(s[1] - s[0]))):
        if not chosen or start >= chosen[-1][1]:
            chosen.append((start, end, kind))
    return chosen


def highlight(sentence: str, actors: list[str], time_text: str, trigger: str = "",
              targets: list[str] = ()) -> str:
    """The sentence as HTML: every part escaped, actors / targets / time / trigger in styled <mark>s."""
    out, cursor = [], 0
    for start, end, kind in find_spans(sentence, actors, time_text, trigger, targets):
        out.append(html.escape(sentence[cursor:start]))
        part = html.escape(sentence[start:end])
        out.append(f'<mark class="{kind}" style="{KIND_STYLE[kind]}">{part}</mark>')
        cursor = end
    out.append(html.escape(sentence[cursor:]))
    return "".join(out)


def safe_link(url: str, title: str) -> str:
    """An HTML link to the source when the URL is http(s); otherwise the escaped title alone."""
    label = html.escape(title or url or "(untitled)")
    if urlparse(url).scheme in {"http", "https"}:
        href = html.escape(url, quote=True)
        return f'<a href="{href}" target="_blank" rel="noopener noreferrer">{label}</a>'
    return label


def key_html() -> str:
    """The key of the three highlights."""
    return " ".join(f'<mark class="key-{kind}" style="{KIND_STYLE[kind]}">{label}</mark>'
                    for kind, label in KIND_NAMES.items())


def details_html(row: dict) -> str:
    """The details panel of one event row, as HTML."""
    sentence = highlight(row["sentence"], list(row["actors"]), row["time_text"], row["trigger"],
                         list(row["targets"]))
    interval = resolved(row["date_start"], row["date_end"], row["granularity"], row["time_anchor"])
    how = ANCHOR_LABELS.get(row["time_anchor"], row["time_anchor"])
    if not row["date_start"] and row["date_end"]:
        how = "the tense (past, before this date)"
    who = ", ".join(row["actors"]) or "—"
    whom = ", ".join(row["targets"]) or "—"
    said = ", ".join(row.get("attributed_to") or ())
    reported = f" · reported by: {html.escape(said)}" if said else ""
    return (
        f'<div class="dateline-details"><p style="font-size:1.1em;line-height:1.7">{sentence}</p>'
        f'<p style="font-size:0.85em">{key_html()}</p>'
        f"<p><b>{html.escape(row['event_type'])}</b> ({html.escape(row['mode'])}) · "
        f"actors: {html.escape(who)} · with/to: {html.escape(whom)}{reported}</p>"
        f"<p>Time as written: {html.escape(written(row['time_text'], row['date_start'], row['date_end']))} → "
        f"{html.escape(interval)}; date found by: {html.escape(how)}</p>"
        f"<p>Article: {safe_link(row['url'], row['title'])} · {html.escape(row['source'] or 'no source')}"
        f" · published {html.escape(row['published'] or 'unknown')}</p></div>"
    )


def outside_note(row: Mapping, in_view: bool, shown: Sequence | None) -> str:
    """Why the open event is not on the timeline: outside the filters (D603), outside the time window
    (D604), or "" when it is drawn. `row` has the prepared `_start` / `_end`; `shown` is the x range."""
    if not in_view:
        return message("D603")
    if shown is None or pd.isna(row["_start"]):
        return ""
    if row["_end"] < shown[0] or row["_start"] > shown[1]:
        return message("D604", start=f"{shown[0]:%Y-%m-%d}", end=f"{shown[1]:%Y-%m-%d}")
    return ""
