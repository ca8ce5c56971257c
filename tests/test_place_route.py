"""Route-aware resolution: a text's places resolved together, with the alternatives recorded."""
from chronology.pipeline import find_place_mentions
from gazetteer.records import PlaceRecord
from gazetteer.resolve import Candidate
from gazetteer.route import Stop, solve


def _cand(name, lat, lon, score):
    return Candidate(PlaceRecord(id=name, name=name, type="town", lat=lat, lon=lon, source="geonames"), score)


def test_a_namesake_on_the_route_beats_a_bigger_one_a_continent_away():
    before, after = _cand("Aix", 43.53, 5.45, 0), _cand("Frejus", 43.43, 6.74, 0)
    far, near = _cand("Lodz", 51.77, 19.47, 70), _cand("Le Luc", 43.39, 6.31, 60)
    choices = solve([Stop(0, [before]), Stop(100, [far, near]), Stop(200, [after])])
    assert choices[1].index == 1


def test_a_far_namesake_wins_when_nothing_ties_it_to_the_route():
    choices = solve([Stop(0, [_cand("Lodz", 51.77, 19.47, 70), _cand("Le Luc", 43.39, 6.31, 60)])])
    assert choices[0].index == 0


def test_when_every_namesake_is_far_from_the_place_before_size_decides_not_which_is_less_far():
    # Boston, 2,800 km from San Diego, Texas, and 4,150 from the Californian port: both simply far
    boston = _cand("Boston", 42.36, -71.06, 0)
    texas, california = _cand("San Diego TX", 27.76, -98.24, 60), _cand("San Diego CA", 32.72, -117.16, 66)
    choices = solve([Stop(0, [boston]), Stop(100, [texas, california])])
    assert choices[1].index == 1


def test_a_mention_the_route_does_not_support_may_stay_unresolved():
    before = _cand("Irkutsk", 52.3, 104.3, 0)
    guess = _cand("Freer", 27.9, -98.6, 40)
    choices = solve([Stop(0, [before]), Stop(100, [guess], unresolved=50)])
    assert choices[1].index is None


def test_every_state_gets_its_best_path_score_best_first():
    choices = solve([Stop(0, [_cand("A", 0, 0, 10), _cand("B", 0, 1, 5)])])
    assert [m[0] for m in choices[0].margins] == [0, 1]
    assert choices[0].margins[0][1] > choices[0].margins[1][1]


def test_a_town_between_two_stops_of_a_journey_is_the_one_on_the_road(gazetteer):
    text = ("He left Aix-en-Provence at dawn. From Luc onward the company went faster, "
            "and in the evening they came to Fréjus.")
    luc = [m for m in find_place_mentions(text, gazetteer=gazetteer) if m.text == "Luc"][0]
    assert luc.place is not None and abs(luc.place.lat - 43.39) < 0.2 and abs(luc.place.lon - 6.31) < 0.2
    assert luc.alternatives[0].name == luc.place.name
    assert any("km from" in r for r in luc.alternatives[0].reasons)


def test_a_name_listed_after_places_with_commas_is_a_place(gazetteer):
    text = "We passed through Irkutsk, Tomsk, Tiumen, and Kazan before the thaw."
    found = {m.text: m for m in find_place_mentions(text, gazetteer=gazetteer)}
    assert found["Tiumen"].place is not None and abs(found["Tiumen"].place.lat - 57.15) < 0.3


def test_a_town_named_again_without_a_cue_is_the_same_town(gazetteer):
    text = "The column set out for Grenoble. Grenoble opened its gates that night."
    ms = [m for m in find_place_mentions(text, gazetteer=gazetteer) if m.text == "Grenoble"]
    assert len(ms) == 2 and ms[0].place.id == ms[1].place.id


def test_the_one_written_to_is_a_person_not_a_place(gazetteer):
    text = "He was in Vienna and wrote to Krupskaya about it. Krupskaya answered at once."
    assert "Krupskaya" not in {m.text for m in find_place_mentions(text, gazetteer=gazetteer)}


def test_the_village_of_a_name_is_a_place(gazetteer):
    text = "The road passes through the village of Okhotsk and turns west."
    found = {m.text: m for m in find_place_mentions(text, gazetteer=gazetteer)}
    assert "Okhotsk" in found and found["Okhotsk"].place is not None


def test_a_name_with_a_particle_is_one_mention(gazetteer):
    text = "From Feltre I went on to Borgo de Valsugano and then to Trent."
    assert "Borgo de Valsugano" in {m.text for m in find_place_mentions(text, gazetteer=gazetteer)}


def test_towns_like_a_name_are_places(gazetteer):
    text = "We passed through Irkutsk and good-sized towns like Kirinsk and Vitimsk."
    assert "Kirinsk" in {m.text for m in find_place_mentions(text, gazetteer=gazetteer)}


