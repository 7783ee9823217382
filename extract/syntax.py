"""Walking up a dependency parse: the one place that finds the verb governing a word.

A time expression takes the tense of its governing verb (temporal/tense.py), an event noun takes its
clause from it (events/clauses.py), and event time hangs a timex on it or on an event word met on the
way (events/time_index.py). All three climb the same way, through `heads_above`, at most `MAX_STEPS` heads.
Rules that look a few sentences back share `sentences_back`.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

VERB_POS = ("VERB", "AUX")
# Heads climbed at most: enough for "on the morning of May 25 of that year" (pobj → prep → pobj → …)
# without leaving the clause for a distant verb of another one.
MAX_STEPS = 8


def is_verb(token: Token) -> bool:
    """A verb or an auxiliary (spaCy tags a bare "is" as AUX)."""
    return token.pos_ in VERB_POS


def heads_above(token: Token, limit: int = MAX_STEPS) -> list[Token]:
    """The heads above `token`, nearest first, at most `limit` of them; the sentence root is the last
    one when it is reached."""
    heads: list[Token] = []
    while token.head is not token and len(heads) < limit:
        token = token.head
        heads.append(token)
    return heads


def governing_verb(token: Token, limit: int = MAX_STEPS,
                   stop: Callable[[Token], bool] = is_verb) -> Token | None:
    """The nearest head above `token` that is a verb (or for which `stop` holds), within `limit`
    heads; None when there is none."""
    return next((head for head in heads_above(token, limit) if stop(head)), None)


def time_owner(span: Span, verb: Token) -> Token:
    """The verb a time expression belongs to, given the verb the parse hangs it on: "Ukraine said on
    Tuesday it would retaliate" — a time right after a verb (with at most its preposition between),
    before the subject of that verb's complement clause, is the verb's (said), not the complement's
    (would retaliate), where the parser hangs it."""
    head = verb.head
    if verb.dep_ != "ccomp" or not is_verb(head) or head.i >= span.start:
        return verb
    between = span.doc[head.i + 1:span.start]
    if len(between) > 1 or any(t.dep_ != "prep" for t in between):
        return verb
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return head if subject is not None and span.end <= subject.i else verb


def sentences_back(sent: Span, count: int) -> int:
    """The index of the first token of the sentence `count` sentences before `sent` (of the document's
    first sentence when there are fewer before it; of `sent` itself for 0)."""
    start = sent.start
    for _ in range(count):
        if start == 0:
            break
        start = sent.doc[start - 1].sent.start
    return start
