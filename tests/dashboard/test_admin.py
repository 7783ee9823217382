"""`python -m dashboard.admin` and the sidebar's recent datasets, on both backends."""

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard import admin, store
from dashboard.recent import ago, recent_label
from dashboard.store.backend import DatasetInfo
from dashboard.synthetic import synthetic_events

ROOT = Path(__file__).resolve().parents[2]


def _admin(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dashboard.admin", *args], cwd=ROOT, env=os.environ.copy(),
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("store_backend", ["sqlite", "postgresql"], indirect=True)
def test_admin_lists_deletes_and_prunes(store_backend, events):
    kept = store.save(events, "six events")
    gone = store.save(synthetic_events(30, seed=2), "thirty")
    listed = _admin("list")
    assert listed.returncode == 0, listed.stderr
    assert f"{kept}          6" in listed.stdout and "thirty" in listed.stdout
    assert "2 datasets" in listed.stdout and "database: " in listed.stdout
    assert ("PostgreSQL" if store_backend == "postgresql" else "SQLite") in listed.stdout
    deleted = _admin("delete", gone, "0123456789abcdef01234567")
    assert deleted.returncode == 1 and f"deleted {gone}" in deleted.stdout and "D404" in deleted.stderr
    assert _admin("prune", "--older-than", "90d").stdout.startswith("deleted 0 datasets")
    assert [d.id for d in store.datasets()] == [kept]
    assert _admin("prune", "--older-than", "0h").stdout.splitlines()[1] == kept
    assert store.datasets() == []


@pytest.mark.parametrize(("text", "expected"), [
    ("90d", dt.timedelta(days=90)), ("2w", dt.timedelta(weeks=2)), ("12h", dt.timedelta(hours=12)),
    (" 1d ", dt.timedelta(days=1)), ("90", None), ("d90", None), ("-3d", None), ("3 months", None),
])
def test_prune_age_is_parsed(text, expected):
    if expected is None:
        with pytest.raises(admin.argparse.ArgumentTypeError, match="D405"):
            admin.parse_age(text)
    else:
        assert admin.parse_age(text) == expected


@pytest.mark.parametrize(("size", "text"), [(900, "900 B"), (2048, "2.0 KiB"), (5 * 1024**3, "5.0 GiB")])
def test_sizes_are_readable(size, text):
    assert admin.human_size(size) == text


NOW = dt.datetime(2025, 6, 1, 12, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("minutes", "text"), [
    (0, "just now"), (5, "5 min ago"), (180, "3 h ago"), (60 * 24 * 12, "12 d ago"),
    (60 * 24 * 90, "2025-03-03"),
])
def test_ago(minutes, text):
    assert ago(NOW - dt.timedelta(minutes=minutes), NOW) == text


@pytest.mark.parametrize(("name", "label"), [
    ("Sample corpus", "Sample corpus · 1,234 events · 3 h ago"),
    ("", "Dataset 01234567 · 1,234 events · 3 h ago"),
])
def test_recent_label(name, label):
    saved = NOW - dt.timedelta(hours=3)  # stored first nine days ago, again three hours ago
    info = DatasetInfo("0123456789abcdef01234567", name, 1234, NOW - dt.timedelta(days=9), saved)
    assert recent_label(info, NOW) == label
