"""Seasons: a season named whole is its EDTF code, a part of one a span of months."""
import datetime as dt

import chronology
from chronology.timex import edtf


def values(text, **kw):
    kw.setdefault("calendar", "gregorian")
    return dict((d.text, d.value) for d in chronology.extract_dates(text, **kw))


def test_a_season_named_whole_is_its_edtf_code():
    v = values("On 4 May 1814 he landed. In the summer, he built roads. By autumn the talk was general.")
    assert v["the summer"] == "1814-22" and v["autumn"] == "1814-23"


def test_a_winter_is_coded_in_the_year_it_begins():
    assert values("In November 1873 I arrived. The family had left for the winter.")["the winter"] == "1873-24"


def test_a_part_of_a_season_stays_months():
    assert values("On 4 May 1814 he landed. In late summer he rode out.")["late summer"] == "1814-08/1814-09"


def test_the_season_of_its_weather_is_the_season():
    assert values("On 4 May 1814 he landed. During the summer heat, the court moved.")["summer"] == "1814-22"


def test_a_season_to_be_spent_is_a_season():
    v = values('In December 1814 he said: "We shall spend the spring in Paris."')
    assert v["the spring"] == "1815-21"


def test_news_keeps_a_season_as_its_months():
    # the news gold follows TimeML's values written out as months
    d = chronology.extract_dates("The plant will reopen in the summer, officials said.", anchor="1998-03-02",
                                 register="news")
    assert [x.value for x in d] == ["1998-06/1998-08"]


def test_a_season_code_reads_back_as_its_months():
    v = edtf.parse("1873-24")
    assert (v.lo(), v.hi(), v.edtf()) == (dt.date(1873, 12, 1), dt.date(1874, 2, 28), "1873-24")


def test_timeml_writes_a_season_code_as_its_season_name():
    from chronology.export.timeml import timeml_value
    assert (timeml_value("1814-22"), timeml_value("1873-24~")) == ("1814-SU", "1873-WI")


def test_a_season_before_a_present_verb_in_a_story_told_in_the_past_is_a_custom():
    v = values("On 20 November 1867 we left Yakutsk. The severest hardship of post travel in winter is "
               "not the cold.")
    assert v["winter"] == "XXXX-24"


def test_mid_winter_is_the_january_of_the_winter_it_names():
    (d,) = [x for x in chronology.extract_dates("In December 1834 we sailed. It was mid-winter.") if x.text == "mid-winter"]
    assert d.value == "1835-01"


def test_mid_winter_told_in_january_is_the_winter_already_begun():
    (d,) = [x for x in chronology.extract_dates("In January 1835 we anchored. As it was mid-winter, we stayed.")
            if x.text == "mid-winter"]
    assert d.value == "1835-01"


def test_a_month_in_the_present_of_a_past_story_is_that_month_of_any_year():
    v = values("On 3 May 1795 I arrived at Tonsberg. In June the town is full of strangers, they say.")
    assert v["June"] == "XXXX-06"


def test_the_month_the_letter_is_written_in_is_no_custom():
    v = values("Tonsberg, July 12, 1795. We are now in July, and the evenings are fine.")
    assert v["July"] == "1795-07"
