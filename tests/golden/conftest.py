"""Fixtures of the golden tests: the events of the whole sample corpus, extracted once."""

from __future__ import annotations

import pytest

from tests.golden.expectations import sample_events


@pytest.fixture(scope="session")
def sample_table():
    return sample_events()
