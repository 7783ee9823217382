"""Seeded random walks over every sidebar widget of the app, checking the page after each step.

Used by tests/dashboard/test_random_walk.py (a few hundred steps on every CI run) and by
benchmarks/bench_random_walk.py (a long run). Values are drawn from what the page offers.
After every step: no exception, and the URL decodes to the view the widgets show; at the end of a
walk the URL opened in a fresh session shows the same view (state, heading, lanes).
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable

from dashboard.figures import ANCHOR_LABELS
from dashboard.limits import MAX_LANES
from dashboard.state import ORDERS
from dashboard.url_state import decode
from dashboard.view import state_from_widgets
from dashboard.window import WINDOWS

WORDS = ["", "the", "Russia", "talks", "sanction", "ü", "<b>", "%", "  ", "zzzz-none"]
ANCHOR_OF = {label: key for key, label in ANCHOR_LABELS.items()}


def _raw_options(widget, key: str) -> list[str]:
    if key == "w_actors":
        return [re.sub(r" \(\d+\)$", "", o) for o in widget.options]
    if key == "w_anchors":
        return [ANCHOR_OF.get(o, o) for o in widget.options]
    return list(widget.options)


def _subset(rng: random.Random, options: list[str], most: int = 3) -> list[str]:
    if not options or rng.random() < 0.3:
        return []
    return rng.sample(options, rng.randint(1, min(most, len(options))))


def _multi(key: str) -> Callable:
    def step(at, rng: random.Random) -> str:
        widget = at.multiselect(key=key)
        value = _subset(rng, _raw_options(widget, key))
        widget.set_value(value)
        return f"{key}={value}"
    return step


def _lanes(at, rng: random.Random) -> str:
    if at.slider(key="w_lanes").disabled:
        return "w_lanes (disabled)"
    value = rng.randint(1, MAX_LANES)
    at.slider(key="w_lanes").set_value(value)
    return f"w_lanes={value}"


def _order(at, rng: random.Random) -> str:
    value = rng.choice(ORDERS)
    at.selectbox(key="w_order").set_value(value)
    return f"w_order={value}"


def _group(at, rng: random.Random) -> str:
    widget = at.checkbox(key="w_group")
    widget.set_value(not widget.value)
    return f"w_group={widget.value}"


def _day(rng: random.Random) -> dt.date | None:
    return None if rng.random() < 0.3 else dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 730))


def _dates(at, rng: random.Random) -> str:
    start, end = _day(rng), _day(rng)
    if start and end and start > end and rng.random() < 0.8:
        start, end = end, start
    at.date_input(key="w_from").set_value(start)
    at.date_input(key="w_to").set_value(end)
    return f"dates={start}..{end}"


def _query(at, rng: random.Random) -> str:
    value = rng.choice(WORDS)
    at.text_input(key="w_query").input(value)
    return f"w_query={value!r}"


def _window(at, rng: random.Random) -> str:
    value = rng.choice([*WINDOWS, None])
    at.segmented_control(key="w_window").set_value(value)
    return f"w_window={value!r}"


def _full_table(at, rng: random.Random) -> str:
    at.toggle(key="w_full_table").set_value(not at.toggle(key="w_full_table").value)
    return "w_full_table toggled"


def _close_details(at, rng: random.Random) -> str:
    buttons = [b for b in at.button if b.label == "Close details"]
    if buttons:
        buttons[0].click()
        return "close details"
    return _query(at, rng)


STEPS: tuple[Callable, ...] = (
    _multi("w_actors"), _multi("w_actors"), _lanes, _order, _group, _multi("w_types"), _multi("w_modes"),
    _multi("w_anchors"), _multi("w_sources"), _multi("w_reported_by"), _dates, _query, _window,
    _close_details, _full_table,
)


def widget_state(at):
    """The view the widgets show (as the page computes it)."""
    return state_from_widgets(at.session_state, at.session_state["dataset"], at.session_state["event"])


def url_params(at) -> dict[str, list[str]]:
    return {k: v if isinstance(v, list) else [v] for k, v in at.query_params.items()}


def check_page(at, where: str) -> None:
    """No exception, and the URL is the view: decode(URL) == the widgets' state, with no notes."""
    assert not at.exception, f"{where}: {at.exception[0].message if at.exception else ''}"
    state, notes = decode(url_params(at))
    assert not notes, f"{where}: the page's own URL gives notes {notes}"
    shown = widget_state(at)
    assert state == shown, f"{where}: URL {url_params(at)} decodes to {state}, widgets show {shown}"


def view_of(at) -> tuple:
    """What the page shows: heading of the table and the event ids in it."""
    heading = next(h.value for h in at.subheader if h.value.startswith("Events ("))
    return heading, at.dataframe[0].value.astype(str).to_csv(index=False)


def walk(at, seed: int, steps: int, reopen: Callable) -> list[str]:
    """Apply `steps` random widget changes to `at`; check after each; reopen the final URL; the log."""
    rng = random.Random(seed)
    log: list[str] = []
    for number in range(steps):
        log.append(rng.choice(STEPS)(at, rng))
        at.run()
        check_page(at, f"seed {seed} step {number} after {log}")
    again = reopen(url_params(at))
    check_page(again, f"seed {seed} reopened")
    assert widget_state(again) == widget_state(at), f"seed {seed}: {log}"
    assert view_of(again) == view_of(at), f"seed {seed}: {log}"
    return log
