"""An article fetched from its URL in the app: read like the saved file, extracted like an upload;
a failed fetch says why and keeps the current view."""

from __future__ import annotations

import pytest

from tests.dashboard.helpers import finish_extraction
from tests.http_pages import serving

PAGE = (b"<html><head><title>Talks in Oslo</title>"
        b'<meta property="article:published_time" content="2024-03-12T09:30:00+01:00"></head><body><article>'
        b"<p>The foreign ministers of Norway and Finland met in Oslo on Tuesday to discuss Arctic security "
        b"and the protection of undersea cables between the two countries.</p></article></body></html>")


@pytest.fixture(scope="module")
def server():
    with serving({"/world/oslo-talks": (200, "text/html", PAGE, {})}) as base:
        yield base


def fetch(at, url: str):
    at.text_input(key="fetch_url").input(url)
    return at.button(key="FormSubmitter:fetch-Fetch").click().run()


def test_fetched_page_is_extracted_with_its_date_and_url(app, server):
    at = fetch(app(), server + "/world/oslo-talks")
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert at.selectbox(key="url_map_published").value == "published"
    finish_extraction(at.button(key="url_extract_upload").click().run())
    assert not at.exception and "oslo-talks.html" in at.caption[0].value
    table = at.dataframe[0].value
    met = table[table["event_type"] == "CONSULT"]
    assert met[["actors", "date_start"]].astype(str).values.tolist() == [["Norway; Finland", "2024-03-12"]]
    assert set(table["title"]) == {"Talks in Oslo"}


@pytest.mark.parametrize(("url", "reason"), [
    ("/missing", "the server answered HTTP 404 Not Found"),
    ("not a url", "it is not an http:// or https:// address"),
])
def test_failed_fetch_says_why_and_keeps_the_view(app, server, url, reason):
    at = app()
    before = at.caption[0].value
    address = server + url if url.startswith("/") else url
    at = fetch(at, address)
    assert not at.exception
    assert [e.value for e in at.error] == [f"E151: cannot fetch {address}: {reason}"]
    assert at.caption[0].value == before
