import datetime as dt
import re

import pandas as pd
import pytest

from dashboard.codec import from_csv_text, normalise_events, to_csv_text
from dashboard.hover import resolved, shorten, written
from dashboard.limits import check_rows, check_size
from dashboard.messages import MESSAGES, message
from dashboard.state import ViewState, restrict
from dashboard.synthetic import synthetic_events
from dashboard.table import display_table
from dashboard.view import share_link, state_from_widgets, widget_values
from extract.schema import EVENT_COLUMNS, EVENT_TYPES, MODES


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_message_has_its_code_and_fields(code):
    fields = {name: 1 for name in re.findall(r"{(\w+)", MESSAGES[code])}
    assert message(code, **fields).startswith(f"{code}: ")


@pytest.mark.parametrize(("size", "rows", "codes"), [
    (10, 10, [None, None]),
    (50 * 1024 * 1024 + 1, 20_001, ["D201", "D202"]),
])
def test_limits(size, rows, codes):
    found = [check_size(size), check_rows(rows)]
    assert [f.split(":")[0] if f else None for f in found] == codes


def test_synthetic_table_is_deterministic_and_complete():
    table = synthetic_events(600, seed=7)
    pd.testing.assert_frame_equal(table, synthetic_events(600, seed=7))
    assert tuple(table.columns) == EVENT_COLUMNS
    assert set(table["event_type"]) == set(EVENT_TYPES) and set(table["mode"]) == set(MODES)
    assert set(table["granularity"]) == {"day", "week", "month", "quarter", "year", ""}
    assert set(table["time_anchor"]) == {"explicit", "publication", "previous-date", "event", "unresolved"}
    assert table["actors"].explode().nunique() >= 50


@pytest.mark.parametrize("n", [0, 1, 40])
def test_csv_round_trip(n):
    table = synthetic_events(n, seed=2)
    pd.testing.assert_frame_equal(from_csv_text(to_csv_text(table)), normalise_events(table))


@pytest.mark.parametrize(("raw", "expected"), [
    ({"actors": "A; B", "targets": None, "confidence": "x"}, (["A", "B"], [], 0.0)),
    ({"actors": ["A"], "targets": float("nan"), "confidence": 0.5}, (["A"], [], 0.5)),
])
def test_normalise_fills_every_column(raw, expected):
    row = normalise_events(pd.DataFrame([raw])).iloc[0]
    assert (row["actors"], row["targets"], row["confidence"]) == expected and row["sentence"] == ""


@pytest.mark.parametrize(("args", "expected"), [
    (("2024-02-01", "2024-02-29", "month", "explicit"), "2024-02-01 – 2024-02-29 (month, explicit)"),
    (("2024-02-01", "2024-02-01", "day", "publication"), "2024-02-01 (day, publication)"),
    (("", "", "", "unresolved"), "unresolved"),
    (("", "2024-02-01", "", "unresolved"), "up to 2024-02-01 (start not known)"),  # "has banned"
    (("2024-02-01", "", "day", "publication"), "from 2024-02-01 (end not known, publication)"),  # "will soon"
])
def test_resolved(args, expected):
    assert resolved(*args) == expected


@pytest.mark.parametrize(("args", "expected"), [
    (("on Monday", "2024-02-05", "2024-02-05"), "“on Monday”"),
    (("", "2024-02-05", "2024-02-05"), "none (taken from the context)"),  # publication or earlier date
    (("", "", "2024-02-01"), "none (the tense says it had happened by then)"),  # "has banned"
    (("", "2024-02-01", ""), "none (a plan, from the day it is told of)"),  # "will soon visit"
    (("", "", ""), "none"),
])
def test_written(args, expected):
    assert written(*args) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Short <one>.", "Short &lt;one&gt;."),
    ("word " * 60, ("word " * 14).strip() + "<br>" + ("word " * 13).strip() + " …"),
])
def test_shorten(sentence, expected):
    assert shorten(sentence, limit=140, width=70) == expected


STATE = ViewState(dataset="0123456789abcdef01234567", actors=("Russia",), types=("AGREE",),
                  date_from=dt.date(2024, 1, 1), query="talks", group=True)


def test_widgets_round_trip():
    assert state_from_widgets(widget_values(STATE), STATE.dataset) == STATE


@pytest.mark.parametrize(("base", "state", "expected"), [
    ("http://127.0.0.1:8501/", ViewState(), "http://127.0.0.1:8501/"),
    ("http://h/", ViewState(actors=("A&B", "C")), "http://h/?actor=A%26B&actor=C"),
])
def test_share_link(base, state, expected):
    assert share_link(base, state) == expected


def test_restrict_drops_unknown_actors_and_sources():
    state, gone = restrict(ViewState(actors=("Russia", "Atlantis"), sources=("Wire",)), {"Russia"}, {"Post"})
    expected = (("Russia",), (), {"actors": ["Atlantis"], "sources": ["Wire"]})
    assert (state.actors, state.sources, gone) == expected


def test_display_table_joins_lists(events):
    shown = display_table(events)
    assert shown.at[2, "actors"] == "Ukraine; France" and shown.columns[0] == "date_start"


@pytest.mark.parametrize(("content", "code", "name"), [
    (None, "D502", "Synthetic demo table"),
    (b"text\n\n", "D503", "Synthetic demo table"),
])
def test_sample_falls_back_to_a_synthetic_table(tmp_path, content, code, name):
    from dashboard import store
    from dashboard.sample import sample_dataset
    path = tmp_path / "articles.csv"
    if content is not None:
        path.write_bytes(content)
    ident, note = sample_dataset(path=path)
    assert note.startswith(code) and store.dataset_name(ident) == name
    assert sample_dataset(path=path)[0] == ident  # cached: no second extraction
    assert store.delete(ident)
    ident_again, note = sample_dataset(path=path)  # deleted (and forgotten): made again
    assert ident_again == ident and store.exists(ident) and note.startswith(code)


@pytest.mark.parametrize(("selection", "expected"), [
    (None, []),
    ({"selection": {"points": []}}, []),
    ({"selection": {"points": [{"x": 1, "customdata": "e2"}, {"x": 2}]}}, ["e2"]),
    ({"selection": {"points": [{"customdata": ["e7"]}]}}, ["e7"]),
])
def test_picked_events(selection, expected):
    from dashboard.view import picked_events
    assert picked_events(selection) == expected


@pytest.mark.parametrize(("rows", "expected"), [(None, 6), (2, 2), (100, 6)])
def test_display_table_rows(events, rows, expected):
    assert len(display_table(events, rows)) == expected
