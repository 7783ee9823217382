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
from dataclasses import dataclass, replace
from functools import lru_cache

from dateutil.relativedelta import relativedelta
from spacy.tokens import Doc, Span, Token

from extract.events.actors import load_person_nouns, load_unnamed_sources
from extract.events.lasting import lasting, measure
from extract.events.lexicon import LEXICON_DIR
from extract.events.recent import recent_span, recent_time_span
from extract.events.tables import read_data_table
from extract.events.time_index import TimeIndex, fineness, speaker_of, table_words, usable
from extract.events.unplaced import unplaced
from extract.syntax import sentences_back
from extract.temporal import Timex
from extract.temporal import calendar as cal

THEN_NOUNS_PATH = LEXICON_DIR / "then_nouns.tsv"  # "At the time, Noem told reporters …"
SPEAKER_PRONOUNS_PATH = LEXICON_DIR / "speaker_pronouns.tsv"  # "In January, Wang said …. He added …"
INDEFINITE_PAST_PATH = LEXICON_DIR / "indefinite_past.tsv"  # "Trump once called …", "said at one summit"
INDEFINITE_PAST_COLUMNS = ("word", "example", "trigger", "date_start", "date_end")
OCCASION_PREPS = ("at", "on", "during")


@dataclass(frozen=True)
class EventTime:
    text: str = ""
    value: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    granularity: str = ""
    anchor: str = "unresolved"
    inherited: bool = False  # another clause's time ("said Saturday that Modi will visit"), not its own


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


def evening_widened(time: EventTime, published: dt.date | None, evening_before: bool) -> EventTime:
    """The day of a story published in the small hours UTC (`evening_before`, ingest/dates.py) is
    still the day before in the Americas: "… Chaudhry said" in a story published 02:40Z on 13 March
    was said late on the 12th in Washington. An event dated only by its publication day (anchor
    `publication`, one day) then runs from the day before to that day; any other time is kept."""
    if not evening_before or published is None or time.anchor != "publication":
        return time
    if time.start != published or time.end != published:
        return time
    return replace(time, start=published - dt.timedelta(days=1))


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
    """The time of the clause (below), stretched back over how long an act in the perfect progressive
    has gone on up to it ("told VOA on Sunday it had been working with Thailand for years": the years
    up to that Sunday, lasting.py)."""
    time = _clause_time(index, sent, words, published, speech)
    found = lasting(sent.doc, words, index.governed(words)) if time.end is not None else None
    if found is None:
        return time
    timex, delta = found
    unit = cal.calendar_unit(cal.duration_unit(timex.value)) or ""
    anchor = "publication" if time.anchor == "unresolved" else time.anchor  # where the end comes from
    return EventTime(timex.text, timex.value, time.end - delta, time.end, unit, anchor, time.inherited)


