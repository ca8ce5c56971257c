"""Legs -> journeys: one exile, one escape, one trip each, with a title a reader would write.

A journey runs while its legs keep one status (a return closes an escape or a
trip) and follow one another closely: within three weeks under escort or in
flight, within a week for a free traveller. Its kind is its first leg's status
that is not a return.
"""
from __future__ import annotations

import calendar
from typing import Optional

from .itinerary import JOURNEY_DAYS
from .leg_dates import first_day, last_day
from .models import Journey, Leg
from .timex import edtf

STAY_DAYS = 7


def group_journeys(legs: list[Leg]) -> list[Journey]:
    journeys: list[list[Leg]] = []
    for leg in legs:
        cur = journeys[-1] if journeys else None
        new = cur is None
        if cur is not None:
            prev = cur[-1]
            kind = _kind(cur)
            if leg.status != prev.status and not (leg.status == "return" and kind in ("escape", "travel")) \
                    and not (prev.status == "return" and leg.status == "return"):
                new = True
            if prev.status == "return":
                new = True
            # the gap from the latest the last leg may have ended to the earliest this one may start
            d1, d2 = last_day(prev.arrive or prev.depart), first_day(_own_date(leg))
            # a convoy or a flight may take weeks; a free traveller who stays a week has arrived
            limit = JOURNEY_DAYS if kind in ("exile", "escape") else STAY_DAYS
            if d1 and d2 and (d2 - d1).days > limit:
                new = True
        if new:
            journeys.append([leg])
        else:
            cur.append(leg)
    out = []
    for i, js in enumerate(journeys, start=1):
        jid = f"J{i}"
        for leg in js:
            leg.journey = jid
        out.append(Journey(id=jid, title=_title(js), kind=_kind(js), legs=[l.id for l in js],
                           start=js[0].depart or js[0].arrive, end=js[-1].arrive or js[-1].depart))
    return out


def _own_date(leg: Leg) -> Optional[str]:
    """The date the text gives the leg: its arrival when the departure is only bounded by the stop before
    (leg_dates._bound_departures), else its departure."""
    if leg.arrive and "/" not in leg.arrive and leg.depart and "/" in leg.depart:
        return leg.arrive
    return leg.depart or leg.arrive


def _kind(legs: list[Leg]) -> str:
    for leg in legs:
        if leg.status != "return":
            return leg.status
    return "return"


_VERB = {"exile": "Exile", "escape": "Escape", "return": "Return", "travel": "Journey"}


def _title(legs: list[Leg]) -> str:
    kind = _kind(legs)
    start = legs[0].from_.name if legs[0].from_ else "?"
    end = legs[-1].to.name
    via = list(dict.fromkeys(l.to.name for l in legs[:-1] if l.to.name != start))
    s = f"{_VERB[kind]} from {start}"
    if end == start and via:
        # a round trip: "Journey from Saint Petersburg to Tbilisi and back"
        s += " to " + _and(via) + " and back"
    else:
        if via:
            s += " via " + _and(via)
        s += f" to {end}"
    when = _when(legs[0].depart or legs[0].arrive)
    return s + (f", {when}" if when else "")


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _when(v: Optional[str]) -> Optional[str]:
    p = edtf.parse(v) if v else None
    if p is None or p.a is None:
        return None
    if p.a.m:
        return f"{calendar.month_name[p.a.m]} {p.a.y}"
    return str(p.a.y)
