"""What the map, the time axis and the figure show besides the legs: stops, stays, unlocated places.

- a *stop* is a located place the itinerary reaches or leaves, once however often it is visited,
  ranked for labelling (most visited first, then longest stayed, then first reached);
- a *stay* is the time between arriving at a place and leaving it again: leg i ends where
  leg i+1 starts, both have dates, and they may be a day or more apart;
- an *unlocated* leg goes to (or from) a place the gazetteer could not place.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from chronology.models import Chronology, Leg, PlaceRef

from .spans import DaySpan, days_between, describe_days, dual, on_axis


def place_key(p: Optional[PlaceRef]) -> Optional[str]:
    """One key per place: the gazetteer id, else the name and rounded position."""
    if p is None or p.lat is None or p.lon is None:
        return None
    return p.id or f"{p.name}@{round(p.lat, 2)},{round(p.lon, 2)}"


def _arrival(leg: Leg) -> tuple[Optional[str], Optional[str]]:
    return (leg.arrive, leg.arrive_gregorian) if leg.arrive else (leg.depart, leg.depart_gregorian)


def _departure(leg: Leg) -> tuple[Optional[str], Optional[str]]:
    return (leg.depart, leg.depart_gregorian) if leg.depart else (leg.arrive, leg.arrive_gregorian)


@dataclass
class Stay:
    place: PlaceRef
    key: str
    after: str                  # the leg that arrived
    before: str                 # the leg that left
    start: DaySpan              # on the shared (Gregorian) axis
    end: DaySpan
    start_text: str             # as the text dates it, with its Gregorian equivalent
    end_text: str

    @property
    def days(self) -> tuple[int, int]:
        return days_between(self.start, self.end)

    @property
    def length(self) -> str:
        return describe_days(*self.days)


@dataclass
class Stop:
    place: PlaceRef
    key: str
    visits: int = 0
    first: int = 0               # travel order of the first leg reaching or leaving it
    legs: list[str] = field(default_factory=list)
    stays: list[Stay] = field(default_factory=list)

    @property
    def stayed_days(self) -> int:
        return sum(s.days[1] for s in self.stays)


def stays(chron: Chronology) -> list[Stay]:
    out = []
    for prev, nxt in zip(chron.legs, chron.legs[1:]):
        here, there = place_key(prev.to), place_key(nxt.from_)
        if here is None or here != there:
            continue
        a_val, a_greg = _arrival(prev)
        d_val, d_greg = _departure(nxt)
        a, d = on_axis(a_val, a_greg), on_axis(d_val, d_greg)
        if a is None or d is None or d.hi < a.lo or days_between(a, d)[1] == 0:
            continue   # undated, out of order, or passing through the same day
        out.append(Stay(place=prev.to, key=here, after=prev.id, before=nxt.id, start=a, end=d,
                        start_text=dual(a_val, a_greg, prev.calendar), end_text=dual(d_val, d_greg, nxt.calendar)))
    return out


def stops(chron: Chronology) -> list[Stop]:
    """Located places in label priority order."""
    by_key: dict[str, Stop] = {}
    previous_to = None
    for n, leg in enumerate(chron.legs):
        for p, end in ((leg.from_, "from"), (leg.to, "to")):
            k = place_key(p)
            if k is None:
                continue
            s = by_key.get(k)
            if s is None:
                s = by_key[k] = Stop(place=p, key=k, first=n)
            # a visit is an arrival, or a start somewhere the previous leg did not bring the subject
            if end == "to" or k != previous_to:
                s.visits += 1
            if leg.id not in s.legs:
                s.legs.append(leg.id)
        previous_to = place_key(leg.to)
    for st in stays(chron):
        by_key[st.key].stays.append(st)
    return sorted(by_key.values(), key=lambda s: (-s.visits, -s.stayed_days, s.first))


def unlocated(chron: Chronology) -> list[Leg]:
    """Legs that the map cannot draw because an end has no coordinates."""
    return [l for l in chron.legs if l.to.lat is None or l.to.lon is None
            or (l.from_ is not None and (l.from_.lat is None or l.from_.lon is None))]
