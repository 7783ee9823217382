"""Event clauses: trigger words (verbs, lexicon event nouns, support-verb + noun) and their
participants, read off the dependency parse of one sentence."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from extract.events.actors import (
    ActorMention,
    country_body,
    load_coactor_links,
    load_institutions,
    load_member_links,
    load_removal_verbs,
)
from extract.events.arguments import MentionIndex, subjects
from extract.events.lexicon import Entry, Lexicon, load_phase_verbs
from extract.events.places import PLACE_PREPS, agreed_place, asked_place, covers, nested_places, place_objects
from extract.events.targets import (
    TARGET_PREPS,
    embedded_targets,
    load_means_preps,
    load_own_force_types,
    location_targets,
    no_target_prep,
    predicate_targets,
    prep_objects,
    to_infinitive,
)
from extract.events.typed import (
    COLLECTIVE_NOUNS,
    event_noun,
    light_object,
    typed_by_custody,
    typed_by_instrument,
    typed_by_object,
    typed_by_subject,
)
from extract.schema import PLOVER_TYPES
from extract.syntax import governing_verb

TARGET_DEPS = ("dobj", "dative", "iobj", "oprd")
SYMMETRIC_PREPS = ("between", "among")
SPEAKER_PRONOUNS = ("it", "they", "he", "she", "we")
POSSESSIVE_PRONOUNS = {"its": "it", "their": "they", "his": "he", "her": "she", "our": "we"}
NON_EVENT_VERBS = frozenset({"be", "have", "do", "get", "become", "seem", "appear", "remain", "include",
                             "know", "let", "need", "use", "continue", "come", "take", "give", "see",
                             # attitudes, not acts ("Putin still wanted the corridor to continue")
                             "want", "hope", "wish", "expect", "intend"})
SKIP_DEPS = ("amod", "compound", "aux", "auxpass")
RESULT_DEPS = ("oprd", "advcl", "ccomp")  # "left them stranded" (not xcomp: "wants them freed", a wish)
MAX_TRIGGER_TOKENS = 6
CREDITED_WORKS = frozenset({"report", "story", "article"})
OCCURRENCE_PHRASES = ("take place", "go ahead", "happen", "occur")  # verbs saying only that it happens
PHRASE_DEPS = ("dobj", "prt", "advmod")  # "take [place]", "go [ahead]"
NO_PREDICATE_TARGETS = ("OTHER", "STATEMENT", "CONSULT")  # what is discussed is a topic, not a target


@dataclass
class Clause:
    """A candidate event: `word` is the event word, `head` the verb its mode/time hang on."""

    word: Token
    head: Token
    trigger: str
    entry: Entry | None
    actors: list[ActorMention] = field(default_factory=list)
    targets: list[ActorMention] = field(default_factory=list)
    places: list[Token] = field(default_factory=list)
    agents: list[Token] = field(default_factory=list)  # the subject words, resolved or not
    attributed: list[ActorMention] = field(default_factory=list)  # who reports it (attribution.py)

    @property
    def event_type(self) -> str:
        return self.entry.event_type if self.entry else "OTHER"

    @property
    def verbal(self) -> bool:
        """Told by a verb: the event word is one, or the object of the support verb heading the
        clause ("launched an assault", "conducted drills")."""
        word, head = self.word, self.head
        return word.pos_ == "VERB" or (word.dep_ == "dobj" and word.head == head and head.pos_ == "VERB")


def find_clauses(sent: Span, lexicon: Lexicon, index: MentionIndex) -> list[Clause]:
    """Every clause of the sentence with an event word (with or without actors, in text order)."""
    clauses, used, nouns = [], set(), []
    for token in sent:
        if token.pos_ == "VERB" and token.dep_ not in SKIP_DEPS and not _prefix(token) \
                and not _result(token) and not _member_link(token):
            clause = _verb_clause(token, lexicon, index, used)
            if clause is not None:
                clauses.append(clause)
        elif token.pos_ in ("NOUN", "PROPN"):
            nouns.append(token)  # an event noun unless a verb's clause took it (`used`, known at the end)
    for token in nouns:
        if token.i not in used and (entry := lexicon.noun(token)) and not _threatened_with(token, lexicon):
            clauses.append(_noun_clause(token, entry, index))
    for clause in clauses:
        clause.places = clause.places or nested_places(clause.word, index)
        if clause.event_type not in NO_PREDICATE_TARGETS:
            clause.targets = clause.targets or predicate_targets(
                clause.word, clause.event_type, index, clause.actors, clause.head)
        clause.targets = clause.targets or location_targets(clause.places, clause.event_type, clause.actors)
        if clause.event_type == "AGREE" and not clause.targets:
            clause.targets = agreed_place(clause.word, clause.actors, lexicon, index)
        if clause.event_type == "REQUEST" and not clause.targets:
            clause.targets = asked_place(clause.word, clause.places, clause.actors)
    return sorted(clauses, key=lambda c: c.word.i)


def _member_link(verb: Token) -> bool:
    """"gunmen belonging to the Islamic State": a participle saying whom an agent belongs to names the
    agent's owner (member_links.tsv); it is no act."""
    return verb.dep_ == "acl" and verb.lemma_.lower() in load_member_links()


