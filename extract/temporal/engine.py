"""find_timexes: every temporal expression of a text, resolved against the publication date."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc

from extract.temporal import calendar as cal
from extract.temporal.anchor_phrase import anchor_phrase
from extract.temporal.groups import normalise_group
from extract.temporal.implied import bound_duration, date_in_sentence
from extract.temporal.recipes import RECIPES, Context, Resolution
from extract.temporal.rules import load_rules
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
    return Timex(start=candidate.start, end=candidate.end, text=text[candidate.start:candidate.end],
                 type=candidate.rule.type, value=res.value,
                 date_start=interval[0] if interval else None, date_end=interval[1] if interval else None,
                 granularity=interval[2] if interval else None, anchor=res.anchor, mod=_mod(candidate),
                 implied_start=implied[0], implied_end=implied[1],
                 event_anchor=_event_anchor(text, candidate, res, doc), rule=candidate.rule.name,
                 comment=res.comment or candidate.rule.comment)


_RATE_BEFORE = re.compile(r"(?:[0-9%$£€#]|\b(?:percent|cents|dollars|times|once|twice|flights|hours|seats))"
                          r"[^.;:,]{0,25}$", re.IGNORECASE)


def _is_rate_or_ordinal(text: str, candidate: Candidate) -> bool:
    """'$2 million a year', 'four flights a week' are rates, 'a second group' an ordinal: not timexes."""
    matched = candidate.match.group(0).lower()
    if candidate.rule.type not in ("DURATION", "SET") or not re.match(r"(?:a|an|one) ", matched):
        return False
    if re.match(r"an? second\b", matched):
        return True
    return bool(_RATE_BEFORE.search(text[max(0, candidate.start - 40):candidate.start]))


_TITLE_WORD = re.compile(
    r"^(?:Today|Tonight|Tomorrow|Daily|Weekly|Monthly|Yearly|Nightly"
    r"|(?:This|Next|Last) (?:Week|Day|Month|Year))\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]|\n)[\s\"'“”‘’`(]*$")


# "Fox News' Sunday Morning Futures", "Monday Night Football": a capitalised part of day inside a name
_NAMED_PART = re.compile(r"^(?-i:[A-Z][a-z]+ (?:Morning|Afternoon|Evening|Night))$")
_NAME_GOES_ON = re.compile(r"^['’]?s?\s+(?-i:[A-Z])|^[\"”]")


def _is_title(text: str, candidate: Candidate) -> bool:
    """'ABC's "This Week"', 'VOA Today', 'Apple Daily': a capitalised time word in a name, not a time."""
    matched = candidate.match.group(0)
    if _NAMED_PART.match(matched):
        return bool(_NAME_GOES_ON.match(text[candidate.end:candidate.end + 3]))
    if not _TITLE_WORD.match(matched):
        return False
    return not _SENTENCE_START.search(text[max(0, candidate.start - 40):candidate.start])


def _is_generic(text: str, candidate: Candidate) -> bool:
    """'the people of tomorrow', 'the leaders of today': a period of history, not a day."""
    if candidate.match.group(0).lower() not in ("today", "tomorrow"):
        return False
    return bool(re.search(r"\bof\s+$", text[max(0, candidate.start - 10):candidate.start])) and not (
        re.match(r"\s*['’]s", text[candidate.end:]))


def _not_a_time(text: str, candidate: Candidate) -> bool:
    return any(test(text, candidate) for test in (_is_rate_or_ordinal, _is_title, _is_generic))


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


_BOUND_BEFORE = re.compile(r"\b(?:from|until|till|starting|beginning|effective|as of|no later than)\s+$",
                           re.IGNORECASE)


_COMPARED_BEFORE = re.compile(r"\b(?:from|than|compared with|compared to|versus|vs\.?)\b[^.;]{0,50}$")


_BOUND_YEAR = re.compile(r"\b(?:since|from|until|till|through|to|by|before|after|dating|dates|as of)\s+$",
                         re.IGNORECASE)
