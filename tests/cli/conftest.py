"""Fixtures for the command-line tests."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from extract import events as events_layer
from extract.nlp import blank_english
from tests.ingest.conftest import fake_events_from_doc

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def run_cli() -> Callable[..., subprocess.CompletedProcess]:
    """Run `python -m extract ARGS` from the project root; returns the completed process."""

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "extract", *map(str, args)], cwd=ROOT,
                              capture_output=True, text=True, timeout=300, check=False)

    return run


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process runs use a sentencizer-only pipeline and the stand-in events layer of tests/ingest."""

    def build_pipeline():
        nlp = blank_english()
        nlp.add_pipe("sentencizer")
        return nlp

    monkeypatch.setattr(events_layer, "build_pipeline", build_pipeline)
    monkeypatch.setattr(events_layer, "events_from_doc", fake_events_from_doc)
