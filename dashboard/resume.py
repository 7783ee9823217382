"""A cancelled extraction, kept on disk so that any later page can continue it.

A cancel that kept some articles stores them as a dataset of their own ("NAME (first 32 of 300
articles)", D505). Beside that partial dataset the store keeps what the rest of the run needs
(`store.save_resume`): the articles, the column mapping and reading problems, the run's options
(`day_first`, `published`), and the rows and article problems found so far. Whoever opens the partial
dataset — the same page, a reload (a new browser session), the link, the recent list — is offered to
resume; the articles done are not parsed again. No Streamlit import here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from functools import partial

import pandas as pd

from dashboard.codec import normalise_events
from dashboard.extraction import Extracted, extract
from dashboard.jobs import ExtractionJob
from dashboard.loading import problems_table
from extract.ingest import ColumnMapping


def job_state(job: ExtractionJob) -> dict:
    """What a cancelled job needs to continue, as JSON-ready values."""
    articles, mapping, read_problems, run = job.inputs
    options = getattr(run, "keywords", {})
    published = options.get("published")
    cells = articles.astype(object).where(articles.notna(), None)
    result = job.result
    return {"name": job.name, "columns": [str(c) for c in articles.columns],
            "index": articles.index.tolist(), "index_name": articles.index.name,
            "articles": cells.to_numpy().tolist(), "mapping": asdict(mapping) if mapping else None,
            "read_problems": list(read_problems or []), "day_first": options.get("day_first"),
            "published": published.isoformat() if published else None,
            "rows": result.rows, "failed": result.failed, "done": result.done, "total": result.total}


def resumed_job(state: dict) -> ExtractionJob:
    """A job that continues the kept extraction with its next part; when it finishes, the whole file
    is one dataset under the job's name."""
    index = pd.Index(state["index"], name=state["index_name"])
    articles = pd.DataFrame(state["articles"], columns=state["columns"], index=index)
    mapping = ColumnMapping(**state["mapping"]) if state["mapping"] else None
    published = dt.date.fromisoformat(state["published"]) if state["published"] else None
    done = Extracted(normalise_events(pd.DataFrame()), problems_table([]), 0.0, done=state["done"],
                     total=state["total"], rows=state["rows"], failed=state["failed"])
    run = partial(extract, day_first=state["day_first"], published=published)
    return ExtractionJob(state["name"], articles, mapping, state["read_problems"],
                         run=partial(run, resume=done), start=state["done"])
