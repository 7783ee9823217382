"""Real-browser checks of what the timeline draws: a window with more points than the eye resolves
shows counts per lane and time bin; a click on a count zooms into its bin, where every event is drawn
and clickable. Waits are on conditions."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from dashboard import store
from dashboard.synthetic import synthetic_events
from tests.dashboard.plotly_js import FIND_POINT

pytestmark = pytest.mark.browser

TIMEOUT = 120_000  # ms
LANES = ".st-key-timeline .js-plotly-plot g.y2tick text"
EVENT_POINT = f"() => {{ const p = ({FIND_POINT})(); return p && !p.id.startsWith('window:') ? p : null; }}"


def test_dense_window_shows_counts_and_a_click_zooms_in_to_clickable_events(served_app, browser):
    ident = store.save(synthetic_events(3000, seed=3), "Synthetic 3,000")  # the served app's data directory
    page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    page.goto(f"{served_app}?ds={ident}&window=all")
    page.wait_for_selector(LANES, timeout=TIMEOUT)
    expect(page.get_by_text(re.compile(r"showing counts per \w+ and lane"))).to_be_visible(timeout=TIMEOUT)
    count = page.evaluate(FIND_POINT)
    assert count is not None and count["id"].startswith("window:")  # the drawn markers are counts

    page.wait_for_timeout(500)
    page.mouse.click(count["x"], count["y"])
    window = count["id"].removeprefix("window:")
    page.wait_for_url(re.compile("window=" + re.escape(window)), timeout=TIMEOUT)
    point = page.wait_for_function(EVENT_POINT, timeout=TIMEOUT).json_value()  # single events now
    expect(page.get_by_text(re.compile(r"showing counts per"))).to_have_count(0)

    page.wait_for_timeout(500)
    page.mouse.click(point["x"], point["y"])
    page.wait_for_url(re.compile("event=" + point["id"]), timeout=TIMEOUT)
    expect(page.locator(".dateline-details")).to_be_visible(timeout=TIMEOUT)
