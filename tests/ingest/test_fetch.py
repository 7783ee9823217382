"""An article fetched from its URL is read like the saved file: a web page, a PDF or a Word file by
its content type; every failure is one coded error naming the URL (E151). A real HTTP server on
localhost serves the pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.__main__ import main
from extract.ingest.errors import IngestError
from extract.ingest.fetch import is_url, read_url
from tests.http_pages import SLOW_PATH, serving

PDF = (Path(__file__).with_name("data") / "printed.pdf").read_bytes()
PAGE = (b"<html><head><title>Talks in Oslo | The Herald</title>"
        b'<meta property="article:published_time" content="2024-03-12T09:30:00+01:00"></head><body><article>'
        b"<p>The foreign ministers of Norway and Finland met in Oslo on Tuesday to discuss Arctic security "
        b"and the protection of undersea cables between the two countries.</p></article></body></html>")
CANONICAL = PAGE.replace(b"</head>", b'<link rel="canonical" href="https://herald.example/oslo-talks"></head>')
ROUTES = {  # path -> (status, content type, body, extra headers)
    "/world/oslo-talks": (200, "text/html; charset=utf-8", PAGE, {}),
    "/canonical": (200, "text/html", CANONICAL, {}),
    "/moved": (301, "text/html", b"", {"Location": "/world/oslo-talks"}),
    "/reports/quotas.pdf": (200, "application/pdf", PDF, {}),
    "/files/quotas.pdf": (200, "application/octet-stream", PDF, {}),
    "/missing": (404, "text/html", b"<h1>Not found</h1>", {}),
    "/data.json": (200, "application/json", b"{}", {}),
    SLOW_PATH: (200, "text/html", PAGE, {}),
}


@pytest.fixture(scope="module")
def server():
    with serving(ROUTES) as base:
        yield base


@pytest.mark.parametrize(("text", "expected"), [
    ("https://herald.example/a", True), ("  http://herald.example/a?b=1  ", True), ("story.html", False),
    ("ftp://herald.example/a", False), ("https://herald.example/a b", False), ("/tmp/https://x", False)])
def test_is_url(text: str, expected: bool) -> None:
    assert is_url(text) is expected


@pytest.mark.parametrize(("path", "name", "title", "url", "published"), [
    # a page without a canonical URL: the address it came from (after the redirect) is its url
    ("/world/oslo-talks", "oslo-talks.html", "Talks in Oslo", "/world/oslo-talks", "2024-03-12"),
    ("/moved", "oslo-talks.html", "Talks in Oslo", "/world/oslo-talks", "2024-03-12"),
    # the page's own canonical URL wins
    ("/canonical", "canonical.html", "Talks in Oslo", "https://herald.example/oslo-talks",
     "2024-03-12"),
    # a PDF by its content type, or by its suffix when the type says nothing
    ("/reports/quotas.pdf", "quotas.pdf", "Nordic talks | The Herald", "/reports/quotas.pdf", None),
    ("/files/quotas.pdf", "quotas.pdf", "Nordic talks | The Herald", "/files/quotas.pdf", None),
])
def test_fetched_article_is_read_by_its_type(server, path, name, title, url, published) -> None:
    table = read_url(server + path)
    record = table.frame.to_dict("records")[0]
    assert (table.name, record["title"], table.problems) == (name, title, [])
    assert record["url"] == (url if url.startswith("https") else server + url)
    assert record.get("published") == published
    assert "Norway" in record["text"]


@pytest.mark.parametrize(("path", "reason"), [
    ("/missing", "the server answered HTTP 404 Not Found"),
    ("/data.json", "its content type 'application/json' is not a web page, PDF or Word file"),
    (SLOW_PATH, "no answer within the time limit"),
])
def test_fetch_failures_name_the_url_and_the_reason(server, path, reason) -> None:
    with pytest.raises(IngestError) as caught:
        read_url(server + path, timeout=1)
    assert str(caught.value) == f"E151: cannot fetch {server + path}: {reason}"


def test_unreachable_server_is_a_clear_error() -> None:
    with pytest.raises(IngestError) as caught:
        read_url("http://127.0.0.1:9/x", timeout=2)
    assert str(caught.value) == "E151: cannot fetch http://127.0.0.1:9/x: the server cannot be reached"


def test_cli_reads_one_url(server, tmp_path, capsys) -> None:
    events = tmp_path / "ev.csv"
    assert main([server + "/world/oslo-talks", "-o", str(events)]) == 0
    assert "read oslo-talks.html: web page, one article" in capsys.readouterr().err
    assert "met" in events.read_text(encoding="utf-8")


def test_cli_reads_a_url_alone(server, tmp_path, capsys) -> None:
    other = tmp_path / "other.md"
    other.write_text("Norway met Finland.", encoding="utf-8")
    assert main([server + "/world/oslo-talks", str(other), "-o", str(tmp_path / "ev.csv")]) == 2
    assert "E152: a URL is read alone" in capsys.readouterr().err
