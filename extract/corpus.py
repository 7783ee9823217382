"""extract_articles: a whole corpus of articles to one events table, and a problems table.

Every input row ends up either among the parsed articles (with zero or more events) or in
`problems`; one article that breaks the parser or the events layer costs only that article.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

from extract import events as events_layer
from extract import messages
from extract.ingest.articles import Article, prepare_articles, problems_frame
from extract.ingest.columns import ColumnMapping, detect_columns
from extract.ingest.errors import problem
from extract.linking import link_stories
from extract.schema import EVENT_COLUMNS

DEFAULT_BATCH_SIZE = 16  # articles per nlp.pipe batch; news articles are a few hundred words each
MAX_ERROR_CHARS = 200

Progress = Callable[[int, int], None]


@dataclass
class ExtractionResult:
    """`events` has EVENT_COLUMNS; `problems` has PROBLEM_COLUMNS (row, column, message)."""

    events: pd.DataFrame
    problems: pd.DataFrame
    mapping: ColumnMapping = field(default_factory=ColumnMapping)
    rows: int = 0  # input rows
    articles: int = 0  # rows parsed (their events, possibly none, are in `events`)


def extract_articles(
    articles: pd.DataFrame,
    progress: Progress | None = None,
    workers: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    columns: ColumnMapping | dict[str, str | None] | None = None,
    nlp: Language | None = None,
    link: bool = True,
    day_first: bool | None = None,
    published: dt.date | None = None,
) -> ExtractionResult:
    """Extract the events of every article; rows that cannot be used are reported in `problems`.

    `articles` may use any of the flexible column names (see `extract/ingest/column_names.tsv`);
    `columns` overrides the detected ones (a ColumnMapping, or role → column). Rows are numbered by
    the frame's index when it is named (as `extract.ingest.read_table` does), else 1, 2, ….
    `progress(done, total)` is called after each parsed article. `workers` > 1 parses in that many
    processes. With `link` (the default) rows of different articles that report the same event share
    a `story_id` (extract/linking); without it every row keeps its own. `day_first` True (False) reads
    slash dates that read both ways ("03/04/2025") day (month) first in every article whose text does
    not show its order, and True also publication dates; None: as each article's source writes them,
    else month first. `published` is the publication date of rows that have none (a file without a
    date column, an empty cell). Raises IngestError (E102/E108) when no text column can be used.
    """
    if isinstance(columns, ColumnMapping):
        mapping = columns
    else:
        mapping = detect_columns(articles.columns, overrides=columns)
    prepared = prepare_articles(articles, mapping, day_first=day_first, published=published)
    rows, problems = extract_prepared(prepared.articles, prepared.unit, nlp, progress, workers, batch_size,
                                      day_first)
    return ExtractionResult(events_table(rows, link), problems_frame(prepared.problems + problems), mapping,
                            prepared.rows, len(prepared.articles) - len(problems))


def events_table(rows: list[dict], link: bool = True) -> pd.DataFrame:
    """The events table of extracted rows; with `link`, rows of different articles that report the
    same event share a `story_id` (else every row keeps its own)."""
    events = pd.DataFrame(rows, columns=list(EVENT_COLUMNS))
    if link and not events.empty:
        events["story_id"] = link_stories(events)
    return events


def extract_prepared(articles: list[Article], unit: str, nlp: Language | None = None,
                     progress: Progress | None = None, workers: int = 1,
                     batch_size: int = DEFAULT_BATCH_SIZE,
                     day_first: bool | None = None) -> tuple[list[dict], list[dict]]:
    """Event rows of validated articles, and a problem for each article that failed.

    `unit` names what a row number counts in messages ("data row", "a.csv, line", …). The corpus
    runner (`extract.bulk`) calls this once per partition, on whichever process or worker runs it.
    """
    nlp = nlp or events_layer.build_pipeline()
    rows: list[dict] = []
    problems: list[dict] = []
    for done, (article, parsed) in enumerate(_parse(articles, nlp, workers, batch_size), start=1):
        try:
            if isinstance(parsed, Exception):
                raise parsed
            found = events_layer.events_from_doc(parsed, article.published, article.meta(), day_first,
                                                 evening_before=article.evening_before)
            rows.extend(_stamp(row, article) for row in found)
        except Exception as err:  # one bad article must not stop the corpus
            error = f"{type(err).__name__}: {err}"[:MAX_ERROR_CHARS]
            message = messages.E127.format(where=f"{unit} {article.row}", error=error)
            problems.append(problem(article.row, "", message))
        if progress is not None:
            progress(done, len(articles))
    return rows, problems


def _parse(articles: list[Article], nlp: Language, workers: int,
           batch_size: int) -> Iterator[tuple[Article, Doc | Exception]]:
    """(article, its Doc) in input order; (article, the exception) for one the pipeline fails on.

    Batches go through `nlp.pipe`. An exception there loses the batch in flight, so the remaining
    articles are parsed one at a time, where a failure is pinned on its own article.
    """
    done = 0
    texts = ((article.text, index) for index, article in enumerate(articles))
    try:
        for doc, index in nlp.pipe(texts, as_tuples=True, batch_size=batch_size, n_process=max(1, workers)):
            done += 1
            yield articles[index], doc
    except Exception:  # recovered below, article by article
        for article in articles[done:]:
            try:
                parsed: Doc | Exception = nlp(article.text)
            except Exception as err:
                parsed = err
            yield article, parsed


def _stamp(row: dict, article: Article) -> dict:
    """The event row with the article's own doc_id, title, url, source and publication date; an event
    with no place of its own is placed in the town of the story's dateline."""
    stamped = dict(row)
    stamped.update(article.meta())
    stamped["published"] = article.published.isoformat() if article.published else ""
    if not stamped.get("location") and article.place:
        stamped["location"] = article.place  # the wire dateline's town
    return stamped
