"""A real browser on a team server: PostgreSQL behind the app, two analysts, a restart in between."""

import re
from urllib.parse import urlsplit

import psycopg
import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

TIMEOUT = 180_000  # ms; the first page extracts the two-article sample on a shared machine
LANES = ".js-plotly-plot g.y2tick text"


def _lanes(page) -> list[str]:
    page.wait_for_selector(LANES, timeout=TIMEOUT)
    return sorted(page.locator(LANES).all_text_contents())


def _dataset_id(page) -> str:
    caption = page.get_by_text(re.compile(r"dataset id")).first.inner_text(timeout=TIMEOUT)
    return re.search(r"[0-9a-f]{24}", caption).group(0)


def _view(page) -> tuple[str, str, list[str]]:
    """(dataset id, events heading, lanes) once the page has settled."""
    page.wait_for_function("() => /Events \\(\\d+ of/.test(document.body.innerText)", timeout=TIMEOUT)
    page.wait_for_timeout(1500)
    heading = page.get_by_role("heading", name=re.compile(r"^Events \(")).inner_text(timeout=TIMEOUT)
    return _dataset_id(page), heading, _lanes(page)


def _open(browser, url: str):
    page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    page.goto(url)
    return page


def _elsewhere(link: str, server: str) -> str:
    """The same view (path and query) on another server."""
    parts = urlsplit(link)
    return server.rstrip("/") + parts.path + ("?" + parts.query if parts.query else "")


def test_two_analysts_share_a_view_across_a_restart(app_server, browser, postgres_url, upload_csv, tmp_path):
    first, stop_first = app_server({"DATELINE_DATABASE_URL": postgres_url})
    a = _open(browser, first)
    sample = _dataset_id(a)
    a.get_by_text("Load data").click()
    a.locator("input[type=file]").set_input_files(str(upload_csv), timeout=TIMEOUT)
    a.get_by_role("button", name="Extract events").click(timeout=TIMEOUT)
    a.wait_for_function("() => [...document.querySelectorAll('.js-plotly-plot g.y2tick text')]"
                        ".some(t => t.textContent === 'Japan')", timeout=TIMEOUT)
    search = a.get_by_label("Search sentences")
    search.fill("talks")
    search.press("Enter")
    a.wait_for_url(re.compile(r"q=talks"), timeout=TIMEOUT)
    seen = _view(a)
    link = a.url
    assert seen[0] != sample and "ds=" + seen[0] in link

    b = _open(browser, link)  # another analyst, another browser context
    expect(b.get_by_label("Search sentences")).to_have_value("talks", timeout=TIMEOUT)
    assert _view(b) == seen
    b.get_by_text("Recent datasets").click()  # A's upload is listed on the server for B too
    recent = b.get_by_role("button", name=re.compile(r"^two_more\.csv · \d+ events · "))
    expect(recent).to_be_visible(timeout=TIMEOUT)

    with psycopg.connect(postgres_url) as conn:  # the dataset is rows in PostgreSQL, not a local file
        stored = conn.execute("SELECT count(*) FROM events WHERE dataset_id = %s", (seen[0],)).fetchone()[0]
    assert stored == int(re.search(r"of ([\d,]+)\)", seen[1]).group(1).replace(",", ""))

    stop_first()
    elsewhere = {"DATELINE_DATABASE_URL": postgres_url, "DATELINE_DATA_DIR": str(tmp_path / "other")}
    second, _ = app_server(elsewhere)
    c = _open(browser, _elsewhere(link, second))
    expect(c.get_by_label("Search sentences")).to_have_value("talks", timeout=TIMEOUT)
    assert _view(c) == seen
