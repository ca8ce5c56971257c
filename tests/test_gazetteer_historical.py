"""The historical places table (data/historical_places.csv) and landform names in running text."""
import csv

from chronology.paths import DATA_DIR
from chronology.pipeline import find_place_mentions
from gazetteer import distance_km
from gazetteer.records import PLACE_TYPES

GEORGETOWN_CO = (39.706, -105.697)
COLENSO = (-28.739, 29.826)


def _rows():
    with open(DATA_DIR / "historical_places.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_every_historical_place_names_its_source_and_the_road_or_campaign_it_belongs_to():
    rows = _rows()
    assert rows and all(r["source"] and r["group"] for r in rows)
    assert len({r["id"] for r in rows}) == len(rows)
    assert all(r["type"] in PLACE_TYPES and int(r["weight"]) > 0 for r in rows)


def test_a_historical_hamlet_wins_near_the_places_of_its_text(gazetteer):
    top = gazetteer.resolve("Green Lake", near=[GEORGETOWN_CO])[0]
    assert top.record.id.startswith("historical:")
    assert distance_km(*GEORGETOWN_CO, top.record.lat, top.record.lon) < 10


def test_a_historical_hamlet_does_not_shadow_a_bigger_namesake_out_of_context(gazetteer):
    top = gazetteer.resolve("Colorado City")[0]
    assert not top.record.id.startswith("historical:")


def test_a_historical_place_is_one_candidate_though_several_of_its_names_match(gazetteer):
    ids = [c.record.id for c in gazetteer.resolve("Green Lake")]
    assert ids.count("historical:green-lake-georgetown") == 1


def test_a_historical_place_says_where_it_comes_from(gazetteer):
    top = gazetteer.resolve("Chieveley", near=[COLENSO])[0]
    assert top.record.citation and "Natal campaign" in " ".join(top.reasons)


def test_an_old_spelling_of_a_historical_place_finds_it(gazetteer):
    top = gazetteer.resolve("Laffray", near=[(45.19, 5.72)])[0]     # near Grenoble
    assert top.record.name == "Laffrey"


def test_a_name_ending_in_a_landform_word_is_a_place_without_a_cue(gazetteer):
    text = "We left Denver for Georgetown. Everyone spoke of Green Lake, and Green Lake was the goal of my journey."
    ms = [m for m in find_place_mentions(text, gazetteer=gazetteer) if m.text == "Green Lake"]
    assert len(ms) == 2 and all(m.place and distance_km(*GEORGETOWN_CO, m.place.lat, m.place.lon) < 10 for m in ms)


def test_a_landform_word_before_a_name_makes_a_place():
    text = "By four the men were all ashore on the strand of the Gulf of Jouan."
    ms = {m.text: m for m in find_place_mentions(text)}
    assert ms["Gulf of Jouan"].place is not None and ms["Gulf of Jouan"].place.name == "Golfe-Juan"


def test_a_landform_name_followed_by_a_capitalised_word_is_something_else():
    text = "He sold his furs to the Hudson's Bay Company at Fort Garry."
    assert not any("Bay" in m.text for m in find_place_mentions(text))


def test_a_capitalised_word_opening_the_sentence_is_no_part_of_a_landform_name():
    text = "From Deer Valley we rode on to Denver."
    assert "Deer Valley" in {m.text for m in find_place_mentions(text)}


def test_a_cove_a_ridge_or_a_river_names_a_place_by_its_form():
    text = "The Australians held Anzac Cove while the Canadians took Vimy Ridge."
    found = {m.text: m for m in find_place_mentions(text)}
    assert found["Anzac Cove"].place is not None and found["Vimy Ridge"].place is not None


def test_a_fort_is_a_place_by_its_name_and_the_route_finds_which():
    text = "The train of wagons left Fort Kearny in May and rested at Fort Laramie in June."
    found = {m.text: m for m in find_place_mentions(text)}
    assert found["Fort Laramie"].place is not None and abs(found["Fort Laramie"].place.lon + 104.56) < 0.2


def test_the_isle_of_a_name_is_one_place_and_isle_alone_is_none():
    found = {m.text: m for m in find_place_mentions("He left Rochefort for the Isle of Aix.")}
    assert found["Isle of Aix"].place is not None and abs(found["Isle of Aix"].place.lon + 1.17) < 0.1
    assert "Isle" not in {m.text for m in find_place_mentions("He was sent to the Isle of Elba.")}


def test_an_island_of_the_table_bearing_a_curated_islands_name_is_chosen_where_the_voyage_is(gazetteer):
    text = "Pizarro sailed from Tumaco to the island of Gorgona. At Gorgona they waited seven months."
    ms = [m for m in find_place_mentions(text, gazetteer=gazetteer) if m.text == "Gorgona"]
    assert len(ms) == 2 and all(abs(m.place.lat - 2.97) < 0.1 for m in ms)
    assert any(a.name == "Gorgona" and abs(a.lat - 43.43) < 0.1 for a in ms[0].alternatives)


def test_the_curated_island_keeps_its_name_where_the_story_is_beside_it(gazetteer):
    text = "Napoleon was at Leghorn, and sailed past Gorgona to Elba."
    ms = [m for m in find_place_mentions(text, gazetteer=gazetteer) if m.text == "Gorgona"]
    assert ms and abs(ms[0].place.lat - 43.43) < 0.1


def test_a_country_named_before_says_where_an_islands_namesake_may_be(gazetteer):
    # no town is placed yet, only Panama the country: the Colombian isle is weighed beside the Tuscan one
    ranked = gazetteer.resolve("Gorgona", near=[], regions=[(8.53, -80.11)])
    assert {round(c.record.lat) for c in ranked} == {43, 3}


def test_a_region_of_antiquity_is_that_region_not_a_spelling_guess_at_a_town(gazetteer):
    for name in ("Persis", "Lycia", "Parthia", "Cilicia"):
        assert gazetteer.resolve(name)[0].record.type == "region", name


def test_a_river_named_so_is_not_the_town_of_its_name(gazetteer):
    ms = find_place_mentions("Cyrus marched from Issus to Myriandus, and then four stages to the river Chalus.",
                             gazetteer=gazetteer)
    assert "Chalus" not in [m.text for m in ms]


def test_a_name_before_a_lower_case_river_is_the_river_not_a_town_of_its_name(gazetteer):
    ms = find_place_mentions("We left St. Louis and encamped 4 miles above Grand river on the S E Side.",
                             gazetteer=gazetteer)
    assert "Grand" not in [m.text for m in ms]