def _clause_time(index: TimeIndex, sent: Span, words: set[int], published: dt.date | None,
                 speech: bool = False) -> EventTime:
    """The time of the clause whose event word, head and modal verbs are `words`; `speech` for a
    clause of a speech verb ("said", "told"), which without a time of its own is the reporting of the
    day, not the narrative's last date ("The bombings on Aug. 7 killed 247 people. … Burleigh said")."""
    shifted = _offset_time(index, sent.doc, words, published)
    if shifted is not None:
        return shifted
    governed = [t for t in index.governed(words) if usable(t) and index.fits(t)]
    own = [t for t in governed if not index.is_bound(t)]
    own = own or [t for t in index.of_conjuncts(words) + index.at_setting(words)
                  if usable(t) and index.fits(t) and not index.is_bound(t)]
    offset = sent.doc[min(words)].idx
    when = index.of_when_clause(words)
    if when is not None:  # "Since August 2022, when the president called for a total war": August 2022
        return from_timex(when)
    if own:  # the finest, then the nearest: "June 8, 2010 — Yesterday, at this year's fair, Jobs unveiled"
        return from_timex(min(own, key=lambda t: (fineness(t), abs(t.start - offset))))
    recent = recent_span(index.governed(words) or _of_participle_head(index, sent.doc, words), published)
    if recent is not None:  # "recently visited Cairo": some day of the weeks up to publication
        return EventTime(recent[0].text, "PAST_REF", recent[1], published, "", "explicit")
    called_recent = recent_time_span(sent.doc, words, published, index.dated_words)
    if called_recent is not None:  # "said Friday that recent agreements …": not Friday's, the weeks before
        return EventTime(called_recent[0].text, "PAST_REF", called_recent[1], published, "", "explicit")
    unresolved = index.unresolved(words)
    if unresolved is not None:  # no date to count from: "on Monday" is kept as written, not dated
        return EventTime(unresolved.text, unresolved.value)
    if published is not None and _indefinite_past(sent.doc, words):
        return before_publication(published)  # "Orban said at one summit": some time before
    then = _then(index, sent, words, published)
    if then is not None:  # "… in late January. At the time, Noem told reporters": January
        return from_timex(then, "previous-date", text="")
    if published is not None and _unplaced_past(index, sent, words, published):
        return before_publication(published)  # "Several months later, North Korea invaded": undated
    fronted = _fronted(index, sent.doc[min(words)])
    if fronted is not None:
        return from_timex(fronted)
    nearby = [t for t in index.in_sentence(sent, words)
              if not index.is_bound(t) and index.fits(t) and not _now_beside_past(t, sent.doc, words)]
    if nearby:
        near = min(nearby, key=lambda t: abs(t.start - offset))
        return replace(from_timex(near), inherited=index.other_clause(near, words))
    adjunct = index.in_adjunct(sent, words) if _past_verb(sent.doc, words) and not speech else []
    fitting = [t for t in adjunct if index.fits(t) and published is not None and t.date_end <= published]
    if fitting:  # "launched an operation to flush out the militants in 2015": 2015
        return replace(from_timex(min(fitting, key=lambda t: abs(t.start - offset))), inherited=True)
    if governed and _perfect(sent.doc, words):  # "have been held since 2022": the bound is its time
        return _since(index, min(governed, key=lambda t: abs(t.start - offset)), published)
    if published is not None and _present_perfect(sent.doc, words) and not _lede(sent):
        return before_publication(published)
    previous = None if _present(sent.doc, words) else index.before(sent.start_char, published)
    passage = _passage(index, sent, words, published, speech)
    if passage is not None and (previous is None or passage.start > previous.start):
        return EventTime("", "PAST_REF", passage.date_start, published, "", "previous-date")
    if speech and any(sent.doc[i].tag_ == "VBD" for i in words):
        going_on = _pronoun_goes_on(index, sent, words, published)
        if going_on is not None:  # "In January, Wang Yi said …. He added …": January
            return from_timex(going_on, "previous-date", text="")
        own = _said_before_by_speaker(index, sent, words, published)
        continued = previous is not None and index.said_on(previous) \
            and not _another_speaker(index, sent.doc, words, previous)
        previous = own or (previous if continued else None)
    if previous is not None:
        return _spread(index, sent.doc, words, from_timex(previous, "previous-date", text=""))
    if published is not None and _after_undated_event(index, sent.doc, words):
        return before_publication(published)
    return _spread(index, sent.doc, words, publication(published))


THEN_DETERMINERS = ("the", "that")


def _then(index: TimeIndex, sent: Span, words: set[int], published: dt.date | None) -> Timex | None:
    """The time "at the time" (or "at that point", data/lexicon/then_nouns.tsv) points back to: the
    last past date told before the phrase, in its sentence or the one before; None without the phrase
    or such a date."""
    doc = sent.doc
    phrase = next((p for i in words for p in doc[i].children if p.dep_ == "prep" and p.lower_ == "at"
                   and any(_then_noun(n) for n in p.children if n.dep_ == "pobj")), None)
    if phrase is None:
        return None
    start = doc[sentences_back(sent, 1)].idx
    told = [t for t in index.timexes if start <= t.start and t.end <= phrase.idx and usable(t)
            and t.type in ("DATE", "TIME") and not index.is_bound(t)
            and (published is None or t.date_end <= published)]
    return told[-1] if told else None


