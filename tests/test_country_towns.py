"""A country named where a town is meant is the city of its name."""
from chronology.pipeline import find_place_mentions


def names(text, gazetteer):
    return [(m.text, m.place.name if m.place else None) for m in find_place_mentions(text, gazetteer=gazetteer)]


def test_the_port_of_panama_is_panama_city(gazetteer):
    assert ("Panama", "Panama City") in names("In 1527 Pizarro sailed from the port of Panama.", gazetteer)


def test_the_city_of_mexico_is_mexico_city(gazetteer):
    assert ("Mexico", "Mexico City") in names("In 1864 he entered the city of Mexico.", gazetteer)


def test_a_country_named_as_a_country_stays_one(gazetteer):
    assert ("Panama", "Panama") in names("In 1527 Panama was a Spanish colony.", gazetteer)
