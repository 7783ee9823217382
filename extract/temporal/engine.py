"""find_timexes: every temporal expression of a text, resolved against the publication date."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc

from extract.temporal import calendar as cal
from extract.temporal.anchor_phrase import anchor_phrase
from extract.temporal.date_order import text_day_first
from extract.temporal.filters import not_a_time, parsed_as_word
from extract.temporal.groups import normalise_group
from extract.temporal.implied import bound_duration, date_in_sentence
from extract.temporal.recipes import RECIPES, Context, Resolution
from extract.temporal.rules import load_rules
from extract.temporal.story import Story
from extract.temporal.tagger import Candidate, tag
from extract.temporal.tense import clause_tense, present_perfect
from extract.temporal.timex import EventAnchor, Timex
from extract.temporal.truecase import truecase


def _argument(candidate: Candidate, name: str) -> object:
    kinds = candidate.rule.group_kinds
    if name in candidate.match.re.groupindex:
        text = candidate.match.group(name)
        return None if text is None else normalise_group(kinds.get(name, name), text)
    return name  # a literal such as `week`, `-1` or `PRESENT_REF`


def _resolve(candidate: Candidate, ctx: Context) -> Resolution | None:
    rule = candidate.rule
    try:
        return RECIPES[rule.recipe].function(ctx, *[_argument(candidate, arg) for arg in rule.args])
    except (ValueError, KeyError, OverflowError):
        return None  # e.g. 31 June: not a date after all


def _mod(candidate: Candidate) -> str | None:
    """The TIMEX3 mod: a rule's `mod` names the group that says it, or is itself a mod ('EQUAL_OR_MORE')."""
    group = candidate.rule.mod
    if group.isupper():
        return group
    if not group or group not in candidate.match.re.groupindex or candidate.match.group(group) is None:
        return None
    kind = candidate.rule.group_kinds.get(group, group)
    return normalise_group(kind, candidate.match.group(group)) or None


def _event_anchor(text: str, candidate: Candidate, resolution: Resolution,
                  doc: Doc | None) -> EventAnchor | None:
    """The event an offset hangs on: the phrase after 'after'/'before' up to the clause's end."""
    if resolution.offset_direction is None:
        return None
    found = anchor_phrase(text, candidate.match.end("sign"), doc)
    if found is None:
        return None
    start, end = found
    return EventAnchor(resolution.value, resolution.offset_direction, text[start:end], start, end)


def _build(text: str, candidate: Candidate, res: Resolution, published: dt.date | None,
           doc: Doc | None) -> Timex:
    interval = cal.interval_of(res.value)
    if res.value == "PRESENT_REF" and published:
        interval = (published, published, "day")
    implied = res.implied or (None, None)
    if res.implied and candidate.rule.type != "DURATION" and interval:  # a night across two days
        interval, implied = (*res.implied, interval[2]), (None, None)
    return Timex(start=candidate.start, end=candidate.end, text=text[candidate.start:candidate.end],
                 type=candidate.rule.type, value=res.value,
                 date_start=interval[0] if interval else None, date_end=interval[1] if interval else None,
                 granularity=interval[2] if interval else None, anchor=res.anchor, mod=_mod(candidate),
                 implied_start=implied[0], implied_end=implied[1],
                 event_anchor=_event_anchor(text, candidate, res, doc), rule=candidate.rule.name,
                 comment=res.comment or candidate.rule.comment)


def _needs_tense(candidate: Candidate) -> bool:
    return "tense" in candidate.rule.flags


def _follows_of(text: str, candidate: Candidate) -> bool:
    return text[candidate.end:candidate.end + 4].lower() == " of "


def _needs_parse(text: str, candidate: Candidate) -> bool:
    """Tense needs the parse; so do the event phrase of an offset ("a day after …") and the end of
    an event's duration ("two days of talks")."""
    flags = candidate.rule.flags
    bounded = "story_bound" in flags and _follows_of(text, candidate)
    return _needs_tense(candidate) or "event_phrase" in flags or bounded


class _Pending:
    """A duration of an event ("two days of talks") waiting for the story to say where it ends."""

    def __init__(self, index: int, span: tuple[str, str], reference: tuple[dt.date, str] | None,
                 past: bool) -> None:
        self.index, self.span, self.reference, self.past = index, span, reference, past


def _pending(doc: Doc | None, candidate: Candidate, index: int, resolution: Resolution,
             reference: tuple[dt.date, str] | None) -> _Pending | None:
    if resolution.story_span is None:
        return None
    past = doc is not None and clause_tense(doc, candidate.start, candidate.end) == "past" and not (
        present_perfect(doc, candidate.start, candidate.end))
    return _Pending(index, resolution.story_span, reference, past)


