"""Event time: the event's own date, not the story's.

Order of evidence for a clause: (1) a time expression attached to the clause in the dependency tree
(its nearest governing verb or event word is the clause's); (2) a time expression elsewhere in the
same sentence that no other event clause governs; (3) the most recent date of the narrative before
the sentence (`previous-date`, `time_text` empty); (4) the publication date (`publication`);
(5) nothing (`unresolved`). Durations that bound an event give its interval ("two years of war").
Event-anchored expressions ("one month after the mobilization") date the *anchor* event: see anchors.py.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from extract.events.offsets import find_offsets, in_anchor
from extract.events.simultaneous import simultaneous_head
from extract.syntax import heads_above, is_verb, time_owner
from extract.temporal import Timex
from extract.temporal import calendar as cal

# "since the spring of 2022", "until Friday", "before the vote": a bound or a comparison, not the time
# of the clause, which has its own ("met on Friday for their first talks since 2022") or is today's news
BOUND_PREPS = ("since", "until", "till", "before")
PAST_MODES = ("asserted", "reported", "negated")


@dataclass(frozen=True)
class EventTime:
    text: str = ""
    value: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    granularity: str = ""
    anchor: str = "unresolved"
    inherited: bool = False  # another clause's time ("said Saturday that Modi will visit"), not its own


def usable(timex: Timex) -> bool:
    """A timex that can date an event: a calendar span, or a duration with an implied interval."""
    if timex.type == "DURATION":
        return timex.implied_start is not None and timex.implied_end is not None
    return timex.date_start is not None and timex.date_end is not None


def from_timex(timex: Timex, anchor: str = "explicit", text: str | None = None) -> EventTime:
    start, end = (timex.implied_start, timex.implied_end) if timex.type == "DURATION" else timex.interval
    granularity = timex.granularity or _unit(timex.value) or ("day" if start == end else "")
    return EventTime(timex.text if text is None else text, timex.value, start, end, granularity, anchor)


def _unit(value: str) -> str:
    """The granularity of a duration's interval from its unit: P2Y → year, P3W → week, PT8H → time."""
    unit = cal.calendar_unit(cal.duration_unit(value)) if cal.duration_unit(value) else ""
    return "time" if unit in cal.CLOCK_UNITS else unit


def publication(published: dt.date | None) -> EventTime:
    if published is None:
        return EventTime()
    return EventTime("", published.isoformat(), published, published, "day", "publication")


