import pandas as pd
import pytest

from dashboard import store
from dashboard.synthetic import synthetic_events


def test_saved_dataset_loads_back_equal(events):
    ident = store.save(events, "six events")
    pd.testing.assert_frame_equal(store.load(ident), events)
    assert store.dataset_name(ident) == "six events"


@pytest.mark.parametrize("n", [1, 25])
def test_id_is_content_derived(n):
    table = synthetic_events(n, seed=3)
    assert store.save(table) == store.save(table.copy()) == store.dataset_id(table)
    assert store.save(synthetic_events(n, seed=4)) != store.dataset_id(table)


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
    assert store.load(ident) is None


def test_problems_are_kept_with_the_dataset(events):
    problems = pd.DataFrame([{"row": "3", "column": "text", "message": "E121: row 3: text is empty"}])
    ident = store.save(events, "x", problems)
    assert store.load_problems(ident).to_dict("records") == problems.to_dict("records")


def test_data_dir_comes_from_the_environment(data_dir, events):
    store.save(events)
    assert (data_dir / store.DB_NAME).exists()


def test_cache_remembers_a_key():
    assert store.cached("sample:abc") is None
    store.remember("sample:abc", "0123456789abcdef01234567")
    assert store.cached("sample:abc") == "0123456789abcdef01234567"
