"""The running date: how narratives anchor what they leave unsaid."""
import chronology


def values(text, **kw):
    kw.setdefault("calendar", "gregorian")
    return [(d.text, d.value) for d in chronology.extract_dates(text, **kw)]


def test_missing_year_comes_from_the_story():
    assert values("On 29 June 1910 he wrote. On 13 September, he was sentenced.")[-1] == ("13 September", "1910-09-13")


def test_flash_forward_does_not_move_the_running_year():
    v = values("On 2 March 1911 he arrived. Years later he was shot in 1937. On 23 February, he left.")
    assert v[-1] == ("23 February", "1911-02-23")


def test_relative_day_resolves_against_the_last_date():
    assert values("On 29 June 1910 he petitioned. The next day, he wrote again.")[-1] == ("The next day", "1910-06-30")


def test_days_earlier_counts_back():
    assert values("On 10 May 1911 he spoke. Four days earlier, she had left.")[-1] == ("Four days earlier", "1911-05-06")


def test_month_offset_keeps_month_precision():
    assert values("In March 1910 he was arrested. Three months later, they freed her.")[-1][1] == "1910-06"


def test_year_rolls_forward_across_new_year():
    assert values("On 20 December 1912 he left. On 3 January, he arrived.")[-1] == ("3 January", "1913-01-03")


def test_travel_diary_with_headings_and_bare_days():
    text = "MARCH 7th, 1835.\nWe left the harbour at dawn.\n\nOn the 11th we reached the island. On the 2nd we sailed."
    v = values(text)
    assert v[0] == ("MARCH 7th, 1835", "1835-03-07")
    assert ("the 11th", "1835-03-11") in v
    assert ("the 2nd", "1835-04-02") in v


def test_memoir_that_rarely_gives_years():
    text = ("In 1920 we moved to Paris. That summer was hot. In the autumn, my father found work. "
            "On 3 November we took the train south.")
    v = dict(values(text))
    assert v["3 November"] == "1920-11-03"


def test_anchor_option_sets_the_document_date():
    assert values("Yesterday the minister resigned.", anchor="1911-06-15") == [("Yesterday", "1911-06-14")]


def test_heading_year_is_not_the_story_year():
    text = "In December 1912 he left.\n\nVienna, 1913\n\nOn 15 December, the Duma broke up."
    ds = chronology.extract_dates(text, calendar="gregorian")
    assert [d.narrative for d in ds if d.text == "1913"] == [False]
    assert ds[-1].value == "1912-12-15"


def test_anchor_may_be_written_as_a_reader_would():
    from chronology.timex.anchor import parse_anchor
    assert parse_anchor("15 June 1911") == "1911-06-15"
    assert parse_anchor("15 juin 1911") == "1911-06-15"


def test_anchor_keeps_the_precision_it_is_given():
    from chronology.timex.anchor import parse_anchor
    assert parse_anchor("June 1911") == "1911-06"
    assert parse_anchor("1911-06") == "1911-06"


def test_anchor_without_a_year_is_refused_not_completed_from_today():
    import pytest
    from chronology.errors import InputError
    from chronology.timex.anchor import parse_anchor
    with pytest.raises(InputError, match="with a year"):
        parse_anchor("15 June")


def test_the_day_before_a_month_is_about_that_month_not_the_month_before():
    v = {d.text: d.value for d in chronology.extract_dates("In June 1911 he sailed. Soon he wrote. "
                                                           "They had met the day before.")}
    assert v["the day before"] in ("1911-06~", "1911-06")


def test_a_running_date_without_bounds_does_not_break_later_dates():
    # an open "some time before" with nothing to close it, then bare dates that need a year
    text = "Some time before then he fled. On 13 September he wrote. In 1912 he left. On 2 May he came back."
    values = [d.value for d in chronology.extract_dates(text)]
    assert "1912" in values


def test_weekdays_count_from_the_running_date():
    # 15 May 1912 was a Wednesday
    v = {d.text: d.value for d in chronology.extract_dates(
        "On 15 May 1912 he wrote. Last Tuesday he had seen Lenin. He left on Thursday. "
        "The following Friday he arrived.", calendar="gregorian")}
    assert v["Last Tuesday"] == "1912-05-14"
    assert v["Thursday"] == "1912-05-16"
    assert v["The following Friday"] == "1912-05-17"


