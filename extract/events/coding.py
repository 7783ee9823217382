"""How a careful event coder reads a clause beyond its words (issue 13):

- a typed passive whose agent is not named is still an event ("three servicemen were killed");
  an arrest or investigation so told is the act of the state it happened in ("was arrested in
  Lebanon": Lebanon);
- a generic agent alone ("police", "the air force") makes a row only for a typed event;
- a negated act PLOVER codes as a rejection takes the type negation.tsv gives it;
- an actor announcing its own future act is coded as the intent (intent.tsv);
- an act an actor declares it intends ("plans to impose", "is ready to lift") is coded as the intent;
- a speaker saying what another actor must do makes a demand of that actor (REQUEST);
- an actor's own act announced "unless" another acts is a threat (THREATEN);
- a speaker saying another actor will come to harm if something happens warns it (THREATEN);
- a speaker saying it could do a hostile act, or hinting at one, threatens it (THREATEN);
- a role actor becomes the office holder on the publication date (holders.py).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from extract.events.actors import ActorMention
from extract.events.arguments import MentionIndex, subjects
from extract.events.clauses import SPEAKER_PRONOUNS, Clause
from extract.events.lexicon import Lexicon, load_harm_words, load_obligations, load_retaliation_words
from extract.events.targets import place_country

POSSIBILITY_MODALS = ("could", "may", "might")
UNCONDITIONAL = ("STATEMENT", "OTHER", "REQUEST")
STATE_ACTS = ("COERCE", "ACCUSE")  # arrests, bans, detentions, investigations, charges: a state's powers


def agentless_passive(clause: Clause) -> bool:
    """"Three US servicemen were killed": a typed passive verb with a target and no agent named
    (not an infinitive a noun asks for: "a call for troops to be deployed" tells of no act)."""
    word = clause.word
    passive = word.pos_ == "VERB" and any(c.dep_ in ("nsubjpass", "auxpass") for c in word.children)
    asked = word.head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children)
    return passive and not asked and bool(clause.targets) and clause.event_type not in ("OTHER", "STATEMENT")


def generic_only_untyped(clause: Clause) -> bool:
    """Only generic agents of no known country act ("the air force predicts"), or bodies read as the
    story's country ("the government is pursuing the loan"), and the event has no type: no row
    ("Kenyan police arrested…" is an actor of its own)."""
    generic = bool(clause.actors) and all(
        (m.how == "agent" and not m.actor.country) or m.how == "story" for m in clause.actors)
    return generic and clause.event_type == "OTHER"


def flip_negated(clause: Clause, lexicon: Lexicon) -> bool:
    """"did not agree", "will not release": the type negation.tsv gives a negated act (explicit
    "not"/"never" only: "failed to agree" stays a negated AGREE). True when flipped."""
    negated = any(c.dep_ == "neg" for c in clause.head.children)
    flipped = lexicon.negation.get(clause.event_type)
    if not negated or flipped is None or clause.entry is None:
        return False
    clause.entry = replace(clause.entry, event_type=flipped)
    return True


def announced_intent(clause: Clause, mode: str, lexicon: Lexicon, index: MentionIndex) -> None:
    """"Hamas said it will release two hostages": an actor announcing its own future act is coded
    as the intent (intent.tsv: AGREE for cooperative acts, THREATEN for hostile ones), as CAMEO's
    'express intent to' and 'threaten' codes do; the row keeps its future mode."""
    head = clause.head
    intent = lexicon.intent.get(clause.event_type)
    if mode != "future" or intent is None or head.dep_ != "ccomp" or clause.entry is None:
        return
    speech = lexicon.verb(head.head)
    speakers = {m.actor for t in subjects(head.head)[0] for m in index.behind(t)}
    if speech is not None and speech.speech and speakers and speakers >= {m.actor for m in clause.actors}:
        clause.entry = replace(clause.entry, event_type=intent)


def demanded_of_others(clause: Clause, lexicon: Lexicon, index: MentionIndex) -> None:
    """"Russia said Sudan must return the helicopter", "Washington said Israel needs to allow aid": a
    speaker saying what another named actor must, should, ought to, needs to or has to do (obligation.tsv)
    makes an appeal or demand (CAMEO 02/10, PLOVER REQUEST) whose target is that actor. The speaker's
    own side (the speaker, its country: "Israel must act" said by Israel's premier) is its own duty."""
    if clause.entry is None or not clause.entry.speech or clause.word.pos_ != "VERB":
        return
    speakers = {m.actor for m in clause.actors}
    own = {a for m in clause.actors for a in (m.actor.name, m.actor.country) if a}
    for complement in _reported_clauses(clause.word, lexicon):
        if not _obliged(complement):
            continue
        addressed = _named(subjects(complement)[0], index)
        others = {m.actor for m in addressed}
        if addressed and speakers and not others & speakers and not {a.name for a in others} & own:
            clause.entry = replace(clause.entry, event_type="REQUEST", speech=False)
            clause.targets = clause.targets or addressed
            return


def _reported_clauses(word: Token, lexicon: Lexicon) -> list[Token]:
    """The clauses `word` reports: its complements, those of a speech verb adjoined to it ("said,
    adding that …"), and the clauses conjoined to any of them ("that …, and that Russia must …")."""
    hosts = dict.fromkeys([word] + ([word.head, word.sent.root] if word.dep_ == "parataxis" else []))
    heads = [word] + [c for h in hosts for c in h.children if _adjoined_speech(c, word, lexicon)]
    found = [c for h in heads for c in h.children if c.dep_ == "ccomp"]
    return found + [c for f in found for c in f.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]


def _adjoined_speech(verb: Token, word: Token, lexicon: Lexicon) -> bool:
    """`verb` is a speech verb adjoined to `word`'s clause ("said, adding that …"). When `word` is set
    in a quotation ("'…,' Rubio said, adding that …") the parser may hang the participle on the
    quotation's verb instead: a subjectless participle there still continues the speaker's words."""
    entry = lexicon.verb(verb)
    if verb.dep_ not in ("advcl", "xcomp") or entry is None or not entry.speech or verb == word:
        return False
    return verb.head == word or (verb.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in verb.children))


