"""A name and the acronym the text gives it right after it are one actor.

"forces of the United Nations Multidimensional Integrated Stabilization Mission in the Central African
Republic, or MINUSCA, have been deployed", "the Syrian Democratic Forces (SDF)": spaCy finds two
entities, but the acronym only names the organisation again. The links ("(", ", or") are the table
`data/actors/acronym_links.tsv`. The name is the nearest actor before the link whose words, up to the
link, give every letter of the acronym as an initial (in any order: MINUSCA is French), and which
ends at the link or before a preposition ("the Islamic State in Iraq and Syria (ISIS)"; not "Taliban"
in "Tehreek-e-Taliban Pakistan, or TTP": a part of a longer name is not the name). The mention the
alias table resolves gives the actor; with neither resolved, the name as written does, and later bare
mentions of the acronym in the story are that actor too. A name the acronym spells with a place in it
("… Mission in the Central African Republic, or MINUSCA") holds that place as a word of the name: it
is no actor, target or location of its own.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from extract.events.actors import ActorMention, load_acronym_links

MAX_LETTERS = 8
NAME_WINDOW = 16  # tokens a name may reach back from its link


def acronyms_named(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """The mentions with each acronym given after a name made the same actor as the name."""
    found = sorted(mentions, key=lambda m: m.start)
    defined: dict[str, ActorMention] = {}
    inside: set[int] = set()  # "the Central African Republic" in the mission's name: no actor of its own
    for k, mention in enumerate(found):
        text = doc[mention.start:mention.end].text
        if not _acronym(text):
            continue
        link = _link_start(doc, mention)
        name = _named(doc, found[:k], text, link) if link is not None else None
        if name is None:
            if not mention.resolved and text in defined:  # a later "MINUSCA"
                found[k] = _as(mention, defined[text])
            continue
        inside.update(id(m) for m in found if name.end <= m.start and m.end <= link)
        j = found.index(name)
        if mention.resolved and not name.resolved:
            found[j] = _as(name, mention)
        elif name.resolved and not mention.resolved:
            found[k] = _as(mention, name)
        elif not mention.resolved:
            found[k] = _as(mention, name)
            defined[text] = name
    return [m for m in found if id(m) not in inside]


def split_bracketed(spans: list[Span]) -> list[Span]:
    """"The Allied Democratic Forces (ADF": an entity spaCy ran on into the bracketed acronym after
    a name is the name and the acronym, two mentions of one actor (joined by `acronyms_named`)."""
    found = []
    for span in spans:
        cut = next((t.i for t in span if t.text == "(" and t.i > span.start), None)
        closed = span.end - 1 > (cut or 0) + 1 and span.doc[span.end - 1].text == ")"
        end = span.end - 1 if closed else span.end
        rest = span.doc[cut + 1:end] if cut is not None else None
        if rest is None or len(rest) != 1 or not _acronym(rest.text):
            found.append(span)
            continue
        found += [Span(span.doc, span.start, cut, label=span.label_),
                  Span(span.doc, cut + 1, end, label=span.label_)]
    return found


def _acronym(text: str) -> bool:
    """One word of 2 to 8 capitals, dots allowed ("MINUSCA", "U.N.")."""
    letters = text.replace(".", "")
    return 2 <= len(letters) <= MAX_LETTERS and letters.isalpha() and letters.isupper() and " " not in text


def _link_start(doc: Doc, mention: ActorMention) -> int | None:
    """Where the link before an acronym starts: "(SDF)" at "(", ", or NISA," at the comma."""
    start, end = mention.start, mention.end
    after = doc[end].text if end < len(doc) else ""
    links = load_acronym_links()
    if start >= 1 and doc[start - 1].text == "(" and "(" in links and after == ")":
        return start - 1
    closed = after in (",", ")", ".", ";", ":", "") or doc[end].is_sent_start
    if start >= 2 and doc[start - 1].lower_ in links and doc[start - 2].text == "," and closed:
        return start - 2
    return None


def _named(doc: Doc, before: list[ActorMention], acronym: str, link: int) -> ActorMention | None:
    """The nearest mention before the link whose words up to it give the acronym's letters."""
    letters = Counter(acronym.replace(".", "").upper())
    for name in reversed(before):
        if name.start >= link or name.start < link - NAME_WINDOW or name.end > link + 1:
            continue
        words = [t for t in doc[name.start:link] if not t.is_punct]
        listed = any(t.text in (",", ";") for t in doc[name.end:link])
        if listed or any(t.pos_ in ("VERB", "AUX") for t in words):
            return None  # a clause or a list between: no name of the acronym
        joined = name.end >= link or doc[name.end].pos_ == "ADP"  # "… Mission in the Central African …"
        if joined and not letters - _initials(words):
            return name
    return None


def _initials(words: list) -> Counter:
    """The first letters of the words and of their hyphenated parts ("Al-Qaeda": A, Q)."""
    return Counter(part[0].upper() for t in words for part in t.text.split("-") if part[:1].isalpha())


def _as(mention: ActorMention, other: ActorMention) -> ActorMention:
    return ActorMention(mention.start, mention.end, other.actor, other.how)