def _gerund_subjects(verb: Token) -> list[Token]:
    """"China conducted the military drills encircling Taiwan": the parser slips, making the object
    the subject of a gerund clause that in fact describes it. A verb with no object takes the noun
    subject, after the verb, of its gerund complement with no auxiliary as its object."""
    return [s for c in verb.children if c.dep_ == "ccomp" and c.tag_ == "VBG"
            and not any(a.dep_ in ("aux", "auxpass") for a in c.children)
            for s in c.children if s.dep_ == "nsubj" and s.pos_ == "NOUN" and s.i > verb.i]


def _verb_clause(verb: Token, lexicon: Lexicon, index: MentionIndex, used: set[int]) -> Clause | None:
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] or _gerund_subjects(verb)
    if not (lexicon.is_support(verb) or lexicon.governor(verb)):
        objects = []
    named = (event_noun(c, lexicon) for c in objects + lexicon.support_objects(verb))
    nouns = [(n, lexicon.noun(n)) for n in named if n]
    light = light_object(verb, objects, lexicon)
    if nouns or light:
        noun, entry = nouns[0] if nouns else light
        used.add(noun.i)
        clause = Clause(noun, verb, _span_text(verb, noun), entry)
        agents, _ = subjects(verb)
        clause.agents = agents
        clause.actors = _subject_actors(verb, agents, lexicon, index)
        _add_targets(clause, [c for c in verb.children if c.dep_ == "dative"
                              and not no_target_prep(c, clause.event_type)], index)
        _add_preps(clause, verb, index)
        _add_preps(clause, noun, index)
        if not clause.targets:  # "reiterated its demand that Israel ease …"
            _add_targets(clause, embedded_targets(verb, clause.event_type), index)
        return clause
    if _is_aspectual(verb, lexicon) or _is_governor(verb, lexicon) or _is_credit(verb):
        return None
    if any(c.dep_ == "xcomp" and _typed_phase(c, lexicon) for c in verb.children):
        return None  # "began shelling": the shelling is the event
    entry = lexicon.verb(verb)
    not_an_act = verb.lemma_.lower() in NON_EVENT_VERBS or lexicon.is_state(verb)
    light = not_an_act or lexicon.is_support(verb)
    if entry is None or entry.event_type == "OTHER":  # a hand row typed OTHER has no type of its own
        entry = lexicon.cameo(verb, patterns_only=light or entry is not None) or entry
    by_object = typed_by_object(verb, entry, lexicon)
    named_by_object, entry = by_object is not entry, typed_by_subject(verb, by_object, lexicon)
    entry = typed_by_custody(verb, typed_by_instrument(verb, entry, lexicon))
    if entry is None and not_an_act:
        return None
    governed = lexicon.verb(verb.head) or _is_governed_by_support(verb, lexicon)
    if verb.dep_ == "xcomp" and governed and not _typed_phase(verb, lexicon):
        return None
    clause = Clause(verb, verb, _verb_text(verb, entry, named_by_object), entry)
    return _verb_arguments(clause, lexicon, index)


