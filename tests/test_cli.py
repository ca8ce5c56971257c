"""The command line: shapes, stdin, exit codes, and bad input."""
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from chronology.cli import cli

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def run():
    def go(*args, input=None):
        return CliRunner().invoke(cli, [str(a) for a in args], input=input)
    return go


def test_dates_json_follows_the_contract(run):
    r = run("dates", "-", "--format", "json", input="On 6 July 1911, he sailed.")
    assert r.exit_code == 0
    (d,) = json.loads(r.output)
    assert {k: d[k] for k in ("text", "start", "end", "kind", "value")} == \
        {"text": "6 July 1911", "start": 3, "end": 14, "kind": "date", "value": "1911-07-06"}


def test_places_json_follows_the_contract(run):
    r = run("places", "-", "--format", "json", input="He reached Cracow.")
    (p,) = json.loads(r.output)
    assert p["text"] == "Cracow" and p["place"]["name"] == "Kraków" and (p["start"], p["end"]) == (11, 17)


def test_text_format_is_a_table(run):
    r = run("dates", "-", "--format", "text", input="On 6 July 1911, he sailed.")
    assert r.output.splitlines()[0].split()[:3] == ["text", "start", "end"]


def test_missing_file_is_one_line_and_exit_1(run):
    r = run("dates", "no/such/file.txt")
    assert r.exit_code == 1 and r.output.strip().startswith("Error: no/such/file.txt: no such file")
    assert "Traceback" not in r.output


def test_directory_is_refused(run, tmp_path):
    r = run("places", tmp_path)
    assert r.exit_code == 1 and "is a directory" in r.output


def test_binary_junk_is_refused(run, tmp_path):
    f = tmp_path / "junk.bin"
    f.write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    r = run("dates", f)
    assert r.exit_code == 1 and "binary" in r.output


def test_non_utf8_is_refused_with_a_fix(run, tmp_path):
    f = tmp_path / "latin1.txt"
    f.write_bytes("Kraków im Mai 1912".encode("latin-1"))
    r = run("dates", f)
    assert r.exit_code == 1 and "not UTF-8" in r.output and "iconv" in r.output


def test_bad_input_leaves_no_output_directory(run, tmp_path):
    f = tmp_path / "junk.bin"
    f.write_bytes(b"\x00\xff" * 100)
    out = tmp_path / "out"
    r = run("build", f, "--out", out)
    assert r.exit_code == 1 and not out.exists()


def test_empty_narrative_builds_an_empty_chronology(run, tmp_path):
    f = tmp_path / "empty.txt"
    f.write_text("", encoding="utf-8")
    r = run("build", f, "--out", tmp_path / "out")
    assert r.exit_code == 0
    c = json.loads((tmp_path / "out" / "chronology.json").read_text())
    assert c["legs"] == [] and c["dates"] == []
    assert "empty" in r.output


def test_bad_format_is_a_usage_error(run):
    r = run("dates", "-", "--format", "xml", input="x")
    assert r.exit_code == 2


def test_bad_cast_file_is_explained(run, tmp_path):
    f = tmp_path / "t.txt"
    f.write_text("He went to Moscow in 1912.", encoding="utf-8")
    c = tmp_path / "cast.json"
    c.write_text("[1, 2]", encoding="utf-8")
    r = run("build", f, "--out", tmp_path / "o", "--cast", c)
    assert r.exit_code == 1 and "not a cast file" in r.output


def test_build_writes_every_output(run, tmp_path):
    r = run("build", "--out", tmp_path / "o")
    assert r.exit_code == 0, r.output
    names = {p.name for p in (tmp_path / "o").iterdir()}
    assert {"chronology.json", "map.html", "timeline.html", "events.geojson", "events.csv", "timelinejs.json",
            "timeline.md", "places.lpf.json"} <= names


def test_committed_schema_is_up_to_date(run):
    r = run("schema", "--check", ROOT / "chronology.schema.json")
    assert r.exit_code == 0, r.output


def test_gazetteer_lookup_gives_the_name_in_use(run):
    r = run("gazetteer", "lookup", "Tbilisi", "--year", "1912")
    assert r.exit_code == 0 and "Tiflis in 1912" in r.output


def test_gazetteer_check_passes_on_bundled_data(run):
    r = run("gazetteer", "check")
    assert r.exit_code == 0, r.output


def test_user_gazetteer_wins(run, tmp_path):
    g = tmp_path / "mine.csv"
    g.write_text("id,name,names,type,lat,lon,source\nmy-vologda,Vologda,,town,10.0,10.0,my notes\n", encoding="utf-8")
    r = run("places", "-", "--gazetteer", g, input="He reached Vologda.")
    assert json.loads(r.output)[0]["place"]["lat"] == 10.0


def test_every_command_has_help_with_an_example(run):
    for cmd in (["dates"], ["places"], ["build"], ["schema"], ["serve"], ["gazetteer", "lookup"]):
        r = run(*cmd, "--help")
        assert r.exit_code == 0 and "Example:" in r.output, cmd


def test_tiles_url_without_attribution_is_a_usage_error(run, tmp_path):
    r = run("build", "--out", tmp_path / "o", "--tiles", "https://t.example.org/{z}/{x}/{y}.png")
    assert r.exit_code == 2 and "--tiles-attr" in r.output
    assert not (tmp_path / "o").exists()


def test_unknown_tile_provider_is_a_usage_error(run, tmp_path):
    r = run("build", "--out", tmp_path / "o", "--tiles", "NoSuchTiles")
    assert r.exit_code == 2 and "no tile provider" in r.output


def test_tiles_url_with_attribution_is_credited_on_the_map(run, tmp_path):
    r = run("build", "--out", tmp_path / "o", "--tiles", "https://t.example.org/{z}/{x}/{y}.png",
            "--tiles-attr", "Example tiles")
    assert r.exit_code == 0, r.output
    assert "Example tiles" in (tmp_path / "o" / "map.html").read_text(encoding="utf-8")


def test_a_map_that_cannot_render_is_one_line_and_no_output(tmp_path, monkeypatch):
    import maps.render
    from chronology.errors import RenderError
    from chronology.export.map_worker import MapWorker

    def broken(*a, **k):
        raise ValueError("Custom tiles must have an attribution.")
    monkeypatch.setattr(maps.render, "render_map", broken)
    worker = MapWorker()
    import chronology
    with pytest.raises(RenderError, match="^map.html: Custom tiles"):
        worker.render(chronology.build("On 2 May 1911 Ivan went to Tver.", subject="Ivan"))


def test_a_map_worker_that_dies_is_replaced_by_rendering_in_process(monkeypatch):
    import os
    import chronology
    from chronology.export import map_worker
    monkeypatch.setattr(map_worker, "_render_here", lambda *a, **k: os._exit(9) if os.getpid() != parent else "<html>")
    parent = os.getpid()
    worker = map_worker.MapWorker()
    assert worker.render(chronology.build("On 2 May 1911 Ivan went to Tver.", subject="Ivan")) == "<html>"


def test_a_fault_of_the_tool_is_one_line_and_exit_1(run, monkeypatch):
    import chronology.pipeline

    def broken(*args, **kwargs):
        raise ValueError("month must be in 1..12")
    monkeypatch.setattr(chronology.pipeline, "analyse", broken)
    r = run("dates", "-", input="On 6 July 1911, he sailed.")
    assert r.exit_code == 1 and "Traceback" not in r.output
    assert r.output.strip().startswith("Error: internal error (ValueError: month must be in 1..12)")
