"""Named stops of the development corpus: how many `chronology places` finds and resolves in context.

    python benchmarks/bench_places.py [--dev DIR] [--km 25] [--show]

A named stop is a gold leg endpoint not flagged from_unnamed/to_unnamed and with
coordinates; its surface name is the gold name without a parenthetical note
("Feltre (near)" -> "Feltre"). Its mentions are the place mentions whose text is
that name, or a run of its words ("Jouan" in "Gulf of Jouan"), or holds it, unless it is exactly
the name of another place among the stops, one farther than 2 KM ("Sandusky" is not a mention of
"Upper Sandusky" when both are stops). A
stop is found when it has mentions and most of them (more than half) resolve
within KM of the gold point. Prints the figure per text and in all, then the time of a cold
lookup (a fresh process: building the Gazetteer and resolving one exact name, one old spelling and
one name found only by a near spelling), imports apart, and the seed's place recognition and resolution
F1 by ../shared/eval/score.py (the issue's bars: 0.95 and 0.93).
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gazetteer import distance_km  # noqa: E402
from gazetteer.names import fold  # noqa: E402

DEV = ROOT.parent / "shared" / "dev"


def named_stops(itinerary: dict) -> dict[str, tuple[float, float]]:
    stops: dict[str, tuple[float, float]] = {}
    for leg in itinerary["legs"]:
        for end in ("from", "to"):
            if leg.get(f"{end}_unnamed") or not leg.get(f"{end}_coords"):
                continue
            name = re.sub(r"\s*\(.*\)\s*$", "", leg[end]).strip()
            stops.setdefault(name, tuple(leg[f"{end}_coords"]))
    return stops


def _words(s: str) -> list[str]:
    return re.findall(r"\w+", fold(s))


def _holds(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return n > 0 and any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


def mentions_of(stop: str, mentions: list[dict], others: tuple[str, ...] = ()) -> list[dict]:
    """The mentions of a stop: its name, a run of its words, or a longer name holding it; a mention that is
    exactly the name of another place among the stops (`others`) is that place's ('Sandusky' beside
    'Upper Sandusky')."""
    w = _words(stop)
    taken = [_words(o) for o in others if _words(o) != w]
    return [m for m in mentions if (_holds(w, _words(m["text"])) or _holds(_words(m["text"]), w))
            and _words(m["text"]) not in taken]


def places_of(text_path: Path, anchor: str | None) -> tuple[list[dict], float]:
    args = [str(ROOT / ".venv" / "bin" / "chronology"), "places", str(text_path), "--format", "json"]
    if anchor:
        args += ["--anchor", anchor]
    t0 = time.perf_counter()
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    return json.loads(out), time.perf_counter() - t0


def score_text(gold_path: Path, km: float, show: bool) -> tuple[int, int, float]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text_path = gold_path.with_name(gold_path.name.replace("_itinerary.json", ".txt"))
    mentions, seconds = places_of(text_path, gold.get("anchor"))
    found = 0
    stops = named_stops(gold)
    for name, (lat, lon) in stops.items():
        # other places: stops farther than twice KM from this one (not 'Niagara, the Canadian side' for Niagara)
        others = tuple(o for o, (a, b) in stops.items() if distance_km(lat, lon, a, b) > 2 * km)
        ms = mentions_of(name, mentions, others)
        near = [m for m in ms if m["place"] and distance_km(lat, lon, m["place"]["lat"], m["place"]["lon"]) <= km]
        ok = bool(ms) and 2 * len(near) > len(ms)
        found += ok
        if show and not ok:
            got = sorted({(m["place"] or {}).get("name", "-") + (
                f" {distance_km(lat, lon, m['place']['lat'], m['place']['lon']):.0f} km" if m["place"] else "")
                for m in ms})
            print(f"    miss {name!r}: {len(ms)} mentions, {len(near)} near; got {got[:4]}")
    return found, len(stops), seconds


COLD = ("import time; t0 = time.perf_counter(); from gazetteer import Gazetteer; t1 = time.perf_counter(); "
        "g = Gazetteer(); [g.resolve(n) for n in ('Vologda', 'Tiumen', 'Ekaterineburg')]; "
        "print(round((t1 - t0) * 1000), round((time.perf_counter() - t1) * 1000))")


def cold_lookup_ms() -> tuple[int, int]:
    out = subprocess.run([str(ROOT / ".venv" / "bin" / "python"), "-c", COLD], check=True, capture_output=True,
                         text=True, cwd=ROOT).stdout.split()
    return int(out[0]), int(out[1])


SHARED = ROOT.parent / "shared"


def seed_scores() -> dict:
    """The seed's place F1s, as tests/test_seed_scores.py measures them."""
    import contextlib
    import importlib.util
    import io
    import tempfile

    import chronology
    from chronology.people import load_cast
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    seed = next((SHARED / "seed").glob("000_*.txt"))
    chron = chronology.build(seed.read_text(encoding="utf-8"), cast=load_cast(SHARED / "gold" / "seed_cast.json"))
    with tempfile.TemporaryDirectory() as d:
        pred = Path(d) / "places.json"
        pred.write_text(json.dumps([p.model_dump() for p in chron.places]), encoding="utf-8")
        with contextlib.redirect_stdout(io.StringIO()):
            return score.score_places(SHARED / "gold" / "seed_places.json", pred, seed,
                                      not_places_path=SHARED / "gold" / "not_places.json")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", type=Path, default=DEV, help="folder of *_itinerary.json gold and their texts")
    ap.add_argument("--km", type=float, default=25.0)
    ap.add_argument("--show", action="store_true", help="list the stops missed")
    a = ap.parse_args()
    total = hits = 0
    print(f"{'text':<20} {'found':>5} / {'stops':<5} {'share':>6} {'seconds':>8}")
    for gold_path in sorted(a.dev.glob("*_itinerary.json")):
        f, n, s = score_text(gold_path, a.km, a.show)
        hits, total = hits + f, total + n
        print(f"{gold_path.name.replace('_itinerary.json', ''):<20} {f:>5} / {n:<5} {f / n:6.2f} {s:8.2f}")
    print(f"{'all':<20} {hits:>5} / {total:<5} {hits / max(total, 1):6.2f}")
    imports, lookup = min(cold_lookup_ms() for _ in range(3))
    print(f"cold lookup (3 names, best of 3): {lookup} ms, imports {imports} ms")
    if (SHARED / "seed").is_dir():
        r = seed_scores()
        print(f"seed places: recognition F1 {r['recognition_f1']:.3f}, resolution F1 {r['resolution_f1']:.3f}")


if __name__ == "__main__":
    main()
