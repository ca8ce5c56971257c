"""Leg lines as GeoParquet: WKB geometry (shapely) and the file-level `geo` metadata of the
GeoParquet 1.1 specification, so QGIS, GeoPandas and DuckDB read the `legs` parts as they are.

A leg is drawn along its great circle (the same points as events.geojson and the map), in
longitude/latitude (OGC:CRS84, the specification's default when `crs` is absent); a leg
across the antimeridian is a MultiLineString of its two halves.
"""
from __future__ import annotations

import json
from typing import Iterable, Optional

import shapely
from shapely.geometry import LineString, MultiLineString

from ..export.geojson import great_circle_points, split_antimeridian
from gazetteer.resolve import distance_km

GEO_VERSION = "1.1.0"
GEOMETRY_COLUMN = "geometry"


def leg_geometry(from_lat, from_lon, to_lat, to_lon) -> Optional[bytes]:
    """WKB of the leg's line, or None when an end has no coordinates."""
    if None in (from_lat, from_lon, to_lat, to_lon):
        return None
    parts = split_antimeridian(great_circle_points((from_lat, from_lon), (to_lat, to_lon)))
    lines = [[(round(lon, 5), round(lat, 5)) for lat, lon in p] for p in parts if len(p) >= 2]
    if not lines:
        return None
    geom = LineString(lines[0]) if len(lines) == 1 else MultiLineString(lines)
    return shapely.to_wkb(geom)


def leg_distance_km(from_lat, from_lon, to_lat, to_lon) -> Optional[float]:
    if None in (from_lat, from_lon, to_lat, to_lon):
        return None
    return round(distance_km(from_lat, from_lon, to_lat, to_lon), 1)


def geo_metadata(wkbs: Iterable[Optional[bytes]]) -> dict[bytes, bytes]:
    """The `geo` key for a Parquet file's metadata, with the geometry types and bbox of its rows."""
    present = [w for w in wkbs if w is not None]
    geoms = list(shapely.from_wkb(present)) if present else []
    types = sorted({g.geom_type for g in geoms})
    column = {"encoding": "WKB", "geometry_types": types}
    if geoms:
        bounds = shapely.total_bounds(geoms)
        column["bbox"] = [round(float(b), 5) for b in bounds]
    meta = {"version": GEO_VERSION, "primary_column": GEOMETRY_COLUMN, "columns": {GEOMETRY_COLUMN: column}}
    return {b"geo": json.dumps(meta).encode("utf-8")}
