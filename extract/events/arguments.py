"""Who takes part in an event: the actors behind an argument token of the dependency parse."""

from __future__ import annotations

from collections import Counter
from functools import cached_property, lru_cache

from spacy.tokens import Doc, Token

from extract.events.actors import (
    Actor,
    ActorMention,
    agent_actor,
    country_body,
    load_agent_phrases,
    load_agent_sectors,
    load_aliases,
    load_body_nouns,
    load_country_nouns,
    load_groups,
    load_institutions,
    load_member_links,
    load_person_nouns,
    load_private_sectors,
    load_staff,
    load_state_owned,
    load_story_bodies,
)
from extract.events.imported import agent_sectors
from extract.events.lexicon import load_lexicon
from extract.events.pairs import pair_in_apposition
from extract.events.quotation import in_quotation
from extract.syntax import sentences_back

MODIFIER_DEPS = ("amod", "compound", "poss", "nmod", "nn")
AGENT_OWNER_PREPS = ("in", "of", "from")
OWNED_BY = ("organisation", "group", "person")
RELATIVE_TAGS = ("WDT", "WP")
NAMING_BACK_SENTENCES = 5  # "the movement", "The French politician": named in the five sentences before


class MentionIndex:
    """Token index → the actor mention covering it, for one Doc."""

    def __init__(self, doc: Doc):
        self.by_token: dict[int, ActorMention] = {}
        for mention in doc._.actors or ():
            for i in range(mention.start, mention.end):
                self.by_token[i] = mention
        self.owners = {i: m for m in doc._.role_owners or () for i in range(m.start, m.end)}

    def at(self, token: Token) -> ActorMention | None:
        return self.by_token.get(token.i)

    def behind(self, token: Token) -> list[ActorMention]:
        """Mentions an argument stands for: itself, its conjuncts, or the actors modifying it
        ("Israeli officials", "Hamas's delegation", "a delegation of Hamas")."""
        found: list[ActorMention] = []
        for head in _with_conjuncts(token):
            mention = self._owner(head) or self.at(head)
            if mention is not None:
                found.append(mention)
                continue
            if self._apposition(head):  # "three senators — Ana Ruiz, Ben Cole and Dan Ito — led"
                found += self._apposition(head)
                continue
            referred = self._referred_person(head) or self._referred_body(head)
            if referred is not None:  # "The French politician … says": the person named before
                found.append(referred)
                continue
            found += _staff_country(head, self._agent(head) or self._modifiers(head)) or _group(head) or \
                self._story_body(head)
        return found

    def _referred_body(self, head: Token) -> ActorMention | None:
        """"The Taliban … her book was banned by the movement": "the NOUN" (body_nouns.tsv) as the
        by-phrase of a passive, with no name, owner or of-phrase of its own, is the nearest
        organisation or named group before it, in its sentence or the five before (not a generic
        agent, a country or a person)."""
        if head.lemma_.lower() not in load_body_nouns() or head.tag_ != "NN" or head.head.dep_ != "agent":
            return None  # only a passive's by-phrase: as a subject it would bring rows of its own
        own = [c for c in head.children if c.dep_ not in ("punct", "cc", "conj", "relcl", "acl")]
        if [c.lower_ for c in own] != ["the"]:
            return None  # "the Hamas group", "the group's", "a group of", "the group of seven"
        start = sentences_back(head.sent, NAMING_BACK_SENTENCES)
        earlier = [m for i, m in sorted(self.by_token.items(), reverse=True) if start <= i < head.i]
        for mention in earlier:
            if mention.actor.kind in ("organisation", "group") and mention.how not in ("agent", "story"):
                return ActorMention(head.i, head.i + 1, mention.actor, "pronoun")
        return None

    def _referred_person(self, head: Token) -> ActorMention | None:
        """"Michel Barnier … The French politician says", "Lutnick said … The Commerce chief rebuffed":
        a definite singular subject naming a person by occupation (person_nouns.tsv), with no name of
        its own, is the nearest person named in the five sentences before whose country, when known,
        agrees with the nationality words before the noun."""
        if head.lemma_.lower() not in load_person_nouns() or head.tag_ != "NN" \
                or head.dep_ not in ("nsubj", "nsubjpass") or _agent_phrase(head):
            return None
        if [c.lower_ for c in head.children if c.dep_ == "det"] != ["the"]:
            return None
        countries = {_country(m) for c in head.children if c.dep_ in MODIFIER_DEPS and c.i < head.i
                     and (m := self.at(c)) and m.actor.kind == "country"}
        start = sentences_back(head.sent, NAMING_BACK_SENTENCES)
        earlier = [m for i, m in sorted(self.by_token.items(), reverse=True)
                   if start <= i < head.sent.start and m.actor.kind == "person"]
        for mention in earlier:
            if not countries or not mention.actor.country or mention.actor.country in countries:
                return ActorMention(head.i, head.i + 1, mention.actor, "pronoun")
        return None

    def _story_body(self, head: Token) -> list[ActorMention]:
        """"The army called up 300,000 reservists" in a story about Israel: a national body named
        with no owner (story_bodies.tsv) outside a quotation is the body of the story's country, when
        it has one."""
        if head.lemma_.lower() not in load_story_bodies() or head.pos_ != "NOUN" or not self.story_country:
            return []
        # "the army and the navy"
        own = [c.lower_ for c in head.children if c.dep_ not in ("cc", "conj", "punct")]
        if own != ["the"]:  # "the army's chief", "an army", "the rebel army"
            return []
        if in_quotation(head):  # a quote's "the government" is the speaker's: any, or one of a comparison
            return []
        body = country_body(self.story_country, head.lemma_.lower())
        return [ActorMention(head.i, head.i + 1, body, "story")]

    @cached_property
    def story_country(self) -> str:
        """The country the story's actors name most often: at least twice and more than any other."""
        counts = Counter(m.actor.name for m in self.by_token.values() if m.actor.kind == "country")
        ranked = counts.most_common(2)  # (counted per token: "United States" weighs two; fine for a lead)
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return ""
        return ranked[0][0]

    def _owner(self, token: Token) -> ActorMention | None:
        """The owner a role title took in, when the argument is the owner's own word: the subject of
        "… leader of Hamas, which launched the attack" is Hamas, not its leader."""
        role = self.at(token)
        if role is None or role.how != "role" or token.dep_ != "pobj" or token.i not in self.owners:
            return None
        return self.owners[token.i]

    def leader(self, modifier: Token) -> ActorMention | None:
        """The known actor an "X-led" modifier names: the Saudi-led coalition is Saudi Arabia's (an
        unknown name such as "Kurdish" is no actor)."""
        if modifier.dep_ != "amod" or modifier.lower_ != "led":
            return None
        found = [self.at(t) for t in modifier.children if t.dep_ == "npadvmod" and self.at(t)]
        return next((m for m in found if m.resolved), None)

    def owned_agent(self, token: Token) -> ActorMention | None:
        """The agent of a country or organisation a generic agent noun stands for ("Sudanese
        troops", "Hamas militants"); None for a bare agent ("police") or any other word."""
        found = self._agent(token)
        return found[0] if found and (found[0].actor.country or found[0].how != "agent") else None

    def institution_owner(self, token: Token) -> ActorMention | None:
        """The owner a body stands for when it is named by its modifiers ("Croat forces", "the
        Russian parliament" → Croatia, Russia; institutions.tsv)."""
        named = (token.lower_,) in load_institutions() or (token.lemma_.lower(),) in load_institutions()
        if not named or token.dep_ in MODIFIER_DEPS:  # "Chinese government propaganda" is no body
            return None
        found = [m for m in self._modifiers(token) if m.resolved and m.actor.kind != "place"]
        return found[0] if found else None

    def _agent(self, head: Token) -> list[ActorMention]:
        """A generic agent ("police", "rebels", "protesters"): the organisation it belongs to
        ("Hamas militants", "activists from the Fatah party"), else the agent of its country as one
        actor ("Palestinian police", "rebels in Darfur" → "Palestine (police)", "Sudan (rebels)"),
        else itself ("police")."""
        common = head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.is_sent_start)  # "Rebels said"
        phrase = _agent_phrase(head) if common else ""
        if not phrase:
            return []
        start = head.i - len(phrase.split()) + 1
        owners = self._agent_owners(head, start)
        organisations = [m for m in owners if m.actor.kind in OWNED_BY]
        if organisations:
            return organisations
        countries = [c for c in dict.fromkeys(_country(m) for m in owners) if c]
        sector = _sector(phrase)
        private = sector in load_private_sectors()
        if private and (not countries or _state_owned(head) or self._described_kind(head)):
            return []  # "traders" alone, "Chinese state media", "social media in China": read as before
        if countries:
            return [ActorMention(start, head.i + 1, agent_actor(c, sector), "agent") for c in countries]
        agent = Actor(head.doc[start:head.i + 1].text.lower(), "group")
        return [ActorMention(start, head.i + 1, agent, "agent")]

    def _described_kind(self, head: Token) -> bool:
        """A hand-listed private agent (a "listed" sector of private_sectors.tsv: "media") with a word
        before it naming what kind it is rather than whose ("social media", "independent media"): a
        platform or a sort, not the country's press."""
        private = load_private_sectors().get(_sector(_agent_phrase(head)) or "")
        if private is None or private[1] != "listed":
            return False
        return any(c.dep_ in ("amod", "compound") and c.i < head.i and not self.at(c) for c in head.children)

    def _agent_owners(self, head: Token, start: int) -> list[ActorMention]:
        """The actors an agent noun's modifiers before it or its in/of/from phrase name."""
        before = [t for c in head.children if c.dep_ in MODIFIER_DEPS and c.i < start
                  for t in _with_conjuncts(c) if t.i < start]
        after = [g for p in head.children if p.dep_ == "prep" and p.lower_ in AGENT_OWNER_PREPS
                 for g in p.children if g.dep_ == "pobj"]
        found = [self.at(t) for t in before + after if self.at(t) and not _opposed(self.at(t), head.doc)]
        referred = [m for t in before if (m := self._country_referred(t))]
        return found + referred + self._linked_owners(head)

    def _country_referred(self, token: Token) -> ActorMention | None:
        """"The country's security forces": the last country named before (country_nouns.tsv), else
        the story's country."""
        owner = token.dep_ == "poss" and [c.lower_ for c in token.children if c.dep_ == "det"] == ["the"]
        if not owner or token.lemma_.lower() not in load_country_nouns() or self.at(token):
            return None
        named = [m for i, m in sorted(self.by_token.items()) if i < token.i and m.actor.kind == "country"]
        if named:
            return named[-1]
        country = self.story_country
        if not country:
            return None
        return ActorMention(token.i, token.i + 1, Actor(country, "country", country), "story")

    def _linked_owners(self, head: Token) -> list[ActorMention]:
        """The organisations named after "belonging to", "loyal to" … (member_links.tsv)."""
        links = [c for c in head.children if c.dep_ in ("acl", "amod") and c.i > head.i
                 and c.lemma_.lower() in load_member_links()]
        objects = [t for c in links for p in c.children if p.dep_ == "prep"
                   for g in p.children if g.dep_ == "pobj" for t in _with_conjuncts(g)]
        return [m for t in objects if (m := self.at(t)) and m.actor.kind in OWNED_BY]

    def _apposition(self, head: Token) -> list[ActorMention]:
        """"Israel's security minister, Itamar Ben-Gvir, resigned", "the militant group al-Shabab
        claimed": the named actor acts (a place in apposition does not). "X and an armed group, the
        SDF": the parser hangs the apposition of the last conjunct on the first; it names the conjunct
        right before it."""
        for child in _appositions(head):
            if self.at(child) and self.at(child).actor.kind != "place":
                named = [self.at(t) for t in _with_conjuncts(child) if self.at(t)]
                return [m for m in named if m.actor.kind != "place"]
        return []

    def _modifiers(self, head: Token) -> list[ActorMention]:
        by_agent = self._by_agent(head)
        if by_agent:  # "airstrikes by the Somali army killed …": the army, not "coordinated" or "U.S.-made"
            return by_agent
        found = []
        for child in head.children:
            if child.dep_ in MODIFIER_DEPS and child.i < head.i and self.at(child):
                # "Israeli and Qatari negotiators": the coordinated modifiers too
                found += [self.at(t) for t in _with_conjuncts(child) if t.i < head.i and self.at(t)]
            elif self.leader(child):  # "the Saudi-led coalition"
                found.append(self.leader(child))
            elif child.dep_ == "prep" and child.lower_ in ("of", "for"):  # "a camp for Congolese refugees"
                objects = [t for g in child.children if g.dep_ == "pobj" for t in _with_conjuncts(g)]
                found += [self.at(t) for t in objects if self.at(t)]
                # "positions of the Palestinian security forces": the object's own modifiers
                members = load_groups().get(head.lemma_.lower()) == "collective"
                found += [m for t in objects if not self.at(t)
                          for m in self._agent(t) or self._described(t) or _group(t, members)]
        return found

    def _by_agent(self, head: Token) -> list[ActorMention]:
        """The doers an event noun subject names after "by" ("airstrikes by the Nigerian air force
        killed"; not "a crackdown on protests by students", whose students are no one's target)."""
        if head.pos_ != "NOUN" or head.dep_ not in ("nsubj", "nsubjpass") \
                or load_lexicon().noun(head) is None:
            return []
        objects = [t for p in head.children if p.dep_ == "prep" and p.lower_ == "by"
                   for g in p.children if g.dep_ == "pobj" for t in _with_conjuncts(g)]
        found = [m for t in objects
                 for m in ([self.at(t)] if self.at(t) else self._agent(t) or self._described(t))]
        return [m for m in found if m.actor.kind != "place"]

    def _described(self, token: Token) -> list[ActorMention]:
        """The actors modifying a noun one level down (no further "of" chains)."""
        found = [self.at(c) for c in token.children if c.dep_ in MODIFIER_DEPS and c.i < token.i]
        return [m for m in found if m is not None and m.actor.kind != "place"]


