"""Real-browser checks of work that runs in a worker: a zipped corpus run made with `--no-link` is
linked after "Open" and arrives as the open dataset. Waits are on conditions, never on time."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from dashboard.synthetic import synthetic_events
from extract.bulk.dataset import Dataset
from tests.dashboard.test_zipped import _zip

pytestmark = pytest.mark.browser

TIMEOUT = 120_000  # ms: CI machines are small
JOB_TIMEOUT = 600_000  # a job's end, on two cores under load
SETTLED = "() => !document.querySelector('[data-testid=stStatusWidget]')"
LANES = ".js-plotly-plot g.y2tick text"


STARTED = "texts => texts.some(t => document.body.innerText.includes(t))"


def _click_until_started(page, name: str, signs: list[str]) -> None:
    """Click the button once no script run is going on, until a sign of the job shows. A click that
    lands on a copy a rerun replaces is lost (CI on main eb03e5b: the job never started)."""
    for _ in range(3):
        page.wait_for_function(SETTLED, timeout=TIMEOUT)
        page.get_by_role("button", name=name).click(timeout=TIMEOUT)
        try:
            page.wait_for_function(STARTED, arg=signs, timeout=30_000)
            return
        except PlaywrightTimeout:
            continue


def test_browser_unlinked_zip_is_linked_in_a_worker_and_opens(served_app, browser, tmp_path):
    events = synthetic_events(60, seed=2).assign(story_id="")
    Dataset(tmp_path / "events.parquet", {}, resume=False).write("00000-000000", events, [], {})
    path = tmp_path / "events.zip"
    path.write_bytes(_zip(tmp_path / "events.parquet"))
    page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    page.goto(served_app)
    page.wait_for_selector(LANES, timeout=TIMEOUT)
    page.get_by_text("Load data").click()
    page.locator("input[type=file]").set_input_files(str(path), timeout=TIMEOUT)
    expect(page.get_by_text(re.compile("D112: Its stories are not linked"))).to_be_visible(timeout=TIMEOUT)
    _click_until_started(page, "Open this events table",
                         ["Linking the stories of events.zip", "events.zip · 60 events"])
    page.wait_for_function("() => [...document.querySelectorAll('[data-testid=stCaptionContainer]')]"
                           ".some(c => c.innerText.includes('events.zip · 60 events'))", timeout=JOB_TIMEOUT)
    page.wait_for_url(re.compile(r"ds=[0-9a-f]{24}"), timeout=TIMEOUT)
    page.wait_for_selector(LANES, timeout=TIMEOUT)
