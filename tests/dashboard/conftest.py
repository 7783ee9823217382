"""Fixtures of the dashboard tests: an isolated data directory and small hand-made events tables."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import pytest

from dashboard.codec import normalise_events
from dashboard.filters import Prepared, prepare


def _event(event_id: str, actors: list[str], targets: list[str], start: str, end: str, granularity: str,
           anchor: str, event_type: str, mode: str, source: str, sentence: str, time_text: str,
           attributed_to: tuple[str, ...] = ()) -> dict:
    return {"event_id": event_id, "doc_id": "d" + event_id, "title": f"Title {event_id}",
            "url": f"https://news.example/{event_id}", "source": source, "published": "2024-03-10",
            "sentence": sentence, "sentence_start": 0, "trigger": sentence.split()[1] if sentence else "",
            "event_type": event_type, "mode": mode, "actors": actors, "targets": targets, "location": "",
            "time_text": time_text, "time_value": start[:7], "date_start": start, "date_end": end,
            "granularity": granularity, "time_anchor": anchor, "confidence": 0.9,
            "attributed_to": list(attributed_to)}


EVENTS = [
    _event("e1", ["France"], ["Germany"], "2024-03-01", "2024-03-01", "day", "explicit", "CONSULT",
           "asserted", "Wire", "France met Germany on 1 March 2024.", "on 1 March 2024"),
    _event("e2", ["Russia"], ["Ukraine"], "2024-02-01", "2024-02-29", "month", "explicit", "ASSAULT",
           "reported", "Post", "Russia attacked Ukraine in February 2024.", "in February 2024", ("Ukraine",)),
    _event("e3", ["Ukraine", "France"], [], "2024-03-05", "2024-03-05", "day", "publication", "AGREE",
           "future", "Wire", "Ukraine and France will sign a pact on Tuesday.", "on Tuesday"),
    _event("e4", ["Russia"], [], "2023-01-01", "2023-12-31", "year", "previous-date", "THREATEN", "asserted",
           "Post", "Russia threatened sanctions in 2023.", "in 2023"),
    _event("e5", ["China"], ["Russia"], "", "", "", "unresolved", "SUPPORT", "hypothetical", "Ledger",
           "China may back Russia soon.", "soon"),
    _event("e6", ["Russia"], ["France"], "2024-03-08", "2024-03-08", "day", "event", "ACCUSE", "negated",
           "Wire", "Russia did not accuse France a week after the talks.", "a week after the talks"),
]


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """Every test gets its own empty data directory (the SQLite store lives there), and SQLite."""
    monkeypatch.setenv("DATELINE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("DATELINE_DATABASE_URL", raising=False)
    return tmp_path / "data"


@pytest.fixture(params=["sqlite", "postgresql"])
def store_backend(request, monkeypatch) -> str:
    """Each store test runs twice: on the SQLite file, and on a fresh PostgreSQL schema."""
    if request.param == "postgresql":
        monkeypatch.setenv("DATELINE_DATABASE_URL", request.getfixturevalue("postgres_url"))
    return request.param


@pytest.fixture
def events() -> pd.DataFrame:
    """Six hand-made events: four actors, all precisions, every time anchor, three sources."""
    return normalise_events(pd.DataFrame(EVENTS))


@pytest.fixture
def prepared(events) -> Prepared:
    return prepare(events)


TWO_ARTICLES = """id,title,published,source,url,text
a1,Talks in Paris,2024-03-04,Example Wire,https://news.example/a1,"French President Emmanuel Macron met \
German Chancellor Olaf Scholz in Paris on Monday. On 12 March 2024, France and Germany signed a defence \
agreement."
a2,Moscow warns Kyiv,2024-03-06,Daily Ledger,https://news.example/a2,"Russia accused Ukraine of attacking a \
border town on 5 March. The Kremlin threatened to retaliate within two weeks."
"""

APP = Path(__file__).resolve().parents[2] / "dashboard" / "app.py"


@pytest.fixture(scope="session")
def two_articles_csv(tmp_path_factory) -> Path:
    """Two short articles (a CSV like the bundled sample) that the real extractor turns into events."""
    path = tmp_path_factory.mktemp("articles") / "two_articles.csv"
    path.write_text(TWO_ARTICLES, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def app_dir(tmp_path_factory) -> Path:
    """One data directory for all app tests, so the (two-article) sample is extracted only once."""
    return tmp_path_factory.mktemp("app-data")


@pytest.fixture
def app(monkeypatch, app_dir, two_articles_csv):
    """A factory of AppTests of dashboard/app.py on the two-article sample, with a query string."""
    from streamlit.testing.v1 import AppTest

    from dashboard.data_in import LOAD_USED
    from dashboard.plotly_bridge import DRAWN

    monkeypatch.setenv("DATELINE_DATA_DIR", str(app_dir))
    monkeypatch.setenv("DATELINE_SAMPLE", str(two_articles_csv))

    def make(chart_drawn: bool = True, load_used: bool = True, **query: str | list[str]) -> AppTest:
        test = AppTest.from_file(str(APP), default_timeout=120)
        test.query_params.update(query)
        # A browser's plotly_bridge reports the drawn chart and the page then draws the events table;
        # AppTest runs no JavaScript, so the report is given here (False: a first open before it).
        test.session_state[DRAWN] = chart_drawn
        test.session_state[LOAD_USED] = load_used  # "Load data" opened once (False: its contents wait)
        return test.run()

    return make


@pytest.fixture
def synthetic_id(monkeypatch, app_dir) -> str:
    """A stored synthetic dataset of 300 events (deterministic) in the app tests' data directory."""
    from dashboard import store
    from dashboard.synthetic import synthetic_events

    monkeypatch.setenv("DATELINE_DATA_DIR", str(app_dir))
    return store.save(synthetic_events(300, seed=11), "Synthetic 300")


