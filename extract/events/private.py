"""Private persons: people the article itself introduces as private ("51-year-old security guard
Sibusiso Sithole", "mother Debora Habakuku", "Omar Bob was among those on the streets"). What they
say, ask or do untyped is no event on a diplomatic timeline (PLOVER and ACLED code political actors);
their typed acts (a protest, an attack) still are. The words are data: data/lexicon/private.tsv.

Only persons no table or title resolves are judged, and only on what the article says of them: a
word of office or of a political sector anywhere in their descriptions makes them public.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from extract.events.actors import ActorMention, load_roles
from extract.events.imported import actor_codes, agent_sectors
from extract.events.lexicon import LEXICON_DIR, lemmas
from extract.events.tables import RuleWords, read_rule_words

PRIVATE_PATH = LEXICON_DIR / "private.tsv"
PRIVATE_COLUMNS = ("rule", "word", "example", "person")
RULES = ("sector", "word", "age", "crowd", "office", "affiliation", "former", "leader", "body", "type",
         "venue", "statebody", "guest")
UNNAMED_WAYS = ("entity", "surname", "pronoun")  # how a mention was resolved: by no table or title
DESCRIBING = ("compound", "amod", "appos", "nummod", "npadvmod", "prep", "pobj", "poss", "conj", "relcl",
              "dobj", "attr")  # "a farmer and leader of …", "a mother who heads the group"
FRONTED_DEPS = ("nsubj", "advcl", "npadvmod")  # how the parser hangs a description put first
MAX_PHRASE = 16  # tokens of a description searched
NATIONS = ("NORP", "GPE")  # a country named as such or by its people: no body of it
TITLE_POS = ("NOUN", "PROPN", "ADJ")  # the words of a title run before a name
TITLE_LINKS = ("of", "for", "'s", "’s", "-")  # "Special Envoy for Syria", "Taiwan's President"
NGO_CODE = "NGO"  # the PETRARCH2 code of non-governmental organisations
ORGANISATION_DEPS = ("prep", "pobj", "poss", "compound", "appos", "nmod", "amod", "dobj")  # "who heads X"


@lru_cache(maxsize=2)
def load_private(path: Path = PRIVATE_PATH) -> RuleWords:
    return read_rule_words(path, PRIVATE_COLUMNS, RULES, as_written=("sector", "type", "guest"))


def private_types(rules: RuleWords | None = None) -> frozenset[str]:
    """The event types of what a private person says, thinks or does untyped (private.tsv's `type`
    rows: a statement, a request, thanks or praise, a rejection, an untyped act): no event of theirs."""
    return (rules or load_private()).words["type"]


def person_standings(doc: Doc, rules: RuleWords | None = None) -> dict[str, str]:
    """Canonical name of each person `doc` names → "public" (a table, a title held now or a word of
    office or of a political sector in some description knows them), "private" (described as a
    private person, never as a public one) or "undescribed" (the article says neither)."""
    return judge_persons(doc, rules)[0]


def guest_types(rules: RuleWords | None = None) -> frozenset[str]:
    """The event types of what a think tank's guest says there (private.tsv's `guest` rows: a
    statement, their view), which give no row; a demand of their organisation's does."""
    return (rules or load_private()).words["guest"]


def judge_persons(doc: Doc, rules: RuleWords | None = None) -> tuple[dict[str, str], set[str]]:
    """person_standings, and the canonical names of a think tank's guests: persons whose words the
    article sets at a research body's event (`venue`) and whom only a post in a body no table knows
    ("president of the Committee for Freedom in Hong Kong") makes public: there they give views."""
    rules = rules or load_private()
    people = [m for m in doc._.actors or () if m.actor.kind == "person"]
    setting = _PersonSetting.of(doc, people, rules)
    marked: dict[str, set[str]] = {mark: set() for mark in MARKS}
    for mention in people:
        for mark in _marks(setting, mention):
            marked[mark].add(mention.actor.name)
    seen = {mention.actor.name for mention in people}
    public, private = marked["public"], marked["private"]
    standings = {name: "public" if name in public else "private" if name in private else "undescribed"
                 for name in seen}
    guests = marked["viewer"] - marked["official"]
    return standings, {name for name in guests if standings[name] == "public"}


MARKS = ("public", "private", "official", "viewer")  # what a mention says of its person


@dataclass(frozen=True)
class _PersonSetting:
    """What the whole article tells that judging one mention needs."""

    doc: Doc
    rules: RuleWords
    titles: dict[str, set[str]]  # canonical name -> the words of a title held before
    described: set[int]  # tokens of bodies the article describes as private
    guests: set[str]  # persons speaking at a research body's event
    unknown: set[int]  # tokens of bodies no table knows

    @classmethod
    def of(cls, doc: Doc, people: list[ActorMention], rules: RuleWords) -> _PersonSetting:
        return cls(doc, rules, _former_titles(doc, people, rules), _described_bodies(doc, rules),
                   _venue_speakers(doc, people, rules), _unknown_bodies(doc, rules))


