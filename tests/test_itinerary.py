"""Events, legs, journeys, checks, corrections and exports."""
import json


import chronology
from chronology import checks
from chronology.corrections import Corrections
from chronology.export import geojson, timelinejs
from chronology.models import Leg, PlaceRef, Span
from chronology.people import variants

ESCAPE_MEMOIR = """On 3 March 1905, I was arrested in Kiev and sentenced to exile.
On 20 April 1905, we were deported to Vologda. In early June, I escaped from Vologda and took the train to
Moscow. Two days later I reached Petersburg, and on 1 July I boarded a steamer for Stockholm."""

NOVEL_LOG = """Phileas Fogg left London on 2 October 1872. Mr. Fogg took the train to Brindisi.
His servant Passepartout set off for Paris first. On 9 October, Fogg arrived in Suez by steamer.
On 20 October, he reached Bombay."""


def legs_of(text, **kw):
    c = chronology.build(text, **kw)
    return [(l.from_.name if l.from_ else None, l.to.name, l.status, l.mode) for l in c.legs], c


def test_narrator_memoir_gives_the_narrators_legs():
    legs, _ = legs_of(ESCAPE_MEMOIR, narrator=True)
    assert ("Kiev", "Vologda", "exile", "unknown") in legs
    assert ("Vologda", "Moscow", "escape", "train") in legs
    assert legs[-1][1] == "Stockholm" and legs[-1][3] == "steamer"


def test_other_peoples_moves_are_not_the_subjects():
    legs, _ = legs_of(NOVEL_LOG, subject="Phileas Fogg")
    assert ("London", "Paris") not in [(a, b) for a, b, *_ in legs]
    assert [b for _, b, *_ in legs][:1] == ["Brindisi"]


def test_name_variants_need_no_cast():
    assert {"Fogg", "Mr. Fogg", "Mr Fogg"} <= set(variants("Phileas Fogg"))


def test_subject_is_chosen_and_reported_when_not_given():
    c = chronology.build(NOVEL_LOG)
    assert any(f.check == "subject" and "Fogg" in f.message for f in c.findings)


def test_legs_are_grouped_into_journeys_with_titles():
    _, c = legs_of(ESCAPE_MEMOIR, narrator=True)
    kinds = [j.kind for j in c.journeys]
    assert "exile" in kinds and "escape" in kinds
    assert all(j.title and j.legs for j in c.journeys)


def _leg(i, a, b, depart=None, arrive=None, mode="unknown"):
    pa = PlaceRef(id=a[0], name=a[0], lat=a[1], lon=a[2])
    pb = PlaceRef(id=b[0], name=b[0], lat=b[1], lon=b[2])
    return Leg(id=i, **{"from": pa}, to=pb, depart=depart, arrive=arrive, mode=mode,
               evidence=Span(start=0, end=1, text="x", line=1), confidence=0.8)


MOSCOW, TOMSK, TVER = ("Moscow", 55.75, 37.62), ("Tomsk", 56.48, 84.95), ("Tver", 56.86, 35.9)


def test_check_arrival_before_departure():
    (f,) = checks.arrive_before_depart([_leg("L1", MOSCOW, TOMSK, "1912-07-10", "1912-07-02")])
    assert f.check == "arrive_before_depart"


def test_check_impossible_speed_by_cart():
    (f,) = checks.speed([_leg("L1", MOSCOW, TOMSK, "1912-07-01", "1912-07-02", "cart")])
    assert "cart" in f.message


def test_check_plausible_speed_by_train_passes():
    assert checks.speed([_leg("L1", MOSCOW, TVER, "1912-07-01", "1912-07-01", "train")]) == []


def test_check_dates_running_backwards():
    legs = [_leg("L1", MOSCOW, TVER, "1912-07-10"), _leg("L2", TVER, TOMSK, "1912-07-01")]
    assert [f.check for f in checks.dates_run_backwards(legs)] == ["dates_backwards"]


def test_check_two_places_at_once():
    legs = [_leg("L1", MOSCOW, TVER, "1912-07-10"), _leg("L2", TOMSK, TVER, "1912-07-10")]
    assert [f.check for f in checks.two_places_at_once(legs)] == ["two_places"]


def test_corrections_are_applied_and_recorded():
    fixes = Corrections(corrections=[{"leg": "L1", "status": "escape"}, {"leg": "L2", "drop": True},
                                     {"mention": "Stockholm", "not_place": True}])
    c = chronology.build(ESCAPE_MEMOIR, narrator=True, corrections=fixes)
    assert c.legs[0].status == "escape"
    assert "L1: status = escape" in c.corrections_applied and "L2: dropped" in c.corrections_applied
    assert all(m.text != "Stockholm" for m in c.places)


def test_geojson_is_lon_lat_and_follows_great_circles():
    _, c = legs_of(ESCAPE_MEMOIR, narrator=True)
    fc = json.loads(geojson.dumps(c))
    line = next(f for f in fc["features"] if f["properties"]["kind"] == "leg")
    lon, lat = line["geometry"]["coordinates"][0]
    assert 25 < lon < 40 and 45 < lat < 60      # Kiev as [lon, lat]
    assert len(line["geometry"]["coordinates"]) > 2


