"""One Markdown article per file: front matter → columns, body → text, the first heading → title."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.bulk.sources import expand_inputs, partitions
from extract.ingest import detect_columns, prepare_articles, read_table
from extract.ingest.streams import file_format, read_chunks

BODY = "In Oslo, **Norway's** foreign minister met his Danish counterpart on Tuesday.\n"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # YAML front matter: its keys become columns, YAML dates are written back as ISO dates
        ("---\ntitle: Nordic talks\ndate: 2025-03-14\nsource: Wire\n---\n" + BODY,
         {"title": "Nordic talks", "date": "2025-03-14", "source": "Wire", "text": BODY, "id": "story"}),
        # no front matter: the first heading is the title, the file name the id
        ("# Nordic talks\n\n" + BODY,
         {"title": "Nordic talks", "text": "# Nordic talks\n\n" + BODY, "id": "story"}),
        # a closing "..." ends YAML too; a list becomes "; "-joined like the actors column
        ("---\nheadline: Talks\nauthors: [A. Berg, K. Lund]\nid: n-7\n...\n" + BODY,
         {"headline": "Talks", "authors": "A. Berg; K. Lund", "id": "n-7", "text": BODY}),
        # a rule line later in the text is no front matter
        (BODY + "---\nmore\n", {"title": "", "text": BODY + "---\nmore\n", "id": "story"}),
    ],
)
def test_markdown_file_is_one_row(tmp_path, content: str, expected: dict) -> None:
    path = tmp_path / "story.md"
    path.write_text(content, encoding="utf-8")
    table = read_table(path)
    assert (table.format, table.problems) == ("document", [])
    assert table.frame.to_dict("records") == [expected]
    assert list(table.frame.index) == [1] and table.frame.index.name == "article"


@pytest.mark.parametrize(
    ("front", "reason"),
    [("title: [unclosed\n", "while parsing a flow sequence"), ("- a\n- b\n", "it holds a list")],
)
def test_unreadable_front_matter_is_reported_and_kept_in_the_text(tmp_path, front: str, reason: str) -> None:
    content = "---\n" + front + "---\n" + BODY
    table = read_table(content.encode("utf-8"), name="story.markdown")
    assert table.frame["text"].tolist() == [content]
    [found] = table.problems
    assert found["row"] is None and found["message"].startswith("E114: story.markdown: the front matter")
    assert reason in found["message"]


def test_front_matter_date_is_the_publication_date(tmp_path) -> None:
    path = tmp_path / "story.md"
    path.write_text("---\npublished: 2025-03-14\n---\n" + BODY, encoding="utf-8")
    frame = read_table(path).frame
    prepared = prepare_articles(frame, detect_columns(frame.columns))
    [article] = prepared.articles
    assert (article.published, article.doc_id, prepared.problems) == (dt.date(2025, 3, 14), "story", [])
    assert "**" not in article.text  # the markup goes through the usual cleaning


@pytest.mark.parametrize(
    ("cell", "expected"), [(None, dt.date(2020, 1, 2)), ("2025-03-14", dt.date(2025, 3, 14))])
def test_a_default_date_fills_only_articles_without_one(tmp_path, cell, expected) -> None:
    path = tmp_path / "story.md"
    path.write_text((f"---\ndate: {cell}\n---\n" if cell else "") + BODY, encoding="utf-8")
    frame = read_table(path).frame
    prepared = prepare_articles(frame, detect_columns(frame.columns), published=dt.date(2020, 1, 2))
    assert [a.published for a in prepared.articles] == [expected]
    assert prepared.problems == []  # no E128 "no date column": the caller gave the date


def test_without_any_date_the_missing_column_is_reported(tmp_path) -> None:
    path = tmp_path / "story.md"
    path.write_text(BODY, encoding="utf-8")
    frame = read_table(path).frame
    prepared = prepare_articles(frame, detect_columns(frame.columns))
    assert [a.published for a in prepared.articles] == [None]
    assert [p["message"][:4] for p in prepared.problems] == ["E128"]


def test_a_folder_of_markdown_articles_is_a_corpus(tmp_path) -> None:
    for number in (1, 2):
        front = f"---\ndate: 2025-03-1{number}\n---\n"
        (tmp_path / f"s{number}.md").write_text(front + BODY, encoding="utf-8")
    (tmp_path / "notes.odt").write_bytes(b"PK")  # other types in the folder are left out
    files = expand_inputs([str(tmp_path)])
    assert [f.name for f in files] == ["s1.md", "s2.md"] and file_format(files[0]) == "document"
    [chunk] = list(read_chunks(files[0], 100))
    assert chunk.frame.index.name == f"{files[0].name}, article"
    found = [a for p in partitions(files, 100, {}) for a in p.articles]
    assert [(a.doc_id, a.published) for a in found] == [
        ("s1", dt.date(2025, 3, 11)), ("s2", dt.date(2025, 3, 12))]