def _marks(setting: _PersonSetting, mention: ActorMention) -> set[str]:
    """The MARKS one mention gives its person: a table or a title held now makes them public and an
    official; a pronoun says nothing; otherwise their description decides."""
    if _known(setting.doc, mention, set(setting.titles), setting.rules):
        return {"public", "official"}
    if mention.how == "pronoun":
        return set()
    return _described_marks(setting, mention)


def _described_marks(setting: _PersonSetting, mention: ActorMention) -> set[str]:
    """The MARKS of a person no table knows, from the words the article describes them with."""
    doc, rules, name = setting.doc, setting.rules, mention.actor.name
    span = doc[mention.start:mention.end]
    words = _description(span)
    # "a former White House official", "director of the Jamestown Foundation": the words of a
    # post held before, or held in a private body, make no one public
    held = {t.i for w in words if _former(w, rules) for t in _phrase(w)}
    held |= {t.i for t in words if t.lemma_.lower() in setting.titles.get(name, ())}
    bodies = {t.i for t in words if _private_body(t, rules, doc._.actors) or t.i in setting.described}
    offices = {t.i for t in words if bodies & _organisation(t)}
    offices |= _titled_at(span, bodies)
    offices |= {i for t in words if t.i in offices for i in _organisation(t)}
    # a guest speaking at a think tank: a post in a body no table knows is no public office there
    guest = {t.i for t in words if setting.unknown & _organisation(t)} if name in setting.guests else set()
    guest |= {i for t in words if t.i in guest for i in _organisation(t)}
    marks = set()
    if any(_public(t, rules) for t in words if t.i not in held | offices | guest):
        marks.add("official")
    elif guest:
        marks.add("viewer")
    if any(_public(t, rules) for t in words if t.i not in held | offices):
        marks.add("public")
    elif any(_private(t, rules) for t in words) or _in_crowd(span, rules) \
            or mention.how == "role" or bodies:  # (only a title held before comes as a role)
        marks.add("private")
    elif _known_body(title_run(span), doc._.actors):
        marks.add("public")
    return marks


def _former_titles(doc: Doc, people: list[ActorMention], rules: RuleWords) -> dict[str, set[str]]:
    """Canonical name → the words of a title the article says they held before ("Former French
    ambassador to Ivory Coast, Jean-Marc Simon"); the same title shortened later ("dismissed by
    ambassador Simon") is still the post held before, not one held now."""
    titles: dict[str, set[str]] = {}
    for mention in people:
        span = doc[mention.start:mention.end]
        if mention.how == "role" and _former_title(span, rules):
            words = {t.lemma_.lower() for t in span if not (t.ent_type_ or t.is_punct)}
            titles.setdefault(mention.actor.name, set()).update(words)
    return titles


def _known(doc: Doc, mention: ActorMention, former: set[str], rules: RuleWords) -> bool:
    """Resolved by a table or a title held now; a title held before ("Former French Ambassador Michel
    Duclos") gives a country, but the person is judged by their descriptions like an unknown one."""
    if mention.how == "role":
        return not _former_title(doc[mention.start:mention.end], rules)
    return mention.how not in UNNAMED_WAYS or bool(mention.actor.country and mention.actor.name not in former)


def _former_title(mention: Span, rules: RuleWords) -> bool:
    """A role title held before: "Former French Ambassador Michel Duclos", "the former foreign
    minister", "ex-envoy X" (a `former` word modifying a word of the title, or right before it). A
    head of state or government held before (`leader`: "former Prime Minister X") still acts in
    politics, as a party leader or a candidate: not judged."""
    doc = mention.doc
    if any(rules.has("leader", t.lower_) for t in mention) or all(t.ent_type_ != "PERSON" for t in mention):
        return False  # (a bare title, "the former foreign minister", names an office, not a person)
    before = [doc[i] for i in range(max(mention.start - 2, 0), mention.start)]
    return any(_former(t, rules) for t in mention) or any(
        rules.has("former", t.lower_) and t.head.i in range(mention.start, mention.end) for t in before)


def _description(name: Span) -> list[Token]:
    """The words describing a name: its modifiers ("51-year-old security guard"), its apposition
    (", a 41-year-old beautician from Zimbabwe,") and the noun it is in apposition to."""
    root = name.root
    heads = [root] + [c for c in root.children if c.dep_ == "appos"] + fronted(root)
    if root.dep_ == "appos":
        heads.append(root.head)
    found = [t for t in name if t != root]  # "Farmer Jane Doe": a title spaCy took into the name
    found += title_run(name)
    for head in heads:
        found += [t for t in _phrase(head) if not (name.start <= t.i < name.end)]
    return found