def _appositions(head: Token) -> list[Token]:
    """The appositions naming `head`: its own and its first conjunct's that follow it with no other
    conjunct between ("Syria and an armed group, the SDF": the SDF is the group)."""
    first = head
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    items = sorted([first, *first.conjuncts], key=lambda t: t.i)
    following = [t for t in items if t.i > head.i]
    end = following[0].i if following else len(head.doc)
    return [c for c in [*head.children, *(first.children if first != head else [])]
            if c.dep_ == "appos" and head.i < c.i < end]


def _staff_country(head: Token, found: list[ActorMention]) -> list[ActorMention]:
    """"Trump administration officials", "Putin's government": a leader's staff (staff.tsv), named by
    the leader, act for the leader's country (when known), not as the leader."""
    staff = load_staff()
    named_staff = head.lemma_.lower() in staff or any(
        c.dep_ == "compound" and c.lemma_.lower() in staff for c in head.children)
    if not named_staff:
        return found
    return [ActorMention(m.start, m.end, Actor(m.actor.country, "country", m.actor.country), "staff")
            if _leader_of_staff(m, head.doc) else m for m in found]


def _leader_of_staff(mention: ActorMention, doc: Doc) -> bool:
    """A person of known country naming the staff ("Trump administration", "Putin's", "the government
    of Prime Minister X"), not a person coordinated with them ("Trump and other officials")."""
    root = doc[mention.start:mention.end].root
    joined = any(c.dep_ in ("cc", "conj") for c in root.children)
    return (mention.actor.kind == "person" and bool(mention.actor.country) and not joined
            and root.dep_ in ("compound", "poss", "pobj"))