def _pronoun_goes_on(index: TimeIndex, sent: Span, words: set[int],
                     published: dt.date | None) -> Timex | None:
    """The date of the statement a pronoun speaker goes on with ("In January, Wang Yi said …. He
    added …": January): the clause's subject is a pronoun of data/lexicon/speaker_pronouns.tsv and the
    sentence before has a past date governed by a speech verb of its main clause (any precision, as
    "In January" or "last year" are not day-precise enough for the narrative's date). None otherwise."""
    doc = sent.doc
    subjects = [c for i in words for c in doc[i].children if c.dep_ == "nsubj"]
    if not subjects or not all(_names_back_a_speaker(c) for c in subjects):
        return None
    start = doc[sentences_back(sent, 1)].idx
    told = [t for t in index.timexes if start <= t.start and t.end <= sent.start_char and usable(t)
            and t.type in ("DATE", "TIME") and t.value[:1].isdigit() and index.said_on(t)
            and _main_clause_time(index, t) and (published is None or t.date_start <= published)]
    return told[-1] if told else None


@lru_cache(maxsize=1)
def _indefinite_words() -> frozenset[str]:
    rows = read_data_table(INDEFINITE_PAST_PATH, INDEFINITE_PAST_COLUMNS, ("word",))
    return frozenset(r["word"].lower() for r in rows)


def _indefinite_past(doc: Doc, words: set[int]) -> bool:
    """A past clause set at one occasion among others (data/lexicon/indefinite_past.tsv): "Orban said
    at one summit", "on one occasion". Its time is some day before publication, not publication's."""
    table = _indefinite_words()
    verbs = [doc[i] for i in words if doc[i].tag_ == "VBD"]
    return any(child.dep_ == "prep" and child.lower_ in OCCASION_PREPS and any(
        d.dep_ in ("det", "nummod") and d.lower_ in table
        for n in child.children if n.dep_ == "pobj" for d in n.children)
        for verb in verbs for child in verb.children)


def _names_back_a_speaker(subject: Token) -> bool:
    """A subject that names the speaker told before without naming anyone: a pronoun of
    data/lexicon/speaker_pronouns.tsv ("He added") or "the [describing words] NOUN" of a person noun
    of data/actors/person_nouns.tsv ("the top U.S. diplomat noted"; actors.py names it back too)."""
    if subject.tag_ == "PRP":
        return subject.lower_ in table_words(SPEAKER_PRONOUNS_PATH)
    return subject.lemma_.lower() in load_person_nouns() and subject.ent_type_ != "PERSON" \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)


def _main_clause_time(index: TimeIndex, timex: Timex) -> bool:
    """Whether the speech verb a date hangs on is its sentence's main verb and the date is the verb's
    own, not a subordinate clause's nor its subject's ("Kavan, who lived in London until 1989, said …")."""
    governor = index.governor_of(timex)
    if governor is None or index.doc[governor].dep_ != "ROOT":
        return False
    span = index.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    between = [t for t in span.root.ancestors if t.i != governor and governor in {a.i for a in t.ancestors}]
    return not any(t.dep_ in SUBORDINATE + ("ccomp", "xcomp", "nsubj", "nsubjpass", "appos", "dobj")
                   for t in [span.root, *between])


def _then_noun(noun: Token) -> bool:
    """"the time" in "At the time": a noun of the table with only "the"/"that" before it."""
    return noun.lemma_.lower() in table_words(THEN_NOUNS_PATH) and \
        all(c.dep_ == "det" and c.lower_ in THEN_DETERMINERS for c in noun.children) and \
        any(c.dep_ == "det" for c in noun.children)


def _of_participle_head(index: TimeIndex, doc: Doc, words: set[int]) -> list[Timex]:
    """The times of the verb a trailing bare participle hangs on, when none of them is a calendar
    time (that one reaches the participle anyway: "More recently, in December, U.S. forces carried
    out airstrikes, hitting targets": December)."""
    found = index.governed(_participle_heads(doc, words))
    return [] if any(usable(t) for t in found) else found