def title_run(name: Span) -> list[Token]:
    """The title written right before a name, however the parser hung it: "U.N. Resident Coordinator
    for Myanmar Andrew Kirkwood" (nouns, names, adjectives and "of"/"for" up to a verb, a determiner
    or a punctuation mark other than an abbreviation's)."""
    doc, found = name.doc, []
    places = {i for m in doc._.actors or () if m.actor.kind != "person" for i in range(m.start, m.end)}
    for i in range(name.start - 1, max(name.start - MAX_PHRASE, 0) - 1, -1):
        token = doc[i]  # (a country the parser took into the name is no other person: "for Myanmar")
        other_person = token.ent_type_ == "PERSON" and i not in places
        if other_person or not (token.pos_ in TITLE_POS or token.lower_ in TITLE_LINKS):
            break
        found.append(token)
    return found


def fronted(root: Token) -> list[Token]:
    """A description put before the name as a second subject ("A media analyst in Rome, Jane Doe noted
    that …": the parser makes both subjects of the verb)."""
    if root.dep_ != "nsubj":
        return []
    comma = root.left_edge.i - 1  # the description ends right before the comma before the name
    return [c for c in root.head.children if c.dep_ in FRONTED_DEPS and c.pos_ == "NOUN"
            and c.right_edge.i == comma - 1 and root.doc[comma].text == ","] if comma > 0 else []


def _phrase(head: Token) -> list[Token]:
    """The head and its describing dependents, breadth first, at most MAX_PHRASE tokens (no clauses)."""
    found, queue = [], [head]
    while queue and len(found) < MAX_PHRASE:
        token = queue.pop(0)
        found.append(token)
        queue += [c for c in token.children if c.dep_ in DESCRIBING]
    return found


def _public(token: Token, rules: RuleWords) -> bool:
    """An office ("director", "minister"), a title of roles.tsv, or a Phoenix agent of a sector
    that is not a private one ("activist": OPP, "police": COP); not one held before ("a former
    State Department official" comments)."""
    lemma = token.lemma_.lower()
    if _former(token, rules):
        return False
    if rules.has("office", lemma) or rules.has("affiliation", lemma) or role_phrase(token):
        return True
    sector = _sector(token)
    return bool(sector) and not rules.has("sector", sector)


def role_phrase(token: Token) -> bool:
    """A title of roles.tsv ending at the word: "adviser" of "National Security Adviser Robert O'Brien"."""
    doc, roles = token.doc, load_roles()
    return token.lemma_.lower() in roles or any(
        doc[i:token.i + 1].text.lower() in roles for i in range(max(token.i - 3, 0), token.i))


def _known_body(title: list[Token], mentions: list[ActorMention] | None) -> bool:
    """A title naming a body a table knows: "White House aide Jane Doe", "NATO staffer Jane Doe" (a
    post held there). A body no table knows ("TechMoat Consulting owner") or a nationality ("American
    energy consultant", "Chinese student") says nothing."""
    at = {t.i for t in title}
    doc = title[0].doc if title else None
    return doc is not None and any(
        m.how != "entity" and m.actor.kind in ("organisation", "country") and at & set(range(m.start, m.end))
        and doc[m.start].ent_type_ not in NATIONS for m in mentions or ())


def _sector(token: Token) -> str:
    """The Phoenix sector of the agent a word names, with the word before it ("asylum seeker") or alone."""
    lemma = token.lemma_.lower()
    before = f"{token.nbor(-1).lower_} {lemma}" if token.i > 0 else ""
    return agent_sectors().get(before) or agent_sectors().get(lemma) or ""


def _private(token: Token, rules: RuleWords) -> bool:
    """A private word (not inside the name of an organisation: "the International Refugee Assistance
    Project's Pedro Sepulveda"), or an age ("51-year-old")."""
    lemma = token.lemma_.lower()
    if token.ent_type_ in ("ORG", "FAC", "GPE", "NORP"):
        return False
    if rules.has("word", lemma) or rules.has("sector", _sector(token)) or _former(token, rules):
        return True
    return rules.has("age", lemma) and token.nbor(-1).text == "-" and token.nbor(-2).lower_ == "year" \
        if token.i >= 2 else False


def _private_body(token: Token, rules: RuleWords, mentions: list[ActorMention] | None) -> bool:
    """A word naming a private body ("the Liberty Foundation", "City International
    Hospital": a `body` word), not inside an organisation a table knows ("the Association of Southeast
    Asian Nations"). A lobby of a sector ("the CEO of a business lobby") is no such body."""
    forms = lemmas(token)  # "Organizations" (a capitalised plural keeps its ending as lemma)
    if not any(rules.has("body", f) for f in forms):
        return False
    known = (m for m in mentions or () if m.start <= token.i < m.end and m.actor.kind != "person")
    return not any(m.how != "entity" or m.actor.country or _public_body(m.actor.name) for m in known)


