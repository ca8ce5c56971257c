"""Namesakes, titles and the one addressed: which of a name's bearers a text means, if any place at all."""
import math

from chronology.pipeline import find_place_mentions
from gazetteer.resolve import ROUTE_SIZE_WEIGHT


def _mentions(text, gazetteer, name):
    return [m for m in find_place_mentions(text, gazetteer=gazetteer) if m.text == name]


def test_an_island_spelled_the_old_way_among_islands_is_the_island_not_a_city_of_that_spelling(gazetteer):
    text = ("The squadron watered at Tobago and lay two days off Trinidad. The frigates then ran north to "
            "Granada, and from Granada to Antigua.")
    placed = _mentions(text, gazetteer, "Granada")
    assert placed and all(m.place is not None and m.place.name == "Grenada" for m in placed)


def test_alone_a_city_bearing_the_very_name_comes_before_an_island_spelled_like_it(gazetteer):
    ranked = gazetteer.resolve("Granada")
    assert ranked[0].record.country == "ES"
    assert any(c.record.name == "Grenada" and c.variant for c in ranked)


def test_a_curated_island_found_by_its_spelling_is_a_guess_for_the_route_not_a_fixed_point(gazetteer):
    guess = next(c for c in gazetteer.resolve("Granada") if c.record.name == "Grenada")
    assert guess.how == "variant" and guess.record.source == "curated"


def test_a_group_of_islands_named_in_lower_case_after_the_article_is_a_place(gazetteer):
    text = "The fleet lay off Sardinia, where the Madelena islands form a fine harbour."
    found = _mentions(text, gazetteer, "Madelena islands")
    assert found and found[0].place is not None and abs(found[0].place.lat - 41.2) < 0.2


def test_a_hamlet_far_from_the_towns_named_around_it_is_not_placed(gazetteer):
    # Merton, Devon (740 people) lies 200-300 km from both: the Merton by London is not in GeoNames' towns
    text = "He landed at Portsmouth and went home to his house at Merton. Later he drove to London."
    assert all(m.place is None for m in _mentions(text, gazetteer, "Merton"))


def test_a_title_before_a_name_makes_it_a_person(gazetteer):
    text = "He gave the news to Earl St. Vincent at Lisbon, and Lord Holland wrote from Paris."
    names = {m.text for m in find_place_mentions(text, gazetteer=gazetteer)}
    assert "Holland" not in names and not any("Vincent" in n for n in names)
    assert {"Lisbon", "Paris"} <= names


def test_the_place_in_a_noble_title_is_part_of_a_person(gazetteer):
    text = "The Prince of Wales dined with the Duke of Wellington in London."
    assert {m.text for m in find_place_mentions(text, gazetteer=gazetteer)} == {"London"}


def test_a_name_called_to_is_a_person_but_one_summoned_to_a_place_goes_there(gazetteer):
    called = "They both called to Galina, and she ran to her mother."
    summoned = "In May he was called to Rome by the Pope."
    assert not _mentions(called, gazetteer, "Galina")
    assert _mentions(summoned, gazetteer, "Rome")


def test_a_near_spelling_in_the_scene_is_tried_when_the_very_skeleton_lies_an_ocean_away(gazetteer):
    # 'Corunda' folds like Corund (Romania); beside Santa Fe and Rosario it is Coronda, a vowel off
    ranked = gazetteer.resolve("Corunda", near=[(-31.65, -60.71), (-32.95, -60.64)])
    assert ranked[0].record.name == "Coronda" and ranked[0].variant


def test_a_landform_name_known_by_few_names_far_off_the_scene_is_another_place(gazetteer):
    # Deer Valley, Arizona (a district of Phoenix with two names in GeoNames) is no valley by Denver
    text = "We rode from Denver to Golden, and on to Georgetown. In the evening we reached Deer Valley."
    found = _mentions(text, gazetteer, "Deer Valley")
    assert found and all(m.place is None for m in found)


def test_a_cape_named_after_a_saint_is_a_place_by_its_form(gazetteer):
    text = "The fleet cruised fifty miles to the west of Cadiz, near Cape St. Marys."
    assert _mentions(text, gazetteer, "Cape St. Marys")


