"""ViewState <-> URL query parameters. `decode(encode(state)) == state` for every valid state.

Only values that differ from the default are written, so a plain URL opens the default view. Lists
are repeated keys (`?actor=Russia&actor=China`). Event types are written the shorter way: the types
shown (`type=AGREE`) or, when most are shown, the ones left out (`notype=ASSAULT`: "all but").
Malformed values are replaced by the default and reported with a coded message, never an exception.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import fields

from dashboard.limits import EARLIEST_DATE, LATEST_DATE, MAX_LANES
from dashboard.messages import message
from dashboard.state import ORDERS, ViewState
from dashboard.store import is_valid_id
from dashboard.window import parse_window
from extract.schema import EVENT_TYPES, MODES
from extract.temporal.timex import ANCHORS

# field name -> URL key
KEYS = {"dataset": "ds", "actors": "actor", "lanes": "lanes", "types": "type", "modes": "mode",
        "anchors": "anchor", "sources": "source", "date_from": "from", "date_to": "to", "query": "q",
        "order": "order", "group": "group", "event": "event",
        "reported_by": "said", "window": "window", "reports": "reports",
        "full_table": "fulltable"}
CHOICES = {"types": EVENT_TYPES, "modes": MODES, "anchors": ANCHORS}
DEFAULT = ViewState()
ALL_BUT = "notype"  # the event types left out ("all but"), when that is shorter than the types shown

Params = Mapping[str, str | list[str]]


def encode(state: ViewState) -> dict[str, str | list[str]]:
    """Query parameters for `state` (defaults omitted)."""
    out: dict[str, str | list[str]] = {}
    for f in fields(ViewState):
        value = getattr(state, f.name)
        if value == getattr(DEFAULT, f.name):
            continue
        if f.name == "types" and _all_but(value):
            out[ALL_BUT] = _all_but(value)
        elif isinstance(value, tuple):
            out[KEYS[f.name]] = list(value)
        elif isinstance(value, bool):
            out[KEYS[f.name]] = "1" if value else "0"
        elif isinstance(value, dt.date):
            out[KEYS[f.name]] = value.isoformat()
        else:
            out[KEYS[f.name]] = str(value)
    return out


def _all_but(types: tuple[str, ...]) -> list[str]:
    """The types left out, when writing them is shorter and reads back the same (schema order)."""
    left_out = [t for t in EVENT_TYPES if t not in types]
    in_order = types == tuple(t for t in EVENT_TYPES if t in types)
    return left_out if in_order and left_out and len(left_out) < len(types) else []


def _values(raw: str | list[str]) -> list[str]:
    return [raw] if isinstance(raw, str) else [str(v) for v in raw]


def _parse_lanes(text: str) -> int:
    number = int(text)
    if not 1 <= number <= MAX_LANES:
        raise ValueError(f"expected a whole number from 1 to {MAX_LANES}")
    return number


def _parse_group(text: str) -> bool:
    if text.lower() not in {"1", "0", "true", "false"}:
        raise ValueError("expected 1 or 0")
    return text.lower() in {"1", "true"}


def _parse_order(text: str) -> str:
    if text not in ORDERS:
        raise ValueError("expected one of " + ", ".join(ORDERS))
    return text


def _parse_date(text: str) -> dt.date:
    day = dt.date.fromisoformat(text)
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise ValueError(f"expected a date from {EARLIEST_DATE} to {LATEST_DATE}")
    return day


def _parse_dataset(text: str) -> str:
    if not is_valid_id(text):
        raise LookupError(text)
    return text


SCALARS: dict[str, Callable[[str], object]] = {
    "dataset": _parse_dataset, "lanes": _parse_lanes, "date_from": _parse_date, "date_to": _parse_date,
    "query": str, "order": _parse_order, "group": _parse_group, "event": str, "window": parse_window,
    "reports": _parse_group, "full_table": _parse_group,
}


def _decode_list(name: str, values: list[str], notes: list[str]) -> tuple[str, ...]:
    allowed = CHOICES.get(name)
    bad = [v for v in values if allowed is not None and v not in allowed]
    if bad:
        reason = "expected one of " + ", ".join(allowed or ())
        notes.append(message("D303", key=KEYS[name], value=", ".join(bad), reason=reason))
    return tuple(dict.fromkeys(v for v in values if v not in bad and v))


def _decode_scalar(name: str, raw: str, notes: list[str]) -> object:
    try:
        return SCALARS[name](raw)
    except LookupError:
        notes.append(message("D301", value=raw[:40]))
    except ValueError as error:
        notes.append(message("D303", key=KEYS[name], value=raw[:40], reason=str(error) or "malformed"))
    return getattr(DEFAULT, name)


def decode(params: Params) -> tuple[ViewState, list[str]]:
    """The view state a link describes, and coded messages about every value that was not usable."""
    notes: list[str] = []
    names = {key: name for name, key in KEYS.items()}
    values: dict[str, object] = {}
    for key, raw in params.items():
        name = names.get(key)
        if key == ALL_BUT and "type" in params:
            given = ", ".join(_values(raw))[:40]
            notes.append(message("D303", key=key, value=given, reason="'type' given too"))
        elif key == ALL_BUT:
            left_out = _decode_list("types", _values(raw), notes)
            values["types"] = tuple(t for t in EVENT_TYPES if t not in left_out) if left_out else ()
        elif name is None:
            notes.append(message("D305", key=key[:40]))
        elif isinstance(getattr(DEFAULT, name), tuple):
            values[name] = _decode_list(name, _values(raw), notes)
        else:
            given = _values(raw)
            if len(set(given)) > 1:
                notes.append(message("D306", key=key, count=len(given), value=given[-1][:40]))
            values[name] = _decode_scalar(name, given[-1], notes)
    state = ViewState(**values)  # type: ignore[arg-type]
    if state.date_from and state.date_to and state.date_from > state.date_to:
        notes.append(message("D303", key="from", value=state.date_from.isoformat(), reason="after 'to'"))
        state = ViewState(**{**values, "date_from": None, "date_to": None})  # type: ignore[arg-type]
    return state, notes
