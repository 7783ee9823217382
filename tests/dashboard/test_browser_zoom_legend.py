"""Real-browser checks of issue 8 item 6 through `dashboard/plotly_bridge`: a free zoom of the chart is
the time window (kept across filter changes, in the link, restored in a new browser context), and a
legend click is the event-type filter (table, counts and link follow). Waits are on conditions."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

import pandas as pd
import pytest
from playwright.sync_api import expect

from tests.dashboard.plotly_js import FIND_POINT

pytestmark = pytest.mark.browser

TIMEOUT = 120_000  # ms
CHART = ".st-key-timeline .js-plotly-plot"
LANES = CHART + " g.y2tick text"
BRIDGED = CHART + "[data-dateline-bridge=attached]"
X_RANGE = ("() => { const gd = document.querySelector('.js-plotly-plot'); return gd && gd._fullLayout ? "
           "gd._fullLayout.xaxis.range.map(String) : null; }")
# Zoom as a drag or a scroll does: Plotly.relayout on the chart (Streamlit's bundle exposes Plotly).
RELAYOUT = """([x0, x1]) => Plotly.relayout(document.querySelector('.st-key-timeline .js-plotly-plot'),
                                           {'xaxis.range': [x0, x1]}).then(() => true)"""
LEGEND_ITEMS = """() => [...document.querySelectorAll('.st-key-timeline g.legend g.traces')]
  .map(g => ({name: g.textContent, hidden: g.style.opacity === '0.5'}))"""
EVENTS = re.compile(r"^Events \((\d+) of (\d+)\)")


def _page(browser):
    return browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()


def _open(browser, url: str):
    page = _page(browser)
    page.goto(url)
    page.wait_for_selector(LANES, timeout=TIMEOUT)
    page.wait_for_function(X_RANGE, timeout=TIMEOUT)
    _settled(page)
    _bridged(page)
    return page


def _bridged(page) -> None:
    """Until the bridge listens to the chart drawn now: a zoom or legend click made before it is
    attached reaches Plotly only (the test then waits forever for a URL that does not change)."""
    page.wait_for_selector(BRIDGED, state="attached", timeout=TIMEOUT)


def _settled(page) -> None:
    page.wait_for_function("() => !document.querySelector('[data-testid=stStatusWidget]')", timeout=TIMEOUT)


def _range_starts(page, low: str, high: str) -> None:
    # Plotly keeps a range as given ("2024-03-04T06:00:00" from the server, "2024-03-04 06:00" from a drag)
    page.wait_for_function("([a, b]) => { const gd = document.querySelector('.js-plotly-plot');"
                           " const r = gd && gd._fullLayout.xaxis.range.map(x => String(x).replace('T',' '));"
                           " return r && r[0].startsWith(a) && r[1].startsWith(b); }",
                           arg=[low, high], timeout=TIMEOUT)


def _counts(page) -> tuple[int, int]:
    text = page.get_by_role("heading", name=EVENTS).inner_text(timeout=TIMEOUT)
    shown, total = EVENTS.search(text).groups()
    return int(shown), int(total)


def _counts_become(page, shown: str) -> tuple[int, int]:
    """The counts once the heading's first number is `shown` ("<total" for any smaller one): the URL
    changes in the chart's part of the run, before the table's heading is sent, and the status widget
    can be gone for a moment before a run starts, so a settled page may still show the last counts."""
    page.wait_for_function("s => { const h = [...document.querySelectorAll('h3')]"
                           ".map(e => /^Events \\((\\d+) of (\\d+)\\)/.exec(e.innerText)).find(m => m);"
                           " return h && (s === '<total' ? +h[1] < +h[2] : h[1] === s); }",
                           arg=shown, timeout=TIMEOUT)
    return _counts(page)


def test_browser_zoom_is_the_window_kept_across_filters_and_shared(served_app, browser):
    page = _open(browser, served_app)
    assert page.evaluate(RELAYOUT, ["2024-03-03", "2024-03-10"])
    page.wait_for_url(re.compile(r"window=2024-03-03\.\.2024-03-09"), timeout=TIMEOUT)  # whole days
    _settled(page)
    _range_starts(page, "2024-03-03", "2024-03-10")
    chosen = page.get_by_role("radio", name="2024-03-03 – 2024-03-09")  # the window control shows it
    expect(chosen).to_have_attribute("aria-checked", "true")

    page.get_by_text("Group lanes by country").click()  # a filter change keeps the zoom
    page.wait_for_url(re.compile(r"group=1"), timeout=TIMEOUT)
    _settled(page)
    assert "window=2024-03-03..2024-03-09" in page.url
    _range_starts(page, "2024-03-03", "2024-03-10")
    shown = page.evaluate(X_RANGE)

    other = _open(browser, page.url)  # a new browser context: nothing shared but the link
    _range_starts(other, "2024-03-03", "2024-03-10")
    assert other.evaluate(X_RANGE) == shown

    _bridged(other)
    other.locator(CHART + " .nsewdrag").dblclick()  # Plotly's reset: the 'all' window
    other.wait_for_url(re.compile(r"window=all"), timeout=TIMEOUT)


def test_browser_zoom_within_a_day_keeps_its_hours_and_the_table_follows(served_app, browser):
    page = _open(browser, served_app)
    assert page.evaluate(RELAYOUT, ["2024-03-04 06:00", "2024-03-04 18:30"])
    page.wait_for_url(re.compile(r"window=2024-03-04T06(:|%3A)00\.\.2024-03-04T18(:|%3A)30"), timeout=TIMEOUT)
    _settled(page)
    _range_starts(page, "2024-03-04 06:00", "2024-03-04 18:30")
    chosen = page.get_by_role("radio", name="2024-03-04 06:00 – 18:30")
    expect(chosen).to_have_attribute("aria-checked", "true")
    note = page.get_by_text(re.compile(r"In the time window 2024-03-04 06:00 – 2024-03-04 18:30: [1-9]"))
    expect(note).to_be_visible(timeout=TIMEOUT)  # the day's meeting is in the table: a day runs to its end
    assert "holds 1 of" in page.get_by_text(re.compile(r"^Window: chosen window")).inner_text()
    assert page.evaluate(FIND_POINT) is not None  # and drawn inside the zoom (a day's marker sits at noon)


def _query(page) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)


def test_browser_legend_click_is_the_type_filter(served_app, browser, tmp_path):
    page = _open(browser, served_app + "?fulltable=1")  # the table lists every date: counts are total
    shown, total = _counts(page)
    assert shown == total
    items = page.evaluate(LEGEND_ITEMS)
    assert len(items) >= 2 and not any(i["hidden"] for i in items)
    hidden = items[0]["name"]

    page.locator(CHART + " g.legend g.traces", has_text=hidden).click()
    page.wait_for_url(re.compile(r"notype="), timeout=TIMEOUT)
    _settled(page)
    assert _query(page)["notype"] == [hidden] and "type" not in _query(page)  # "all but" the hidden type
    fewer, _ = _counts_become(page, "<total")
    assert 0 < fewer < total
    # greyed, still clickable: the chart is re-drawn from the rerun's figure, so wait for it to arrive
    page.wait_for_function(f"name => ({LEGEND_ITEMS})().some(i => i.name === name && i.hidden)", arg=hidden,
                           timeout=TIMEOUT)
    sidebar = page.locator("[data-testid=stSidebar]")
    # the filter widget shows it
    expect(sidebar.get_by_text(items[1]["name"], exact=True)).to_be_visible(timeout=TIMEOUT)
    button = page.get_by_role("button", name="Download filtered table (CSV)")
    expect(button).to_have_count(1, timeout=TIMEOUT)  # a rerun's stale copy has gone
    with page.expect_download(timeout=TIMEOUT) as download:
        button.click()
    table = pd.read_csv(download.value.path())
    assert len(table) == fewer and hidden not in set(table["event_type"])

    page.locator(CHART + " g.legend g.traces", has_text=hidden).click()  # shown again: all types
    page.wait_for_url(lambda url: "type=" not in url, timeout=TIMEOUT)  # neither type= nor notype=
    _settled(page)
    assert _counts_become(page, str(total)) == (total, total)