class TimeIndex:
    """The timexes of one Doc, aligned to tokens, with the clause word each one hangs on."""

    def __init__(self, doc: Doc, timexes: list[Timex], clause_words: set[int],
                 speech_words: set[int] | None = None):
        self.doc = doc
        self.timexes = sorted(timexes, key=lambda t: t.start)
        self.starts = [t.start for t in self.timexes]
        spans = [doc.char_span(t.start, t.end, alignment_mode="expand") for t in self.timexes]
        self.measured = [_measured(t, s) for t, s in zip(self.timexes, spans, strict=True)]
        self.attributive = [s is not None and len(s) > 0 and (s.root.dep_ == "amod" or s.root.pos_ == "ADJ")
                            for s in spans]
        self.bounds = [_bound(t, s) for t, s in zip(self.timexes, spans, strict=True)]
        self.adverbial = [s is not None and len(s) > 0 and s.root.dep_ in ("pobj", "npadvmod", "nsubj")
                          for s in spans]
        self.speech_words = speech_words or set()  # words of speech-verb clauses ("announced", "said")
        self.governors = [m.i if m is not None else self._governor(doc, t, clause_words)
                          for t, m in zip(self.timexes, self.measured, strict=True)]
        self.narrative = [g is None or _main_clause(_clause_verb(doc[g])) for g in self.governors]
        self.clause_words = clause_words
        self.offsets = find_offsets(doc, self.timexes, self.governors)

    def _governor(self, doc: Doc, timex: Timex, clause_words: set[int]) -> int | None:
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        heads = heads_above(span.root)  # the nearest clause word or verb; else the highest head reached
        found = next((h for h in heads if h.i in clause_words or is_verb(h)), None)
        if found is None:
            return (heads or [span.root])[-1].i
        owner = time_owner(span, found) if is_verb(found) else found  # "said on Tuesday it would …"
        return (simultaneous_head(owner) or owner).i

    def governed(self, words: set[int]) -> list[Timex]:
        """Timexes hanging on any of these tokens (the clause's event word, head, modal verbs)."""
        return [t for t, g in zip(self.timexes, self.governors, strict=True) if g in words]

    def is_bound(self, timex: Timex) -> bool:
        return bool(self.bounds[self.timexes.index(timex)])

    def unresolved(self, words: set[int]) -> Timex | None:
        """A relative date of the clause the engine could not resolve (no publication date to count
        from: "met on Monday"), not a bound; None when there is none."""
        return next((t for t in self.governed(words) if t.type in ("DATE", "TIME") and not usable(t)
                     and t.anchor == "unresolved" and not self.is_bound(t)), None)

    def other_clause(self, timex: Timex, words: set[int]) -> bool:
        """Whether a timex hangs on a word of another clause ("Misri said Saturday that Modi will
        visit": Saturday is the saying's)."""
        governor = self.governors[self.timexes.index(timex)]
        return governor is not None and governor not in words

    def since(self, timex: Timex) -> bool:
        return self.bounds[self.timexes.index(timex)] == "since"

    def fits(self, timex: Timex) -> bool:
        """Whether a timex can be a clause's time: "the current CEO", "his current position" name
        a person or a post and date no event ("he entered his current position in April": April).
        (Every past clause beside a "now" was tried too: it lost more TimeBank dates than it fixed;
        only subordinate ones are left out, `_now_beside_past`.)"""
        if in_anchor(self.offsets, timex):  # "after the May 20 inauguration": the inauguration's date
            return False
        return not (timex.value == "PRESENT_REF" and self.attributive[self.timexes.index(timex)])

    def in_sentence(self, sent: Span, own: set[int]) -> list[Timex]:
        """Usable timexes of the sentence not governed by another clause of it, nor by a clause
        embedded in this one ("X said the truce would take effect on Sunday": Sunday is not X's).
        A clause's time does cover the clauses embedded in it ("announced on Wednesday that they
        had agreed")."""
        found = []
        heads = [sent.doc[i] for i in own]
        first, last = bisect_left(self.starts, sent.start_char), bisect_left(self.starts, sent.end_char)
        for k in range(first, last):
            timex, governor = self.timexes[k], self.governors[k]
            if not usable(timex) or (self.measured[k] is not None and governor not in own):
                continue  # "two years of war" measures the war only
            if governor is None or governor in own:
                found.append(timex)
                continue
            ancestor = any(_embeds(sent.doc[governor], h) for h in heads)
            other = (governor in self.clause_words and not ancestor) or _below(sent.doc[governor], heads)
            if not other:
                found.append(timex)
        return found

    def _elsewhere(self, timex: Timex, last: Timex) -> bool:
        """A year said as the time of a clause ("In 1998 Apple introduced the iMac", "2007 was the
        year of the iPhone"), not as a modifier ("the 2011 version"), other than the last day's year."""
        k = self.timexes.index(timex)
        year = timex.type == "DATE" and timex.granularity == "year" and usable(timex) and self.adverbial[k]
        return year and not timex.date_start.year <= last.date_start.year <= timex.date_end.year

    def said_on(self, timex: Timex) -> bool:
        """Whether a date is that of something said ("Apple announced Friday"): later reports ("Jobs
        said") continue it; after a date of another kind ("the bombings on Aug. 7"), they are the
        reporting of the day."""
        return self.governors[self.timexes.index(timex)] in self.speech_words

    def before(self, offset: int, published: dt.date | None) -> Timex | None:
        """The last calendar date mentioned before a character offset (the narrative's time).

        Only day-precise dates of main clauses move the narrative on. Dates after publication are
        plans ("will travel next week"), dates of flashbacks ("had proposed the talks last Sunday",
        "who had met him in 2022") and coarse dates ("In April, a blog obtained a prototype") are
        background: all are skipped. (On the SemEval-2015 TimeLine trial data, skipping coarse dates
        raised day F1 from 0.389 to 0.414 and month F1 from 0.415 to 0.495.) A year of another time
        said as a clause's time ends that day ("On August 24, Jobs resigned. … In 1998 Apple
        introduced the iMac …": later clauses are not dated August 24); ending it at every coarse
        date of another month too lost the story's day after "In April, a blog obtained a prototype"."""
        last = None
        for timex, narrative in zip(self.timexes, self.narrative, strict=True):
            if timex.end > offset:
                break
            future = published is not None and timex.date_start is not None and timex.date_start > published
            precise = _fineness(timex) <= cal.fineness("day") and timex.value[:1].isdigit()  # not "now"
            if timex.type in ("DATE", "TIME") and usable(timex) and narrative and precise and not future:
                last = timex
            elif last is not None and self._elsewhere(timex, last) and narrative and not future:
                last = None  # the story moved to another year ("in 1976 … in 2010"): that day is over
        return last


