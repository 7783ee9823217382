"""Running the extractor for the dashboard: progress reporting and one combined problems table."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from dashboard.codec import normalise_events
from dashboard.loading import problems_table
from dashboard.messages import message
from extract import extract_articles
from extract.ingest import ColumnMapping, IngestError

Report = Callable[[int, int, float], None]  # done, total, seconds elapsed


@dataclass
class Extracted:
    """Events and problems of one extraction; `error` set when nothing could be extracted."""

    events: pd.DataFrame
    problems: pd.DataFrame
    seconds: float
    error: str = ""


def extract(articles: pd.DataFrame, mapping: ColumnMapping | None = None, report: Report | None = None,
            read_problems: list[dict] | None = None, day_first: bool | None = None) -> Extracted:
    """Extract events from an articles table; problems from reading come first in the report.
    `day_first` says how to read slash dates that read both ways (as in extract_articles)."""
    started = time.monotonic()

    def progress(done: int, total: int) -> None:
        if report is not None:
            report(done, total, time.monotonic() - started)

    try:
        result = extract_articles(articles, progress=progress, columns=mapping, day_first=day_first)
    except IngestError as error:
        empty = normalise_events(pd.DataFrame())
        return Extracted(empty, problems_table(read_problems or []), time.monotonic() - started,
                         message("D501", reason=str(error)))
    problems = pd.concat([problems_table(read_problems or []), problems_table(result.problems)],
                         ignore_index=True)
    return Extracted(normalise_events(result.events), problems, time.monotonic() - started)
