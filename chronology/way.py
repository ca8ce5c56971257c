"""Where places stand to one another on a journey: distance, sameness, and what kind of place is wide."""
from __future__ import annotations

from typing import Optional

from gazetteer import distance_km

from gazetteer.historical import SEA_TYPES

from .models import PlaceRef

FEATURES = {"bay", "gulf", "valley", "pass", "lake", "cape", "strait"}   # landforms, not towns
WIDE = {"region", "country", "archipelago", "sea", "continent"}
# an island or a cape is a point one is found at ("joined Cornwallis off Ushant"), though no scene is set in it
OFFSHORE = SEA_TYPES


def km(a: PlaceRef, b: PlaceRef) -> float:
    if a.lat is None or b.lat is None:
        return float("inf")     # an unlocated stop is nowhere near anything we can measure
    return distance_km(a.lat, a.lon, b.lat, b.lon)


def same(a: Optional[PlaceRef], b: Optional[PlaceRef]) -> bool:
    if a is None or b is None:
        return False
    if a.lat is None or b.lat is None:
        return a.lat is None and b.lat is None and a.name.casefold() == b.name.casefold()
    if a.id != b.id and (a.type in FEATURES) != (b.type in FEATURES):
        return False    # "Boulder Canyon", placed at Boulder, is not the town
    return a.id == b.id or (a.lat, a.lon) == (b.lat, b.lon)


def within(place: PlaceRef, wide: PlaceRef) -> bool:
    """Whether a place lies in a region or country, as far as the records say: both under one polity
    (two records that name none say nothing: Egypt and Pula Bay)."""
    return place.polity is not None and place.polity in (wide.polity, wide.name)