def _measured(timex: Timex, span: Span | None) -> Token | None:
    """The noun a duration measures: "two years of war" → war (the duration is the war's, not the
    time of whatever clause the phrase sits in)."""
    if timex.type != "DURATION" or span is None or span.end >= len(span.doc):
        return None
    after = span.doc[span.end]
    if after.lower_ != "of":
        return None
    return next((c for c in after.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)


def _bound(timex: Timex, span: Span | None) -> str:
    """The word of a bound: "since the spring of 2022", "until Friday", "before the vote on Sunday";
    "" for a timex that is no bound."""
    first = timex.text.split(maxsplit=1)[0].lower() if timex.text.strip() else ""
    if first in BOUND_PREPS:
        return first
    if span is None or len(span) == 0:
        return ""
    root = span.root
    return root.head.lower_ if root.dep_ == "pobj" and root.head.lower_ in BOUND_PREPS else ""


def _embeds(governor: Token, head: Token) -> bool:
    """Whether `head` lies in a clause under `governor` whose time it shares: embedded ("announced
    on Wednesday that they had agreed") or coordinated in the same tense ("spoke on Wednesday, and
    Lavrov led the delegation"), not after a tense shift ("had proposed the talks last Sunday, but
    he did not attend")."""
    token = head
    while token.head != token:
        if token.dep_ == "conj" and _pluperfect(token) != _pluperfect(token.head):
            return False
        token = token.head
        if token == governor:
            return True
    return False


def _pluperfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def _below(token: Token, heads: list[Token]) -> bool:
    return any(head.is_ancestor(token) for head in heads)


def _clause_verb(token: Token) -> Token:
    """The verb whose clause a word is in: itself, or the verb an event noun is the subject of ("The
    joint summit on Saturday demanded…": demanded)."""
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("nsubj", "nsubjpass"):
        return token.head
    return token


def _main_clause(token: Token) -> bool:
    """A verb of the sentence's main line (the root, coordinated with it, or what the root says:
    "officials said Russia attacked Kyiv on Monday"), not in the pluperfect."""
    main = token.dep_ == "ROOT" or (token.dep_ in ("conj", "ccomp") and token.head.dep_ == "ROOT")
    return main and not _pluperfect(token)


def _fineness(timex: Timex) -> int:
    """Rank of a timex's granularity, finest first (durations and unknown granularities last)."""
    return cal.fineness(timex.granularity)


def _fronted(index: TimeIndex, word: Token) -> Timex | None:
    """"On Monday, Israel struck Rafah and Hamas fired rockets": a time put before the first of
    coordinated clauses covers the later ones too."""
    head = word if word.pos_ in ("VERB", "AUX") else word.head
    while head.dep_ == "conj" and head.head != head:
        head = head.head
        before = [t for t in index.governed({head.i}) if usable(t) and t.end <= head.idx]
        if before:
            return before[0]
    return None


def clause_time(index: TimeIndex, sent: Span, words: set[int], published: dt.date | None,
                speech: bool = False) -> EventTime:
    """The time of the clause whose event word, head and modal verbs are `words`; `speech` for a
    clause of a speech verb ("said", "told"), which without a time of its own is the reporting of the
    day, not the narrative's last date ("The bombings on Aug. 7 killed 247 people. … Burleigh said")."""
    shifted = _offset_time(index, sent.doc, words)
    if shifted is not None:
        return shifted
    governed = [t for t in index.governed(words) if usable(t) and index.fits(t)]
    own = [t for t in governed if not index.is_bound(t)]
    offset = sent.doc[min(words)].idx
    if own:  # the finest, then the nearest: "June 8, 2010 — Yesterday, at this year's fair, Jobs unveiled"
        return from_timex(min(own, key=lambda t: (_fineness(t), abs(t.start - offset))))
    unresolved = index.unresolved(words)
    if unresolved is not None:  # no date to count from: "on Monday" is kept as written, not dated
        return EventTime(unresolved.text, unresolved.value)
    fronted = _fronted(index, sent.doc[min(words)])
    if fronted is not None:
        return from_timex(fronted)
    nearby = [t for t in index.in_sentence(sent, words)
              if not index.is_bound(t) and index.fits(t) and not _now_beside_past(t, sent.doc, words)]
    if nearby:
        near = min(nearby, key=lambda t: abs(t.start - offset))
        return replace(from_timex(near), inherited=index.other_clause(near, words))
    if governed and _perfect(sent.doc, words):  # "have been held since 2022": the bound is its time
        return _since(index, min(governed, key=lambda t: abs(t.start - offset)), published)
    if published is not None and _present_perfect(sent.doc, words) and not _lede(sent):
        return before_publication(published)
    previous = None if _present(sent.doc, words) else index.before(sent.start_char, published)
    if previous is not None and speech and any(sent.doc[i].tag_ == "VBD" for i in words):
        previous = previous if index.said_on(previous) else None
    if previous is not None:
        return _spread(index, sent.doc, words, from_timex(previous, "previous-date", text=""))
    if published is not None and _after_undated_event(index, sent.doc, words):
        return before_publication(published)
    return _spread(index, sent.doc, words, publication(published))


def _since(index: TimeIndex, timex: Timex, published: dt.date | None) -> EventTime:
    """"Hamas has been holding the hostages since October 2023": from the bound to publication."""
    time = from_timex(timex)
    if not index.since(timex) or published is None or time.start is None or time.start > published:
        return time
    return replace(time, end=max(time.end or published, published))


def _with_coordination(doc: Doc, words: set[int]) -> set[int]:
    """The clause's words and the heads of clauses it is coordinated under ("After X, China conducted
    drills and called them …": what dates "conducted" dates "called")."""
    heads = set(words)
    for i in words:
        token = doc[i]
        while token.dep_ == "conj" and token.head != token:
            token = token.head
            heads.add(token.i)
    return heads


def _offset_time(index: TimeIndex, doc: Doc, words: set[int]) -> EventTime | None:
    """"Three days after the May 20 inauguration, China conducted drills": May 23."""
    heads = _with_coordination(doc, words)
    for found in index.offsets:
        delta = cal.duration_delta(found.timex.event_anchor.offset)
        if found.host not in heads or found.dated is None or delta is None:
            continue
        base = from_timex(found.dated)
        step = delta if found.timex.event_anchor.direction == "after" else -delta
        start, end = base.start + step, base.end + step
        text = doc.text[found.timex.start:found.timex.event_anchor.anchor_end]
        granularity = base.granularity or "day"
        return EventTime(text, cal.value_at(start, granularity), start, end, granularity, "explicit")
    return None


def _after_undated_event(index: TimeIndex, doc: Doc, words: set[int]) -> bool:
    """"Three days after President Lai took office, China conducted drills (and called them …)": a
    past event dated from another event the text does not date, with no narrative date before it,
    happened before publication, not on its day. Not an event noun ("The meeting took place one month
    after …"): a later mention of an event takes its time from the first (document.py)."""
    heads = _with_coordination(doc, words)
    undated = any(o.host in heads and o.dated is None for o in index.offsets)
    verbs = all(doc[i].pos_ in ("VERB", "AUX") for i in words)
    return undated and verbs and any(doc[i].tag_ == "VBD" for i in words)


SUBORDINATE = ("relcl", "advcl", "acl", "pcomp")


def _now_beside_past(timex: Timex, doc: Doc, words: set[int]) -> bool:
    """"the group is now led by Mumin, who rose to prominence in Somalia": the "now" of another
    clause does not date a past clause subordinate to it (a main "said" beside a "now" is today's
    news and keeps it)."""
    past = [doc[i] for i in words if doc[i].tag_ == "VBD"]
    return timex.value == "PRESENT_REF" and any(v.dep_ in SUBORDINATE for v in past)


def _present(doc: Doc, words: set[int]) -> bool:
    """A main verb in the simple present ("Beijing denies the allegations") reports today's news,
    not the narrative's last date (a story's past dates are background to it)."""
    verbs = [doc[i] for i in words if doc[i].pos_ in ("VERB", "AUX")]
    return bool(verbs) and all(v.tag_ in ("VBZ", "VBP") and not _perfect(doc, {v.i}) for v in verbs)


def _perfect(doc: Doc, words: set[int]) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "have" for i in words for c in doc[i].children)


