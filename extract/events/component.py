"""The `dateline_actors` spaCy component: resolves who is named in an article into `doc._.actors`.

Sources, in order of trust: the alias table (aliases, demonyms, capitals), within-article
coreference of short names ("Netanyahu" after "Benjamin Netanyahu", "Steve" after "Steve Jobs";
`names.py`), role titles ("the Qatari prime
minister", or the person the article names with that title), he/she (the last person named), and
finally spaCy's PERSON/NORP/ORG entities taken as written (unresolved); a GPE unknown to the table
is a place.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from extract.events.acronyms import acronyms_named, split_bracketed
from extract.events.actors import (
    ALIASES_PATH,
    ROLES_PATH,
    Actor,
    ActorMention,
    load_aliases,
    load_institutions,
    load_place_homonyms,
    load_roles,
)
from extract.events.gender import person_genders, pronoun_gender
from extract.events.imported import imported_country
from extract.events.names import Person, ShortNames
from extract.events.quoted import quoted_pronouns
from extract.events.roles import RoleResolver
from extract.events.salience import is_salient, speech_verb

# A GPE the alias table does not know is a place: the table lists the world's states, so what is
# left is provinces and cities ("Balochistan", "Houston"), never actors.
ENTITY_KINDS = {"PERSON": "person", "NORP": "group", "GPE": "place", "ORG": "organisation",
                "LOC": "place", "FAC": "place"}
PERSON_PRONOUNS = {"he", "she", "him", "her"}
OBJECT_PRONOUNS = {"him", "her"}
LEADING_WORDS = {"the", "The", "a", "A"}
OPENING_BRACKETS = {"(", "[", "{"}
HONORIFICS = frozenset({"sheikh", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "president-elect",
                        "crown", "prince", "general", "gen.", "outgoing", "former", "acting"})

if not Doc.has_extension("actors"):
    Doc.set_extension("actors", default=None)
if not Doc.has_extension("role_owners"):
    # the countries and organisations a role title took in ("leader of Hamas"): kept for a clause
    # whose argument is the owner's own word ("… of Hamas, which launched …")
    Doc.set_extension("role_owners", default=None)


@Language.factory(
    "dateline_actors",
    requires=["doc.ents", "token.dep", "token.pos"],
    assigns=["doc._.actors"],
    default_config={"aliases_path": str(ALIASES_PATH), "roles_path": str(ROLES_PATH)},
)
def make_actor_resolver(nlp: Language, name: str, aliases_path: str, roles_path: str) -> ActorResolver:
    return ActorResolver(nlp, Path(aliases_path), Path(roles_path))


class ActorResolver:
    """Callable component; the matchers are built once from the data tables."""

    def __init__(self, nlp: Language, aliases_path: Path = ALIASES_PATH, roles_path: Path = ROLES_PATH):
        self.aliases = load_aliases(aliases_path)
        self.alias_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.alias_matcher.add("ALIAS", list(nlp.tokenizer.pipe(self.aliases)))
        roles = load_roles(roles_path)
        role_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        role_matcher.add("ROLE", list(nlp.tokenizer.pipe(roles)))
        self.roles = RoleResolver(role_matcher, roles)
        self.institutions = load_institutions()
        self.titles = HONORIFICS | {word for role in roles for word in role.split()}

    def __call__(self, doc: Doc) -> Doc:
        spans = [self._trim(e) for e in doc.ents if e.label_ in ENTITY_KINDS]
        spans = split_bracketed([s for s in spans if s is not None])
        spans += _conjoined_names(doc, self.titles)
        spans += [doc[s:e] for _, s, e in self.alias_matcher(doc)]
        names = self._short_names(spans)
        mentions = [m for m in (self._resolve(span, names) for span in filter_spans(spans)) if m]
        if names:
            covered = {t.i for span in [*doc.ents, *spans] for t in span}
            mentions += names.unseen(doc, covered)
        mentions = _homonyms_placed(doc, mentions)
        mentions = acronyms_named(doc, mentions)  # "the Syrian Democratic Forces (SDF)": one actor
        named = mentions
        mentions = self.roles(doc, mentions)
        kept = {id(m) for m in mentions}
        doc._.role_owners = [m for m in named if id(m) not in kept and m.actor.kind != "person"]
        mentions += _pronouns(doc, mentions)
        mentions += quoted_pronouns(doc, mentions)
        doc._.actors = sorted(mentions, key=lambda m: m.start)
        return doc

    def _trim(self, span: Span) -> Span | None:
        """An entity without a trailing generic body: "Russia's defence ministry" → "Russia" (the
        body itself is then read through its owner), "the foreign ministry" → nothing; a name that
        merely ends like one stays whole ("the Oval Office")."""
        if span.label_ == "PERSON":
            return self._untitled(span)
        if span.label_ not in ("ORG", "NORP", "GPE") or _strip(span) in self.aliases:
            return span
        words = tuple(t.lower_ for t in span)
        for phrase in self.institutions:
            if words[-len(phrase):] == phrase:
                end = span.end - len(phrase)
                possessive = end > span.start and span.doc[end - 1].tag_ == "POS"
                end -= 1 if possessive else 0
                kept = _strip(span.doc[span.start:end])
                if not kept or not any(t.text[:1].isupper() for t in span.doc[span.start:end]):
                    return None  # "the commerce ministry": a body whose owner is outside the entity
                if possessive or kept in self.aliases:
                    return Span(span.doc, span.start, end, label=span.label_)
                return span
        return span

    def _untitled(self, span: Span) -> Span | None:
        """A person's name without the titles spaCy put into it ("Crown Prince Mohammed bin Salman")."""
        start = span.start
        while start < span.end - 1 and span.doc[start].lower_ in self.titles:
            start += 1
        start = self._without_office_place(span.doc, start, span.end)
        return span if start == span.start else Span(span.doc, start, span.end, label="PERSON")

    def _without_office_place(self, doc: Doc, start: int, end: int) -> int:
        """"U.N. Resident Coordinator for Myanmar Andrew Kirkwood": after "for"/"of" closing a title,
        a country that spaCy put at the start of a person's name is the office's, not the name's."""
        if start == 0 or doc[start - 1].lower_ not in ("for", "of") or end - start < 3:
            return start
        actor = self.aliases.get(doc[start].text)
        return start + 1 if actor is not None and actor.kind == "country" else start

    def _short_names(self, spans: list[Span]) -> ShortNames:
        """The surnames and given names of this article's full-name people."""
        return ShortNames([Person(span.start, self._lookup(span)) for span in spans])

    def _lookup(self, span: Span) -> Actor:
        text = _strip(span)
        actor = self.aliases.get(text) or self.aliases.get(span.text)
        if actor is not None:
            return actor
        kind = ENTITY_KINDS.get(span.label_, "organisation")
        return Actor(text, "person" if kind == "organisation" and _named_with_who(span) else kind, "")

    def _people_of(self, span: Span, text: str) -> Actor | None:
        """A country's people named in the plural ("Kenyans", "Chileans") stand for the country, as
        its demonym does ("Kenyan"): the alias table lists the singular."""
        singular = self.aliases.get(text[:-1]) if _people(span, text) else None
        return singular if singular is not None and singular.kind == "country" else None

    def _resolve(self, span: Span, names: ShortNames) -> ActorMention | None:
        text = _strip(span)
        if not text:
            return None
        one_word = len(text.split()) == 1
        if one_word and names.surname(text):
            return ActorMention(span.start, span.end, names.surnames[text], "surname")
        known = self.aliases.get(text) or self.aliases.get(span.text) or self._people_of(span, text)
        if known is not None:
            return ActorMention(span.start, span.end, known, "alias")
        given = names.given_name(text, span.start) if one_word and span.label_ == "PERSON" else None
        if given is not None:
            return ActorMention(span.start, span.end, given, "surname")
        country = imported_country(text, span.label_) if span.label_ in ("NORP", "GPE") else ""
        if not country and _people(span, text):  # "Ghanaians", "Burundians"
            country = imported_country(text[:-1], span.label_)
        if country:
            return ActorMention(span.start, span.end, Actor(country, "country", country), "imported")
        if span.label_ == "PERSON" and len(span) == 1 and not span[0].is_title:
            return None
        if len(span) == 1 and span[0].dep_ == "amod" and span[0].tag_ in ("VBN", "VBD", "JJ"):
            return None  # "Coordinated airstrikes …" opening a quote: a describing word, no name
        if span.label_ == "NORP" and span.root.pos_ == "ADJ":
            return None  # "the Islamist group", "Asian markets": a description, not an actor
        return ActorMention(span.start, span.end, self._lookup(span), "entity")


