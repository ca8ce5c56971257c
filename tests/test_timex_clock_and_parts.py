"""Clock times in words and parts of the day: what they cover, and what only looks like them."""
import chronology


def values(text, **kw):
    kw.setdefault("calendar", "gregorian")
    kw.setdefault("register", "narrative")
    return [(d.text, d.value) for d in chronology.extract_dates(text, **kw)]


def test_a_clock_hour_in_the_afternoon_of_a_day_of_the_month_is_that_day_and_hour():
    text = "On the eighteenth of January 1805 the French put to sea. At three in the afternoon of the nineteenth, the frigates came."
    assert values(text)[-1] == ("three in the afternoon of the nineteenth", "1805-01-19T15:00")


def test_half_past_with_a_hyphen_is_the_half_hour():
    assert values("On 13 September 1805 he dined. At half-past ten at night he drove from Merton.")[-1] == \
        ("half-past ten at night", "1805-09-13T22:30")


def test_a_quarter_before_the_hour_is_a_quarter_to_it():
    assert values("On 2 October 1872 the train left at a quarter before nine in the evening.")[-1] == \
        ("a quarter before nine in the evening", "1872-10-02T20:45")


def test_a_time_on_a_later_day_named_in_talk_of_plans_does_not_move_the_story():
    text = ('On 2 October 1872 he made the wager. "I shall be back on Saturday, the 21st of December, at a quarter '
            'before nine." The next day he reached Suez.')
    assert values(text)[-1] == ("The next day", "1872-10-03")


def test_the_quarter_news_comes_from_is_no_time():
    assert values("On 4 April 1805 he bore up. From the same quarter he learned that saddles had been sent.") == \
        [("4 April 1805", "1805-04-04")]


def test_a_quarter_deck_is_no_quarter_of_the_year():
    assert values("In August 1805 he paced the walk he used to call the quarter-deck.") == [("August 1805", "1805-08")]


def test_a_part_of_the_day_is_described_by_adjectives_not_by_particles_or_names():
    v = values("On 15 October 1833 we sailed. In the creeks of the Parana, as the evening drew to a close, a bird "
               "appeared. The fleet stayed without a bulk-head up night or day.")
    assert ("the evening", "1833-10-15") in v and not any("bulk-head" in t for t, _ in v)


def test_a_deed_shared_out_with_each_is_no_habit():
    text = ("On 19 January 1805 the fleet weighed, and at six in the evening ran through the strait, each ship "
            "following the stern-lights of its leader.")
    assert values(text)[-1] == ("six in the evening", "1805-01-19T18:00")


def test_each_night_tells_a_habit():
    assert values("In January 1805 the fleet cruised, and each night at ten the signal lights were lit.")[-1] == \
        ("ten", "P1D")


def test_the_morning_told_after_a_plan_for_the_next_day_is_that_day():
    text = ("October 20th.--I went on shore at Las Conchas. After a long conversation I obtained permission to go the "
            "next day to the General. In the morning I rode to the encampment.")
    assert values(text, anchor="1833-09")[-1] == ("the morning", "1833-10-21")


def test_the_morning_after_a_plan_given_up_in_another_paragraph_stays_on_the_day():
    text = ("October 20th.--I went on shore. I hoped to go on the next day.\n\nIn the morning I wrote letters, "
            "and in the evening I slept.")
    assert values(text, anchor="1833-09")[-2] == ("the morning", "1833-10-20")


def test_a_newspaper_named_after_a_part_of_the_day_is_no_time():
    assert values("On 3 October 1872 The Times, Standard, Morning Post, and Daily News scouted the project.") == \
        [("3 October 1872", "1872-10-03")]


def test_an_hour_in_figures_with_the_next_morning_is_that_hour_of_the_next_day():
    ds = chronology.extract_dates("On April 1st, 1871 the horses died. I was up all night; but at 6 o'clock the "
                                  "next morning he also died.", calendar="gregorian")
    assert ("6 o'clock the next morning", "1871-04-02T06:00") in [(d.text, d.value) for d in ds]


def test_every_other_hour_is_one_hour_in_two():
    ds = chronology.extract_dates("In 1871 he took the medicine every other hour.", calendar="gregorian")
    assert [(d.text, d.value) for d in ds][-1] == ("every other hour", "PT2H")
