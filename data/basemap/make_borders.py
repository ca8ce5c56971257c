"""Make data/basemap/borders-YEAR.geojson from the historical-basemaps world_YEAR.geojson files.

    python data/basemap/make_borders.py DIR_WITH_world_YEAR.geojson [YEAR ...]

The source files (GPL-3.0, see data/basemap/SOURCES.md) are 1-2.5 MB each, drawn for world maps;
the journey map needs their frontiers only. Each polygon is simplified (Douglas-Peucker, about
5 km), slivers under ~70 km² are dropped, coordinates are rounded to 0.01 deg, and a label point
is stored per state (inside its largest part) so that the map and the figure can name it.
Kept properties: NAME, SUBJECTO (the sovereign), BORDERPRECISION (1 approximate .. 3 legal).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from shapely.geometry import MultiPolygon, Polygon, mapping, shape

YEARS = (1815, 1880, 1914, 1938)
TOLERANCE = 0.05          # degrees, about 5 km: below what the map shows at the zoom a journey needs
MIN_AREA = 0.01           # square degrees, about 70 km² at 50° N: islets and slivers
OUT = Path(__file__).resolve().parent


def _rounded(geom):
    def ring(coords):
        pts = []
        for x, y in coords:
            p = [round(x, 2), round(y, 2)]
            if not pts or pts[-1] != p:
                pts.append(p)
        return pts
    polys = [geom] if isinstance(geom, Polygon) else list(geom.geoms)
    out = []
    for p in polys:
        rings = [ring(p.exterior.coords)] + [ring(i.coords) for i in p.interiors]
        rings = [r for r in rings if len(r) >= 4]
        if rings:
            out.append(rings)
    if not out:
        return None
    return {"type": "Polygon", "coordinates": out[0]} if len(out) == 1 else \
        {"type": "MultiPolygon", "coordinates": out}


def simplify(feature: dict) -> dict | None:
    geom = shape(feature["geometry"])
    if not geom.is_valid:
        geom = geom.buffer(0)
    geom = geom.simplify(TOLERANCE, preserve_topology=True)
    parts = [geom] if isinstance(geom, Polygon) else [g for g in getattr(geom, "geoms", []) if isinstance(g, Polygon)]
    parts = [p for p in parts if p.area >= MIN_AREA]
    if not parts:
        return None
    kept = parts[0] if len(parts) == 1 else MultiPolygon(parts)
    g = _rounded(kept)
    if g is None:
        return None
    largest = max(parts, key=lambda p: p.area)
    label = largest.representative_point()
    props = feature.get("properties") or {}
    return {"type": "Feature", "geometry": g, "properties": {
        "NAME": props.get("NAME"), "SUBJECTO": props.get("SUBJECTO"),
        "BORDERPRECISION": props.get("BORDERPRECISION"),
        "label": [round(label.x, 2), round(label.y, 2)], "area": round(sum(p.area for p in parts), 2)}}


def make(src: Path, year: int) -> Path:
    data = json.loads((src / f"world_{year}.geojson").read_text(encoding="utf-8"))
    feats = [f for f in (simplify(f) for f in data["features"] if f.get("geometry")) if f is not None]
    out = OUT / f"borders-{year}.geojson"
    out.write_text(json.dumps({"type": "FeatureCollection", "year": year, "features": feats},
                              separators=(",", ":"), ensure_ascii=False), encoding="utf-8")
    return out


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    src = Path(sys.argv[1])
    for y in [int(a) for a in sys.argv[2:]] or YEARS:
        p = make(src, y)
        print(f"{p.name}: {p.stat().st_size // 1024} kB", file=sys.stderr)