def _verb_arguments(clause: Clause, lexicon: Lexicon, index: MentionIndex) -> Clause:
    verb = clause.word
    agents, patients = subjects(verb)
    clause.agents = agents
    clause.actors = _subject_actors(verb, agents, lexicon, index)
    owners = [m for m in _actors(patients, index) if m.how != "agent" or m.actor.country]
    if not clause.actors and owners and clause.event_type in load_own_force_types():
        clause.actors, patients = owners, []  # "Russian troops were deployed"; not "troops were …"
    if not clause.actors and patients:
        clause.actors = _means_actors(clause, lexicon, index) or _removing_body(verb, index)
    objects = [c for c in verb.children if c.dep_ in TARGET_DEPS and not no_target_prep(c, clause.event_type)]
    objects += _up_to_number(verb)
    _add_targets(clause, patients + objects, index)
    _add_preps(clause, verb, index)
    clause.targets = _recipient_over_theme(clause.targets, prep_objects(verb, ("to",)), index)
    if not clause.targets:  # "refused to hand the fighters over to Israel"
        _add_targets(clause, embedded_targets(verb, clause.event_type), index)
        inner = [o for c in verb.children if c.dep_ == "xcomp" for o in prep_objects(c, ("to",))]
        clause.targets = _recipient_over_theme(clause.targets, inner, index)
    return clause


def _up_to_number(verb: Token) -> list[Token]:
    """"kidnapped up to 16 Russian advisers": the parse reads "up" as the verb's particle and the
    number's noun as the object of "to"; that noun is the verb's object."""
    ups = [c for c in verb.children if c.dep_ == "prt" and c.lower_ == "up"]
    return [g for up in ups for p in up.children if p.dep_ == "prep" and p.lower_ == "to"
            for g in p.children if g.dep_ == "pobj" and any(c.dep_ == "nummod" for c in g.children)]


def _recipient_over_theme(targets: list[ActorMention], recipients: list[Token],
                          index: MentionIndex) -> list[ActorMention]:
    """"provided military intelligence to Macedonia", "surrendered the fighters to Israel": when a
    to-phrase names who receives, a generic agent of no owner given to them ("intelligence",
    "fighters") is what is given, not a target."""
    named = [m for t in recipients for m in index.behind(t) if m.actor.kind != "place"]
    if not any(m.how != "agent" or m.actor.country for m in named):
        return targets
    return [m for m in targets if m.how != "agent" or m.actor.country or m in named]


def _means_actors(clause: Clause, lexicon: Lexicon, index: MentionIndex) -> list[ActorMention]:
    """The actor of an agentless passive told as done in or during an attack (means_preps.tsv): "was
    killed in a gun battle with police" has the other side of the fight as its actor, "were killed in
    an Israeli airstrike" and "were detained in a raid by police" the attack's own actor (its modifiers
    or by-phrase). An attack naming no actor ("in airstrikes") gives none."""
    verb, pairs = clause.word, load_means_preps()
    for prep in verb.children:
        if prep.dep_ != "prep" or (clause.event_type, prep.lower_) not in pairs:
            continue
        attacks = [g for g in prep.children if g.dep_ == "pobj" and lexicon.noun(g)
                   and lexicon.noun(g).event_type == "ASSAULT"]
        if not attacks:
            return []
        sides = _actors(prep_objects(attacks[0], ("with",)), index)
        return sides or _attacker(attacks[0], index)
    return []


def _subject_actors(verb: Token, agents: list[Token], lexicon: Lexicon,
                    index: MentionIndex) -> list[ActorMention]:
    """The doers a clause's subjects name (or the speaker they stand for), with the co-actors a link on
    the subject joins to them."""
    actors = _actors(agents, index) or _speaker(verb, agents, lexicon, index)
    return actors + _coactors(verb, agents, index) if actors else actors


def _coactors(verb: Token, agents: list[Token], index: MentionIndex) -> list[ActorMention]:
    """"The United States, along with Britain and France, called a meeting": the actors a co-actor link
    (coactor_links.tsv) on the subject, or on the verb before it, joins to the subject."""
    links = [c for a in agents for c in a.children if c.dep_ == "prep"]
    links += [c for c in verb.children if c.dep_ == "prep" and c.i < verb.i]
    objects = []
    for link in links:
        with_ = [c for c in link.children if c.dep_ == "prep" and c.lower_ == "with"]
        words = [t.lower_ for t in link.children if t.dep_ == "advmod" and t.i < link.i] + [link.lower_]
        if with_:
            words, link = words + ["with"], with_[0]
        if " ".join(words) in load_coactor_links():
            objects += [t for g in link.children if g.dep_ == "pobj" for t in [g, *g.conjuncts]]
    return [m for m in _actors(objects, index) if m.actor.kind != "place"]


