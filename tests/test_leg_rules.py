"""How moves become legs, on short passages in styles other than the seed's."""
import chronology
from chronology.epithets import capital_of


def legs(text, **kw):
    c = chronology.build(text, **kw)
    return route(c, "status"), c


def route(c, *fields):
    """(from, to, and the named fields) of each leg, in order."""
    return [(l.from_.name, l.to.name, *(getattr(l, f) for f in fields)) for l in c.legs]


# A memoir of exile and escape, first person.
MEMOIR = """On 4 May 1906 I was arrested in Odessa. In June I was sentenced to three years' exile in Narym.
On 2 August I was despatched to Siberia. On the way to Tomsk, somewhere near Perm, I met an old comrade.
On 20 August I arrived in Tomsk and was put on a steamer to Narym.
On 3 October I slipped out of Narym and caught the steamboat to Tomsk. A week later I reached Moscow."""

# A travel log whose traveller announces a destination and reaches it after stops.
TRAVEL_LOG = """On 2 March 1890 Anna Petrovna left for Odessa. She stopped for two days at Kiev.
On 9 March she reached her destination and took rooms near the port."""

# A biography with other people's journeys and a quoted recollection by the subject.
BIOGRAPHY = """In May 1908 Ivan Kuzmin was living in Kiev. His sister Olga left Kiev for Warsaw.
She returned to Kiev a month later. On 2 June 1908 he travelled to Odessa.
“I went on to Constantinople by steamer,” Kuzmin recalled. Three days later he reached Constantinople."""


def test_an_announced_destination_is_reached_after_the_stops_named_on_the_way():
    out, _ = legs(TRAVEL_LOG, subject="Anna Petrovna")
    assert [(a, b) for a, b, _ in out] == [("Kiev", "Odessa")]


def test_a_stop_on_the_way_comes_before_the_destination():
    out, _ = legs(MEMOIR, narrator=True)
    pairs = [(a, b) for a, b, _ in out]
    assert pairs[:2] == [("Odessa", "Perm"), ("Perm", "Tomsk")]


def test_legs_under_escort_keep_the_exile_status():
    out, _ = legs(MEMOIR, narrator=True)
    assert [s for a, b, s in out if b in ("Tomsk", "Narym")][:2] == ["exile", "exile"]


def test_leaving_the_place_of_exile_is_an_escape_and_the_flight_goes_on():
    out, _ = legs(MEMOIR, narrator=True)
    assert ("Narym", "Tomsk", "escape") in out
    assert ("Tomsk", "Moscow", "escape") in out


def test_a_sister_leaving_is_not_the_subjects_leg():
    out, _ = legs(BIOGRAPHY, subject="Ivan Kuzmin")
    assert ("Kiev", "Warsaw") not in [(a, b) for a, b, _ in out]


def test_first_person_in_a_quotation_is_its_speaker():
    out, _ = legs(BIOGRAPHY, subject="Ivan Kuzmin")
    assert [b for _, b, _ in out] == ["Odessa", "Istanbul"]


def test_the_capital_is_the_capital_of_the_polity_in_that_year():
    assert capital_of("Russian Empire", 1912) == "saint-petersburg"
    assert capital_of("Soviet Union", 1930) == "moscow"


def test_the_capital_ends_a_leg_but_is_not_a_place_mention():
    text = "In March 1912 Koba was in Vologda. On 1 April 1912 Koba caught the train, via Moscow, to the capital."
    c = chronology.build(text, subject="Koba")
    assert route(c)[-1] == ("Moscow", "Saint Petersburg")
    assert "the capital" not in [p.text for p in c.places]


def test_a_flashback_does_not_move_the_subject():
    text = ("On 1 May 1913 Koba arrived in Cracow. On 9 May 1913 he took the train to Vienna. "
            "He had first come to Helsinki in August 1912. On 20 May 1913 he returned to Cracow.")
    out, _ = legs(text, subject="Koba")
    assert [(a, b) for a, b, _ in out][-1] == ("Vienna", "Kraków")
    assert "Helsinki" not in [b for _, b, _ in out]


def test_the_way_to_a_new_starting_point_is_a_leg():
    text = ("On 28 October 1912 Koba was smuggled out of Petersburg in a covered cart. "
            "He caught the train to Finland from Levashovo Station.")
    out, c = legs(text, subject="Koba")
    assert (out[0][0], out[0][1]) == ("Saint Petersburg", "Levashovo Station")
    assert c.legs[0].mode == "cart"


