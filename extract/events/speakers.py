"""Speakers who are no political actors. PLOVER and ACLED code the acts of political actors (states,
governments and their officials, parties, armed groups, international organisations, organised civil
society acting); what anyone else says, asks or does untyped is commentary, not an event.

A person no table resolves (an entity, a surname, a pronoun: private.py's UNNAMED_WAYS) speaks as a
political actor only if the article gives them an office or a political affiliation somewhere
("Geir Pedersen, the U.N. special envoy for Syria,", "Republican Representative Michael McCaul",
"a spokesperson for the ministry": private.py's person_standings), or names them right after or
right before a sentence whose subject is such a title ("The U.N. special envoy for Syria is calling
for … Geir Pedersen issued his appeal Friday"). A news outlet no table knows ("CNN reported") is a
source, not an actor (data/lexicon/outlets.tsv). Typed acts (a protest, a lawsuit, an attack) stay
whoever does them, and an unvouched speaker can still be the attribution of an event they report.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from extract.events.actors import actor_info
from extract.events.clauses import Clause
from extract.events.imported import actor_codes
from extract.events.lexicon import LEXICON_DIR
from extract.events.private import UNNAMED_WAYS, load_private, private_types, role_phrase
from extract.events.tables import RuleWords, read_rule_words

OUTLETS_PATH = LEXICON_DIR / "outlets.tsv"
OUTLET_COLUMNS = ("rule", "word", "example", "outlet")
OUTLET_RULES = ("name", "word", "noun", "state", "known", "desk")
INTERVIEWS = ("STATEMENT", "REQUEST")  # "told VOA", "a VOA request for comment": the outlet asks or hears
SUBJECTS = ("nsubj", "nsubjpass")
DEFINITE = ("the", "this", "that")
ONE = ("NN", "NNP")  # a title of one person, not "the militants"
PLURAL = ("NNS", "NNPS")  # a people, not a person: "Bosnian Serbs"
SPOKESPEOPLE = ("spokesman", "spokeswoman", "spokesperson")  # an office named with "a … for X"
TURN_LABEL_WORDS = 12  # "Richard Armitage, former U.S. deputy secretary of state:" labels a turn


@lru_cache(maxsize=2)
def load_outlets(path: Path = OUTLETS_PATH) -> RuleWords:
    return read_rule_words(path, OUTLET_COLUMNS, OUTLET_RULES)


def unvouched_persons(doc: Doc, standings: dict[str, str]) -> set[str]:
    """Canonical names of the persons of `standings` (private.py's person_standings) the article
    gives no office or affiliation, in their descriptions or in a title next to their first naming, and
    whom no table knows ("Guterres urged …": a short name of the alias table's Antonio Guterres;
    "Fidel Castro invited …": a political actor of the PETRARCH2 dictionary, data/petrarch2). A
    name a public person's name ends with is that person ("Minister of Justice Naser Eldin Abdel
    Bari … Abdel Bari says", "Iraqi Prime Minister Mohammed Shia al-Sudani … Sudani called": the short
    name was not linked to the full one)."""
    public = [name for name, standing in standings.items() if standing == "public"] + [
        doc[m.start:m.end].text for m in doc._.actors or ()
        if m.actor.kind == "person" and standings.get(m.actor.name) == "public"]
    unvouched = {name for name, standing in standings.items() if standing != "public"
                 and actor_info(name) is None and not actor_codes().get(name.lower())
                 and not any(_ends_with(p, name) for p in public)}
    people = {m.actor.name for m in doc._.actors or () if doc[m.start:m.end].root.tag_ in PLURAL}
    unvouched -= people  # "Bosnian Serbs demanded …": a people the parser took for a person
    first: dict[str, Span] = {}
    for mention in doc._.actors or ():
        if mention.actor.name in unvouched and mention.how != "pronoun":
            first.setdefault(mention.actor.name, doc[mention.start:mention.end])
    return {name for name in unvouched if name not in first or not _titled_nearby(first[name])}


def _ends_with(full: str, short: str) -> bool:
    """"Naser Eldin Abdel Bari" ends with "Abdel Bari", "Mohammed Shia al-Sudani" with "Sudani"."""
    return full != short and full.endswith(short) and full[-len(short) - 1] in " -"


def _titled_nearby(name: Span) -> bool:
    """The sentence before or after the one naming the person has a definite title with no name of
    its own as subject (_definite): "The U.N. special envoy for Syria is calling … Geir Pedersen issued his
    appeal", "… said Mawlawi Hibatullah Akhundzada. The Taliban chief was referring to …"."""
    sentences = list(name.doc.sents)
    at = next(i for i, sent in enumerate(sentences) if sent.start <= name.start < sent.end)
    rules = load_private()
    for sent in sentences[max(at - 1, 0):at + 2:2] if at else sentences[at + 1:at + 2]:
        if any(t.dep_ in SUBJECTS and t.tag_ in ONE and _definite(t) and _office(t, rules) and not _named(t)
               for t in sent):
            return True
    return False


def _office(noun: Token, rules: RuleWords) -> bool:
    """A word of one person's office ("the envoy", "the Taliban chief"), not an agent ("the militants")."""
    lemma = noun.lemma_.lower()
    return any(rules.has(rule, lemma) for rule in ("office", "affiliation", "leader")) or role_phrase(noun)


