"""What a batch reads: files, folders (recursively) and manifests, as one list of jobs.

A manifest is a CSV or JSON Lines file with a `path` column (relative to the manifest)
and optional per-text settings. Every job gets an id that is safe as a folder name and
unique in the batch; ids come from the manifest or from the path.
"""
from __future__ import annotations

import csv
import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional

from ..errors import InputError

MANIFEST_SUFFIXES = (".csv", ".jsonl", ".ndjson")
# the per-text settings a manifest may carry, beside `path` and `id`
MANIFEST_FIELDS = ("subject", "narrator", "cast", "anchor", "calendar")
CALENDARS = ("by-place", "julian", "gregorian")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_TRUE = {"1", "true", "yes", "y", "t"}


@dataclass(frozen=True)
class Job:
    """One text to build and the settings it is built with."""
    id: str
    path: str
    subject: Optional[str] = None
    narrator: bool = False
    cast: Optional[str] = None       # path of a cast JSON file
    anchor: Optional[str] = None
    calendar: str = "by-place"

    def settings(self) -> dict:
        return {k: v for k, v in asdict(self).items() if k not in ("id", "path")}


@dataclass(frozen=True)
class Defaults:
    """Settings for texts whose manifest row does not give them (the command line's options)."""
    subject: Optional[str] = None
    narrator: bool = False
    cast: Optional[str] = None
    anchor: Optional[str] = None
    calendar: str = "by-place"


def safe_id(raw: str) -> str:
    """A folder name: path separators become '__', anything else unusual '_'."""
    s = raw.replace("\\", "/").strip("/").replace("/", "__")
    s = _UNSAFE.sub("_", s).strip("._") or "text"
    return s[:150]


def _is_manifest(p: Path) -> bool:
    return p.is_file() and p.suffix.lower() in MANIFEST_SUFFIXES


def _manifest_rows(p: Path) -> Iterator[tuple[int, dict]]:
    try:
        fh = open(p, encoding="utf-8-sig", newline="")
    except OSError as e:
        raise InputError(f"{p}: cannot read the manifest ({e.strerror})") from None
    with fh:
        if p.suffix.lower() == ".csv":
            reader = csv.DictReader(fh)
            if not reader.fieldnames or "path" not in reader.fieldnames:
                raise InputError(f"{p}: a CSV manifest needs a 'path' column (and optionally "
                                 f"id, {', '.join(MANIFEST_FIELDS)})")
            for n, row in enumerate(reader, start=2):
                yield n, {k: v for k, v in row.items() if k and v not in (None, "")}
            return
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError:
                raise InputError(f"{p}:{n}: not a JSON object; a JSON Lines manifest has one "
                                 '{"path": ...} per line') from None
            if not isinstance(row, dict) or "path" not in row:
                raise InputError(f"{p}:{n}: each line needs a \"path\"")
            yield n, {k: v for k, v in row.items() if v not in (None, "")}


def _job_from_row(manifest: Path, n: int, row: dict, defaults: Defaults) -> Job:
    unknown = set(row) - {"path", "id", *MANIFEST_FIELDS}
    if unknown:
        raise InputError(f"{manifest}:{n}: unknown field(s) {', '.join(sorted(unknown))}; "
                         f"allowed: path, id, {', '.join(MANIFEST_FIELDS)}")
    path = (manifest.parent / str(row["path"])).resolve()
    cast = row.get("cast", defaults.cast)
    if cast and "cast" in row:
        cast = str((manifest.parent / str(cast)).resolve())
    calendar = str(row.get("calendar", defaults.calendar))
    if calendar not in CALENDARS:
        raise InputError(f"{manifest}:{n}: calendar {calendar!r}; use one of {', '.join(CALENDARS)}")
    narrator = row.get("narrator", defaults.narrator)
    if isinstance(narrator, str):
        narrator = narrator.strip().lower() in _TRUE
    return Job(id=safe_id(str(row.get("id") or Path(str(row["path"])).with_suffix(""))), path=str(path),
               subject=row.get("subject", defaults.subject), narrator=bool(narrator), cast=cast,
               anchor=row.get("anchor", defaults.anchor), calendar=calendar)


def _from_defaults(path: Path, raw_id: str, defaults: Defaults) -> Job:
    return Job(id=safe_id(raw_id), path=str(path.resolve()), subject=defaults.subject, narrator=defaults.narrator,
               cast=defaults.cast, anchor=defaults.anchor, calendar=defaults.calendar)


def _raw_jobs(inputs: Iterable[str], glob: str, defaults: Defaults) -> Iterator[Job]:
    for given in inputs:
        p = Path(given)
        if p.is_dir():
            for f in sorted(p.rglob(glob)):
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts):
                    yield _from_defaults(f, str(f.relative_to(p).with_suffix("")), defaults)
        elif _is_manifest(p):
            for n, row in _manifest_rows(p):
                yield _job_from_row(p, n, row, defaults)
        elif p.exists():
            yield _from_defaults(p, p.stem, defaults)
        else:
            raise InputError(f"{given}: no such file or folder; give text files, folders or a manifest "
                             f"({', '.join(MANIFEST_SUFFIXES)})")


def collect_jobs(inputs: Iterable[str], *, glob: str = "*.txt", defaults: Defaults = Defaults()) -> list[Job]:
    """Every job, in input order; a text named twice is built once, clashing ids get a suffix."""
    jobs: list[Job] = []
    seen_paths: set[str] = set()
    ids: dict[str, int] = {}
    for job in _raw_jobs(inputs, glob, defaults):
        if job.path in seen_paths:
            continue
        seen_paths.add(job.path)
        if job.id in ids:
            n = ids[job.id]
            while f"{job.id}-{n}" in ids:
                n += 1
            ids[job.id] = n + 1
            job = Job(**{**asdict(job), "id": f"{job.id}-{n}"})
        ids.setdefault(job.id, 2)
        jobs.append(job)
    return jobs
