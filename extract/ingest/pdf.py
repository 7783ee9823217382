"""One article per file: a PDF (a report, or a news page printed to PDF) read as a one-row table.

The text layer is read by pdfminer.six, the maintained PDF text extractor, whose layout analysis
gives one text block per paragraph. PDF text is laid out for paper: lines end mid-sentence, words
are split by hyphens at line ends, typographic ligatures stand for letters ("ﬁ"), and page furniture
stands alone (page numbers; a browser's print stamp and the page's URL). `reflowed` joins each
block's lines into one paragraph, so sentences are not cut at line ends, and drops the furniture.
The document's metadata title is the title; its metadata dates are not taken as the publication
date (a creation date is often the day someone printed the page), so relative times wait for a date
column or the CLI's `--published`.
A scan without a text layer, a damaged or a password-protected file is reported (E149, E150).
"""

from __future__ import annotations

import io
import re
from collections import Counter

from pdfminer.high_level import extract_text
from pdfminer.pdfdocument import PDFDocument, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFParser
from pdfminer.psparser import PSException
from pdfminer.utils import decode_text

from extract import messages
from extract.ingest.clean import CLOSING
from extract.ingest.errors import IngestError, problem

PDF_SUFFIXES = (".pdf",)
BLOCK_BREAK = re.compile(r"\n[ \t]*\n+")
RUNNING_MAX_WORDS = 12
HYPHENATED = re.compile(r"(\w)-\n(?=[a-z])")
LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                           "\ufb05": "st", "\ufb06": "st"})
# Blocks that are page furniture, not text: a page number ("7", "Page 7", "3/12", "3 of 12"), a URL
# alone (a printed page's footer), a browser's print stamp ("12/1/26, 6:39 AM").
FURNITURE = re.compile(
    r"(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?"
    r"|(?:https?|file)://\S+"
    r"|\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?",
    re.I,
)


def pdf_record(data: bytes, name: str) -> tuple[dict[str, str], list[dict]]:
    """The PDF's cells: `text` is its text layer, reflowed into paragraphs; `title` from its metadata."""
    try:
        raw = extract_text(io.BytesIO(data))
        title = _metadata_title(data)
    except (PSException, ValueError, KeyError, TypeError, AssertionError) as err:
        reason = _reason(err)
        raise IngestError(messages.E149.format(name=name, reason=reason)) from err
    text = reflowed(raw)
    problems = [] if text.strip() else [problem(None, "", messages.E150.format(name=name))]
    return {"title": title or _first_line(text), "text": text}, problems


def reflowed(raw: str) -> str:
    """Paragraphs of a PDF's extracted text, one per line, blank lines between.

    Lines of a block are joined (a word hyphenated at a line end is mended, so a compound split at
    its own hyphen loses it), ligatures spelled out, furniture and running heads (a short block on
    two pages or more) dropped, and a paragraph cut by a page break joined again."""
    pages = [_blocks(page) for page in raw.translate(LIGATURES).split("\f")]
    running = _running_heads(pages)
    paragraphs: list[str] = []
    for page in pages:
        for k, block in enumerate(b for b in page if b not in running):
            if k == 0 and paragraphs and _continues(paragraphs[-1], block):
                paragraphs[-1] += " " + block
            else:
                paragraphs.append(block)
    return "\n\n".join(paragraphs) + ("\n" if paragraphs else "")


def _blocks(page: str) -> list[str]:
    """The page's text blocks, each on one line, furniture left out."""
    blocks = []
    for block in BLOCK_BREAK.split(page):
        joined = " ".join(line.strip() for line in HYPHENATED.sub(r"\1", block).splitlines() if line.strip())
        if joined and not FURNITURE.fullmatch(joined):
            blocks.append(joined)
    return blocks


def _running_heads(pages: list[list[str]]) -> set[str]:
    """Short blocks found on two pages or more: a running head or foot, not text."""
    short = (block for page in pages for block in set(page) if len(block.split()) <= RUNNING_MAX_WORDS)
    counts = Counter(short)
    return {block for block, n in counts.items() if n >= 2}


def _continues(paragraph: str, block: str) -> bool:
    """A page's first block goes on with the last paragraph: that one did not end a sentence and
    this one starts in lower case."""
    return not paragraph.endswith(CLOSING) and block[:1].islower()


def _metadata_title(data: bytes) -> str:
    document = PDFDocument(PDFParser(io.BytesIO(data)))
    for info in document.info:
        value = info.get("Title")
        if isinstance(value, bytes | str):
            return (decode_text(value) if isinstance(value, bytes) else value).strip()
    return ""


def _first_line(text: str) -> str:
    return text.split("\n", 1)[0][:200] if text else ""


def _reason(err: Exception) -> str:
    if isinstance(err, PDFPasswordIncorrect):
        return "it is protected by a password"
    return f"it is damaged or not a PDF ({type(err).__name__})"
