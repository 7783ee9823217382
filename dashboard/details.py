"""The details of one event: its sentence with actors and time expression highlighted (HTML-escaped)."""

from __future__ import annotations

import html
import re
from urllib.parse import urlparse

from dashboard.figures import ANCHOR_LABELS
from dashboard.hover import resolved

KIND_STYLE = {
    "actor": "background:#dbeafe;border-radius:3px;padding:0 2px",
    "time": "background:#fde68a;border-radius:3px;padding:0 2px",
    "trigger": "text-decoration:underline;text-decoration-thickness:2px",
}


def _name_patterns(name: str) -> list[str]:
    """The full name, then (for multi-word names) its last word when capitalised and 4+ letters."""
    words = name.split()
    fallback = [words[-1]] if len(words) > 1 and words[-1][:1].isupper() and len(words[-1]) >= 4 else []
    return [name, *fallback]


def find_spans(sentence: str, actors: list[str], time_text: str, trigger: str) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, kind) spans to highlight, earliest first; longer spans win ties."""
    found: list[tuple[int, int, str]] = []
    terms = [(time_text, "time")] + [(trigger, "trigger")]
    for name in actors:
        for pattern in _name_patterns(name):
            matches = re.finditer(rf"\b{re.escape(pattern)}\b", sentence)
            hits = [(m.start(), m.end(), "actor") for m in matches]
            found += hits
            if hits:
                break
    for text, kind in terms:
        if text and text.strip():
            found += [(m.start(), m.end(), kind) for m in re.finditer(re.escape(text.strip()), sentence)]
    chosen: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(found, key=lambda s: (s[0], -(s[1] - s[0]))):
        if not chosen or start >= chosen[-1][1]:
            chosen.append((start, end, kind))
    return chosen


def highlight(sentence: str, actors: list[str], time_text: str, trigger: str = "") -> str:
    """The sentence as HTML: every part escaped, actors / time / trigger wrapped in styled <mark>s."""
    out, cursor = [], 0
    for start, end, kind in find_spans(sentence, actors, time_text, trigger):
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


def details_html(row: dict) -> str:
    """The details panel of one event row, as HTML."""
    sentence = highlight(row["sentence"], list(row["actors"]) + list(row["targets"]), row["time_text"],
                         row["trigger"])
    interval = resolved(row["date_start"], row["date_end"], row["granularity"], row["time_anchor"])
    how = ANCHOR_LABELS.get(row["time_anchor"], row["time_anchor"])
    who = ", ".join(row["actors"]) or "—"
    whom = ", ".join(row["targets"]) or "—"
    said = ", ".join(row.get("attributed_to") or ())
    reported = f" · reported by: {html.escape(said)}" if said else ""
    return (
        f'<div class="dateline-details"><p style="font-size:1.1em;line-height:1.6">{sentence}</p>'
        f"<p><b>{html.escape(row['event_type'])}</b> ({html.escape(row['mode'])}) · "
        f"actors: {html.escape(who)} · with/to: {html.escape(whom)}{reported}</p>"
        f"<p>Time as written: “{html.escape(row['time_text'] or '(inherited)')}” → "
        f"{html.escape(interval)}; date found by: {html.escape(how)}</p>"
        f"<p>Article: {safe_link(row['url'], row['title'])} · {html.escape(row['source'] or 'no source')}"
        f" · published {html.escape(row['published'] or 'unknown')}</p></div>"
    )
