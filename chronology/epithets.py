"""Descriptive references to places ("the capital", "that island") resolved from where the story is.

They are not place mentions (a reader would not index "the capital"), so they
feed the itinerary only. Patterns live in data/epithets.csv, capitals by
polity and period in data/capitals.csv. An anaphor ("that island", "the same
town") is the last place named before it of a type its noun allows.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from typing import Optional

from gazetteer import Gazetteer

from .models import PlaceMention, PlaceRef, Timex
from .paths import DATA_DIR
from .text import Doc

_SCENE_TYPES = {"city", "town", "village", "building", "street", "station", "district"}


@lru_cache(maxsize=1)
def epithet_patterns() -> tuple[tuple[re.Pattern, str, frozenset], ...]:
    with open(DATA_DIR / "epithets.csv", encoding="utf-8", newline="") as fh:
        return tuple((re.compile(r["pattern"], re.IGNORECASE), r["name"], frozenset(filter(None, r["types"].split(";"))))
                     for r in csv.DictReader(fh))


# how far back the place an anaphor points to may have been named (a paragraph or two)
_ANAPHOR_CHARS = 1500


@lru_cache(maxsize=1)
def _capitals() -> dict[str, list[tuple[Optional[int], Optional[int], str]]]:
    out: dict[str, list] = {}
    with open(DATA_DIR / "capitals.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            out.setdefault(r["polity"], []).append(
                (int(r["start"]) if r["start"] else None, int(r["end"]) if r["end"] else None, r["capital"]))
    return out


def capital_of(polity: str, year: Optional[int]) -> Optional[str]:
    for start, end, place_id in _capitals().get(polity, []):
        if year is None or ((start is None or start <= year) and (end is None or year <= end)):
            return place_id
    return None


def capital_record(gazetteer: Gazetteer, polity: Optional[str], year: Optional[int]):
    """The gazetteer record of a polity's capital in a year, if the tables know it."""
    place_id = capital_of(polity, year) if polity else None
    return gazetteer.by_id(place_id) if place_id else None


def find_epithets(doc: Doc, places: list[PlaceMention], gazetteer: Gazetteer,
                  dates: list[Timex]) -> list[PlaceMention]:
    """'the capital' -> the capital, in the story's year, of the polity of the last town the text named."""
    years = [(d.start, int(d.value[:4])) for d in dates
             if d.narrative and d.value and re.match(r"\d{4}", d.value)]
    scene = [p for p in places if p.place is not None and p.place.type in _SCENE_TYPES and p.place.polity]
    out = []
    located = [p for p in places if p.place is not None]
    for rx, kind, types in epithet_patterns():
        for m in rx.finditer(doc.text):
            if kind == "anaphor":
                last = next((p for p in reversed(located) if p.end <= m.start()
                             and m.start() - p.end <= _ANAPHOR_CHARS and p.place.type in types), None)
                if last is not None:
                    out.append(PlaceMention(text=m.group(0), start=m.start(), end=m.end(), place=last.place,
                                            resolution="epithet", line=doc.line_of(m.start())))
                continue
            before = [p for p in scene if p.end <= m.start()]
            if kind != "capital" or not before:
                continue
            year = next((y for at, y in reversed(years) if at < m.start()), None)
            rec = capital_record(gazetteer, before[-1].place.polity, year)
            if rec is not None:
                out.append(PlaceMention(text=m.group(0), start=m.start(), end=m.end(), place=PlaceRef.of(rec),
                                        resolution="epithet", line=doc.line_of(m.start())))
    return sorted(out, key=lambda p: p.start)