def _definite(noun: Token) -> bool:
    """"the envoy", "Syria's envoy", or a spokesperson of someone: "A spokesman for President X"."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE or c.dep_ == "poss" for c in noun.children) or (
        noun.lemma_.lower() in SPOKESPEOPLE
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in noun.children))


def _named(noun: Token) -> bool:
    """The title names its holder ("The envoy, Jane Doe,"); whom it works for does not count ("A
    spokesman for President Ashraf Ghani")."""
    return any(t.ent_type_ == "PERSON" for c in noun.children if c.dep_ != "prep" for t in c.subtree) \
        or noun.ent_type_ == "PERSON"


def outlets(doc: Doc, rules: RuleWords | None = None) -> set[str]:
    """Canonical names of the news outlets no table resolves ("CNN", "the Financial Times", "Afghan
    broadcaster TOLOnews"): by a name or a word of their name, or a noun describing them; not one
    called a state's ("the official Iraqi News Agency", "state-run Xinhua News Agency"). A public
    broadcaster with its own newsroom the alias table knows (`known`: "VOA") is an outlet too."""
    rules = rules or load_outlets()
    found = set()
    for mention in doc._.actors or ():
        if rules.has("known", mention.actor.name.lower()):
            found.add(mention.actor.name)  # a public broadcaster the alias table knows ("VOA")
            continue
        if mention.actor.kind == "person" or mention.how not in UNNAMED_WAYS or mention.actor.country:
            continue
        span = doc[mention.start:mention.end]
        words = [t.lower_ for t in span]
        described = [c for c in span.root.children if c.dep_ in ("compound", "appos", "amod")]
        described += [span.root.head] if span.root.dep_ == "compound" else []  # "the Guardian newspaper"
        before = [doc[i] for i in range(max(span.start - 3, 0), span.start)]  # "Egypt's official MENA"
        if any(rules.has("state", t.lower_) for t in before + described + list(span)):
            continue  # a state news agency speaks for its state
        named = rules.has("name", " ".join(w for w in words if w != "the"))
        if named or any(rules.has("word", w) for w in words) or any(
                rules.has("noun", t.lemma_.lower()) for t in described if not span.start <= t.i < span.end):
            found.add(mention.actor.name)
    return found | _desks(doc, found, rules)


def _desks(doc: Doc, found: set[str], rules: RuleWords) -> set[str]:
    """"VOA's Korean Service", "CNN's Beirut bureau": a part of an outlet (`desk`: a service, desk,
    bureau) that an outlet of `found` owns is an outlet too."""
    owners = {i for m in doc._.actors or () if m.actor.name in found for i in range(m.start, m.end)}
    desks = set()
    for mention in doc._.actors or ():
        root = doc[mention.start:mention.end].root
        owned = any(c.dep_ == "poss" and c.i in owners for c in root.children)
        if owned and rules.has("desk", root.lemma_.lower()) and mention.actor.kind != "person":
            desks.add(mention.actor.name)
    return desks


def unvouched_speech(clause: Clause, unvouched: set[str]) -> bool:
    """What persons the article gives no office or affiliation, or news outlets, say, ask or do untyped."""
    names = {m.actor.name for m in clause.actors}
    return clause.event_type in private_types() and bool(names) and names <= unvouched


def without_interviewers(clause: Clause, outlets_found: set[str]) -> None:
    """"Rubio told VOA", "did not respond to a VOA request": the outlet that hears or asks is no
    target of the statement or request."""
    if clause.event_type in INTERVIEWS:
        clause.targets = [m for m in clause.targets if m.actor.name not in outlets_found]


def interview_answers(doc: Doc, outlets_found: set[str]) -> set[int]:
    """The starts of the sentences an interviewee says in an interview printed as turns ("VOA: What
    did you discuss? Armitage: I'm concerned. …"): a turn opens with a label, words with no verb
    before a colon; the interviewer's turns are labelled with a news outlet (`outlets_found`), the
    answers with the interviewee's name, and an answer runs until the next label. No answers in an
    article with no outlet's turn (not an interview)."""
    outlet_starts = {m.start for m in doc._.actors or () if m.actor.name in outlets_found}
    answers: set[int] = set()
    answering = asked = False
    for sent in doc.sents:
        label = _turn_label(sent)
        if label is not None:
            answering = not any(i in outlet_starts for i in range(label.start, label.end))
            asked = asked or not answering
        if answering and asked:
            answers.add(sent.start)
    return answers


def _turn_label(sent: Span) -> Span | None:
    """"VOA:", "Armitage:", "Richard Armitage, former U.S. deputy secretary of state:" opening the
    sentence: a capitalised word and at most TURN_LABEL_WORDS words with no verb before a colon."""
    colon = next((t.i for t in sent[:TURN_LABEL_WORDS + 1] if t.text == ":"), None)
    if colon is None or colon == sent.start or not sent[0].text[:1].isupper():
        return None
    label = sent.doc[sent.start:colon]
    return None if any(t.pos_ in ("VERB", "AUX") for t in label) else label