def _removing_body(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """"Geza was expelled from the Zanu PF party", "were deported from Russia": the body or country an
    agentless passive of removal (removal_verbs.tsv) puts its patient out of acts; a place or a word
    naming no actor ("removed from office") gives none."""
    if verb.lemma_.lower() not in load_removal_verbs():
        return []
    found = _actors(prep_objects(verb, ("from",)), index)
    return [m for m in found if m.actor.kind != "place"]


def _attacker(attack: Token, index: MentionIndex) -> list[ActorMention]:
    """The one actor an attack noun names: its modifiers ("an Israeli airstrike"), the agent owning it
    ("the Myanmar military's airstrikes") or its by-phrase ("an attack by Hamas"). Two actors ("the
    Israel-Hamas war") are no one actor of the harm: none is given."""
    own = [m for m in index.behind(attack) if m.actor.kind != "place" and not covers(m, attack)]
    owners = [m for c in attack.children if c.dep_ == "poss" and c.pos_ == "NOUN" for m in index.behind(c)]
    by = _actors(prep_objects(attack, ("by",)), index)
    found = own or [m for m in owners if m.actor.kind != "place"] or by
    before = {m.actor.name for i in range(attack.left_edge.i, attack.i) if (m := index.at(attack.doc[i]))
              and m.actor.kind != "place"}
    return found if len({m.actor.name for m in found} | before) == 1 else []


def _noun_clause(noun: Token, entry: Entry, index: MentionIndex) -> Clause:
    """An event noun: its actors are its modifiers ("Israeli strike", "Russia's invasion"),
    "by X", or both sides of "between X and Y". The subject of a verb it is the object of is not
    taken: "France called for a ceasefire" is no ceasefire by France (support verbs aside)."""
    head = governing_verb(noun)
    clause = Clause(noun, head or noun, _occurrence_text(noun, head) or noun.text, entry)
    manner = _manner_of(noun) if entry.event_type == "PROTEST" else None
    if manner is not None:  # "massed in protest of …"
        clause.actors = _actors(subjects(manner)[0], index)
    else:
        clause.actors = [m for m in index.behind(noun) if m.actor.kind != "place" and not covers(m, noun)]
        clause.actors = (clause.actors and _pronoun_owner(noun, head, index)) or clause.actors
    _add_preps(clause, noun, index)
    if head is not None and noun.dep_ in ("nsubj", "nsubjpass") and noun.head == head:
        _add_preps(clause, head, index)
    if not clause.actors and _instrument_of(noun) is not None:
        clause.actors = _actors(subjects(_instrument_of(noun))[0], index)
    return clause


def _pronoun_owner(noun: Token, head: Token | None, index: MentionIndex) -> list[ActorMention]:
    """"Russia used its Security Council veto": a possessive pronoun on the object names the subject
    of its verb as the owner, over the noun's modifiers (the Council is where, not who). Only a
    correction: a noun no modifier names an actor for stays without ("praised his first summit")."""
    if head is None or noun.dep_ != "dobj" or noun.head != head or not _owned(noun):
        return []
    return [m for m in _actors(subjects(head)[0], index) if m.actor.kind != "place"]


def _occurrence_text(noun: Token, head: Token | None) -> str:
    """"The talks would not take place": an event noun with a verb saying only that it happens is
    told by both (OCCURRENCE_PHRASES), and the trigger names both: "talks take place"."""
    subject = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in COLLECTIVE_NOUNS:
        subject = noun.head.head  # "the sixth round of talks … would not take place"
    if head is None or subject.dep_ != "nsubj" or subject.head != head:
        return ""
    words = [head.lemma_.lower()] + [c.lower_ for c in head.children if c.dep_ in PHRASE_DEPS]
    phrase = next((p for p in OCCURRENCE_PHRASES if p.split() == words[: len(p.split())]), None)
    if phrase is None:
        return ""
    rest = [c for c in head.children if c.dep_ in PHRASE_DEPS and c.i > head.i][: len(phrase.split()) - 1]
    return " ".join([noun.text, head.text] + [c.text for c in rest])


def _manner_of(noun: Token) -> Token | None:
    """The verb a bare "in NOUN" phrase tells the purpose of: in "recalled its envoy in protest of the
    strikes" the protest is the verb's subject's, and what its "of" phrase names is the target, not
    the actor (used for protests only: "in exchange for" names no exchange)."""
    prep = noun.head
    bare = not any(c.dep_ in ("det", "poss", "amod", "compound") for c in noun.children)
    if noun.dep_ == "pobj" and prep.lower_ == "in" and bare and prep.head.pos_ == "VERB":
        return prep.head
    return None


def _instrument_of(noun: Token) -> Token | None:
    """The verb an event noun is the means of: "Ukraine answered with a warning", "Israel
    retaliated with airstrikes" — the warning and the strikes are the subject's."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "with" and prep.head.pos_ == "VERB":
        return prep.head
    return None


def _threatened_with(noun: Token, lexicon: Lexicon) -> bool:
    """"Trump threatened the EU with 200% tariffs", "threatened them with sanctions and strikes": the act
    a threat names as its means is threatened, not done; the threat is the event (CAMEO 13, PLOVER
    THREATEN) and the means no event of its own."""
    while noun.dep_ == "conj" and noun.head != noun:
        noun = noun.head
    verb = _instrument_of(noun)
    entry = lexicon.verb(verb) if verb is not None else None
    return entry is not None and entry.event_type == "THREATEN"


def _speaker(verb: Token, agents: list[Token], lexicon: Lexicon, index: MentionIndex) -> list[ActorMention]:
    """"Hamas said it had accepted", "the leaders announced they are willing to forgive him": a
    pronoun subject of a speech verb's complement, or a body it owns ("their forces had completed
    their withdrawal"), is the speaker."""
    if verb.dep_ == "xcomp" and verb.head.dep_ == "acomp":  # the copula of "are willing to"
        verb = verb.head.head
    while verb.dep_ == "conj" and verb.head != verb:  # "his forces had killed and injured": one subject
        verb = verb.head
    pronoun = _pronoun_of(agents[0]) if agents else ""
    if not pronoun or verb.dep_ != "ccomp":
        return []
    entry = lexicon.verb(verb.head)
    if entry is None or not entry.speech:
        return []
    persons = pronoun in ("he", "she")
    speakers = _actors(subjects(verb.head)[0], index)
    they = pronoun == "they"
    found = [m for m in speakers if (m.actor.kind == "person") == persons or (they and _plural_name(m, verb))]
    if persons and agents[0].lower_ not in SPEAKER_PRONOUNS:  # "his forces": the body, not the person
        return [_country_body_of(m, agents[0]) for m in found if m.actor.country] or found
    return found


def _country_body_of(person: ActorMention, body: Token) -> ActorMention:
    """"The Afghan army chief said his forces had killed …": forces a person calls his own are his
    country's (its alias for the body, else the country), the person only tells of their act."""
    return ActorMention(body.i, body.i + 1, country_body(person.actor.country, body.lower_), "agent")


def _plural_name(mention: ActorMention, verb: Token) -> bool:
    """"Bosnian Serbs said their forces…": a plural name spaCy took for a person's may be "they"."""
    return mention.how == "entity" and verb.doc[mention.end - 1].tag_ == "NNPS"


def _pronoun_of(agent: Token) -> str:
    """The pronoun a subject is ("they") or a body is owned by ("their forces" → "they"; "forces" is
    a body of institutions.tsv); '' for any other subject."""
    if agent.lower_ in SPEAKER_PRONOUNS:
        return agent.lower_
    owners = [c.lower_ for c in agent.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS]
    body = (agent.lower_,) in load_institutions()
    return POSSESSIVE_PRONOUNS[owners[0]] if owners and body else ""


def _actors(tokens: list[Token], index: MentionIndex) -> list[ActorMention]:
    return [m for t in tokens for m in index.behind(t) if m.actor.kind != "place"]


def _add_targets(clause: Clause, tokens: list[Token], index: MentionIndex) -> None:
    """Objects are targets; an object that is a place ("struck Rafah") is where it happened, but a
    place only modifying the object ("the Black Sea grain deal") is neither, and the actor's own
    forces ("withdraw its troops", and any forces a mobilization calls up: "mobilized army
    reservists") are its means, not its target."""
    for token in tokens:
        own = clause.event_type == "MOBILIZE" or _owned(token)
        for mention in index.behind(token):  # "a call for its troops to be sent": the agent's own "its"
            mine = own or _owned(token.doc[mention.end - 1])
            if mine and mention.how == "agent" and not mention.actor.country:
                continue
            if mention.actor.kind != "place":
                clause.targets.append(mention)
            elif covers(mention, token):
                clause.places.append(mention)


def _owned(token: Token) -> bool:
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)


