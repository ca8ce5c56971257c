"""A capitalised name after any verb of motion and the preposition its class takes is a place, even one the
gazetteer does not know (kept by name): the verbs come from data/motion_lexicon.csv, not a list of phrases."""
import chronology


def names(text):
    return [p.text for p in chronology.build(text, narrator=True).places]


def test_an_unknown_name_after_a_verb_of_motion_and_to_is_a_place():
    assert "Areco" in names("On 30 September 1833 we rode to Areco.")


def test_an_unknown_name_after_stopping_at_is_a_place():
    assert "Corunda" in names("On 1 October 1833 we stopped at Corunda.")


def test_an_unknown_name_after_an_arrival_in_a_subordinate_clause_is_a_place():
    assert "Rozario" in names("Before arriving at Rozario, we crossed a stream.")


def test_a_person_waited_for_is_no_place():
    assert "Ivanovich" not in names("On 3 May 1912 I waited for Ivanovich.")


def test_a_heading_in_capitals_gives_no_place_after_its_verb():
    assert names("START FOR ST. PETERSBURG\n\nOn 3 May 1867 we left Okhotsk.") == ["Okhotsk"]


def test_arriving_in_sight_of_a_town_is_a_move_to_that_town_and_the_sight_no_place():
    result = chronology.build("On 20 September 1806 we left St. Louis. At 4 P M we arived in Sight of "
                              "St. Charles, and the men raised a Shout.", narrator=True)
    assert [leg.to.name for leg in result.legs] == ["Saint Charles"]
    assert "Sight" not in [p.text for p in result.places]


def test_a_lodging_at_a_place_reached_stands_for_the_place():
    result = chronology.build("On 8 September 1806 we arrived at the inn at Frobville. On the 9th we reached "
                              "Glimtown.", narrator=True)
    assert [(leg.from_.name, leg.to.name) for leg in result.legs] == [("Frobville", "Glimtown")]


def test_a_camp_named_with_camp_is_a_place_by_its_form():
    assert {"White Catfish Camp", "Camp Dubois"} <= set(names(
        "On 8 September 1806 we arrived at White Catfish Camp. On the 9th we reached Camp Dubois."))


def test_a_halt_named_after_its_owner_in_lower_case_is_a_place_by_its_form():
    result = chronology.build("On 3 May 1863 I rode into Port Gibson. At midnight I started for Hankinson's ferry, "
                              "arriving there before daylight.", narrator=True)
    assert [leg.to.name for leg in result.legs] == ["Hankinson's ferry"]