UPLOAD_ARTICLES = """title,date,body,link,outlet
Lula hosts Milei,2024-04-03,"Brazilian President Luiz Inacio Lula da Silva met Argentine President \
Javier Milei in Brasilia on 3 April 2024. Brazil and Argentina agreed to reopen trade talks in May.",\
https://news.example/b1,South Desk
Tokyo and Seoul,2024-04-05,"Japan protested to South Korea on Friday over the disputed islands. Japan and \
South Korea will hold talks next month.",https://news.example/b2,East Desk
"""
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@pytest.fixture
def upload_csv(tmp_path) -> Path:
    """Two articles with non-standard column names (title, date, body, link, outlet)."""
    path = tmp_path / "two_more.csv"
    path.write_text(UPLOAD_ARTICLES, encoding="utf-8")
    return path


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# `streamlit run` with the stacks of every thread written to its log on SIGUSR1 (faulthandler), so a
# browser test that times out can show what the server was doing (see pytest_runtest_makereport).
LAUNCH_WITH_STACKS = ("import faulthandler, signal, sys; "
                      "faulthandler.register(signal.SIGUSR1, all_threads=True); "
                      "from streamlit.web.cli import main; sys.argv[0] = 'streamlit'; "
                      "main(prog_name='streamlit')")
SERVERS: list[tuple[subprocess.Popen, Path]] = []  # servers of the running test, with their logs
EVIDENCE_CHARS = 15000


def _streamlit_command(port: int) -> list[str]:
    return [sys.executable, "-c", LAUNCH_WITH_STACKS, "run", str(APP), "--server.port", str(port),
            "--server.address", "127.0.0.1", "--server.headless", "true",
            "--browser.gatherUsageStats", "false"]


def _server_evidence() -> list[tuple[str, str]]:
    """The tail of each running server's log after asking it for its thread stacks."""
    sections = []
    for process, log_path in SERVERS:
        if process.poll() is None:
            process.send_signal(signal.SIGUSR1)
            time.sleep(1)
        text = log_path.read_text(encoding="utf-8", errors="replace") if log_path.exists() else ""
        sections.append((f"streamlit log {log_path.name} (tail)", text[-EVIDENCE_CHARS:]))
    return sections


