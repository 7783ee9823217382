"""Role titles as actors: "the Qatari prime minister", "Egypt's foreign minister", "Prime Minister
Benjamin Netanyahu". A title with a named person becomes that person (and gives the person a country);
a bare title becomes the person the article named with that title, else a role actor
"Prime Minister of Qatar"."""

from __future__ import annotations

from dataclasses import replace

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extract.events.actors import Actor, ActorMention, load_past_offices, load_role_qualifiers
from extract.events.salience import is_salient
from extract.syntax import sentences_back

OWNER_KINDS = ("country", "organisation", "group")
LEADER_TITLES = frozenset(
    {"Leader", "President", "Prime Minister", "King", "Emir", "Chancellor", "Supreme Leader"}
)
NAMING_BACK_SENTENCES = 5  # "Michel Barnier … The former French foreign minister": named in the five before
MAX_OWNER_GAP = 4  # tokens allowed between an owner and its title ("Qatari foreign ministry spokesperson")


class RoleResolver:
    """Folds role titles into the actor mentions of a Doc."""

    def __init__(self, matcher: PhraseMatcher, titles: dict[str, str]):
        self.matcher = matcher
        self.titles = titles

    def __call__(self, doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
        roles = filter_spans([doc[s:e] for _, s, e in self.matcher(doc)])
        roles = [r for r in roles if not any(m.start <= r.start < m.end for m in mentions)]
        known: dict[tuple[str, str], Actor] = {}
        bare = []
        for role in sorted(roles, key=lambda r: r.start):
            owner = _owner(role, mentions)
            person = _person(role, mentions)
            if person is None and _titled_name(role, mentions):
                continue  # "Al-Sharaa, leader of HTS, said": the title is said of him, no second actor
            if person is None:
                bare.append((role, owner))
                continue
            mentions = self._name_person(role, owner, person, mentions, known)
        for role, owner in bare:
            mentions = self._bare_role(role, owner, mentions, known)
        return _leaders_of(doc, mentions, known)

    def _title(self, role: Span) -> str:
        """The title, with a word before it naming another office: "Former President"."""
        title = self.titles[role.text.lower()]
        qualifiers = load_role_qualifiers()
        found = [c for c in role.root.children if c.i < role.start and c.lower_ in qualifiers]
        return f"{found[0].lower_.capitalize()} {title}" if found else title

    def _name_person(self, role, owner, person, mentions, known):
        actor = person.actor
        if owner is not None and not actor.country:
            actor = replace(actor, country=owner.actor.country or owner.actor.name)
        known[(self._title(role), owner.actor.name if owner else "")] = actor
        start = min(role.start, owner.start if owner else role.start, person.start)
        how = "role" if person.how == "entity" else person.how
        merged = ActorMention(start, max(person.end, role.end), actor, how)
        drop = {id(person), id(owner)}
        return [m for m in mentions if id(m) not in drop] + [merged]

    def _bare_role(self, role, owner, mentions, known):
        title = self._title(role)
        key = (title, owner.actor.name if owner else "")
        actor = known.get(key)
        if actor is None and owner is None:
            same = {a for (t, _), a in known.items() if t == title}
            actor = same.pop() if len(same) == 1 else None
        if actor is None and owner is not None:
            country = owner.actor.country or (owner.actor.name if owner.actor.kind == "country" else "")
            role_actor = Actor(f"{title} of {owner.actor.name}", "person", country)
            actor = _only_leader(title, country, mentions) or _past_holder(role, country, mentions) \
                or role_actor
        if actor is None:
            return mentions
        start = min(role.start, owner.start) if owner else role.start
        end = max(role.end, owner.end) if owner else role.end
        rest = [m for m in mentions if m is not owner]
        return rest + [ActorMention(start, end, actor, "role")]


def _past_holder(role: Span, country: str, mentions: list[ActorMention]) -> Actor | None:
    """"Michel Barnier … The former French foreign minister told France Television": a definite
    subject title of an office held no longer (past_offices.tsv) describes a person named before, the
    nearest named as a main-line subject or speaker (salience.py) in its sentence or the five before
    whose country, when known, is the title's."""
    root = role.root
    past = any(c.lower_ in load_past_offices() for c in root.children if c.i < role.start)
    definite = [c.lower_ for c in root.children if c.dep_ == "det"] == ["the"]
    if not past or not definite or root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    start = sentences_back(role.sent, NAMING_BACK_SENTENCES)
    earlier = sorted((m for m in mentions if m.actor.kind == "person" and start <= m.start < role.start
                      and m.how != "role"), key=lambda m: m.start)
    agreeing = [m for m in earlier if not m.actor.country or m.actor.country == country]
    subjects = [m for m in agreeing if is_salient(role.doc, m)]  # not "an advocate of Schengen"
    return subjects[-1].actor if subjects else None


def _only_leader(title: str, country: str, mentions: list[ActorMention]) -> Actor | None:
    """"The Russian leader" in an article whose only Russian person is Vladimir Putin is Putin
    (for heads of state and government only: a minister may well be someone else)."""
    if title not in LEADER_TITLES or not country:
        return None
    people = {m.actor for m in mentions if m.actor.kind == "person" and m.actor.country == country}
    return people.pop() if len(people) == 1 else None


def _owner(role: Span, mentions: list[ActorMention]) -> ActorMention | None:
    """The country/organisation a title belongs to: a modifier before it, or "of X" after it."""
    head = role.root
    found = [m for m in sorted(mentions, key=lambda m: -m.end) if m.actor.kind in OWNER_KINDS
             and role.start - MAX_OWNER_GAP <= m.end <= role.start
             and _attached(role.doc[m.start:m.end].root, head)]
    # "Iran's U.N. ambassador": the possessive owner is the office's, the other where it serves
    possessive = [m for m in found if m.end < len(role.doc) and role.doc[m.end].tag_ == "POS"]
    if possessive or found:
        return (possessive or found)[0]
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for mention in mentions:
                named = any(mention.start <= c.i < mention.end for c in prep.children)
                if named and mention.actor.kind in OWNER_KINDS:
                    return mention
    return None


def _attached(token, head, steps: int = 3) -> bool:
    """Whether `token` depends on `head` within a few steps (the same noun phrase)."""
    for _ in range(steps):
        if token.head == token:
            return False
        token = token.head
        if token == head:
            return True
    return False


def _person(role: Span, mentions: list[ActorMention]) -> ActorMention | None:
    """The person a title introduces: right after it ("Prime Minister Benjamin Netanyahu"), in apposition."""
    head = role.root
    for mention in mentions:
        if mention.actor.kind != "person":
            continue
        root = role.doc[mention.start:mention.end].root
        if mention.start == role.end or (root.dep_ == "appos" and root.head == head):
            return mention
        if mention.start <= head.i < mention.end:
            return mention
    return None


def _titled_name(role: Span, mentions: list[ActorMention]) -> bool:
    """A title in apposition after a person's name ("Al-Sharaa — leader of HTS —", "Jane Doe, a
    spokesperson for the agency,"): a description of that person, not another actor. The name keeps
    its own mention (the article's descriptions still judge it: private.py), and so does the title's
    owner ("… leader of HTS, which led the offensive": the "which" clause is HTS's)."""
    head = role.root
    if head.dep_ != "appos":
        return False
    return any(m.actor.kind == "person" and m.start <= head.head.i < m.end and m.end <= role.start
               for m in mentions)


def _leaders_of(doc: Doc, mentions: list[ActorMention], known: dict) -> list[ActorMention]:
    """"The leaders of Armenia and Azerbaijan signed": each country stands for the one person the
    article names with a head-of-state or government title of that country ("Prime Minister Nikol
    Pashinyan", "President Ilham Aliyev"); a country with no such person, or two, stays itself."""
    heads: dict[str, set[Actor]] = {}
    for (title, _), actor in known.items():
        if title in LEADER_TITLES and actor.kind == "person" and actor.country:
            heads.setdefault(actor.country, set()).add(actor)
    if not heads:
        return mentions
    owners = {o.i for t in doc if t.lower_ == "leaders" for prep in t.children
              if prep.dep_ == "prep" and prep.lower_ == "of"
              for pobj in prep.children if pobj.dep_ == "pobj" for o in [pobj, *pobj.conjuncts]}
    found = []
    for mention in mentions:
        leader = heads.get(mention.actor.name, set()) if mention.actor.kind == "country" else set()
        if len(leader) == 1 and any(mention.start <= i < mention.end for i in owners):
            mention = ActorMention(mention.start, mention.end, next(iter(leader)), "role")
        found.append(mention)
    return found
