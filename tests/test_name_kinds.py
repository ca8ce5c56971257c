"""What the text itself says a name is: 'X is a large town' makes it a place wherever it stands; 'X, a stream
of clear water' makes it running water, never a town of that name."""
import chronology


def places(text, **kw):
    return [(p.text, p.place.name if p.place else None) for p in chronology.build(text, **kw).places]


def test_a_name_the_text_calls_a_town_is_a_place_where_no_cue_precedes_it():
    text = ("On 28 September 1833 we left Buenos Aires. Before arriving at Rozario, we rested. Rozario is a large "
            "town built on a dead level plain. Some leagues below Rozario the river widens. Rozario has a church.")
    found = [t for t, _ in places(text, narrator=True)]
    assert found.count("Rozario") >= 3


def test_a_name_in_apposition_to_a_stream_is_no_town():
    text = ("On 29 September 1833 we left San Nicolas and crossed the Saladillo, a stream of fine clear water, "
            "and reached Rosario.")
    assert "Saladillo" not in [t for t, _ in places(text, narrator=True)]
    legs = chronology.build(text, narrator=True).legs
    assert "Saladillo" not in [l.to.name for l in legs]


def test_an_english_st_before_a_two_letter_name_is_a_spanish_saint():
    text = "On 2 October 1833 we left Rosario. In the morning we arrived at St. Fe, near Parana."
    assert ("St. Fe", "Santa Fe") in places(text, narrator=True)


def test_a_landform_named_after_a_town_of_the_region_is_placed_at_that_town():
    text = "On 13 November 1873 I reached Boulder. On 14 November I went nine miles up the Boulder Canyon."
    found = dict(places(text, narrator=True))
    assert found["Boulder Canyon"] == "Boulder Canyon"
    legs = chronology.build(text, narrator=True).legs
    assert [(l.from_.name, l.to.name) for l in legs] == [("Boulder", "Boulder Canyon")]


def test_a_landform_named_after_a_town_far_from_the_story_stays_unlocated():
    text = "On 13 November 1873 I reached Denver. On 14 November I went up to Pula Bay."
    assert dict(places(text, narrator=True)).get("Pula Bay") is None


def test_a_season_personified_is_no_place():
    text = "On 20 April 1842 we left Columbus, and left Summer behind us, fast leaving Spring as we went north."
    assert [t for t, _ in places(text, narrator=True)] == ["Columbus"]
