"""The time expressions of one Doc, aligned to its tokens: which clause word each one hangs on, which
are bounds ("since 2022") or measures ("two years of war"), and the narrative's last date before a
point. `timing.clause_time` reads a clause's time through it.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from extract.events.lexicon import LEXICON_DIR
from extract.events.offsets import find_offsets, in_anchor
from extract.events.simultaneous import fronted_occasion, simultaneous_head
from extract.events.tables import read_data_table
from extract.syntax import heads_above, is_verb, sentences_back, time_owner
from extract.temporal import Timex
from extract.temporal import calendar as cal

# "since the spring of 2022", "until Friday", "before the vote": a bound or a comparison, not the time
# of the clause, which has its own ("met on Friday for their first talks since 2022") or is today's news
BOUND_PREPS = ("since", "until", "till", "before")
# "signed an order imposing tariffs effective Friday": the day the order takes effect, not the signing's
EFFECT_WORDS = ("effective",)
SETTING_PREPS = ("in", "at", "during")
# the clause's own setting: "at Wednesday's meeting, X said", "met Kim at the Singapore summit in June 2018"
SETTING_EVENT_PREPS = ("at", "during")


def _setting_host(prep: Token) -> Token:
    """The verb a setting phrase hangs on ("met Kim for the first time at the summit": met). A
    participle describing the setting's own noun is not it: "In a joint statement issued at their
    meeting in July, Tokyo and Washington agreed …" hangs on agreed, through "In a … statement"."""
    host = prep.head
    for _ in range(2):
        if is_verb(host) or host.head == host:
            break
        host = host.head
    noun = host.head
    if host.dep_ == "acl" and host.tag_ == "VBN" and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "at"):
        host = noun.head.head
    return host


def _setting_participle(word: Token) -> bool:
    """A past participle with no subject describing the noun a setting preposition introduces ("In a
    statement emailed to VOA on Friday morning, Exantus described …", "at a news conference held on
    Monday"): its time is the setting's, so the act set there takes it."""
    noun = word.head
    return word.dep_ == "acl" and word.tag_ == "VBN" and noun.pos_ == "NOUN" and noun.dep_ == "pobj" \
        and noun.head.lower_ in SETTING_PREPS and not any(c.dep_ in SUBJECTS for c in word.children)


def _conjunct_of(word: Token, heads: set[int]) -> bool:
    """Whether `word` is a verb coordinated under one of `heads` ("shared concerns … and agreed")."""
    while word.dep_ == "conj" and word.head != word:
        word = word.head
        if word.i in heads:
            return True
    return False