def test_antimeridian_legs_are_split():
    pts = geojson.great_circle_points((65.0, 170.0), (65.0, -170.0))
    parts = geojson.split_antimeridian(pts)
    assert len(parts) == 2 and all(-180 <= lon <= 180 for p in parts for _, lon in p)


def test_timelinejs_has_integer_dates_and_display_wording():
    _, c = legs_of(ESCAPE_MEMOIR, narrator=True)
    doc = json.loads(timelinejs.dumps(c))
    ev = doc["events"][0]
    assert isinstance(ev["start_date"]["year"], int) and ev["display_date"]


def test_seed_itinerary_has_journeys(seed_text, seed_cast):
    c = chronology.build(seed_text, cast=seed_cast)
    assert len(c.legs) > 10 and len(c.journeys) > 5


def test_check_calendar_clash_on_one_line():
    text = "In Moscow on 3 March 1912 Koba wrote to Lenin, who answered from Cracow on 20 March 1912."
    c = chronology.build(text, subject="Koba", calendar="by-place")
    assert "calendar_clash" in [f.check for f in checks.calendar_clash(c.dates)]


def test_check_unresolved_places_are_listed_for_review():
    text = "On 3 March 1912 Koba reached Zxqvilleburg."
    c = chronology.build(text, subject="Koba")
    assert any(f.check == "unresolved_place" and "Zxqvilleburg" in f.message for f in c.review)


def test_a_correction_may_give_a_date_as_written():
    fixes = Corrections(corrections=[{"leg": "L1", "depart": "6 July 1905"}])
    c = chronology.build(ESCAPE_MEMOIR, narrator=True, corrections=fixes)
    assert c.legs[0].depart == "1905-07-06" and "L1: depart = 1905-07-06" in c.corrections_applied


def test_a_correction_with_a_date_that_is_not_one_is_refused(tmp_path):
    import pytest
    from chronology.corrections import load_corrections
    from chronology.errors import InputError
    bad = tmp_path / "fixes.json"
    bad.write_text('{"corrections": [{"leg": "L1", "depart": "soon"}]}', encoding="utf-8")
    with pytest.raises(InputError, match="corrections.0.depart: 'soon' is not a date"):
        load_corrections(bad)


def test_an_editors_bracketed_gloss_makes_an_alias():
    text = ("In May 1912 Ivan Kuzmin lived in Kiev. “Vasia [Kuzmin] left for Odessa on 2 June 1912,” "
            "his sister wrote. Kick Vasia [Kuzmin] out, she added.")
    c = chronology.build(text, subject="Ivan Kuzmin")
    assert any("also called Vasia" in f.message for f in c.findings)
    assert [l.to.name for l in c.legs] == ["Odessa"]


def test_a_town_named_in_a_comparison_is_not_where_the_story_starts():
    text = ("The road had the exact appearance of the old paved highways leading out of Rome. "
            "We sailed down to Kau, where we landed.")
    legs, _ = legs_of(text, narrator=True, anchor="1866-06")
    assert not any(f == "Rome" for f, *_ in legs)


def test_a_journey_no_one_is_said_to_own_is_the_narrators():
    text = ("I set forth [from Indianapolis] on the first day of September, 1867. [The trip to Jeffersonville, "
            "on the banks of the Ohio, was made by rail.]")
    legs, _ = legs_of(text, narrator=True)
    assert ("Indianapolis", "Jeffersonville", "travel", "train") in legs


def test_a_far_goal_is_not_reached_sooner_than_its_mode_could_go():
    # forty km a day on foot: the Gulf, 1,500 km off, is not where the next night's tavern is, nor reached
    # by the last day the text tells
    text = ("I set forth from Indianapolis on 1 September 1867 on a thousand-mile walk to the Gulf of Mexico. "
            "On 2 September I arrived at a rickety tavern. On 3 September I reached Elizabethtown.")
    legs, _ = legs_of(text, narrator=True)
    assert not any(to == "Gulf of Mexico" for _, to, *_ in legs)
    assert ("Indianapolis", "Elizabethtown") in [(f, t) for f, t, *_ in legs]


def test_a_scottish_or_irish_name_is_someone_elses_move():
    text = "On 10 May 1863 I was at Port Gibson. McPherson moved to Utica. O'Neil went to Raymond."
    legs, _ = legs_of(text, narrator=True)
    assert not any(to in ("Utica", "Raymond") for _, to, *_ in legs)


def test_a_road_said_to_go_somewhere_is_no_ones_move():
    text = ("On 2 May 1863 we reached Port Gibson. When the junction of the road going to Vicksburg with the "
            "road from Port Gibson to Raymond and Jackson was reached, Logan was sent on.")
    legs, _ = legs_of(text, narrator=True)
    assert not any(to in ("Vicksburg", "Raymond", "Jackson") for _, to, *_ in legs)