def _group(head: Token, members: bool = False) -> list[ActorMention]:
    """People named by what they are (groups.tsv), plural, with the describing words right before the
    noun as written: "Ibo elders", "prisoners" (a common word opening the sentence in lower case);
    `members`: the noun names the members of a group noun ("a group of Yoruba leaders").
    A title before a name ("social worker and activist Ryan Febrianto") is no group."""
    reading = load_groups().get(head.lemma_.lower())
    if head.tag_ not in ("NNS", "NNPS") or reading not in ("alone", "members" if members else "alone"):
        return []
    named = list(head.conjuncts) + [c for c in head.children if c.dep_ == "appos"]
    if any(t.ent_type_ == "PERSON" for t in named):  # "workers and activists Ana and Ryan Tan"
        return []
    doc, start = head.doc, head.i
    while (start > 0 and doc[start - 1].dep_ in MODIFIER_DEPS and start - 1 < doc[start - 1].head.i <= head.i
           and doc[start - 1].tag_ != "PRP$"):  # "their leaders" are "leaders"
        start -= 1
    if start > 0 and doc[start - 1].text == "-":  # "Jakarta-based social workers": from "social"
        start += 1
    text = doc[start:head.i].text_with_ws + head.lower_
    if doc[start].is_sent_start and not doc[start].ent_type_:
        text = text[0].lower() + text[1:]
    return [ActorMention(start, head.i + 1, Actor(text, "group"), "agent")]