def test_a_name_the_text_calls_a_capital_is_a_place(gazetteer):
    text = "We stayed two days at Ruvuma. Ruvuma is the capital of the district, and Ruvuma pleased us."
    assert _mentions(text, gazetteer, "Ruvuma")


def test_the_stop_finder_can_ask_whether_a_name_is_the_one_called_or_written_to():
    from chronology.place_words import addressed
    text = "They both called to Galina. He wrote to Kamenev. He was called to Rome."
    assert addressed(text, text.index("Galina")) and addressed(text, text.index("Kamenev"))
    assert not addressed(text, text.index("Rome"))


def test_a_name_the_text_calls_a_village_in_an_appositive_is_a_place(gazetteer):
    text = "At night a few lights appeared, and Upper Sandusky, an Indian village, where we were to sleep."
    found = _mentions(text, gazetteer, "Upper Sandusky")
    assert found and found[0].place is not None and abs(found[0].place.lat - 40.83) < 0.1


def test_a_settlement_word_inside_a_longer_phrase_says_nothing_of_the_name_before_it(gazetteer):
    assert not _mentions("John was a man of the town, and we liked him.", gazetteer, "John")


def test_a_word_after_to_in_a_title_case_heading_is_no_spelling_guess(gazetteer):
    text = "Napoleon at Elba -- Napoleon Ready to Reappear -- The Return to France\n\nHe waited at Portoferraio."
    assert not _mentions(text, gazetteer, "Reappear")


def test_a_countrys_adjective_is_no_old_spelling_of_the_country(gazetteer):
    assert not any(c.record.name == "Kenya" for c in gazetteer.resolve("Kenyan"))


def test_a_sentence_full_of_names_is_no_title_case_heading(gazetteer):
    text = "On 8 November 1873 I left Deer Creek and rode down the Clear Creek Canyon to Golden City."
    found = _mentions(text, gazetteer, "Golden City")
    assert found and found[0].place is not None and abs(found[0].place.lon + 105.22) < 0.1


def test_a_name_the_text_calls_a_town_may_be_the_end_of_a_longer_name(gazetteer):
    text = "We crossed the river to St. Fe Bajada, a town on the opposite shore."
    assert not _mentions(text, gazetteer, "Bajada")


def test_a_great_city_bearing_the_name_is_lifted_by_its_many_names(gazetteer):
    ranked = gazetteer.resolve("St. Louis")
    top = ranked[0]
    small = next(c for c in ranked if c.record.name == "Saint Louis" and c.record.country == "US")
    assert abs(top.record.lon + 90.2) < 0.3 and any("names in GeoNames" in r for r in top.reasons)
    by_size = ROUTE_SIZE_WEIGHT * math.log10(top.record.population / small.record.population)
    assert top.score - small.score > by_size + 4     # a namesake 300 km nearer on a route does not outweigh it


def test_a_small_towns_many_names_do_not_lift_it_above_a_great_city_listing_its_name(gazetteer):
    # Frankfort, Kentucky, a capital, has many names; an old English text's Frankfort is Frankfurt am Main
    assert gazetteer.resolve("Frankfort")[0].record.country == "DE"


def test_a_quarter_of_a_great_city_far_from_the_texts_places_is_not_the_one_meant(gazetteer):
    # GeoNames lists a Toronto quarter of 31,000 called Niagara, 100 km from Buffalo across the lake
    text = "We breakfasted at Buffalo and took the morning train to Niagara."
    placed = _mentions(text, gazetteer, "Niagara")
    assert placed and all(m.place is None or abs(m.place.lon + 79.4) > 0.1 for m in placed)


def test_a_bare_name_may_be_the_town_named_for_its_falls(gazetteer):
    assert any(c.record.name == "Niagara Falls" and c.variant for c in gazetteer.resolve("Niagara"))
    text = "We breakfasted at Buffalo and took the morning train to Niagara."
    placed = _mentions(text, gazetteer, "Niagara")
    assert placed and placed[0].place is not None and placed[0].place.name == "Niagara Falls"


def test_a_namesake_chosen_by_size_among_others_of_a_size_is_no_scene_for_the_next_name(gazetteer):
    # Troy, Michigan is barely bigger than Troy, New York: it must not push Ephesus (Selçuk) out of reach
    text = "The bishop left Troy in the spring and reached Ephesus after a voyage of nine days."
    placed = _mentions(text, gazetteer, "Ephesus")
    assert placed and placed[0].place is not None and placed[0].place.name == "Selçuk"


