"""The offline base layer: Natural Earth 1:110m land (data/basemap/, see SOURCES.md there)."""
from __future__ import annotations

import json
from functools import lru_cache

from chronology.paths import DATA_DIR

ATTRIBUTION = "Land: Natural Earth 1:110m (public domain)"


@lru_cache(maxsize=1)
def land() -> dict:
    return json.loads((DATA_DIR / "basemap" / "land-110m.geojson").read_text(encoding="utf-8"))