def test_an_exile_ordered_for_a_term_is_free_to_travel_after_it():
    text = ("On 6 July 1911 Koba travelled to Vologda, where he was ordered to reside for two months. "
            "On 20 September 1911 he boarded the train for Petersburg.")
    out, _ = legs(text, subject="Koba")
    assert out[-1] == ("Vologda", "Saint Petersburg", "travel")


def test_the_same_journey_within_the_term_is_an_escape():
    text = ("On 6 July 1911 Koba travelled to Vologda, where he was ordered to reside for two months. "
            "On 20 August 1911 he boarded the train for Petersburg.")
    out, _ = legs(text, subject="Koba")
    assert out[-1] == ("Vologda", "Saint Petersburg", "escape")


def test_he_follows_the_man_the_story_is_about_not_the_last_woman_named():
    text = ("In 1912 Koba lived in Vologda. His landlady, Gavrilova, found him packing. "
            "On 29 February 1912 he boarded the train for Moscow.")
    out, _ = legs(text, subject="Koba", cast=None)
    assert out and out[-1][:2] == ("Vologda", "Moscow")


def test_a_new_exile_is_not_bound_by_the_term_of_an_earlier_one():
    text = ("On 6 July 1911 Koba travelled to Vologda, where he was ordered to reside for two months. "
            "On 2 July 1912 he was deported to Narym. On 1 September 1912 he caught the steamboat to Tomsk.")
    out, _ = legs(text, subject="Koba")
    assert out[-1] == ("Narym", "Tomsk", "escape")


# A naturalist's expedition diary: dated headings, bare "On the 11th", sentences without a subject.
DIARY = """MARCH 7th, 1876. We left Moscow by the evening train for Nizhny Novgorod, with Dr. Finsch.

MARCH 9th. Arrived at Nizhny Novgorod in a snowstorm. We hired three sledges.

On the 11th we set out by sledge for Kazan, and reached it four days later.

APRIL 2nd. Crossed the Urals to Ekaterinburg. Dr. Finsch went on alone to Tobolsk.

On the 14th I continued by tarantass to Omsk."""


def test_a_diary_gives_the_narrators_route_with_dates_from_its_headings():
    c = chronology.build(DIARY, narrator=True)
    got = route(c, "depart", "arrive")
    assert got[0] == ("Moscow", "Nizhny Novgorod", "1876-03-07", "1876-03-09")
    assert got[1] == ("Nizhny Novgorod", "Kazan", "1876-03-11", "1876-03-15")
    assert [g[1] for g in got] == ["Nizhny Novgorod", "Kazan", "Yekaterinburg", "Omsk"]


def test_a_companion_going_on_alone_is_not_the_diarists_leg():
    c = chronology.build(DIARY, narrator=True)
    assert "Tobolsk" not in [l.to.name for l in c.legs]


def test_diary_modes_come_from_the_vehicles_named():
    c = chronology.build(DIARY, narrator=True)
    assert [l.mode for l in c.legs][:2] == ["train", "sleigh"]


# A travel novel with a dated log, round the world: great cities far apart, ships carrying the traveller.
VOYAGE = """Phileas Fogg left London on 2 October 1872 by the evening train for Dover. The steamer carried him
across to Calais, and from there he went on by rail to Paris and Turin. On 5 October Fogg reached Brindisi.
Passepartout, his servant, went ashore at Suez to buy shirts. On 9 October the Mongolia arrived at Suez, and ten
days later Mr. Fogg landed at Bombay. He rode an elephant to Benares. Aouda travelled with him to Hong Kong."""


def test_a_voyage_reaches_great_cities_far_from_the_last_place():
    out, _ = legs(VOYAGE, subject="Phileas Fogg")
    assert [b for _, b, _ in out] == ["Dover", "Calais", "Paris", "Turin", "Brindisi", "Suez", "Mumbai",
                                      "Varanasi", "Hong Kong"]


def test_a_ship_carrying_the_subject_moves_the_subject():
    out, c = legs(VOYAGE, subject="Phileas Fogg")
    assert ("Dover", "Calais") in [(a, b) for a, b, _ in out]
    assert c.legs[1].mode == "steamer"


