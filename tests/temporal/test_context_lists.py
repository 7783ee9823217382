"""Every context list of context.toml (words that decide whether a match is a time, and whether it
moves the story) has examples; each runs here, and each list is read by the code."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from extract import find_timexes
from extract.temporal import filters, story
from extract.temporal.rules import load_context

PUBLISHED = dt.date(2025, 11, 12)
EXAMPLES = [(name, item["example"], item["expected"]) for name, spec in load_context().items()
            for item in spec["examples"]]


@pytest.mark.parametrize(("name", "example", "expected"), EXAMPLES,
                         ids=[f"{n}:{e[:30]}" for n, e, _ in EXAMPLES])
def test_context_example(name, example, expected):
    assert [timex.value for timex in find_timexes(example, PUBLISHED)] == expected


@pytest.mark.parametrize("name", sorted(load_context()))
def test_context_list_is_read_by_the_code(name):
    code = "".join(Path(module.__file__).read_text(encoding="utf-8") for module in (filters, story))
    assert f"'{name}'" in code or f'"{name}"' in code