def test_a_name_used_everywhere_but_after_place_cues_is_not_a_place_though_a_city_bore_it(gazetteer):
    text = ("Stalin went to Baku. " + "Stalin wrote. " * 10 + "They named it after Stalin.")
    assert "Stalin" not in {m.text for m in find_place_mentions(text, gazetteer=gazetteer)}


def test_a_name_repeated_far_from_the_route_does_not_outvote_the_namesake_on_it():
    denver = _cand("Denver", 39.74, -104.98, 0)
    mo, co = _cand("Golden City MO", 37.39, -94.09, 68), _cand("Golden CO", 39.76, -105.22, 63)
    stops = [Stop(0, [denver]), Stop(100, [mo, co])] + [Stop(20000 * k, [mo, co], repeat=True) for k in range(1, 8)]
    assert solve(stops)[1].index == 1


def test_a_us_state_is_a_region_not_a_town_of_that_name(gazetteer):
    top = gazetteer.resolve("Colorado")[0].record
    assert top.type == "region" and abs(top.lat - 39.0) < 1.5 and abs(top.lon + 105.5) < 1.5


def test_a_short_form_of_a_longer_name_in_the_text_is_that_place(gazetteer):
    text = ("From Venice I promised to rejoin him at Borgo the day after to-morrow. "
            "I went on to Feltre and got to Borgo de Valsugano in good time.")
    borgo = [m for m in find_place_mentions(text, gazetteer=gazetteer) if m.text == "Borgo"][0]
    assert borgo.place is not None and abs(borgo.place.lat - 46.05) < 0.2 and abs(borgo.place.lon - 11.45) < 0.2


def test_a_spelling_guess_far_from_both_neighbours_is_dropped(gazetteer):
    from chronology.models import PlaceMention, PlaceRef
    from chronology.place_route import Open, resolve_along_route
    yakutsk = gazetteer.best("Yakutsk")
    far = _cand("Ust-Donetskiy", 47.64, 40.87, 70)
    far.how = "variant"
    ms = [PlaceMention(text="Yakutsk", start=0, end=7, place=PlaceRef.of(yakutsk), resolution="curated"),
          PlaceMention(text="Krestofskaya", start=50, end=62, place=None, resolution="unresolved")]
    out = resolve_along_route(ms, {1: Open([far], 30.0, optional=True)}, gazetteer)
    assert [m.text for m in out] == ["Yakutsk"]


def test_a_state_name_a_big_city_bears_is_the_city(gazetteer):
    assert gazetteer.resolve("New York")[0].record.type == "city"


def test_a_people_after_a_cue_is_no_place(gazetteer):
    text = "I hid in the coal truck until I reached Portuguese territory at Komati Poort."
    assert "Portuguese" not in {m.text for m in find_place_mentions(text, gazetteer=gazetteer)}


def test_a_double_hyphen_is_a_dash_not_part_of_a_name(gazetteer):
    text = "Out of Danger--Arrived at Munich--Balbi I Set Out for Paris"
    assert "Munich" in {m.text for m in find_place_mentions(text, gazetteer=gazetteer)}


def test_a_name_in_the_possessive_before_a_common_noun_is_its_owner_not_a_place(gazetteer):
    text = "At Munich I went to the Elector's confessor to ask for a passport."
    assert "Elector's" not in {m.text for m in find_place_mentions(text, gazetteer=gazetteer)}


def test_a_great_city_spelled_the_old_way_is_kept_beyond_the_spacing_of_the_towns_before_it(gazetteer):
    # Tambov, Michurinsk and Voronezh lie 70-160 km apart; Kharkiv is 250 km on
    text = "From Tamboff we travelled by rail to Kozloff, and thence by post to Voronej and Kharkoff."
    ms = [m for m in find_place_mentions(text, gazetteer=gazetteer) if m.text == "Kharkoff"]
    assert ms and ms[0].place.name == "Kharkiv"


def test_a_name_whose_every_namesake_is_an_ocean_away_still_costs_the_far_move():
    # "Alexander Shotman" after Cracow: Alexander City, Alabama, is no better for every candidate being far
    cracow = _cand("Cracow", 50.06, 19.94, 0)
    far = _cand("Alexander City", 32.94, -85.95, 60)
    choices = solve([Stop(0, [cracow]), Stop(100, [far], unresolved=50)])
    assert choices[1].index is None


def test_a_doubted_short_name_earns_back_its_doubt_beside_a_neighbour_and_not_far_from_it():
    from gazetteer.route import step_score

    def town(i, lat, lon):
        return PlaceRecord(id=f"t{i}", name=f"T{i}", type="town", lat=lat, lon=lon, source="geonames")
    here = Candidate(town(0, 50.0, 12.0), 0.0)
    near, far = Candidate(town(1, 50.3, 12.2), 0.0), Candidate(town(2, 48.0, 16.0), 0.0)
    near.doubted = far.doubted = 7.0
    assert step_score(here, near, 0) - step_score(here, Candidate(near.record, 0.0), 0) == 7.0
    assert step_score(here, far, 0) == step_score(here, Candidate(far.record, 0.0), 0)
