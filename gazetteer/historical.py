"""Historical places the offline GeoNames list lacks (data/historical_places.csv).

cities500 holds towns of 500 people today; a history of 1750-1950 also stops at hamlets, railway
stations, camps, bays, passes and canyons, grouped in the table by the road or campaign that made them
matter (the Natal railway of 1899, the Route Napoléon of 1815, the Lena post road...). They enter
lookup beside GeoNames' towns, as candidates the route weighs, never as fixed points: a Colorado
hamlet must not shadow a city of its name in Arizona. Each is weighed as a town of its `weight`.
The table is small, so it is read into memory, not into the SQLite index (no rebuild when it grows).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from chronology.paths import DATA_DIR

from .names import key

HISTORICAL_PATH = DATA_DIR / "historical_places.csv"


@dataclass
class Table:
    rows: list[dict] = field(default_factory=list)
    by_key: dict[str, list[dict]] = field(default_factory=dict)
    names: list[tuple[dict, str]] = field(default_factory=list)

    @cached_property
    def by_skeleton(self) -> dict[str, list[tuple[dict, str]]]:
        """Built on the first spelling guess only: an exact lookup needs no skeletons."""
        out: dict[str, list[tuple[dict, str]]] = {}
        for (row, n), skel in zip(self.names, _skeletons([key(n) for _, n in self.names])):
            out.setdefault(skel, []).append((row, n))
        return out

    def skeletons(self, prefix: str) -> list[str]:
        return [s for s in self.by_skeleton if s.startswith(prefix)]


@lru_cache(maxsize=1)
def table() -> Table:
    t = Table()
    with open(HISTORICAL_PATH, encoding="utf-8", newline="") as fh:
        for i, r in enumerate(csv.DictReader(fh)):
            # negative ids keep them apart from GeoNames' in the resolver's sets of places seen
            row = {"id": -(i + 1), "name": r["name"], "lat": float(r["lat"]), "lon": float(r["lon"]),
                   "cc": r["country"], "pop": int(r["weight"]), "kind": r["type"], "ref": r["id"],
                   "cite": r["source"], "group": r["group"]}
            t.rows.append(row)
            for n in [r["name"]] + [x.strip() for x in r["names"].split("|") if x.strip()]:
                k = key(n)
                if row not in t.by_key.setdefault(k, []):
                    t.by_key[k].append(row)
                t.names.append((row, n))
    return t


def _skeletons(keys: list[str]) -> list[str]:
    """The names' spelling skeletons, kept in the cache directory under a digest of the names and the
    variant rules (folding some 400 names through the rules costs ~15 ms, reading them back ~1)."""
    import hashlib
    import json
    import os

    from .geonames import cache_dir
    from .variants import VARIANTS_PATH, skeleton_of_key
    digest = hashlib.sha1("\n".join(keys).encode() + VARIANTS_PATH.read_bytes()).hexdigest()[:16]
    path = cache_dir() / f"historical-skeletons-{digest}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    skels = [skeleton_of_key(k) for k in keys]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(skels), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass        # a read-only cache costs the ~15 ms again next time, nothing else
    return skels


def candidates(name: str) -> list[dict]:
    return [dict(r) for r in table().by_key.get(key(name), [])]


def by_skeleton(skel: str) -> list[dict]:
    out, seen = [], set()
    for row, n in table().by_skeleton.get(skel, []):
        if row["id"] not in seen:
            seen.add(row["id"])
            out.append(dict(row, matched=n))
    return out


# an island or cape may bear a curated island's or cape's name: in the text's scene the route weighs the two
# (gazetteer.resolve: Gorgona off Colombia beside the Tuscan isle)
SEA_TYPES = {"island", "cape"}


def check(curated_names: set[str], curated_sea_names: frozenset = frozenset()) -> list[str]:
    """Problems a curator must fix in the table: missing facts, unknown types, duplicate ids, and names the
    curated gazetteer also holds (its fixed points would shadow the row: it could never be chosen), unless
    both are islands or capes (`curated_sea_names`)."""
    from .records import PLACE_TYPES
    problems, ids = [], set()
    with open(HISTORICAL_PATH, encoding="utf-8", newline="") as fh:
        for i, r in enumerate(csv.DictReader(fh), start=2):
            where = f"historical_places.csv line {i} ({r.get('id')})"
            if r["id"] in ids:
                problems.append(f"{where}: duplicate id")
            ids.add(r["id"])
            if not (r.get("source") and r.get("group")):
                problems.append(f"{where}: give a source and the road or campaign it belongs to (group)")
            if r.get("type") not in PLACE_TYPES:
                problems.append(f"{where}: unknown type {r.get('type')!r}")
            try:
                lat, lon, weight = float(r["lat"]), float(r["lon"]), int(r["weight"])
                if not (-90 <= lat <= 90 and -180 <= lon <= 180 and weight > 0):
                    problems.append(f"{where}: lat, lon out of range or weight not positive")
            except (TypeError, ValueError):
                problems.append(f"{where}: lat, lon and weight must be numbers")
            for n in [r["name"]] + [x.strip() for x in (r.get("names") or "").split("|") if x.strip()]:
                if key(n) in curated_names and not (r.get("type") in SEA_TYPES and key(n) in curated_sea_names):
                    problems.append(f"{where}: {n!r} is a curated name; the curated place would always win")
    return problems
