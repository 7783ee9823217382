"""Story linking on small hand-built tables: what must share a story and what must stay apart."""

import pytest

from extract.linking import LinkingStopped, link_stories
from tests.linking.events import event, table

MEETING_A = event(
    "a1",
    "reuters",
    "met",
    "CONSULT",
    ["Antony Blinken"],
    "2025-01-15",
    "Antony Blinken met Wang Yi in Beijing on Wednesday to discuss trade.",
    ["Wang Yi"],
    location="Beijing",
)
MEETING_B = event(
    "b1",
    "ap",
    "meeting",
    "CONSULT",
    ["Antony Blinken"],
    "2025-01-15",
    "The meeting between Antony Blinken and Wang Yi in Beijing covered trade.",
    ["Wang Yi"],
    location="Beijing",
)

NO_DATE = {"date_start": "", "date_end": "", "granularity": "", "time_anchor": "unresolved"}
UNDATED_A, UNDATED_B = ({**row, **NO_DATE} for row in (MEETING_A, MEETING_B))


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # two outlets, one meeting: one story named after the smaller event_id
        ((MEETING_A, MEETING_B), ["a1", "a1"]),
        # two rounds of talks a week apart: same people, same words, different weeks
        ((MEETING_A, {**MEETING_B, "date_start": "2025-01-22", "date_end": "2025-01-22"}), ["a1", "b1"]),
        # two arrests of different people on the same day
        (
            (
                event(
                    "a1",
                    "d1",
                    "arrested",
                    "COERCE",
                    ["Police"],
                    "2025-03-02",
                    "Police arrested Ali Khan in Lahore.",
                    ["Ali Khan"],
                    location="Lahore",
                ),
                event(
                    "b1",
                    "d2",
                    "arrested",
                    "COERCE",
                    ["Police"],
                    "2025-03-02",
                    "Police arrested Omar Said in Cairo.",
                    ["Omar Said"],
                    location="Cairo",
                ),
            ),
            ["a1", "b1"],
        ),
        # publication-anchored rows of articles a day apart ("today") may be one event
        (
            (
                event(
                    "a1",
                    "d1",
                    "signed",
                    "AGREE",
                    ["Ukraine", "United States"],
                    "2025-04-30",
                    "Ukraine and the United States signed a minerals deal today.",
                    anchor="publication",
                ),
                event(
                    "b1",
                    "d2",
                    "signed",
                    "AGREE",
                    ["Ukraine", "United States"],
                    "2025-05-01",
                    "Ukraine and the United States signed the minerals deal.",
                    anchor="publication",
                ),
            ),
            ["a1", "a1"],
        ),
        # explicitly dated two days apart: two events, however alike
        (
            (
                event("a1", "d1", "signed", "AGREE", ["Ukraine"], "2025-04-29", "Ukraine signed a deal."),
                event("b1", "d2", "signed", "AGREE", ["Ukraine"], "2025-05-01", "Ukraine signed a deal."),
            ),
            ["a1", "b1"],
        ),
        # a day apart ("yesterday" in one outlet, a dateline in another) with the rest alike: one event
        (
            (
                event("a1", "d1", "signed", "AGREE", ["Ukraine"], "2025-04-30", "Ukraine signed a deal."),
                event("b1", "d2", "signed", "AGREE", ["Ukraine"], "2025-05-01", "Ukraine signed a deal."),
            ),
            ["a1", "a1"],
        ),
        # dates taken over from an earlier sentence (anchor previous-date) a week apart do not keep
        # two otherwise alike reports apart: an inherited date is a guess
        (
            (
                event("a1", "d1", "signed", "AGREE", ["Ukraine"], "2025-04-22", "Ukraine signed a deal.",
                      anchor="previous-date"),
                event("b1", "d2", "signed", "AGREE", ["Ukraine"], "2025-04-29", "Ukraine signed a deal.",
                      anchor="previous-date"),
            ),
            ["a1", "a1"],
        ),
        # different trigger words: undated, alike articles are not enough ...
        ((UNDATED_A, {**UNDATED_B, "trigger": "hosted"}), ["a1", "b1"]),
        # ... the same day, people and place are
        ((MEETING_A, {**MEETING_B, "trigger": "hosted"}), ["a1", "a1"]),
        # different event types with different triggers never link
        ((MEETING_A, {**MEETING_B, "trigger": "accused", "event_type": "ACCUSE"}), ["a1", "b1"]),
        # one trigger word that the two contexts typed differently may be one event
        ((MEETING_A, {**MEETING_B, "event_type": "COOPERATE"}), ["a1", "a1"]),
        # two rows of one sentence are two events
        ((MEETING_A, {**MEETING_A, "event_id": "a2"}), ["a1", "a2"]),
    ],
)
def test_link_stories_decisions(rows, expected):
    assert link_stories(table(*rows)).tolist() == expected


