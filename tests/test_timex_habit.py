"""Habits: a cue of repetition makes a time of day a daily set only in the expression's own clause."""
import chronology


def kinds(text, **kw):
    kw.setdefault("calendar", "gregorian")
    return {d.text: (d.kind, d.value) for d in chronology.extract_dates(text, **kw)}


def test_would_in_a_reported_that_clause_is_the_future_in_the_past():
    k = kinds("On 20 November 1867 we dined with the governor in the evening. We insisted that the bell had rung; "
              "that the town gates would close at ten thirty sharp; and that we must leave.")
    assert k["ten thirty sharp"] == ("time", "1867-11-20T22:30")


def test_would_telling_a_custom_makes_the_hour_a_daily_set():
    k = kinds("On 20 November 1867 we reached Irkutsk. In those weeks we would dine at two o'clock.")
    assert k["two o'clock"][0] == "set"


def test_a_habit_in_another_clause_leaves_the_time_on_the_story_day():
    k = kinds("On 3 October 1872 the ship sailed. It was then eight o'clock; at half-past nine, "
              "the Carnatic would leave the harbour.")
    assert k["eight o'clock"] == ("time", "1872-10-03T08:00")


def test_a_time_of_day_told_for_a_run_of_successive_days_is_a_daily_set():
    k = kinds("On 29 October 1867 we began the climb. For four successive days, near the summit, mercury "
              "froze at noon.")
    assert k["noon"] == ("set", "P1D")
