"""Raw input rows → validated `Article` records plus a problems list; every row lands in one of them.

Rows are numbered as the input frame's index says (see `tables.py`); a frame without a named
index (one a caller built) is numbered 1, 2, … by position and called "row".
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field, replace

import pandas as pd

from extract import messages
from extract.ingest.clean import clean_text
from extract.ingest.columns import ColumnMapping
from extract.ingest.dates import evening_before, is_blank, parse_publication_date
from extract.ingest.errors import problem
from extract.ingest.language import english_share, looks_english
from extract.ingest.limits import ENGLISH_STOP_SHARE, MAX_TEXT_CHARS
from extract.schema import PROBLEM_COLUMNS


@dataclass(frozen=True)
class Article:
    """One usable input row."""

    row: int
    doc_id: str
    text: str
    published: dt.date | None = None
    title: str = ""
    url: str = ""
    source: str = ""
    place: str = ""  # the town of the story's wire dateline, if it has one
    evening_before: bool = False  # published in the small hours UTC: still the day before in the Americas

    def meta(self) -> dict[str, str]:
        return {"doc_id": self.doc_id, "title": self.title, "url": self.url, "source": self.source}


@dataclass
class PreparedArticles:
    """The outcome of validation: what goes to extraction, what is reported, and how columns were read."""

    articles: list[Article]
    problems: list[dict]
    mapping: ColumnMapping
    rows: int = 0
    skipped: set[int] = field(default_factory=set)
    unit: str = "row"  # what a row number counts: "data row", "line", "array item" or "row"


def row_numbers(frame: pd.DataFrame) -> tuple[list[int], str]:
    """(the number of each row as the user sees it, the word for it: "data row", "line" or "row")."""
    if frame.index.name and pd.api.types.is_integer_dtype(frame.index):
        return [int(i) for i in frame.index], str(frame.index.name)
    return list(range(1, len(frame) + 1)), "row"


def problems_frame(problems: list[dict]) -> pd.DataFrame:
    """The problems table (PROBLEM_COLUMNS), file-level problems (row None) first, then by row."""
    frame = pd.DataFrame(problems, columns=list(PROBLEM_COLUMNS))
    frame["row"] = frame["row"].astype("Int64")
    return frame.sort_values("row", na_position="first", kind="stable").reset_index(drop=True)


def prepare_articles(frame: pd.DataFrame, mapping: ColumnMapping, seen_ids: dict[str, str] | None = None,
                     day_first: bool | None = None, published: dt.date | None = None) -> PreparedArticles:
    """Validate each row of `frame` read through `mapping` (mapping.text must be set).

    `seen_ids` (doc id → where it was first used) carries id uniqueness across the chunks of a
    corpus read in parts; it is updated in place. `day_first` True reads publication dates that read
    both ways ("03/04/2025") day first (see dates.py). `published` is the publication date of the
    rows that have none (no date column, an empty cell): the caller knows it, so nothing is reported.
    """
    numbers, unit = row_numbers(frame)
    prepared = PreparedArticles([], [], mapping, rows=len(frame), unit=unit)
    if mapping.published is None and published is None:
        columns = ", ".join(repr(c) for c in frame.columns)
        prepared.problems.append(problem(None, "", messages.E128.format(columns=columns)))
    seen_ids = {} if seen_ids is None else seen_ids
    records = frame.to_dict("records")
    for number, record in zip(numbers, records, strict=True):
        where = f"{unit} {number}"
        article = _validate_row(record, number, where, mapping, prepared.problems, day_first, published)
        if article is None:
            prepared.skipped.add(number)
            continue
        article = _unique_id(article, seen_ids, unit, mapping, prepared.problems)
        prepared.articles.append(article)
    return prepared


def _cell(record: dict, column: str | None) -> str:
    """A cell as text; whole floats lose their ".0" (pandas turns an id column with gaps into floats)."""
    value = record.get(column) if column else None
    if is_blank(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _validate_row(record: dict, number: int, where: str, mapping: ColumnMapping,
                  problems: list[dict], day_first: bool | None = None,
                  default: dt.date | None = None) -> Article | None:
    """The row's Article (its text cleaned, see clean.py), or None (with the reason in `problems`)
    when it cannot be used."""
    cleaned = clean_text(_cell(record, mapping.text))
    text = cleaned.text.strip()
    reason = _text_problem(text, where)
    if reason:
        problems.append(problem(number, mapping.text, reason))
        return None
    published = _published(record, number, where, mapping, problems, cleaned.date_text, day_first, default)
    return Article(
        row=number, doc_id=_cell(record, mapping.id), text=text, published=published,
        title=_cell(record, mapping.title), url=_cell(record, mapping.url),
        source=_cell(record, mapping.source), place=cleaned.place,
        evening_before=_evening_before(record, mapping, published),
    )


def _evening_before(record: dict, mapping: ColumnMapping, published: dt.date | None) -> bool:
    """Whether the row's own publication cell is a UTC instant in the small hours (dates.py)."""
    value = record.get(mapping.published) if mapping.published else None
    return published is not None and evening_before(value)


def _text_problem(text: str, where: str) -> str | None:
    if not text:
        return messages.E121.format(where=where)
    if len(text) > MAX_TEXT_CHARS:
        return messages.E125.format(where=where, length=len(text), limit=MAX_TEXT_CHARS)
    if not looks_english(text):
        share, words = english_share(text)
        return messages.E124.format(where=where, share=share, words=words, threshold=ENGLISH_STOP_SHARE)
    return None


def _published(record: dict, number: int, where: str, mapping: ColumnMapping,
               problems: list[dict], dateline: str = "", day_first: bool | None = None,
               default: dt.date | None = None) -> dt.date | None:
    """The row's publication date; when its cell is empty, a dated wire dateline's (reported), else
    the caller's `default`."""
    value = record.get(mapping.published) if mapping.published else None
    if is_blank(value) and dateline and parse_publication_date(dateline):
        column = mapping.published or ""
        problems.append(problem(number, column, messages.E131.format(where=where, date=dateline)))
        return parse_publication_date(dateline)
    if mapping.published is None:
        return default  # None is reported once for the whole file (E128)
    if is_blank(value):
        if default is None:
            problems.append(problem(number, mapping.published, messages.E123.format(where=where)))
        return default
    published = parse_publication_date(value, day_first)
    if published is None:
        shown = str(value).strip()[:60]
        problems.append(problem(number, mapping.published, messages.E122.format(where=where, value=shown)))
    return published


def _unique_id(article: Article, seen: dict[str, str], unit: str, mapping: ColumnMapping,
               problems: list[dict]) -> Article:
    """Give the article an id no earlier row has; report every change."""
    given = article.doc_id
    base = given or "doc-" + hashlib.sha1(article.text.encode("utf-8")).hexdigest()[:12]
    new, suffix = base, 1
    while new in seen:
        suffix += 1
        new = f"{base}-{suffix}"
    if new != base:
        where, first = f"{unit} {article.row}", seen[base]
        message = (messages.E126.format(where=where, value=given, first=first, new=new) if given
                   else messages.E129.format(where=where, first=first, new=new))
        problems.append(problem(article.row, mapping.id or "", message))
    seen[new] = f"{unit} {article.row}"
    return replace(article, doc_id=new)
