"""A place named right after another to say where it lies ('Palma in Majorca') is its container, no stop."""
from chronology.pipeline import find_place_mentions
from chronology.place_containers import container_of, containers


def _pairs(text, gazetteer):
    ms = find_place_mentions(text, gazetteer=gazetteer)
    return {ms[outer].text: ms[inner].text for outer, inner in containers(text, ms).items()}


def test_an_island_named_after_a_town_on_it_is_the_towns_container(gazetteer):
    text = "The squadron anchored at Palma in Majorca, and sailed on to Minorca."
    assert _pairs(text, gazetteer) == {"Majorca": "Palma"}


def test_a_country_after_a_comma_and_in_is_the_container_of_a_town_of_it(gazetteer):
    text = "She lived at Lyon, in France, before she moved to Geneva."
    assert _pairs(text, gazetteer) == {"France": "Lyon"}


def test_a_move_from_a_town_to_an_island_is_no_containment(gazetteer):
    assert _pairs("He went from Naples to Sicily.", gazetteer) == {}


def test_the_container_of_a_mention_is_the_wide_place_named_right_after_it(gazetteer):
    text = "The squadron anchored at Palma in Majorca."
    ms = find_place_mentions(text, gazetteer=gazetteer)
    assert container_of(text, ms, 0).text == "Majorca" and container_of(text, ms, 1) is None


def test_a_wide_place_far_from_the_place_before_it_is_no_container():
    from chronology.models import PlaceMention, PlaceRef
    text = "Lisbon in Minorca"
    lisbon = PlaceMention(text="Lisbon", start=0, end=6, resolution="curated",
                          place=PlaceRef(name="Lisbon", lat=38.72, lon=-9.14, type="city"))
    minorca = PlaceMention(text="Minorca", start=10, end=17, resolution="curated",
                           place=PlaceRef(name="Minorca", lat=39.95, lon=4.05, type="island"))
    assert containers(text, [lisbon, minorca]) == {}
