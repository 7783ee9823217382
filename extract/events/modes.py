"""The mode of an event: negated, hypothetical, future, reported or asserted (in that precedence).

Cues come from data/lexicon/modality.tsv (auxiliaries, if/unless, governing verbs such as "plan to")
and from speech verbs of the event lexicon: a clause that is the complement of a speech verb is
reported: the article does not assert it, someone else (officials, a party, even the actor itself:
"Hamas said it had accepted") does.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.events.lexicon import Lexicon

PRECEDENCE = ("negated", "hypothetical", "future", "reported", "asserted")
COMPLEMENT_DEPS = ("ccomp", "parataxis")  # conjuncts are climbed through first
MAX_CLIMB = 4
OTHER_MODALS = ("could", "might", "may", "should")


def clause_mode(head: Token, word: Token, lexicon: Lexicon, negation: bool = True) -> str:
    """The mode of the clause headed by `head` whose event word is `word` (`negation` False: as if
    the clause were not negated, for an event whose type already says no: "did not agree" → REJECT)."""
    cues = set()
    for verb in _modal_chain(head) + _sharing_auxiliaries(head):
        cues |= _local_cues(verb, lexicon)
    if word.head == head and word.dep_ == "dobj" and lexicon.governor(head):
        cues.add(lexicon.governor(head))  # "is considering new sanctions"
    if word.pos_ == "NOUN":  # "a proposed deal", "the planned summit"
        cues |= {lexicon.mode(c.lower_, "modifier") for c in word.children if c.dep_ == "amod"} - {None}
    if _is_reported(head, lexicon):
        cues.add("reported")
        if _future_in_the_past(head):
            cues = (cues - {"hypothetical"}) | {"future"}
    if not negation:
        cues.discard("negated")
    return next((mode for mode in PRECEDENCE if mode in cues), "asserted")


def _future_in_the_past(head: Token) -> bool:
    """"said he would travel": reported "would" without a condition is a plan, not a hypothesis."""
    would = any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in head.children)
    condition = any(t.dep_ == "mark" and t.lower_ in ("if", "unless") for t in head.subtree)
    other_modal = any(c.dep_ == "aux" and c.lower_ in OTHER_MODALS for c in head.children)
    return would and not condition and not other_modal


def _modal_chain(head: Token) -> list[Token]:
    """The clause head and the verbs it is an infinitive of ("expected to meet" → meet, expected;
    "will travel to capitals to press for a ceasefire" → press, travel)."""
    chain = [head]
    while _infinitive_of(chain[-1]) and len(chain) < MAX_CLIMB:
        chain.append(chain[-1].head)
    return chain


def _infinitive_of(verb: Token) -> bool:
    """An infinitive (or purpose clause) of the verb above it; a second infinitive joined to one
    ("wants to resolve the dispute and remove any pretext") is one with it."""
    purpose = verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    joined = verb.dep_ == "conj" and verb.head.dep_ == "xcomp" and verb.tag_ == "VB"
    return verb.head != verb and (verb.dep_ == "xcomp" or purpose or joined)


def _sharing_auxiliaries(verb: Token) -> list[Token]:
    """"Trump may overreach and start threatening", "will not cooperate, or name his team": a verb
    joined to another with no auxiliary of its own shares that verb's modal and negation."""
    own = any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children)
    joined = verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.tag_ in ("VB", "VBG")
    return [verb.head] if joined and not own else []


def _local_cues(verb: Token, lexicon: Lexicon) -> set[str]:
    cues = set()
    for child in verb.children:
        if child.dep_ == "neg":
            if not _quoted_apart(verb, child):
                cues.add("negated")
        elif child.dep_ in ("aux", "auxpass") and lexicon.mode(child.lower_, "aux"):
            cues.add(lexicon.mode(child.lower_, "aux"))
        elif child.dep_ == "mark" and lexicon.mode(child.lower_, "mark"):
            cues.add(lexicon.mode(child.lower_, "mark"))
        elif child.dep_ == "xcomp" and lexicon.governor(verb):
            cues.add(lexicon.governor(verb))
    return cues


QUOTES = frozenset({'"', "“", "”", "``", "''"})


def _quoted_apart(verb: Token, child: Token) -> bool:
    """A "not" the parser hung on the speech verb from inside the quote ("Certainly not just in
    Europe," he said): a quotation mark between them means the negation is the quote's own."""
    low, high = sorted((verb.i, child.i))
    return any(t.text in QUOTES for t in verb.doc[low + 1:high])


def _shares_clause(token: Token) -> bool:
    """A conjunct, or a participle tacked on ("…, killing 12 people"), is reported with its verb."""
    participle = token.dep_ == "advcl" and token.tag_ in ("VBG", "VBN") and not any(
        c.dep_ == "mark" for c in token.children
    )
    return token.head != token and (token.dep_ == "conj" or participle)


def _is_reported(head: Token, lexicon: Lexicon) -> bool:
    """Whether the clause is the complement of someone else's speech verb, or "according to" someone."""
    return reporter(head, lexicon) is not None


def reporter(head: Token, lexicon: Lexicon) -> Token | None:
    """What reports the clause headed by `head`: the "according" of "according to X", or the speech
    verb whose complement the clause is ("officials said the talks had collapsed"); None if asserted.
    An "according to X" on the sentence's main verb reports every clause of the sentence ("China
    donated vaccines, which Duterte described as a gesture of friendship, according to Xinhua")."""
    found = _reporting_verb(head, lexicon)
    if found is not None:
        return found
    root = head.sent.root
    according = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "according"), None)
    inside = according is not None and according.left_edge.i <= head.i <= according.right_edge.i
    return None if inside else according  # "according to Bontemps, who said …": the source's own words


def _reporting_verb(head: Token, lexicon: Lexicon) -> Token | None:
    token = head
    for _ in range(MAX_CLIMB):
        according = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "according"), None)
        if according is not None:
            return according
        while _shares_clause(token):
            token = token.head
        if token.dep_ not in COMPLEMENT_DEPS or token.head == token:
            return None
        token = token.head
        entry = lexicon.verb(token)
        if token.pos_ == "VERB" and entry is not None and entry.speech:
            return token
    return None