def _conjoined_names(doc: Doc, titles: frozenset[str] | set[str]) -> list[Span]:
    """"Senators Grassley, Shaheen and Risch": a capitalised name the entity recogniser left out,
    joined to a person's name in one list, is a person's name too (a list joins words of one kind).
    The name is the proper noun with the proper nouns compounded before it ("Jeanne Shaheen"); a
    word of a title ("… and Prime Minister Narendra Modi": roles.tsv, honorifics) is none."""
    found = []
    for entity in doc.ents:
        if entity.label_ != "PERSON":
            continue
        for token in entity.root.conjuncts:
            if not _unlabelled_name(token, titles):
                continue
            start = token.i
            while start > 0 and _unlabelled_name(doc[start - 1], titles) and doc[start - 1].head == token:
                start -= 1  # "Jeanne Shaheen"
            found.append(Span(doc, start, token.i + 1, label="PERSON"))
    return found


def _unlabelled_name(token: Token, titles: frozenset[str] | set[str]) -> bool:
    """A capitalised proper noun outside any entity, no word of a title."""
    return token.pos_ == "PROPN" and token.is_title and not token.ent_type_ and token.lower_ not in titles


def _named_with_who(span: Span) -> bool:
    """"Jane Roe, who heads a rights group, …": a name (capitalised words, no article) that a "who"
    clause describes is a person's, whatever label the parser gave it."""
    if len(span) < 2 or not all(t.is_title for t in span):
        return False
    clauses = [c for c in span.root.children if c.dep_ == "relcl"]
    return any(g.lower_ == "who" and g.dep_ in ("nsubj", "nsubjpass") for c in clauses for g in c.children)


