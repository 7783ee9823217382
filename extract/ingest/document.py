"""One article per file, read as a one-row table: a Markdown story (.md, .markdown) here, a saved web
page (.html, .htm) in `webpage.py`, a PDF in `pdf.py`, a Word document (.docx) in `word.py`.

Scrapers, note-taking tools and static-site generators write an article as Markdown, often with YAML
front matter between `---` lines (title, date, url, source). The front matter gives the row's other
columns, so the usual column detection finds the date and title; without a title there, the first
`# heading` is the title. The body keeps its markup: the cleaning step (`ingest.clean`) strips it as
it does for any text column. Without a date the article still goes through, with the usual
missing-date caveat (and the CLI's `--published` can supply one).
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import yaml

from extract import messages
from extract.ingest.errors import problem
from extract.ingest.pdf import PDF_SUFFIXES, pdf_record
from extract.ingest.webpage import WEBPAGE_SUFFIXES, webpage_record
from extract.ingest.word import WORD_SUFFIXES, docx_record

MARKDOWN_SUFFIXES = (".md", ".markdown")
BINARY_DOCUMENT_SUFFIXES = PDF_SUFFIXES + WORD_SUFFIXES  # read from bytes: no text encoding to guess
DOCUMENT_SUFFIXES = MARKDOWN_SUFFIXES + WEBPAGE_SUFFIXES + BINARY_DOCUMENT_SUFFIXES
DOCUMENT_UNIT = "article"
FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?P<yaml>.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
FIRST_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(?P<title>.+?)[ \t#]*$", re.M)


def document_frame(content: str | bytes, name: str) -> tuple[pd.DataFrame, list[dict]]:
    """The file as one row, by its suffix: a PDF or Word document (`content` its bytes), a web page,
    else a Markdown article. Without an id of its own, the row's id is the file name."""
    record, problems = _document_record(content, name)
    if not any(key.lower() in ("id", "doc_id", "article_id") for key in record):
        record["id"] = Path(name).stem
    index = pd.Index([1], name=DOCUMENT_UNIT, dtype="int64")
    return pd.DataFrame([record], index=index, dtype=object), problems


def _document_record(content: str | bytes, name: str) -> tuple[dict[str, str], list[dict]]:
    suffix = Path(name).suffix.lower()
    if suffix in PDF_SUFFIXES:
        return pdf_record(content, name)
    if suffix in WORD_SUFFIXES:
        return docx_record(content, name)
    if suffix in WEBPAGE_SUFFIXES:
        return webpage_record(content, name)
    return markdown_record(content, name)


def markdown_record(text: str, name: str) -> tuple[dict[str, str], list[dict]]:
    """A Markdown article's cells: `text` is the body, front-matter keys are further columns, the
    first heading the title when the front matter names none."""
    meta, body, problems = split_front_matter(text, name)
    record = {str(key): _cell(value) for key, value in meta.items() if str(key).lower() != "text"}
    record["text"] = body
    if not any(key.lower() in ("title", "headline") for key in record):
        heading = FIRST_HEADING.search(body)
        record["title"] = heading.group("title").strip() if heading else ""
    return record, problems


def split_front_matter(text: str, name: str) -> tuple[dict, str, list[dict]]:
    """(front-matter mapping, body, problems). Front matter that is not a YAML mapping is reported
    (E114) and left in the body, so nothing is lost."""
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text, []
    try:
        meta = yaml.safe_load(match.group("yaml"))
    except yaml.YAMLError as err:
        reason = str(err).splitlines()[0]
        return {}, text, [problem(None, "", messages.E114.format(name=name, reason=reason))]
    if not isinstance(meta, dict):
        reason = f"it holds a {type(meta).__name__}, not 'key: value' lines"
        return {}, text, [problem(None, "", messages.E114.format(name=name, reason=reason))]
    return meta, text[match.end():], []


def _cell(value: object) -> str:
    """A front-matter value as the text a CSV cell would hold (YAML reads dates as date objects)."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_cell(item) for item in value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)
