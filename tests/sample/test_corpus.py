"""The bundled sample corpus: shape, ids, dates, lengths, and calendar-consistent weekday phrases."""

from __future__ import annotations

import csv
import datetime as dt
import re

import pandas as pd
import pytest

from tests.sample.conftest import SAMPLE_DIR

IDS = [f"s{n:02d}" for n in range(1, 37)]
HEADER = ["id", "title", "published", "source", "url", "text"]
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DAY_NAMES = "|".join(WEEKDAYS)
WEEKDAY = re.compile(rf"\b({DAY_NAMES})\b")
WEEKDAY_WITH_DATE = re.compile(rf"\b({DAY_NAMES}), (\d{{1,2}}) ([A-Z][a-z]+)")
# A sentence ends at . ! ? (optionally closing a quote) before a capitalised word or the end;
# "7 a.m. on Friday" is therefore not split.
SENTENCE_END = re.compile(r"[.!?][\"\u201d]?(?=\s+[\"\u201c]?[A-Z]|\s*$)")

# Every weekday mention in the corpus, resolved by hand against the publication date and checked
# against the real calendar. Matching is case-sensitive; a phrase stands for all its occurrences in
# that article. "SET" marks a recurring weekday ("every Saturday"), which names no single date.
WEEKDAY_DATES = [
    ("s01", "on Monday", "2023-07-17"),
    ("s02", "said on Friday", "2023-07-21"),
    ("s02", "On Wednesday", "2023-07-19"),
    ("s03", "in Jeddah on Sunday", "2023-08-06"),
    ("s04", "on Thursday", "2023-08-24"),
    ("s04", "on Wednesday", "2023-08-23"),
    ("s05", "on Saturday evening", "2023-10-07"),
    ("s05", "on Sunday", "2023-10-08"),
    ("s06", "on Saturday", "2023-10-21"),
    ("s06", "On Friday", "2023-10-20"),
    ("s06", "on Wednesday", "2023-10-18"),
    ("s07", "on Tuesday", "2023-11-07"),
    ("s08", "on Saturday", "2023-11-11"),
    ("s10", "on Friday", "2023-11-24"),
    ("s10", "on Wednesday", "2023-11-22"),
    ("s10", "every Saturday", "SET"),
    ("s11", "on Friday morning", "2023-12-01"),
    ("s11", "on Thursday", "2023-11-30"),
    ("s12", "on Thursday", "2023-12-14"),
    ("s13", "on Monday", "2023-12-18"),
    ("s13", "on Saturday", "2023-12-16"),
    ("s13", "on Friday", "2023-12-15"),
    ("s14", "on Sunday", "2024-01-14"),
    ("s15", "on Friday", "2024-01-26"),
    ("s15", "On Friday, too", "2024-01-26"),
    ("s15", "on Sunday", "2024-01-28"),
    ("s16", "on Sunday", "2024-06-16"),
    ("s16", "On Friday", "2024-06-14"),
    ("s16", "on Saturday", "2024-06-15"),
    ("s17", "on Wednesday", "2024-08-14"),
    ("s18", "on Wednesday", "2024-11-27"),
    ("s18", "on Tuesday evening", "2024-11-26"),
    ("s19", "on Wednesday evening", "2025-01-15"),
    ("s19", "on Sunday, 19 January", "2025-01-19"),
    ("s20", "on Sunday", "2025-01-19"),
    ("s20", "on Saturday", "2025-01-25"),
    ("s21", "on Tuesday", "2025-02-18"),
    ("s21", "on Monday", "2025-02-17"),
    ("s22", "on Sunday", "2025-03-02"),
    ("s22", "on Tuesday", "2025-03-04"),
    ("s22", "on Saturday night", "2025-03-01"),
    ("s23", "on Tuesday", "2025-03-11"),
    ("s24", "on Saturday", "2025-04-12"),
    ("s24", "next Saturday", "2025-04-19"),
    ("s25", "on Wednesday", "2025-05-14"),
    ("s26", "on Friday", "2025-05-16"),
    ("s26", "last Sunday", "2025-05-11"),
    ("s26", "on Thursday", "2025-05-15"),
    ("s27", "on Sunday", "2025-05-25"),
    ("s27", "On Friday", "2025-05-23"),
    ("s27", "on Saturday", "2025-05-24"),
    ("s27", "Overnight into Sunday", "2025-05-25"),
    ("s28", "on Monday", "2025-06-02"),
    ("s29", "scheduled for Sunday", "2025-06-15"),
    ("s29", "early on Friday", "2025-06-13"),
    ("s29", "On Thursday", "2025-06-12"),
    ("s30", "on Friday", "2025-07-18"),
    ("s31", "on Friday", "2025-08-08"),
    ("s32", "on Friday", "2025-08-15"),
    ("s32", "on Monday", "2025-08-18"),
    ("s33", "on Wednesday night", "2025-10-08"),
    ("s34", "on Monday", "2025-10-13"),
    ("s35", "on Thursday", "2025-10-30"),
    ("s36", "on Monday", "2025-11-17"),
]


def test_csv_loads_with_header_and_36_rows(articles: pd.DataFrame) -> None:
    assert list(articles.columns) == HEADER
    assert len(articles) == 36


