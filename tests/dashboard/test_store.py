"""The store's contract, run against both backends: SQLite and a real PostgreSQL (see tests/conftest.py)."""

import datetime as dt

import pandas as pd
import pytest

from dashboard import store
from dashboard.codec import normalise_events
from dashboard.store.backend import ResumeInfo
from dashboard.synthetic import synthetic_events

pytestmark = pytest.mark.usefixtures("store_backend")


def test_saved_dataset_loads_back_equal(events):
    ident = store.save(events, "six events")
    assert store.exists(ident) and store.exists(store.save(events.head(2)))  # named or not
    pd.testing.assert_frame_equal(store.load(ident), events)
    assert store.dataset_name(ident) == "six events"


AWKWARD = [
    ("comma, \"quotes\" and\na newline", ["A, B", "Côte d'Ivoire"]),
    ("NULL", []),
    ("\\N", ["\\N"]),
    ("", ["{braces}", "back\\slash"]),
    ("   spaces kept   ", ["Ünïcödé 北京"]),
]


@pytest.mark.parametrize(("sentence", "actors"), AWKWARD)
def test_awkward_text_round_trips(events, sentence, actors):
    table = events.copy()
    table.at[0, "sentence"], table.at[0, "actors"] = sentence, actors
    table = normalise_events(table)
    pd.testing.assert_frame_equal(store.load(store.save(table)), table)


@pytest.mark.parametrize("n", [0, 1, 25])
def test_id_is_content_derived(n):
    table = synthetic_events(n, seed=3)
    assert store.save(table) == store.save(table.copy()) == store.dataset_id(table)
    assert store.save(synthetic_events(n + 1, seed=4)) != store.dataset_id(table)
    assert len(store.load(store.dataset_id(table))) == n


@pytest.mark.parametrize(("ident", "valid"), [
    ("0123456789abcdef01234567", True),
    ("0123456789abcdef0123456", False),
    ("0123456789abcdef01234567'; DROP TABLE datasets;--", False),
    ("../../etc/passwd", False),
    ("", False),
])
def test_id_shape_is_checked(ident, valid):
    assert store.is_valid_id(ident) is valid


@pytest.mark.parametrize("ident", ["0123456789abcdef01234567", "nonsense"])
def test_unknown_or_malformed_id_loads_none(ident):
    assert store.exists(ident) is False
    assert store.load(ident) is None
    assert store.dataset_name(ident) == ""
    assert store.load_problems(ident).empty


def test_problems_are_kept_with_the_dataset(events):
    problems = pd.DataFrame([{"row": "3", "column": "text", "message": "E121: row 3: text is empty"},
                             {"row": "", "column": "published", "message": "E130: dates, commas"}])
    ident = store.save(events, "x", problems)
    assert store.load_problems(ident).to_dict("records") == problems.to_dict("records")


@pytest.mark.parametrize("store_backend", ["sqlite"], indirect=True)
def test_data_dir_comes_from_the_environment(data_dir, events):
    store.save(events)
    assert (data_dir / store.DB_NAME).exists()


def test_cache_remembers_a_key():
    assert store.cached("sample:abc") is None
    store.remember("sample:abc", "0123456789abcdef01234567")
    store.remember("sample:abc", "76543210fedcba9876543210")
    assert store.cached("sample:abc") == "76543210fedcba9876543210"


def test_datasets_are_listed_with_name_events_and_time(events):
    before = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
    first = store.save(events, "six")
    second = store.save(synthetic_events(40, seed=1), "forty")
    listed = store.datasets()
    assert {(d.id, d.name, d.events) for d in listed} == {(first, "six", 6), (second, "forty", 40)}
    assert all(before < d.created <= dt.datetime.now(dt.UTC) for d in listed)
    assert len(store.datasets(limit=1)) == 1


def test_saving_again_moves_a_dataset_to_the_top_of_the_list(events):
    """The same table stored again (uploaded again, under another name too) heads the recent list; its
    first name and its creation time stay."""
    first = store.save(events, "six")
    second = store.save(synthetic_events(40, seed=1), "forty")
    assert [d.id for d in store.datasets()] == [second, first]
    created = store.datasets()[1].created
    assert store.save(events, "six again") == first
    listed = store.datasets()
    assert [d.id for d in listed] == [first, second]
    assert (listed[0].name, listed[0].created) == ("six", created) and listed[0].saved > created
    assert store.prune(dt.timedelta(hours=1)) == []


def test_resume_state_is_kept_with_its_dataset_and_goes_with_it(events):
    ident = store.save(events, "many.csv (first 16 of 40 articles)")
    assert store.resume_info(ident) is None and store.load_resume(ident) is None
    state = {"name": "many.csv", "done": 16, "total": 40, "rows": [{"sentence": "Ça va « bien »"}]}
    store.save_resume(ident, state)
    assert store.resume_info(ident) == ResumeInfo("many.csv", 16, 40)
    assert store.load_resume(ident) == state
    store.save_resume(ident, {**state, "done": 32})  # cancelled again: replaced
    assert store.resume_info(ident).done == 32
    store.drop_resume(ident)
    assert store.resume_info(ident) is None
    store.save_resume(ident, state)
    assert store.delete(ident) and store.resume_info(ident) is None and store.load_resume(ident) is None


def test_delete_removes_the_dataset_and_its_cache_entry(events):
    ident = store.save(events, "six")
    store.remember("sample:x", ident)
    assert store.delete(ident) is True
    assert store.load(ident) is None and store.cached("sample:x") is None and store.datasets() == []
    assert store.delete(ident) is False


@pytest.mark.parametrize(("age", "kept"), [(dt.timedelta(days=90), 1), (dt.timedelta(0), 0)])
def test_prune_deletes_datasets_older_than_the_age(events, age, kept):
    ident = store.save(events, "six")
    pruned = store.prune(age)
    assert len(store.datasets()) == kept and pruned == ([] if kept else [ident])


def test_database_size_is_reported(events):
    store.save(events)
    assert store.size_bytes() > 0