def _bound_durations(text: str, timexes: list[Timex], pending: list[_Pending],
                     published: dt.date | None) -> None:
    """End each event duration at its sentence's date; else at the past story's date; else publication."""
    for item in pending:
        dated = date_in_sentence(text, timexes, item.index)
        if dated is not None:
            end, anchor = dated.date_end, "previous-date"
        elif item.past and item.reference and (published is None or item.reference[0] <= published):
            end, anchor = item.reference[0], "previous-date"
        elif published is not None:
            end, anchor = published, "publication"
        else:
            continue
        timexes[item.index] = bound_duration(timexes[item.index], item.span, end, anchor)


def _parse(text: str) -> Doc:
    from extract.nlp import load_pipeline

    return load_pipeline(disable=("ner",))(text)


def _agree_weekdays(timexes: list[Timex]) -> None:
    """A weekday a story names again is one day: 'talks Tuesday' … 'Tuesday's talks'. When the
    clauses read it differently, the reading most of its mentions give wins (a tie changes nothing)."""
    agreeing = {rule.name for rule in load_rules() if "agree_weekday" in rule.flags}
    readings: dict[int, Counter[str]] = {}
    for timex in timexes:
        if timex.rule in agreeing and timex.anchor == "publication" and timex.date_start:
            readings.setdefault(timex.date_start.isoweekday(), Counter())[timex.value] += 1
    for index, timex in enumerate(timexes):
        if timex.rule not in agreeing or timex.anchor != "publication" or not timex.date_start:
            continue
        ranked = readings[timex.date_start.isoweekday()].most_common(2)
        if len(ranked) > 1 and ranked[0][1] > ranked[1][1] and ranked[0][0] != timex.value:
            day = dt.date.fromisoformat(ranked[0][0])
            timexes[index] = replace(timex, value=ranked[0][0], date_start=day, date_end=day)


def find_timexes(text: str, published: dt.date | None = None, doc: Doc | None = None,
                 day_first: bool | None = None) -> list[Timex]:
    """Every temporal expression in `text`, normalised to TIMEX3 and resolved to the calendar.

    Relative expressions ("last week", "on Tuesday") are resolved against `published`; anaphoric ones
    ("the following day") against the most recent date in the text. Without a publication date,
    relative expressions stay `unresolved`. `doc` (a spaCy parse of `text`) is used for tense; when
    omitted and tense matters, the text is parsed. A slash date that reads both ways ("03/04/2025") is
    read in the order the text's unambiguous ones show ("14/03/2025"), else day first when `day_first`
    is True (the source's or the user's choice), else month first (extract/temporal/date_order.py).
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    cased = truecase(text)
    timexes = _find(cased, published, doc, day_first)
    if cased is text:
        return timexes
    return [_as_written(timex, text) for timex in timexes]


def _as_written(timex: Timex, text: str) -> Timex:
    """A timex found in the re-cased copy, with its texts taken from the text as written."""
    anchor = timex.event_anchor
    if anchor is not None:
        anchor = replace(anchor, anchor_text=text[anchor.anchor_start:anchor.anchor_end])
    return replace(timex, text=text[timex.start:timex.end], event_anchor=anchor)


def _find(text: str, published: dt.date | None, doc: Doc | None, day_first: bool | None) -> list[Timex]:
    """find_timexes on text cased like edited text."""
    candidates = [c for c in tag(text) if not not_a_time(text, c)]
    shown = text_day_first(candidates)
    day_first = day_first if shown is None else shown
    if doc is None and any(_needs_parse(text, c) for c in candidates):
        doc = _parse(text)
    timexes: list[Timex] = []
    pending: list[_Pending] = []
    story = Story(text, published, doc)
    for candidate in candidates:
        if doc is not None and parsed_as_word(doc, candidate):
            continue
        tense = clause_tense(doc, candidate.start, candidate.end) if doc is not None and _needs_tense(
            candidate) else None
        ctx = Context(published, story.reference, tense, _follows_of(text, candidate), story.last_quarter,
                      story.quarter_near(candidate.start), story.passage_year(candidate.start),
                      story.passage_day(candidate.start), day_first)
        resolution = _resolve(candidate, ctx)
        if resolution is None:
            continue
        timex = _build(text, candidate, resolution, published, doc)
        waiting = _pending(doc, candidate, len(timexes), resolution, story.reference)
        pending += [waiting] if waiting else []
        timexes.append(timex)
        story.update(timex, resolution, candidate.rule.flags)
    _agree_weekdays(timexes)
    _bound_durations(text, timexes, pending, published)
    return timexes


__all__ = ["find_timexes"]
