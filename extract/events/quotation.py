"""Whether a word lies inside quotation marks (uncoded clauses, actors named inside a quote)."""

from __future__ import annotations

from spacy.tokens import Token

OPENING_TAG, CLOSING_TAG = "``", "''"  # the tagger's quotation marks


def in_quotation(token: Token) -> bool:
    """Whether `token` lies inside quotation marks: an opening mark (the tagger's `` tag, which also
    tells a straight opening mark from a closing one) before it in its sentence and not closed
    before it, or a closing mark after it with none opened (a quote begun in an earlier sentence)."""
    sent = token.sent
    marks = [t for t in sent if t.tag_ in (OPENING_TAG, CLOSING_TAG)]
    before = [t.tag_ for t in marks if t.i < token.i]
    if before.count(OPENING_TAG) > before.count(CLOSING_TAG):
        return True
    after = next((t.tag_ for t in marks if t.i > token.i), None)
    return after == CLOSING_TAG and before.count(OPENING_TAG) == before.count(CLOSING_TAG) \
        and before[-1:] != [OPENING_TAG]