def _titled_at(name: Span, bodies: set[int]) -> set[int]:
    """The words of a title run after a body's name ("WindEurope's CEO Jane Doe": the parser hangs the
    possessive on the name, not on the office): an office held at that body."""
    run = {t.i for t in title_run(name)}
    first = min(run & bodies, default=None)
    return {i for i in run if first is not None and i > first}


def _described_bodies(doc: Doc, rules: RuleWords) -> set[int]:
    """The words of every mention of an organisation the article describes once with a `body` word
    ("according to Brussels-based trade association WindEurope", "WindEurope, a trade association,"):
    its officers speak for a private body wherever they are named ("WindEurope's CEO Giles Dickson
    said"). Only an organisation no table knows."""
    unknown = [m for m in doc._.actors or () if m.actor.kind == "organisation" and m.how == "entity"
               and not m.actor.country and not _public_body(m.actor.name)]
    named = {m.actor.name for m in unknown if _body_described(doc[m.start:m.end].root, rules)}
    return {i for m in unknown if m.actor.name in named for i in range(m.start, m.end)}


def _body_described(root: Token, rules: RuleWords) -> bool:
    """A `body` word as the name's title or apposition, or the noun the name is in apposition to."""
    described = [c for c in root.children if c.dep_ in ("compound", "appos")]
    described += [root.head] if root.dep_ == "appos" else []
    return any(rules.has("body", f) for t in described for f in lemmas(t))


def _venue_speakers(doc: Doc, people: list[ActorMention], rules: RuleWords) -> set[str]:
    """Persons whose words the article sets at a research body's event (a `venue` word in the "at"
    phrase of their verb or of a "Speaking at …" put before it: "Speaking at the Cato Institute
    event, Jane Doe, president of the Committee for X, said …", "said at a Wednesday event at the
    Cato Institute think tank"): a think tank's guest gives views there, commentary, unless the
    article gives them a public office of a state or a body a table knows."""
    guests = set()
    for mention in people:
        root = doc[mention.start:mention.end].root
        if mention.how == "pronoun" or root.dep_ != "nsubj":
            continue
        verbs = [root.head] + [c for c in root.head.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
        at = [p for v in verbs for p in v.children if p.dep_ == "prep" and p.lower_ == "at"]
        if any(rules.has("venue", t.lemma_.lower()) for p in at for t in p.subtree):
            guests.add(mention.actor.name)
    return guests


def _unknown_bodies(doc: Doc, rules: RuleWords) -> set[int]:
    """The words of every organisation no table knows and whose name says nothing of a state (no
    country, not coded by PETRARCH2 as other than an NGO, no `statebody` word, no acronym the tables
    miss: "the Committee for Freedom in Hong Kong"; not "State Department", "CIA")."""
    return {i for m in doc._.actors or () if m.actor.kind == "organisation" and m.how == "entity"
            and not m.actor.country and not _public_body(m.actor.name) and not m.actor.name.isupper()
            and not any(rules.has("statebody", w.lower()) for w in m.actor.name.split())
            for i in range(m.start, m.end)}


def _public_body(name: str) -> bool:
    """An organisation the PETRARCH2 dictionary codes as other than a non-governmental one
    ("Association of Southeast Asian Nations": IGOSEAASN)."""
    return any(not c.code.startswith(NGO_CODE) for c in actor_codes().get(name.lower(), ()))


def _organisation(office: Token) -> set[int]:
    """The words naming where an office is held: "director of/at X", "X's CEO", "Iberdrola spokesman",
    "who heads X" (not a second post joined to it: "a lawmaker and director of …")."""
    found, queue = set(), [c for c in office.children if c.dep_ in ORGANISATION_DEPS]
    while queue and len(found) < MAX_PHRASE:
        token = queue.pop(0)
        found.add(token.i)
        queue += [c for c in token.children if c.dep_ in ORGANISATION_DEPS]
    return found


def _former(token: Token, rules: RuleWords) -> bool:
    return any(c.dep_ in ("amod", "compound") and rules.has("former", c.lower_) for c in token.children)


def _in_crowd(name: Span, rules: RuleWords) -> bool:
    """"Omar Bob was among those on the streets": one of a crowd the story describes; not one of a
    rank ("was among the greatest innovators", "among the most powerful leaders": a superlative)."""
    root = name.root
    verb = root.head
    return root.dep_ == "nsubj" and verb.lemma_ == "be" and any(
        c.dep_ == "prep" and rules.has("crowd", c.lower_) and not _ranked(c) for c in verb.children)


def _ranked(preposition: Token) -> bool:
    """A superlative in the preposition's object ("the greatest of", "the most powerful leaders")."""
    return any(t.tag_ in ("JJS", "RBS") for t in preposition.subtree)
