"""`chronology batch`: many texts into text folders, one Parquet store, failures and a corpus page."""
from __future__ import annotations

import json
import re
import threading
from pathlib import Path

import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from chronology.batch import BatchOptions, run_batch
from chronology.batch.deadline import TextTimeout, deadline
from chronology.batch.inputs import Defaults, collect_jobs, safe_id
from chronology.batch.rows import TIMING_COLUMNS
from chronology.batch.store import Store
from chronology.cli import cli

TEXTS = {
    "petrov.txt": "Ivan Petrov was arrested in Moscow in March 1910.\n\nOn 3 May 1911 Ivan Petrov left Moscow for "
                  "Vologda by train. He lived in Vologda through the summer of 1911.\n\nOn 10 December 1911 he "
                  "escaped from Vologda and went to Petersburg.\n",
    "ivanova.txt": "Anna Ivanova sailed from Odessa to Constantinople on 2 June 1905.\n\nOn 20 June 1905 she "
                   "travelled from Constantinople to Vienna by train, and on 1 July 1905 she went on to Paris.\n",
    "lenz.txt": "In April 1898 Maria Lenz travelled from Berlin to Vologda. In 1911 she was in Vologda again.\n",
}
README = Path(__file__).resolve().parents[1] / "README.md"


def _readme_queries() -> list[str]:
    """The DuckDB queries of the README's batch section, as a reader would paste them."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## A corpus: `chronology batch`"):]
    section = section[:section.index("\n## ", 10)]
    return re.findall(r"```sql\n(.*?)```", section, re.S)


def _corpus(folder: Path, texts: dict[str, str] = TEXTS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _opts(out: Path, **kw) -> BatchOptions:
    return BatchOptions(out=out, engine=kw.pop("engine", "serial"), quiet=True, maps=kw.pop("maps", False), **kw)


def _rows(out: Path, table: str) -> list[dict]:
    rows = ds.dataset(out / "store" / table, format="parquet").to_table().to_pylist()
    return sorted(({k: v for k, v in r.items() if k not in TIMING_COLUMNS} for r in rows),
                  key=lambda r: json.dumps(r, sort_keys=True, default=str))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """One small corpus built once, with the per-text maps, for the tests that only read it."""
    root = tmp_path_factory.mktemp("batch")
    corpus = _corpus(root / "in")
    report = run_batch([str(corpus)], _opts(root / "out", maps=True))
    return root / "out", report


def test_every_text_gets_a_folder_with_what_build_writes(built):
    out, report = built
    assert report.built == len(TEXTS) and report.failed == 0
    for name in TEXTS:
        folder = out / "texts" / Path(name).stem
        assert {"chronology.json", "map.html", "timeline.html", "legs.csv"} <= {p.name for p in folder.iterdir()}


def test_store_rows_carry_text_id_and_match_each_texts_chronology(built):
    out, _ = built
    texts = {r["text_id"] for r in _rows(out, "texts")}
    assert texts == {Path(n).stem for n in TEXTS}
    for table in ("dates", "places", "events", "legs", "journeys", "findings"):
        rows = _rows(out, table)
        for tid in texts:
            chron = json.loads((out / "texts" / tid / "chronology.json").read_text(encoding="utf-8"))
            assert len([r for r in rows if r["text_id"] == tid]) == len(chron[table]), (table, tid)


def test_store_rows_keep_the_evidence_offsets_of_the_text(built):
    out, _ = built
    for leg in _rows(out, "legs"):
        text = TEXTS[leg["text_id"] + ".txt"]
        assert text[leg["evidence_start"]:leg["evidence_end"]] == leg["evidence_text"]


def test_legs_are_geoparquet_with_wkb_lines_in_lon_lat(built):
    import shapely
    out, _ = built
    for part in (out / "store" / "legs").glob("*.parquet"):
        geo = json.loads(pq.read_metadata(part).metadata[b"geo"])
        assert geo["primary_column"] == "geometry" and geo["columns"]["geometry"]["encoding"] == "WKB"
        assert set(geo["columns"]["geometry"]["geometry_types"]) <= {"LineString", "MultiLineString"}
    legs = [l for l in _rows(out, "legs") if l["geometry"] is not None]
    assert legs
    for leg in legs:
        line = shapely.from_wkb(leg["geometry"])
        lon, lat = line.coords[0] if line.geom_type == "LineString" else line.geoms[0].coords[0]
        assert (round(lat, 3), round(lon, 3)) == (round(leg["from_lat"], 3), round(leg["from_lon"], 3))


def test_readme_duckdb_queries_run_on_the_store(built):
    duckdb = pytest.importorskip("duckdb")
    out, _ = built
    queries = _readme_queries()
    assert len(queries) == 3
    answers = [duckdb.sql(q.replace("corpus/store", str(out / "store"))).fetchall() for q in queries]
    assert all(answers)   # each question has an answer in the small corpus


def test_corpus_page_has_one_layer_per_subject(built):
    from chronology.batch.corpus_map import corpus_data
    out, _ = built
    data = corpus_data(out / "store")
    subjects = {l["subject_name"] or "(unknown subject)" for l in _rows(out, "legs") if l["geometry"]}
    assert {s["name"] for s in data["subjects"]} == subjects
    page = (out / "corpus.html").read_text(encoding="utf-8")
    assert 'id="filter"' in page.replace("'", '"') and "L.control.layers" in page


def test_bad_files_are_recorded_and_the_exit_code_says_so(tmp_path):
    corpus = _corpus(tmp_path / "in", {"good.txt": TEXTS["lenz.txt"]})
    (corpus / "latin1.txt").write_bytes("Caf\xe9 in Paris, 1905".encode("latin-1"))
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04")
    (corpus / "empty.txt").write_text("  \n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["batch", str(corpus), "--out", str(tmp_path / "out"), "--engine", "serial",
                                      "--no-maps"])
    assert result.exit_code == 1
    failures = [json.loads(l) for l in (tmp_path / "out" / "failures.jsonl").read_text().splitlines()]
    assert sorted(f["text_id"] for f in failures) == ["binary", "empty", "latin1"]
    assert all(f["error"] and f["path"] for f in failures)
    assert [r["text_id"] for r in _rows(tmp_path / "out", "texts")] == ["good"]


def test_a_crash_in_the_pipeline_is_that_texts_failure(tmp_path, monkeypatch):
    import chronology.pipeline

    def crash(text, **kw):
        if "Petrov" in text:
            raise RuntimeError("boom")
        return real(text, **kw)
    real = chronology.pipeline.build
    monkeypatch.setattr(chronology.pipeline, "build", crash)
    report = run_batch([str(_corpus(tmp_path / "in"))], _opts(tmp_path / "out"))
    assert (report.built, report.failed) == (len(TEXTS) - 1, 1)
    failure = json.loads((tmp_path / "out" / "failures.jsonl").read_text())
    assert failure["text_id"] == "petrov" and "RuntimeError" in failure["error"] and "boom" in failure["error"]


def test_a_second_run_skips_unchanged_texts(tmp_path):
    corpus = _corpus(tmp_path / "in")
    run_batch([str(corpus)], _opts(tmp_path / "out"))
    again = run_batch([str(corpus)], _opts(tmp_path / "out"))
    assert (again.built, again.skipped) == (0, len(TEXTS))


def test_a_changed_text_is_rebuilt_and_replaces_its_rows(tmp_path):
    corpus = _corpus(tmp_path / "in")
    run_batch([str(corpus)], _opts(tmp_path / "out"))
    (corpus / "lenz.txt").write_text("In May 1899 Maria Lenz went from Vienna to Prague.\n", encoding="utf-8")
    again = run_batch([str(corpus)], _opts(tmp_path / "out"))
    assert (again.built, again.skipped) == (1, len(TEXTS) - 1)
    assert sorted(r["text_id"] for r in _rows(tmp_path / "out", "texts")) == sorted(Path(n).stem for n in TEXTS)
    lenz_places = {r["text"] for r in _rows(tmp_path / "out", "places") if r["text_id"] == "lenz"}
    assert "Berlin" not in lenz_places


def test_changed_settings_rebuild_the_text(tmp_path):
    corpus = _corpus(tmp_path / "in")
    run_batch([str(corpus)], _opts(tmp_path / "out"))
    again = run_batch([str(corpus)], _opts(tmp_path / "out", defaults=Defaults(calendar="julian")))
    assert again.built == len(TEXTS)
    assert {r["calendar"] for r in _rows(tmp_path / "out", "texts")} == {"julian"}


def test_force_rebuilds_unchanged_texts_without_duplicating_rows(tmp_path):
    corpus = _corpus(tmp_path / "in")
    run_batch([str(corpus)], _opts(tmp_path / "out"))
    before = _rows(tmp_path / "out", "legs")
    again = run_batch([str(corpus)], _opts(tmp_path / "out", force=True))
    assert again.built == len(TEXTS)
    assert _rows(tmp_path / "out", "legs") == before


def test_manifest_gives_ids_and_per_text_settings(tmp_path):
    corpus = _corpus(tmp_path / "in")
    (tmp_path / "list.csv").write_text("path,id,subject,calendar\nin/petrov.txt,P1,Ivan Petrov,julian\n"
                                       "in/lenz.txt,,,\n", encoding="utf-8")
    (tmp_path / "more.jsonl").write_text(json.dumps({"path": "in/ivanova.txt", "subject": "Anna Ivanova",
                                                     "narrator": False}) + "\n", encoding="utf-8")
    jobs = collect_jobs([str(tmp_path / "list.csv"), str(tmp_path / "more.jsonl")])
    assert [(j.id, j.subject, j.calendar) for j in jobs] == [
        ("P1", "Ivan Petrov", "julian"), ("in__lenz", None, "by-place"), ("in__ivanova", "Anna Ivanova", "by-place")]
    assert all(Path(j.path).is_absolute() and Path(j.path).exists() for j in jobs)


def test_manifest_with_an_unknown_column_is_refused_with_the_allowed_ones(tmp_path):
    from chronology.errors import InputError
    (tmp_path / "list.csv").write_text("path,who\na.txt,x\n", encoding="utf-8")
    with pytest.raises(InputError, match="allowed: path, id, subject"):
        collect_jobs([str(tmp_path / "list.csv")])


def test_folder_ids_follow_relative_paths_and_stay_unique(tmp_path):
    _corpus(tmp_path / "in" / "vol1", {"ch1.txt": "x"})
    _corpus(tmp_path / "in" / "vol2", {"ch1.txt": "x"})
    _corpus(tmp_path / "other", {"ch1.txt": "x"})
    ids = [j.id for j in collect_jobs([str(tmp_path / "in"), str(tmp_path / "other" / "ch1.txt")])]
    assert ids == ["vol1__ch1", "vol2__ch1", "ch1"]
    assert safe_id("a b/c:d") == "a_b__c_d"


def test_files_of_the_same_name_get_numbered_ids_that_clash_with_nothing(tmp_path):
    for folder, name in (("a", "x.txt"), ("b", "x-2.txt"), ("c", "x.txt"), ("d", "x.txt")):
        _corpus(tmp_path / folder, {name: "x"})
    paths = [str(tmp_path / f / n) for f, n in (("a", "x.txt"), ("b", "x-2.txt"), ("c", "x.txt"), ("d", "x.txt"))]
    assert [j.id for j in collect_jobs(paths)] == ["x", "x-2", "x-3", "x-4"]


def test_an_unfinished_batch_leaves_nothing_readers_can_see(tmp_path):
    out = tmp_path / "out"
    run_batch([str(_corpus(tmp_path / "in"))], _opts(out))
    legs_before = _rows(out, "legs")
    # as if killed while writing: a temporary file, and parts of a batch whose texts part never came
    part = next((out / "store" / "legs").glob("*.parquet"))
    (out / "store" / "legs" / ".part-x.parquet.tmp").write_bytes(b"half")
    (out / "store" / "legs" / "part-unfinished.parquet").write_bytes(part.read_bytes())
    (out / "texts" / ".partial-lenz-0000").mkdir()
    again = run_batch([str(tmp_path / "in")], _opts(out))
    assert again.skipped == len(TEXTS)
    assert _rows(out, "legs") == legs_before
    assert sorted(p.name for p in (out / "store" / "legs").iterdir()) == [part.name]
    assert not list((out / "texts").glob(".partial-*"))


def test_an_interrupted_purge_is_finished_on_the_next_open(tmp_path):
    out = tmp_path / "out"
    run_batch([str(_corpus(tmp_path / "in"))], _opts(out))
    (out / "store" / "_purge.json").write_text('["lenz"]', encoding="utf-8")
    Store(out / "store")
    for table in ("texts", "legs", "places"):
        assert "lenz" not in {r["text_id"] for r in _rows(out, table)}


def test_a_text_over_the_time_limit_fails_and_the_batch_goes_on(tmp_path, monkeypatch):
    import time

    import chronology.pipeline
    real = chronology.pipeline.build

    def slow(text, **kw):
        if "Petrov" in text:
            while True:
                time.sleep(0.01)
        return real(text, **kw)
    monkeypatch.setattr(chronology.pipeline, "build", slow)
    report = run_batch([str(_corpus(tmp_path / "in"))], _opts(tmp_path / "out", timeout=3.0))   # room for the others on a loaded machine
    assert (report.built, report.failed) == (len(TEXTS) - 1, 1)
    assert "timeout" in json.loads((tmp_path / "out" / "failures.jsonl").read_text())["error"]


def test_the_time_limit_also_stops_a_task_on_another_thread():
    caught = []

    def work():
        try:
            with deadline(0.2):
                while True:
                    sum(range(100))
        except TextTimeout:
            caught.append(True)
    t = threading.Thread(target=work)
    t.start()
    t.join(10)
    assert caught == [True]


def test_progress_is_quiet_when_stderr_is_not_a_terminal():
    import io

    from chronology.batch.progress import Progress
    stream = io.StringIO()
    p = Progress(3, stream=stream)
    p.update(True)
    p.close()
    assert stream.getvalue() == "" and p.line().startswith("[") and "1/3 texts" in p.line()


def test_local_pool_and_dask_cluster_give_the_same_rows(tmp_path):
    pytest.importorskip("dask.distributed")
    corpus = _corpus(tmp_path / "in")
    local = run_batch([str(corpus)], _opts(tmp_path / "local", engine="local", workers=2))
    dask = run_batch([str(corpus)], _opts(tmp_path / "dask", engine="dask", workers=2, processes=False))
    assert local.built == dask.built == len(TEXTS)
    for table in ("texts", "dates", "places", "events", "legs", "journeys", "findings"):
        assert _rows(tmp_path / "local", table) == _rows(tmp_path / "dask", table), table


def test_no_texts_found_is_a_one_line_error(tmp_path):
    (tmp_path / "in").mkdir()
    result = CliRunner().invoke(cli, ["batch", str(tmp_path / "in"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1 and "no texts found" in result.output and "Traceback" not in result.output


@pytest.mark.browser
def test_corpus_page_draws_and_filters_in_a_browser_with_hostile_names(tmp_path):
    import shutil
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("Debian chromium not installed (.ci/run installs it)")
    from playwright.sync_api import sync_playwright
    texts = {"hostile.txt": "On 2 May 1911 Ivan <img src=x onerror=\"window.__pwned=1\"> Petrov left Moscow for "
                            "Vologda by train.\n", **TEXTS}
    out = tmp_path / "out"
    run_batch([str(_corpus(tmp_path / "in", texts))], _opts(out))
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto((out / "corpus.html").as_uri())
        page.wait_for_selector("#rows tbody tr")
        rows = page.locator("#rows tbody tr")
        total = rows.count()
        page.fill("#filter", "ivanova")
        visible = page.evaluate("[...document.querySelectorAll('#rows tbody tr')].filter(t => t.style.display !== 'none').length")
        pwned = page.evaluate("window.__pwned")
        browser.close()
    assert errors == [] and pwned is None
    assert 0 < visible < total
