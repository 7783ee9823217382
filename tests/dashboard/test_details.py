import pytest

from dashboard.details import details_html, find_spans, highlight, safe_link


@pytest.mark.parametrize(("sentence", "actors", "time_text", "trigger", "expected"), [
    ("France met Germany on 1 March.", ["France", "Germany"], "on 1 March", "met",
     [(0, 6, "actor"), (7, 10, "trigger"), (11, 18, "actor"), (19, 29, "time")]),
    ("Macron spoke in May.", ["Emmanuel Macron"], "in May", "", [(0, 6, "actor"), (13, 19, "time")]),
    ("The United States said so.", ["United States"], "", "said", [(4, 17, "actor"), (18, 22, "trigger")]),
    ("Frances went home.", ["France"], "", "", []),  # whole words only
    ("No match here.", ["Russia"], "yesterday", "", []),
    ("In May 2024 May spoke.", ["Theresa May"], "In May 2024", "", [(0, 11, "time")]),  # "May": too short
    ("Before the Paris talks, Paris Club met.", ["Paris Club"], "Before the Paris talks", "",
     [(0, 22, "time"), (24, 34, "actor")]),
    ("Paris Club talks", ["Paris", "Paris Club"], "", "", [(0, 10, "actor")]),  # longer span wins
    # adjectives and other aliases of the actor (data/actors/aliases.tsv)
    ("Russian forces hit Ukrainian towns.", ["Russia", "Ukraine"], "", "hit",
     [(0, 7, "actor"), (15, 18, "trigger"), (19, 28, "actor")]),
    ("The Kremlin warned Kyiv.", ["Russia", "Ukraine"], "", "warned",
     [(0, 11, "actor"), (12, 18, "trigger"), (19, 23, "actor")]),
])
def test_spans_to_highlight(sentence, actors, time_text, trigger, expected):
    assert find_spans(sentence, actors, time_text, trigger) == expected


@pytest.mark.parametrize(("sentence", "actors", "targets", "expected"), [
    # a target ("Israelis", an alias of Israel) is marked as a target, not as an actor
    ("Hamas fighters attacked Israelis near the border.", ["Hamas"], ["Israel"],
     [(0, 5, "actor"), (24, 32, "target")]),
    ("Russia warned Ukraine.", ["Russia"], ["Ukraine"], [(0, 6, "actor"), (14, 21, "target")]),
    ("Russia and Ukraine met.", ["Russia", "Ukraine"], ["Ukraine"], [(0, 6, "actor"), (11, 18, "actor")]),
])
def test_targets_are_highlighted_as_targets(sentence, actors, targets, expected):
    assert find_spans(sentence, actors, "", "", targets) == expected


@pytest.mark.parametrize(("sentence", "actors", "must_contain", "must_not_contain"), [
    ("<b>Russia</b> & co", ["Russia"], "&lt;b&gt;<mark class=\"actor\"", "<b>"),
    ("Russia <img src=x onerror=alert(1)>", ["Russia"], "&lt;img src=x onerror=alert(1)&gt;", "<img"),
    ("A \"quoted\" Russia", ["Russia"], "&quot;quoted&quot;", "\"quoted\""),
])
def test_highlight_escapes_everything(sentence, actors, must_contain, must_not_contain):
    out = highlight(sentence, actors, "")
    assert must_contain in out and must_not_contain not in out


@pytest.mark.parametrize(("url", "expected"), [
    ("https://news.example/a?b=1&c=2", '<a href="https://news.example/a?b=1&amp;c=2" target="_blank" '
                                        'rel="noopener noreferrer">T</a>'),
    ("javascript:alert(1)", "T"),
    ("data:text/html,hi", "T"),
    ("", "T"),
])
def test_only_http_links_are_linked(url, expected):
    assert safe_link(url, "T") == expected


def test_details_show_sentence_interval_anchor_title_and_link(events):
    out = details_html(events.iloc[1].to_dict())
    for part in ('<mark class="actor"', "2024-02-01 – 2024-02-29 (month, explicit)", "date in the text",
                 'href="https://news.example/e2"', "Title e2", "Post", "ASSAULT"):
        assert part in out


def test_details_of_an_event_known_only_to_end_by_a_date(events):
    """"Iran has banned …": no time expression, no start, an end (publication). The details say so
    rather than claiming a time expression was inherited or that the date is unresolved."""
    row = {**events.iloc[0].to_dict(), "date_start": "", "date_end": "2024-03-04", "time_text": "",
           "granularity": "", "time_anchor": "unresolved"}
    out = details_html(row)
    assert "up to 2024-03-04 (start not known)" in out
    assert "the tense says it had happened by then" in out and "the tense (past, before this date)" in out
    assert "inherited" not in out and "date found by: unresolved" not in out


def test_details_of_a_plan_known_only_from_a_date(events):
    """"Modi will soon visit the Maldives": no time of its own, a start (the day it is told of), no end.
    The details say it runs from that day with its end unknown, not that it happens on that day."""
    row = {**events.iloc[0].to_dict(), "date_start": "2024-03-04", "date_end": "", "time_text": "",
           "granularity": "day", "time_anchor": "publication", "mode": "future"}
    out = details_html(row)
    assert "from 2024-03-04 (end not known, publication)" in out
    assert "a plan, from the day it is told of" in out and "taken from the context" not in out


@pytest.mark.parametrize(("row", "shown"), [(1, "reported by: Ukraine"), (0, None)])
def test_details_show_who_reports_the_event(events, row, shown):
    out = details_html(events.iloc[row].to_dict())
    assert (shown in out) if shown else ("reported by" not in out)


def test_trigger_time_and_actor_highlights_differ_and_have_a_key():
    from dashboard.details import KIND_STYLE, key_html
    assert len(set(KIND_STYLE.values())) == 4
    out = highlight("Russia attacked Kyiv on Monday.", ["Russia"], "on Monday", "attacked", ["Ukraine"])
    kinds = ('class="actor"', 'class="target"', 'class="trigger"', 'class="time"')
    assert [kind in out for kind in kinds] == [True] * 4
    assert all(f'class="key-{kind}"' in key_html() for kind in KIND_STYLE)


@pytest.mark.parametrize(("start", "end", "in_view", "code"), [
    ("2024-03-05", "2024-03-05", True, ""),
    ("2024-03-05", "2024-03-05", False, "D603"),
    ("2023-12-01", "2023-12-31", True, "D604"),  # ends before the window
    ("2024-02-01", "2024-02-29", True, ""),  # overlaps the window's first day
    ("2024-07-01", "2024-07-01", True, "D604"),
    ("", "", True, ""),  # undated: not on any timeline, nothing to say about the window
])
def test_outside_note(start, end, in_view, code):
    import pandas as pd

    from dashboard.details import outside_note

    row = {"_start": pd.Timestamp(start) if start else pd.NaT, "_end": pd.Timestamp(end) if end else pd.NaT}
    shown = [pd.Timestamp("2024-02-29"), pd.Timestamp("2024-06-30")]
    assert outside_note(row, in_view, shown).split(":")[0] == code