def test_a_weekday_in_a_month_is_that_month_approximately_not_an_invented_day():
    v = {d.text: d.value for d in chronology.extract_dates("In June 1911 he was ill. On Sunday he rested.")}
    assert v["Sunday"] == "1911-06~"


def test_a_full_month_name_at_the_end_of_a_sentence_leaves_the_full_stop_out():
    (d,) = [d for d in chronology.extract_dates("He left on Monday, 3 March.", anchor="1912")]
    assert d.text == "Monday, 3 March"


def test_the_next_day_in_a_plan_does_not_move_the_story_on():
    text = ("On 11 November 1873 I reached Georgetown. I had no money to stay over the next day. "
            "At eight the next morning I left.")
    assert values(text)[-1] == ("eight the next morning", "1873-11-12T08:00")


def test_a_bare_month_behind_the_story_day_is_background():
    text = ("On the 13th of December 1867 we left Irkutsk. With the winter road, in November, the caravans "
            "set out. The night before, we had slept.")
    v = {d.text: d for d in chronology.extract_dates(text, calendar="gregorian")}
    assert v["November"].narrative is False and v["The night before"].value == "1867-12-12"


def test_rising_after_the_evening_starts_the_next_day():
    text = ("On 2 November 1756 I walked on till sunset and slept at a farm. After a good supper I rose, "
            "and walked until three o'clock. In the morning I left.")
    assert values(text)[-1] == ("the morning", "1756-11-04")


def test_rising_to_speak_is_not_a_new_day():
    text = "On 2 November 1756 we dined at sunset. He rose to speak. At ten o'clock we left."
    assert values(text)[-1] == ("ten o'clock", "1756-11-02T22:00")


def test_a_story_opening_before_its_first_date_is_on_that_day():
    text = ("The guards came in the morning. It had just struck five when I woke.\n\n"
            "To-day is All Saints' Day.\n\nOn the 18th of December 1756 I reached Paris.")
    assert values(text)[0] == ("the morning", "1756-11-01")


def test_a_story_with_a_document_date_does_not_open_on_a_later_date():
    v = values("In the morning we left. On 9 November 1873 we arrived.", anchor="1873-11")
    assert v[0] == ("the morning", "1873-11")


def test_during_the_day_in_a_story_told_day_by_day_is_that_day():
    v = values("On 13 December 1899 I hid in the mine. During the day I ate one slab of chocolate.")
    assert v[-1] == ("the day", "1899-12-13")


def test_during_the_night_in_a_quoted_report_is_a_habit():
    v = values("On 12 September 1912 the guard wrote: “he rises during the night and paces.”")
    assert v[-1] == ("the night", "P1D")


def test_an_hour_after_dark_is_a_time_of_the_running_day():
    v = values("On 10 November 1873 I rode out. It was an hour after dark before I groped my way in.")
    assert v[-1] == ("an hour after dark", "1873-11-10")


def test_a_clock_time_on_a_weekday_is_one_time_on_that_day():
    v = values("Negotiations broke off at noon Thursday, police said.", anchor="1998-02-13")
    assert v == [("noon Thursday", "1998-02-12T12:00")]


def test_a_weekday_after_until_looks_ahead_in_news():
    v = values("The INS extended its deadline until 9 a.m. EST Tuesday.", anchor="2000-04-03")
    assert v == [("9 a.m. EST Tuesday", "2000-04-04T09:00")]


def test_a_time_zone_may_stand_between_a_clock_time_and_its_date():
    v = values("The offer runs until 5 p.m. EST Nov. 9, the company said.", anchor="1989-11-02")
    assert v == [("5 p.m. EST Nov. 9", "1989-11-09T17:00")]


def test_news_tags_each_end_of_a_range_on_its_own():
    v = values("He sold his shares between 1985 and 1987, the firm said Friday.", anchor="1989-10-27")
    assert v[:2] == [("1985", "1985"), ("1987", "1987")]


