"""Story linking speed on a large synthetic events table, beside a trivial exact-key grouping.

    python benchmarks/bench_linking.py [--rows 500000] [--seed 7]

Prints the seconds `extract.link_stories` takes (and rows/second, and its CPU seconds: the wall
time on a shared machine depends on the load), the process's memory before linking and its peak,
the seconds of an exact-key pandas grouping of the same rows (type, trigger, day, actors: what
de-duplicating without linking would cost) in the same run, the ratio, the load average, and how
well the stories recover the synthetic truth (pairwise precision and recall over rows of one occurrence).
"""

from __future__ import annotations

import argparse
import os
import time
from collections import Counter

import harness  # noqa: F401 - puts the repository root on sys.path
from synthetic_events import synthetic_events

from extract.linking import link_stories


def pairwise(truth: list[int], predicted: list[str]) -> tuple[float, float]:
    """Precision and recall of "same story" over row pairs, counted per cluster (no pair listing)."""

    def pairs(counts: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counts.values())

    both = pairs(Counter(zip(truth, predicted, strict=True)))
    predicted_pairs, true_pairs = pairs(Counter(predicted)), pairs(Counter(truth))
    return (both / predicted_pairs if predicted_pairs else 1.0, both / true_pairs if true_pairs else 1.0)


def memory_mib(field: str) -> float:
    """This process's VmRSS (now) or VmHWM (peak) from /proc, in MiB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=500_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    events, truth = synthetic_events(args.rows, args.seed)
    before = memory_mib("VmRSS")
    started, cpu = time.perf_counter(), time.process_time()
    ids = link_stories(events).tolist()
    linking, cpu = time.perf_counter() - started, time.process_time() - cpu
    started = time.perf_counter()
    keys = events[["event_type", "trigger", "date_start"]].assign(actors=events["actors"].map(tuple))
    keys.groupby(list(keys.columns), sort=False).ngroup()
    grouping = time.perf_counter() - started
    precision, recall = pairwise(truth, ids)
    print(
        f"rows {len(events):,}  articles {events['doc_id'].nunique():,}  "
        f"true occurrences {len(set(truth)):,}  "
        f"stories {len(set(ids)):,}"
    )
    print(f"link_stories      {linking:8.1f} s  ({len(events) / linking:,.0f} rows/s; {cpu:.1f} s CPU)")
    peak = memory_mib("VmHWM")
    print(f"memory: {before:,.0f} MiB with the events table before linking, peak {peak:,.0f} MiB")
    print(f"exact-key groupby {grouping:8.1f} s  (linking takes {linking / grouping:,.0f}x as long)")
    print(f"pairwise precision {precision:.4f}  recall {recall:.4f}")
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