def test_pandas_reads_every_record_the_csv_module_sees(articles: pd.DataFrame) -> None:
    with open(SAMPLE_DIR / "articles.csv", encoding="utf-8", newline="") as handle:
        records = list(csv.reader(handle))
    assert len(records) - 1 == len(articles)
    assert all(len(record) == len(HEADER) for record in records)


def test_file_is_plain_utf8_with_unix_line_ends() -> None:
    raw = (SAMPLE_DIR / "articles.csv").read_bytes()
    raw.decode("utf-8")  # raises on anything else
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert b"\r" not in raw


def test_ids_are_unique_and_in_order(articles: pd.DataFrame) -> None:
    assert list(articles["id"]) == IDS


def test_published_dates_span_july_2023_to_november_2025(published: dict[str, str]) -> None:
    dates = sorted(dt.date.fromisoformat(value) for value in published.values())
    assert (dates[0].year, dates[0].month) == (2023, 7)
    assert (dates[-1].year, dates[-1].month) == (2025, 11)


@pytest.mark.parametrize("doc_id", IDS)
def test_row_fields(articles: pd.DataFrame, doc_id: str) -> None:
    row = articles.set_index("id").loc[doc_id]
    published = dt.date.fromisoformat(row["published"])
    assert dt.date(2023, 1, 1) <= published <= dt.date(2025, 12, 31)
    assert row["published"] == published.isoformat()
    assert row["url"] == f"https://example.org/dateline/{doc_id}"
    assert row["source"].startswith("Dateline ")
    assert row["title"].strip() and row["text"].strip()


@pytest.mark.parametrize("doc_id", IDS)
def test_text_length(texts: dict[str, str], doc_id: str) -> None:
    text = texts[doc_id]
    assert 120 <= len(text.split()) <= 300
    assert 4 <= len(SENTENCE_END.findall(text)) <= 12


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("It began at 7 a.m. on Friday. It ended.", 2),
        ('He said "no." Then he left!', 2),
        ("One sentence without a final stop", 0),
    ],
)
def test_sentence_counter(text: str, sentences: int) -> None:
    assert len(SENTENCE_END.findall(text)) == sentences


@pytest.mark.parametrize(("doc_id", "phrase", "expected"), WEEKDAY_DATES)
def test_weekday_phrase_matches_calendar(
    texts: dict[str, str], published: dict[str, str], doc_id: str, phrase: str, expected: str
) -> None:
    assert phrase in texts[doc_id]
    if expected == "SET":
        assert phrase.startswith("every ")
        return
    date = dt.date.fromisoformat(expected)
    assert WEEKDAYS[date.weekday()] in phrase
    assert abs((date - dt.date.fromisoformat(published[doc_id])).days) <= 7


def unchecked_weekdays(text: str, phrases: list[str]) -> list[str]:
    """Weekday names in `text` that lie outside every occurrence of the given phrases."""
    covered: set[int] = set()
    for phrase in phrases:
        for match in re.finditer(re.escape(phrase), text):
            covered.update(range(match.start(), match.end()))
    return [m.group(0) for m in WEEKDAY.finditer(text) if m.start() not in covered]


def weekday_date_mismatches(text: str, year: int) -> list[str]:
    """Phrases like "Sunday, 19 January" whose weekday is wrong in `year` and in the next year."""
    wrong = []
    for match in WEEKDAY_WITH_DATE.finditer(text):
        weekday, day, month = match.groups()
        dates = [dt.datetime.strptime(f"{day} {month} {y}", "%d %B %Y").date() for y in (year, year + 1)]
        if all(WEEKDAYS[d.weekday()] != weekday for d in dates):
            wrong.append(match.group(0))
    return wrong


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        ("They met on Friday and left on Sunday.", ["on Friday", "on Sunday"], []),
        ("They met on Friday and left on Sunday.", ["on Friday"], ["Sunday"]),
        ("On Friday they met; on Friday they left.", ["on Friday"], ["Friday"]),
    ],
)
def test_unchecked_weekdays(text: str, phrases: list[str], expected: list[str]) -> None:
    assert unchecked_weekdays(text, phrases) == expected


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("The truce starts on Sunday, 19 January.", 2025, []),
        ("The truce starts on Tuesday, 19 January.", 2025, ["Tuesday, 19 January"]),
        ("Talks resume on Wednesday, 1 January.", 2024, []),  # 1 January 2025, the next year
    ],
)
def test_weekday_date_mismatches(text: str, year: int, expected: list[str]) -> None:
    assert weekday_date_mismatches(text, year) == expected


@pytest.mark.parametrize("doc_id", IDS)
def test_every_weekday_mention_is_in_the_table(texts: dict[str, str], doc_id: str) -> None:
    phrases = [phrase for table_id, phrase, _ in WEEKDAY_DATES if table_id == doc_id]
    assert unchecked_weekdays(texts[doc_id], phrases) == []


@pytest.mark.parametrize("doc_id", IDS)
def test_weekday_with_explicit_date_agrees(
    texts: dict[str, str], published: dict[str, str], doc_id: str
) -> None:
    year = dt.date.fromisoformat(published[doc_id]).year
    assert weekday_date_mismatches(texts[doc_id], year) == []
