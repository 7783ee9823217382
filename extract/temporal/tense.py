"""The tense of the clause a time expression sits in, from spaCy's parse.

"on Tuesday" in "the ministers met on Tuesday" is the Tuesday before publication; in "will meet on
Tuesday" the one after. The governing verb's tag and auxiliaries decide.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

_FUTURE_AUX = {"will", "'ll", "shall", "wo", "’ll"}
_FUTURE_HEADS = {"plan", "expect", "schedule", "set", "due", "intend", "aim", "hope", "prepare", "go",
                 "want", "seek", "promise", "pledge", "vow", "agree", "need"}
_REPORTING = {"say", "tell", "report", "announce", "state", "add", "note", "claim", "confirm", "deny",
              "insist", "warn", "write", "explain", "argue", "acknowledge", "according"}
_PLANNING = {"schedule", "plan", "slate"}
# Words just before the expression that fix its direction whatever the verb says.
_MARKERS = (
    (re.compile(r"(?:\beffective|\bas soon as|\bas early as|\bstarting|\bbeginning|\bno later than|"
                r"\bpayable)\s*(?:on\s*)?$"), "future"),
    # "through August", "until January": a bound, on the nearer side of publication
    (re.compile(r"(?:\bthrough|\buntil|\btill)\s*(?:on\s*)?$"), "conditional"),
    (re.compile(r"\bsince\s*(?:on\s*)?$"), "past"),  # "since March"
)
_CONDITIONAL_AUX = {"would", "could", "might", "'d", "’d"}
_PAST_AUX = {"did", "was", "were", "had", "has", "have"}


def _governing_verb(token: Token) -> Token | None:
    steps = 0
    while token.pos_ not in ("VERB", "AUX") and token.head is not token and steps < 8:
        token = token.head
        steps += 1
    return token if token.pos_ in ("VERB", "AUX") else None


def _infinitive_future(verb: Token, depth: int) -> bool:
    """'plans to meet on Friday', 'is going to visit', 'is due to arrive'."""
    has_to = any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)
    head = verb.head
    scheduled = head.lemma_ in _FUTURE_HEADS or head.lower_ in ("due", "is", "are")  # "is to meet"
    if not has_to or head is verb:
        return False
    return scheduled or depth < 3 and _verb_tense(head, depth + 1) == "future"


def _hypothetical(verb: Token) -> bool:
    """'would mean little if checkpoints were not lifted within two weeks': the past form of an
    if-clause under would/could/might is a condition, not past time."""
    marked = any(child.dep_ == "mark" and child.lower_ in ("if", "unless") for child in verb.children)
    head_aux = {child.lower_ for child in verb.head.children if child.dep_ == "aux"}
    return marked and verb.head is not verb and bool(head_aux & _CONDITIONAL_AUX)


def _verb_tense(verb: Token, depth: int = 0) -> str | None:
    aux = {child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")}
    if aux & _FUTURE_AUX or verb.lower_ in _FUTURE_AUX:
        return "future"
    if _infinitive_future(verb, depth):
        # "agreed yesterday to cut tariffs": future seen from a past event, either side of publication
        return "conditional" if verb.head.tag_ == "VBD" else "future"
    if verb.tag_ == "VBD" or aux & _PAST_AUX and verb.tag_ in ("VBN", "VBD"):
        return "conditional" if _hypothetical(verb) else "past"
    if verb.tag_ == "VBG" and aux & {"has", "have", "had", "'ve"}:
        return "past"  # "have been searching since the Oct. 23 slaying"
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod", "advcl"):
        return "past"  # "the decision, announced Wednesday"
    if verb.tag_ == "VBG" and aux & {"is", "are", "'s", "'re", "am"}:
        return "progressive"  # "is meeting on Friday": a planned event
    if aux & _CONDITIONAL_AUX:
        # "said he would leave on Monday": future seen from a past report, so either side of
        # publication; "could come as early as Tuesday" is caught by the forward markers first.
        return "conditional"
    if aux & {"should", "may", "can", "must"}:
        return "future"
    if verb.tag_ in ("VBZ", "VBP"):
        # "says Friday" reports the past; "expires Friday" schedules the future.
        return "present" if verb.lemma_ in _REPORTING or verb.lemma_ == "be" else "progressive"
    return None


def _marker(span) -> str | None:
    """'effective June 1', 'starting Monday' (future); 'until January' (nearest); 'since March' (past)."""
    before = span.doc[max(span.start - 3, 0):span.start].text.lower()
    return next((tense for pattern, tense in _MARKERS if pattern.search(before)), None)


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
    verb = _governing_verb(span.root)
    if verb is None:
        return None
    if verb.lemma_ in _PLANNING:
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
    verb = _governing_verb(span.root) if span is not None and len(span) else None
    if verb is None:
        return False
    aux = {child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")}
    return verb.tag_ == "VBN" and bool(aux & {"has", "have", "'s", "'ve"})