def _add_preps(clause: Clause, word: Token, index: MentionIndex) -> None:
    """with/to/against/on… objects are targets; by-agents and between/among pairs are actors;
    in/at/near objects are places; a topic or destination (non_target_preps.tsv) is none of them."""
    for prep in word.children:
        if prep.dep_ not in ("prep", "agent"):
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        preposition = prep.lower_
        if no_target_prep(prep, clause.event_type):  # "a meeting on Afghanistan"
            continue
        if preposition in PLACE_PREPS or (preposition == "at" and clause.event_type != "ASSAULT"):
            clause.places += place_objects(objects, index)
        elif preposition in SYMMETRIC_PREPS or (preposition == "by" and word.pos_ == "NOUN"):
            clause.actors += _actors(objects, index)
        elif preposition in TARGET_PREPS or (preposition == "of" and word.pos_ == "NOUN"):
            _add_targets(clause, objects, index)


def _is_aspectual(verb: Token, lexicon: Lexicon) -> bool:
    """"talks resumed", "the war continued": the noun is the event, the verb only its phase (a verb
    of the lexicon is an event of its own: "an Israeli strike killed 20 people")."""
    if lexicon.verb(verb) is not None:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and lexicon.noun(c) for c in verb.children)


def _is_credit(verb: Token) -> bool:
    """A byline credit, not news: "Margaret Besheer contributed to this report"."""
    objects = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
               for g in p.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in CREDITED_WORKS and any(c.lower_ == "this" for c in o.children)
               for o in objects)


