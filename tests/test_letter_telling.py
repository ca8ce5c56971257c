"""How letters tell a journey: where the letter is written, what is still to come, what is remembered."""
import chronology


def pairs(text, **kw):
    return [(l.from_.name, l.to.name) for l in chronology.build(text, **kw).legs]


def test_an_inn_found_at_a_town_puts_the_writer_there():
    text = "In August 1795 I left Christiania. I found an excellent inn at Moss, and slept there."
    assert pairs(text, narrator=True) == [("Christiania", "Moss")]


def test_the_place_where_the_writer_is_waiting_is_reached_after_the_journey_the_letter_tells():
    text = ("In August 1795 I left Christiania. I have been writing these sheets at an inn in Elsinore, where I am "
            "waiting for horses. We stopped to sleep at an inn in Falkenberg. The next day we reached Helsingborg.")
    assert pairs(text, narrator=True) == [("Christiania", "Falkenberg"), ("Falkenberg", "Helsingborg"),
                                          ("Helsingborg", "Helsingør")]


def test_a_town_the_writer_will_arrive_at_till_the_next_letter_is_not_reached():
    text = "In September 1795 I left Gothenburg and reached Helsingør. Adieu! till I arrive at Copenhagen."
    assert pairs(text, narrator=True) == [("Gothenburg", "Helsingør")]


def test_a_journey_that_only_dates_a_state_of_mind_is_not_told():
    text = ("In August 1795 I left Christiania and reached Moss. When going to Lisbon, the elasticity of my mind "
            "was sufficient to ward off weariness. The next day I reached Fredrikstad.")
    assert pairs(text, narrator=True) == [("Christiania", "Moss"), ("Moss", "Fredrikstad")]


def test_leaving_a_town_of_the_country_one_is_in_is_no_way_to_the_town():
    text = ("In August 1795 I travelled through Norway. I was sorry to leave Christiania, but on the 26th I "
            "reached Moss.")
    assert ("Norway", "Christiania") not in pairs(text, narrator=True)


def test_being_unwilling_to_leave_a_town_says_the_writer_was_there():
    text = ("In August 1795 I left Christiania and reached Strömstad. I was unwilling to leave Gothenburg without "
            "visiting the cascade. The next day I reached Trollhättan.")
    assert pairs(text, narrator=True)[-2:] == [("Strömstad", "Gothenburg"), ("Gothenburg", "Trollhättan")]
