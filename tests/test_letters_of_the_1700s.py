"""Letters and journals as the 18th century printed them: italics set with underscores, Old Style datelines, days
written out ("the five and twentieth", "the seventeenth instant"), and a road told letter by letter."""
import chronology
from chronology.markup import unmark


def values(text, **kw):
    return [(d.text, d.value) for d in chronology.extract_dates(text, **kw)]


def test_italic_underscores_become_spaces_keeping_every_offset():
    text = "_Vienna, Jan_. 16. O. S. 1717.\n\n_P. S._ at ____ P M, snake_case"
    out = unmark(text)
    assert len(out) == len(text) and "_" not in out.replace("____", "").replace("snake_case", "")
    assert out.startswith(" Vienna, Jan.  16.")


def test_an_old_style_dateline_in_italics_keeps_its_day_and_says_its_calendar():
    (d, *_) = chronology.extract_dates("_Vienna, Jan_. 16. O. S. 1717.\n\nI AM now to take leave of you.")
    assert (d.value, d.calendar, d.value_gregorian) == ("1717-01-16", "julian", "1717-01-27")


def test_days_written_out_the_old_way_are_days_of_the_running_month():
    got = values("On Jan. 16, 1717 we left. We came to Raab on the seventeenth instant, and stayed till the "
                 "five and twentieth.", calendar="gregorian")
    assert ("the seventeenth instant", "1717-01-17") in got and ("the five and twentieth", "1717-01-25") in got


def test_a_periodical_named_weekly_is_no_set():
    got = values("In 1867 we read Harper's Weekly and the Daily Telegraph, and rode daily.", calendar="gregorian")
    assert [t for t, _ in got if t.lower() in ("weekly", "daily")] == ["daily"]


def test_a_name_after_to_that_the_parser_takes_for_a_verb_is_still_the_goal():
    c = chronology.build("On Jan. 16, 1717 we left Vienna. We came the five and twentieth, to Mohatch, and "
                         "were shewed the field near it.", narrator=True)
    assert [leg.to.name for leg in c.legs] == ["Mohács"]


def test_a_place_a_bracketed_where_clause_says_was_reached_is_a_stop():
    c = chronology.build("On Jan. 16, 1717 we left Vienna. Such are the circumstances of Buda (where we arrived "
                         "very early the twenty-second) once the royal seat.", narrator=True)
    assert [leg.to.name for leg in c.legs] == ["Budapest"]


def test_a_date_given_outright_dates_the_move_before_one_counted_from_elsewhere():
    c = chronology.build("On Jan. 16, 1717 we left Vienna. We came to Raab (the second day from Vienna) on the "
                         "seventeenth instant.", narrator=True)
    assert "1717-01-17" in (c.legs[0].depart, c.legs[0].arrive)


def test_the_next_letter_goes_on_from_where_and_when_the_last_was_written():
    text = ("_Peterwaradin, Jan_. 30. O. S. 1717.\n\nWe came late to Belgrade on the thirtieth.\n\n"
            "_Belgrade, Feb_. 12. O. S. 1717.\n\nI write from Belgrade, where we stay.\n\n"
            "_Adrianople, April_ 1. O. S. 1717.\n\nAfter seven days travelling through thick woods, we came to "
            "Nissa.")
    (d,) = [d for d in chronology.extract_dates(text) if d.text.endswith("seven days")]
    assert d.value >= "1717-02-12"


def test_a_journey_a_relative_clause_recalls_in_the_past_perfect_is_no_leg():
    c = chronology.build("On May 10, 1765 we left Aix. We met the coach in which we had travelled eighteen "
                         "months before, from Lyons to Montpellier. We arrived at Avignon.", narrator=True)
    assert "Montpellier" not in [leg.to.name for leg in c.legs]


def test_a_place_compared_with_is_no_stop():
    c = chronology.build("On May 10, 1765 we left Nice. I found lodging at Aix fifty per cent dearer than at "
                         "Montpellier. We arrived at Avignon.", narrator=True)
    assert "Montpellier" not in [leg.to.name for leg in c.legs]


def test_boulogne_in_an_english_narrative_is_the_channel_port():
    (m,) = [p for p in chronology.find_place_mentions("From Abbeville we went on to Boulogne.") if p.text == "Boulogne"]
    assert m.place.name == "Boulogne-sur-Mer"
