"""The README documents the contract: the two commands, every public name and every events column."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import extract
from extract.schema import EVENT_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")
CI = (ROOT / ".ci" / "run").read_text(encoding="utf-8")


@pytest.mark.parametrize("column", EVENT_COLUMNS)
def test_readme_documents_every_events_column(column):
    assert f"`{column}`" in README


@pytest.mark.parametrize("name", ["find_timexes", "extract_events", "extract_articles"])
def test_readme_documents_the_public_functions(name):
    assert f"{name}(" in README and name in extract.__all__


@pytest.mark.parametrize("command", ["make run", "make test"])
def test_readme_gives_the_two_commands_and_the_makefile_has_them(command):
    target = command.split()[1]
    assert command in README
    assert re.search(rf"^{target}:", MAKEFILE, re.MULTILINE)


@pytest.mark.parametrize("command", ["make test"])
def test_ci_runs_the_readme_test_command(command):
    assert command in CI