def _country(mention: ActorMention) -> str:
    """The country a mention names or lies in ("Palestinian" → Palestine, "Darfur" → Sudan)."""
    return mention.actor.name if mention.actor.kind == "country" else mention.actor.country


def _agent_phrase(head: Token) -> str:
    """The generic agent a noun names, with the modifier right before it when the dictionary has
    the pair ("armed groups" → "armed group", "security forces"), else the noun alone ("rebels")."""
    lemma = head.lemma_.lower()
    before = head.doc[head.i - 1] if head.i > 0 else None
    candidates = [f"{before.lower_} {lemma}"] if before is not None and before.head == head else []
    institutions = _institution_phrases()  # the hand table wins: "Russia's military"
    for phrase in candidates + [lemma, head.lower_.removesuffix("s")]:
        if _known_sector(phrase) and phrase not in institutions:
            return phrase
    return ""


def _known_sector(phrase: str) -> bool:
    """Whether a phrase names a generic agent: of a sector of agents.tsv, or of a private sector
    (private_sectors.tsv) whose phrases are imported or, for a "listed" sector, hand-listed
    (agent_phrases.tsv: "media", not Phoenix's "spokesman")."""
    sector = _sector(phrase)
    if sector in load_agent_sectors():
        return True
    private = load_private_sectors().get(sector or "")
    return private is not None and (private[1] == "imported" or phrase in load_agent_phrases())