def test_a_story_keeps_a_range_whole():
    assert values("From late January to mid-February 1911 he hid.")[0][1] == "1911-01-21/1911-02-20"


def test_would_have_is_a_counterfactual_not_a_habit():
    v = values("On 31 October 1756 we climbed out. The ladder would have shown the guards where to find us "
               "in the morning.")
    assert v[-1] == ("the morning", "1756-10-31")     # a time of the story's day, not a daily set


def test_a_number_of_days_after_at_the_end_of_a_phrase_counts_from_the_story():
    assert values("On 1 November 1756 we left. Two days after, the boatman spoke.")[-1] == \
        ("Two days after", "1756-11-03")


def test_a_part_of_the_day_in_the_present_of_a_past_story_is_a_custom():
    v = values("On 19 November 1867 we dined with the governor. In Siberia the proper time for a start is "
               "late in the evening.")
    assert v[-1] == ("late in the evening", "P1D")


def test_a_season_in_the_present_of_a_past_story_is_a_custom():
    v = values("On 19 November 1867 we left. Nothing is more dreary than a settlement in winter, I think.")
    assert v[-1] == ("winter", "XXXX-24")


def test_deixis_in_single_quoted_speech_counts_from_the_story_not_the_letter():
    text = ("Lourenço Marques: December 22, 1899.\n\nOn 12 December 1899 the sentry said: 'We expect that an "
            "officer will break out here to-night. I am waiting to catch him.' The soldiers' tents stood by.")
    v = dict(values(text))
    assert v["to-night"] == "1899-12-12"


def test_an_apostrophe_does_not_open_a_quotation():
    from chronology.timex.writing import in_quotation
    text = "The soldiers' tents stood by the Boers' lines, and it's late. To-night we go."
    assert not in_quotation(text, text.index("To-night"))


def test_a_month_after_until_ends_a_span_and_leaves_the_story_where_it_is():
    v = values("In August 1814 letters came; he hoped against hope until December. In a treaty concluded on "
               "May thirtieth the boundaries were fixed.")
    assert v[-1] == ("May thirtieth", "1814-05-30")


def test_in_news_an_infinitive_under_a_past_verb_tells_of_the_past():
    v = values("Countries to accede to NATO on Friday were also Poland and Hungary.", anchor="1999-03-13")
    assert v == [("Friday", "1999-03-12")]


def test_in_news_an_infinitive_under_set_or_due_looks_ahead():
    v = values("The peace talks, set to resume Monday in Belfast, were delayed.", anchor="1998-03-22")
    assert v == [("Monday", "1998-03-23")]


def test_news_keeps_a_decade_whole_under_its_part_and_a_story_narrows_it():
    assert values("Its stock peaked in the early 1980s, it said Friday.", anchor="1989-11-02")[0] == \
        ("the early 1980s", "198X")
    assert values("In 1937 he recalled the late 1920s.")[-1] == ("the late 1920s", "1927/1929")


def test_one_day_in_news_is_a_length_or_after_a_modal_some_day_to_come():
    assert values("Major had only been in the job one day.", anchor="1989-10-30") == [("one day", "P1D")]
    assert values("Islam will one day be the second largest religion.", anchor="1998-03-03") == \
        [("one day", "1998-03-03/..")]


def test_one_day_in_a_story_is_an_unknown_day_of_the_story():
    assert values("In 1911 he lived in Vologda. One day she asked him to tea.")[-1] == ("One day", "1911-XX-XX")


def test_the_weekday_named_with_a_day_of_the_month_picks_the_month():
    v = values("On 20 March 1835 we sailed. Sunday, the 5th. We reached the island.")
    assert v[-1] == ("Sunday, the 5th", "1835-04-05")


def test_the_weekday_of_a_julian_day_counts_too():
    # Saturday 23 February 1913 in the Julian calendar (8 March Gregorian)
    v = values("On 10 February 1913 he was in Petersburg. Saturday, the 23rd, he was arrested.")
    assert v[-1] == ("Saturday, the 23rd", "1913-02-23")


