"""The tense of the clause a time expression sits in, from spaCy's parse.

"on Tuesday" in "the ministers met on Tuesday" is the Tuesday before publication; in "will meet on
Tuesday" the one after. The governing verb's tag and auxiliaries decide.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from spacy.tokens import Doc, Token

from extract.syntax import governing_verb, is_verb, time_owner
from extract.temporal.rules import load_tables


@cache
def _cues(role: str) -> frozenset[str]:
    """The words of tense_cues.tsv that play `role` (a word may play several: "has")."""
    return frozenset(word for word, roles in load_tables()["tense_cue"].items() if role in roles.split())


@lru_cache(maxsize=1)
def _markers() -> tuple[tuple[re.Pattern, str], ...]:
    """Words just before the expression that fix its direction whatever the verb says."""
    def before(role: str) -> re.Pattern:
        words = "|".join(re.escape(word) for word in sorted(_cues(role), key=len, reverse=True))
        return re.compile(rf"\b(?:{words})\s*(?:on\s*)?$")

    return ((before("future_marker"), "future"), (before("bound_marker"), "conditional"),
            (before("past_marker"), "past"))


def _tense_verb(token: Token) -> Token | None:
    """The verb whose tense a time expression takes: its own root when that is a verb, else the
    nearest verb above it (extract/syntax.py)."""
    return token if is_verb(token) else governing_verb(token)


def _infinitive_future(verb: Token, depth: int) -> bool:
    """'plans to meet on Friday', 'is going to visit', 'is due to arrive'."""
    has_to = any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)
    head = verb.head
    heads = _cues("future_head") | _cues("planning")
    scheduled = head.lemma_ in heads or head.lower_ in heads or head.lower_ in _cues("progressive_aux")
    if not has_to or head is verb:
        return False
    return scheduled or depth < 3 and _verb_tense(head, depth + 1) == "future"


def _hypothetical(verb: Token) -> bool:
    """'would mean little if checkpoints were not lifted within two weeks': the past form of an
    if-clause under would/could/might is a condition, not past time."""
    marked = any(child.dep_ == "mark" and child.lower_ in _cues("condition") for child in verb.children)
    head_aux = {child.lower_ for child in verb.head.children if child.dep_ == "aux"}
    return marked and verb.head is not verb and bool(head_aux & _cues("conditional_aux"))


def _verb_tense(verb: Token, depth: int = 0) -> str | None:
    aux = {child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")}
    if aux & _cues("future_aux") or verb.lower_ in _cues("future_aux"):
        return "future"
    if _infinitive_future(verb, depth):
        # "agreed yesterday to cut tariffs": future seen from a past event, either side of publication
        return "conditional" if verb.head.tag_ == "VBD" else "future"
    if verb.tag_ == "VBD" or aux & _cues("past_aux") and verb.tag_ in ("VBN", "VBD"):
        return "conditional" if _hypothetical(verb) else "past"
    if verb.tag_ == "VBG" and aux & _cues("perfect_aux"):
        return "past"  # "have been searching since the Oct. 23 slaying"
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod", "advcl"):
        return "past"  # "the decision, announced Wednesday"
    if verb.tag_ == "VBG" and aux & _cues("progressive_aux"):
        return "progressive"  # "is meeting on Friday": a planned event
    if aux & _cues("conditional_aux"):
        # "said he would leave on Monday": future seen from a past report, so either side of
        # publication; "could come as early as Tuesday" is caught by the forward markers first.
        return "conditional"
    if aux & _cues("modal_future"):
        return "future"
    if verb.tag_ in ("VBZ", "VBP") and _in_past_frame(verb):
        return "past"
    if verb.tag_ in ("VBZ", "VBP"):
        # "says Friday" reports the past; "expires Friday" schedules the future.
        return "present" if verb.lemma_ in _cues("reporting") or verb.lemma_ == "be" else "progressive"
    return None


def _in_past_frame(verb: Token) -> bool:
    """"Demonstrators chanted as they march in Khartoum Thursday": a present-tense clause of time
    (as, while) under a verb in the simple past is told in that past, not a plan."""
    marked = any(child.dep_ == "mark" and child.lower_ in _cues("past_frame") for child in verb.children)
    return marked and verb.dep_ == "advcl" and verb.head.tag_ == "VBD"


def _marker(span) -> str | None:
    """'effective June 1', 'starting Monday' (future); 'until January' (nearest); 'since March' (past)."""
    before = span.doc[max(span.start - 3, 0):span.start].text.lower()
    return next((tense for pattern, tense in _markers() if pattern.search(before)), None)


def clause_tense(doc: Doc, start: int, end: int) -> str | None:
    """The tense of the clause covering characters start..end of `doc`.

    One of 'past', 'present', 'progressive', 'future', 'conditional', or None when unknown.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    marked = _marker(span)
    if marked:
        return marked
    verb = _tense_verb(span.root)
    if verb is None:
        return None
    verb = time_owner(span, verb)  # "said on Tuesday it would retaliate": said
    if verb.lemma_ in _cues("planning") or verb.lower_ in _cues("planning"):
        return "future"
    tense = _verb_tense(verb)
    if tense is None and verb.dep_ in ("xcomp", "ccomp", "advcl", "conj", "relcl") and verb.head is not verb:
        tense = _verb_tense(verb.head)
    if tense == "progressive" and _possessive(span):
        return None  # "follows Tuesday's declaration": the plan reading belongs to the verb, not the day
    return tense


def _possessive(span) -> bool:
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return following is not None and following.tag_ == "POS"


def present_perfect(doc: Doc, start: int, end: int) -> bool:
    """'Sixteen months of war have forced…': has/have + participle, a state reaching the present."""
    span = doc.char_span(start, end, alignment_mode="expand")
    verb = _tense_verb(span.root) if span is not None and len(span) else None
    if verb is None:
        return False
    aux = {child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")}
    return verb.tag_ == "VBN" and bool(aux & _cues("present_perfect_aux"))
