"""Fixtures for the sample-corpus tests: the bundled articles and the gold event expectations."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

SAMPLE_DIR = Path(__file__).resolve().parents[2] / "data" / "sample"


@pytest.fixture(scope="session")
def articles() -> pd.DataFrame:
    """The sample corpus exactly as a user would load it (all columns as text)."""
    return pd.read_csv(SAMPLE_DIR / "articles.csv", dtype=str, keep_default_na=False, encoding="utf-8")


@pytest.fixture(scope="session")
def texts(articles: pd.DataFrame) -> dict[str, str]:
    """Article id -> text."""
    return dict(zip(articles["id"], articles["text"], strict=True))


@pytest.fixture(scope="session")
def published(articles: pd.DataFrame) -> dict[str, str]:
    """Article id -> publication date as written."""
    return dict(zip(articles["id"], articles["published"], strict=True))


@pytest.fixture(scope="session")
def expectations() -> pd.DataFrame:
    """The hand-coded gold events (empty cells stay empty strings)."""
    return pd.read_csv(SAMPLE_DIR / "expectations.tsv", sep="\t", dtype=str, keep_default_na=False)
