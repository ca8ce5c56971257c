"""Dates told in passing: history and background that a story's running date does not follow."""
import chronology


def values(text, **kw):
    kw.setdefault("calendar", "gregorian")
    return [(d.text, d.value) for d in chronology.extract_dates(text, **kw)]


def test_a_span_of_years_behind_the_story_is_history_and_keeps_the_story_in_its_year():
    text = ("October 5th.--We stayed at the Bajada.\n\nThe period included between the years 1827 and 1830 is "
            "called the great drought.\n\nOctober 12th.--We sailed.")
    v = values(text, anchor="1833-09", register="narrative")
    assert ("1827 and 1830", "1827/1830") in v and v[-1] == ("October 12th", "1833-10-12")


def test_the_very_next_year_after_a_year_of_history_is_the_year_after_it():
    text = ("On 5 October 1833 we reached the town. Subsequently to the drought of 1827 to 1832 a rainy season "
            "followed, and the bones were buried by the deposits of the very next year.")
    assert values(text)[-1] == ("the very next year", "1833")


def test_the_next_year_in_the_story_counts_from_the_story():
    assert values("In March 1910 he was arrested. The next year he was freed.")[-1] == ("The next year", "1911")


def test_a_day_of_the_month_told_in_the_past_perfect_is_the_last_such_day_before_the_story():
    text = ("On the 11th of April 1805 he sailed. After five days a neutral gave intelligence that the French "
            "had been seen off Cape de Gatte on the 7th.")
    assert values(text)[-1] == ("the 7th", "1805-04-07")


def test_a_full_day_told_in_the_past_perfect_behind_the_story_does_not_take_it_back():
    text = ("On the 15th of August 1805 he joined Cornwallis off Ushant. At Portsmouth he found news: Calder had "
            "fallen in with them on the 22nd of July. The next day he went ashore.")
    v = values(text)
    assert ("the 22nd of July", "1805-07-22") in v and v[-1] == ("The next day", "1805-08-16")


def test_a_bare_day_after_a_look_back_is_in_its_month_and_stays_behind():
    text = ("On the 15th of August 1805 he reached Portsmouth. Calder had fallen in with them on the 22nd of July. "
            "The fleets remained in sight of each other till the 26th, when the enemy bore away. "
            "The next day he went ashore.")
    v = values(text)
    assert ("the 26th", "1805-07-26") in v and v[-1] == ("The next day", "1805-08-16")


def test_a_quoted_date_well_behind_the_story_does_not_drag_it_back():
    text = ('On the 17th of July 1805 he came in sight of Cape St. Vincent. "June 18th," his diary says, "Cape '
            'Spartel in sight." The next day he anchored at Gibraltar.')
    v = values(text)
    assert ("June 18th", "1805-06-18") in v and v[-1] == ("The next day", "1805-07-18")


def test_a_quoted_date_a_day_behind_puts_the_story_right():
    text = ('On 3 October 1872 he made the wager. "As today is Wednesday, the 2nd of October, I shall be back." '
            'The next day he left.')
    assert values(text)[-1] == ("The next day", "1872-10-03")


def test_a_date_opening_a_quoted_diary_entry_dates_it_and_moves_the_story():
    text = ('On the 18th of June 1805 he steered for Europe. His diary says: "June 21. Midnight, nearly calm, '
            'saw three planks."')
    assert values(text)[-1] == ("Midnight", "1805-06-21T24:00")


def test_a_later_date_inside_quoted_talk_is_a_plan():
    text = 'On the 18th of June 1805 he sailed. He said, "We shall be at Gibraltar on June 21st." That night he slept.'
    assert values(text)[-1] == ("That night", "1805-06-18")


def test_a_weekday_takes_its_own_date_written_after_it():
    text = ('On the 15th of August 1805 he reached Portsmouth. His journal says: "Friday night (Sept. 13), I drove '
            'from dear Merton." Early on the following morning he reached Portsmouth.')
    v = values(text)
    assert ("Friday night", "1805-09-13") in v and v[-1] == ("the following morning", "1805-09-14")


def test_a_day_opening_a_clause_in_the_past_perfect_is_a_look_back():
    text = ("On February 27th 1805 he anchored in Pula Bay. From the 21st of January the fleet had remained ready "
            "for battle. The next day he sailed.")
    assert values(text)[-1] == ("The next day", "1805-02-28")


def test_a_day_with_had_as_a_main_verb_is_the_story_going_on():
    text = "On the 3rd of May 1805 he sailed. On the 5th of May we had a gale. The next day it fell calm."
    assert values(text)[-1] == ("The next day", "1805-05-06")
