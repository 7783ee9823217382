"""Fixtures of the evaluation tests: hand-made files written into tmp_path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

TIMEML_TEMPLATE = """<?xml version="1.0" ?>
<TimeML>
<DOCID>{doc_id}</DOCID>
<DCT>{dct}</DCT>
<TITLE>A title on <TIMEX3 tid="t9" type="DATE" value="1998">1998</TIMEX3></TITLE>
<TEXT>{body}</TEXT>
</TimeML>
"""


def dct_timex(value: str) -> str:
    """A creation-time TIMEX3 element with `value`."""
    return f'<TIMEX3 tid="t0" type="DATE" value="{value}" functionInDocument="CREATION_TIME">{value}</TIMEX3>'


@pytest.fixture
def write_file(tmp_path: Path) -> Callable[[str, str], Path]:
    """Write `content` to tmp_path/`relative` (creating folders) and return the path."""

    def write(relative: str, content: str) -> Path:
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
        return path

    return write


@pytest.fixture
def write_timeml(write_file: Callable[[str, str], Path]) -> Callable[..., Path]:
    """Write a TimeML document with the given <TEXT> body and DCT value ("" for no DCT)."""

    def write(relative: str, body: str, dct: str = "1998-11-20", doc_id: str = "D1") -> Path:
        content = TIMEML_TEMPLATE.format(doc_id=doc_id, dct=dct_timex(dct) if dct else "", body=body)
        return write_file(relative, content)

    return write
