"""A separate process using the store, for the concurrency and killed-save tests.

`python -m tests.dashboard.store_worker save N SEED` prints "saving ID", saves N synthetic events,
prints "saved ID". `... mix WORKER WORKERS ROUNDS N` saves this worker's datasets while opening
everyone's, and prints one JSON line: errors, half-written tables seen, complete tables seen.
The backend comes from the environment, as in the app.
"""

from __future__ import annotations

import json
import sys
import traceback

from dashboard import store
from dashboard.codec import normalise_events
from dashboard.synthetic import synthetic_events


def save(n: int, seed: int) -> None:
    events = synthetic_events(n, seed=seed)
    print("saving", store.dataset_id(events), flush=True)
    print("saved", store.save(events, f"{n} events, seed {seed}"), flush=True)


def mix(worker: int, workers: int, rounds: int, n: int) -> dict:
    """Save `rounds` datasets; after each, open every worker's datasets (absent or whole, never part)."""
    tables = {}
    for seed in range(workers * rounds):
        events = normalise_events(synthetic_events(n + seed, seed=seed))
        tables[store.dataset_id(events)] = events
    found = {"errors": [], "partial": 0, "whole": 0}
    for r in range(rounds):
        try:
            store.save(synthetic_events(n + worker * rounds + r, seed=worker * rounds + r), f"w{worker}")
            for ident, expected in tables.items():
                loaded = store.load(ident)
                if loaded is None:
                    continue
                whole = loaded.equals(expected) and store.load_problems(ident).empty
                found["whole" if whole else "partial"] += 1
        except Exception:  # noqa: BLE001 - every error is reported to the test, which fails on it
            found["errors"].append(traceback.format_exc(limit=3))
    return found


if __name__ == "__main__":
    command, *numbers = sys.argv[1:]
    values = [int(v) for v in numbers]
    if command == "save":
        save(*values)
    else:
        print(json.dumps(mix(*values)), flush=True)
    store.close()