def _people(span: Span, text: str) -> bool:
    """A plural demonym ("Kenyans") naming a country's people; "ethnic Albanians" are a community,
    not Albania."""
    before = span.doc[span.start - 1].lower_ if span.start else ""
    ethnic = "ethnic" in (before, text.split()[0].lower())
    return span.label_ == "NORP" and text.endswith("ans") and not ethnic


def _strip(span: Span) -> str:
    """Entity text without a leading article, a trailing possessive or a trailing opening bracket
    ("The Program for International Student Assessment (" before its acronym)."""
    tokens = [t for t in span if not (t.i == span.start and t.text in LEADING_WORDS)]
    if tokens and tokens[-1].tag_ == "POS":
        tokens = tokens[:-1]
    while tokens and tokens[-1].text in OPENING_BRACKETS:
        tokens = tokens[:-1]
    return "".join(t.text_with_ws for t in tokens).strip()


def _homonyms_placed(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """"shells crashed into Tripoli, the north Lebanese port": a name that is also a place in another
    country (place_homonyms.tsv) is that place when the article names that country and not the
    name's own."""
    homonyms = load_place_homonyms()
    if not any(doc[m.start:m.end].text in homonyms for m in mentions):
        return mentions
    countries = {m.actor.country or m.actor.name for m in mentions if doc[m.start:m.end].text not in homonyms}
    found = []
    for mention in mentions:
        text = doc[mention.start:mention.end].text
        others = [c for c in homonyms.get(text, ()) if c in countries]
        if others and mention.actor.name not in countries:
            mention = ActorMention(mention.start, mention.end, Actor(text, "place", others[0]), mention.how)
        found.append(mention)
    return found


def _pronouns(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """he/she/him/her → the last salient person named before it (salience.py: the main-line subject or a
    speaker: "Trump said on Sunday that the Russian leader had gone crazy. He told reporters…": he is
    Trump), else the last person named."""
    persons = sorted((m for m in mentions if m.actor.kind == "person"), key=lambda m: m.start)
    genders = person_genders(doc, persons)
    found, k, last, last_subject = [], 0, None, None
    for token in doc:
        while k < len(persons) and persons[k].start < token.i:
            last, k = persons[k], k + 1
            if is_salient(doc, last):
                last_subject = last
        chosen = last_subject or last
        if chosen is not None and token.lower_ in PERSON_PRONOUNS and token.pos_ == "PRON" \
                and not _bound_by_common_subject(token):
            chosen = _fronted_clause_subject(token, persons[:k]) or chosen
            chosen = _not_own_subject(token, chosen, persons[:k], found)
            chosen = _not_in_own_report(doc, token, chosen, persons[:k])
            chosen = _of_own_gender(token, chosen, persons[:k], genders)
            found.append(ActorMention(token.i, token.i + 1, chosen.actor, "pronoun"))
    return found


def _of_own_gender(pronoun: Token, chosen: ActorMention, named: list[ActorMention],
                   genders: dict[Actor, str]) -> ActorMention:
    """"Ursula von der Leyen spoke in Brussels. … Barnier, too, … and he emphasized": a he/she whose
    antecedent found so far is a person the article gives the other gender (gender.py) is the nearest
    person named before it whose gender agrees or is unknown (in its own sentence, only a subject or
    speaker: "Barnier … was an advocate of Schengen and … he": not Schengen); none: it stays."""
    wanted = pronoun_gender(pronoun)
    if genders.get(chosen.actor, wanted) == wanted:
        return chosen
    agreeing = [m for m in named if genders.get(m.actor, wanted) == wanted]
    doc = pronoun.doc
    candidates = [m for m in agreeing if m.start < pronoun.sent.start or is_salient(doc, m)
                  or doc[m.start:m.end].root.dep_ in ("nsubj", "nsubjpass")]
    return (candidates or [chosen])[-1]


def _bound_by_common_subject(pronoun: Token) -> bool:
    """"a female suicide bomber detonated her explosive devices": a possessive pronoun in the
    predicate of a clause whose subject is a person named by a common noun refers to that subject
    (the nearest antecedent that commands it), not to a person named sentences before."""
    if pronoun.tag_ != "PRP$":
        return False
    verb = next((h for h in pronoun.ancestors if h.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.pos_ == "NOUN" and not s.left_edge.i <= pronoun.i <= s.right_edge.i for s in subjects)


def _fronted_clause_subject(pronoun: Token, named: list[ActorMention]) -> ActorMention | None:
    """"When Jobs first introduced the phone, he praised …", "After Kim arrived in Hanoi, he met …":
    a subject pronoun after a fronted clause of its own verb is that clause's person subject."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for clause in pronoun.head.children:
        if clause.dep_ != "advcl" or clause.i > pronoun.i:
            continue
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        found = [m for m in named if any(m.start <= s.i < m.end for s in subjects)]
        if found:
            return found[-1]
    return None


def _not_in_own_report(doc: Doc, pronoun: Token, chosen: ActorMention,
                       named: list[ActorMention]) -> ActorMention:
    """"Xi Jinping, he said, wants a deal", "'Xi wants a deal,' he said": the subject pronoun of a
    speech verb is no one named inside the words it reports (a pronoun cannot stand above its own
    antecedent: binding principle C), so it is the person named before them, the salient one first."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or not speech_verb(verb):
        return chosen
    reported = [c for c in verb.children if c.dep_ == "ccomp"]
    reported += [verb.head] if verb.dep_ == "parataxis" else []  # "Xi, he said, wants …"
    inside = {t.i for r in reported for t in (r.subtree if r is not verb.head else _without(r, verb))}
    if doc[chosen.start:chosen.end].root.i not in inside:
        return chosen
    others = [m for m in named if m.actor != chosen.actor and doc[m.start:m.end].root.i not in inside]
    salient = [m for m in others if is_salient(doc, m)]
    return (salient or others or [chosen])[-1]


def _without(head: Token, part: Token) -> list[Token]:
    """The subtree of `head` without that of `part`."""
    skipped = {t.i for t in part.subtree}
    return [t for t in head.subtree if t.i not in skipped]


def _not_own_subject(
    pronoun: Token, chosen: ActorMention, named: list[ActorMention], pronouns: list[ActorMention]
) -> ActorMention:
    """"Kim thanked Lee and praised him", "He told her": an object pronoun is not its own verb's
    subject (that would be "himself"), so it is the last other person named."""
    if pronoun.lower_ not in OBJECT_PRONOUNS or pronoun.dep_ not in ("dobj", "dative", "pobj"):
        return chosen
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    same = [m for m in [*named, *pronouns] if m.actor == chosen.actor]
    if not any(m.start <= s.i < m.end for m in same for s in subjects):
        return chosen
    others = [m for m in named if m.actor != chosen.actor]
    return others[-1] if others else chosen
