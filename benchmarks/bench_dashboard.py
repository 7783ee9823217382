"""Dashboard benchmark (not a test): prints a table of timings.

1. Time to first timeline on the bundled sample: cold (empty data directory: spaCy model load +
   extraction + store + figure) and warm (the sample's events cached in the store).
2. Re-render after a filter change with 100,000 synthetic events: filter + lanes + figure build + JSON
   serialisation (what Streamlit sends to the browser), for several filter states.

3. With --browser: the same, as a person sees it: `streamlit run` on a loopback port and headless
   Chromium timing page load -> timeline drawn (cold and warm), search typed -> table and chart
   updated (on the sample and on the 100,000-event dataset), and a click on a point -> its details
   shown (on the sample).

With --screenshot PATH it only takes a screenshot of the real app on the sample (docs/screenshot.png).

Run: .venv/bin/python benchmarks/bench_dashboard.py [--events 100000] [--repeat 3] [--browser]
     .venv/bin/python benchmarks/bench_dashboard.py --screenshot docs/screenshot.png
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard import store  # noqa: E402
from dashboard.figures import build_timeline, timeline_columns  # noqa: E402
from dashboard.filters import Prepared, apply_filters, prepare  # noqa: E402
from dashboard.lanes import choose_lanes  # noqa: E402
from dashboard.sample import sample_dataset, sample_path  # noqa: E402
from dashboard.state import ViewState  # noqa: E402
from dashboard.story_view import collapse_stories  # noqa: E402
from dashboard.synthetic import synthetic_events  # noqa: E402
from tests.dashboard.plotly_js import FIND_POINT  # noqa: E402

# The lane names on the timeline's y axis (the lanes are on y axis 2: see dashboard/figures.py).
LANE_LABELS = ".js-plotly-plot g.y2tick text"
TABLE = "[data-testid=stDataFrame]"
FILTER_CHANGES = {
    "no filter (12 busiest lanes)": ViewState(),
    "2 event types": ViewState(types=("AGREE", "ASSAULT")),
    "3 actors": ViewState(actors=("Russia", "China", "Emmanuel Macron")),
    "search 'sanctioned'": ViewState(query="sanctioned"),
    "one year, 30 lanes": ViewState(date_from=dt.date(2023, 1, 1), date_to=dt.date(2023, 12, 31), lanes=30),
    "type+mode+anchor+source": ViewState(types=("SANCTION",), modes=("asserted",), anchors=("explicit",),
                                         sources=("Daily Ledger",)),
}


def render(prepared: Prepared, state: ViewState) -> tuple[int, str, int]:
    """One re-render as the app does it (filters, one point per story, lanes, figure, JSON); returns
    (points on the lanes, what is drawn, JSON bytes)."""
    filtered = apply_filters(prepared, state)
    shown = collapse_stories(timeline_columns(filtered))
    fig, info = build_timeline(shown, choose_lanes(filtered, state), state.group)
    kind = f"counts per {info.unit}" if info.aggregated else f"{info.drawn:,} events drawn"
    return info.points, kind, len(fig.to_json())


def first_timeline() -> float:
    """Seconds from nothing to a serialised sample timeline, with whatever the store holds."""
    started = time.perf_counter()
    ident, _ = sample_dataset()
    render(prepare(store.load(ident)), ViewState())
    return time.perf_counter() - started


def bench_sample() -> list[tuple[str, str]]:
    with tempfile.TemporaryDirectory() as data:
        os.environ["DATELINE_DATA_DIR"] = data
        cold = first_timeline()
        warm = [first_timeline() for _ in range(3)]
    return [(f"first timeline, sample {sample_path().name}, cold (model load + extraction)", f"{cold:.2f} s"),
            ("first timeline, sample, warm cache (median of 3)", f"{statistics.median(warm):.2f} s")]


def bench_synthetic(n: int, repeat: int) -> list[tuple[str, str]]:
    table = synthetic_events(n)
    started = time.perf_counter()
    prepared = prepare(table)
    rows = [(f"prepare {n:,} events (once per dataset)", f"{time.perf_counter() - started:.2f} s")]
    render(prepared, ViewState())  # warm-up: plotly's validators load on first use
    for label, state in FILTER_CHANGES.items():
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            points, kind, size = render(prepared, state)
            times.append(time.perf_counter() - started)
        rows.append((f"re-render {n:,}: {label} -> {points:,} points, {kind}, JSON {size / 1e6:.1f} MB",
                     f"{statistics.median(times):.2f} s"))
    return rows


def _serve(data_dir: str, port: int):
    import subprocess
    import urllib.request

    app = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
    command = [sys.executable, "-m", "streamlit", "run", str(app), "--server.port", str(port),
               "--server.address", "127.0.0.1", "--server.headless", "true",
               "--browser.gatherUsageStats", "false"]
    env = {**os.environ, "DATELINE_DATA_DIR": data_dir}
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(120):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2).close()
            return process
        except OSError:
            time.sleep(0.5)
    process.terminate()
    raise RuntimeError("streamlit did not start")


def _time_to_timeline(browser, url: str, context=None) -> float:
    """Page open to drawn timeline, in a new browser profile (nothing cached) or in `context` (a profile
    that has opened the app before: its scripts are in the browser's cache, as for a daily user)."""
    page = (context or browser.new_context(viewport={"width": 1400, "height": 1000})).new_page()
    started = time.perf_counter()
    page.goto(url)
    page.wait_for_selector(LANE_LABELS, timeout=300_000)
    seconds = time.perf_counter() - started
    page.close()
    if context is None:
        page.context.close()
    return seconds


def _time_return_visits(browser, url: str, repeat: int) -> float:
    """Median page open to drawn timeline for a returning user (same browser profile, after one visit)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    _time_to_timeline(browser, url, context)
    seconds = statistics.median(_time_to_timeline(browser, url, context) for _ in range(repeat))
    context.close()
    return seconds


def _settled(page) -> None:
    """Until the script run is over (no status widget) and the browser has painted twice since."""
    page.wait_for_function("() => !document.querySelector('[data-testid=stStatusWidget]')", timeout=300_000)
    page.wait_for_selector(LANE_LABELS, timeout=300_000)
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")


def _opened(page, url: str) -> None:
    """Open `url` and wait until the page is complete: the chart, then the events table (drawn once
    the browser reports the chart drawn: a second script run), and no script run going on."""
    page.goto(url)
    page.wait_for_selector(LANE_LABELS, timeout=300_000)
    page.wait_for_selector(TABLE, timeout=300_000)
    page.wait_for_function("() => !document.querySelector('[data-testid=stStatusWidget]')", timeout=300_000)


def _time_search(browser, url: str, words: str) -> float:
    page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    _opened(page, url)
    before = page.get_by_role("heading", name="Events (").inner_text()
    box = page.get_by_label("Search sentences")
    box.fill(words)
    started = time.perf_counter()
    box.press("Enter")
    page.wait_for_function("t => !document.body.innerText.includes(t)", arg=before, timeout=300_000)
    _settled(page)
    seconds = time.perf_counter() - started
    page.context.close()
    return seconds


def _time_click(browser, url: str) -> float:
    """Seconds from a click on a timeline point until its details are shown."""
    page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    _opened(page, url)
    point = page.evaluate(FIND_POINT)
    started = time.perf_counter()
    page.mouse.click(point["x"], point["y"])
    page.wait_for_selector(".dateline-details", timeout=300_000)
    _settled(page)
    seconds = time.perf_counter() - started
    page.context.close()
    return seconds


def bench_browser(n: int, repeat: int) -> list[tuple[str, str]]:
    from playwright.sync_api import sync_playwright

    port = _free_port()
    with tempfile.TemporaryDirectory() as data, sync_playwright() as driver:
        os.environ["DATELINE_DATA_DIR"] = data
        big = store.save(synthetic_events(n), f"Synthetic {n:,}")
        process = _serve(data, port)
        browser = _launch(driver)
        try:
            url = f"http://127.0.0.1:{port}/"
            cold = _time_to_timeline(browser, url)
            warm = statistics.median(_time_to_timeline(browser, url) for _ in range(repeat))
            returning = _time_return_visits(browser, url, repeat)
            big_url = f"{url}?ds={big}"
            first_big = statistics.median(_time_to_timeline(browser, big_url) for _ in range(repeat))
            search = statistics.median(_time_search(browser, big_url, "sanctioned")
                                       for _ in range(repeat))
            small_search = statistics.median(_time_search(browser, url, "talks") for _ in range(repeat))
            click = statistics.median(_time_click(browser, url) for _ in range(repeat))
            events = len(store.load(sample_dataset()[0]))
        finally:
            browser.close()
            process.terminate()
            process.wait(timeout=15)
    return [("browser: page load -> sample timeline drawn, cold (server extracts)", f"{cold:.2f} s"),
            ("browser: page load -> sample timeline drawn, warm cache, new browser profile", f"{warm:.2f} s"),
            ("browser: page load -> sample timeline drawn, warm cache, returning browser (scripts cached)",
             f"{returning:.2f} s"),
            (f"browser: page load -> {n:,}-event timeline drawn (read from SQLite)", f"{first_big:.2f} s"),
            (f"browser: {n:,} events, search typed -> table and timeline updated", f"{search:.2f} s"),
            (f"browser: sample ({events:,} events), search typed -> table and timeline updated",
             f"{small_search:.2f} s"),
            ("browser: sample, click on a point -> its details shown", f"{click:.2f} s")]


def _launch(driver):
    return driver.chromium.launch(executable_path="/usr/bin/chromium", args=[
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def screenshot(path: str) -> None:
    """The real app on the sample with one event's details open (a day-precise event with a target)."""
    from playwright.sync_api import sync_playwright

    port = _free_port()
    with tempfile.TemporaryDirectory() as data, sync_playwright() as driver:
        os.environ["DATELINE_DATA_DIR"] = data
        events = store.load(sample_dataset()[0])
        chosen = events[(events["granularity"] == "day") & (events["time_anchor"] == "explicit")
                        & (events["targets"].map(len) > 0) & (events["time_text"] != "")]
        query = f"?event={chosen['event_id'].iloc[2]}" if len(chosen) > 2 else ""
        process = _serve(data, port)
        browser = _launch(driver)
        try:
            page = browser.new_page(viewport={"width": 1500, "height": 1750}, device_scale_factor=1)
            page.goto(f"http://127.0.0.1:{port}/{query}")
            page.wait_for_selector(LANE_LABELS, timeout=300_000)
            page.wait_for_timeout(3000)
            page.screenshot(path=path, full_page=True)
        finally:
            browser.close()
            process.terminate()
            process.wait(timeout=15)
    print(f"wrote {path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--browser", action="store_true", help="also time the real app in headless Chromium")
    parser.add_argument("--screenshot", metavar="PATH", help="only save a screenshot of the app")
    args = parser.parse_args()
    if args.screenshot:
        screenshot(args.screenshot)
        return
    rows = bench_sample() + bench_synthetic(args.events, args.repeat)
    if args.browser:
        rows += bench_browser(args.events, args.repeat)
    width = max(len(label) for label, _ in rows)
    print(f"{'measure'.ljust(width)}  time (median)")
    for label, value in rows:
        print(f"{label.ljust(width)}  {value:>8}")


if __name__ == "__main__":
    main()
