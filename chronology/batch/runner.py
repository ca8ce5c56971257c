"""`chronology batch`: texts in, text folders, a corpus store and a corpus page out.

The parent reads and hashes each input, skips what the store already holds with the same
content and settings, hands the rest to an engine, and writes what comes back: text
folders, store rows, failures. Only the parent writes into DIR.
"""
from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterator, Optional

from ..errors import InputError
from .engines import make_engine
from .folders import clear_leftovers, write_text_folder
from .inputs import Defaults, Job, collect_jobs
from .progress import Progress
from .store import Store
from .tasks import BuildSettings, TaskResult, content_hash, settings_hash

FAILURES = "failures.jsonl"
CORPUS_PAGE = "corpus.html"


@dataclass
class BatchOptions:
    out: Path
    engine: str = "local"                 # local | dask
    workers: Optional[int] = None         # default: the cores this process may use
    scheduler: Optional[str] = None       # a Dask scheduler's address; none: a LocalCluster
    processes: bool = True                # LocalCluster workers as processes (threads when False)
    force: bool = False
    timeout: Optional[float] = 600.0
    glob: str = "*.txt"
    quiet: bool = False
    maps: bool = True                     # map.html and timeline.html in every text folder
    gazetteers: tuple[str, ...] = ()
    defaults: Defaults = field(default_factory=Defaults)


@dataclass
class BatchReport:
    texts: int = 0
    built: int = 0
    skipped: int = 0
    failed: int = 0
    seconds: float = 0.0
    out: str = ""
    interrupted: bool = False

    def summary(self) -> str:
        rate = f", {self.built / self.seconds:.2f} texts/s" if self.built and self.seconds else ""
        return (f"{self.texts} texts: {self.built} built, {self.skipped} unchanged, {self.failed} failed "
                f"in {self.seconds:.1f} s{rate} -> {self.out}/")


@dataclass
class _Plan:
    job: Job
    content: str
    settings: str
    cast: object = None


class _Failures:
    """failures.jsonl, one line per text that failed in this run, written as they happen."""

    def __init__(self, path: Path):
        self.path = path
        self.count = 0
        self._fh = open(path, "w", encoding="utf-8")

    def add(self, job: Job, error: str, seconds: float = 0.0) -> None:
        self.count += 1
        self._fh.write(json.dumps({"text_id": job.id, "path": job.path, "error": error, "seconds": seconds},
                                  ensure_ascii=False) + "\n")
        self._fh.flush()

    def close(self) -> None:
        self._fh.close()


def _load_cast(path: str, cache: dict):
    if path not in cache:
        from ..people import load_cast
        try:
            cache[path] = (load_cast(path), Path(path).read_bytes(), None)
        except Exception as e:
            cache[path] = (None, None, str(e))
    return cache[path]


def _read_input(job: Job) -> bytes:
    from ..text import decode
    try:
        data = Path(job.path).read_bytes()
    except OSError as e:
        raise InputError(f"{job.path}: cannot read ({e.strerror})") from None
    text = decode(data, job.path)
    if not text.strip():
        raise InputError(f"{job.path}: empty text; nothing to build")
    return data


def _plan(jobs: list[Job], settings: BuildSettings, failures: _Failures) -> Iterator[tuple[Job, Optional[_Plan]]]:
    """Each job with what decides its result, or None when it fails before building (unreadable)."""
    casts: dict = {}
    for job in jobs:
        try:
            data = _read_input(job)
        except InputError as e:
            failures.add(job, str(e))
            yield job, None
            continue
        cast, cast_bytes, cast_error = _load_cast(job.cast, casts) if job.cast else (None, None, None)
        if cast_error:
            failures.add(job, cast_error)
            yield job, None
            continue
        yield job, _Plan(job, content_hash(data), settings_hash(job.settings(), settings, cast_bytes), cast)


def _tasks(plans: list[_Plan], failures: _Failures, progress: Progress) -> Iterator[tuple[dict, bytes]]:
    for p in plans:
        try:
            data = _read_input(p.job)
        except InputError as e:     # changed or removed since it was planned
            failures.add(p.job, str(e))
            progress.update(False)
            continue
        yield {**asdict(p.job), "cast": p.cast}, data


def _text_row(plan: _Plan, result: TaskResult) -> dict:
    j = plan.job
    return {"text_id": j.id, "path": j.path, "content_hash": plan.content, "settings_hash": plan.settings,
            "narrator": j.narrator, "calendar": j.calendar, "anchor": j.anchor, "seconds": result.seconds,
            "cpu_seconds": result.cpu_seconds, **result.text}


def run_batch(inputs: list[str], options: BatchOptions) -> BatchReport:
    t0 = time.perf_counter()
    out = Path(options.out)
    jobs = collect_jobs(inputs, glob=options.glob, defaults=options.defaults)
    if not jobs:
        raise InputError(f"no texts found in {', '.join(inputs)} (looked for {options.glob}); "
                         "give files, folders or a manifest, or another --glob")
    settings = BuildSettings(gazetteers=tuple((g, _read_gazetteer(g)) for g in options.gazetteers),
                             timeout=options.timeout or None, maps=options.maps)
    out.mkdir(parents=True, exist_ok=True)
    texts_dir = out / "texts"
    clear_leftovers(texts_dir)
    store = Store(out / "store")
    stored = store.stored()
    report = BatchReport(texts=len(jobs), out=str(out))
    failures = _Failures(out / FAILURES)
    todo: list[_Plan] = []
    gone: list[str] = []         # stored texts that now fail before building
    for job, plan in _plan(jobs, settings, failures):
        if plan is None:
            gone.append(job.id)
        elif (not options.force and stored.get(job.id) == (plan.content, plan.settings)
                and (texts_dir / job.id).is_dir()):
            report.skipped += 1
        else:
            todo.append(plan)
    # what is rebuilt or now fails leaves the store first: the store never holds a stale text
    purged = [i for i in gone if i in stored] + [p.job.id for p in todo if p.job.id in stored]
    store.purge(purged)
    engine = None
    progress = Progress(len(todo), quiet=options.quiet)
    plans = {p.job.id: p for p in todo}
    try:
        if todo:
            engine = make_engine(options.engine, settings, options.workers, options.scheduler, options.processes)
            for result in engine.run(_tasks(todo, failures, progress)):
                plan = plans.pop(result.text_id)
                if result.ok:
                    write_text_folder(texts_dir, result.text_id, result.files)
                    store.add(_text_row(plan, result), result.rows)
                    report.built += 1
                else:
                    failures.add(plan.job, result.error or "failed", result.seconds)
                progress.update(result.ok)
    except KeyboardInterrupt:
        report.interrupted = True
    finally:
        store.flush()
        progress.close()
        failures.close()
        if engine is not None:
            engine.close()
    report.failed = failures.count
    if not report.interrupted and (report.built or purged or not (out / CORPUS_PAGE).exists()):
        from .corpus_map import write_corpus_page
        write_corpus_page(out / "store", out / CORPUS_PAGE)
    report.seconds = time.perf_counter() - t0
    return report


def _read_gazetteer(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read the gazetteer ({e.strerror}); check --gazetteer") from None
