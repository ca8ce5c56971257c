"""The world table (data/world_features.csv): states and territories, islands, capes and waters that
voyages and campaigns name, read as curated places."""
import math

import chronology

import pytest

from chronology.places import find_places
from chronology.text import Doc
from gazetteer.curated import WORLD_FEATURES_PATH, load


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def mention(text, name, gazetteer):
    (m,) = [m for m in find_places(Doc(text), gazetteer) if m.text == name]
    return m


def test_every_row_loads_with_a_known_type_and_a_source():
    rows = load(WORLD_FEATURES_PATH)
    assert len(rows) > 500 and all(r.citation for r in rows)


def test_an_island_state_resolves_to_its_island_not_a_town_of_its_name(gazetteer):
    malta = gazetteer.best("Malta")
    assert (malta.type, malta.country) == ("island", "MT") and km(malta.lat, malta.lon, 35.90, 14.45) < 15


@pytest.mark.parametrize("old, lat, lon", [
    ("Otaheite", -17.65, -149.43), ("Van Diemen's Land", -42.0, 146.6), ("Owhyhee", 19.6, -155.5),
    ("Barbadoes", 13.17, -59.55), ("Negropont", 38.5, 23.9), ("Fernando Po", 3.5, 8.7),
    ("Candia", 35.24, 24.9), ("Zante", 37.78, 20.8), ("Behring's Straits", 65.8, -169.0)])
def test_an_old_name_resolves_to_the_feature(gazetteer, old, lat, lon):
    r = gazetteer.best(old)
    assert r.source == "curated" and km(r.lat, r.lon, lat, lon) < 50


def test_a_cape_resolves_to_the_headland(gazetteer):
    cape = gazetteer.best("Cape St. Vincent")
    assert cape.type == "cape" and km(cape.lat, cape.lon, 37.02, -8.99) < 5


def test_a_gulf_is_found_by_its_other_name(gazetteer):
    # Sardinia's Golfo di Palmas, not the bay of Palma on Majorca
    gulf = gazetteer.best("Gulf of Palma")
    assert gulf.id == "gulf-of-palmas" and gulf.type == "gulf"


def test_a_cape_in_the_text_is_one_mention_not_the_island_of_its_saint(gazetteer):
    m = mention("On the 17th he came in sight of Cape St. Vincent.", "Cape St. Vincent", gazetteer)
    assert m.place.id == "cape-st-vincent"


def test_a_peer_named_after_an_island_is_not_the_island(gazetteer):
    ms = find_places(Doc("He sent the news to Earl St. Vincent at once."), gazetteer)
    assert [m for m in ms if m.place is not None and m.place.id == "saint-vincent"] == []


def test_the_island_is_still_found_after_a_place_cue_in_its_short_spelling(gazetteer):
    m = mention("The fleet sailed from Barbadoes to St. Vincent.", "St. Vincent", gazetteer)
    assert m.place.id == "saint-vincent"


def test_a_port_town_named_like_its_island_stays_the_town(gazetteer):
    # the island is in the table under its own name (Unguja); the town is where ships put in
    z = gazetteer.best("Zanzibar")
    assert z.source == "geonames" and z.type == "city"


def test_a_state_named_with_an_island_word_is_read_whole(gazetteer):
    # no bare 'Jersey' in the table: 'New Jersey' is not the Channel island
    ms = find_places(Doc("In 1850 he moved to New Jersey."), gazetteer)
    assert [m.text for m in ms] == ["New Jersey"] and (ms[0].place is None or ms[0].place.id != "jersey")


def test_a_mountain_named_with_an_island_word_is_read_whole(gazetteer):
    m = mention("They climbed Ben Nevis in the rain.", "Ben Nevis", gazetteer)
    assert m.place.id == "ben-nevis"


def test_a_longer_name_holding_a_country_is_read_whole(gazetteer):
    ms = find_places(Doc("A carriage drawn by New Holland horses waited."), gazetteer)
    assert [m.text for m in ms] == ["New Holland"]


def test_a_city_named_like_an_island_elsewhere_stays_the_city(gazetteer):
    # La Palma in the Canaries and the Gulf of Palmas in Sardinia are rows under their full names
    palma = gazetteer.best("Palma")
    assert palma.source == "geonames" and palma.country == "ES" and km(palma.lat, palma.lon, 39.57, 2.65) < 10


def test_the_channel_islands_are_not_the_channel(gazetteer):
    m = mention("He was sent to the Channel Islands.", "the Channel Islands", gazetteer)
    assert m.place.id == "channel-islands"


def test_a_volcano_climbed_is_a_stop_of_the_journey():
    c = chronology.build("On 3 May 1866 we left Naples and ascended Vesuvius. Next day we climbed Mount Etna.",
                         narrator=True)
    assert [leg.to.name for leg in c.legs] == ["Mount Vesuvius", "Mount Etna"]


def test_every_row_of_the_mountains_table_loads_as_a_curated_summit_volcano_or_pass():
    from gazetteer import curated
    rows = curated.load(curated.MOUNTAINS_PATH)
    assert len(rows) > 400 and {r.type for r in rows} == {"mountain", "volcano", "pass"}
