"""Gazetteer lookups and place recognition in text."""
import math

import pytest

import chronology
from chronology.text import Doc
from chronology.places import find_places
from chronology.pipeline import find_place_mentions


def km(a, b):
    (la1, lo1), (la2, lo2) = a, b
    p1, p2 = math.radians(la1), math.radians(la2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


# (historical name, modern lat, modern lon): modern coordinates from GeoNames/Wikipedia
HISTORICAL_NAMES = [
    ("Tiflis", 41.69, 44.83), ("Cracow", 50.06, 19.94), ("Abo", 60.45, 22.27), ("Åbo", 60.45, 22.27),
    ("Helsingfors", 60.17, 24.94), ("Kutais", 42.27, 42.70), ("Batum", 41.64, 41.64), ("Lemberg", 49.84, 24.03),
    ("Königsberg", 54.71, 20.51), ("Danzig", 54.35, 18.65), ("Constantinople", 41.01, 28.98),
    ("Christiania", 59.91, 10.75), ("Tsaritsyn", 48.71, 44.51), ("Vyatka", 58.60, 49.67),
    ("Petrograd", 59.94, 30.31), ("Port Arthur", 38.81, 121.26), ("Petersburg", 59.94, 30.31),
    ("St. Petersburg", 59.94, 30.31), ("Leningrad", 59.94, 30.31), ("Stalingrad", 48.71, 44.51),
    ("Erivan", 40.18, 44.51), ("Elizavetpol", 40.68, 46.36), ("Vilna", 54.69, 25.28), ("Wilno", 54.69, 25.28),
    ("Kovno", 54.90, 23.90), ("Reval", 59.44, 24.75), ("Dorpat", 58.38, 26.72), ("Mitau", 56.65, 23.72),
    ("Kishinev", 47.01, 28.86), ("Yekaterinoslav", 48.46, 35.05), ("Ekaterinburg", 56.84, 60.61),
    ("Sverdlovsk", 56.84, 60.61), ("Simbirsk", 54.31, 48.40), ("Nizhni Novgorod", 56.33, 44.00),
    ("Nizhniy Novgorod", 56.33, 44.00), ("Novonikolaevsk", 55.04, 82.93), ("Ust-Sysolsk", 61.67, 50.84),
    ("Kiev", 50.45, 30.52), ("Kharkov", 49.99, 36.23), ("Odessa", 46.48, 30.73), ("Archangel", 64.54, 40.54),
    ("Yekaterinodar", 45.04, 38.98), ("Tot'ma", 59.97, 42.76), ("Totma", 59.97, 42.76),
    ("Helsinki", 60.17, 24.94), ("Viborg", 60.71, 28.75), ("Tammerfors", 61.50, 23.79),
    ("Uleåborg", 65.01, 25.47), ("Breslau", 51.11, 17.04), ("Posen", 52.41, 16.93), ("Stettin", 53.43, 14.55),
    ("Pressburg", 48.15, 17.11), ("Laibach", 46.05, 14.51), ("Agram", 45.81, 15.98), ("Czernowitz", 48.29, 25.94),
    ("Krakau", 50.06, 19.94), ("Prag", 50.09, 14.42), ("Wien", 48.21, 16.37), ("Smyrna", 38.42, 27.14),
    ("Trebizond", 41.00, 39.72), ("Salonica", 40.64, 22.94), ("Adrianople", 41.68, 26.56),
    ("Stamboul", 41.01, 28.98), ("Mukden", 41.80, 123.43), ("Verny", 43.25, 76.92), ("Alma-Ata", 43.25, 76.92),
    ("Ashkhabad", 37.95, 58.38), ("Semipalatinsk", 50.41, 80.23), ("Kuibyshev", 53.20, 50.15),
    ("Gorky", 56.33, 44.00), ("Kalinin", 56.86, 35.90), ("Stalino", 48.02, 37.80), ("Hughesovka", 48.02, 37.80),
    ("Sukhum", 43.00, 41.02), ("Ordzhonikidze", 43.04, 44.68), ("Vladikavkaz", 43.04, 44.68),
    ("Kamenets Podolsk", 48.68, 26.58), ("Zhitomir", 50.25, 28.66), ("Mogilev", 53.91, 30.34),
    ("Grodno", 53.68, 23.83), ("Lodz", 51.76, 19.46), ("Czestochowa", 50.80, 19.12), ("Sosnovitsy", 50.29, 19.10),
    ("Terijoki", 60.19, 29.70), ("Torneå", 65.85, 24.15), ("Nikolaistad", 63.10, 21.62), ("Syktyvkar", 61.67, 50.84),
    ("Narym", 58.93, 81.60), ("Kolpashevo", 58.31, 82.90), ("Turukhansk", 65.80, 87.96), ("Kureika", 66.48, 87.23),
    ("Solvychegodsk", 61.33, 46.92), ("Shushenskoye", 53.33, 91.93), ("Minusinsk", 53.71, 91.69),
    ("Novaya Uda", 54.67, 103.37), ("Yakutsk", 62.03, 129.73), ("Irkutsk", 52.29, 104.30),
    ("Yeniseisk", 58.45, 92.17), ("Tobolsk", 58.20, 68.26), ("Nerchinsk", 51.98, 116.58),
    ("Kirovabad", 40.68, 46.36), ("Kristiania", 59.91, 10.75), ("Marseilles", 43.30, 5.37), ("Genf", 46.20, 6.15),
    ("Teheran", 35.69, 51.42), ("Tsargrad", 41.01, 28.98), ("Chisinau", 47.01, 28.86),
]


def test_at_least_a_hundred_historical_names():
    assert len(HISTORICAL_NAMES) >= 100


@pytest.mark.parametrize("name,lat,lon", HISTORICAL_NAMES)
def test_historical_name_resolves_within_25_km(gazetteer, name, lat, lon):
    rec = gazetteer.best(name)
    assert rec is not None, name
    assert km((rec.lat, rec.lon), (lat, lon)) <= 25


def test_nikolsk_in_a_vologda_text_is_the_vologda_one(gazetteer):
    (m,) = [m for m in find_places(Doc("He was exiled from Vologda to Nikolsk."), gazetteer) if m.text == "Nikolsk"]
    assert km((m.place.lat, m.place.lon), (59.53, 45.45)) < 25


def test_geonames_candidates_prefer_the_text_region(gazetteer):
    near_vologda = gazetteer.resolve("Nikolsk", near=[(59.22, 39.89)], geonames=True)
    assert near_vologda[0].record.source == "curated"


def test_petersburg_is_not_in_virginia(gazetteer):
    rec = gazetteer.best("Petersburg")
    assert rec.country == "RU"


def test_georgia_in_a_caucasus_text_is_the_country(gazetteer):
    (m,) = [m for m in find_places(Doc("He left Tiflis and Georgia for Baku."), gazetteer) if m.text == "Georgia"]
    assert km((m.place.lat, m.place.lon), (42.3, 43.4)) < 250


def test_names_are_case_accent_and_apostrophe_insensitive(gazetteer):
    assert gazetteer.best("krakow").id == gazetteer.best("Kraków").id == gazetteer.best("Cracow").id
    assert gazetteer.best("Tot’ma").id == gazetteer.best("Totma").id


def test_multiword_names_are_one_mention(gazetteer):
    ms = find_places(Doc("He walked along Nevsky Prospect, then took the train to Rostov-on-Don."), gazetteer)
    assert [m.text for m in ms] == ["Nevsky Prospect", "Rostov-on-Don"]


def test_cast_people_are_not_places(gazetteer):
    ms = find_places(Doc("Lena Petrova went to Moscow."), gazetteer, people=["Lena Petrova"])
    assert [m.text for m in ms] == ["Moscow"]


def test_guesthouse_named_after_a_country_is_not_the_country(gazetteer):
    ms = find_places(Doc("He took a room at the boarding-house “Russia” in Petersburg."), gazetteer)
    russia = [m for m in ms if m.text == "Russia"]
    assert russia and russia[0].place is None


def test_person_mostly_named_outside_place_cues_is_not_a_place(gazetteer):
    text = "Lenin wrote. Lenin said no. Lenin laughed. They went to Lenin."
    assert [m for m in find_places(Doc(text), gazetteer) if m.text == "Lenin"] == []


def test_historical_name_out_of_its_time_is_not_matched(gazetteer):
    ms = find_places(Doc("Molotov met him in Perm."), gazetteer, story_year=1912)
    assert [m.text for m in ms] == ["Perm"]


def test_unknown_name_after_movement_cue_is_found_in_geonames(gazetteer):
    ms = find_places(Doc("In 1890 he travelled to Borovichi by cart."), gazetteer)
    assert [(m.text, m.resolution) for m in ms] == [("Borovichi", "geonames")]


def test_seed_places_scores(seed_text, gazetteer):
    ms = chronology.find_place_mentions(seed_text, gazetteer=gazetteer)
    assert sum(1 for m in ms if m.place is not None) > 200


def test_a_family_named_after_a_person_is_not_a_place(gazetteer):
    text = "Lenin wrote to him. Lenin waited. He was ravenous by the time he reached the Lenins."
    found = find_place_mentions(text, gazetteer=gazetteer)
    assert "Lenins" not in [p.text for p in found]


def test_an_establishment_named_after_a_country_is_a_building_in_the_scene_town(gazetteer):
    text = "On 6 September he took the train to Petersburg. He stayed at the boarding-house “Russia” on the quay."
    m = [p for p in find_place_mentions(text, gazetteer=gazetteer) if p.text == "Russia"][0]
    assert m.place.type == "building" and m.resolution == "context"
    assert m.place.name.startswith("Russia") and "Saint Petersburg" in m.place.name


def test_an_adjective_of_a_town_names_the_town_but_one_of_a_country_does_not(gazetteer):
    text = "He was released with a pass back to Vologdan exile. He went back to Georgian friends."
    found = {p.text: p for p in find_place_mentions(text, gazetteer=gazetteer)}
    assert found["Vologdan"].place.name == "Vologda"
    assert "Georgian" not in found or found["Georgian"].place is None


def test_a_persons_venue_is_a_building_in_the_scene_town(gazetteer):
    text = "In May 1913 he arrived in Vienna. They ate at Schmidt’s café most evenings."
    m = [p for p in find_place_mentions(text, gazetteer=gazetteer) if p.text == "Schmidt’s café"][0]
    assert m.place.type == "building" and "Vienna" in m.place.name and m.resolution == "context"


def test_going_to_the_capital_moves_the_scene(gazetteer):
    text = ("In February 1912 he was in Vologda. He caught the train for Moscow, and then went on to the capital. "
            "He was hungry, so they ate at Fedorov’s restaurant.")
    m = [p for p in find_place_mentions(text, gazetteer=gazetteer) if p.text == "Fedorov’s restaurant"][0]
    assert "Saint Petersburg" in m.place.name


def test_a_capital_an_ocean_away_beats_a_hamlet_of_the_same_name(gazetteer):
    text = "In 1936 he sailed from Key West to Havana and flew to New York. In 1937 he went to Madrid."
    found = {p.text: p for p in find_place_mentions(text, gazetteer=gazetteer)}
    assert abs(found["Madrid"].place.lat - 40.42) < 0.5 and abs(found["Madrid"].place.lon + 3.7) < 0.5


def test_places_named_after_a_mention_help_resolve_it(gazetteer):
    text = ("On 14 November 1889 she left Hoboken on the steamer. She landed at Southampton on 22 November "
            "and went by train to London.")
    found = {p.text: p for p in find_place_mentions(text, gazetteer=gazetteer)}
    assert found["Southampton"].place.lon == pytest.approx(-1.4, abs=0.3)


def test_countries_and_their_old_names_are_the_countries_not_towns_so_named(gazetteer):
    egypt = gazetteer.best("Egypt")
    ceylon = gazetteer.best("Ceylon")
    assert egypt.type == "country" and 22 < egypt.lat < 32 and 25 < egypt.lon < 35
    assert ceylon.name == "Sri Lanka"


def test_a_capitalised_word_before_a_landform_word_that_opens_a_name_is_part_of_it(gazetteer):
    from chronology.pipeline import find_place_mentions
    found = find_place_mentions("They paid a visit to Salt Lake City before going on.", gazetteer=gazetteer)
    assert [m.text for m in found] == ["Salt Lake City"] and found[0].place is not None


def test_a_settlement_word_with_a_comma_and_a_place_of_its_own_still_names_what_it_is_called(gazetteer):
    from chronology.pipeline import find_place_mentions
    text = ("Beyond the ford a small town, named Quarrinby, stood on the bank. We rode to a hamlet on the hill, "
            "called properly Fenwold.")
    assert {"Quarrinby", "Fenwold"} <= {m.text for m in find_place_mentions(text, gazetteer=gazetteer)}


def test_a_footnote_mark_between_a_name_and_what_the_text_says_it_is_does_not_hide_it(gazetteer):
    from chronology.pipeline import find_place_mentions
    text = "Two days later they came to Harrowgate-on-the-moor (3), a populous city, and halted there."
    assert "Harrowgate-on-the-moor" in {m.text for m in find_place_mentions(text, gazetteer=gazetteer)}


def test_by_and_a_name_in_a_clause_of_motion_is_the_way_taken(gazetteer):
    from chronology.pipeline import find_place_mentions
    text = "In March we travelled north by Terni, Spoleto and Foligno, and came home by Calcutta."
    assert {"Terni", "Spoleto", "Foligno", "Calcutta"} <= {m.text for m in find_place_mentions(text, gazetteer=gazetteer)}


def test_by_and_a_name_after_a_passive_or_an_agents_participle_is_no_way(gazetteer):
    from chronology.pipeline import find_place_mentions
    text = ("We rode to Turin, escorted by Cossacks. At Milan we were met by Ivanov, and the road we travelled had "
            "been built by Telford.")
    names = {m.text for m in find_place_mentions(text, gazetteer=gazetteer)}
    assert {"Turin", "Milan"} <= names and not names & {"Cossacks", "Ivanov", "Telford"}


def test_a_word_of_direction_between_a_verb_of_motion_and_its_preposition_keeps_the_cue(gazetteer):
    from chronology.pipeline import find_place_mentions
    text = "After a week the caravan marched west to Quorrabad and rode on to Tillyvale."
    assert {"Quorrabad", "Tillyvale"} <= {m.text for m in find_place_mentions(text, gazetteer=gazetteer)}


def test_a_name_right_after_a_place_and_to_is_the_next_stop(gazetteer):
    from chronology.pipeline import find_place_mentions
    text = "The army marched by Leiria to Coimbra, and later from Bologna to Ferrara."
    assert {"Leiria", "Coimbra", "Ferrara"} <= {m.text for m in find_place_mentions(text, gazetteer=gazetteer)}


def test_a_known_name_after_another_capitalised_word_may_end_a_longer_name(gazetteer):
    from chronology.pipeline import find_place_mentions
    text = "We went on by Nijni Novgorod down the Volga, and from Ujiji on Lake Tanganyika we sailed north."
    found = {m.text: m for m in find_place_mentions(text, gazetteer=gazetteer)}
    assert "Novgorod" not in found and found["Nijni Novgorod"].place.name == "Nizhniy Novgorod"
    assert "Tanganyika" not in found and "Lake Tanganyika" in found


def test_a_word_that_only_qualifies_a_known_place_leaves_it_alone(gazetteer):
    from chronology.pipeline import find_place_mentions
    text = "He lived in East London and later served in British India."
    assert {"London", "India"} <= {m.text for m in find_place_mentions(text, gazetteer=gazetteer)}


def test_a_letters_dateline_names_where_it_was_written(gazetteer):
    from chronology.pipeline import find_place_mentions
    text = "Bologna, June 7, 1819.\n\nI left the lagoons on the 1st, and came here by the post road.\n"
    assert "Bologna" in {m.text for m in find_place_mentions(text, gazetteer=gazetteer)}


def test_a_name_an_army_storms_besieges_or_relieves_is_a_place(gazetteer):
    from chronology.pipeline import find_place_mentions
    text = "In 1812 we stormed Ciudad Rodrigo, and the relief of Lucknow came in November."
    assert {"Ciudad Rodrigo", "Lucknow"} <= {m.text for m in find_place_mentions(text, gazetteer=gazetteer)}