def _present_perfect(doc: Doc, words: set[int]) -> bool:
    """"The U.S. has banned the supply of chips": done before publication, at a time not said."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP")
               for i in words for c in doc[i].children)


LEDE_SENTENCES = 2  # a headline and the first sentence


def _lede(sent: Span) -> bool:
    """The story's opening (headline and first sentence) reports its news: there "Albright has
    invited the ministers" happened on the day of publication."""
    return any(s.start == sent.start for s, _ in zip(sent.doc.sents, range(LEDE_SENTENCES), strict=False))


def before_publication(published: dt.date) -> EventTime:
    """The time of a past event the text does not date ("has banned", "have met"): some time up to
    publication; its start is unknown, so it is left empty rather than guessed."""
    return EventTime("", "PAST_REF", None, published, "", "unresolved")


def settled(time: EventTime, mode: str, published: dt.date | None, head: Token | None = None) -> EventTime:
    """An asserted (or reported, or denied) past event never ends after its article's publication
    (one in the pluperfect, "had said earlier this month", ends before it): a span running past it
    ends there; a duration read forward from it ("following two years of war") is the same length
    ending there. A future event does not start before publication ("later this week")."""
    if mode == "future" and planned_only(time, published):
        now = published is not None and time.anchor == "previous-date" and _told_now(head)
        return planned(replace(time, start=published, anchor="publication") if now else time)
    if published is None or time.end is None or time.start is None:
        return time
    if mode == "future":  # "later this week" counts from publication; a plan set earlier keeps its start
        later = time.anchor == "explicit" and time.start < published <= time.end
        return replace(time, start=published) if later else time
    last = published - dt.timedelta(days=1) if head is not None and _pluperfect(head) else published
    if mode not in PAST_MODES or time.end <= last:
        return time
    if time.start <= last:
        return replace(time, end=last)
    if time.value.startswith("P") and time.start == published:
        return replace(time, start=last - (time.end - time.start), end=last)
    return time


