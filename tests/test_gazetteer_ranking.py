"""How a bare lookup ranks the places that share a name: own names, old names, and how widely known."""


def test_among_places_listing_an_old_name_the_one_known_by_many_names_comes_first(gazetteer):
    # Carlsbad, California, has 2.5 times the people of Karlovy Vary and lists 'Karlsbad' too
    top = gazetteer.resolve("Karlsbad")[0]
    assert top.record.country == "CZ"
    assert any("names in GeoNames" in r for r in top.reasons)


def test_a_sizeable_town_bearing_the_very_name_comes_before_a_famous_place_listing_it(gazetteer):
    # Sahiwal, with more people and more names, was Montgomery under the British
    ranked = gazetteer.resolve("Montgomery")
    sahiwal = next(c for c in ranked if c.record.name == "Sahiwal")
    assert ranked[0].record.country == "US" and not any("names in GeoNames" in r for r in sahiwal.reasons)


def test_fame_does_not_lift_a_short_alternate_name_unlike_the_places_own(gazetteer):
    lodz = next(c for c in gazetteer.resolve("Luc") if c.record.name == "Łódź")
    assert not any("names in GeoNames" in r for r in lodz.reasons)


def test_a_short_old_name_of_the_exonyms_table_is_that_town_beside_a_neighbour_and_not_doubted(gazetteer):
    from gazetteer.route import rank_after
    # alone 'Eger' is the Hungarian town; after Karlsbad it is Cheb, 40 km off, whose German name it was (a name
    # data/exonyms.csv gives Cheb on purpose: no short alternate to doubt, as 'Luc' listed by Łódź is)
    karlsbad = gazetteer.best("Karlsbad")
    ranked = rank_after(gazetteer.resolve("Eger", near=[(karlsbad.lat, karlsbad.lon)]), karlsbad)
    assert gazetteer.resolve("Eger")[0].record.country == "HU" and ranked[0].record.name == "Cheb"
    assert not ranked[0].doubted


def test_a_short_old_name_is_believed_beside_a_neighbour_in_running_text(gazetteer):
    from chronology.pipeline import find_place_mentions
    eger = [m for m in find_place_mentions("From Karlsbad we drove on to Eger.", gazetteer=gazetteer)
            if m.text == "Eger"]
    assert eger and eger[0].place.name == "Cheb"


def test_a_curated_town_yields_to_a_sizeable_namesake_beside_the_context(gazetteer):
    from gazetteer.route import rank_after
    toronto, paris = gazetteer.best("Toronto"), gazetteer.best("Paris")
    after_toronto = rank_after(gazetteer.resolve("London", near=[(toronto.lat, toronto.lon)]), toronto)
    after_paris = rank_after(gazetteer.resolve("London", near=[(paris.lat, paris.lon)]), paris)
    assert after_toronto[0].record.country == "CA" and after_paris[0].record.source == "curated"


def test_without_a_context_a_curated_town_stands_alone(gazetteer):
    assert [c.record.source for c in gazetteer.resolve("London")] == ["curated"]
