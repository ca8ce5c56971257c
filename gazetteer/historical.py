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
from functools import lru_cache

from chronology.paths import DATA_DIR

from .names import key

HISTORICAL_PATH = DATA_DIR / "historical_places.csv"


@dataclass
class Table:
    rows: list[dict] = field(default_factory=list)
    by_key: dict[str, list[dict]] = field(default_factory=dict)
    by_skeleton: dict[str, list[tuple[dict, str]]] = field(default_factory=dict)

    def skeletons(self, prefix: str) -> list[str]:
        return [s for s in self.by_skeleton if s.startswith(prefix)]


@lru_cache(maxsize=1)
def table() -> Table:
    from .variants import skeleton_of_key
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
                t.by_skeleton.setdefault(skeleton_of_key(k), []).append((row, n))
    return t


def candidates(name: str) -> list[dict]:
    return [dict(r) for r in table().by_key.get(key(name), [])]


def by_skeleton(skel: str) -> list[dict]:
    out, seen = [], set()
    for row, n in table().by_skeleton.get(skel, []):
        if row["id"] not in seen:
            seen.add(row["id"])
            out.append(dict(row, matched=n))
    return out
