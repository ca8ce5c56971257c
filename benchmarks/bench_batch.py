"""Throughput of `chronology batch`: one and two local workers, a two-worker Dask LocalCluster,
a re-run with nothing to do, and the parent's peak memory as the corpus grows.

    python benchmarks/bench_batch.py [--keep DIR] [--chunk 8000] [--repeat 1]

The corpus (at least 300 texts): the news documents, the development texts and the seed,
whole and cut at paragraph breaks into chapter-sized pieces, plus two bad files (not UTF-8,
binary) that must end in failures.jsonl. Every run is a fresh process, so figures include
start-up (fork server, model); the texts/s line compares engines side by side as ratios.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PY = str(ROOT / ".venv" / "bin" / "python")

# runs one batch in a fresh interpreter and prints its report and the parent's peak RSS
_RUN = """
import json, resource, sys
from pathlib import Path
from chronology.batch import BatchOptions, run_batch
args = json.loads(sys.argv[1])
r = run_batch(args["inputs"], BatchOptions(out=Path(args["out"]), engine=args["engine"], workers=args["workers"],
                                           quiet=True, timeout=600))
me = resource.getrusage(resource.RUSAGE_SELF)
import pyarrow.dataset as ds
texts = ds.dataset(Path(args["out"]) / "store" / "texts", format="parquet").to_table(columns=["cpu_seconds"])
print(json.dumps({"built": r.built, "skipped": r.skipped, "failed": r.failed, "seconds": r.seconds,
                  "parent_rss_mb": me.ru_maxrss / 1024, "parent_cpu": me.ru_utime + me.ru_stime,
                  "worker_cpu": sum(x for x in texts.column("cpu_seconds").to_pylist() if x)}))
"""


def make_corpus(folder: Path, chunk: int) -> int:
    folder.mkdir(parents=True)
    n = 0
    for p in sorted((SHARED / "news-dev").glob("*.txt")):
        shutil.copy(p, folder / p.name)
        n += 1
    books = sorted((SHARED / "dev").glob("*.txt")) + sorted((SHARED / "seed").glob("*.txt"))
    for p in books:
        text = p.read_text(encoding="utf-8")
        shutil.copy(p, folder / p.name)
        n += 1
        piece, k = [], 0
        for para in text.split("\n\n"):
            piece.append(para)
            if sum(len(x) for x in piece) >= chunk:
                k += 1
                (folder / f"{p.stem}.part{k:03d}.txt").write_text("\n\n".join(piece) + "\n", encoding="utf-8")
                piece = []
                n += 1
    (folder / "bad-latin1.txt").write_bytes("Caf\xe9 de la Paix, Paris, 12 mai 1905.".encode("latin-1"))
    (folder / "bad-binary.txt").write_bytes(b"\x00\x01PK\x03\x04" * 50)
    return n + 2


def run(inputs: list[str], out: Path, engine: str, workers: int) -> dict:
    arg = json.dumps({"inputs": inputs, "out": str(out), "engine": engine, "workers": workers})
    done = subprocess.run([PY, "-c", _RUN, arg], capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        sys.exit(f"batch run failed: {done.stderr.strip().splitlines()[-1:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keep", type=Path, help="Work here and keep the outputs (default: a temporary folder).")
    ap.add_argument("--chunk", type=int, default=8000, help="Characters per piece cut from the long texts.")
    ap.add_argument("--repeat", type=int, default=1, help="Runs of each engine, alternating; the best is shown.")
    a = ap.parse_args()
    work = a.keep or Path(tempfile.mkdtemp(prefix="bench-batch-"))
    corpus = work / "corpus"
    n = make_corpus(corpus, a.chunk)
    good = n - 2
    print(f"corpus: {n} texts ({good} good, 2 bad), {sum(p.stat().st_size for p in corpus.iterdir()) / 1e6:.1f} MB")
    rows: dict[str, dict] = {}
    configs = (("local, 1 worker", "local", 1), ("local, 2 workers", "local", 2),
               ("dask LocalCluster, 2 workers", "dask", 2))
    # runs alternate and the best of each is kept: the machine's other load changes over minutes
    for _ in range(a.repeat):
        for label, engine, workers in configs:
            out = work / f"out-{engine}-{workers}"
            shutil.rmtree(out, ignore_errors=True)
            r = run([str(corpus)], out, engine, workers)
            assert r["built"] == good and r["failed"] == 2, r
            if label not in rows or r["seconds"] < rows[label]["seconds"]:
                rows[label] = r
            if workers == 2 and engine == "local":   # straight after, so that no code changes in between
                again = run([str(corpus)], out, "local", 2)
                assert again["built"] == 0 and again["skipped"] == good, again
    rows = list(rows.items())
    base = rows[0][1]["built"] / rows[0][1]["seconds"]
    print(f"\n{'engine':30} {'texts/s':>8} {'vs 1 worker':>11} {'worker CPU/text':>15} {'parent CPU/text':>15} "
          f"{'parent RSS':>10}")
    for label, r in rows:
        rate = r["built"] / r["seconds"]
        print(f"{label:30} {rate:8.2f} {rate / base:10.2f}x {r['worker_cpu'] / r['built']:13.3f} s "
              f"{r['parent_cpu'] / r['built']:13.3f} s {r['parent_rss_mb']:7.0f} MB")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores at the end (other work shares them)")
    first = rows[1][1]
    print(f"\nre-run, nothing changed: {again['seconds']:.2f} s = {again['seconds'] / first['seconds']:.3f} "
          f"of the first run ({first['seconds']:.1f} s), {again['failed']} failures re-reported")
    # parent memory as the corpus grows: a third of it, then all of it (fresh stores)
    files = sorted(str(p) for p in corpus.iterdir() if not p.name.startswith("bad-"))
    small = run(files[: len(files) // 3], work / "out-mem-small", "local", 2)
    print(f"parent peak RSS: {small['parent_rss_mb']:.0f} MB for {small['built']} texts, "
          f"{first['parent_rss_mb']:.0f} MB for {first['built']} texts "
          f"(ratio {first['parent_rss_mb'] / small['parent_rss_mb']:.2f} for {first['built'] / small['built']:.1f}x "
          "the texts)")
    if not a.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
