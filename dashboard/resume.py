"""A cancelled extraction, kept on disk so that any later page can continue it.

A cancel that kept some articles stores them as a dataset of their own ("NAME (first 32 of 300
articles)", D505). Beside that partial dataset the store keeps only what the rest of the run needs
(`store.save_resume`): the articles not parsed yet, as validated (so neither the file nor the articles
done are kept again), the validation and reading problems, the columns chosen, the run's options
(`day_first`, `published`), the article problems found so far, and the progress. The rows found so
far are the partial dataset itself: a resumed job reads them back from it. Whoever opens the partial
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
from extract.ingest import Article, ColumnMapping, PreparedArticles, detect_columns, prepare_articles

VERSION = 2  # 1 (migration 0003): the whole articles table and the rows found; 2: what is left


def job_state(job: ExtractionJob) -> dict:
    """What a cancelled job needs to continue, as JSON-ready values."""
    _articles, mapping, read_problems, run = job.inputs
    options = getattr(run, "keywords", {})
    published = options.get("published")
    result = job.result
    rest = result.rest or PreparedArticles([], [], mapping or ColumnMapping())
    return {"version": VERSION, "name": job.name, "mapping": asdict(mapping) if mapping else None,
            "read_problems": list(read_problems or []), "day_first": options.get("day_first"),
            "published": published.isoformat() if published else None, "unit": rest.unit,
            "problems": rest.problems, "left": [article_cells(a) for a in rest.articles],
            "failed": result.failed, "done": result.done, "total": result.total}


def article_cells(article: Article) -> dict:
    """A validated article as JSON-ready values (its date as ISO text)."""
    cells = asdict(article)
    cells["published"] = article.published.isoformat() if article.published else None
    return cells


def cells_article(cells: dict) -> Article:
    published = dt.date.fromisoformat(cells["published"]) if cells.get("published") else None
    return Article(**{**cells, "published": published})


def resumed_job(state: dict, done_events: pd.DataFrame) -> ExtractionJob:
    """A job that continues the kept extraction with its next part; `done_events`: the partial dataset
    the state is kept with (its rows are the rows found so far). When it finishes, the whole file is one
    dataset under the job's name."""
    mapping = ColumnMapping(**state["mapping"]) if state["mapping"] else None
    published = dt.date.fromisoformat(state["published"]) if state["published"] else None
    rest = PreparedArticles([cells_article(c) for c in state["left"]], state["problems"],
                            mapping or ColumnMapping(), unit=state["unit"])
    done = Extracted(normalise_events(pd.DataFrame()), problems_table([]), 0.0, done=state["done"],
                     total=state["total"], rows=done_events.to_dict("records"), failed=state["failed"],
                     rest=rest)
    run = partial(extract, day_first=state["day_first"], published=published)
    return ExtractionJob(state["name"], pd.DataFrame(), mapping, state["read_problems"],
                         run=partial(run, resume=done), start=state["done"], total=state["total"])


def upgraded_state(old: dict) -> dict:
    """A state kept before VERSION 2 (the whole articles table, and the rows found) as one of now: the
    table is validated again as the run did, and only the articles not parsed yet are kept."""
    if old.get("version", 1) >= VERSION:
        return old
    index = pd.Index(old["index"], name=old["index_name"])
    articles = pd.DataFrame(old["articles"], columns=old["columns"], index=index)
    mapping = ColumnMapping(**old["mapping"]) if old["mapping"] else None
    published = dt.date.fromisoformat(old["published"]) if old["published"] else None
    prepared = prepare_articles(articles, mapping or detect_columns(articles.columns),
                                day_first=old["day_first"], published=published)
    return {"version": VERSION, "name": old["name"], "mapping": old["mapping"],
            "read_problems": old["read_problems"], "day_first": old["day_first"],
            "published": old["published"], "unit": prepared.unit, "problems": prepared.problems,
            "left": [article_cells(a) for a in prepared.articles[old["done"]:]],
            "failed": old["failed"], "done": old["done"], "total": old["total"]}
