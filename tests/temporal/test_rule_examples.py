"""Every temporal rule and every normalisation-table entry carries an example; each one runs here."""

from __future__ import annotations

import datetime as dt

import pytest

from extract import find_timexes
from extract.temporal.rules import load_rules, table_rows

EXAMPLE_PUBLISHED = dt.date(2025, 11, 12)  # a Wednesday; the date every example is written against
MOD_TABLES = ("position", "modifier")  # tables whose value is the TIMEX3 mod the example carries

RULES = load_rules()
TABLE_ROWS = [(name, row) for name, rows in table_rows().items() for row in rows]


def _published(raw: str) -> dt.date:
    return dt.date.fromisoformat(raw) if raw else EXAMPLE_PUBLISHED


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_rule_example_gives_expected_value(rule):
    timexes = find_timexes(rule.example, _published(rule.published))
    found = [(timex.value, timex.rule) for timex in timexes]
    assert (rule.expected, rule.name) in found, f"{rule.example!r} gave {found}"


def _observed(table: str, timex) -> str | None:
    """What a table's `expected` column is compared with: the mod, the implied interval, or the value."""
    if table in MOD_TABLES:
        return timex.mod
    if table in ("span", "vague_count"):
        return f"{timex.implied_start}/{timex.implied_end}" if timex.implied_start else "-"
    return timex.value


MORE = [(rule, example, expected) for rule in RULES for example, expected in rule.also]


@pytest.mark.parametrize(("rule", "example", "expected"), MORE,
                         ids=[f"{r.name}:{e[:30]}" for r, e, _ in MORE])
def test_rule_more_examples_give_expected_values(rule, example, expected):
    found = [(timex.value, timex.rule) for timex in find_timexes(example, _published(rule.published))]
    assert (expected, rule.name) in found, f"{example!r} gave {found}"


@pytest.mark.parametrize(("table", "row"), TABLE_ROWS, ids=[f"{name}:{row.word}" for name, row in TABLE_ROWS])
def test_table_entry_example_gives_expected_value(table, row):
    timexes = find_timexes(row.example, EXAMPLE_PUBLISHED)
    values = [_observed(table, timex) for timex in timexes]
    if table == "offset_sign":  # an offset from an event records its direction on the anchor
        values += [timex.event_anchor.direction for timex in timexes if timex.event_anchor]
    assert row.expected in values, f"{row.example!r} gave {values}"


@pytest.mark.parametrize(("table", "row"), TABLE_ROWS, ids=[f"{name}:{row.word}" for name, row in TABLE_ROWS])
def test_table_entry_example_uses_its_word(table, row):
    assert row.word.lower().rstrip(".") in row.example.lower()
