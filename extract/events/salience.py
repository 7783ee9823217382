"""Which person a later "he"/"she" most likely means: the salient person of the text before it.

A careful reader takes as antecedent the person the text was last about, not merely the last name
read. A person is salient when named as the subject of the sentence's main line ("Trump said on
Sunday that the Russian leader had gone crazy. He told reporters …": Trump, not the Russian leader)
or as a speaker: the subject of a speech verb that is not itself inside reported words, even when
the verb stands at the end of the sentence ("Funding is short, Jane Doe, a spokesperson for the
agency, told VOA. \"…,\" she wrote.": Jane Doe continues speaking). A speech verb the parser left
without a subject after "NAME, APPOSITIVE," takes that name as speaker. A name opening the sentence
before a comma that the parser attached to the main verb as no argument is its subject. The subject
of words a speech verb set in them reports ("Xi, he said, wants a deal") is not salient.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.events.actors import ActorMention
from extract.events.lexicon import load_lexicon

SUBJECT_DEPS = ("nsubj", "nsubjpass")
REPORTED_DEPS = ("ccomp", "xcomp", "csubj", "relcl", "acl")  # a verb inside these is reported or embedded


def is_salient(doc: Doc, mention: ActorMention) -> bool:
    """Whether a person mention is the main-line subject or a speaker of its sentence."""
    root = doc[mention.start:mention.end].root
    if root.dep_ in SUBJECT_DEPS:
        if _reported_aside(root.head):
            return False
        return _main_line(root.head) or (speech_verb(root.head) and not _embedded(root.head))
    if _opening_name(doc, mention, root):
        return True
    verb = _headless_speech_after(doc, mention, root)
    return verb is not None and not _embedded(verb)


def _opening_name(doc: Doc, mention: ActorMention, root: Token) -> bool:
    """A parse repair: "Trump, in a taped interview, dodged a question": a name opening the sentence,
    set off by a comma, that the parser hung on the main verb as no argument (intj, npadvmod, dep) is
    the subject the sentence is about."""
    opens = mention.start == root.sent.start and mention.end < len(doc) and doc[mention.end].text == ","
    return opens and root.dep_ in ("intj", "npadvmod", "dep") and root.head.dep_ == "ROOT"


def _reported_aside(verb: Token) -> bool:
    """"Xi, he said, wants a deal": a main line with a speech verb set in it ("he said", parsed as a
    parataxis with a subject of its own) is reported words: their subject is not who the text is about."""
    return any(c.dep_ == "parataxis" and speech_verb(c) and any(g.dep_ == "nsubj" for g in c.children)
               for c in verb.children)


def _main_line(verb: Token) -> bool:
    """The root, or a verb coordinated with it."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _embedded(verb: Token) -> bool:
    """Whether the verb lies inside a complement or relative clause of another word."""
    token = verb
    while token.head != token:
        if token.dep_ in REPORTED_DEPS:
            return True
        token = token.head
    return False


def speech_verb(verb: Token) -> bool:
    """A verb of the lexicon's speech verbs ("said", "told")."""
    entry = load_lexicon().verb(verb) if verb.pos_ == "VERB" else None
    return entry is not None and entry.speech


def _headless_speech_after(doc: Doc, mention: ActorMention, root: Token) -> Token | None:
    """The subjectless speech verb right after "NAME, APPOSITIVE," ("…, Jane Doe, a spokesperson for
    the agency, told VOA"), or None."""
    appositives = [c for c in root.children if c.dep_ == "appos" and c.i >= mention.end]
    if not appositives or mention.end >= len(doc) or doc[mention.end].text != ",":
        return None
    after = appositives[-1].right_edge.i + 1
    if after < len(doc) and doc[after].text == ",":
        after += 1
    if after >= len(doc):
        return None
    verb = doc[after]
    has_subject = any(c.dep_ in (*SUBJECT_DEPS, "csubj") for c in verb.children)
    return verb if speech_verb(verb) and not has_subject else None