def _is_governor(verb: Token, lexicon: Lexicon) -> bool:
    """"plans to visit": the modal verb is not an event of its own; the visit is (future). Nor is a
    verb declaring an intent the lexicon does not type ("has sworn to fight": intent_governors.tsv);
    its infinitive is the act, coded as the intent (coding.intended_act)."""
    has_xcomp = any(c.dep_ == "xcomp" for c in verb.children)
    declares = (verb.lemma_.lower(), "VERB") in lexicon.intent_governors and any(
        c.dep_ in ("xcomp", "advcl") and to_infinitive(c) for c in verb.children)  # "sworn to fight"
    modal = has_xcomp and lexicon.governor(verb) is not None
    return (modal or declares) and not lexicon.verb(verb)


def _typed_phase(verb: Token, lexicon: Lexicon) -> bool:
    """"began shelling", "started to withdraw": the complement of a phase verb (phase_verbs.tsv) is
    the event when the lexicon gives it a PLOVER type."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in load_phase_verbs():
        return False
    entry = lexicon.verb(verb) or lexicon.cameo(verb)
    return entry is not None and entry.event_type in PLOVER_TYPES


def _is_governed_by_support(verb: Token, lexicon: Lexicon) -> bool:
    return lexicon.is_support(verb.head) and not lexicon.governor(verb.head)


def _result(token: Token) -> bool:
    """"left the hostages stranded", "leaves our troops exposed": a participle right after its verb's
    object, with no subject or auxiliary of its own, says what state the act leaves the object in
    (the parse makes it an object predicate or a clause): it is no act of its own."""
    if token.tag_ != "VBN" or token.dep_ not in RESULT_DEPS:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for c in token.children):
        return False
    return any(c.dep_ == "dobj" and c.right_edge.i + 1 == token.i for c in token.head.children)


def _prefix(token: Token) -> bool:
    """"co" of "co-mediated": a word fragment before a hyphen is no verb of its own."""
    return not token.whitespace_ and token.i + 1 < len(token.doc) and token.nbor(1).text == "-"


def _verb_text(verb: Token, entry: Entry | None, typed_by_object: bool = False) -> str:
    """The verb with its particles; for a verb typed by its objects, with what it puts someone
    under, which names the act ("put under investigation"), and a verb that is no act alone with
    its object ("gave Malawi a grant")."""
    particles = [c for c in verb.children if c.dep_ == "prt" or (entry and entry.particle == c.lower_)]
    particles = [p for p in particles if p.i > verb.i and not (p.lower_ == "up" and _up_to_number(verb))]
    under = [f"under {o.text}" for o in prep_objects(verb, ("under",))][:1] if typed_by_object else []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if typed_by_object and not under and objects and verb.lemma_.lower() in NON_EVENT_VERBS:
        return _span_text(verb, objects[0])  # "gave Malawi a grant": "gave" alone names no act
    return " ".join([verb.text] + [p.text for p in particles] + under)


def _span_text(verb: Token, noun: Token) -> str:
    start, end = min(verb.i, noun.i), max(verb.i, noun.i) + 1
    if end - start > MAX_TRIGGER_TOKENS:
        return f"{verb.text} {noun.text}"
    return verb.doc[start:end].text