@pytest.mark.parametrize("order", [[0, 1, 2], [2, 1, 0], [1, 2, 0]])
def test_link_stories_ids_do_not_depend_on_row_order(order):
    third = {**MEETING_B, "event_id": "c1", "doc_id": "bbc"}
    rows = [MEETING_A, MEETING_B, third]
    ids = link_stories(table(*[rows[k] for k in order])).tolist()
    assert ids == ["a1", "a1", "a1"]


@pytest.mark.parametrize("days", [("2025-01-01", "2025-01-02", "2025-01-03")])
def test_link_stories_chain_cannot_join_disjoint_times(days):
    # three publication-anchored reports a day apart each: neighbours overlap, the ends do not
    rows = [
        event(
            f"e{k}",
            f"d{k}",
            "met",
            "CONSULT",
            ["Antony Blinken"],
            day,
            "Antony Blinken met Wang Yi in Beijing.",
            ["Wang Yi"],
            anchor="publication",
        )
        for k, day in enumerate(days)
    ]
    ids = link_stories(table(*rows)).tolist()
    assert ids[0] != ids[2]


@pytest.mark.parametrize("rows", [()])
def test_link_stories_empty_table(rows):
    assert link_stories(table(*rows)).tolist() == []


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # two statements of one speaker in one article, same day: two statements
        (("a1", "United States", "said", "STATEMENT", "The United States said it would lift its pause.", 0),
         ("a2", "United States", "said", "STATEMENT", "The United States said envoys would travel.", 90),
         ["a1", "a2"]),
        # the lead and a later recap of one agreement in one article: one event
        (("a1", "Israel", "agreed", "AGREE", "Israel and Hamas agreed to a ceasefire in Doha.", 0),
         ("a2", "Israel", "agreed", "AGREE", "Israel and Hamas agreed to the ceasefire in Doha.", 200),
         ["a1", "a1"]),
    ],
)
def test_link_stories_rows_of_one_article(first, second, expected):
    rows = [event(eid, "d1", trigger, kind, [actor, "Hamas"] if kind == "AGREE" else [actor], "2025-03-11",
                  sentence, sentence_start=start)
            for eid, actor, trigger, kind, sentence, start in (first, second)]
    assert link_stories(table(*rows)).tolist() == expected


def test_link_stories_asked_to_stop_goes_on_to_the_same_stories_when_told_no():
    asked: list[int] = []
    ids = link_stories(table(MEETING_A, MEETING_B), stop=lambda: asked.append(1) is None and False)
    assert ids.tolist() == link_stories(table(MEETING_A, MEETING_B)).tolist() == ["a1", "a1"]
    assert len(asked) == 5  # each of the four walks over the pairs, and the groups


@pytest.mark.parametrize("stop_at", [1, 2, 3, 4, 5])
def test_link_stories_stops_where_it_is_asked_to(stop_at):
    asked: list[int] = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) == stop_at

    with pytest.raises(LinkingStopped):
        link_stories(table(MEETING_A, MEETING_B), stop=stop)
    assert len(asked) == stop_at  # stopped at once, not at the end of the linking
