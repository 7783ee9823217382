import pytest

from dashboard.countries import actor_countries, country_of


# Every row of data/actor_countries.tsv is its own example: actor -> country.
@pytest.mark.parametrize(("actor", "country"), sorted(actor_countries().items()))
def test_every_table_entry(actor, country):
    assert country_of(actor) == country


@pytest.mark.parametrize(("actor", "country"), [
    ("Palestine", "Palestine"),
    ("Unknown Person", "Other"),
    ("Dmitry Peskov", "Russia"),  # from the engine's actor table
    ("Prime Minister of Qatar", "Qatar"),  # a role actor: the owner's country
])
def test_countries_and_unknown_actors(actor, country):
    assert country_of(actor) == country