def _participle_heads(doc: Doc, words: set[int]) -> set[int]:
    """The verb a trailing bare participle clause of the clause hangs on ("Xi recently convened a
    meeting with heads of companies, calling on them to …": convened): the participle tells what was
    done in that act, at its time."""
    heads = set()
    for i in words:
        token = doc[i]
        if token.tag_ == "VBG" and token.dep_ == "advcl" and token.head.i < token.i \
                and token.head.pos_ in ("VERB", "AUX") \
                and not any(c.dep_ in ("mark", "nsubj", "nsubjpass", "aux") for c in token.children):
            heads.add(token.head.i)
    return heads


def _said_before_by_speaker(index: TimeIndex, sent: Span, words: set[int],
                            published: dt.date | None) -> Timex | None:
    """The day the story dated an earlier statement of this clause's named speaker ("Richard Bennett
    confirmed Wednesday …; Mujahid disclosed the decision late Tuesday. … Bennett said": Wednesday,
    not the later-told Tuesday nor publication): a speaker's undated words continue their statement."""
    speakers = {speaker_of(sent.doc[i]) for i in words} - {""}
    found = [index.said_by(s, sent.start_char, published) for s in speakers]
    found = [t for t in found if t is not None]
    return max(found, key=lambda t: t.start) if found else None


def _another_speaker(index: TimeIndex, doc: Doc, words: set[int], said: Timex) -> bool:
    """Whether a dated earlier statement was made by someone other than this clause's named speaker
    ("A State Department spokesperson told VOA on Sunday … Sayim, of the World Uyghur Congress,
    said …"): the undated words are another person's, reported on the day, not a continuation. Only
    persons are compared (this clause's speaker a PERSON name; the earlier one a PERSON name or a
    source noun of data/actors/sources.tsv): a body's announcement may be voiced by its people ("Apple
    announced on Friday … Steve Jobs said"), and a body's words may be the statement told before
    ("Matiangi announced on March 24 … The UNHCR said"). False when there is no such pair."""
    speakers = {speaker_of(doc[i]) for i in words if _person_subject(doc[i])} - {""}
    governor = index.governor_of(said)
    if not speakers or governor is None:
        return False
    subject = next((c for c in doc[governor].children if c.dep_ in ("nsubj", "nsubjpass")), None)
    person = subject is not None and (subject.ent_type_ == "PERSON"
                                      or subject.lemma_.lower() in load_unnamed_sources())
    if not person:
        return False
    return not speakers & {t.lower_ for t in subject.subtree}


def _person_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" for c in verb.children)


def _passage(index: TimeIndex, sent: Span, words: set[int], published: dt.date | None,
             speech: bool) -> Timex | None:
    """The coarse date of the background passage an undated past act carries on ("A court later
    sentenced him" after "… was forced to shut in 2023"): the act lies between it and publication.
    Not what is said (an undated statement is the reporting of the day) nor the story's opening."""
    if published is None or speech or _lede(sent) or not _past_verb(sent.doc, words):
        return None
    if _set_at_named_event(sent.doc, words):
        return None
    return index.passage(sent, published)


def _unplaced_past(index: TimeIndex, sent: Span, words: set[int], published: dt.date) -> bool:
    """A past act timed from an earlier event with no date before it to count from ("If you remember
    in 1950, … said … Several months later, North Korea invaded"): not the publication day. With a
    narrative date before it ("… a few hours later"), that date stays the estimate."""
    return _past_verb(sent.doc, words) and unplaced(index.governed(words)) is not None \
        and index.before(sent.start_char, published) is None


SETTING_PREPS = ("at", "during")


def _set_at_named_event(doc: Doc, words: set[int]) -> bool:
    """"At the annual conference, Jobs started by …", "During the negotiations, China proposed …": a
    clause set at an event the story has named takes that event's time, not a background passage's."""
    for i in words:
        for prep in doc[i].children:
            if prep.dep_ == "prep" and prep.lower_ in SETTING_PREPS:
                nouns = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
                if any(_definite(n) for n in nouns):
                    return True
    return False


DEFINITE = ("the", "this", "that")


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in noun.children)


