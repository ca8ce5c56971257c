"""Itinerary scores on the held-out texts (benchmarks/heldout/), which no rule was tuned on.

    python benchmarks/bench_heldout.py [--show 30] [--keep DIR] [--only NAME] [--dir DIR]

For each <name>_itinerary.json under benchmarks/heldout/ (or --dir DIR, e.g. benchmarks/heldout2) it
runs `chronology build` on <name>.txt in its own process, with the subject, --narrator and --anchor the
gold names, into a temporary folder (or --keep DIR/<name>), and scores the result with
../shared/eval/score.py itinerary. It prints the scorer's report for each text (with --show N, its first
N missed and spurious legs), then one line per text and the mean of leg F1, certain-leg recall and
journey recall over the texts. Beside them, to tell reading places from building legs: of the gold's
distinct named stops, how many the build located at all (a place mention within the scorer's 50 km, or
of the same name when the gold gives no coordinates), and how many are an endpoint of one of its legs.
Exit code 1 if a build fails.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "benchmarks" / "heldout"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
CHRONOLOGY = ROOT / ".venv" / "bin" / "chronology"

sys.path.insert(0, str(SCORER.parent))
import score  # noqa: E402  (the shared scorer, standard library only)


def texts(only: str | None, folder: Path = HELDOUT) -> list[dict]:
    items = []
    for gold in sorted(folder.glob("*_itinerary.json")):
        name = gold.name[: -len("_itinerary.json")]
        if only and name != only:
            continue
        g = json.loads(gold.read_text(encoding="utf-8"))
        items.append({"name": name, "text": folder / f"{name}.txt", "gold": gold,
                      "subject": g.get("subject"), "narrator": bool(g.get("narrator")),
                      "anchor": g.get("anchor")})
    return items


def _stop_hits(gold: dict, pred: dict) -> tuple[int, int, int]:
    """(stops, located among the place mentions, at an end of a predicted leg), by the scorer's own test."""
    stops = {}
    for g in gold["legs"]:
        for end in ("from", "to"):
            if score._unnamed(g, end):
                continue  # a stop the text does not name cannot be looked up by name
            xy = g.get(f"{end}_coords")
            stops[g[end]] = tuple(xy) if xy else None
    mentions = [m["place"] for m in pred.get("places", []) if m.get("place")]
    ends = [leg[e] for leg in pred.get("legs", []) for e in ("from", "to") if isinstance(leg.get(e), dict)]

    def found(name, xy, cands):
        return any(score._end_distance(xy, name, 50.0, score.coords(c), c) is not None for c in cands)
    located = sum(found(n, xy, mentions) for n, xy in stops.items())
    in_legs = sum(found(n, xy, ends) for n, xy in stops.items())
    return len(stops), located, in_legs


def build_args(item: dict, out: Path) -> list[str]:
    argv = [str(CHRONOLOGY), "build", str(item["text"]), "--out", str(out)]
    if item["subject"]:
        argv += ["--subject", item["subject"]]
    if item["narrator"]:
        argv.append("--narrator")
    if item["anchor"]:
        argv += ["--anchor", item["anchor"]]
    return argv


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", type=int, default=0, help="list up to N missed and spurious legs per text")
    ap.add_argument("--keep", help="build into DIR/<name> and keep it (default: a temporary folder)")
    ap.add_argument("--only", help="one text by name")
    ap.add_argument("--dir", default=str(HELDOUT.relative_to(ROOT)),
                    help="folder of held-out texts and gold, relative to the repository or absolute "
                         "(default benchmarks/heldout)")
    args = ap.parse_args(argv)
    rows, failed = [], 0
    with tempfile.TemporaryDirectory(prefix="heldout-") as tmp:
        base = Path(args.keep) if args.keep else Path(tmp)
        folder = Path(args.dir) if Path(args.dir).is_absolute() else ROOT / args.dir
        for item in texts(args.only, folder):
            out = base / item["name"]
            cmd = build_args(item, out)
            t0 = time.perf_counter()
            r = subprocess.run(cmd, capture_output=True, text=True)
            dt = time.perf_counter() - t0
            print(f"== {item['name']}  ({' '.join(cmd[1:])}; {dt:.1f} s)")
            pred = out / "chronology.json"
            if r.returncode != 0 or not pred.exists():
                print(f"build failed ({r.returncode}):\n{r.stderr[-2000:]}")
                failed += 1
                continue
            res = score.score_itinerary(item["gold"], pred, None, args.show)
            res["stops"] = _stop_hits(json.loads(item["gold"].read_text(encoding="utf-8")),
                                      json.loads(pred.read_text(encoding="utf-8")))
            rows.append((item["name"], res))
    print()
    for name, res in rows:
        print(f"{name:16s} leg F1 {res['leg_f1']:.3f}  certain-leg recall {res['certain_recall']:.3f}  "
              f"journeys {res['journey_recall']:.3f}   gold stops located {res['stops'][1]}/{res['stops'][0]}, "
              f"in legs {res['stops'][2]}/{res['stops'][0]}")
    if rows:
        n = len(rows)
        mean = {k: sum(r[k] for _, r in rows) / n for k in ("leg_f1", "certain_recall", "journey_recall")}
        print(f"{'mean':16s} leg F1 {mean['leg_f1']:.3f}  certain-leg recall {mean['certain_recall']:.3f}  "
              f"journeys {mean['journey_recall']:.3f}   ({n} texts)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
