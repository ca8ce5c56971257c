"""Places named by what they are beside: a landform no gazetteer lists, named after a town of the text's region
('Pula Bay', 'Boulder Canyon'), and a town's adjective ('Vologdan exile')."""
from __future__ import annotations

from typing import Optional

from gazetteer import Gazetteer, distance_km
from gazetteer.names import key
from gazetteer.records import PlaceRecord

from .place_patterns import AFTER_TOWN, LANDFORM_KIND

TOWN_TYPES = {"city", "town", "village"}
TOWN_REACH_KM = 400     # the town a landform is named after lies among the text's other places
# adjectival endings and what the town's name ends with instead: Vologdan, Parisian, Viennese
ADJECTIVE_SUFFIXES = (("n", ""), ("ian", ""), ("ian", "e"), ("ese", "a"), ("ese", ""))


def named_after_town(gaz: Gazetteer, name: str, near, year: Optional[int] = None) -> Optional[PlaceRecord]:
    """'Pula Bay', 'Boulder Canyon', 'the Gulf of Cagliari': a landform no gazetteer lists, named after a
    town of the text's region, is placed at that town (approximately: the record says so). Only with
    other places around to say which town, and only a town within reach of them."""
    if not near:
        return None
    m = AFTER_TOWN.fullmatch(name)
    if m is None:
        return None
    town, word = (m.group("t1"), m.group("w1")) if m.group("t1") else (m.group("t2"), m.group("w2"))
    kind = LANDFORM_KIND[word.lower()]
    for cand in gaz.resolve(town, year=year, near=near[-8:])[:3]:
        rec = cand.record
        if cand.variant or rec.type not in TOWN_TYPES or min(
                distance_km(rec.lat, rec.lon, a, b) for a, b in near[-8:]) > TOWN_REACH_KM:
            continue
        return PlaceRecord(id=f"{rec.id}/{key(name)}", name=name, type=kind, lat=rec.lat, lon=rec.lon,
                           country=rec.country, polity=rec.polity, source=rec.source,
                           note=f"placed at {rec.name}, the town it is named after")
    return None


def adjectival(gaz: Gazetteer, word: str, near) -> Optional[PlaceRecord]:
    """'Vologdan exile' names Vologda; only towns count: 'Georgian' and 'Siberian' describe people."""
    for suffix, add in ADJECTIVE_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            rec = gaz.best(word[:len(word) - len(suffix)] + add, near=near[-8:], geonames=False, online=False)
            if rec is not None and rec.type in TOWN_TYPES:
                return rec
    return None
