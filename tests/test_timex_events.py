"""Event arithmetic: expressions counted from an event the story told (the day a place was reached or
left), not from the running date."""
import chronology


def found(text, **kw):
    kw.setdefault("calendar", "gregorian")
    return {d.text: d for d in chronology.extract_dates(text, **kw)}


def test_a_count_after_an_arrival_counts_from_the_day_of_that_arrival():
    d = found("When Napoleon reached Paris on the twentieth of March, 1815, the King had gone. "
              "On April twenty-third the Act was published. Louis fled to Ghent within five days after "
              "Napoleon reached Paris.")
    assert d["within five days"].value == "1815-03-20/1815-03-25"


def test_the_count_leaves_the_story_where_it_was():
    d = found("When Napoleon reached Paris on March 20, 1815, the King had gone. On April 23 the Act was "
              "published. Louis fled within five days after Napoleon reached Paris. The next day it rained.")
    assert d["The next day"].value == "1815-04-24"


def test_an_arrival_at_a_place_not_told_counts_from_the_last_arrival_of_who_came():
    d = found("On March 20, 1815, at nine in the evening, a carriage drew up at the gate and Napoleon alighted. "
              "On April 23 the Act was published. Louis fled within five days after Napoleon reached Paris.")
    assert d["within five days"].value == "1815-03-20/1815-03-25"


def test_days_on_the_road_from_a_place_left_bring_the_story_that_far():
    d = found("When we reached Okhotsk in September 1867 we rested. On the 24th of October the whole village "
              "turned out to see us off.\n\nWe rode on for weeks. We had been forty-one days on the road from "
              "Okhotsk. The next morning we saw the city.")
    assert d["The next morning"].value == "1867-12-05"


def test_a_look_back_at_a_place_is_the_story_last_visit_there():
    d = found("On April 24, 1814, the procession passed Valence.\n\nAt Avignon the mob raged, and the feeling "
              "at Aix was bitter.\n\nOn May 4 he landed on Elba.\n\nOn March 1, 1815, he landed at Cannes, "
              "recalling the highway through Aix but a short year before.")
    assert d["a short year before"].value == "1814-04-24/1814-05-04"


def test_the_end_of_a_first_week_in_a_place_is_a_week_after_arriving_there():
    d = found("On the 5th of December 1867 we reached Irkutsk. We called on the governor. "
              "At the end of our first week in Irkutsk, we were ready to go on.")
    assert d["the end of our first week in Irkutsk"].value == "1867-12-12"


def test_a_week_after_an_undated_arrival_ends_before_the_next_day_the_story_reaches():
    d = found("On the 4th of December 1867 we were a day's ride away.\n\nAt Irkutsk, we plunged into society."
              "\n\nAt the end of our first week in Irkutsk, we were ready. We left on the 13th of December.")
    assert d["the end of our first week in Irkutsk"].value == "1867-12-11/1867-12-13"


def test_a_look_back_in_the_past_perfect_leaves_the_story_where_it_was():
    d = found("On Friday, September 27th, 1907, the priest spoke of a book he had read not a week before. "
              "The next day we left.")
    assert d["The next day"].value == "1907-09-28"


def test_a_weekday_in_a_paragraph_opened_by_meanwhile_is_back_in_the_time_told():
    d = found("Tuesday, the 12th of December 1899. I escaped at night. On the fifth day I was beyond "
              "Middelburg.\n\nMeanwhile there had been excitement at the prison. Early on Wednesday morning "
              "my absence was discovered.\n\nThe next day I waited.")
    assert d["Wednesday morning"].value == "1899-12-13"
    assert d["The next day"].value == "1899-12-18"


def test_one_morning_in_a_part_of_the_month_the_story_is_in_is_not_before_its_day():
    d = found("On the 24th of October 1867 we left Okhotsk. We had been forty-one days on the road from "
              "Okhotsk.\n\nOne bright sunshiny morning in early December we saw the city.")
    assert d["early December"].value == "1867-12-04/1867-12-10"
