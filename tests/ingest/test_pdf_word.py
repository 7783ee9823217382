"""PDF and Word files are articles too: one row each, text in paragraphs, page furniture and
headings kept out of the sentences, unreadable files reported (E149, E150), nothing guessed."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from extract.ingest import read_table
from extract.ingest.errors import IngestError
from extract.ingest.pdf import reflowed

DATA = Path(__file__).with_name("data")
SWEDEN = ("Sweden's government welcomed the talks on Wednesday and said it would send an observer to the "
          "next round of negotiations between the two countries in Copenhagen.")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # lines of a block are one paragraph; a word hyphenated at a line end is mended
        ("Norway's minister met his Danish coun-\nterpart in Oslo\non Tuesday.\n\nNext.\n",
         "Norway's minister met his Danish counterpart in Oslo on Tuesday.\n\nNext.\n"),
        # ligatures are letters
        ("The \ufb01nal text was signed by of\ufb01cials.", "The final text was signed by officials.\n"),
        # page furniture: page numbers, a URL alone, a browser's print stamp
        ("12/1/26, 6:40 AM\n\nTalks resumed.\n\nhttps://herald.example/talks\n\n1/2\n\nPage 3\n\n4 of 9\n",
         "Talks resumed.\n"),
        # a paragraph cut by a page break goes on; a running head on both pages is dropped
        ("Herald\n\nThe envoy said the talks would go\n\x0cHerald\n\non in Geneva.\n",
         "The envoy said the talks would go on in Geneva.\n"),
        # a finished sentence before the page break is not joined to the next page's text
        ("It ended.\n\x0cand so on.\n", "It ended.\n\nand so on.\n"),
        # a number inside a sentence is text, not a page number
        ("The deal covers 40 ships.\n", "The deal covers 40 ships.\n"),
        ("\x0c", ""),
    ],
)
def test_reflowed(raw: str, expected: str) -> None:
    assert reflowed(raw) == expected


def test_printed_page_is_one_article_in_paragraphs() -> None:
    # printed to PDF by Chromium from printed.html.txt: two pages, print stamp, URL, page numbers
    table = read_table(DATA / "printed.pdf")
    record = table.frame.to_dict("records")[0]
    assert (table.format, table.problems, record["title"], record["id"]) == (
        "document", [], "Nordic talks | The Herald", "printed")
    paragraphs = record["text"].strip().split("\n\n")
    assert paragraphs[0] == "Nordic ministers meet in Oslo"
    assert paragraphs[1].startswith("OSLO — Norway's foreign minister met his Danish counterpart in Oslo on")
    assert paragraphs[-1] == SWEDEN
    # 11 filler paragraphs, the one cut by the page break joined again; nothing of the furniture
    assert len(paragraphs) == 3 + 11 + 1
    assert not any(p.startswith(("file:", "12/1/26")) or p in ("1/2", "2/2") for p in paragraphs)


def test_scan_without_text_layer_is_reported() -> None:
    table = read_table(DATA / "scan.pdf")
    assert [p["message"][:5] for p in table.problems] == ["E150:"]
    assert table.frame["text"].tolist() == [""]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("broken.pdf", b"%PDF-1.7\nnot really a PDF"),
        ("broken.pdf", b"plain text saved with the wrong suffix"),
        ("broken.docx", b"PK\x03\x04 not a zip archive"),
        ("broken.docx", b"{\\rtf1 an RTF file renamed}"),
    ],
)
def test_unreadable_document_is_a_clear_error(name: str, content: bytes) -> None:
    with pytest.raises(IngestError, match=f"E149: {name}: cannot read the document: it is damaged"):
        read_table(content, name=name)


def word_file(*paragraphs: tuple[str, str], title: str = "") -> bytes:
    document = docx.Document()
    document.core_properties.title = title
    for style, text in paragraphs:
        document.add_paragraph(text, style=style)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("paragraphs", "title", "expected_title", "expected_text"),
    [
        # headings become Markdown headings (the cleaning step keeps them out of the sentences),
        # list items list items; the first heading is the title when the properties name none
        ((("Title", "Nordic talks"), ("Normal", "Norway's minister met his Danish counterpart."),
          ("List Bullet", "Quotas for mackerel"), ("Heading 2", "Reactions"), ("Normal", SWEDEN)), "",
         "Nordic talks",
         "# Nordic talks\n\nNorway's minister met his Danish counterpart.\n\n- Quotas for mackerel\n\n"
         "# Reactions\n\n" + SWEDEN + "\n"),
        # the document's own title wins; empty paragraphs and extra spaces go
        ((("Normal", "Talks  resumed."), ("Normal", "   ")), "Oslo round", "Oslo round", "Talks resumed.\n"),
    ],
)
def test_word_document_is_one_article(paragraphs, title, expected_title, expected_text) -> None:
    table = read_table(word_file(*paragraphs, title=title), name="talks.docx")
    record = table.frame.to_dict("records")[0]
    assert (table.format, table.problems) == ("document", [])
    assert record == {"title": expected_title, "text": expected_text, "id": "talks"}
