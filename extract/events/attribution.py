"""Who says so: the source an event is reported by ("according to X", "X said (that) …").

The source is not the actor: "According to the spokesperson, Shos Bedrosian, the two men discussed"
is a meeting of the two men, attributed to Bedrosian. A speech verb's own row keeps its speaker as
actor (the statement is the speaker's act); only the events it reports are attributed.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.events.actors import Actor, ActorMention, load_disputing_verbs, load_unnamed_sources
from extract.events.arguments import MentionIndex, subjects
from extract.events.clauses import Clause
from extract.events.lexicon import Lexicon
from extract.events.modes import reporter
from extract.events.quotation import in_quotation


def attribute(clause: Clause, lexicon: Lexicon, index: MentionIndex) -> None:
    """Set `clause.attributed` and take the sources out of its actors when the parse put them there."""
    source = reporter(clause.head, lexicon) or _reporter_of_setting(clause.head, lexicon)
    if source is None or _disputes(source):
        return
    if source.lower_ == "according":
        clause.attributed = _according(source, index)
        inside = {m.start for m in clause.attributed}
        clause.actors = [m for m in clause.actors if m.start not in inside]
    else:
        clause.attributed = [m for t in subjects(source)[0] for m in index.behind(t) or _unnamed(t)
                             if m.actor.kind != "place"]


def _disputes(source: Token) -> bool:
    """"Russia denied that its troops attacked the village": a speaker disputing a clause is not its
    source (disputing_verbs.tsv); the claim is someone else's."""
    return source.pos_ in ("VERB", "AUX") and source.lemma_.lower() in load_disputing_verbs()


SETTING_MARKS = ("after", "before", "when", "until", "because", "once")
QUOTED_SETTING_MARKS = ("as", "while")  # often the narrator's own scene; inside a quote, the speaker's


def _reporter_of_setting(head: Token, lexicon: Lexicon) -> Token | None:
    """"Rubio told reporters that officials would convene after Witkoff returns": a clause setting
    the time or cause of a reported clause is reported by the same source ("as" and "while" only
    inside a quotation: "'… as militants are still resisting,' said a resident")."""
    marks = SETTING_MARKS + (QUOTED_SETTING_MARKS if in_quotation(head) else ())
    marked = any(c.dep_ == "mark" and c.lower_ in marks for c in head.children)
    if head.dep_ != "advcl" or not marked or head.head == head:
        return None
    source = reporter(head.head, lexicon)
    return source if source is not None and source.lower_ != "according" else None


DESCRIBING_DEPS = ("amod", "compound")


def _unnamed(token: Token) -> list[ActorMention]:
    """Unnamed sources a speech verb's subject cites (sources.tsv), as written with the words describing
    them: "Security sources said …" → "security sources"; [] for any other word."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in load_unnamed_sources():
        return []
    doc, start = token.doc, token.i
    while start > 0 and doc[start - 1].dep_ in DESCRIBING_DEPS and doc[start - 1].head.i <= token.i:
        start -= 1
    text = (doc[start:token.i].text_with_ws + token.lower_).lower()
    return [ActorMention(start, token.i + 1, Actor(text, "group"), "agent")]


def _according(according: Token, index: MentionIndex) -> list[ActorMention]:
    """The sources of "according to X": the person named as X (or in apposition to it, even when the
    parser left the appositive outside: "according to the Prime Minister's spokesperson, Shos
    Bedrosian, …" is Bedrosian, not the Prime Minister), else whoever the phrase names."""
    phrase = list(according.subtree)
    found = [m for t in phrase if (m := index.at(t)) and m.actor.kind != "place"]
    named = [m for m in found if m.actor.kind == "person" and m.how != "role"]
    doc, end = according.doc, phrase[-1].i + 1
    if not named and end + 1 < len(doc) and doc[end].text == ",":
        after = index.at(doc[end + 1])
        closed = after is not None and after.end < len(doc) and doc[after.end].text == ","
        if closed and after.actor.kind == "person":
            named = [after]
    return _distinct(named or found)


def _distinct(mentions: list[ActorMention]) -> list[ActorMention]:
    seen, kept = set(), []
    for mention in mentions:
        if mention.start not in seen:
            seen.add(mention.start)
            kept.append(mention)
    return kept
