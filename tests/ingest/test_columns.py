"""Column detection: every entry of column_names.tsv, common variants, overrides, and errors."""

from __future__ import annotations

import re

import pytest

from extract.ingest import ColumnMapping, IngestError, detect_columns
from extract.ingest.columns import column_names, normalise_name


def _header(example: str) -> list[str]:
    return re.split(r"[,;\t]", example)


@pytest.mark.parametrize(("role", "name", "example"), column_names())
def test_detect_columns_every_listed_name(role: str, name: str, example: str) -> None:
    header = _header(example)
    mapping = detect_columns(header if role == "text" or "text" in header else ["text", *header])
    detected = getattr(mapping, role)
    assert detected in header and normalise_name(detected) == normalise_name(name)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (["Body", "Headline", "Date", "Link", "Outlet", "ID"],
         ColumnMapping("Body", "Date", "Headline", "Link", "Outlet", "ID")),
        (["content", "pubdate"], ColumnMapping(text="content", published="pubdate")),
        ([" Article ", "Publish_Date"], ColumnMapping(text=" Article ", published="Publish_Date")),
        # the name listed first in the TSV wins
        (["TEXT", "published", "date"], ColumnMapping(text="TEXT", published="published")),
        (["text", "body"], ColumnMapping(text="text")),
    ],
)
def test_detect_columns_variants(header: list[str], expected: ColumnMapping) -> None:
    assert detect_columns(header) == expected


@pytest.mark.parametrize(
    ("header", "overrides", "expected"),
    [
        (["words", "when"], {"text": "words", "published": "when"},
         ColumnMapping(text="words", published="when")),
        (["Body", "Date", "Sent"], {"published": "sent"}, ColumnMapping(text="Body", published="Sent")),
        (["Body", "Date"], {"published": ""}, ColumnMapping(text="Body")),  # "" = no column for the role
        (["Body", "Date"], {"text": None}, ColumnMapping(text="Body", published="Date")),  # None = detect
    ],
)
def test_detect_columns_overrides(header, overrides, expected) -> None:
    assert detect_columns(header, overrides=overrides) == expected


@pytest.mark.parametrize(
    ("header", "overrides", "code", "mentions"),
    [
        (["headline", "date"], None, "E102", "columns found: 'headline', 'date'"),
        ([], None, "E102", "columns found: none"),
        (["body"], {"text": "story_text"}, "E108", "column 'story_text' (given for text)"),
        (["body", "date"], {"text": ""}, "E102", "no text column"),
    ],
)
def test_detect_columns_errors(header, overrides, code: str, mentions: str) -> None:
    with pytest.raises(IngestError) as caught:
        detect_columns(header, overrides=overrides, name="in.csv")
    assert caught.value.code == code
    assert mentions in str(caught.value) and "in.csv" in str(caught.value)


@pytest.mark.parametrize(
    ("mapping", "expected"),
    [(ColumnMapping(text="Body", published="Date"),
      "text ← Body; published ← Date; title: none; url: none; source: none; id: none")],
)
def test_column_mapping_describe(mapping: ColumnMapping, expected: str) -> None:
    assert mapping.describe() == expected


@pytest.mark.parametrize("header", ["Date Published", "Publication date", "pubDate", "datetime", "created_at",
                                    "Published Date", "dateCreated", "Release Date"])
def test_detect_columns_publication_date_headers(header: str) -> None:
    assert detect_columns(["title", header, "text"]).published == header
