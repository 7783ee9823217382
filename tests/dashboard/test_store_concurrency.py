"""Nothing lost: concurrent sessions never fail nor see half a dataset; a killed save leaves nothing.

Real processes (as several app processes would be) and real threads (as one app's sessions are),
on both backends.
"""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from pathlib import Path

import pandas as pd
import psycopg
import pytest

from dashboard import store
from dashboard.codec import normalise_events
from dashboard.synthetic import synthetic_events

ROOT = Path(__file__).resolve().parents[2]
WORKER = "tests.dashboard.store_worker"


def _worker(*args: object) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", WORKER, *map(str, args)], cwd=ROOT, env=os.environ.copy(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.parametrize("store_backend", ["sqlite", "postgresql"], indirect=True)
def test_concurrent_processes_save_and_open_without_errors(store_backend):
    store.backend()  # migrate first, as the app's first process would
    workers, rounds, n = 4, 3, 800
    running = [_worker("mix", w, workers, rounds, n) for w in range(workers)]
    results = []
    for process in running:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    assert [r["errors"] for r in results] == [[]] * workers
    assert sum(r["partial"] for r in results) == 0
    assert len(store.datasets()) == workers * rounds
    assert sum(r["whole"] for r in results) >= workers * rounds  # each saw at least its own


@pytest.mark.parametrize("store_backend", ["sqlite", "postgresql"], indirect=True)
def test_concurrent_threads_save_and_open_without_errors(store_backend):
    tables = [normalise_events(synthetic_events(800 + i, seed=100 + i)) for i in range(12)]
    ids = [store.dataset_id(t) for t in tables]

    def session(i: int) -> list[str]:
        problems = []
        store.save(tables[i], f"thread {i}")
        for ident, table in zip(ids, tables, strict=True):
            loaded = store.load(ident)
            if loaded is not None and not loaded.equals(table):
                problems.append(f"{ident}: {len(loaded)} rows, not the {len(table)} saved")
        return problems

    with ThreadPoolExecutor(max_workers=8) as pool:
        found = list(pool.map(session, range(len(tables))))
    assert found == [[]] * len(tables)
    assert all(store.load(i).equals(t) for i, t in zip(ids, tables, strict=True))


def _copy_running(conn: psycopg.Connection) -> bool:
    rows = conn.execute("SELECT query FROM pg_stat_activity WHERE state = 'active' "
                        "AND pid <> pg_backend_pid()").fetchall()
    return any(query.startswith("COPY staging_events") for (query,) in rows)


def _wal_growing(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and wal.stat().st_size > 64 * 1024


def _kill_mid_save(store_backend: str, n: int) -> str:
    """Start a worker saving `n` events, SIGKILL it while it writes; the id it was saving."""
    process = _worker("save", n, 7)
    ident = process.stdout.readline().split()[1]
    watch = psycopg.connect(store.database_url(), autocommit=True) if store_backend == "postgresql" else None
    sqlite_file = store.data_dir() / store.DB_NAME
    written = (lambda: _copy_running(watch)) if watch else (lambda: _wal_growing(sqlite_file))
    deadline = time.monotonic() + 120
    while not written() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.002)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=60)
    if watch:
        watch.close()
    return ident


@pytest.mark.parametrize("store_backend", ["sqlite", "postgresql"], indirect=True)
def test_a_save_killed_midway_leaves_nothing_or_everything(store_backend):
    store.backend()
    n = 60_000
    ident = _kill_mid_save(store_backend, n)
    store.close()  # what a restarted app sees
    loaded = store.load(ident)
    if store_backend == "postgresql":  # killed during the COPY, checked above: nothing may remain
        assert loaded is None and store.datasets() == []
        with psycopg.connect(store.database_url()) as conn:
            assert conn.execute("SELECT count(*) FROM events").fetchone() == (0,)
    else:  # SQLite: killed while its write-ahead log grew; the commit is one frame, all or nothing
        assert loaded is None or len(loaded) == n
        with closing(sqlite3.connect(store.data_dir() / store.DB_NAME)) as db:
            assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    table = synthetic_events(n, seed=7)
    assert store.save(table) == ident
    pd.testing.assert_frame_equal(store.load(ident), normalise_events(table))
