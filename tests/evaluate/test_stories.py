"""Reading benchmark stories from JSON Lines."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.evaluate.stories import read_stories

GOOD = '{"id": "1", "title": "T", "url": "u", "published": "2025-03-14 20:30:26Z", "text": "a b c"}'


@pytest.mark.parametrize(
    ("lines", "ids", "codes"),
    [
        ([GOOD], ["1"], []),
        ([GOOD, "", GOOD.replace('"1"', '"2"')], ["1", "2"], []),
        (["{not json", GOOD], ["1"], ["EV013"]),
        (["[1, 2]"], [], ["EV013"]),
        (['{"id": "3"}'], [], ["EV014"]),
        (['{"id": 4, "text": "x", "published": "soon"}'], ["4"], ["EV015"]),  # kept, undated
        (['{"id": 5, "text": "x"}'], ["5"], ["EV015"]),
    ],
)
def test_read_stories(write_file, lines, ids, codes):
    stories, problems = read_stories(write_file("s.jsonl", "\n".join(lines) + "\n"))
    assert [s.id for s in stories] == ids
    assert [p[:5] for p in problems] == codes


def test_fields_and_words(write_file):
    (story,), _ = read_stories(write_file("s.jsonl", GOOD + "\n"))
    assert (story.published, story.published_raw, story.words) == (
        dt.date(2025, 3, 14), "2025-03-14 20:30:26Z", 3
    )


def test_problem_names_line_and_column(write_file):
    path = write_file("s.jsonl", GOOD + '\n{"id": 1,, }\n')
    _, problems = read_stories(path)
    assert problems == [f"EV013: {path}, line 2: not valid JSON: Expecting property name enclosed in "
                        "double quotes at column 10"]
