"""Political borders of the story's time, for the map and the figure.

Bundled: four snapshots of the historical-basemaps dataset (data/basemap/borders-YEAR.geojson,
GPL-3.0, see SOURCES.md there and docs/borders.md); the one nearest the middle of the
chronology's dated span is drawn. `--borders FILE.geojson` draws the user's own polygons instead,
`--borders none` none.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from chronology.errors import InputError
from chronology.models import Chronology
from chronology.paths import DATA_DIR

from .spans import on_axis

BUNDLED_CREDIT = "Borders c. {year}: historical-basemaps (GPL-3.0), approximate"
_NAME_KEYS = ("NAME", "name", "Name", "NAME_EN", "name_en", "title")
_POLYGONS = {"Polygon", "MultiPolygon"}


@dataclass
class Borders:
    year: Optional[int]
    credit: str
    geojson: dict

    def states(self) -> list[tuple[str, float, float, float]]:
        """(name, lat, lon, area) of each named state, for labels; largest first."""
        out = []
        for f in self.geojson["features"]:
            p = f.get("properties") or {}
            name = next((p[k] for k in _NAME_KEYS if p.get(k)), None)
            if name and p.get("label"):
                out.append((str(name), p["label"][1], p["label"][0], float(p.get("area") or 0)))
        return sorted(out, key=lambda s: -s[3])


def bundled_years() -> list[int]:
    return sorted(int(m.group(1)) for p in (DATA_DIR / "basemap").glob("borders-*.geojson")
                  if (m := re.fullmatch(r"borders-(\d{3,4})\.geojson", p.name)))


def story_year(chron: Chronology) -> Optional[float]:
    """The middle of the legs' dated span (of the narrative dates when no leg is dated), in years."""
    days = [s for l in chron.legs for s in (on_axis(l.depart, l.depart_gregorian), on_axis(l.arrive, l.arrive_gregorian))
            if s is not None]
    if not days:
        days = [s for d in chron.dates if d.narrative and d.kind == "date"
                if (s := on_axis(d.value, d.value_gregorian)) is not None]
    if not days:
        return None
    mid = (min(s.lo for s in days) + max(s.hi for s in days)) / 2
    return 1 + mid / 365.2425


def nearest_year(year: float, years: list[int]) -> Optional[int]:
    return min(years, key=lambda y: (abs(y - year), y)) if years else None


@lru_cache(maxsize=4)
def _bundled(year: int) -> dict:
    return json.loads((DATA_DIR / "basemap" / f"borders-{year}.geojson").read_text(encoding="utf-8"))


def load_file(path: str | Path) -> Borders:
    """A user's GeoJSON of polygons; one-line errors say what to give instead."""
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{p}: borders file not found (give a GeoJSON FeatureCollection of polygons, "
                         "or --borders none)") from None
    except (ValueError, UnicodeDecodeError) as e:
        raise InputError(f"{p}: not JSON ({str(e).splitlines()[0]}); give a GeoJSON FeatureCollection "
                         "of polygons") from None
    feats = data.get("features") if isinstance(data, dict) and data.get("type") == "FeatureCollection" else None
    if not isinstance(feats, list):
        raise InputError(f"{p}: not a GeoJSON FeatureCollection; see docs/borders.md for a recipe")
    polys = [f for f in feats if isinstance(f, dict) and (f.get("geometry") or {}).get("type") in _POLYGONS]
    if not polys:
        raise InputError(f"{p}: no Polygon or MultiPolygon features; borders need polygons (docs/borders.md)")
    year = data.get("year") if isinstance(data.get("year"), int) else None
    return Borders(year=year, credit=f"Borders: {p.name} (user file)",
                   geojson={"type": "FeatureCollection", "features": polys})


def bundled(year: int) -> Borders:
    return Borders(year=year, credit=BUNDLED_CREDIT.format(year=year), geojson=_bundled(year))


def choose(chron: Chronology, spec: Optional[str] = None) -> Optional[Borders]:
    """`spec` is None or 'auto' (the bundled snapshot nearest the story), 'none', or a file path."""
    if spec == "none":
        return None
    if spec and spec != "auto":
        return load_file(spec)
    year = story_year(chron)
    pick = nearest_year(year, bundled_years()) if year is not None else None
    return bundled(pick) if pick is not None else None
