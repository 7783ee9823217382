"""Every corpus-input message carries its own code, and formats with the fields the code passes."""

from __future__ import annotations

import re

import pytest

from extract import messages

CODES = sorted(name for name in vars(messages) if re.fullmatch(r"E1\d\d", name))


@pytest.mark.parametrize("code", CODES)
def test_message_starts_with_its_code(code: str) -> None:
    assert getattr(messages, code).startswith(f"{code}: ")


@pytest.mark.parametrize(
    ("code", "fields", "expected"),
    [
        ("E102", {"name": "a.csv", "columns": "'x'"},
         "E102: a.csv has no text column; columns found: 'x'. Name one with --text-column"),
        ("E125", {"where": "line 4", "length": 100001, "limit": 100000},
         "E125: line 4: text has 100,001 characters; the limit is 100,000; row skipped"),
        ("E124", {"where": "data row 2", "share": 0.04, "words": 26, "threshold": 0.22},
         "E124: data row 2: text does not look like English (4% English stop words among 26 words; "
         "at least 22% expected); row skipped"),
    ],
)
def test_message_formats(code: str, fields: dict, expected: str) -> None:
    assert getattr(messages, code).format(**fields) == expected