def speaker_of(verb: Token) -> str:
    """The named subject of a speech verb as one word, its head ("Richard Bennett said" → "bennett");
    "" for a pronoun, a common noun or no subject (who spoke is then not known here)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
    return subjects[0].lower_ if subjects else ""


def usable(timex: Timex) -> bool:
    """A timex that can date an event: a calendar span, or a duration with an implied interval."""
    if timex.type == "DURATION":
        return timex.implied_start is not None and timex.implied_end is not None
    return timex.date_start is not None and timex.date_end is not None



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
        self.nominal = [_names_a_noun(s) for s in spans]
        self.speech_words = speech_words or set()  # words of speech-verb clauses ("announced", "said")
        self.governors = [m.i if m is not None else self._governor(doc, t, clause_words)
                          for t, m in zip(self.timexes, self.measured, strict=True)]
        self.narrative = [g is None or _main_clause(_clause_verb(doc[g])) for g in self.governors]
        # the words that govern a usable time of their own ("The recent attacks on Friday": attacks)
        self.dated_words = frozenset(g for t, g in zip(self.timexes, self.governors, strict=True)
                                     if g is not None and usable(t))
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
        if is_verb(found) and _of_a_nested_noun(span):  # "urging an inquiry into the February 8 vote"
            return span.root.head.i
        owner = time_owner(span, found) if is_verb(found) else found  # "said on Tuesday it would …"
        if fronted_occasion(owner) and _names_a_noun(span):  # "Speaking ahead of Wednesday's hearing"
            return owner.i  # the hearing's day, not the occasion's
        return (simultaneous_head(owner) or owner).i

    def governed(self, words: set[int]) -> list[Timex]:
        """Timexes hanging on any of these tokens (the clause's event word, head, modal verbs)."""
        return [t for t, g in zip(self.timexes, self.governors, strict=True) if g in words]

    def of_conjuncts(self, words: set[int]) -> list[Timex]:
        """Times after the last of coordinated verbs sharing a subject ("had killed and injured 1,000
        fighters in the past week"): they cover the earlier verbs too (`timing._fronted` is the mirror
        case). Not a conjunct with a subject of its own ("Israel struck Rafah and Hamas fired rockets
        on Tuesday")."""
        found = []
        for timex, governor in zip(self.timexes, self.governors, strict=True):
            if governor is None or governor in words:
                continue
            token = self.doc[governor]
            if token.dep_ != "conj" or token.head.i not in words or not is_verb(token) \
                    or timex.start < token.idx:
                continue
            span = self.doc.char_span(timex.start, timex.end, alignment_mode="expand")
            target = span is not None and len(span) > 0 and span.root.head.lower_ in TARGET_PREPS
            if not any(c.dep_ in SUBJECTS for c in token.children) and not target:
                found.append(timex)
        return found

    def of_when_clause(self, words: set[int]) -> Timex | None:
        """The date a "when" clause hangs on ("Since August 2022, when the president called for a total
        war, …", "in 2013, when both countries withdrew their ambassadors"): the clause's own time, even
        where the date bounds the clause around it."""
        for i in words:
            verb = self.doc[i]
            if verb.dep_ != "relcl" \
                    or not any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
                continue
            date = verb.head
            for timex in self.timexes:
                if timex.start <= date.idx < timex.end and usable(timex):
                    return timex
        return None

    def at_setting(self, words: set[int]) -> list[Timex]:
        """Times of an event the clause's act took place at ("met Kim at the Singapore summit in June
        2018", "During the talks on Friday, China proposed …", "In a statement emailed on Friday, X
        described …"): the act's own."""
        found = []
        for timex, governor in zip(self.timexes, self.governors, strict=True):
            if governor is None or governor in words:
                continue
            noun = self.doc[governor]
            preps = SETTING_EVENT_PREPS
            if _setting_participle(noun):  # "In a statement emailed to VOA on Friday morning, X described"
                noun, preps = noun.head, SETTING_PREPS
            prep = noun.head
            if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or prep.lower_ not in preps:
                continue
            host = _setting_host(prep)
            host = simultaneous_head(host) or host  # "Speaking at a meeting this week, Akram said"
            if host.i in words or (host.i < noun.i and _conjunct_of(host, words)) or \
                    (noun.i < host.i and any(_conjunct_of(self.doc[w], {host.i}) for w in words)):
                found.append(timex)
        return found

    def is_bound(self, timex: Timex) -> bool:
        k = self.timexes.index(timex)
        if self.bounds[k] in EFFECT_WORDS:  # "signed an order … effective Friday", not "is charging
            governor = self.governors[k]  # more effective Monday" (the charging is from Monday on)
            return governor is not None and _simple_past(self.doc[governor])
        return bool(self.bounds[k])

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
        embedded in this one ("X said the truce would take effect on Sunday": Sunday is not X's), nor
        by the clause an aside reports ("the truce, X said, would take effect on Sunday").
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
            other = other or any(_reported_by_aside(sent.doc[governor], h) for h in heads)
            if not other:
                found.append(timex)
        return found

    def in_adjunct(self, sent: Span, own: set[int]) -> list[Timex]:
        """Years and months of a non-finite clause under this one ("Kenya launched an operation to
        flush out the militants in 2015", "Beginning in 2019, the government pushed to loosen the
        rules"): a purpose or a phase of the act, with no subject or tense of its own, whose year or
        month is the act's too (not a day: "signed an order to impose tariffs effective Friday")."""
        found = []
        first, last = bisect_left(self.starts, sent.start_char), bisect_left(self.starts, sent.end_char)
        for k in range(first, last):
            timex, governor = self.timexes[k], self.governors[k]
            if governor is None or governor in own or self.measured[k] is not None or self.bounds[k]:
                continue
            if usable(timex) and fineness(timex) > cal.fineness("day") and timex.type == "DATE" \
                    and _nonfinite_under(sent.doc[governor], own):
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

    def governor_of(self, timex: Timex) -> int | None:
        """The token a timex hangs on (None when it hangs on none)."""
        return self.governors[self.timexes.index(timex)]

    def said_by(self, speaker: str, offset: int, published: dt.date | None) -> Timex | None:
        """The last day-precise, past date before a character offset of something the named
        `speaker` said ("Bennett confirmed Wednesday …"): that speaker's later undated words in the
        past ("… Bennett said") continue that statement, whatever other dates came between."""
        last = None
        for timex, governor in zip(self.timexes, self.governors, strict=True):
            if timex.end > offset:
                break
            if governor is None or governor not in self.speech_words or not usable(timex):
                continue
            if fineness(timex) > cal.fineness("day") or not timex.value[:1].isdigit():
                continue
            if published is not None and timex.date_start is not None and timex.date_start > published:
                continue
            if speaker_of(self.doc[governor]) == speaker:
                last = timex
        return last

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
        last, away = None, False
        for k, (timex, narrative, nominal) in enumerate(zip(self.timexes, self.narrative, self.nominal,
                                                            strict=True)):
            if timex.end > offset:
                break
            if nominal:
                continue
            future = published is not None and timex.date_start is not None and timex.date_start > published
            precise = fineness(timex) <= cal.fineness("day") and timex.value[:1].isdigit()  # not "now"
            back = away and self._told_back(k)  # "He was awaiting trial when he escaped Thursday."
            if timex.type in ("DATE", "TIME") and usable(timex) and (narrative or back) and precise \
                    and not future:
                last, away = timex, False
            elif last is not None and self._elsewhere(timex, last) and narrative and not future:
                # the story moved to another year ("in 1976 … in 2010"): that day is over
                last, away = None, True
        return last

    def _told_back(self, k: int) -> bool:
        """Whether the k-th timex, a day told in a past clause under another ("was awaiting trial when
        he escaped Thursday"), brings a story that went back to another year back to its own days."""
        governor = self.governors[k]
        if governor is None:
            return False
        verb = _clause_verb(self.doc[governor])
        return verb.tag_ == "VBD" and verb.dep_ == "advcl" and not pluperfect(verb)

    def passage(self, sent: Span, published: dt.date) -> Timex | None:
        """The date of a background passage that `sent` carries on: the last date of a main clause
        in the sentences just before it, coarser than a day and of a year before publication's (a
        month of the story's year is a digression the story comes back from), with no day-precise
        date after it ("Relations soured in 2010 after commandos stormed the ship. Nine
        activists were killed.": some time from 2010 on, not the day of publication)."""
        first = bisect_left(self.starts, _sentences_back(sent, PASSAGE_SENTENCES))
        last = None
        for k in range(first, bisect_left(self.starts, sent.start_char)):
            timex = self.timexes[k]
            told = self.narrative[k] or self._in_statement(k)
            if not (timex.type == "DATE" and usable(timex) and told) or self.nominal[k]:
                continue
            if self.bounds[k] or timex.date_end.year >= published.year or _compared(self.doc, timex):
                continue
            last = timex
        if last is None or fineness(last) <= cal.fineness("day") or _back_to_now(self.doc, last, sent):
            return None
        return None if self._chronology(last) else last

    def _in_statement(self, k: int) -> bool:
        """Whether the k-th timex is said inside what the sentence's main speech verb reports ("Bilai
        Abdi said she was excited about getting her children new clothes one afternoon in 2017"): a
        story told in a statement, whose past acts in the sentences after it are of that time. The
        reported clause has a subject of its own (a verb sharing the speaker's is misparsed as one)."""
        governor = self.governors[k]
        if governor is None:
            return False
        token = self.doc[governor]
        while token.head.i != token.i and token.dep_ != "ccomp":
            token = token.head
        reported = token.dep_ == "ccomp" and any(c.dep_ in SUBJECTS for c in token.children)
        telling = token.head.dep_ == "ROOT" and token.head.lemma_.lower() in table_words(TOLD_STORIES_PATH)
        return reported and telling and not pluperfect(token)

    def _chronology(self, timex: Timex) -> bool:
        """Whether the sentence of a year names another year before it ("started Apple in 1976, and in
        1998 introduced the iMac"): a history running up to now sets no passage (as in the temporal
        engine's story.py)."""
        span = self.doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        begin = span.sent.start_char
        return any(begin <= t.start and t.end <= timex.start and t.type == "DATE" and usable(t)
                   and t.date_start.year != timex.date_start.year for t in self.timexes)


PASSAGE_SENTENCES = 2  # a coarse past date sets the passage for its sentence and the next two


def _sentences_back(sent: Span, count: int) -> int:
    """The character offset where the sentence `count` sentences before `sent` starts."""
    return sent.doc[sentences_back(sent, count)].idx


COMPARED_PREPS = ("from", "than")  # "up 82% from 9 months ago": a comparison, not the passage's time


def _compared(doc: Doc, timex: Timex) -> bool:
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.head.lower_ in COMPARED_PREPS


def _back_to_now(doc: Doc, timex: Timex, sent: Span) -> bool:
    """Whether a sentence between a passage's date and `sent` tells of the present (its main verb in
    the present or the present perfect: "Jobs has not yet said what prompted it"): the passage is over."""
    between = sent
    while between.start > 0:
        between = doc[between.start - 1].sent
        if between.start_char < timex.end:
            return False
        if _of_now(between.root):
            return True
    return False


def _of_now(root: Token) -> bool:
    if root.tag_ in ("VBZ", "VBP"):
        return True
    return root.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP")
                                      for c in root.children)


def _names_a_noun(span: Span | None) -> bool:
    """A date inside a noun phrase, naming the noun's own time: "the probe into the August 7
    bombings", "the handling of Wednesday's meeting" (the narrative stays on the day the clause
    tells of); not the setting of the clause ("In a Wednesday media event, Apple released …")."""
    if span is None or len(span) == 0:
        return False
    root = span.root
    noun = root.head
    if root.dep_ not in ("nmod", "compound", "poss") or noun.pos_ != "NOUN":
        return False
    preposition = noun.head if noun.dep_ == "pobj" else None
    return not (preposition is not None and preposition.lower_ in SETTING_PREPS and is_verb(preposition.head))


# the date-rule tables of data/lexicon/: a word, and an example giving its trigger an interval
DATE_RULE_COLUMNS = ("word", "example", "trigger", "date_start", "date_end")
TOLD_STORIES_PATH = LEXICON_DIR / "told_stories.tsv"  # verbs by which a person tells a story
NOUN_DATES_PATH = LEXICON_DIR / "noun_dates.tsv"  # prepositions by which a noun hangs on another


@lru_cache(maxsize=8)
def table_words(path: Path) -> frozenset[str]:
    """The words of a date-rule table (its first column, lower-cased)."""
    return frozenset(r["word"].lower() for r in read_data_table(path, DATE_RULE_COLUMNS, ("word",)))


def _of_a_nested_noun(span: Span) -> bool:
    """A date naming the time of a noun that hangs, by a preposition of the table, on another noun
    ("urging an investigation of irregularities in the February 8 vote"): the noun's time, not that of
    the verb above both (the urging was on the day of the House's vote, not on 8 February)."""
    if not _names_a_noun(span):
        return False
    noun = span.root.head
    prep = noun.head
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in table_words(NOUN_DATES_PATH) \
        and prep.head.pos_ in ("NOUN", "PROPN")


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
    """The word of a bound: "since the spring of 2022", "until Friday", "before the vote on Sunday",
    "effective Friday" (when a measure takes effect, not when it was decided); "" for a timex that is
    no bound."""
    first = timex.text.split(maxsplit=1)[0].lower() if timex.text.strip() else ""
    if first in BOUND_PREPS:
        return first
    if span is None or len(span) == 0:
        return ""
    if span.start > 0 and span.doc[span.start - 1].lower_ in EFFECT_WORDS:
        return span.doc[span.start - 1].lower_
    root = span.root
    return root.head.lower_ if root.dep_ == "pobj" and root.head.lower_ in BOUND_PREPS else ""


def _embeds(governor: Token, head: Token) -> bool:
    """Whether `head` lies in a clause under `governor` whose time it shares: embedded ("announced
    on Wednesday that they had agreed") or coordinated in the same tense ("spoke on Wednesday, and
    Lavrov led the delegation"), not after a tense shift ("had proposed the talks last Sunday, but
    he did not attend")."""
    token = head
    while token.head != token:
        if token.dep_ == "conj" and pluperfect(token) != pluperfect(token.head):
            return False
        token = token.head
        if token == governor:
            return True
    return False


def _reported_by_aside(governor: Token, head: Token) -> bool:
    """Whether `head` is an aside ("the vote, Kenya said, would take place next month") and the time's
    governor lies in the clause it reports, outside the aside."""
    if head.dep_ != "parataxis" or head.is_ancestor(governor) or head == governor:
        return False
    return governor == head.head or head.head.is_ancestor(governor)


NONFINITE_LINKS = ("advcl", "xcomp", "acl")  # "to flush out …", "Beginning in 2019, …"
NONFINITE_TAGS = ("VB", "VBG")
SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
TARGET_PREPS = ("for",)  # "ordered a new trial for 2025": the time aimed at, not the order's


def _simple_past(verb: Token) -> bool:
    return verb.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _nonfinite_under(token: Token, own: set[int], steps: int = 3) -> bool:
    """Whether `token` is a verb with no tense or subject of its own that hangs, through such verbs
    (and the object an infinitive names: "an operation to flush out"), on a word of `own`."""
    for _ in range(steps):
        if not is_verb(token) or token.tag_ not in NONFINITE_TAGS or token.dep_ not in NONFINITE_LINKS:
            return False
        if any(c.dep_ in SUBJECTS for c in token.children):
            return False
        head = token.head
        if head.dep_ == "dobj" and token.dep_ == "acl":  # "launched an operation to flush out"
            head = head.head
        if head.i in own:
            return True
        token = head
    return False


def pluperfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def _below(token: Token, heads: list[Token]) -> bool:
    """Whether one of `heads` is an ancestor of `token` (one walk up, not one per head)."""
    indices = {head.i for head in heads}
    return any(ancestor.i in indices for ancestor in token.ancestors)


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
    return main and not pluperfect(token)


def fineness(timex: Timex) -> int:
    """Rank of a timex's granularity, finest first (durations and unknown granularities last)."""
    return cal.fineness(timex.granularity)
