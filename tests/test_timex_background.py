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