def _obliged(verb: Token) -> bool:
    """`verb` is told as an obligation: an auxiliary of obligation ("must return") or a verb of
    obligation taking a to-infinitive ("needs to allow", "has to accept", "ought to withdraw")."""
    obligations = load_obligations()
    if any(c.dep_ == "aux" and (c.lower_, "aux") in obligations for c in verb.children):
        return True
    infinitive = any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                     for c in verb.children)
    return infinitive and (verb.lemma_.lower(), "governor") in obligations


def warned_of_harm(clause: Clause, index: MentionIndex) -> None:
    """"Putin said Finland would pay a heavy price if it joined NATO": a speaker saying another actor
    will come to harm (harm.tsv) on a condition warns it (CAMEO 13, PLOVER THREATEN); that actor is
    the target. A forecast about no one known, or about the speaker's own side, stays a statement."""
    if clause.entry is None or not clause.entry.speech or clause.word.pos_ != "VERB":
        return
    own = {a for m in clause.actors for a in (m.actor.name, m.actor.country) if a}
    for complement in (c for c in clause.word.children if c.dep_ == "ccomp"):
        conditions = {t.i for c in complement.children if c.dep_ == "advcl" and _conditional(c)
                      for t in c.subtree}
        harmed = [t for t in complement.subtree
                  if t.i not in conditions and t.lemma_.lower() in load_harm_words()]
        warned = _named(subjects(complement)[0], index)
        if own and conditions and harmed and warned and not {m.actor.name for m in warned} & own:
            clause.entry = replace(clause.entry, event_type="THREATEN", speech=False)
            clause.targets = clause.targets or warned
            return


def possible_own_harm(clause: Clause, lexicon: Lexicon, index: MentionIndex) -> None:
    """"Beijing has hinted that it could retaliate with tariffs", "China hinted at retaliatory
    tariffs": a speaker saying it could, may or might do a hostile act (one intent.tsv types
    THREATEN, or a word of retaliation.tsv), or hinting at one, threatens it (CAMEO 13, PLOVER
    THREATEN). What another actor could do is a forecast and stays a statement."""
    if clause.entry is None or not clause.entry.speech or clause.word.pos_ != "VERB" or not clause.actors:
        return
    speakers = {m.actor for m in clause.actors}
    for child in clause.word.children:
        possible = child.dep_ == "ccomp" and any(
            c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for c in child.children)
        if possible and _own_subject(child, speakers, index) and _hostile_verb(child, lexicon):
            break
        if child.dep_ == "prep" and child.lower_ == "at" and any(
                _hostile_noun(g, lexicon) for g in child.children if g.dep_ == "pobj"):
            break
    else:
        return
    clause.entry = replace(clause.entry, event_type="THREATEN", speech=False)