def _state_owned(head: Token) -> bool:
    """"Chinese state media", "a state-owned company": the words before a private agent say the state
    owns it (state_owned.tsv); CAMEO codes it as the government's."""
    words = head.doc[head.left_edge.i:head.i].text.lower().split()
    return any(w in load_state_owned() for w in words)


@lru_cache(maxsize=1)
def _institution_phrases() -> frozenset[str]:
    return frozenset(" ".join(p) for p in load_institutions())


def _sector(phrase: str) -> str | None:
    """The sector of a generic agent phrase: the hand table (agent_phrases.tsv) first, then Phoenix."""
    return load_agent_phrases().get(phrase) or agent_sectors().get(phrase)


def _with_conjuncts(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("Egypt, Qatar and the United States")."""
    tokens = [token]
    for conj in token.conjuncts:
        if conj.i > token.i:
            tokens.append(conj)
    return tokens


def subjects(verb: Token) -> tuple[list[Token], list[Token]]:
    """(agent tokens, patient tokens) of a verb's subject side, passives turned around."""
    agents, patients = [], []
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj", "expl"):
            child = pair_in_apposition(child) or child
            agents.append(verb.head if child.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl" else child)
        elif child.dep_ == "nsubjpass":
            patients.append(verb.head if child.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl" else child)
        elif child.dep_ == "agent":
            agents += [g for g in child.children if g.dep_ == "pobj"]
    governed = verb.head.pos_ in ("VERB", "AUX") or _declared(verb)
    if not agents and not patients and governed and verb.head != verb:
        if any(c.dep_ == "auxpass" for c in verb.children):  # "the hostages are due to be freed"
            patients = _inherited(verb)
        else:
            agents = _inherited(verb)
    if not agents and verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBD"):
        agents = [verb.head]
    if not agents and not patients:
        agents = _fronted_apposition(verb) or _fronted_list(verb)
    return agents, patients


def _fronted_apposition(verb: Token) -> list[Token]:
    """A parse repair: in "In Oslo, Norway's foreign minister met …" spaCy often reads the subject as
    an apposition of the fronted place ("Oslo, Norway"). A subjectless verb takes as its subject an
    apposition that is a common noun or person, after the comma of a phrase that opens its clause."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            found = [a for a in place.children if a.dep_ == "appos" and a.i < verb.i
                     and (a.pos_ == "NOUN" or a.ent_type_ == "PERSON")]
            if found:
                return found[:1]
    return []


def _fronted_list(verb: Token) -> list[Token]:
    """A parse repair: in "In Geneva, Switzerland, Russia and Ukraine signed …" spaCy reads the
    subject as more conjuncts of the fronted place. A subjectless verb takes as its subject the
    conjuncts after the place (and after the place's country or region set off by commas: "Geneva,
    Switzerland,") when the list runs up to the verb."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            items = [place, *sorted((c for c in place.conjuncts if c.i > place.i), key=lambda t: t.i)]
            if len(items) < 2 or items[-1].right_edge.i != verb.i - 1 or place.nbor(1).text != ",":
                continue
            region = _region_of(place, items[1]) and items[1].nbor(1).text == ","
            rest = items[2:] if region and len(items) > 2 else items[1:]
            return rest[:1]
    return []


def _region_of(place: Token, item: Token) -> bool:
    """Whether `item` names the country of the fronted `place`: by the alias table when it knows the
    place ("In Geneva, Russia, Ukraine and the US": Geneva lies in Switzerland, so Russia acts), else
    by the parse (a place name set off by commas: "In Tromso, Norway, …")."""
    aliases = load_aliases()
    known = aliases.get(_compound_name(place))
    if known is None or not known.country:
        return item.ent_type_ in ("GPE", "LOC")
    named = aliases.get(_compound_name(item))
    return named is not None and known.country in (named.name, named.country)


def _compound_name(token: Token) -> str:
    """A name with the compound words before it ("Abu Dhabi", "Saudi Arabia")."""
    start = token.i
    while start > 0 and token.doc[start - 1].dep_ == "compound" and token.doc[start - 1].head == token:
        start -= 1
    return token.doc[start:token.i + 1].text


def _declared(verb: Token) -> bool:
    """The infinitive of an adjective declaring an intent ("is ready / willing to talk":
    data/lexicon/intent_governors.tsv); "is reluctant to allow" declares none."""
    head = verb.head
    declaring = (head.lemma_.lower(), "ADJ") in load_lexicon().intent_governors
    return verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp" and declaring


def _inherited(verb: Token) -> list[Token]:
    """The understood subject of an infinitive or coordinated verb: "urged Israel to allow aid" →
    Israel; "Hamas agreed to release hostages" → Hamas; "Blinken is expected to meet" → Blinken."""
    head = verb.head
    if _declared(verb):  # "Iran is ready to talk"
        return subjects(head.head)[0]
    if verb.dep_ == "xcomp":
        objects = [c for c in head.children if c.dep_ in ("dobj", "dative")]
        if head.lemma_.lower() in load_lexicon().instrument_verbs:  # "used its veto to block": the user acts
            objects = []
        agents, patients = subjects(head)
        return objects or agents or patients
    participle = verb.dep_ == "advcl" and (
        verb.tag_ in ("VBG", "VBN") or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )
    if verb.dep_ == "conj":
        return subjects(_conjoined_to(verb))[0]
    if participle and not any(c.dep_ == "mark" for c in verb.children):
        return subjects(head)[0]
    return []


def _conjoined_to(verb: Token) -> Token:
    """A parse repair: in "Abubakar said the initiative aims to mobilize troops and urged counterparts
    to act" spaCy joins the past-tense "urged" to the infinitive; a verb in the simple past joined to a
    verb of another form is joined to the nearest verb in the simple past above it (its own line)."""
    head = verb.head
    if verb.tag_ != "VBD" or head.tag_ == "VBD" or _perfect(head):
        return head
    return next((a for a in head.ancestors if a.tag_ == "VBD" and a.pos_ in ("VERB", "AUX")), head)


def _perfect(verb: Token) -> bool:
    """A participle with its own "have" ("had killed and injured"): the verb joined to it shares the
    perfect, whatever its tag, so it is no verb of another line."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _opposed(mention: ActorMention, doc: Doc) -> bool:
    """"anti-Pakistan militants" fight Pakistan: a name after "anti-" is no owner."""
    start = mention.start
    return (start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ == "anti") or (
        doc[start].lower_.startswith("anti-"))
