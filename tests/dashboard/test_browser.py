"""A real browser: upload articles, see their actors on the timeline, reopen the URL elsewhere, same view."""

import re

import pytest
from playwright.sync_api import expect

from tests.dashboard.plotly_js import FIND_POINT, MARKER_POINTS

pytestmark = pytest.mark.browser

TIMEOUT = 90_000  # ms; the first page load extracts the two-article sample


def _lanes(page) -> list[str]:
    page.wait_for_selector(".js-plotly-plot g.y2tick text", timeout=TIMEOUT)
    return page.locator(".js-plotly-plot g.y2tick text").all_text_contents()


def _wait_for_lane(page, name: str) -> None:
    script = ("name => [...document.querySelectorAll('.js-plotly-plot g.y2tick text')]"
              ".some(t => t.textContent === name)")
    page.wait_for_function(script, arg=name, timeout=TIMEOUT)


def _dataset_id(page) -> str:
    caption = page.get_by_text(re.compile(r"dataset id")).first.inner_text(timeout=TIMEOUT)
    return re.search(r"[0-9a-f]{24}", caption).group(0)


def _events_heading(page) -> str:
    return page.get_by_role("heading", name=re.compile(r"^Events \(")).inner_text(timeout=TIMEOUT)


def test_upload_see_actors_and_share_the_view(served_app, browser, upload_csv):
    page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    page.goto(served_app)
    assert "Russia" in _lanes(page)  # the sample's timeline is shown at once
    sample_id = _dataset_id(page)

    page.get_by_text("Load data").click()
    page.locator("input[type=file]").set_input_files(str(upload_csv), timeout=TIMEOUT)
    page.get_by_role("button", name="Extract events").click(timeout=TIMEOUT)
    _wait_for_lane(page, "Japan")
    lanes = _lanes(page)
    assert {"Japan", "South Korea", "Javier Milei", "Brazil"} <= set(lanes)

    search = page.get_by_label("Search sentences")
    search.fill("talks")
    search.press("Enter")
    page.wait_for_url(re.compile(r"q=talks"), timeout=TIMEOUT)
    page.wait_for_function("() => /Events \\(\\d+ of/.test(document.body.innerText)", timeout=TIMEOUT)
    page.wait_for_timeout(1500)  # let the last rerun settle before reading the view
    link, heading, dataset = page.url, _events_heading(page), _dataset_id(page)
    assert "ds=" + dataset in link and dataset != sample_id

    other = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    other.goto(link)
    assert _dataset_id(other) == dataset
    expect(other.get_by_label("Search sentences")).to_have_value("talks", timeout=TIMEOUT)
    other.wait_for_function("() => /Events \\(\\d+ of/.test(document.body.innerText)", timeout=TIMEOUT)
    assert _events_heading(other) == heading
    assert sorted(_lanes(other)) == sorted(_lanes(page))


FIRST_SEEN = """
window.firstSeen = {};
const watched = [["lanes", ".js-plotly-plot g.y2tick text"], ["grid", "[data-testid=stDataFrame]"]];
new MutationObserver(() => {
  for (const [name, selector] of watched) {
    if (!(name in window.firstSeen) && document.querySelector(selector)) {
      window.firstSeen[name] = performance.now();
    }
  }
}).observe(document, {childList: true, subtree: true});
"""


def test_a_new_page_draws_its_events_table_once_the_chart_is_drawn(served_app, browser):
    page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    page.add_init_script(FIRST_SEEN)
    page.goto(served_app)
    _lanes(page)
    expect(page.locator("[data-testid=stDataFrame]")).to_be_visible(timeout=TIMEOUT)
    expect(page.get_by_text("D605")).to_have_count(0, timeout=TIMEOUT)
    assert _events_heading(page).startswith("Events (")
    seen = page.evaluate("() => window.firstSeen")
    assert seen["grid"] > seen["lanes"]  # the grid's scripts did not compete with the chart's


def test_the_events_table_comes_even_when_the_bridges_script_cannot_run(served_app, browser):
    """The chart's bridge (a `components.v2` element) reports the drawn chart, and the page then draws
    the table. Here its scripts are refused: the chart is drawn, nothing reports it, and the server's
    own timer (`panels.table_stand_in`) still brings the table."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.route(re.compile(r"/static/js/BidiComponent[^/]*\.js$"), lambda route: route.abort())
    page = context.new_page()
    page.goto(served_app)
    _lanes(page)
    assert page.locator(".js-plotly-plot[data-dateline-bridge]").count() == 0  # no bridge on this page
    expect(page.locator("[data-testid=stDataFrame]")).to_be_visible(timeout=TIMEOUT)
    expect(page.get_by_text("D605")).to_have_count(0, timeout=TIMEOUT)
    assert _events_heading(page).startswith("Events (")
    context.close()


def test_clicking_a_point_opens_its_details(served_app, browser):
    page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    page.goto(served_app)
    _lanes(page)
    page.wait_for_timeout(1000)
    point = page.evaluate(FIND_POINT)
    assert point is not None
    page.evaluate("() => { window.chartBeforeClick = document.querySelector('.js-plotly-plot'); }")
    page.mouse.click(point["x"], point["y"])
    page.wait_for_url(re.compile("event=" + point["id"]), timeout=TIMEOUT)
    details = page.locator(".dateline-details")
    expect(details).to_be_visible(timeout=TIMEOUT)
    # The chart was kept, not replaced: a new chart element would be drawn from scratch (slow).
    assert page.evaluate("() => window.chartBeforeClick === document.querySelector('.js-plotly-plot')")
    expect(details.locator("mark.actor").first).to_be_visible(timeout=TIMEOUT)
    expect(details.get_by_role("link")).to_have_attribute("href", re.compile(r"^https://news\.example/a[12]$"))
    page.get_by_role("button", name="Close details").click()
    expect(details).to_have_count(0, timeout=TIMEOUT)
    page.wait_for_timeout(2000)  # a stale selection must not reopen it on the next rerun
    expect(details).to_have_count(0)
    assert "event=" not in page.url


def test_two_reports_of_one_meeting_make_one_story(served_meeting_app, browser):
    page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    page.goto(served_meeting_app)
    assert {"Emmanuel Macron", "Olaf Scholz"} <= set(_lanes(page))
    page.wait_for_timeout(1000)
    points = page.evaluate(MARKER_POINTS)
    assert len({p["id"] for p in points}) == 1  # one story: the same marker on both lanes
    assert all("2 reports" in p["text"] and "Daily Ledger, Example Wire" in p["text"] for p in points)

    point = page.evaluate(FIND_POINT)
    page.mouse.click(point["x"], point["y"])
    story = page.locator(".dateline-story")
    expect(story).to_be_visible(timeout=TIMEOUT)
    expect(story).to_contain_text("2 reports")
    expect(story.locator("li")).to_have_count(2)
    expect(story).to_contain_text("met German Chancellor Olaf Scholz in Paris on Monday.")
    expect(story).to_contain_text("held talks with French President Emmanuel Macron in Paris on Monday.")

    page.get_by_text("Show every report").click()
    page.wait_for_url(re.compile("reports=1"), timeout=TIMEOUT)
    page.wait_for_function("() => { const gd = document.querySelector('.js-plotly-plot'); return gd && "
                           "new Set(gd._fullData.filter(t => t.customdata && t.mode === 'markers')"
                           ".flatMap(t => [...t.customdata])).size === 2; }", timeout=TIMEOUT)
