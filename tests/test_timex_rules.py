"""Every rule's worked examples, and the negative cases, as specifications."""
import pytest

import chronology
from chronology.timex.rules import EXAMPLE_ANCHOR, RULES
from chronology.timex.rules_deixis import RULES_DEIXIS
from chronology.timex.rules_written import RULES_WRITTEN

EXAMPLES = [pytest.param(r.name, text, value, id=f"{r.name}:{text}")
            for r in RULES + RULES_DEIXIS + RULES_WRITTEN if r.build != "REMOVE" for text, value in r.examples if value is not None]


# The worked examples read as a story told from EXAMPLE_ANCHOR; those of words that count from the
# time of writing ("Friday", "currently") are read as news written that day.
_WRITING_RULES = {"rel.now", "rel.weekday_bare"}


def _longest(text, register="auto"):
    ds = chronology.extract_dates(text, calendar="gregorian", anchor=EXAMPLE_ANCHOR, register=register)
    return max(ds, key=lambda d: d.end - d.start) if ds else None


@pytest.mark.parametrize("rule,text,value", EXAMPLES)
def test_rule_example_gives_its_value(rule, text, value):
    d = _longest(text, "news" if rule in _WRITING_RULES else "narrative")
    assert d is not None, f"{rule}: nothing found in {text!r}"
    assert d.value == value


NOT_TEMPORAL = [
    "He said he may come.",              # "may" the verb
    "Comrade March arrived late.",       # March as a name
    "They sailed under the Sun.",        # Sun is not Sunday
    "He saw the sun and the moon.",      # "sun and"
    "There were 2000 soldiers there.",   # a count, not a year
    "She was aged twenty-four.",         # an age
    "a sixteen-year-old girl",
    "he was two years older than her",
    "this time he won",                  # an occasion, not a time
    "nineteen twenty-dollar bills",      # a count before a plural noun, not a year in words
    "eighteen hundred men",              # a count: "hundred" years need a cue
    "the glory of the sunset",           # the sun's light, not a time: no preposition of time
    "the ecstasy of sunset colour",
    "into the pure air and sunset light",
    "The daylight died.",
    "The evening shadows had darkened.",  # a part of the day describing a noun
    "The wolf howled now and then.",     # sometimes, not the time of writing
    "The town by daylight showed its meanness.",   # the light one sees by, as "by candlelight"
    "The present state of matters is bad.",   # the adjective
    "the lead of the cathedrals, by order of Henry the eighth",   # a ruler's number, not a day
    "Polypodium and Aspidium acrostichoides [Christmas Fern] most abundant",   # a plant named after a feast
    "They reached Easter Island.",
]


@pytest.mark.parametrize("text", NOT_TEMPORAL)
def test_not_a_temporal_expression(text):
    assert chronology.extract_dates(text, calendar="gregorian", anchor=EXAMPLE_ANCHOR) == []


def test_year_is_a_year_not_the_first_of_january():
    (d,) = chronology.extract_dates("In 1911 he was in Vologda.", calendar="gregorian")
    assert (d.value, d.precision, d.earliest, d.latest) == ("1911", "year", "1911-01-01", "1911-12-31")


def test_fuzzy_range_spans_both_parts():
    (d,) = chronology.extract_dates("In 1911 he went. In late January to mid-February, he left.", calendar="gregorian")[1:]
    assert d.text == "late January to mid-February" and d.value == "1911-01-21/1911-02-20"


def test_some_time_before_is_an_open_interval():
    ds = chronology.extract_dates("On 2 January 1911 he wrote. Some time before 23 February, they married.",
                                  calendar="gregorian")
    assert ds[-1].text == "Some time before 23 February" and ds[-1].value == "../1911-02-23"


def test_clock_time_joins_its_date():
    (d,) = chronology.extract_dates("At 3:45 p.m. on 6 September 1911, he left.", calendar="gregorian")
    assert d.kind == "time" and d.value == "1911-09-06T15:45"


def test_money_rate_is_a_set():
    ds = chronology.extract_dates("He earned sixty roubles a month.", calendar="gregorian")
    assert [(d.text, d.kind, d.value) for d in ds] == [("a month", "set", "P1M")]


def test_a_numeral_and_a_half_is_carried_into_the_smaller_unit():
    v = [(d.text, d.value) for d in chronology.extract_dates("They lived in camps for 2 1/2 years.")]
    assert v == [("2 1/2 years", "P2Y6M")]


def test_a_company_year_ended_on_a_date_is_a_length():
    v = [(d.text, d.value) for d in chronology.extract_dates("Revenue for the year ended March 31 rose.",
                                                             anchor="1989-10-31")]
    assert v[0] == ("the year", "P1Y")


def test_present_perfect_progressive_places_a_month_day_before_the_news_date():
    v = [(d.text, d.value) for d in chronology.extract_dates("Police have been searching for him since Oct. 23.",
                                                             anchor="1999-05-06")]
    assert v == [("Oct. 23", "1998-10-23")]