def test_each_leg_takes_the_transport_word_nearest_its_verb():
    _, c = legs(VOYAGE, subject="Phileas Fogg")
    modes = {l.to.name: l.mode for l in c.legs}
    assert modes["Paris"] == "train" and modes["Varanasi"] == "animal"


def test_a_date_in_the_moves_own_clause_wins_over_a_nearer_one():
    _, c = legs(VOYAGE, subject="Phileas Fogg")
    suez = [l for l in c.legs if l.to.name == "Suez"][0]
    assert (suez.arrive or suez.depart) == "1872-10-09"


def test_travelling_as_someones_companion_is_the_subjects_move():
    out, _ = legs(VOYAGE, subject="Phileas Fogg")
    assert out[-1][1] == "Hong Kong"


def test_a_free_traveller_who_stays_a_week_starts_a_new_journey():
    text = ("In April 1913 Koba lived in Berlin. On 1 May 1913 he took the train to Cracow. "
            "On 20 May 1913 he took the train to Vienna. "
            "On 22 May 1913 he returned to Cracow.")
    c = chronology.build(text, subject="Koba")
    assert [j.legs for j in c.journeys][-1] == ["L2", "L3"]
    assert c.journeys[-1].title == "Journey from Kraków to Vienna and back, May 1913"


def test_a_convoy_over_two_weeks_is_one_exile():
    out, c = legs(MEMOIR, narrator=True)
    exile = [j for j in c.journeys if j.kind == "exile"][0]
    assert len(exile.legs) >= 3


def test_stops_named_by_way_of_come_before_the_destination():
    text = ("In July 1937 Ernest Hemingway lived in Key West. On 2 August 1937 he went to Madrid "
            "by way of Paris and Valencia.")
    out, _ = legs(text, subject="Ernest Hemingway")
    assert [(a, b) for a, b, _ in out] == [("Key West", "Paris"), ("Paris", "Valencia"), ("Valencia", "Madrid")]


def test_flying_is_a_move_and_its_mode_is_air():
    text = "In May 1936 Ernest Hemingway was in Havana. On 20 May 1936 he flew to New York."
    _, c = legs(text, subject="Ernest Hemingway")
    assert (c.legs[0].to.name, c.legs[0].mode) == ("New York City", "air")


# An escape memoir: the narrator leaves the convoy before reaching the place of exile.
FLIGHT = """In January 1907 we were sentenced to exile for life in Obdorsk. On 18 February we reached Berezov,
where the convoy halted. I decided to escape from Berezov before we went further north. We set out on the night
of 20 February and after a week reached the Urals. From there I went by train to Perm, and then to Petersburg.
A few days later I crossed into Finland and settled in Helsingfors."""


def test_leaving_a_convoy_is_an_escape_and_the_flight_goes_on_to_its_end():
    out, _ = legs(FLIGHT, narrator=True)
    assert [(a, b, s) for a, b, s in out] == [("Berëzovo", "Perm", "escape"), ("Perm", "Saint Petersburg", "escape"),
                                              ("Saint Petersburg", "Helsinki", "escape")]


def test_the_place_a_sentence_sends_the_subject_is_not_where_they_start():
    out, _ = legs(FLIGHT, narrator=True)
    assert "Salekhard" not in [a for a, _, _ in out]


def test_an_arrival_takes_the_vessel_its_departure_named():
    text = ("On 14 November 1889 Nellie Bly left Hoboken on the steamer Augusta Victoria. She landed at "
            "Southampton on 22 November and went by train to London.")
    _, c = legs(text, subject="Nellie Bly")
    assert route(c, "mode") == [
        ("Hoboken", "Southampton", "steamer"), ("Southampton", "London", "train")]


# A reporter's race round the world: towns far apart, some given only in a list with a time phrase.
RACE = """On 14 November 1889 Nellie Bly left Hoboken on the steamer Augusta Victoria. She landed at Southampton on
22 November. She crossed France by the night mail to Brindisi. On 7 December she reached Port Said, and two days
later Ismailia. She arrived in Hong Kong on 23 December."""


