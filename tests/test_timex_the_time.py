"""'At that time': the month the story is in, or, set off by a comma, the year of an outdated description."""
import chronology


def found(text, **kw):
    kw.setdefault("calendar", "gregorian")
    return {d.text: d for d in chronology.extract_dates(text, **kw)}


def test_at_that_time_in_a_story_is_the_month_it_is_in():
    d = found("The news reached Vienna on March sixth, 1815. At that time the powers were agreed.")
    assert d["At that time"].value == "1815-03"


def test_a_span_of_days_within_a_month_gives_that_month():
    d = found("The news reached Vienna on March sixth, 1815. A few days later the servants were dismissed. "
              "At that time the powers were agreed.")
    assert d["At that time"].value == "1815-03"


def test_at_that_time_set_off_by_a_comma_dates_an_outdated_description_by_its_year():
    d = found("On the 7th of January 1868 we reached Nizhni Novgorod, which, at that time, was the terminus "
              "of the railway.")
    assert (d["at that time"].value, d["at that time"].narrative) == ("1868", False)


def test_such_an_early_hour_is_the_hour_the_story_has_reached():
    d = found("On 1 November 1756 I opened a window. A lounger wondered what I was doing there at such an "
              "early hour.")
    assert d["such an early hour"].value == "1756-11-01"


def test_the_day_as_the_subject_of_its_passing_is_the_story_day():
    d = found("On 13 December 1899 I hid in a wood. The long day reached its close at last.")
    assert d["The long day"].value == "1899-12-13"
