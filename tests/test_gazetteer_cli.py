"""`chronology gazetteer lookup`: candidates with scores and reasons, ranked near a place."""
import json

import pytest
from click.testing import CliRunner

from chronology.cli import cli


@pytest.fixture
def run():
    def go(*args):
        return CliRunner().invoke(cli, [str(a) for a in args])
    return go


def test_lookup_json_gives_name_point_score_and_reasons_best_first(run):
    r = run("gazetteer", "lookup", "Georgetown", "--format", "json")
    assert r.exit_code == 0
    rows = json.loads(r.output)
    assert all({"name", "lat", "lon", "score", "reasons", "match"} <= set(row) for row in rows)
    assert [row["score"] for row in rows] == sorted((row["score"] for row in rows), reverse=True)


def test_lookup_near_a_place_puts_the_nearby_namesake_first(run):
    r = run("gazetteer", "lookup", "Georgetown", "--near", "Denver", "--format", "json")
    top = json.loads(r.output)[0]
    assert abs(top["lat"] - 39.71) < 0.2 and abs(top["lon"] + 105.70) < 0.2
    assert any("from Denver" in x for x in top["reasons"])


def test_lookup_of_an_old_spelling_says_it_is_a_spelling_guess(run):
    rows = json.loads(run("gazetteer", "lookup", "Ekaterineburg", "--format", "json").output)
    assert rows[0]["name"] == "Yekaterinburg" and rows[0]["match"] == "variant"
    assert any("spelling" in x for x in rows[0]["reasons"])


def test_lookup_near_an_unknown_place_is_a_usage_error(run):
    r = run("gazetteer", "lookup", "Paris", "--near", "Qqxqzzv")
    assert r.exit_code == 2 and "--near" in r.output


def test_check_passes_on_the_bundled_files_and_counts_the_historical_places(run):
    r = run("gazetteer", "check")
    assert r.exit_code == 0 and "historical places, 0 problems" in r.output


def test_check_flags_a_curated_name_that_would_shadow_a_historical_place(run, tmp_path):
    mine = tmp_path / "mine.csv"
    mine.write_text("id,name,type,lat,lon,source\nfrere-uk,Frere,village,52.0,1.0,my notes\n", encoding="utf-8")
    r = run("gazetteer", "check", "--gazetteer", mine)
    assert r.exit_code == 1 and "'Frere' is a curated name" in r.output