def _own_subject(verb: Token, speakers: set, index: MentionIndex) -> bool:
    """The subject of `verb` is the speaker: a pronoun ("it could retaliate") or the speaker named."""
    agents = subjects(verb)[0]
    named = {m.actor for t in agents for m in index.behind(t)}
    return bool(agents) and (agents[0].lower_ in SPEAKER_PRONOUNS or bool(named and named <= speakers))


def _hostile_verb(verb: Token, lexicon: Lexicon) -> bool:
    entry = lexicon.verb(verb) or lexicon.cameo(verb)
    threat = entry is not None and lexicon.intent.get(entry.event_type) == "THREATEN"
    return threat or verb.lemma_.lower() in load_retaliation_words()


def _hostile_noun(noun: Token, lexicon: Lexicon) -> bool:
    """"retaliatory tariffs", "retaliation", "sanctions": a hostile act named by a noun."""
    entry = lexicon.noun(noun)
    modifiers = {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound")}
    words = {noun.lemma_.lower()} | modifiers
    threat = entry is not None and lexicon.intent.get(entry.event_type) == "THREATEN"
    return threat or bool(words & load_retaliation_words())


def _conditional(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children)


def conditional_threat(clause: Clause, mode: str, index: MentionIndex) -> None:
    """"Nigeria will withdraw its force unless Chad holds elections": an actor's own act announced
    on a condition another actor must meet is a threat (CAMEO 13); the condition's subject is the
    target when the act names none."""
    if mode not in ("future", "reported") or clause.entry is None or clause.event_type in UNCONDITIONAL:
        return
    for condition in (c for c in clause.head.children if c.dep_ == "advcl"):
        if any(c.dep_ == "mark" and c.lower_ == "unless" for c in condition.children):
            clause.entry = replace(clause.entry, event_type="THREATEN")
            clause.targets = clause.targets or _named(subjects(condition)[0], index)
            return


def intended_act(clause: Clause, lexicon: Lexicon) -> None:
    """"Greece plans to impose restrictions", "the rebels vowed to fight", "he is prepared to lift
    the ban": an act an actor declares it intends (intent_governors.tsv) is coded as the intent
    (intent.tsv: THREATEN for hostile acts, AGREE for cooperative ones)."""
    head, intent = clause.head, lexicon.intent.get(clause.event_type)
    to = any(c.lower_ == "to" for c in head.children)  # "has sworn to fight" parses as an adverbial clause
    infinitive = head.dep_ == "xcomp" or (head.dep_ == "advcl" and to)
    if intent is None or not infinitive or clause.entry is None or not clause.actors:
        return
    governor = head.head
    if (governor.lemma_.lower(), governor.pos_) in lexicon.intent_governors:
        clause.entry = replace(clause.entry, event_type=intent)
        if governor.pos_ == "VERB" and not lexicon.verb(governor):  # "sworn to fight": one act, told so
            clause.trigger = f"{governor.text} to {clause.trigger}"


def state_of_the_place(clause: Clause) -> None:
    """"A US national was put under investigation in Italy", "a missionary was arrested in
    Lebanon": an arrest or investigation whose agent is not named is the act of the state it
    happened in (only states hold those powers); a place of no known country adds nobody."""
    if clause.actors or clause.event_type not in STATE_ACTS or not agentless_passive(clause):
        return
    for place in clause.places:
        country = place_country(place)
        if country is not None:
            start = place.start if isinstance(place, ActorMention) else place.i
            end = place.end if isinstance(place, ActorMention) else place.i + 1
            clause.actors = [ActorMention(start, end, country, "place")]
            return


def code_clause(clause: Clause, mode: str, lexicon: Lexicon, index: MentionIndex) -> None:
    """The coder's readings of a clause beyond its words (see the module docstring), in order."""
    state_of_the_place(clause)
    announced_intent(clause, mode, lexicon, index)
    intended_act(clause, lexicon)
    demanded_of_others(clause, lexicon, index)
    warned_of_harm(clause, index)
    possible_own_harm(clause, lexicon, index)
    conditional_threat(clause, mode, index)


def _named(tokens: list, index: MentionIndex) -> list:
    return [m for t in tokens for m in index.behind(t) if m.actor.kind != "place"]
