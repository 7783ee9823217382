import datetime as dt
from pathlib import Path

import pytest

from dashboard import limits
from dashboard.loading import is_events_table, pasted_article, read_upload

ARTICLES_CSV = (b"Headline,Body,Date,Link,Outlet\n"
                b"Talks,France met Germany on Monday.,2024-03-04,https://x.example/1,Wire\n"
                b"More,Russia attacked Ukraine.,2024-03-05,https://x.example/2,Post\n")


@pytest.mark.parametrize(("data", "name", "kind", "mapping", "rows"), [
    (ARTICLES_CSV, "a.csv", "articles",
     {"text": "Body", "published": "Date", "title": "Headline", "url": "Link", "source": "Outlet"}, 2),
    (b'{"text": "France met Germany.", "published": "2024-03-04"}\n{"text": "Russia spoke."}\n', "a.jsonl",
     "articles", {"text": "text", "published": "published"}, 2),
    (b"event_id,event_type,date_start,time_anchor,actors\nx1,AGREE,2024-01-01,explicit,France; Germany\n",
     "events.csv", "events", {}, 1),
    (b"---\ndate: 2024-03-04\n---\n# Talks\n\n**France** met Germany on Monday.\n", "story.md", "articles",
     {"text": "text", "published": "date", "title": "title", "id": "id"}, 1),
    (b'<html><head><title>Talks</title><meta property="article:published_time" content="2024-03-04">'
     b"</head><body><article><p>France met Germany in Paris on Monday to discuss the war in Ukraine and "
     b"the sanctions against Russia.</p></article></body></html>", "story.html", "articles",
     {"text": "text", "published": "published", "title": "title", "id": "id", "source": "source",
      "url": "url"}, 1),
    ((Path(__file__).parents[1] / "ingest" / "data" / "printed.pdf").read_bytes(), "printed.pdf", "articles",
     {"text": "text", "title": "title", "id": "id"}, 1),
])
def test_uploads_are_read_and_columns_detected(data, name, kind, mapping, rows):
    upload = read_upload(data, name)
    assert (upload.kind, upload.error, len(upload.frame)) == (kind, "", rows)
    detected = {k: v for k, v in upload.mapping.as_dict().items() if v}
    assert detected == mapping


def test_events_upload_restores_lists(events):
    data = b"event_id,event_type,date_start,time_anchor,actors\nx1,AGREE,,explicit,France; Germany\n"
    upload = read_upload(data, "e.csv")
    assert upload.frame.at[0, "actors"] == ["France", "Germany"] and upload.frame.at[0, "targets"] == []


@pytest.mark.parametrize(("data", "name", "code"), [
    (b"x" * (limits.MAX_UPLOAD_BYTES + 1), "big.csv", "D201"),
    (b"text\n" + b"an article\n" * (limits.MAX_ARTICLE_ROWS + 1), "many.csv", "D202"),
    (b"", "empty.csv", "E107"),
    (b"title,author\nA,B\n", "notext.csv", "D105"),
    (b"text\nabc\n", "notes.odt", "E103"),
    (b"text\nabc\n", "notes.pdf", "E149"),
])
def test_unusable_uploads_give_a_coded_message(data, name, code):
    upload = read_upload(data, name)
    assert upload.error.startswith(code)


def test_bad_rows_are_reported_and_good_rows_kept():
    upload = read_upload(b'{"text": "France met Germany."}\nnot json\n{"text": "Russia spoke."}\n', "a.jsonl")
    assert len(upload.frame) == 2 and len(upload.problems) == 1


@pytest.mark.parametrize(("columns", "expected"), [
    (["event_id", "event_type", "date_start", "time_anchor", "actors", "extra"], True),
    (["id", "title", "text", "published"], False),
    (["event_id", "text"], False),
])
def test_events_tables_are_recognised(columns, expected):
    assert is_events_table(columns) is expected


def test_pasted_article_is_one_row():
    frame = pasted_article("France met Germany.", dt.date(2024, 3, 4), " Talks ")
    assert frame.to_dict("records") == [{"id": "pasted-1", "title": "Talks", "published": "2024-03-04",
                                         "source": "", "url": "", "text": "France met Germany."}]


@pytest.mark.parametrize("text", ["", "   \n "])
def test_empty_paste_is_refused(text):
    with pytest.raises(ValueError, match="D110"):
        pasted_article(text, None)
