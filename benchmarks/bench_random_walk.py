"""Long randomized interaction run of the dashboard (not a test): many seeded walks over every sidebar
widget with AppTest, as tests/dashboard/test_random_walk.py does in a few hundred steps.

Prints walks, steps, failures (with their seed and steps) and seconds per step. The sample is the
synthetic demo table (no sample file, so no extraction); half the walks run on a stored dataset.

Run: .venv/bin/python benchmarks/bench_random_walk.py [--walks 400] [--steps 12] [--first-seed 1000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from streamlit.testing.v1 import AppTest  # noqa: E402

APP = ROOT / "dashboard" / "app.py"


def session(**query: str | list[str]) -> AppTest:
    test = AppTest.from_file(str(APP), default_timeout=300)
    test.query_params.update(query)
    return test.run()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--walks", type=int, default=400)
    parser.add_argument("--steps", type=int, default=12)
    parser.add_argument("--first-seed", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data:
        os.environ["DATELINE_DATA_DIR"] = data
        os.environ["DATELINE_SAMPLE"] = str(Path(data) / "no-sample.csv")
        from dashboard import store
        from dashboard.synthetic import synthetic_events
        from tests.dashboard.walk import walk

        stored = store.save(synthetic_events(2_000, seed=3), "Synthetic 2,000")
        failures, started = [], time.perf_counter()
        for number in range(args.walks):
            seed = args.first_seed + number
            try:
                walk(session(**({"ds": stored} if number % 2 else {})), seed, args.steps,
                     lambda params: session(**params))
            except AssertionError as error:
                failures.append(f"seed {seed}: {str(error)[:300]}")
        seconds = time.perf_counter() - started
    steps = args.walks * args.steps
    print(f"walks {args.walks}, steps {steps:,}, failures {len(failures)}, {seconds:.0f} s, "
          f"{seconds / steps:.2f} s per step (incl. one reopened session per walk)")
    for failure in failures:
        print(failure)


if __name__ == "__main__":
    main()
