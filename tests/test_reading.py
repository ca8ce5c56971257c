"""Reading the result: stays, the time axis, period borders, the figure, the notebook helpers and
the corrections the review page writes."""
import json

import pytest
from click.testing import CliRunner

import chronology
from chronology.cli import cli
from chronology.corrections import Corrections, apply_corrections
from chronology.errors import InputError
from chronology.models import PlaceRef
from maps.axis import axis_data
from maps.borders import choose, load_file, nearest_year
from maps.escape import script_json
from maps.stops import stays, stops

TRIP = """On 2 May 1911 Ivan took the train from Moscow to Tver. On 4 May 1911 he reached Vologda.
On 9 May 1911 he returned to Moscow by train."""


@pytest.fixture(scope="module")
def trip():
    return chronology.build(TRIP, subject="Ivan")


@pytest.fixture(scope="module")
def built(tmp_path_factory, trip):
    from chronology.export import write_all
    out = tmp_path_factory.mktemp("trip")
    write_all(trip, out, text=TRIP)
    return out


def test_a_stay_runs_from_the_arrival_to_the_next_departure_from_the_same_place(trip):
    at_vologda = [s for s in stays(trip) if s.place.name == "Vologda"]
    assert len(at_vologda) == 1
    assert at_vologda[0].days == (5, 5)
    assert at_vologda[0].length == "5 days"


def test_stops_are_one_per_place_and_the_most_visited_comes_first(trip):
    names = [s.place.name for s in stops(trip)]
    assert sorted(names) == ["Moscow", "Tver", "Vologda"]
    assert names[0] == "Moscow"           # left and came back to


def test_an_exact_day_is_a_solid_bar_and_an_uncertain_month_a_faded_one(trip):
    uncertain = trip.model_copy(deep=True)
    leg0 = uncertain.legs[0]
    leg0.depart, leg0.arrive, leg0.depart_gregorian, leg0.arrive_gregorian = "1911-01-21/1911-02-20", None, None, None
    exact = {b["id"]: b for b in axis_data(trip)["bars"]}
    faded = {b["id"]: b for b in axis_data(uncertain)["bars"]}
    leg = trip.legs[0].id
    assert exact[leg]["core"] == [exact[leg]["lo"], exact[leg]["hi"]]
    assert "core" not in faded[leg] and faded[leg]["hi"] - faded[leg]["lo"] == 31


def test_the_time_axis_has_a_lane_per_journey_and_one_for_stays(trip):
    lanes = axis_data(trip)["lanes"]
    assert [l["id"] for l in lanes] == [j.id for j in trip.journeys] + ["stays"]


def test_a_julian_date_shows_its_gregorian_equivalent_in_the_tooltip():
    c = chronology.build("On 2 May 1911 (O.S.) Ivan took the train from Moscow to Tver.", subject="Ivan")
    tips = [b["tip"] for b in axis_data(c)["bars"]]
    assert any("Gregorian 1911-05-15" in t for t in tips)


def test_the_borders_are_the_bundled_snapshot_nearest_the_story(trip):
    assert nearest_year(1911.4, [1815, 1880, 1914, 1938]) == 1914
    assert nearest_year(1850, [1815, 1880, 1914, 1938]) == 1880
    b = choose(trip)
    assert b.year == 1914 and "GPL-3.0" in b.credit
    assert any(name == "Russian Empire" for name, *_ in b.states())
    assert choose(trip, "none") is None


def test_a_borders_file_that_is_not_polygons_fails_with_a_one_line_fix(tmp_path):
    bad = tmp_path / "b.geojson"
    bad.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, '
                   '"geometry": {"type": "Point", "coordinates": [1, 2]}}]}')
    with pytest.raises(InputError, match="no Polygon or MultiPolygon"):
        load_file(bad)


def test_a_users_borders_file_is_drawn_in_place_of_the_bundled_one(tmp_path, trip):
    mine = tmp_path / "mine.geojson"
    mine.write_text(json.dumps({"type": "FeatureCollection", "features": [{"type": "Feature",
                    "properties": {"NAME": "Tverland", "label": [35.9, 56.9]}, "geometry": {"type": "Polygon",
                    "coordinates": [[[35, 56], [37, 56], [37, 58], [35, 58], [35, 56]]]}}]}))
    b = choose(trip, str(mine))
    assert b.states()[0][0] == "Tverland" and "mine.geojson" in b.credit


def test_script_json_cannot_close_the_script_element():
    s = script_json({"t": "</script><script>alert(1)</script> & <!--"})
    assert "<" not in s and ">" not in s and json.loads(s)["t"].startswith("</script>")


