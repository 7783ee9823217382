"""python -m extract end to end: outputs, problems, summary line and exit codes."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from extract.__main__ import main
from extract.schema import EVENT_COLUMNS, PROBLEM_COLUMNS, STORY_COLUMNS

GOOD_1 = "Israeli and Hamas negotiators met in Doha on Monday. Qatar said talks would resume next week."
GOOD_2 = "Ukrainian and Russian delegations met in Istanbul on Friday and agreed to exchange prisoners."
GOOD_3 = "The foreign ministers of Egypt and Jordan met in Cairo on Tuesday to discuss the ceasefire."
FRENCH = (
    "Le Premier ministre israélien a rencontré mardi à Washington le président américain pour discuter "
    "du cessez-le-feu à Gaza et de la libération des otages détenus par le Hamas depuis octobre."
)
SUMMARY = re.compile(r"^(\d+) rows?, (\d+) articles? parsed, (\d+) events?, (\d+) problems?$", re.M)


def _write_csv(path, rows: list[list[str]], delimiter: str = ",") -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)


def _summary(stdout: str) -> tuple[int, int, int]:
    rows, parsed, _events, problems = map(int, SUMMARY.search(stdout).groups())
    return rows, parsed, problems


@pytest.mark.parametrize(
    ("rows", "expected_summary", "expected_problem_rows"),
    [
        ([["id", "text", "date"], ["a", GOOD_1, "2025-01-13"], ["b", GOOD_2, "16 May 2025"],
          ["c", GOOD_3, "03/04/2025"]], (3, 3, 0), []),
        # one bad row: the other two still go through
        ([["id", "text", "date"], ["a", GOOD_1, "2025-01-13"], ["b", "", "2025-01-14"],
          ["c", GOOD_3, "2025-01-15"]], (3, 2, 1), ["2"]),
        ([["ID", "Body", "PubDate"], ["a", GOOD_1, "2025-01-13"], ["b", FRENCH, "2025-01-14"],
          ["c", GOOD_3, "someday"]], (3, 2, 2), ["2", "3"]),
    ],
)
def test_cli_csv_end_to_end(tmp_path, run_cli, rows, expected_summary, expected_problem_rows) -> None:
    articles, events, problems = tmp_path / "articles.csv", tmp_path / "events.csv", tmp_path / "problems.csv"
    _write_csv(articles, rows, delimiter=";")
    done = run_cli(articles, "-o", events, "--problems", problems)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert _summary(done.stdout) == expected_summary
    with events.open(encoding="utf-8") as handle:
        assert next(csv.reader(handle)) == list(EVENT_COLUMNS)
    with problems.open(encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        table = list(reader)
    assert reader.fieldnames == list(PROBLEM_COLUMNS)
    assert [r["row"] for r in table] == expected_problem_rows


@pytest.mark.parametrize(
    ("setup", "args", "code", "reason"),
    [
        (None, ["missing.csv", "-o", "ev.csv"], 2, "E101"),
        ("text_less", ["in.csv", "-o", "ev.csv"], 2,
         "E102: in.csv has no text column; columns found: 'headline'"),
        ("good", ["in.csv", "-o", "ev.xlsx"], 2, "E113"),
        ("good", ["in.csv", "-o", "ev.csv", "--problems", "p.txt"], 2, "E113"),
        ("good", ["in.csv", "-o", "ev.csv", "--text-column", "story"], 2, "E108"),
        ("all_bad", ["in.csv", "-o", "ev.csv"], 2, "E110: no usable article in"),
        ("binary", ["in.csv", "-o", "ev.csv"], 2, "E109"),
        ("good", ["in.csv", "-o", "no/such/dir/ev.csv"], 1, "E112: cannot write"),
        ("good", ["in.csv", "-o", "ev.csv", "--workers", "0"], 2, "--workers: must be 1 or more"),
        ("good", ["in.csv", "-o", "ev.csv", "--date-order", "dmy"], 2, "E148: date order 'dmy'"),
        ("good", ["in.csv", "-o", "ev.csv", "--published", "last monday"], 2,
         "E115: --published 'last monday' is not a date"),
        ("good", ["in.doc", "-o", "ev.csv"], 2, "E103: in.doc: file type '.doc' is not supported"),
        ("good", ["in.pdf", "-o", "ev.csv"], 2, "E149: in.pdf: cannot read the document"),
    ],
)
def test_cli_exit_codes(tmp_path, run_cli, setup, args, code: int, reason: str) -> None:
    contents = {
        "text_less": "headline\nTalks\n", "good": f"text\n{GOOD_1}\n", "all_bad": "id,text\n1,\n2,\"  \"\n",
        "binary": "PK\x03\x04\x00\x00",
    }
    if setup:
        (tmp_path / "in.csv").write_text(contents[setup], encoding="utf-8")
        for other in ("in.doc", "in.pdf"):  # a text saved under another file type
            (tmp_path / other).write_text(contents[setup], encoding="utf-8")
    files = (".csv", ".xlsx", ".txt", ".doc", ".pdf")
    done = run_cli(*[str(tmp_path / a) if a.endswith(files) else a for a in args])
    assert done.returncode == code
    assert "Traceback" not in done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert reason in last


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_cli_in_process_writes_event_rows_of_good_rows_only(tmp_path, fake_pipeline, capsys,
                                                           suffix: str) -> None:
    articles, events, problems = tmp_path / "a.jsonl", tmp_path / f"e{suffix}", tmp_path / "p.jsonl"
    lines = [{"id": "a", "body": GOOD_1, "published": "2025-01-13T09:00:00-05:00"},
             {"id": "b", "body": "   ", "published": "2025-01-13"},
             {"id": "c", "body": GOOD_3, "published": "2025-01-15"}]
    articles.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    assert main([str(articles), "-o", str(events), "--problems", str(problems)]) == 0
    if suffix == ".jsonl":
        rows = [json.loads(line) for line in events.read_text(encoding="utf-8").splitlines()]
        assert [(r["doc_id"], r["published"], r["actors"]) for r in rows] == [
            ("a", "2025-01-13", ["A", "B"]), ("c", "2025-01-15", ["A", "B"])]
    else:
        with events.open(encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        assert [(r["doc_id"], r["actors"]) for r in rows] == [("a", "A; B"), ("c", "A; B")]
    problem_rows = [json.loads(line) for line in problems.read_text(encoding="utf-8").splitlines()]
    found = [(p["row"], p["column"], p["message"][:15]) for p in problem_rows]
    assert found == [(2, "body", "E121: line 2: t")]
    assert list(problem_rows[0]) == list(PROBLEM_COLUMNS)
    assert capsys.readouterr().out.strip() == "3 rows, 2 articles parsed, 2 events, 1 problem"


MEETING_1 = ("Egyptian Foreign Minister Sameh Shoukry met Jordanian Foreign Minister Ayman Safadi in Cairo "
             "on Tuesday to discuss the ceasefire in Gaza.")
MEETING_2 = ("Jordanian Foreign Minister Ayman Safadi held talks with Egyptian Foreign Minister "
             "Sameh Shoukry in Cairo on Tuesday about the Gaza ceasefire.")


@pytest.mark.parametrize(
    ("rows", "expected_reports"),
    [([["id", "text", "date", "source"], ["a", MEETING_1, "2025-01-15", "Ahram"],
       ["b", MEETING_2, "2025-01-15", "Petra"]], 2)],
)
def test_cli_stories_table(tmp_path, run_cli, rows, expected_reports) -> None:
    articles, events, stories = tmp_path / "articles.csv", tmp_path / "events.csv", tmp_path / "stories.csv"
    _write_csv(articles, rows)
    done = run_cli(articles, "-o", events, "--stories", stories)
    assert done.returncode == 0, done.stderr
    with stories.open(encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        table = list(reader)
    assert reader.fieldnames == list(STORY_COLUMNS)
    top = table[0]
    assert int(top["reports"]) == expected_reports
    assert top["outlets"] in ("Ahram; Petra", "Petra; Ahram")
    with events.open(encoding="utf-8") as handle:
        linked = [r for r in csv.DictReader(handle) if r["story_id"] == top["story_id"]]
    assert {r["doc_id"] for r in linked} == {"a", "b"}


SIGNED = "Russia and Ukraine signed a ceasefire agreement in Istanbul on 03/04/2025."


@pytest.mark.parametrize(
    ("option", "corpus", "expected"),
    [([], False, "2025-03-04"), (["--date-order", "day-first"], False, "2025-04-03"),
     (["--date-order", "day-first"], True, "2025-04-03"),
     (["--date-order", "month-first"], True, "2025-03-04")],
)
def test_cli_date_order_option(tmp_path, option, corpus: bool, expected: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.csv").write_text(f"text,published\n{SIGNED},03/11/2025\n", encoding="utf-8")
    events = tmp_path / "ev.csv"
    source = folder if corpus else folder / "a.csv"  # a directory is a corpus run (extract/bulk)
    assert main([str(source), "-o", str(events), *option]) == 0
    published = "2025-11-03" if expected == "2025-04-03" else "2025-03-11"  # the date column too
    with events.open(encoding="utf-8") as handle:
        assert {(row["time_value"], row["published"]) for row in csv.DictReader(handle)} == {
            (expected, published)}


MARKDOWN = ("# Talks in Jerusalem\n\nIn Jerusalem, **Israeli** Prime Minister **Benjamin Netanyahu** met "
            "with American envoy Jared Kushner on Monday.\n\n**Read: Another story**\n")


@pytest.mark.parametrize(
    ("front", "option", "expected"),
    [("", ["--published", "2025-11-12"], ("2025-11-12", "2025-11-10")),
     ("---\ndate: 2025-11-11\n---\n", [], ("2025-11-11", "2025-11-10")),
     ("---\ndate: 2025-11-11\n---\n", ["--published", "2020-01-01"], ("2025-11-11", "2025-11-10")),
     ("", [], ("", ""))],
)
def test_cli_reads_a_markdown_article(tmp_path, front: str, option: list[str], expected: tuple) -> None:
    """A Markdown story as scraped: its markup cleaned, its date from front matter or --published."""
    article, events = tmp_path / "story.md", tmp_path / "ev.csv"
    article.write_text(front + MARKDOWN, encoding="utf-8")
    assert main([str(article), "-o", str(events), *option]) == 0
    with events.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    met = [r for r in rows if r["trigger"] == "met"]
    assert [(r["published"], r["date_start"]) for r in met] == [expected]
    assert [(r["doc_id"], r["title"], r["actors"], r["targets"]) for r in met] == [
        ("story", "Talks in Jerusalem", "Benjamin Netanyahu", "Jared Kushner")]
    assert "**" not in met[0]["sentence"]


WEB_PAGE = """<html><head><title>Talks in Oslo | The Herald</title>
<meta property="og:title" content="Norway and Finland meet in Oslo">
<meta property="og:site_name" content="The Herald">
<meta property="article:published_time" content="2024-03-12T09:30:00+01:00"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article>
<h1>Norway and Finland meet in Oslo</h1>
<p>The foreign ministers of Norway and Finland met in Oslo on Tuesday to discuss Arctic security.</p>
<p>Read more: <a href="/x">Russia attacked Ukraine</a></p>
<p>Finland signed an agreement on energy cooperation with Norway last week.</p>
</article><footer>Copyright 2024 The Herald</footer></body></html>"""


def test_cli_reads_a_saved_web_page(tmp_path, capsys) -> None:
    """A page saved from the browser: its article text, date, title and site; teasers and menus give
    no rows."""
    article, events = tmp_path / "oslo.html", tmp_path / "ev.csv"
    article.write_text(WEB_PAGE, encoding="utf-8")
    assert main([str(article), "-o", str(events)]) == 0
    assert "read oslo.html: web page, one article" in capsys.readouterr().err
    with events.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["trigger"], r["actors"], r["date_start"], r["date_end"]) for r in rows] == [
        ("met", "Norway; Finland", "2024-03-12", "2024-03-12"),
        ("signed", "Finland", "2024-03-04", "2024-03-10")]
    assert {(r["title"], r["source"], r["published"]) for r in rows} == {
        ("Norway and Finland meet in Oslo", "The Herald", "2024-03-12")}


def test_cli_reads_a_pdf_printed_from_the_browser(tmp_path, capsys) -> None:
    """A news page printed to PDF: paragraphs read whole across the page break, the dateline's place,
    relative days from --published; the print stamp and the page furniture give no rows."""
    events = tmp_path / "ev.csv"
    pdf = Path(__file__).parents[1] / "ingest" / "data" / "printed.pdf"
    assert main([str(pdf), "-o", str(events), "--published", "2025-03-12"]) == 0
    assert "read printed.pdf: PDF, one article;" in capsys.readouterr().err
    with events.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["trigger"], r["actors"], r["location"], r["date_start"]) for r in rows[:2]] == [
        ("met", "Foreign Minister of Norway", "Oslo", "2025-03-11"),
        ("agreed", "Foreign Minister of Norway; Denmark", "Oslo", "2025-03-11")]
    found = {(r["trigger"], r["actors"], r["date_start"]) for r in rows}
    assert ("welcomed", "Sweden", "2025-03-12") in found
    assert not any("2026" in r["date_start"] or "file:" in r["sentence"] for r in rows)