def test_at_this_moment_in_a_letter_is_the_time_of_writing():
    text = ("Ladysmith: December 24, 1899.\n\nOn 12 December 1899 we marched. The troops in Ladysmith are at "
            "this moment an encumbrance.")
    assert values(text)[-1] == ("at this moment", "1899-12-24")


def test_a_letters_present_perfect_speaks_of_the_time_of_writing():
    text = ("Frere Camp: December 24, 1899.\n\nOn 12 December 1899 we marched. Up to the present time they have "
            "been entirely successful.")
    assert values(text)[-1] == ("the present time", "1899-12-24")


def test_deixis_in_reported_speech_counts_from_the_story():
    text = ("ESTES PARK, November 20.\n\nI left Longmount at eight on Saturday morning, November 15. A hunter "
            "told me not only that the Edwardses were at the cabin yesterday, but that they would stay.")
    assert values(text, anchor="1873-11")[-1] == ("yesterday", "1873-11-14")


def test_later_in_speech_counts_from_the_last_day_the_speaker_named():
    text = ("On 1 November 1756 we reached Mestre.\n\n“You will reach Borgo by the day after to-morrow, and I "
            "shall be twenty-four hours later.”")
    v = dict(values(text))
    assert v["the day after to-morrow"] == "1756-11-03" and v["twenty-four hours later"] == "1756-11-04"


def test_a_dated_day_years_behind_a_story_told_day_by_day_is_history_not_a_step_back():
    v = values("On 7 December 1872 the train left Ogden. The railroad was opened on the 23rd of October, 1867. "
               "On the 11th they reached Omaha.")
    assert v[1] == ("the 23rd of October, 1867", "1867-10-23")
    assert v[-1] == ("the 11th", "1872-12-11")


def test_within_the_week_in_a_letters_plan_counts_from_the_time_of_writing():
    text = ("Frere Camp: December 24, 1899.\n\nOn 12 December 1899 we marched. We are going to try to force the "
            "river within the week.")
    assert values(text)[-1] == ("within the week", "1899-12-24/1899-12-31")


def test_within_the_week_told_in_a_letters_past_counts_from_the_story():
    text = ("Frere Camp: December 24, 1899.\n\nOn 12 December 1899 we marched. We forced the river within the "
            "week.")
    assert values(text)[-1] == ("within the week", "1899-12-12/1899-12-19")


def test_a_part_of_the_day_beside_a_deictic_day_is_on_that_day():
    text = ("ESTES PARK, November 20.\n\nOn Monday afternoon, November 17, we rode in. To-day I have been "
            "alone in the park, as the men left to hunt elk after breakfast.")
    assert values(text, anchor="1873-11")[-1] == ("after breakfast", "1873-11-20")


def test_a_quote_mark_before_an_italic_underscore_opens_a_quotation():
    from chronology.timex.writing import in_quotation
    text = "His message was plain.\n\n'_London, December 30th_.--Best friends here hope you will come home.'"
    assert in_quotation(text, text.index("December"))


def test_a_later_date_quoted_in_a_letter_does_not_move_the_story():
    text = ("Frere Camp: December 24, 1899.\n\nOn the afternoon of December 23, 1899 we landed. His message was "
            "plain.\n\n'_London, December 30th_.--Best friends hope you will come home.--M.'\n\nI left by the "
            "night mail. Two days later we reached the camps.")
    assert values(text)[-1] == ("Two days later", "1899-12-25")


def test_the_night_before_in_a_habit_is_a_daily_set():
    v = values("On 19 December 1867 we left. Every night found us two hundred miles nearer than we had been "
               "the night before.")
    assert v[-1] == ("the night before", "P1D")


def test_the_night_before_told_once_is_the_day_before():
    assert values("On 19 December 1867 we arrived. We had slept in a hut the night before.")[-1] == \
        ("the night before", "1867-12-18")


def test_the_past_year_is_the_twelve_months_up_to_the_running_month():
    v = values("On 20 March 1815 he spoke. Everything possible had been said about him during the past year.")
    assert v[-1] == ("the past year", "1814-03/1815-03")


def test_a_counterfactual_months_later_leaves_the_story_where_it_is():
    text = ("On 5 December 1872 the train crossed the plain. Fields of wheat would have been seen six months later. "
            "On the 7th they stopped.")
    assert values(text)[-1] == ("the 7th", "1872-12-07")