def _past_verb(doc: Doc, words: set[int]) -> bool:
    """A verb in the simple past, active or passive ("sentenced", "were killed")."""
    verbs = [doc[i] for i in words if doc[i].pos_ in ("VERB", "AUX")]
    return any(v.tag_ == "VBD" or (v.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                                          for c in v.children)) for v in verbs)


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


def _offset_time(index: TimeIndex, doc: Doc, words: set[int], published: dt.date | None) -> EventTime | None:
    """"Three days after the May 20 inauguration, China conducted drills": May 23; "Weeks after the
    election on November 5": some day of the weeks after it (_vague_offset)."""
    heads = _with_coordination(doc, words)
    for found in index.offsets:
        if found.host not in heads or found.dated is None:
            continue
        last = max(found.timex.event_anchor.anchor_end, found.dated.end)  # "… announced sanctions on Tuesday"
        text = doc.text[found.timex.start:last]
        base = from_timex(found.dated)
        delta = cal.duration_delta(found.timex.event_anchor.offset)
        if delta is None:
            vague = _vague_offset(found.timex.event_anchor, base, published)
            if vague is not None:
                return EventTime(text, found.timex.value, vague[0], vague[1], "", "explicit")
            continue
        step = delta if found.timex.event_anchor.direction == "after" else -delta
        start, end = base.start + step, base.end + step
        granularity = base.granularity or "day"
        return EventTime(text, cal.value_at(start, granularity), start, end, granularity, "explicit")
    return None


def _vague_offset(anchor, base: EventTime, published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """An unspecified count of units from a dated event ("Weeks after the election on November 5",
    "a few days before the vote on Sunday"): at least one unit away and at most as far as
    vague_counts.tsv lets the count reach (weeks: eight), never after publication. None when the
    offset is no vague count of calendar units."""
    reach = measure(anchor.offset)
    one = cal.duration_delta(anchor.offset.replace("X", "1")) if anchor.offset.startswith("PX") else None
    if reach is None or one is None or base.start is None or base.end is None:
        return None
    if anchor.direction == "after":
        start, end = base.start + one, base.end + reach
    else:
        start, end = base.start - reach, base.end - one
    if published is not None and end > published:
        end = max(published, start)
    return start, end


def _after_undated_event(index: TimeIndex, doc: Doc, words: set[int]) -> bool:
    """"Three days after President Lai took office, China conducted drills (and called them …)": a
    past event dated from another event the text does not date, with no narrative date before it,
    happened before publication, not on its day. Not an event noun ("The meeting took place one month
    after …"): a later mention of an event takes its time from the first (document.py)."""
    heads = _with_coordination(doc, words)
    undated = any(o.host in heads and o.dated is None for o in index.offsets)
    verbs = all(doc[i].pos_ in ("VERB", "AUX") or _support_object(doc[i], words) for i in words)
    return undated and verbs and any(doc[i].tag_ == "VBD" for i in words)


def _support_object(token: Token, words: set[int]) -> bool:
    """The noun a support verb of the clause names its act by ("conducted drills"): a verb clause."""
    return token.dep_ == "dobj" and token.head.i in words


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


SPAN_PREPS = ("over", "within")


def _spread(index: TimeIndex, doc: Doc, words: set[int], reference: EventTime) -> EventTime:
    """"Over a 60-day period, forces are to withdraw": an event with no date of its own, spread by
    over/within over a span, runs for that span from the date it inherits."""
    if reference.start is None:
        return reference
    for timex in index.governed(words):
        days = cal.clock_days(timex.value)  # "within 48 hours": two days
        delta = cal.duration_delta(timex.value) if days is None else relativedelta(days=days[1])
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if timex.type != "DURATION" or usable(timex) or delta is None or span is None:
            continue
        prep = next((t for t in [span.root, *span.root.ancestors][:3] if t.dep_ == "prep"), None)
        if prep is not None and prep.lower_ in SPAN_PREPS:
            end = reference.start + delta  # "within 60 days" of 27 Nov: the deadline is 26 Jan
            return EventTime(timex.text, reference.value, reference.start, end, "day", reference.anchor)
    return reference

