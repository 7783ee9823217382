"""Names say their role across the project: one public `read_table` (ingest), one `Prepared`
(the dashboard's filter table), one `EVENT_COLUMNS` (the events-table contract); one owner for walking
up to the governing verb (extract/syntax.py) and for TIMEX3 units and granularities (calendar.py)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted(p for folder in ("extract", "dashboard") for p in (ROOT / folder).rglob("*.py"))


def _definitions(name: str) -> list[str]:
    found = []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            defined = isinstance(node, ast.FunctionDef | ast.ClassDef) and node.name == name
            assigned = isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == name for t in node.targets)
            annotated = isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and (
                node.target.id == name)
            if defined or assigned or annotated:
                found.append(str(path.relative_to(ROOT)))
    return found


@pytest.mark.parametrize(
    ("name", "owner"),
    [("read_table", "extract/ingest/tables.py"), ("Prepared", "dashboard/filters.py"),
     ("EVENT_COLUMNS", "extract/schema.py"), ("governing_verb", "extract/syntax.py"),
     ("UNIT_NAMES", "extract/temporal/calendar.py")],
)
def test_one_definition_per_name(name, owner):
    assert _definitions(name) == [owner]


@pytest.mark.parametrize("name", ["_governing_verb", "DURATION_UNITS", "SPAN_UNITS", "FINENESS"])
def test_no_private_copy_of_a_shared_notion(name):
    """Walking up to the governing verb, unit maps and granularity ranks have one owner each."""
    assert _definitions(name) == []