def test_the_far_end_of_a_span_between_two_days_does_not_move_the_story():
    text = ("On 12 December 1872 they sailed. He had nine days, between the 12th and the 21st of December. "
            "On the 13th they passed the Banks.")
    assert values(text)[-1] == ("the 13th", "1872-12-13")


def test_rising_after_going_to_bed_is_the_next_day():
    text = ("On 13 November 1873 I rode to Boulder and was obliged to go to bed at once. "
            "I got up very early, and in the morning rode up the canyon.")
    assert values(text)[-1] == ("the morning", "1873-11-14")


def test_getting_up_without_a_night_between_stays_on_the_day():
    text = "On 1 November 1756 we sat on the roof. I got up and looked through a chink. In the morning we left."
    assert values(text)[-1] == ("the morning", "1756-11-01")


LETTERS = """DEER VALLEY, November.

To-night I am in a clean farmhouse. I left the gulch this morning at ten.

DENVER, November 9.

I left the farm at ten the next morning, slept at a store, got up at four, and rode on to Denver. Saturday was wonderful in its beauty.
"""


def test_a_letter_dated_by_its_month_is_written_on_the_day_its_story_reaches_the_next_date_from():
    v = dict(values(LETTERS, anchor="1873-11"))
    assert v["To-night"] == "1873-11-06" and v["Saturday"] == "1873-11-08"
    assert v["November"] == "1873-11"      # the dateline itself says only the month


def test_the_next_letter_goes_on_from_the_day_its_story_stopped():
    v = dict(values(LETTERS, anchor="1873-11"))
    assert v["ten the next morning"] == "1873-11-07T10:00" and v["four"] == "1873-11-08T04:00"


def test_a_letter_dated_by_its_month_with_nothing_after_it_keeps_the_month():
    assert dict(values(LETTERS.split("DENVER")[0], anchor="1873-11"))["To-night"] == "1873-11~"


def test_within_a_count_of_hours_is_a_length_in_a_story():
    v = values("On 6 May 1873 he was tried and strung on that tree within an hour. Within five days they left.")
    assert ("within an hour", "PT1H") in v and ("Within five days", "1873-05-06/1873-05-11") in v


def test_a_part_of_the_month_just_ahead_of_the_story_is_reached_at_its_first_day():
    text = "On 10 November 1873 I rode to Golden City. Think of November half through! The next day I left."
    assert values(text)[-1] == ("The next day", "1873-11-12")


def test_a_month_in_a_present_tense_custom_does_not_move_the_story():
    ds = chronology.extract_dates("In January 1835 we anchored at Santa Barbara. It is dangerous to lie near the shore "
                       "between the months of November and April. In March we left.")
    by = {d.text: d for d in ds}
    assert by["November"].narrative is False and by["March"].value == "1835-03"


def test_centuries_before_the_first_year_are_an_unknown_year_not_a_crash():
    ds = chronology.extract_dates("In 1867 we reached Ephesus. Twenty centuries before, the city had been great.")
    assert [d.value for d in ds if d.text == "Twenty centuries before"] == ["XXXX"]


def test_a_day_of_the_month_above_the_running_day_is_the_nearer_one_of_the_month_before():
    v = values("On May 3, 1863 we marched. Sherman moved the day of our attack, the 30th, with ten regiments.")
    assert v[-1] == ("the 30th", "1863-04-30")


def test_a_later_day_a_plan_or_a_doubt_leads_to_leaves_the_story_where_it_is():
    v = values("On May 3, 1863 we marched. I heard from Banks, who said that he could not be at Port Hudson "
               "before the 10th of May. The night of the 2d I slept little.")
    assert v[-1] == ("The night of the 2d", "1863-05-02")


def test_a_modal_in_a_clause_before_does_not_make_a_later_day_a_plan():
    v = values("On 1 February 1815 he waited. This language may have referred to the scheme, but on February "
               "tenth he received a clear account, and on the evening of the twelfth he sent for Drouot.")
    assert v[-1] == ("the evening of the twelfth", "1815-02-12")
