"""Consistency checks: report what cannot be true; never change the data."""
from __future__ import annotations

from geographiclib.geodesic import Geodesic

from .triggers import transport
from .models import Finding, Leg, PlaceMention, Timex
from .timex import edtf


def _lo(v):
    p = edtf.parse(v) if v else None
    return p.lo() if p is not None else None


def _hi(v):
    p = edtf.parse(v) if v else None
    return p.hi() if p is not None else None


def arrive_before_depart(legs: list[Leg]) -> list[Finding]:
    out = []
    for leg in legs:
        if leg.depart and leg.arrive and _hi(leg.arrive) and _lo(leg.depart) and _hi(leg.arrive) < _lo(leg.depart):
            out.append(Finding(check="arrive_before_depart", severity="error",
                               message=f"{leg.id}: arrives {leg.arrive} before it departs {leg.depart}", refs=[leg.id]))
    return out


def speed(legs: list[Leg]) -> list[Finding]:
    """A leg faster than its mode could go c. 1910 (table in data/transport.csv)."""
    speeds = transport()[1]
    out = []
    for leg in legs:
        if not (leg.from_ and leg.from_.lat is not None and leg.to.lat is not None and leg.depart and leg.arrive):
            continue
        d0, d1 = _lo(leg.depart), _hi(leg.arrive)
        if d0 is None or d1 is None:
            continue
        days = max(1, (d1 - d0).days + 1)
        # geographiclib directly: geopy's package import pulls in every geocoder and requests
        km = Geodesic.WGS84.Inverse(leg.from_.lat, leg.from_.lon, leg.to.lat, leg.to.lon)["s12"] / 1000
        limit = speeds.get(leg.mode, speeds["unknown"])
        if km / days > limit:
            out.append(Finding(check="speed", severity="warning",
                               message=f"{leg.id}: {km:.0f} km in at most {days} day(s) by {leg.mode} "
                                       f"(more than {limit:.0f} km/day)", refs=[leg.id]))
    return out


def dates_run_backwards(legs: list[Leg]) -> list[Finding]:
    out = []
    for a, b in zip(legs, legs[1:]):
        da, db = _lo(a.depart or a.arrive), _hi(b.depart or b.arrive)
        if da and db and db < da:
            out.append(Finding(check="dates_backwards", severity="warning",
                               message=f"{b.id} ({b.depart or b.arrive}) is dated before the previous leg {a.id} "
                                       f"({a.depart or a.arrive})", refs=[a.id, b.id]))
    return out


def two_places_at_once(legs: list[Leg]) -> list[Finding]:
    """Two legs on the same day from different places (day precision only)."""
    out = []
    for a, b in zip(legs, legs[1:]):
        if a.depart and b.depart and len(a.depart) == 10 and a.depart == b.depart and a.from_ and b.from_ \
                and a.from_.id != b.from_.id and a.to.id != b.from_.id:
            out.append(Finding(check="two_places", severity="warning",
                               message=f"{a.id} and {b.id} start from {a.from_.name} and {b.from_.name} on the same day",
                               refs=[a.id, b.id]))
    return out


def calendar_clash(dates: list[Timex]) -> list[Finding]:
    out = []
    for a, b in zip(dates, dates[1:]):
        if a.calendar and b.calendar and a.calendar != b.calendar and a.narrative and b.narrative \
                and a.line == b.line and a.precision == "day" and b.precision == "day":
            out.append(Finding(check="calendar_clash", severity="info",
                               message=f"line {a.line}: {a.text!r} reads as {a.calendar}, {b.text!r} as {b.calendar}",
                               refs=[f"{a.start}", f"{b.start}"]))
    return out


def unresolved_places(places: list[PlaceMention]) -> list[Finding]:
    names = sorted({p.text for p in places if p.place is None})
    return [Finding(check="unresolved_place", severity="info", message=f"place not resolved: {n!r}", refs=[])
            for n in names]


def run_all(legs, dates, places) -> list[Finding]:
    return (arrive_before_depart(legs) + speed(legs) + dates_run_backwards(legs) + two_places_at_once(legs)
            + calendar_clash(dates) + unresolved_places(places))
