"""A place named to say where the place before it lies: 'anchored at Palma in Majorca', 'At Punta Gorda,
in Banda Oriental', 'Pula Bay, in the Gulf of Cagliari'. The second name is the first one's container,
not a place of its own on the route: the itinerary may skip it as a stop (the place layer only marks it).

`containers` pairs them by the text between the two names and by the places they resolved to: the
second is a wide place (an island, a region, a country, a gulf) and the first lies within its reach.
"""
from __future__ import annotations

import re
from typing import Optional

from gazetteer import distance_km

from .models import PlaceMention

# how far from a wide place's point a place inside it may lie, by the wide place's type; a country is
# judged by its polity when both records carry one
WIDE_REACH_KM = {"island": 200.0, "archipelago": 250.0, "region": 500.0, "province": 400.0, "state": 600.0,
                 "gulf": 200.0, "sea": 800.0, "country": 1500.0}
# 'X in Y', 'X, in Y', 'X on Y' (an island), 'X in the island of Y', 'X, in the province of Y'
_BETWEEN = re.compile(r"\s*,?\s+(?:in|on|within)\s+(?:the\s+(?:island|isle|province|kingdom|state|county|"
                      r"district|gulf|bay)\s+of\s+)?(?:the\s+)?", re.IGNORECASE)


def containers(text: str, mentions: list[PlaceMention]) -> dict[int, int]:
    """{index of a container mention: index of the mention it contains}, mentions in text order."""
    out = {}
    for i in range(len(mentions) - 1):
        inner, outer = mentions[i], mentions[i + 1]
        if _BETWEEN.fullmatch(text, inner.end, outer.start) and _within(inner, outer):
            out[i + 1] = i
    return out


def container_of(text: str, mentions: list[PlaceMention], i: int) -> Optional[PlaceMention]:
    """The mention that names where mention i lies, if the text names it right after."""
    return mentions[i + 1] if containers(text, mentions[i:i + 2]) else None


def _within(inner: PlaceMention, outer: PlaceMention) -> bool:
    a, b = inner.place, outer.place
    if a is None or b is None or a.lat is None or b.lat is None or b.type not in WIDE_REACH_KM:
        return False
    if a.type in WIDE_REACH_KM and a.type not in ("island", "gulf"):
        return False    # 'France in Europe' is no stop and its container: both wide
    if b.type == "country" and a.polity and b.polity:
        return a.polity == b.polity
    return distance_km(a.lat, a.lon, b.lat, b.lon) <= WIDE_REACH_KM[b.type]
