"""The event phrase an offset hangs on: "one month after [the mobilization of reservists]".

With a spaCy parse the phrase runs from the word after "after"/"before" to the end of the anchor's
clause: it stops at punctuation, at a conjunction, and at a preposition modifying the clause's verb
("a day after [gunmen from Gaza crossed the border fence], killing…", "[the first phase of the
ceasefire ended] without agreement"). Without a parse a word-pattern approximation is used.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

MAX_WORDS = 12
_END_WORDS = ("and|but|when|while|as|after|before|in|on|at|to|with|for|amid|without|despite|because|"
              "during|from|by|under|until|since|which|who|where|over|into|than|so|if|although|though")
_PHRASE = re.compile(
    r"\s+([\w'’-]+(?:\s+[\w'’-]+){0,9}?)"
    rf"(?=\s*[,.;:()\"“”!?]|\s+(?:{_END_WORDS})\b|\s*$)"
)
_ARGUMENT_PREPOSITIONS = {"of", "out"}  # "pulled out of the grain deal": part of the event


def _inner_hyphen(token: Token) -> bool:
    """A hyphen inside a word ("al-Assad", "U.S.-backed") joins; it does not end the phrase."""
    return (token.text in ("-", "‐", "‑") and not token.whitespace_ and token.i > 0
            and not token.doc[token.i - 1].whitespace_)


def _ends_phrase(token: Token, seen_verb: bool) -> bool:
    if _inner_hyphen(token):
        return False
    if token.is_punct or token.pos_ in ("CCONJ", "SCONJ") or token.dep_ == "mark":
        return True
    if token.lower_ in ("which", "who", "whom", "where", "when"):
        return True
    adjunct = token.pos_ == "ADP" and token.dep_ != "prt" and token.head.pos_ in ("VERB", "AUX")
    return seen_verb and adjunct and token.lower_ not in _ARGUMENT_PREPOSITIONS


def _from_parse(doc: Doc, start: int) -> tuple[int, int] | None:
    span = doc.char_span(start, len(doc.text), alignment_mode="expand")
    if span is None:
        return None
    tokens: list[Token] = []
    seen_verb = False
    for token in span[:MAX_WORDS]:
        if tokens and _ends_phrase(token, seen_verb):
            break
        tokens.append(token)
        seen_verb = seen_verb or token.pos_ in ("VERB", "AUX") and token.lower_ != "to"
    while tokens and (tokens[-1].is_punct or tokens[-1].pos_ in ("ADP", "CCONJ", "DET")):
        tokens.pop()
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def anchor_phrase(text: str, start: int, doc: Doc | None = None) -> tuple[int, int] | None:
    """Character offsets of the event phrase that begins after offset `start` (just after 'after')."""
    if doc is not None and doc.text == text:
        found = _from_parse(doc, start)
        if found:
            return found
    match = _PHRASE.match(text, start)
    if not match:
        return None
    phrase = match.group(1).strip()
    return match.start(1), match.start(1) + len(phrase)
