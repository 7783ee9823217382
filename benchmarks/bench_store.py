"""Store speed on SQLite and PostgreSQL: save and open large datasets; many sessions at once.

    .venv/bin/python benchmarks/bench_store.py [--sizes 100000 500000] [--sessions 10]
        [--database-url postgresql://...]

Without --database-url a throwaway PostgreSQL cluster is started (as the tests do; default server
settings, fsync on) and removed afterwards. SQLite runs in a temporary data directory. Figures are
printed, never asserted; the load average is printed beside them (the machine may be shared).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import traceback
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard import store  # noqa: E402
from dashboard.filters import apply_filters, prepare  # noqa: E402
from dashboard.state import ViewState  # noqa: E402
from dashboard.synthetic import synthetic_events  # noqa: E402
from extract.evaluate.tables import format_table  # noqa: E402
from tests.postgres import TemporaryCluster  # noqa: E402

FILTERS = (ViewState(), ViewState(types=("AGREE", "ASSAULT")), ViewState(query="sanction"),
           ViewState(modes=("asserted",), anchors=("explicit",)), ViewState(lanes=30))


def timed(action) -> tuple[float, object]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def bench_sizes(label: str, sizes: list[int], repeat: int) -> list[tuple[str, str, str]]:
    """Save (a new dataset each time) and open, median of `repeat`, per size."""
    rows = []
    for n in sizes:
        saves, opens = [], []
        for r in range(repeat):
            table = synthetic_events(n, seed=1000 + r)
            seconds, ident = timed(lambda t=table, k=n: store.save(t, f"bench {k}"))
            saves.append(seconds)
            seconds, loaded = timed(lambda i=ident: store.load(i))
            assert loaded is not None and len(loaded) == n
            opens.append(seconds)
        rows.append((f"{label}: save {n:,} events", f"{statistics.median(saves):.2f} s", load_average()))
        rows.append((f"{label}: open {n:,} events", f"{statistics.median(opens):.2f} s", load_average()))
    return rows


def session(ids: list[str], rounds: int, seed: int) -> tuple[list[float], list[float], list[str]]:
    """One analyst: open a random dataset, change the filters three times; repeat."""
    rng, opens, filters, errors = random.Random(seed), [], [], []
    for _ in range(rounds):
        try:
            seconds, events = timed(lambda: store.load(rng.choice(ids)))
            seconds += timed(lambda e=events: prepare(e))[0]
            opens.append(seconds)
            prepared = prepare(events)
            for state in rng.sample(FILTERS, 3):
                filters.append(timed(lambda s=state, p=prepared: apply_filters(p, s))[0])
        except Exception:  # noqa: BLE001 - counted and printed, the benchmark goes on
            errors.append(traceback.format_exc(limit=2))
    return opens, filters, errors


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def bench_sessions(label: str, sessions: int, rounds: int, n: int) -> list[tuple[str, str, str]]:
    """`sessions` threads (as one app process serves its sessions) on 10 stored datasets of `n` events."""
    ids = [store.save(synthetic_events(n, seed=2000 + i), f"session {i}") for i in range(10)]
    with ThreadPoolExecutor(max_workers=sessions) as pool:
        results = list(pool.map(lambda s: session(ids, rounds, s), range(sessions)))
    opens = [t for r in results for t in r[0]]
    filters = [t for r in results for t in r[1]]
    errors = [e for r in results for e in r[2]]
    for error in errors[:3]:
        print(error, file=sys.stderr)
    head = f"{label}: {sessions} sessions, datasets of {n:,} events"
    return [(f"{head}: open (load + prepare) p50 / p95", f"{percentile(opens, .5):.2f} / "
             f"{percentile(opens, .95):.2f} s", load_average()),
            (f"{head}: filter change p50 / p95", f"{percentile(filters, .5) * 1000:.0f} / "
             f"{percentile(filters, .95) * 1000:.0f} ms", load_average()),
            (f"{head}: errors", f"{len(errors)} of {len(opens) + len(errors)} opens", load_average())]


def load_average() -> str:
    return "{:.1f} {:.1f} {:.1f}".format(*os.getloadavg())


def run_backend(label: str, args: argparse.Namespace) -> list[tuple[str, str, str]]:
    rows = bench_sizes(label, args.sizes, args.repeat)
    rows += bench_sessions(label, args.sessions, args.rounds, args.session_events)
    store.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 500_000])
    parser.add_argument("--repeat", type=int, default=3, help="saves and opens per size (median)")
    parser.add_argument("--sessions", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=10, help="datasets each session opens")
    parser.add_argument("--session-events", type=int, default=20_000)
    parser.add_argument("--database-url", default="", help="existing PostgreSQL (default: a throwaway one)")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as data:
        os.environ["DATELINE_DATA_DIR"] = data
        os.environ.pop(store.URL_VARIABLE, None)
        rows += run_backend("SQLite", args)
    cluster = None if args.database_url else TemporaryCluster()
    os.environ[store.URL_VARIABLE] = args.database_url or cluster.start()
    try:
        rows += run_backend("PostgreSQL", args)
    finally:
        if cluster:
            cluster.stop()
    print(format_table(["measure", "result", "load average (1/5/15 min)"], rows))


if __name__ == "__main__":
    main()
