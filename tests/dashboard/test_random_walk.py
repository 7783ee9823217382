"""Seeded random walks over every sidebar widget (see walk.py): on the sample, a stored dataset and
an uploaded file. A few hundred steps in all; benchmarks/bench_random_walk.py runs a long walk."""

from __future__ import annotations

import pytest

from tests.dashboard.helpers import finish_extraction
from tests.dashboard.walk import walk

STEPS = 8


@pytest.fixture
def reopen(app):
    return lambda params: app(**params)


@pytest.mark.parametrize("seed", range(12))
def test_random_walk_on_the_sample(app, reopen, seed):
    walk(app(), seed, STEPS, reopen)


@pytest.mark.parametrize("seed", range(100, 112))
def test_random_walk_on_a_stored_dataset(app, reopen, synthetic_id, seed):
    walk(app(ds=synthetic_id), seed, STEPS, reopen)


@pytest.mark.parametrize("seed", range(200, 206))
def test_random_walk_on_an_uploaded_file(app, reopen, upload_csv, seed):
    at = app()
    at.file_uploader(key="upload").set_value((upload_csv.name, upload_csv.read_bytes(), "text/csv")).run()
    finish_extraction(at.button(key="extract_upload").click().run())
    assert "two_more.csv" in at.caption[0].value
    walk(at, seed, STEPS, reopen)