def test_a_stop_listed_after_a_time_phrase_is_a_stop_with_that_date():
    _, c = legs(RACE, subject="Nellie Bly")
    ismailia = [l for l in c.legs if l.to.name == "Ismailia"][0]
    assert (ismailia.from_.name, ismailia.arrive) == ("Port Said", "1889-12-09")


def test_a_city_far_from_the_last_place_is_still_found_after_to():
    out, _ = legs(RACE, subject="Nellie Bly")
    assert "Brindisi" in [b for _, b, _ in out]


def test_being_somewhere_new_means_having_gone_there():
    text = ("On 7 December 1889 Nellie Bly reached Port Said. In Colombo she waited five days for a ship. "
            "She arrived in Hong Kong on 23 December.")
    _, c = legs(text, subject="Nellie Bly")
    assert route(c, "inferred_from") == [
        ("Port Said", "Colombo", True), ("Colombo", "Hong Kong", True)]


def test_a_title_line_reports_no_move():
    text = ("Lenin's Return to Russia, 1917\n\nIn March 1917 Lenin was living in Zurich. "
            "On 9 April 1917 Lenin left Zurich by train. Two days later he reached Sassnitz.")
    out, _ = legs(text, subject="Lenin")
    assert out == [("Zurich", "Sassnitz", "travel")]


def test_a_destination_next_to_the_announced_one_means_it_was_reached():
    text = ("On 13 April 1917 Lenin arrived in Stockholm. The next day he set off for Haparanda by train. "
            "The party crossed the frozen river on sleighs to Tornio.")
    _, c = legs(text, subject="Lenin")
    assert route(c, "mode") == [
        ("Stockholm", "Haparanda", "train"), ("Haparanda", "Tornio", "sleigh")]


# A biography that moves by seasons and years rather than days.
YEARS = """In 1904 Leon Trotsky was living in Geneva. He spent the winter of 1904 in Munich, then moved to Vienna in
the spring of 1905. After a month in Vienna he went on to Kiev. In October 1905 he and his wife reached Petersburg.
From 1907 to 1914 he lived in Vienna. On 3 November 1914 he left for Paris."""


def test_living_and_wintering_somewhere_new_are_moves_there():
    out, c = legs(YEARS, subject="Leon Trotsky")
    assert [(a, b) for a, b, _ in out] == [("Geneva", "Munich"), ("Munich", "Vienna"), ("Vienna", "Kiev"),
                                          ("Kiev", "Saint Petersburg"), ("Saint Petersburg", "Vienna"),
                                          ("Vienna", "Paris")]
    assert c.legs[0].arrive == "1904-24" and c.legs[4].inferred_from


# Letters headed by place and date.
LETTERS = """Geneva, 12 March 1905

Dear brother, the weather is fine and I work every day.

Munich, 2 April 1905

I arrived here yesterday after a long journey.

Vienna, May 3rd, 1905

We have taken rooms near the Ring."""


def test_datelines_place_the_writer_and_a_new_one_is_a_move():
    # "I arrived here yesterday" under "Munich, 2 April 1905": here is Munich, yesterday 1 April; a
    # dateline with no arrival told says the writer had arrived by the day the letter was written
    _, c = legs(LETTERS, narrator=True)
    assert route(c, "arrive") == [
        ("Geneva", "Munich", "1905-04-01"), ("Munich", "Vienna", "../1905-05-03")]


def test_a_woman_traveller_sails_for_a_port_and_reaches_the_city_beside_it():
    text = ("In March 1880 Isabella Bird was living in Edinburgh. Her husband John stayed in Edinburgh, but she "
            "sailed for Yokohama on 1 May 1880. He wrote to her every week. On 20 June she reached Tokyo. "
            "She returned to Edinburgh in December.")
    out, _ = legs(text, subject="Isabella Bird")
    assert [(a, b) for a, b, _ in out] == [("Edinburgh", "Yokohama"), ("Yokohama", "Tokyo"), ("Tokyo", "Edinburgh")]


def test_moves_no_date_of_the_story_reaches_take_the_years_under_the_chapter_title():
    c = chronology.build("Chapter 4\n\nReturn To Panama\n\n1527--1528\n\nNot long after, Pizarro sailed from "
                         "Tumbez to Payta. The following morning he went on to Panama.", subject="Pizarro")
    assert c.legs and all((leg.depart or leg.arrive) == "1527/1528" for leg in c.legs)
