"""A journal told by its entries ("October 12th.--"): each heading dates the days that follow it."""
import chronology


def values(text, **kw):
    kw.setdefault("calendar", "gregorian")
    kw.setdefault("register", "narrative")
    return [(d.text, d.value) for d in chronology.extract_dates(text, **kw)]


def test_an_entry_headed_by_two_days_alone_spans_them_in_the_journals_month():
    text = "September 28th.--We rode on.\n\n29th and 30th.--We passed the town.\n\nOctober 1st.--We left."
    assert ("29th and 30th", "1833-09-29/1833-09-30") in values(text, anchor="1833-09")


def test_an_entry_for_two_days_leaves_the_story_on_the_first():
    text = "September 28th.--We rode on.\n\n29th and 30th.--We passed the town. In the evening we slept."
    assert values(text, anchor="1833-09")[-1] == ("the evening", "1833-09-29")


def test_two_days_of_a_named_month_are_one_span():
    text = "October 2nd.--We rode.\n\nOctober 3rd and 4th.--I was confined to my bed."
    assert values(text, anchor="1833-09")[-1] == ("October 3rd and 4th", "1833-10-03/1833-10-04")


def test_an_entry_heading_keeps_the_journals_year_after_a_year_the_entry_told():
    text = ("October 5th.--We stayed in the town. In 1834 the church was rebuilt.\n\n"
            "October 12th.--We sailed down the river.")
    assert values(text, anchor="1833-09")[-1] == ("October 12th", "1833-10-12")


def test_a_heading_after_new_year_is_in_the_journals_next_year():
    text = "December 30th.--A gale.\n\nJanuary 2nd.--Calm at last."
    assert values(text, anchor="1833-12")[-1] == ("January 2nd", "1834-01-02")


def test_an_entry_headed_by_its_weekday_and_day_is_that_day_of_the_journals_month():
    text = "October 1st.--We crossed the river.\n\nThursday, 3rd.--A gale."
    assert values(text, anchor="1833-09")[-1] == ("Thursday, 3rd", "1833-10-03")


def test_an_entry_day_smaller_than_the_last_is_in_the_next_month():
    text = "September 30th.--Rain all day.\n\n1st.--We crossed the river."
    assert values(text, anchor="1833-09")[-1] == ("1st", "1833-10-01")


def test_two_days_a_month_does_not_have_are_no_date():
    assert values("February 30th and 31st, 1833 were cold.") == [("February 30th and 31st, 1833", None)]


def test_an_editors_bracketed_label_heading_an_entry_leaves_the_entry_in_the_story():
    text = ("[Clark, September 8, 1806] Munday 8th September 1806 Set out very early this morning and proceeded on.\n\n"
            "[Clark, September 9, 1806] Tuesday 9th September 1806 Set out early and passed the river.")
    assert ("this morning", "1806-09-08") in values(text)


def test_a_paragraph_opened_by_a_notes_number_is_still_a_note():
    text = ("On 2 October 1873 we rode to Denver and slept there.\n\n"
            "[20] May, 1878.--I am copying this letter in the city of San Francisco, and regretfully add a note.")
    dates = chronology.extract_dates(text, calendar="gregorian", register="narrative")
    assert not next(d for d in dates if d.text.startswith("May")).narrative



def test_the_parted_old_spelling_to_day_is_the_day_of_the_entry():
    got = values("[Clark, September 17, 1806] We decended only 30 miles to day and encamped. We go on to morrow.")
    assert ("to day", "1806-09-17") in got and ("to morrow", "1806-09-18") in got


def test_from_day_to_day_and_from_morning_to_night_are_no_day_of_writing():
    got = values("On 17 September 1806 we toiled from day to day, and from morning to night.")
    assert not [v for t, v in got if t.endswith(("to day", "to night")) and v.startswith("1806")]
