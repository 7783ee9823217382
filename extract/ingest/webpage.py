"""One article per file: a saved web page (.html, .htm) read as a one-row table.

Analysts save news pages from the browser. The article's text and its metadata (title, publication
date, site name, canonical URL, author) are found by trafilatura, the maintained library for this
(main-content extraction plus htmldate for the date, from the page's metadata, JSON-LD, `<time>`
tags and the URL). The text comes out as Markdown, so the cleaning step (`ingest.clean`) drops its
headings and "Read more:" teasers as for any Markdown article. A page whose main text cannot be told
apart from menus is read whole, with a warning (E116), so nothing is silently lost.
"""

from __future__ import annotations

import datetime as dt

import trafilatura
from trafilatura.xml import xmltotxt

from extract import messages
from extract.ingest.errors import problem

WEBPAGE_SUFFIXES = (".html", ".htm")
# Page metadata → the column names the usual column detection knows.
METADATA_COLUMNS = {"title": "title", "date": "published", "sitename": "source", "url": "url",
                    "author": "author"}


def webpage_record(html: str, name: str) -> tuple[dict[str, str], list[dict]]:
    """The page's cells: `text` is its article text (Markdown), metadata fill the other columns."""
    found = trafilatura.bare_extraction(html, with_metadata=True, output_format="markdown",
                                        include_formatting=True, include_comments=False,
                                        include_tables=False, include_images=False, include_links=False,
                                        date_extraction_params=date_params())
    body = xmltotxt(found.body, include_formatting=True) if found is not None else ""
    problems = []
    if not body.strip():
        body = trafilatura.html2txt(html) or ""
        problems.append(problem(None, "", messages.E116.format(name=name)))
    record = {column: _metadata(found, key) for key, column in METADATA_COLUMNS.items()}
    if not record["source"] and found is not None:
        record["source"] = found.hostname or ""
    record["text"] = body
    return record, problems


def date_params() -> dict:
    """htmldate without its extensive search: a date the page states (metadata, JSON-LD, `<time>`,
    the URL) is its publication date; a year guessed from a copyright line is none."""
    return {"original_date": True, "extensive_search": False,
            "max_date": dt.date.today().isoformat()}


def _metadata(found: object, key: str) -> str:
    value = getattr(found, key, None) if found is not None else None
    return str(value).strip() if value else ""
