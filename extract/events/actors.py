"""Actors: the alias table (data/actors/aliases.tsv), role titles (roles.tsv) and the actor records.

An actor is one canonical name with a kind (person, country, organisation, group) and a country
where known. Places (kind "place") are in the same table so that "in Rafah" is read as a location
and never as an actor.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extract.events.tables import DATA_DIR, check_choice, read_data_table

ALIASES_PATH = DATA_DIR / "actors" / "aliases.tsv"
ROLES_PATH = DATA_DIR / "actors" / "roles.tsv"
INSTITUTIONS_PATH = DATA_DIR / "actors" / "institutions.tsv"
AGENTS_PATH = DATA_DIR / "actors" / "agents.tsv"
AGENT_PHRASES_PATH = DATA_DIR / "actors" / "agent_phrases.tsv"
GROUPS_PATH = DATA_DIR / "actors" / "groups.tsv"
HOMONYMS_PATH = DATA_DIR / "actors" / "place_homonyms.tsv"
STORY_BODIES_PATH = DATA_DIR / "actors" / "story_bodies.tsv"
COUNTRY_NOUNS_PATH = DATA_DIR / "actors" / "country_nouns.tsv"
SOURCES_PATH = DATA_DIR / "actors" / "sources.tsv"
STAFF_PATH = DATA_DIR / "actors" / "staff.tsv"
MEMBER_LINKS_PATH = DATA_DIR / "actors" / "member_links.tsv"
QUALIFIERS_PATH = DATA_DIR / "actors" / "role_qualifiers.tsv"
ACRONYM_LINKS_PATH = DATA_DIR / "actors" / "acronym_links.tsv"
PRIVATE_SECTORS_PATH = DATA_DIR / "actors" / "private_sectors.tsv"
STATE_OWNED_PATH = DATA_DIR / "actors" / "state_owned.tsv"
DISPUTING_PATH = DATA_DIR / "actors" / "disputing_verbs.tsv"
REMOVAL_PATH = DATA_DIR / "actors" / "removal_verbs.tsv"
PERSON_NOUNS_PATH = DATA_DIR / "actors" / "person_nouns.tsv"
BODY_NOUNS_PATH = DATA_DIR / "actors" / "body_nouns.tsv"
COACTOR_LINKS_PATH = DATA_DIR / "actors" / "coactor_links.tsv"
PAST_OFFICES_PATH = DATA_DIR / "actors" / "past_offices.tsv"
ACTOR_KINDS = ("person", "country", "organisation", "group")
KINDS = ACTOR_KINDS + ("place",)
ALIAS_COLUMNS = ("alias", "canonical", "kind", "country", "example")
ROLE_COLUMNS = ("role", "title", "example", "expected", "single")
INSTITUTION_COLUMNS = ("phrase", "example", "expected")
AGENT_COLUMNS = ("sector", "name", "example", "expected")
AGENT_PHRASE_COLUMNS = ("phrase", "sector", "example", "expected")
GROUP_COLUMNS = ("noun", "reading", "example", "expected")
GROUP_READINGS = ("alone", "members", "collective")
HOMONYM_COLUMNS = ("alias", "country", "example", "expected")
STORY_BODY_COLUMNS = ("phrase", "example", "trigger", "expected")
SOURCE_COLUMNS = ("noun", "example", "trigger", "expected")
STAFF_COLUMNS = ("noun", "example", "expected")
MEMBER_LINK_COLUMNS = ("word", "example", "expected")
QUALIFIER_COLUMNS = ("word", "example", "expected")
ACRONYM_LINK_COLUMNS = ("link", "example", "expected")
PRIVATE_SECTOR_COLUMNS = ("sector", "name", "phrases", "example", "expected")
STATE_OWNED_COLUMNS = ("word", "example", "expected")
DISPUTING_COLUMNS = ("verb", "example", "trigger", "expected")
REMOVAL_COLUMNS = ("verb", "example", "trigger", "expected")
PERSON_NOUN_COLUMNS = ("noun", "example", "trigger", "expected")
BODY_NOUN_COLUMNS = ("noun", "example", "trigger", "expected")
COACTOR_LINK_COLUMNS = ("link", "example", "trigger", "expected")
PAST_OFFICE_COLUMNS = ("word", "example", "trigger", "expected")
PRIVATE_PHRASES = ("imported", "listed")


@dataclass(frozen=True)
class Actor:
    """A canonical actor (or place, kind "place")."""

    name: str
    kind: str
    country: str = ""


@dataclass(frozen=True)
class ActorMention:
    """An actor named in a Doc: tokens [start, end), how it was resolved.

    `how` is one of: alias (the alias table), surname (a short name — surname or given name — of a
    full name used in the article: names.py), role
    (a title such as "the Qatari prime minister"), pronoun (he/she → the last person named), imported
    (a country the PETRARCH2 dictionary knows: data/petrarch2), agent (a generic agent: "police",
    "rebels"; arguments.py), story (a national body with no owner read as the story's country: "the
    army"; arguments.py), entity
    (spaCy's entity text, not in the table: `resolved` is False).
    """

    start: int
    end: int
    actor: Actor
    how: str

    @property
    def resolved(self) -> bool:
        return self.how != "entity"


@lru_cache(maxsize=4)
def load_aliases(path: Path = ALIASES_PATH) -> dict[str, Actor]:
    """alias as written → Actor. Aliases starting with "the" also match capitalised ("The Kremlin")."""
    table: dict[str, Actor] = {}
    for row in read_data_table(path, ALIAS_COLUMNS, required=("alias", "canonical", "kind")):
        kind = check_choice(path, row, "kind", KINDS)
        actor = Actor(row["canonical"], kind, row["country"])
        table[row["alias"]] = actor
        if row["alias"].startswith("the "):
            table["The " + row["alias"][4:]] = actor
    return table


@lru_cache(maxsize=4)
def load_roles(path: Path = ROLES_PATH) -> dict[str, str]:
    """lower-case role phrase ("prime minister") → title ("Prime Minister")."""
    rows = read_data_table(path, ROLE_COLUMNS, ("role", "title"))
    return {row["role"].lower(): row["title"] for row in rows}


@lru_cache(maxsize=4)
def load_single_roles(path: Path = ROLES_PATH) -> dict[str, str]:
    """The role phrases one person holds at a time in a country (column `single` "yes": "prime
    minister", not "minister" or "envoy") → title: the offices whose holders are looked up by date."""
    rows = read_data_table(path, ROLE_COLUMNS, ("role", "title"))
    single = [row for row in rows if check_choice(path, row, "single", ("yes", "")) == "yes"]
    return {row["role"].lower(): row["title"] for row in single}


def _lowered_words(path: Path, columns: tuple[str, ...], key: str) -> frozenset[str]:
    """The `key` column of a one-word-per-row table, lower-cased."""
    return frozenset(row[key].lower() for row in read_data_table(path, columns, (key,)))


@lru_cache(maxsize=4)
def load_story_bodies(path: Path = STORY_BODIES_PATH) -> frozenset[str]:
    """National bodies named with no owner that stand for the story's country ("the army")."""
    return _lowered_words(path, STORY_BODY_COLUMNS, "phrase")


@lru_cache(maxsize=4)
def load_country_nouns(path: Path = COUNTRY_NOUNS_PATH) -> frozenset[str]:
    """Nouns that refer back to a country as an agent's owner ("the country's security forces")."""
    return _lowered_words(path, STORY_BODY_COLUMNS, "phrase")


@lru_cache(maxsize=4)
def load_unnamed_sources(path: Path = SOURCES_PATH) -> frozenset[str]:
    """Nouns (lemmas) citing unnamed sources ("security sources", "officials"): an attribution only."""
    return _lowered_words(path, SOURCE_COLUMNS, "noun")


@lru_cache(maxsize=4)
def load_staff(path: Path = STAFF_PATH) -> frozenset[str]:
    """Nouns (lemmas) of a leader's staff ("administration", "official"): they act for the country."""
    return _lowered_words(path, STAFF_COLUMNS, "noun")


@lru_cache(maxsize=4)
def load_member_links(path: Path = MEMBER_LINKS_PATH) -> frozenset[str]:
    """Lemmas after a generic agent naming what it belongs to ("belonging to", "loyal to")."""
    return _lowered_words(path, MEMBER_LINK_COLUMNS, "word")


@lru_cache(maxsize=4)
def load_role_qualifiers(path: Path = QUALIFIERS_PATH) -> frozenset[str]:
    """Words before a title naming another office ("former", "deputy"; role_qualifiers.tsv)."""
    return _lowered_words(path, QUALIFIER_COLUMNS, "word")


@lru_cache(maxsize=4)
def load_past_offices(path: Path = PAST_OFFICES_PATH) -> frozenset[str]:
    """Words before a title saying the office is held no longer ("former", "late"; past_offices.tsv)."""
    return _lowered_words(path, PAST_OFFICE_COLUMNS, "word")


@lru_cache(maxsize=4)
def load_acronym_links(path: Path = ACRONYM_LINKS_PATH) -> frozenset[str]:
    """The words that give a name its acronym right after it ("(", "or"; acronym_links.tsv)."""
    return _lowered_words(path, ACRONYM_LINK_COLUMNS, "link")


def country_body(country: str, phrase: str) -> Actor:
    """The body `phrase` of `country`: its alias ("Israeli army" → Israel Defense Forces), else the
    country itself (as "the Russian military" → Russia)."""
    aliases = load_aliases()
    names = [a for a, actor in aliases.items() if actor.name == country and actor.kind == "country"]
    return next((aliases[f"{n} {phrase}"] for n in names if f"{n} {phrase}" in aliases),
                Actor(country, "country", country))


@lru_cache(maxsize=4)
def load_institutions(path: Path = INSTITUTIONS_PATH) -> tuple[tuple[str, ...], ...]:
    """Generic bodies ("defence ministry", "officials") that stand for their owner: "Russia's defence
    ministry" is Russia. As word tuples, longest first."""
    rows = read_data_table(path, INSTITUTION_COLUMNS, ("phrase",))
    phrases = {tuple(row["phrase"].lower().split()) for row in rows}
    return tuple(sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=4)
def load_agent_sectors(path: Path = AGENTS_PATH) -> dict[str, str]:
    """Phoenix sector code of a generic agent that acts on its own ("COP") → its name ("police")."""
    rows = read_data_table(path, AGENT_COLUMNS, ("sector", "name"))
    return {row["sector"]: row["name"] for row in rows}


@lru_cache(maxsize=4)
def load_agent_phrases(path: Path = AGENT_PHRASES_PATH) -> dict[str, str]:
    """Hand-written generic agent phrases the Phoenix table lacks ("opposition group") → sector; a
    sector must be one of agents.tsv."""
    rows = read_data_table(path, AGENT_PHRASE_COLUMNS, ("phrase", "sector"))
    sectors = tuple(load_agent_sectors()) + tuple(load_private_sectors())
    return {row["phrase"].lower(): check_choice(path, row, "sector", sectors) for row in rows}


@lru_cache(maxsize=4)
def load_private_sectors(path: Path = PRIVATE_SECTORS_PATH) -> dict[str, tuple[str, str]]:
    """Phoenix sector code of a private agent ("BUS") → (its name, "business"; where its phrases come
    from: "imported" or "listed"): a nationality adjective makes it the country's sector, not the state
    (private_sectors.tsv)."""
    rows = read_data_table(path, PRIVATE_SECTOR_COLUMNS, ("sector", "name", "phrases"))
    return {row["sector"]: (row["name"], check_choice(path, row, "phrases", PRIVATE_PHRASES)) for row in rows}


@lru_cache(maxsize=4)
def load_state_owned(path: Path = STATE_OWNED_PATH) -> frozenset[str]:
    """Words saying the state owns a private agent ("state media", "state-owned companies")."""
    return _lowered_words(path, STATE_OWNED_COLUMNS, "word")


@lru_cache(maxsize=4)
def load_disputing_verbs(path: Path = DISPUTING_PATH) -> frozenset[str]:
    """Verbs (lemmas) by which a speaker disputes its complement ("denied that …"): no attribution."""
    return _lowered_words(path, DISPUTING_COLUMNS, "verb")


@lru_cache(maxsize=4)
def load_removal_verbs(path: Path = REMOVAL_PATH) -> frozenset[str]:
    """Verbs (lemmas) of putting someone out of a body or country ("expelled from the party")."""
    return _lowered_words(path, REMOVAL_COLUMNS, "verb")


@lru_cache(maxsize=4)
def load_person_nouns(path: Path = PERSON_NOUNS_PATH) -> frozenset[str]:
    """Nouns naming a person by occupation that refer back to a named person ("the French politician")."""
    return _lowered_words(path, PERSON_NOUN_COLUMNS, "noun")


@lru_cache(maxsize=4)
def load_body_nouns(path: Path = BODY_NOUNS_PATH) -> frozenset[str]:
    """Nouns that, as "the NOUN", refer back to a named organisation ("the movement", "the group")."""
    return _lowered_words(path, BODY_NOUN_COLUMNS, "noun")


@lru_cache(maxsize=4)
def load_coactor_links(path: Path = COACTOR_LINKS_PATH) -> frozenset[str]:
    """Words joining a second doer to the subject ("along with", "together with", "alongside")."""
    return _lowered_words(path, COACTOR_LINK_COLUMNS, "link")


def sector_name(sector: str) -> str:
    """The name of a generic agent's sector ("COP" → "police", "BUS" → "business")."""
    return load_agent_sectors().get(sector) or load_private_sectors()[sector][0]


@lru_cache(maxsize=4)
def load_groups(path: Path = GROUPS_PATH) -> dict[str, str]:
    """Nouns naming people by what they are ("elder", "prisoner") or a collective of them ("group")
    → how they are read: alone, members (only in a collective's of-phrase), collective (groups.tsv)."""
    rows = read_data_table(path, GROUP_COLUMNS, ("noun", "reading"))
    return {row["noun"].lower(): check_choice(path, row, "reading", GROUP_READINGS) for row in rows}


@lru_cache(maxsize=4)
def load_place_homonyms(path: Path = HOMONYMS_PATH) -> dict[str, tuple[str, ...]]:
    """Alias ("Tripoli") → the other countries it names a place in ("Lebanon"; place_homonyms.tsv)."""
    found: dict[str, list[str]] = {}
    for row in read_data_table(path, HOMONYM_COLUMNS, ("alias", "country")):
        found.setdefault(row["alias"], []).append(row["country"])
    return {alias: tuple(countries) for alias, countries in found.items()}


def agent_actor(country: str, sector: str) -> Actor:
    """The generic agent of a country as one actor: "Egyptian police" → "Egypt (police)"."""
    return Actor(f"{country} ({sector_name(sector)})", "group", country)


def _agent_info(name: str) -> Actor | None:
    owner, _, rest = name.partition(" (")
    names = {*load_agent_sectors().values(), *(name for name, _ in load_private_sectors().values())}
    if rest.endswith(")") and rest[:-1] in names:
        return Actor(name, "group", owner)
    return None


@lru_cache(maxsize=1)
def _canonical_index() -> dict[str, Actor]:
    return {actor.name: actor for actor in load_aliases().values()}


def actor_info(name: str) -> Actor | None:
    """Kind and country of a canonical actor name as found in events tables, or None when unknown.

    Role actors ("Prime Minister of Qatar") are persons of the owner's country, generic agents of a
    country ("Egypt (police)") groups of that country.
    """
    known = _canonical_index().get(name) or _agent_info(name)
    if known is not None:
        return known
    first, _, rest = name.partition(" ")
    office = rest if first.lower() in load_role_qualifiers() else name  # "Former President of Brazil"
    for title in load_roles().values():
        prefix = title + " of "
        if office.startswith(prefix):
            owner = _canonical_index().get(office[len(prefix):])
            country = owner.country if owner else office[len(prefix):]
            return Actor(name, "person", country)
    return None
