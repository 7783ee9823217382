"""Dashboard benchmark (not a test): prints a table of timings.

1. Time to first timeline on the bundled sample: cold (empty data directory: spaCy model load +
   extraction + store + figure) and warm (the sample's events cached in the store).
2. Re-render after a filter change with 100,000 synthetic events: filter + lanes + figure build + JSON
   serialisation (what Streamlit sends to the browser), for several filter states.

Run: .venv/bin/python benchmarks/bench_dashboard.py [--events 100000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard import store  # noqa: E402
from dashboard.figures import build_timeline  # noqa: E402
from dashboard.filters import Prepared, apply_filters, prepare  # noqa: E402
from dashboard.lanes import choose_lanes  # noqa: E402
from dashboard.sample import sample_dataset, sample_path  # noqa: E402
from dashboard.state import ViewState  # noqa: E402
from dashboard.synthetic import synthetic_events  # noqa: E402

FILTER_CHANGES = {
    "no filter (12 busiest lanes)": ViewState(),
    "2 event types": ViewState(types=("AGREE", "ASSAULT")),
    "3 actors": ViewState(actors=("Russia", "China", "Emmanuel Macron")),
    "search 'sanctioned'": ViewState(query="sanctioned"),
    "one year, 30 lanes": ViewState(date_from=dt.date(2023, 1, 1), date_to=dt.date(2023, 12, 31), lanes=30),
    "type+mode+anchor+source": ViewState(types=("SANCTION",), modes=("asserted",), anchors=("explicit",),
                                         sources=("Daily Ledger",)),
}


def render(prepared: Prepared, state: ViewState) -> tuple[int, bool, int]:
    """One re-render as the app does it; returns (points drawn, aggregated?, JSON bytes)."""
    filtered = apply_filters(prepared, state)
    fig, info = build_timeline(filtered, choose_lanes(filtered, state), state.group)
    return info.points, info.aggregated, len(fig.to_json())


def first_timeline() -> float:
    """Seconds from nothing to a serialised sample timeline, with whatever the store holds."""
    started = time.perf_counter()
    ident, _ = sample_dataset()
    render(prepare(store.load(ident)), ViewState())
    return time.perf_counter() - started


def bench_sample() -> list[tuple[str, str]]:
    with tempfile.TemporaryDirectory() as data:
        os.environ["DATELINE_DATA_DIR"] = data
        cold = first_timeline()
        warm = [first_timeline() for _ in range(3)]
    return [(f"first timeline, sample {sample_path().name}, cold (model load + extraction)", f"{cold:.2f} s"),
            ("first timeline, sample, warm cache (median of 3)", f"{statistics.median(warm):.2f} s")]


def bench_synthetic(n: int, repeat: int) -> list[tuple[str, str]]:
    table = synthetic_events(n)
    started = time.perf_counter()
    prepared = prepare(table)
    rows = [(f"prepare {n:,} events (once per dataset)", f"{time.perf_counter() - started:.2f} s")]
    render(prepared, ViewState())  # warm-up: plotly's validators load on first use
    for label, state in FILTER_CHANGES.items():
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            points, aggregated, size = render(prepared, state)
            times.append(time.perf_counter() - started)
        kind = "monthly aggregates" if aggregated else "each event"
        rows.append((f"re-render {n:,}: {label} -> {points:,} points, {kind}, JSON {size / 1e6:.1f} MB",
                     f"{statistics.median(times):.2f} s"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rows = bench_sample() + bench_synthetic(args.events, args.repeat)
    width = max(len(label) for label, _ in rows)
    print(f"{'measure'.ljust(width)}  time (median)")
    for label, value in rows:
        print(f"{label.ljust(width)}  {value:>8}")


if __name__ == "__main__":
    main()