def test_the_figure_is_a_png_1600_px_wide_and_an_svg_and_pdf_with_the_stop_names(tmp_path, trip):
    from PIL import Image

    from chronology.figure import draw
    draw(trip, tmp_path / "m.png")
    draw(trip, tmp_path / "m.svg")
    draw(trip, tmp_path / "m.pdf")
    assert Image.open(tmp_path / "m.png").size[0] >= 1200
    svg = (tmp_path / "m.svg").read_text(encoding="utf-8")
    assert all(f"{name}</text>" in svg for name in ("Tver", "Vologda", "Moscow"))
    assert "km</text>" in svg and "travel</text>" in svg          # scale bar and legend
    assert (tmp_path / "m.pdf").read_bytes().startswith(b"%PDF")


def test_a_hostile_place_name_is_plain_text_in_the_svg_figure(tmp_path, trip):
    from chronology.figure import draw
    c = trip.model_copy(deep=True)
    c.legs[1].to = c.legs[1].to.model_copy(update={"name": "<script>alert(1)</script> $x^2$"})
    draw(c, tmp_path / "h.svg")
    svg = (tmp_path / "h.svg").read_text(encoding="utf-8")
    assert "<script" not in svg and "&lt;script&gt;alert(1)&lt;/script&gt; $x^2$" in svg


def test_the_figure_command_reads_a_build_directory(built, tmp_path):
    r = CliRunner().invoke(cli, ["figure", str(built), "--out", str(tmp_path / "f.svg")])
    assert r.exit_code == 0 and (tmp_path / "f.svg").exists()


def test_the_figure_command_says_how_to_fix_a_wrong_suffix_or_a_directory_not_built(built, tmp_path):
    r = CliRunner().invoke(cli, ["figure", str(built), "--out", str(tmp_path / "f.gif")])
    assert r.exit_code == 2 and ".png, .svg or .pdf" in r.output
    r = CliRunner().invoke(cli, ["figure", str(tmp_path), "--out", str(tmp_path / "f.png")])
    assert r.exit_code == 1 and "run `chronology build" in r.output
    assert not (tmp_path / "f.png").exists()


def test_build_figure_writes_the_figure_beside_the_other_outputs(tmp_path):
    src = tmp_path / "trip.txt"
    src.write_text(TRIP, encoding="utf-8")
    r = CliRunner().invoke(cli, ["build", str(src), "--subject", "Ivan", "--out", str(tmp_path / "o"),
                                 "--figure", "journeys.pdf", "--borders", "none"])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "o" / "journeys.pdf").exists() and (tmp_path / "o" / "map.html").exists()
    assert "Borders c." not in (tmp_path / "o" / "map.html").read_text(encoding="utf-8")


def test_chron_map_is_a_folium_map_and_repr_html_holds_it(trip):
    import folium
    assert isinstance(trip.map(), folium.Map)
    html = trip._repr_html_()
    assert "<iframe" in html and "Vologda" in html


@pytest.mark.parametrize("kind,count", [("legs", lambda c: len(c.legs)), ("dates", lambda c: len(c.dates)),
                                        ("places", lambda c: len(c.places)), ("events", lambda c: len(c.events))])
def test_to_pandas_gives_one_row_per_item_with_its_evidence_offsets(trip, kind, count):
    df = trip.to_pandas(kind)
    assert len(df) == count(trip)
    for _, row in df.iterrows():
        assert TRIP[row.evidence_start:row.evidence_end] == row.evidence_text


def test_to_pandas_names_the_kinds_it_knows():
    with pytest.raises(ValueError, match="legs, dates, places, events, stays"):
        chronology.build(TRIP, subject="Ivan").to_pandas("journeys")


def test_a_correction_moves_a_leg_and_the_start_of_the_next(trip):
    legs = [l.model_copy(deep=True) for l in trip.legs]
    fix = Corrections.model_validate({"corrections": [{"leg": legs[1].id, "to": {
        "name": "Yaroslavl", "lat": 57.63, "lon": 39.87}}]})
    out, applied = apply_corrections(fix, legs)
    assert out[1].to.name == "Yaroslavl" and out[1].to.source == "user"
    assert out[2].from_.name == "Yaroslavl"
    assert applied == [f"{legs[1].id}: to = Yaroslavl"]


def test_a_correction_resolves_a_mention_to_the_place_given():
    fix = Corrections.model_validate({"corrections": [{"mention": "Tver", "place": {
        "name": "Kalinin", "lat": 56.86, "lon": 35.9}}]})
    c = chronology.build(TRIP, subject="Ivan", corrections=fix)
    assert "Kalinin" in [l.to.name for l in c.legs]
    assert "mention 'Tver' is Kalinin" in c.corrections_applied
