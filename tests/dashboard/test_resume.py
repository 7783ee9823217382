"""A cancelled extraction's resume state: only what is left to do is kept, on SQLite and PostgreSQL,
and a resumed extraction gives the events table an uninterrupted one gives (dashboard/resume.py)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from contextlib import closing
from dataclasses import asdict
from functools import partial

import pandas as pd
import psycopg
import pytest

from dashboard import store
from dashboard.extraction import extract
from dashboard.jobs import ExtractionJob, kept_name
from dashboard.loading import read_upload
from dashboard.resume import job_state, resumed_job

# Six rows: one unusable (no text: a validation problem kept for the resumed run), one without a date
# (dated by the run's `published` option), two that report the same meeting (linked into one story
# across the cancel), and a duplicate id (renamed once, when the file is validated).
ARTICLES = b"""id,published,text
n1,2025-03-03,"Officials in Kenya said on Monday that Ethiopia and Somalia agreed to hold talks in Nairobi."
n2,2025-03-04,""
n3,,"Protesters marched in Lagos on Tuesday against fuel prices, police said."
n4,2025-03-05,"Ethiopia and Somalia agreed on Monday to hold talks in Nairobi, Kenyan officials said."
n4,2025-03-06,"Russia accused Ukraine of shelling a border town on Wednesday."
n6,2025-03-07,"France and Germany will meet in Berlin next week to discuss sanctions against Iran."
"""
PUBLISHED = dt.date(2025, 3, 4)


def _stopping(parts: int):
    """An extractor that stops after `parts` parts, as a Cancel pressed then would."""
    def run(articles, mapping, report, problems, _stop, **options):
        asked = []
        return extract(articles, mapping, report, problems, lambda: asked.append(1) or len(asked) > parts,
                       **options)
    return run


def _cancelled_job(monkeypatch, parts: int = 1) -> tuple[ExtractionJob, pd.DataFrame, object]:
    monkeypatch.setattr("dashboard.extraction.PART", 2)
    upload = read_upload(ARTICLES, "six.csv")
    run = partial(_stopping(parts), day_first=None, published=PUBLISHED)
    job = ExtractionJob("six.csv", upload.frame, upload.mapping, upload.problems, run=run)
    assert job.wait(300) and 0 < job.result.done < job.result.total
    return job, upload.frame, upload.mapping


def _kept(job: ExtractionJob, state: dict | None = None) -> str:
    """Store the job's partial dataset and its resume state as the page does (data_in.collect_job)."""
    ident = store.save(job.result.events, kept_name(job), job.result.problems)
    store.save_resume(ident, state or job_state(job))
    return ident


def _resumed(ident: str) -> ExtractionJob:
    again = resumed_job(store.load_resume(ident), store.load(ident))
    assert again.wait(300) and again.result.done == again.result.total
    return again


@pytest.mark.parametrize("store_backend", ["sqlite", "postgresql"], indirect=True)
def test_resume_a_resumed_extraction_gives_the_uninterrupted_events_table(store_backend, monkeypatch):
    job, articles, mapping = _cancelled_job(monkeypatch)
    again = _resumed(_kept(job))
    whole = extract(articles, mapping, published=PUBLISHED)
    assert whole.done == whole.total == 5 and again.progress().total == 5
    pd.testing.assert_frame_equal(again.result.events, whole.events)
    pd.testing.assert_frame_equal(again.result.problems, whole.problems)
    assert store.save(again.result.events, "six.csv") == store.dataset_id(whole.events)


@pytest.mark.parametrize("parts", [1, 2])
def test_resume_state_keeps_only_the_articles_left(monkeypatch, parts):
    job, _articles, _mapping = _cancelled_job(monkeypatch, parts)
    state = json.loads(json.dumps(job_state(job)))
    assert "articles" not in state and "rows" not in state  # the file is not kept, nor the rows done
    assert len(state["left"]) == state["total"] - state["done"] == 5 - 2 * parts
    assert [a["doc_id"] for a in state["left"]] == ["n1", "n3", "n4", "n4-2", "n6"][2 * parts:]  # validated
    assert [p["row"] for p in state["problems"]] == [2, 5]  # no text; the duplicate id renamed
    assert (state["published"], state["mapping"]["text"]) == ("2025-03-04", "text")


def _old_state(job: ExtractionJob, articles: pd.DataFrame) -> dict:
    """The resume state as migration 0003's version kept it: the whole articles table and the rows."""
    _, mapping, read_problems, _run = job.inputs
    cells = articles.astype(object).where(articles.notna(), None)
    return {"name": job.name, "columns": [str(c) for c in articles.columns], "index": articles.index.tolist(),
            "index_name": articles.index.name, "articles": cells.to_numpy().tolist(),
            "mapping": asdict(mapping), "read_problems": list(read_problems), "day_first": None,
            "published": PUBLISHED.isoformat(), "rows": job.result.rows, "failed": job.result.failed,
            "done": job.result.done, "total": job.result.total}


def _forget_migration(backend: str, version: int) -> None:
    """As if the database predated migration `version` (it runs again at the next start)."""
    query = f"DELETE FROM schema_migrations WHERE version = {version}"
    if backend == "sqlite":
        with closing(sqlite3.connect(store.data_dir() / store.DB_NAME)) as db, db:
            db.execute(query)
    else:
        with psycopg.connect(store.database_url()) as conn:
            conn.execute(query)
    store.close()


@pytest.mark.parametrize("store_backend", ["sqlite", "postgresql"], indirect=True)
def test_resume_migration_converts_a_state_that_kept_the_whole_file(store_backend, monkeypatch):
    job, articles, mapping = _cancelled_job(monkeypatch)
    old = _old_state(job, articles)
    ident = _kept(job, old)
    before = len(store.backend().load_resume(ident))
    _forget_migration(store_backend, 4)
    state = store.load_resume(ident)
    assert state == json.loads(json.dumps(job_state(job)))
    assert len(store.backend().load_resume(ident)) < before
    whole = extract(articles, mapping, published=PUBLISHED)
    pd.testing.assert_frame_equal(_resumed(ident).result.events, whole.events)

