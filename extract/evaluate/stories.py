"""Reading benchmark stories from JSON Lines (id, title, published, text, url, ...).

Used by the benchmark scripts. Each bad line is reported with its line number and left out of
the benchmark (never silently); a missing or unreadable `published` keeps the story, undated.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from extract.evaluate.errors import message

REQUIRED = ("id", "text")


@dataclass(frozen=True)
class Story:
    """One benchmark story; `published_raw` is the field as written, `published` its day."""

    id: str
    title: str
    url: str
    published_raw: str
    published: dt.date | None
    text: str

    @property
    def words(self) -> int:
        """Whitespace-separated words, the unit of every words/second figure."""
        return len(self.text.split())


def parse_day(value: str) -> dt.date | None:
    """The calendar day at the start of an ISO timestamp ("2025-03-14 20:30:26Z"), or None."""
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def parse_story(path: Path, number: int, raw: str) -> tuple[Story | None, list[str]]:
    """The story on one line, or None, with coded problems."""
    try:
        record = json.loads(raw)
    except json.JSONDecodeError as err:
        return None, [message("EV013", path=path, line=number, detail=f"{err.msg} at column {err.colno}")]
    if not isinstance(record, dict):
        return None, [message("EV013", path=path, line=number, detail="not a JSON object")]
    missing = [name for name in REQUIRED if not isinstance(record.get(name), str | int)]
    if missing:
        return None, [message("EV014", path=path, line=number, field=missing[0])]
    raw_date = str(record.get("published") or "")
    published = parse_day(raw_date)
    problems = [] if published else [message("EV015", path=path, line=number, got=raw_date)]
    story = Story(str(record["id"]), str(record.get("title") or ""), str(record.get("url") or ""),
                  raw_date, published, str(record["text"]))
    return story, problems


def read_stories(path: Path) -> tuple[list[Story], list[str]]:
    """All stories of a JSON Lines file and the problems met (blank lines are skipped)."""
    stories: list[Story] = []
    problems: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            story, found = parse_story(path, number, raw)
            problems.extend(found)
            if story is not None:
                stories.append(story)
    return stories, problems
