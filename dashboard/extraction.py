"""Running the extractor for the dashboard: progress reporting, stopping between parts, and one
combined problems table.

The articles are validated once (`prepare_articles`: row numbers, unique ids, reading problems),
then parsed in parts of `PART` articles with `extract_prepared` (as the corpus runner does per
partition); between two parts the run can stop on request and still return what it has, and a
stopped run can be resumed: it continues with the articles it had not parsed (`Extracted.rest`, kept
validated, so the file is not read again) and keeps what was found before. Stories are linked once
over every event found (as `extract_articles` does).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import pandas as pd

from dashboard.codec import normalise_events
from dashboard.loading import problems_table
from dashboard.messages import message
from extract.corpus import events_table, extract_prepared
from extract.ingest import ColumnMapping, IngestError
from extract.ingest.articles import PreparedArticles, prepare_articles, problems_frame
from extract.ingest.columns import detect_columns
from extract.linking import LinkingStopped, link_stories

Report = Callable[[int, int, float], None]  # done, total, seconds elapsed
Stop = Callable[[], bool]  # True: stop before the next part
PART = 16  # articles per part (one spaCy batch): the most a cancelled run parses after the request


@dataclass
class Extracted:
    """Events and problems of one extraction; `error` set when nothing could be extracted.

    `done` of `total` articles were parsed (fewer when the run was stopped); `rows` and `failed` are
    the extracted rows and article problems so far, and `rest` the validated articles not parsed yet
    (with the validation problems and the row unit), from which a resumed run continues."""

    events: pd.DataFrame
    problems: pd.DataFrame
    seconds: float
    error: str = ""
    done: int = 0
    total: int = 0
    rows: list[dict] = field(default_factory=list)
    failed: list[dict] = field(default_factory=list)
    rest: PreparedArticles | None = None


def extract(articles: pd.DataFrame, mapping: ColumnMapping | None = None, report: Report | None = None,
            read_problems: list[dict] | None = None, stop: Stop | None = None,
            day_first: bool | None = None, resume: Extracted | None = None,
            published: dt.date | None = None) -> Extracted:
    """Extract events from an articles table; problems from reading come first in the report.

    `stop()` is asked before each part of `PART` articles: when it says True the articles done so far
    are returned (their events and problems), the rest is left out. `day_first` says how to read slash
    dates that read both ways (as in extract_articles). `resume`: the result of a stopped run; it goes
    on with `resume.rest` (`articles` and `mapping` are not read), keeping its rows and problems.
    `published` dates the articles that have no date (as in extract_articles)."""
    started = time.monotonic()
    try:
        prepared = _to_parse(articles, mapping, day_first, published, resume)
    except IngestError as error:
        empty = normalise_events(pd.DataFrame())
        return Extracted(empty, problems_table(read_problems or []), time.monotonic() - started,
                         message("D501", reason=str(error)))
    first = done = resume.done if resume else 0
    total = done + len(prepared.articles)
    rows, failed = (list(resume.rows), list(resume.failed)) if resume else ([], [])
    while done < total and not (stop and stop()):
        def progress(count: int, _part: int, before: int = done) -> None:
            if report is not None:
                report(before + count, total, time.monotonic() - started)

        part = prepared.articles[done - first:done - first + PART]
        found, problems = extract_prepared(part, prepared.unit, progress=progress, day_first=day_first)
        rows.extend(found)
        failed.extend(problems)
        done += len(part)
    events = events_table(rows)
    found_problems = problems_table(problems_frame(prepared.problems + failed))
    problems = pd.concat([problems_table(read_problems or []), found_problems], ignore_index=True)
    rest = replace(prepared, articles=prepared.articles[done - first:])
    return Extracted(normalise_events(events), problems, time.monotonic() - started, done=done, total=total,
                     rows=rows, failed=failed, rest=rest)


def _to_parse(articles: pd.DataFrame, mapping: ColumnMapping | None, day_first: bool | None,
              published: dt.date | None, resume: Extracted | None) -> PreparedArticles:
    """The validated articles still to parse: a resumed run's `rest`, else those of `articles` (after
    the `resume.done` first ones, for a resumed run that kept no `rest`)."""
    if resume is not None and resume.rest is not None:
        return resume.rest
    prepared = prepare_articles(articles, mapping or detect_columns(articles.columns), day_first=day_first,
                                published=published)
    return replace(prepared, articles=prepared.articles[resume.done:]) if resume else prepared


def link(events: pd.DataFrame, _mapping: ColumnMapping | None = None, report: Report | None = None,
         read_problems: list[dict] | None = None, stop: Stop | None = None) -> Extracted:
    """An events table with its stories linked (a zipped corpus run made with `--no-link`), run by a
    job like an extraction (`jobs.ExtractionJob(..., run=link)`): linking many rows takes minutes.
    Progress counts the articles, all at once at the end; a stop asked for during the linking ends
    it within moments (`link_stories` asks `stop` as it goes): nothing is kept, the page keeps the
    current view (D508)."""
    started = time.monotonic()
    total = int(events["doc_id"].nunique())
    problems = problems_table(read_problems or [])
    if report is not None:
        report(0, total, 0.0)
    try:
        linked = events.assign(story_id=link_stories(events, stop=stop))
    except LinkingStopped:
        linked = None
    if linked is None:
        return Extracted(normalise_events(pd.DataFrame()), problems, time.monotonic() - started, total=total)
    if report is not None:
        report(total, total, time.monotonic() - started)
    return Extracted(linked, problems, time.monotonic() - started, done=total, total=total)
