"""The data of timeline.html's time axis: one lane per journey (and one for stays), one bar per leg
and per stay, drawn by axis.js.

A bar runs from the first possible day of its start to the last possible day of its end; the part
that is certain (from the last possible start to the first possible end) is solid, the rest faded,
so "January or February 1911" is a pale month and "6 July 1911" a solid day. Days are proleptic
ordinals on the Gregorian axis (maps/spans.py); tooltips give the text's dates and their
Gregorian equivalents. Every string is escaped here or set as text by the script.
"""
from __future__ import annotations

from chronology.export.geojson import COLOURS
from chronology.models import Chronology, Leg

from .spans import DaySpan, dual, on_axis
from .stops import stays

STAY_COLOUR = "#6b6b6b"


def _bar(a: DaySpan, b: DaySpan) -> dict:
    """Outer extent [lo, hi) and certain core [core_lo, core_hi) in days; no core when the bounds overlap."""
    lo, hi = a.lo, max(a.hi, b.hi) + 1
    core_lo, core_hi = a.hi, b.lo + 1
    bar = {"lo": lo, "hi": hi}
    if core_hi > core_lo:
        bar["core"] = [core_lo, core_hi]
    return bar


def _leg_spans(leg: Leg) -> tuple[DaySpan, DaySpan] | None:
    start = on_axis(leg.depart, leg.depart_gregorian)
    end = on_axis(leg.arrive, leg.arrive_gregorian)
    if start is None and end is None:
        return None
    start = start or end
    end = end or start
    if end.hi < start.lo:       # an arrival dated before the departure: show the span it covers
        start, end = end, start
    return start, end


def _leg_tip(leg: Leg) -> str:
    frm = leg.from_.name if leg.from_ else "?"
    when = f"{dual(leg.depart, leg.depart_gregorian, leg.calendar)} → {dual(leg.arrive, leg.arrive_gregorian, leg.calendar)}"
    written = f"\nas written: “{leg.date_text}”" if leg.date_text else ""
    return f"{leg.id}. {frm} → {leg.to.name}\n{when}{written}\n{leg.mode}, {leg.status}"


def axis_data(chron: Chronology) -> dict:
    """Lanes and bars; text fields are plain strings that the script sets with textContent."""
    legs = {l.id: l for l in chron.legs}
    lanes, bars = [], []
    for j in chron.journeys:
        lane = len(lanes)
        lanes.append({"id": j.id, "title": f"{j.id} {j.title}", "kind": j.kind})
        for lid in j.legs:
            leg = legs.get(lid)
            spans = _leg_spans(leg) if leg else None
            if spans is None:
                continue
            bars.append(dict(_bar(*spans), id=leg.id, lane=lane, colour=COLOURS[leg.status],
                             tip=_leg_tip(leg), href=f"map.html#{leg.id}"))
    found = stays(chron)
    if found:
        lane = len(lanes)
        lanes.append({"id": "stays", "title": "Stays", "kind": "stay"})
        for st in found:
            bars.append(dict(_bar(st.start, st.end), id=f"stay-{st.after}", lane=lane, colour=STAY_COLOUR,
                             tip=f"Stay at {st.place.name}: {st.length}\n{st.start_text} → {st.end_text}",
                             href=f"map.html#{st.after}", label=st.place.name))
    return {"lanes": lanes, "bars": bars}