def test_a_possessive_length_after_after_or_within_is_a_duration():
    v = [(d.text, d.value) for d in chronology.extract_dates(
        "On 12 November 1873 I left. After four hours' fearful bouncing we were within a day's ride of it.")]
    assert ("four hours", "PT4H") in v and ("a day", "P1D") in v


def test_a_day_of_the_month_told_in_the_past_perfect_is_before_the_story_and_does_not_move_it():
    text = ("On June 4th, 1805 he reached Barbadoes. He found accounts that the fleets had been seen from St. Lucia "
            "on the 28th. The next morning he sailed for Tobago.")
    values = {t.text: t.value for t in chronology.build(text, subject="Nelson").dates}
    assert values["the 28th"] == "1805-05-28"
    assert values["The next morning"] == "1805-06-05"


def test_a_day_after_a_weekday_or_a_month_is_still_a_day_where_a_rulers_number_is_not():
    found = chronology.extract_dates("On Monday the twentieth we came to Montrose, where Charles the Second had slept.",
                                     calendar="gregorian", anchor=EXAMPLE_ANCHOR)
    assert [d.text for d in found if "the" in d.text] == ["the twentieth"]


def test_at_night_opening_a_diary_sentence_is_that_days_night_not_every_night():
    found = chronology.extract_dates("_September 14._ I walked ten miles. At night I slept in the bushes.",
                                     calendar="gregorian", anchor="1867-09")
    assert [d.value for d in found if "night" in d.text.lower()] == ["1867-09-14"]


def test_the_close_of_the_day_is_its_evening_and_the_morning_told_next_is_the_next_day():
    text = ("On the 20th of August 1773 we stopped a while at Dundee, and came about the close of the day to "
            "Aberbrothick. In the morning we went on to Montrose.")
    found = chronology.extract_dates(text, calendar="gregorian")
    assert [(d.text, d.value) for d in found if "the" in d.text][1:] == [
        ("about the close of the day", "1773-08-20"), ("the morning", "1773-08-21")]


@pytest.mark.parametrize("text, value", [("April 27,1863", "1863-04-27"), ("the 30th of April,1863", "1863-04-30")])
def test_a_year_after_a_comma_with_no_space_is_still_the_dates_year(text, value):
    found = chronology.extract_dates(f"Dated {text}, at the landing.", calendar="gregorian")
    assert [d.value for d in found] == [value]


def test_the_month_of_december_previous_looks_back():
    found = chronology.extract_dates("On April 27, 1863, we crossed. In the month of December previous I had "
                                     "gone to Memphis.", calendar="gregorian")
    assert [d.value for d in found] == ["1863-04-27", "1862-12"]


@pytest.mark.parametrize("text, value", [("The night previous we had camped at Kingaru.", "1871-03-31"),
                                         ("The day following we rested.", "1871-04-02")])
def test_a_day_previous_or_following_counts_from_the_running_day(text, value):
    found = chronology.extract_dates(f"On 1 April 1871 we marched. {text}", calendar="gregorian")
    assert [d.value for d in found][1:] == [value]


def test_a_bare_day_told_before_the_storys_first_full_date_is_of_that_dates_month():
    text = ("On the 24th my headquarters were at Smith's plantation. The following order was issued: "
            "Perkins Plantation, April 27,1863.")
    found = chronology.extract_dates(text, calendar="gregorian")
    assert [d.value for d in found] == ["1863-04-24", "1863-04-27"]


def test_the_present_century_is_the_hundred_years_of_the_running_date_as_people_count_them():
    ds = chronology.extract_dates("On 18 August 1773 we left. The houses built in the present century are of stone.",
                                  calendar="gregorian")
    assert [(d.text, d.value) for d in ds][-1] == ("the present century", "1700/1799")


def test_a_day_of_the_running_month_in_figures_is_a_date_after_any_part_of_the_day():
    ds = chronology.extract_dates("On April 27, 1863 we marched. The night of the 29th I directed him to arm one.",
                                  calendar="gregorian")
    assert ("The night of the 29th", "1863-04-29") in [(d.text, d.value) for d in ds]


def test_the_old_american_second_and_third_2d_and_3d_are_days():
    ds = chronology.extract_dates("On April 27, 1863 we marched. He reached Baton Rouge May 2d, and we left May 3d.",
                                  calendar="gregorian")
    assert [d.value for d in ds][1:] == ["1863-05-02", "1863-05-03"]


def test_ordinals_in_figures_before_a_capital_are_regiments_not_days():
    ds = chronology.extract_dates("On April 27, 1863 we marched. The 13th Corps and the 23d Iowa crossed.",
                                  calendar="gregorian")
    assert [d.text for d in ds] == ["April 27, 1863"]
