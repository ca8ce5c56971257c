"""A country named where a town is meant: "the port of Panama", "the city of Mexico" are the city that
bears the country's name (Panama City, Mexico City), not the country's middle."""
from __future__ import annotations

import re

from gazetteer import Gazetteer, distance_km

from .models import PlaceMention, PlaceRef

# words before a name that make it a town: its port, its streets, its gates
TOWN_CUES = re.compile(r"\b(?:port|harbou?r|city|town|streets|gates|walls|quays?|roads|market-place|suburbs)"
                       r"\s+of\s+$", re.IGNORECASE)
# the city of the country's name lies within this distance of the country's point
_NAMESAKE_KM = 1000


def towns_for_countries(text: str, places: list[PlaceMention], gazetteer: Gazetteer) -> list[PlaceMention]:
    """The mentions, with a country named in a town's place replaced by its city of the same name."""
    out = []
    for p in places:
        town = None
        if p.place is not None and p.place.type == "country" and p.place.lat is not None \
                and TOWN_CUES.search(text, max(0, p.start - 30), p.start):
            town = _city_of(p.place, gazetteer)
        out.append(p if town is None else p.model_copy(update={"place": town, "resolution": "context"}))
    return out


def _city_of(country: PlaceRef, gazetteer: Gazetteer) -> PlaceRef | None:
    near = [c.record for c in gazetteer.resolve(f"{country.name} City")
            if c.record.type in ("city", "town") and c.record.lat is not None
            and distance_km(c.record.lat, c.record.lon, country.lat, country.lon) <= _NAMESAKE_KM]
    return PlaceRef.of(near[0]) if near else None
