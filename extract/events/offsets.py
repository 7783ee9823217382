"""Events dated by an offset from another event, seen from the event the phrase dates (its host):
"Three days after the May 20 inauguration, China conducted drills" puts the drills on May 23; in
"Three days after President Lai took office, China conducted drills" the anchor has no date in the
text, so the drills are only known to lie before publication (timing.py). anchors.py goes the other
way: from a dated host to the anchor event ("one month after the mobilization")."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from extract.temporal import Timex


@dataclass(frozen=True)
class Offset:
    """An event-anchored timex, the token of the clause it dates, and the date inside its anchor."""

    timex: Timex
    host: int
    dated: Timex | None  # "the May 20 inauguration": May 20; None when the anchor names no date


def _dated(timex: Timex) -> bool:
    return timex.type in ("DATE", "TIME") and timex.date_start is not None and timex.date_end is not None


def host_of(doc: Doc, timex: Timex, governor: int) -> int:
    """The clause an anchored offset dates: its governor, or, when the parse hung the offset on the
    anchor clause's own verb ("after [Lai took office]"), the verb that clause depends on."""
    anchor, token = timex.event_anchor, doc[governor]
    while anchor is not None and anchor.anchor_start <= token.idx < anchor.anchor_end and token.head != token:
        token = token.head
    return token.i


def find_offsets(doc: Doc, timexes: list[Timex], governors: list[int | None]) -> list[Offset]:
    """Every event-anchored timex with its host and the calendar date its anchor phrase names."""
    found = []
    for timex, governor in zip(timexes, governors, strict=True):
        anchor = timex.event_anchor
        if anchor is None or governor is None or _dated(timex):
            continue
        inside = [t for t in timexes if anchor.anchor_start <= t.start and t.end <= anchor.anchor_end]
        dated = next((t for t in inside if _dated(t)), None)
        dated = dated or _of_anchor_clause(doc, timexes, governors, timex)
        found.append(Offset(timex, host_of(doc, timex, governor), dated))
    return found


def _of_anchor_clause(doc: Doc, timexes: list[Timex], governors: list[int | None],
                      timex: Timex) -> Timex | None:
    """A date the anchor clause's own verb governs after the phrase the temporal engine took as the
    anchor ("a day after Israel announced new sanctions on Tuesday": the phrase ends at "sanctions",
    but Tuesday dates the announcing, so the host is Wednesday)."""
    anchor = timex.event_anchor
    for other, governor in zip(timexes, governors, strict=True):
        if other is timex or governor is None or other.start < anchor.anchor_end or not _dated(other):
            continue
        word = doc[governor]
        if word.pos_ in ("VERB", "AUX") and anchor.anchor_start <= word.idx < anchor.anchor_end:
            return other
    return None


def dated_after_anchor(offsets: list[Offset], timex: Timex) -> Timex | None:
    """The date an anchor clause gives itself after the anchor phrase of `timex` (`_of_anchor_clause`):
    the anchor event's own time, which the offset is counted from."""
    found = next((o for o in offsets if o.timex is timex and o.dated is not None), None)
    return found.dated if found is not None and found.dated.start >= timex.event_anchor.anchor_end else None


def in_anchor(offsets: list[Offset], timex: Timex) -> bool:
    """A date inside an anchor phrase dates the anchor event, not the clause around it."""
    return any(o.dated is timex for o in offsets)
