"""events.geojson (RFC 7946): stops as Points, legs as great-circle LineStrings.

Coordinates are [lon, lat]. A leg that crosses the antimeridian is split into
a MultiLineString. simplestyle properties (stroke, marker-color) let
geojson.io and GitHub colour it. GeoJSON cannot hold uncertainty or calendars:
dates are given as EDTF strings in properties.
"""
from __future__ import annotations

import json
from functools import lru_cache


from ..models import Chronology

COLOURS = {"exile": "#b2182b", "escape": "#2166ac", "return": "#762a83", "travel": "#1b7837"}


def lonlat(lat: float, lon: float) -> list[float]:
    """The one place where [lat, lon] becomes GeoJSON's [lon, lat]."""
    return [round(lon, 5), round(lat, 5)]


def great_circle_points(a: tuple[float, float], b: tuple[float, float], n: int = 24) -> list[tuple[float, float]]:
    """Points (lat, lon) along the great circle from a to b, longitudes unwrapped."""
    return list(_great_circle(tuple(a), tuple(b), n))


@lru_cache(maxsize=4096)   # the GeoJSON export and the map draw the same legs
def _great_circle(a: tuple[float, float], b: tuple[float, float], n: int) -> tuple[tuple[float, float], ...]:
    from geographiclib.geodesic import Geodesic
    line = Geodesic.WGS84.InverseLine(a[0], a[1], b[0], b[1])
    pts = []
    prev_lon = None
    for i in range(n + 1):
        g = line.Position(line.s13 * i / n)
        lon = g["lon2"]
        if prev_lon is not None:
            while lon - prev_lon > 180:
                lon -= 360
            while lon - prev_lon < -180:
                lon += 360
        pts.append((g["lat2"], lon))
        prev_lon = lon
    return tuple(pts)


def split_antimeridian(pts: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    parts, cur = [], []
    for lat, lon in pts:
        wrapped = ((lon + 180) % 360) - 180
        if cur and abs(wrapped - cur[-1][1]) > 180:
            parts.append(cur)
            cur = []
        cur.append((lat, wrapped))
    parts.append(cur)
    return parts


def features(chron: Chronology) -> list[dict]:
    feats = []
    seen = set()
    for leg in chron.legs:
        if leg.from_ is None or leg.from_.lat is None or leg.to.lat is None:
            continue
        pts = great_circle_points((leg.from_.lat, leg.from_.lon), (leg.to.lat, leg.to.lon))
        parts = split_antimeridian(pts)
        coords = [[lonlat(la, lo) for la, lo in p] for p in parts]
        geom = {"type": "LineString", "coordinates": coords[0]} if len(coords) == 1 else \
            {"type": "MultiLineString", "coordinates": coords}
        feats.append({"type": "Feature", "id": leg.id, "geometry": geom, "properties": {
            "kind": "leg", "from": leg.from_.name, "to": leg.to.name, "depart": leg.depart, "arrive": leg.arrive,
            "mode": leg.mode, "status": leg.status, "journey": leg.journey, "evidence": leg.evidence.text,
            "line": leg.evidence.line, "stroke": COLOURS[leg.status], "stroke-width": 3,
            "stroke-opacity": 0.9 if leg.confidence >= 0.7 else 0.5}})
        for p, when in ((leg.from_, leg.depart), (leg.to, leg.arrive)):
            if p.id in seen or p.lat is None:
                continue
            seen.add(p.id)
            feats.append({"type": "Feature", "id": p.id, "geometry": {"type": "Point", "coordinates": lonlat(p.lat, p.lon)},
                          "properties": {"kind": "stop", "name": p.name, "type": p.type, "source": p.source,
                                         "marker-color": COLOURS[leg.status], "marker-size": "small"}})
    return feats


def dumps(chron: Chronology) -> str:
    return json.dumps({"type": "FeatureCollection", "features": features(chron)}, ensure_ascii=False, indent=1) + "\n"