def planned_only(time: EventTime, published: dt.date | None) -> bool:
    """A planned event without a time of its own ("Modi will soon also visit the Maldives", "would
    support a planned deal"): its date is only when it was announced or reported. The time of
    another clause that lies ahead is the plan's own ("will travel on March 12 to submit it")."""
    if time.start is None:
        return False
    announced = time.inherited and published is not None and time.end is not None and time.end <= published
    return (time.anchor in ("publication", "previous-date") and not time.text) or announced


PRESENT_FUTURE = ("will", "shall", "'ll", "wo")  # "wo" of "won't"


def _told_now(head: Token | None) -> bool:
    """"The ministers will travel to world capitals": a plan told in the present is told of at
    publication, not on the narrative's last date ("said they would travel" is told of then)."""
    while head is not None:  # "will travel … to press for a ceasefire": the purpose shares the plan's
        if any(c.dep_ == "aux" and c.lower_ in PRESENT_FUTURE for c in head.children):
            return head.dep_ != "ccomp"  # "Kariuki said Britain will take …": told when he said it
        head = head.head if head.dep_ in ("xcomp", "advcl", "conj") and head.head != head else None
    return False


def planned(time: EventTime) -> EventTime:
    """A planned event lies after the day it is told of (the announcing clause's date, the narrative's
    or publication): an interval starting then, its end not known. The anchor says where the start
    comes from ("event": the clause that announces it)."""
    anchor = "event" if time.inherited else time.anchor
    return EventTime("", "FUTURE_REF", time.start, None, "", anchor)


SPAN_PREPS = ("over", "within")


def _spread(index: TimeIndex, doc: Doc, words: set[int], reference: EventTime) -> EventTime:
    """"Over a 60-day period, forces are to withdraw": an event with no date of its own, spread by
    over/within over a span, runs for that span from the date it inherits."""
    if reference.start is None:
        return reference
    for timex in index.governed(words):
        delta = cal.duration_delta(timex.value)
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if timex.type != "DURATION" or usable(timex) or delta is None or span is None:
            continue
        prep = next((t for t in [span.root, *span.root.ancestors][:3] if t.dep_ == "prep"), None)
        if prep is not None and prep.lower_ in SPAN_PREPS:
            end = reference.start + delta  # "within 60 days" of 27 Nov: the deadline is 26 Jan
            return EventTime(timex.text, reference.value, reference.start, end, "day", reference.anchor)
    return reference