def _page_evidence(browser) -> list[tuple[str, str]]:
    """What each open page shows (its text), for a failed browser test."""
    sections = []
    for context in getattr(browser, "contexts", []):
        for page in context.pages:
            try:
                sections.append((f"page {page.url}", page.inner_text("body", timeout=5000)[:EVIDENCE_CHARS]))
            except Exception as error:  # noqa: BLE001 - evidence only; the failure itself is reported anyway
                sections.append((f"page {page.url}", f"(text not readable: {error})"))
    return sections


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A failed browser test reports what the page showed and what the server was doing."""
    outcome = yield
    report = outcome.get_result()
    if report.when == "call" and report.failed and "browser" in item.fixturenames:
        for title, text in _page_evidence(item.funcargs["browser"]) + _server_evidence():
            report.sections.append((title, text))


@pytest.fixture(autouse=True)
def _forget_servers():
    yield
    SERVERS.clear()


def _wait_healthy(url: str, process: subprocess.Popen, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(url + "_stcore/health", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"streamlit did not answer on {url} within {seconds} s")


@contextmanager
def _serving(tmp_path: Path, sample: Path) -> Iterator[str]:
    """`streamlit run dashboard/app.py` on a free loopback port with `sample` as the bundled sample."""
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is not installed (make test installs Debian's chromium package)")
    port = _free_port()
    env = {**os.environ, "DATELINE_DATA_DIR": str(tmp_path / "data"), "DATELINE_SAMPLE": str(sample)}
    log_path = tmp_path / "streamlit.log"
    log = log_path.open("wb")
    process = subprocess.Popen(_streamlit_command(port), env=env, stdout=log, stderr=subprocess.STDOUT,
                               cwd=APP.parents[1])
    SERVERS.append((process, log_path))
    url = f"http://127.0.0.1:{port}/"
    try:
        _wait_healthy(url, process)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@pytest.fixture
def served_app(tmp_path, two_articles_csv):
    """The app served on the two-article sample; yields its base URL, stops it after."""
    with _serving(tmp_path, two_articles_csv) as url:
        yield url


MEETING_ARTICLES = """id,title,published,source,url,text
m1,Macron hosts Scholz,2024-03-05,Example Wire,https://news.example/m1,"French President Emmanuel Macron met \
German Chancellor Olaf Scholz in Paris on Monday."
m2,Scholz in Paris,2024-03-05,Daily Ledger,https://news.example/m2,"German Chancellor Olaf Scholz held talks \
with French President Emmanuel Macron in Paris on Monday."
"""


@pytest.fixture
def served_meeting_app(tmp_path):
    """The app served on two articles that report one meeting."""
    sample = tmp_path / "meeting.csv"
    sample.write_text(MEETING_ARTICLES, encoding="utf-8")
    with _serving(tmp_path, sample) as url:
        yield url


@pytest.fixture
def browser():
    """Headless Debian Chromium driven by Playwright."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def app_server(tmp_path, two_articles_csv):
    """Start `streamlit run dashboard/app.py` with extra environment: `start(env) -> (url, stop)`.

    Each call starts another server on a free port; every server still running is stopped after the test.
    """
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is not installed (make test installs Debian's chromium package)")
    running: list[subprocess.Popen] = []

    def stop(process: subprocess.Popen) -> None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()

    def start(extra: dict[str, str]) -> tuple[str, callable]:
        port = _free_port()
        env = {**os.environ, "DATELINE_DATA_DIR": str(tmp_path / "data"),
               "DATELINE_SAMPLE": str(two_articles_csv), **extra}
        log_path = tmp_path / f"streamlit-{port}.log"
        log = log_path.open("wb")
        process = subprocess.Popen(_streamlit_command(port), env=env, stdout=log, stderr=subprocess.STDOUT,
                                   cwd=APP.parents[1])
        running.append(process)
        SERVERS.append((process, log_path))
        url = f"http://127.0.0.1:{port}/"
        _wait_healthy(url, process)
        return url, lambda: stop(process)

    yield start
    for process in running:
        if process.poll() is None:
            stop(process)
