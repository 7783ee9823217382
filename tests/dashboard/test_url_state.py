import datetime as dt

import pytest

from dashboard.state import ViewState
from dashboard.url_state import decode, encode
from extract.schema import EVENT_TYPES

ALL_BUT_ASSAULT = tuple(t for t in EVENT_TYPES if t != "ASSAULT")
STATES = [
    ViewState(),
    ViewState(dataset="0123456789abcdef01234567"),
    ViewState(actors=("Russia", "A & B = C?", "Émile #1")),
    ViewState(types=("AGREE", "ASSAULT"), modes=("negated",), anchors=("event", "publication")),
    ViewState(sources=("Wire",), date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 12, 31)),
    ViewState(query="cease-fire & talks", order="first", group=True, lanes=30, event="syn-000001"),
    ViewState(order="name", lanes=1),
    ViewState(window="1y"),
    ViewState(window="all", event="e1"),
    ViewState(window="2025-01-01..2025-06-30"),
    ViewState(reported_by=("Shos Bedrosian", "Israel")),
    ViewState(reports=True, event="a1"),
    ViewState(window="2025-01-01T06:00..2025-01-01T18:30", full_table=True),
    ViewState(types=tuple(t for t in EVENT_TYPES if t != "ASSAULT")),  # "all but": notype=ASSAULT
    ViewState(types=tuple(t for t in EVENT_TYPES if t not in ("ASSAULT", "OTHER"))),
    ViewState(types=tuple(reversed([t for t in EVENT_TYPES if t != "ASSAULT"]))),  # not in schema order
    ViewState(types=EVENT_TYPES[:9]),  # half and one: the types shown are as short
]


@pytest.mark.parametrize("state", STATES)
def test_decode_of_encode_is_identity(state):
    decoded, notes = decode(encode(state))
    assert (decoded, notes) == (state, [])


@pytest.mark.parametrize(("state", "expected"), [
    (ViewState(), {}),
    (ViewState(actors=("Russia", "China")), {"actor": ["Russia", "China"]}),
    (ViewState(group=True, date_from=dt.date(2024, 2, 29)), {"group": "1", "from": "2024-02-29"}),
    (ViewState(reports=True), {"reports": "1"}),
    (ViewState(types=tuple(t for t in EVENT_TYPES if t != "ASSAULT")), {"notype": ["ASSAULT"]}),
    (ViewState(types=("AGREE", "ASSAULT")), {"type": ["AGREE", "ASSAULT"]}),
    (ViewState(full_table=True), {"fulltable": "1"}),
])
def test_encode_writes_only_what_differs_from_default(state, expected):
    assert encode(state) == expected


@pytest.mark.parametrize(("params", "expected", "codes"), [
    ({"ds": "not-an-id"}, ViewState(), ["D301"]),
    ({"ds": "0123456789ABCDEF01234567"}, ViewState(), ["D301"]),
    ({"type": ["AGREE", "DANCE"]}, ViewState(types=("AGREE",)), ["D303"]),
    ({"mode": "sarcastic"}, ViewState(), ["D303"]),
    ({"anchor": ["explicit", "guess"]}, ViewState(anchors=("explicit",)), ["D303"]),
    ({"lanes": "0"}, ViewState(), ["D303"]),
    ({"lanes": "many"}, ViewState(), ["D303"]),
    ({"from": "2024-02-30"}, ViewState(), ["D303"]),
    ({"from": "1700-01-01", "to": "2023-01-01"}, ViewState(date_to=dt.date(2023, 1, 1)), ["D303"]),
    ({"to": "9999-12-31"}, ViewState(), ["D303"]),
    ({"from": "2024-05-01", "to": "2024-01-01"}, ViewState(), ["D303"]),
    ({"order": "random"}, ViewState(), ["D303"]),
    ({"group": "maybe"}, ViewState(), ["D303"]),
    ({"reports": "all"}, ViewState(), ["D303"]),
    ({"utm_source": "mail", "q": "talks"}, ViewState(query="talks"), ["D305"]),
    ({"lanes": ["5", "7"]}, ViewState(lanes=7), ["D306"]),
    ({"ds": ["0123456789abcdef01234567", "fedcba9876543210fedcba98"]},
     ViewState(dataset="fedcba9876543210fedcba98"), ["D306"]),
    ({"lanes": ["7", "7"]}, ViewState(lanes=7), []),
    ({"window": "2y"}, ViewState(), ["D303"]),
    ({"window": "2025-06-30..2025-01-01"}, ViewState(), ["D303"]),
    ({"notype": ["ASSAULT", "DANCE"]}, ViewState(types=ALL_BUT_ASSAULT), ["D303"]),
    ({"notype": "ASSAULT", "type": "AGREE"}, ViewState(types=("AGREE",)), ["D303"]),  # 'type' wins
    ({"notype": "DANCE"}, ViewState(), ["D303"]),
    ({"fulltable": "yes"}, ViewState(), ["D303"]),
])
def test_malformed_values_fall_back_with_a_coded_message(params, expected, codes):
    state, notes = decode(params)
    assert state == expected
    assert [note.split(":")[0] for note in notes] == codes
