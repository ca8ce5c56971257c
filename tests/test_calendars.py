"""Julian and Gregorian: the value keeps the text's numbers; the equivalent is beside it."""
import chronology
from chronology.timex.calendars import calendar_for
from chronology.timex.edtf import Point
from chronology.timex.calendars import julian_to_gregorian
import datetime as dt


def test_dual_date_keeps_the_old_style_number_first():
    (d,) = [d for d in chronology.extract_dates("On 9/22 December 1912 he wrote.") if d.text.startswith("9/22")]
    assert (d.value, d.value_gregorian, d.calendar) == ("1912-12-09", "1912-12-22", "julian")


def test_parenthesised_dual_date():
    (d,) = chronology.extract_dates("He was born on 1 (13) January 1830.")
    assert (d.value, d.value_gregorian) == ("1830-01-01", "1830-01-13")


def test_julian_offset_is_13_days_from_march_1900():
    assert julian_to_gregorian(Point(1912, 4, 22)) == Point(1912, 5, 5)


def test_julian_offset_is_12_days_in_the_19th_century():
    assert julian_to_gregorian(Point(1835, 3, 7)) == Point(1835, 3, 19)


def test_by_place_is_julian_in_the_russian_empire_before_1918():
    assert calendar_for("Russian Empire", dt.date(1912, 4, 22), "by-place") == "julian"
    assert calendar_for("Russian Empire", dt.date(1918, 3, 1), "by-place") == "gregorian"
    assert calendar_for("Austria-Hungary", dt.date(1912, 11, 5), "by-place") == "gregorian"


def test_date_in_a_russian_town_gets_its_gregorian_equivalent():
    (d,) = [d for d in chronology.extract_dates("On 6 July 1911, he sailed from Solvychegodsk to Kotlas.")]
    assert (d.calendar, d.value, d.value_gregorian) == ("julian", "1911-07-06", "1911-07-19")


def test_date_in_cracow_is_gregorian():
    (d,) = chronology.extract_dates("On 5 November 1912, he reached Cracow.")
    assert (d.calendar, d.value_gregorian) == ("gregorian", None)


def test_calendar_setting_overrides_place():
    (d,) = chronology.extract_dates("On 5 November 1912, he reached Cracow.", calendar="julian")
    assert (d.calendar, d.value_gregorian) == ("julian", "1912-11-18")


def test_old_style_marker_makes_a_date_julian_wherever_it_is():
    (d,) = chronology.extract_dates("In London, June 29, 1850, Old Style, was the date.")
    assert (d.value, d.calendar, d.value_gregorian) == ("1850-06-29", "julian", "1850-07-11")


def test_new_style_marker_makes_a_date_gregorian_in_russia():
    (d,) = [d for d in chronology.extract_dates("In Moscow on 12 March 1912 (N.S.) he wrote.") if d.text.startswith("12")]
    assert (d.calendar, d.value_gregorian) == ("gregorian", None)


def test_easter_in_a_western_text_is_western_easter():
    (d,) = chronology.extract_dates("In London on Easter Sunday 1905 we met.", calendar="gregorian")
    assert d.value == "1905-04-23"


def test_easter_in_a_julian_text_is_orthodox_easter_in_julian_numbers():
    (d,) = chronology.extract_dates("In Tiflis on Good Friday, 1905, he preached.")
    assert (d.value, d.calendar, d.value_gregorian) == ("1905-04-15", "julian", "1905-04-28")


def test_easter_without_a_year_takes_the_storys_year():
    dates = chronology.extract_dates("In London in March 1905 he waited. At Easter he left.", calendar="gregorian")
    assert dates[-1].value == "1905-04-23"
