"""One saved web page per file: the article's text and its metadata (title, date, site, URL) found by
trafilatura; nothing guessed (a copyright year is no date), nothing lost (no article → whole text, E116)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.bulk.sources import expand_inputs
from extract.ingest import detect_columns, prepare_articles, read_table

STORY = ("<p>The foreign ministers of Norway and Finland met in Oslo on Tuesday to discuss Arctic security "
         "and the protection of undersea cables between the two countries.</p>"
         "<p>Finland signed an agreement on energy cooperation with Norway last week, officials in both "
         "capitals said after the meeting.</p>")
NAV = '<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>'


def page(head: str = "", before: str = "", after: str = "") -> str:
    return f"<html><head>{head}</head><body>{NAV}<article>{before}{STORY}</article>{after}</body></html>"


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # Open Graph metadata: a local time with its zone gives the local date (not the UTC one)
        (page('<title>Oslo talks | Herald</title><meta property="og:title" content="Ministers meet in Oslo">'
              '<meta property="og:site_name" content="The Herald">'
              '<meta property="og:url" content="https://herald.example/world/oslo">'
              '<meta property="article:published_time" content="2024-03-12T00:30:00+01:00">'),
         {"title": "Ministers meet in Oslo", "published": "2024-03-12", "source": "The Herald",
          "url": "https://herald.example/world/oslo"}),
        # JSON-LD of a news article: its datePublished, its publisher
        (page('<title>Oslo talks - Herald</title><script type="application/ld+json">{"@context": '
              '"https://schema.org", "@type": "NewsArticle", "headline": "Oslo talks", "datePublished": '
              '"2025-02-03T22:30:00-05:00", "publisher": {"@type": "Organization", "name": "The Herald"}}'
              '</script>'),
         {"title": "Oslo talks", "published": "2025-02-03", "source": "The Herald", "url": ""}),
        # a <time> element in the article
        (page("<title>Talks</title>", before='<time datetime="2023-06-05">5 June 2023</time>'),
         {"title": "Talks", "published": "2023-06-05", "source": "", "url": ""}),
        # the date in the canonical URL; the host names the source when the page names no site
        (page('<title>Talks</title><link rel="canonical" href="https://herald.example/2022/09/14/talks">'),
         {"title": "Talks", "published": "2022-09-14", "source": "herald.example",
          "url": "https://herald.example/2022/09/14/talks"}),
        # a copyright year is not a publication date
        (page("<title>Talks in Oslo</title>", after="<footer>Copyright 2024 The Herald</footer>"),
         {"title": "Talks in Oslo", "published": "", "source": "", "url": ""}),
    ],
)
def test_web_page_metadata(html: str, expected: dict) -> None:
    table = read_table(html.encode("utf-8"), name="oslo.html")
    [row] = table.frame.to_dict("records")
    assert (table.format, table.problems) == ("document", [])
    assert {key: row[key] for key in expected} == expected
    assert row["id"] == "oslo" and "met in Oslo on Tuesday" in row["text"]
    assert "Home" not in row["text"] and "Copyright" not in row["text"]  # menus and footers are left out


def test_web_page_date_is_the_publication_date() -> None:
    html = page('<meta property="article:published_time" content="2024-03-12T09:30:00+01:00">')
    frame = read_table(html.encode("utf-8"), name="oslo.htm").frame
    prepared = prepare_articles(frame, detect_columns(frame.columns))
    [article] = prepared.articles
    assert (article.published, article.doc_id, prepared.problems) == (dt.date(2024, 3, 12), "oslo", [])


@pytest.mark.parametrize(
    ("html", "text"),
    [("just words in a file named as a page", ""),
     ("<html><head><title>Live</title></head><body><script>load();</script></body></html>", "")],
)
def test_page_without_an_article_is_read_whole_and_reported(html: str, text: str) -> None:
    table = read_table(html.encode("utf-8"), name="empty.html")
    assert table.frame["text"].str.strip().tolist() == [text]
    [found] = table.problems
    assert found["row"] is None and found["message"].startswith("E116: empty.html: no article found")


def test_folder_of_saved_pages_skips_the_pages_own_resource_folders(tmp_path) -> None:
    """A browser saves "Story.html" with "Story_files/" beside it; frames in that folder are no articles."""
    (tmp_path / "Story_files").mkdir()
    (tmp_path / "Story.html").write_text(page(), encoding="utf-8")
    (tmp_path / "Story_files" / "advert.html").write_text(page(), encoding="utf-8")
    (tmp_path / "notes_files").mkdir()  # no notes.html beside it: an ordinary folder, read
    (tmp_path / "notes_files" / "Other.htm").write_text(page(), encoding="utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in expand_inputs([str(tmp_path)])] == [
        "Story.html", "notes_files/Other.htm"]