def test_a_name_only_far_namesakes_bear_may_be_a_near_spelling_of_a_city_in_the_scene(gazetteer):
    # GeoNames lists 'Hamburgh' only for Hamburg, New York; beside Copenhagen and Gothenburg it is Hamburg
    text = "From Copenhagen we sailed to Gottenburg, and thence by sea to Hamburgh."
    placed = _mentions(text, gazetteer, "Hamburgh")
    assert placed and placed[0].place is not None and placed[0].place.name == "Hamburg"


def test_a_name_only_a_hamlet_bears_may_be_a_near_spelling_of_a_city_in_the_scene(gazetteer):
    # Bourdeaux is a village of the Drôme; 'Bourdeaux' after Paris is Bordeaux spelled the old way
    text = "In the autumn we went by Paris to Bourdeaux and Bayonne."
    placed = _mentions(text, gazetteer, "Bourdeaux")
    assert placed and placed[0].place is not None and placed[0].place.name == "Bordeaux"


def test_a_sizeable_namesake_of_a_curated_town_in_the_scene_may_be_the_one_meant(gazetteer):
    text = "He reached Baltimore at night. In April he visited Petersburg and Richmond before going home."
    placed = _mentions(text, gazetteer, "Petersburg")
    assert placed and abs(placed[0].place.lon + 77.4) < 0.3      # Petersburg, Virginia


def test_a_namesake_of_a_curated_town_far_from_the_scene_stays_out(gazetteer):
    # London, Ontario is 550 km from New York: a market report's London is the City
    text = "London shares fell after losses in New York, and London trading closed lower."
    assert all(m.place.name == "London" and m.place.lon > -1 for m in _mentions(text, gazetteer, "London"))


def test_a_small_namesake_of_a_curated_town_among_the_places_around_it_may_be_the_one_meant(gazetteer):
    # Roma, Queensland (7,000 people) lies 330 km from Toowoomba; Rome 16,000 km
    text = "From Brisbane the party went inland over the range to Toowoomba. After a month at Roma they pushed on."
    placed = _mentions(text, gazetteer, "Roma")
    assert placed and placed[0].place.lat < -20


def test_a_first_candidate_off_the_scene_is_no_scene_while_another_of_its_places_is_in_it(gazetteer):
    from chronology.place_candidates import plausible, settled
    # Ipswich, Suffolk leads by size and fame; Ipswich, Queensland is 32 km from Brisbane
    ranked = plausible(gazetteer.resolve("Ipswich", near=[(-27.47, 153.03)]), "location", gazetteer.geonames)
    assert ranked[0].record.country == "GB" and not settled(ranked)


def test_a_city_several_times_bigger_spelled_like_a_sizeable_town_stands_beside_it_for_the_route(gazetteer):
    # Vittoria, Sicily (50,000) bears the very name; Vitoria-Gasteiz (250,000) is spelled alike
    alone = gazetteer.resolve("Vittoria")
    assert alone[0].record.country == "IT" and any(c.record.country == "ES" and c.variant for c in alone)
    text = "In 1813 the army marched north by Burgos to Vittoria, and wintered near Bayonne."
    placed = _mentions(text, gazetteer, "Vittoria")
    assert placed and placed[0].place.lon < 0


def test_a_name_only_a_suburb_of_a_great_city_bears_is_that_suburb_even_far_from_the_scene(gazetteer):
    from chronology.place_candidates import plausible
    # Le Bourget lies 10 km from Paris, 330 km from Croydon; no other town is called so
    ranked = plausible(gazetteer.resolve("Le Bourget", near=[(51.38, -0.10)]), "movement", gazetteer.geonames)
    assert ranked and ranked[0].record.name == "Le Bourget"


def test_a_small_town_only_listing_the_name_far_from_the_route_is_not_placed(gazetteer):
    # New Castle, New Hampshire (1,000 people) lists 'Great Island'; the train runs across Nebraska
    text = "The train ran west from Omaha by Fremont and Columbus to Great Island, and on to Kearney."
    assert all(m.place is None for m in _mentions(text, gazetteer, "Great Island"))