_ATTRIBUTIVE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$|['’]s\s+$", re.IGNORECASE)


def _not_the_passage_time(text: str, timex: Timex) -> bool:
    """'since 1990', 'dating to 1994' bound a state; 'the Dec. 21, 1988, bombing', 'the August 1988
    cease-fire' name an event inside a noun phrase: neither says when the passage is set."""
    before = text[max(0, timex.start - 20):timex.start]
    if _BOUND_YEAR.search(before):
        return True
    return timex.granularity in ("day", "month") and bool(_ATTRIBUTIVE.search(before))


class _Story:
    """What the text has said so far: its latest date, and the quarter it last reported on."""

    NEAR = 200  # characters within which a quarter is what "a year ago" compares with
    BACKGROUND_YEARS = 2  # a year this far from publication makes a passage background

    def __init__(self, text: str, published: dt.date | None) -> None:
        self.text, self.published = text, published
        self.reference: tuple[dt.date, str] | None = None
        self.last_quarter: dt.date | None = None
        self.last_quarter_end = -10**9
        self.year_said: tuple[int, int] | None = None  # (year, end offset) of the passage's last dated timex

    def passage_year(self, offset: int) -> int | None:
        """The year the passage at `offset` tells of, when it is not publication's: the last dated
        expression named a year at least `BACKGROUND_YEARS` from publication (or there is no publication
        date), and no paragraph break came since."""
        if self.year_said is None:
            return None
        year, said_at = self.year_said
        if "\n" in self.text[said_at:offset]:
            return None
        if self.published is not None and abs(self.published.year - year) < self.BACKGROUND_YEARS:
            return None
        return year

    def _note_year(self, timex: Timex, resolution: Resolution) -> None:
        coarse = timex.granularity in ("decade", "century")
        if not timex.date_start or coarse or not resolution.sets_reference:
            return
        if timex.anchor == "publication":
            self.year_said = None  # the story is back near publication ("last week", "on Tuesday")
        elif timex.anchor in ("explicit", "previous-date") and timex.date_start.year == timex.date_end.year:
            if not _not_the_passage_time(self.text, timex):
                self.year_said = (timex.date_start.year, timex.end)


    def quarter_near(self, offset: int) -> dt.date | None:
        return self.last_quarter if offset - self.last_quarter_end < self.NEAR else None

    def update(self, timex: Timex, resolution: Resolution, before: str, flags: frozenset[str]) -> None:
        """Move the story to the timex's date, unless it is a comparison or the bound of a state."""
        if not timex.date_start or timex.type not in ("DATE", "TIME") or timex.anchor == "unresolved":
            return
        self._note_year(timex, resolution)
        if not resolution.sets_reference:  # a comparison ("a year earlier") does not move the story
            return
        if _BOUND_BEFORE.search(before):  # "said that from the following day ships would…": no event
            return
        if "comparison" in flags and _COMPARED_BEFORE.search(before):
            return  # "up 39% from $388.5 million a year earlier": a comparison, not the story moving on
        self.reference = (timex.date_start, timex.granularity or "day")
        if timex.granularity == "quarter":
            self.last_quarter, self.last_quarter_end = timex.date_start, timex.end


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


def find_timexes(text: str, published: dt.date | None = None, doc: Doc | None = None) -> list[Timex]:
    """Every temporal expression in `text`, normalised to TIMEX3 and resolved to the calendar.

    Relative expressions ("last week", "on Tuesday") are resolved against `published`; anaphoric ones
    ("the following day") against the most recent date in the text. Without a publication date,
    relative expressions stay `unresolved`. `doc` (a spaCy parse of `text`) is used for tense; when
    omitted and tense matters, the text is parsed.
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    cased = truecase(text)
    timexes = _find(cased, published, doc)
    if cased is text:
        return timexes
    return [_as_written(timex, text) for timex in timexes]


def _as_written(timex: Timex, text: str) -> Timex:
    """A timex found in the re-cased copy, with its texts taken from the text as written."""
    anchor = timex.event_anchor
    if anchor is not None:
        anchor = replace(anchor, anchor_text=text[anchor.anchor_start:anchor.anchor_end])
    return replace(timex, text=text[timex.start:timex.end], event_anchor=anchor)


def _find(text: str, published: dt.date | None, doc: Doc | None) -> list[Timex]:
    """find_timexes on text cased like edited text."""
    candidates = [c for c in tag(text) if not _not_a_time(text, c)]
    if doc is None and any(_needs_parse(text, c) for c in candidates):
        doc = _parse(text)
    timexes: list[Timex] = []
    pending: list[_Pending] = []
    story = _Story(text, published)
    for candidate in candidates:
        tense = clause_tense(doc, candidate.start, candidate.end) if doc is not None and _needs_tense(
            candidate) else None
        ctx = Context(published, story.reference, tense, _follows_of(text, candidate), story.last_quarter,
                      story.quarter_near(candidate.start), story.passage_year(candidate.start))
        resolution = _resolve(candidate, ctx)
        if resolution is None:
            continue
        timex = _build(text, candidate, resolution, published, doc)
        waiting = _pending(doc, candidate, len(timexes), resolution, story.reference)
        pending += [waiting] if waiting else []
        timexes.append(timex)
        before = text[max(0, candidate.start - 60):candidate.start]
        story.update(timex, resolution, before, candidate.rule.flags)
    _agree_weekdays(timexes)
    _bound_durations(text, timexes, pending, published)
    return timexes


__all__ = ["find_timexes"]
