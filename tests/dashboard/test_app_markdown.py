"""A Markdown article dropped into the upload: read as one article; without a date of its own, the
date the analyst gives resolves its relative times (and a date it carries wins)."""

import datetime as dt
from pathlib import Path

import pytest

from tests.dashboard.helpers import finish_extraction

STORY = ("# Talks in Oslo\n\nIn Oslo, **Norway's** foreign minister met with his Swedish counterpart on "
         "Tuesday to discuss the border, and the two of them said that they would meet again in the spring "
         "if the talks went well.\n\n**Read: Another story**\n")


@pytest.mark.parametrize(("front", "fallback", "expected"), [
    ("", dt.date(2025, 11, 13), {"2025-11-11"}),  # the Tuesday before the given date
    ("---\ndate: 2025-03-14\n---\n", dt.date(2025, 11, 13), {"2025-03-11"}),  # its own date wins
    ("", None, {""}),  # no date at all: the relative time stays unresolved
])
def test_markdown_upload_with_a_fallback_date(app, front, fallback, expected):
    at = app()
    at.file_uploader(key="upload").set_value(("oslo.md", (front + STORY).encode(), "text/markdown")).run()
    assert not at.error, [e.value for e in at.error]
    if fallback:
        at.date_input(key="fallback_date").set_value(fallback).run()
    finish_extraction(at.button(key="extract_upload").click().run())
    assert not at.exception and "oslo.md" in at.caption[0].value
    table = at.dataframe[0].value
    met = table[table["event_type"] == "CONSULT"]
    assert set(met["date_start"].astype(str)) == expected
    assert set(met["actors"].astype(str)) == {"Foreign Minister of Norway"}


def test_pdf_upload_is_one_article_dated_by_the_fallback(app):
    """A news page printed to PDF (two pages, print stamp and page numbers): one article; the date
    the analyst gives resolves "on Tuesday"; the print stamp's date gives no row."""
    pdf = (Path(__file__).parents[1] / "ingest" / "data" / "printed.pdf").read_bytes()
    at = app()
    at.file_uploader(key="upload").set_value(("printed.pdf", pdf, "application/pdf")).run()
    assert not at.error, [e.value for e in at.error]
    at.date_input(key="fallback_date").set_value(dt.date(2025, 3, 12)).run()
    finish_extraction(at.button(key="extract_upload").click().run())
    assert not at.exception and "printed.pdf" in at.caption[0].value
    table = at.dataframe[0].value
    met = table[table["event_type"] == "CONSULT"]
    assert met[["actors", "date_start"]].astype(str).values.tolist()[:1] == [["Foreign Minister of Norway",
                                                                            "2025-03-11"]]
    assert not table["date_start"].astype(str).str.startswith("2026").any()
