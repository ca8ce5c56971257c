"""Lookup and disambiguation: curated (and user) entries first, then GeoNames.

`resolve` always returns a ranked list (possibly empty); `best` picks one.
Among several candidates, those near the places already resolved in the same
text (or near a user's --bias) win over a population prior.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional


from . import curated
from .geonames import GeoNames
from .names import key
from .records import PlaceRecord

_SOURCE_RANK = {"user": 0, "curated": 1, "geonames": 2, "online": 3}


@dataclass
class Candidate:
    record: PlaceRecord
    score: float
    distance_km: Optional[float] = None


def _prominence(population: int, km: Optional[float]) -> float:
    """How likely a GeoNames place is the one meant: its size, discounted by its distance from the places
    the text has named, on log scales, so that the nearer of two towns of a size wins but a capital an
    ocean away (Madrid after Havana) still beats a hamlet of the same name next door."""
    size = math.log10(1 + population)
    return 3 * (size - 2 * math.log10(1 + km / 300)) if km is not None else 3 * size


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance; geopy's Distance objects cost more than ranking and ordering need."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


class Gazetteer:
    def __init__(self, *, extra: Iterable[Path] = (), geonames: bool = True, online=None,
                 bias: Optional[tuple[float, float, float]] = None, region: Optional[str] = None):
        self.records: list[PlaceRecord] = []
        for path in extra:
            self.records += curated.load(path, source="user")
        self.records += list(curated.bundled())
        self.index: dict[str, list[PlaceRecord]] = {}
        for r in self.records:
            for n in r.all_names():
                lst = self.index.setdefault(key(n), [])
                if r not in lst:
                    lst.append(r)
        self.geonames = GeoNames() if geonames else None
        self.online = online
        self.bias = bias
        self.region = region.upper() if region else None

    def by_id(self, place_id: str) -> Optional[PlaceRecord]:
        if not hasattr(self, "_by_id"):
            self._by_id = {}
            for r in self.records:
                self._by_id.setdefault(r.id, r)
        return self._by_id.get(place_id)

    def surface_names(self) -> Iterator[str]:
        """Every curated name, as the recognizer matches it in text."""
        seen = set()
        for r in self.records:
            for n in r.all_names():
                if n not in seen:
                    seen.add(n)
                    yield n

    def _context_score(self, lat, lon, near) -> tuple[float, Optional[float]]:
        points = list(near or [])
        if self.bias:
            points.append((self.bias[0], self.bias[1]))
        if not points:
            return 0.0, None
        d = min(distance_km(lat, lon, p[0], p[1]) for p in points)
        limit = self.bias[2] if self.bias else 1500.0
        return (-d / limit), d

    def resolve(self, name: str, *, year: Optional[int] = None, near=None, geonames: bool = True,
                online: bool = True) -> list[Candidate]:
        out: list[Candidate] = []
        for r in self.index.get(key(name), []):
            s, d = self._context_score(r.lat, r.lon, near)
            out.append(Candidate(r, 100 - 10 * _SOURCE_RANK[r.source] + s, d))
        if not out and geonames and self.geonames is not None:
            pols = curated.polities_1900()
            for g in self.geonames.candidates(name):
                s, d = self._context_score(g["lat"], g["lon"], near)
                # a user's --bias steers linearly; the text's own places act through _prominence
                s = s if self.bias else 0.0
                if self.region and g["cc"] != self.region:
                    s -= 5
                rec = PlaceRecord(id=f"geonames:{g['id']}", name=g["name"], type="city" if g["pop"] >= 10000 else "town",
                                  lat=g["lat"], lon=g["lon"], country=g["cc"], polity=pols.get(g["cc"]),
                                  population=g["pop"], geonames_id=g["id"], source="geonames",
                                  citation=f"GeoNames {g['id']}")
                # a place whose own name this is beats one that merely lists it among alternates
                # ("Southampton" is the English port before Hampton, Virginia)
                own = 4.0 if key(g["name"]) == key(name) else 0.0
                out.append(Candidate(rec, 50 + s + own + _prominence(g["pop"], d), d))
        if not out and online and self.online is not None:
            rec = self.online.lookup(name)
            if rec is not None:
                out.append(Candidate(rec, 10))
        out.sort(key=lambda c: -c.score)
        return out

    def best(self, name: str, **kw) -> Optional[PlaceRecord]:
        c = self.resolve(name, **kw)
        return c[0].record if c else None
