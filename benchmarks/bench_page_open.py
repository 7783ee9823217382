"""Page open A/B (not a test): new-browser-profile opens of two app trees, interleaved, with what the
browser's main thread did until the timeline's lanes were drawn.

Wall time of a page open on a shared 2-core machine mostly measures the load. Chromium's trace gives
figures that depend much less on it: the CPU time of the page's main thread (the thread that parses
and runs the scripts, lays out and paints) until the lanes appear, and its busy time (wall time of its
tasks). The server's CPU time per open (the script run and the static files) is read from the
process. Each tree gets its own `streamlit run` on a loopback port; the opens alternate A, B, B, A, ...
so both see the same load.

Run: .venv/bin/python benchmarks/bench_page_open.py BASELINE_TREE [THIS_TREE] [--opens 6] [--query '?ds=…']
     (a baseline tree: `git archive main | tar -x -C /tmp/base`; THIS_TREE defaults to this checkout)
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_dashboard import LANE_LABELS, _free_port, _launch  # noqa: E402

TASKS = ("RunTask", "ThreadControllerImpl::RunTask")
# A mark in the trace when the lanes first appear: the main thread's work is counted up to it.
MARK_LANES = ("new MutationObserver((m, o) => { if (document.querySelector('" + LANE_LABELS + "')) {"
              " performance.mark('lanes'); o.disconnect(); } })"
              ".observe(document, {childList: true, subtree: true});")
# The page's own clock (seconds after navigation): Plotly's chunk asked for and received, the lanes drawn.
CHUNK_TIMES = ("() => { const e = performance.getEntriesByType('resource')"
               ".find(r => r.name.includes('/PlotlyChart'));"
               " const m = performance.getEntriesByName('lanes')[0];"
               " return [e ? e.startTime / 1000 : -1, e ? e.responseEnd / 1000 : -1,"
               " m ? m.startTime / 1000 : -1]; }")
CATEGORIES = ["devtools.timeline", "v8", "disabled-by-default-devtools.timeline", "blink.user_timing"]


def serve(tree: Path, data_dir: str) -> tuple[subprocess.Popen, str]:
    """`streamlit run` of `tree`'s app on a free port; (process, url) once it answers."""
    port = _free_port()
    entry = next(p for p in (tree / "dashboard" / "serve.py", tree / "dashboard" / "app.py") if p.exists())
    command = [sys.executable, "-m", "streamlit", "run", str(entry), "--server.port",
               str(port), "--server.address", "127.0.0.1", "--server.headless", "true",
               "--browser.gatherUsageStats", "false"]
    process = subprocess.Popen(command, cwd=tree, env={**os.environ, "DATELINE_DATA_DIR": data_dir},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(240):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2).close()
            return process, f"http://127.0.0.1:{port}/"
        except OSError:
            time.sleep(0.5)
    process.terminate()
    raise RuntimeError(f"streamlit did not start for {tree}")


def main_thread_until_lanes(trace: bytes) -> tuple[float, float]:
    """(CPU seconds, busy seconds) of the page's main thread until the lanes mark."""
    events = json.loads(trace)["traceEvents"]
    marks = [e["ts"] for e in events if e.get("name") == "lanes"]
    cut = min(marks) if marks else float("inf")
    names = {(e["pid"], e["tid"]): e["args"]["name"] for e in events
             if e.get("ph") == "M" and e.get("name") == "thread_name"}
    counts = collections.Counter((e["pid"], e["tid"]) for e in events
                                 if names.get((e["pid"], e["tid"])) == "CrRendererMain")
    main = counts.most_common(1)[0][0]
    tasks = [e for e in events if (e["pid"], e["tid"]) == main and e.get("ph") == "X"
             and e.get("name") in TASKS and e["ts"] < cut]
    return sum(e.get("tdur", 0) for e in tasks) / 1e6, sum(e["dur"] for e in tasks) / 1e6


def one_open(browser, url: str, server: subprocess.Popen) -> dict[str, float]:
    import psutil

    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.add_init_script(MARK_LANES)
    process = psutil.Process(server.pid)
    cpu_before = sum(process.cpu_times()[:2])
    browser.start_tracing(page=page, categories=CATEGORIES)
    started = time.perf_counter()
    page.goto(url)
    page.wait_for_selector(LANE_LABELS, timeout=300_000)
    seconds = time.perf_counter() - started
    cpu, busy = main_thread_until_lanes(browser.stop_tracing())
    asked, received, lanes = page.evaluate(CHUNK_TIMES)
    page.wait_for_timeout(500)  # what the page asks for right after (a rerun) is counted for the server too
    context.close()
    return {"open s": seconds, "main-thread CPU s": cpu, "main-thread busy s": busy,
            "server CPU s": sum(process.cpu_times()[:2]) - cpu_before, "lanes at s": lanes,
            "Plotly asked at s": asked, "Plotly in at s": received}


def run(trees: list[Path], opens: int, query: str) -> list[dict[str, list[float]]]:
    from playwright.sync_api import sync_playwright

    figures: list[dict[str, list[float]]] = [collections.defaultdict(list) for _ in trees]
    with tempfile.TemporaryDirectory() as data, sync_playwright() as driver:
        servers = [serve(tree, data) for tree in trees]
        browser = _launch(driver)
        try:
            for process, url in servers:  # the first open extracts the sample into the shared store
                one_open(browser, url + query, process)
            for round_ in range(opens):
                order = range(len(trees)) if round_ % 2 == 0 else reversed(range(len(trees)))
                for i in order:
                    for name, value in one_open(browser, servers[i][1] + query, servers[i][0]).items():
                        figures[i][name].append(value)
        finally:
            browser.close()
            for process, _ in servers:
                process.terminate()
                process.wait(timeout=15)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("baseline", type=Path, help="the app tree to compare with (e.g. from git archive)")
    parser.add_argument("tree", type=Path, nargs="?", default=ROOT, help="this checkout by default")
    parser.add_argument("--opens", type=int, default=6, help="new-profile opens of each tree")
    parser.add_argument("--query", default="", help="query string of the page opened, e.g. '?ds=ID'")
    args = parser.parse_args()
    trees = [args.baseline.resolve(), args.tree.resolve()]
    load_before = os.getloadavg()[0]
    figures = run(trees, args.opens, args.query)
    print(f"load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after; "
          f"{args.opens} new-profile opens of each tree, interleaved; medians (each open in brackets)")
    for name in figures[0]:
        base, this = (statistics.median(f[name]) for f in figures)
        print(f"{name:20s} baseline {base:6.2f}  this {this:6.2f}  ratio {this / base:5.2f}   "
              f"{[round(x, 2) for x in figures[0][name]]} / {[round(x, 2) for x in figures[1][name]]}")


if __name__ == "__main__":
    main()
