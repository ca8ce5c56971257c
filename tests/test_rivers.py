"""The rivers table (data/rivers.csv): a river named with the river word is the river, at the point where
it ends; two rivers of one name are told apart by the places around them."""
import math

import pytest

from chronology.pipeline import find_place_mentions
from gazetteer.rivers import RIVERS_PATH, load, names_of


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def test_every_river_loads_with_its_end_and_a_source():
    rows = load(RIVERS_PATH)
    assert len(rows) > 400 and all(r.type == "river" and r.citation for r in rows)


def test_a_river_is_named_with_the_river_word_either_side_in_either_case():
    assert set(names_of("Platte")) == {"Platte River", "Platte river", "River Platte", "river Platte"}
    assert names_of("Rio Grande") == ["Rio Grande"]


def test_a_name_another_curated_place_holds_is_left_to_it():
    (platte,) = [r for r in load(RIVERS_PATH, taken=frozenset({"river platte"})) if r.id == "river:platte"]
    assert "river Platte" not in platte.all_names() and "Platte River" in platte.all_names()


@pytest.mark.parametrize("text, name, lat, lon", [
    ("At 8 A. M. we passed the entrance of the great river Platt, which is low.", "river Platt", 41.05, -95.88),
    ("We came down to St. Louis and camped four miles above Grand river.", "Grand river", 39.38, -93.11),
])
def test_a_river_named_with_the_river_word_is_the_river_at_its_end(gazetteer, text, name, lat, lon):
    # (at its entrance or above it, the river's end is a point on the way: a confluence)
    (m,) = [m for m in find_place_mentions(text, gazetteer=gazetteer) if m.text == name]
    assert m.place.type == "confluence" and km(m.place.lat, m.place.lon, lat, lon) < 20


def test_a_river_is_never_a_town_of_its_name(gazetteer):
    # the town of Aldan was founded in 1924; "the river Aldan" of 1867 is the river
    ms = [m for m in find_place_mentions("We pushed westward toward the river Aldan.", gazetteer=gazetteer)
          if "Aldan" in m.text]
    assert ms and all(m.place.type == "river" for m in ms)


def test_a_camp_above_a_river_or_at_its_mouth_is_a_stop_at_that_mouth():
    from chronology.pipeline import build
    chron = build("On 16 September 1806 we set out from St. Louis and passed St. Charles. On 17 September we "
                  "decended 30 miles and encamped 4 miles above Grand river. On 19 September we arived at the "
                  "mouth of the Osage River.", narrator=True)
    ends = [(l.to.name, l.to.type) for l in chron.legs]
    assert ("Grand River (mouth)", "confluence") in ends and ("Osage River (mouth)", "confluence") in ends


def test_a_river_crossed_or_gone_toward_is_no_stop():
    from chronology.pipeline import build
    chron = build("On 2 May 1849 we left St. Joseph. On 20 May we crossed the river Platte and pushed on toward "
                  "the river Aldan.", narrator=True)
    assert not any(l.to.type in ("river", "confluence") for l in chron.legs)
