"""One text -> its output files and its store rows: the unit of work a batch hands to workers.

Workers keep a gazetteer per thread (and spaCy keeps its model per process, see
chronology.nlp.load_model), so each is loaded once however many texts a worker builds.
The task returns everything the parent writes (file contents and rows); it writes nothing
outside a temporary folder of its own, so workers need no shared file system.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
import threading
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from .deadline import TextTimeout, deadline
from .geoparquet import leg_distance_km, leg_geometry
from .rows import model_rows

_local = threading.local()


@dataclass(frozen=True)
class BuildSettings:
    """What every text of a batch shares: user gazetteers (their contents, so that remote
    workers need not see the files) and the per-text time limit."""
    gazetteers: tuple[tuple[str, bytes], ...] = ()
    timeout: Optional[float] = None
    maps: bool = True                 # write map.html and timeline.html into each text folder

    def digest(self) -> str:
        h = hashlib.sha256()
        for name, data in self.gazetteers:
            h.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
        return h.hexdigest()


@dataclass
class TaskResult:
    text_id: str
    ok: bool
    error: Optional[str] = None
    files: dict[str, bytes] = field(default_factory=dict)
    rows: dict[str, list[dict]] = field(default_factory=dict)
    text: dict = field(default_factory=dict)     # the `texts` row, less what the parent knows
    seconds: float = 0.0
    cpu_seconds: float = 0.0          # this thread's CPU time: the cost of the text on an idle machine


def _gazetteer(settings: BuildSettings):
    """This thread's gazetteer for these settings, made on first use."""
    cached = getattr(_local, "gazetteer", None)
    key = settings.digest()
    if cached is None or cached[0] != key:
        from gazetteer import Gazetteer
        paths = []
        if settings.gazetteers:
            folder = Path(tempfile.mkdtemp(prefix="chronology-gaz-"))
            for i, (name, data) in enumerate(settings.gazetteers):
                p = folder / f"{i}-{Path(name).name}"
                p.write_bytes(data)
                paths.append(p)
        cached = (key, Gazetteer(extra=paths))
        _local.gazetteer = cached
    return cached[1]


_WARM_TEXT = "On 3 May 1911 Ivan Petrov left Moscow for Vologda by train.\n"


def warm_caches() -> None:
    """Build and write one tiny text: whatever the pipeline loads on first use (the language model,
    rule tables, GeoNames, folium's templates) is loaded now, through the pipeline's own calls, so
    this stays right however the pipeline changes."""
    try:
        _write_outputs(_build_chronology({"id": "warm-up", "path": "warm-up"}, _WARM_TEXT, BuildSettings()),
                       _WARM_TEXT, maps=True)
    except Exception:  # reported per text, with its fix, when a text meets the same problem
        pass


def warm_up(settings: BuildSettings) -> None:
    """A worker's start: this thread's gazetteer, and the caches (a no-op where preloaded)."""
    _gazetteer(settings)
    warm_caches()


def _leg_extras(rows: list[dict]) -> None:
    for r in rows:
        ends = (r["from_lat"], r["from_lon"], r["to_lat"], r["to_lon"])
        r["distance_km"] = leg_distance_km(*ends)
        r["geometry"] = leg_geometry(*ends)


def _journey_extras(rows: list[dict], legs: list[dict]) -> None:
    km = {l["id"]: l["distance_km"] or 0.0 for l in legs}
    for r in rows:
        r["distance_km"] = round(sum(km.get(i, 0.0) for i in r["legs"]), 1)


def _write_outputs(chron, text: str, maps: bool) -> dict[str, bytes]:
    """The files `chronology build` writes, through the same function, read back as bytes."""
    from ..export import write_all
    folder = Path(tempfile.mkdtemp(prefix="chronology-text-"))
    try:
        render = None if maps else (lambda *a, **k: "")
        names = write_all(chron, folder, text=text, render_map=render)
        if not maps:
            names = [n for n in names if n not in ("map.html", "timeline.html")]
        return {n: (folder / n).read_bytes() for n in names}
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _build_chronology(job: dict, text: str, settings: BuildSettings):
    from ..pipeline import build
    return build(text, subject=job.get("subject"), narrator=job.get("narrator", False), cast=job.get("cast"),
                 calendar=job.get("calendar", "by-place"), anchor=job.get("anchor"),
                 gazetteer=_gazetteer(settings), source=job["path"])


def _build(job: dict, data: bytes, settings: BuildSettings) -> TaskResult:
    from ..text import decode
    text = decode(data, job["path"])
    if not text.strip():
        raise ValueError("empty text")
    if job.get("cast_error"):
        raise ValueError(job["cast_error"])
    chron = _build_chronology(job, text, settings)
    rows = model_rows(chron, job["id"])
    _leg_extras(rows["legs"])
    _journey_extras(rows["journeys"], rows["legs"])
    counts = {t: len(v) for t, v in rows.items()}
    return TaskResult(text_id=job["id"], ok=True, files=_write_outputs(chron, text, settings.maps), rows=rows,
                      text={"subject_name": chron.subject, "chars": len(text), **counts})


def _one_line(e: BaseException) -> str:
    if isinstance(e, TextTimeout):
        return "timeout: took longer than the batch's --timeout"
    msg = str(e).strip().splitlines()[0] if str(e).strip() else ""
    from ..errors import ChronologyError
    if isinstance(e, ChronologyError):
        return msg
    # a crash inside the pipeline: name the place it happened, the traceback stays out of the way
    tb = traceback.extract_tb(e.__traceback__)
    where = f" at {Path(tb[-1].filename).name}:{tb[-1].lineno}" if tb else ""
    return f"{type(e).__name__}{where}: {msg}" if msg else f"{type(e).__name__}{where}"


def run_task(job: dict, data: bytes, settings: BuildSettings) -> TaskResult:
    """Build one text; never raises for a problem of the text itself (it is the result's error)."""
    t0, c0 = time.perf_counter(), time.thread_time()
    try:
        with deadline(settings.timeout):
            result = _build(job, data, settings)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as e:    # the text's failure, reported in failures.jsonl; the batch goes on
        result = TaskResult(text_id=job["id"], ok=False, error=_one_line(e))
    result.seconds = round(time.perf_counter() - t0, 3)
    result.cpu_seconds = round(time.thread_time() - c0, 3)
    return result


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def settings_hash(job_settings: dict, settings: BuildSettings, cast_bytes: Optional[bytes]) -> str:
    """What besides the text decides the result: per-text options, the cast file's content, the
    user gazetteers and chronology's version (a new version may build the same text differently)."""
    from importlib import metadata
    try:
        version = metadata.version("chronology")
    except metadata.PackageNotFoundError:
        version = "dev"
    from .rows import TABLES, table_schema
    # the store's columns: when the models change, every text is rebuilt into the new shape
    columns = hashlib.sha256("".join(str(table_schema(t)) for t in TABLES).encode()).hexdigest()
    doc = {"job": job_settings, "cast": hashlib.sha256(cast_bytes).hexdigest() if cast_bytes else None,
           "gazetteers": settings.digest(), "version": version, "maps": settings.maps, "columns": columns}
    return hashlib.sha256(json.dumps(doc, sort_keys=True).encode()).hexdigest()
