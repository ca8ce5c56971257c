"""When legs happened: each leg's date as written and its calendar, undated legs bounded by their dated
neighbours, dates that stray from the story dropped; and the first and last day an EDTF value allows."""
from __future__ import annotations

import re
from datetime import date
from typing import Optional

from .models import Leg, Timex
from .timex import edtf


def date_legs(legs: list[Leg], dates: list[Timex]) -> None:
    """Give each leg its date as written, its calendar and its Gregorian equivalents, from the
    temporal expression that carries the value nearest before (or inside) its evidence."""
    by_value: dict[str, list[Timex]] = {}
    for d in dates:
        if d.value:
            by_value.setdefault(d.value, []).append(d)

    def source(value: Optional[str], at: int) -> Optional[Timex]:
        cands = by_value.get(value or "", [])
        before = [d for d in cands if d.start <= at]
        return before[-1] if before else (cands[0] if cands else None)

    for leg in legs:
        end = leg.evidence.end
        dep, arr = source(leg.depart, end), source(leg.arrive, end)
        first = dep or arr
        if first is None:
            continue
        leg.date_text = first.text
        leg.calendar = first.calendar
        leg.depart_gregorian = dep.value_gregorian if dep else None
        leg.arrive_gregorian = arr.value_gregorian if arr else None


def bound_undated_legs(legs: list[Leg]) -> None:
    """A leg the text does not date happened after the last dated leg before it and before the next
    dated one: an EDTF interval between them (open on a side with no dated neighbour), never a day the
    story does not reach. Legs dated backwards around it are left undated: the checks report them."""
    _drop_stray_dates(legs)
    dated = [(i, first_day(leg_date(l)), last_day(leg_date(l))) for i, l in enumerate(legs)
             if leg_date(l) and not l.date_inferred]
    # a later leg dated only from an earlier sentence happened on or after that date, and the story told
    # this leg before reaching it: its lower bound is an upper bound here
    told_by = [(i, first_day(leg_date(l))) for i, l in enumerate(legs) if leg_date(l) and l.date_inferred
               and "/" not in leg_date(l)]
    for i, leg in enumerate(legs):
        if leg_date(leg) and leg.date_inferred:
            # a date borrowed from an earlier sentence: the leg happened after it and before the next dated leg
            lo = first_day(leg_date(leg))
            after = [d for d in dated if d[0] > i and d[2] is not None]
            hi = after[0][2] if after else None
            later = [d for j, d in told_by if j > i and d is not None and lo is not None and d > lo]
            if later and (hi is None or later[0] < hi):
                hi = later[0]
            if lo is not None and hi is not None and hi >= lo and last_day(leg_date(leg)) != hi:
                value = f"{lo.isoformat()}/{hi.isoformat()}"
                if leg.depart:
                    leg.depart = value
                else:
                    leg.arrive = value
            continue
        if leg_date(leg):
            continue
        before = [d for d in dated if d[0] < i and d[1] is not None]
        after = [d for d in dated if d[0] > i and d[2] is not None]
        lo = before[-1][1] if before else None
        hi = after[0][2] if after else None
        if lo is None and hi is None or (lo is not None and hi is not None and lo > hi):
            continue
        leg.depart = f"{lo.isoformat() if lo else '..'}/{hi.isoformat() if hi else '..'}"
        leg.date_inferred = True
    _bound_departures(legs)


def _bound_departures(legs: list[Leg]) -> None:
    """A leg dated only by its arrival ('The next day he anchored at Gibraltar', after a voyage from
    Antigua) left after the traveller was at its start: the departure is the interval between the two."""
    for prev, leg in zip(legs, legs[1:]):
        if leg.depart or not leg.arrive or "/" in leg.arrive or leg.from_ is None:
            continue
        lo, hi = first_day(prev.arrive or prev.depart), first_day(leg.arrive)
        if lo is not None and hi is not None and lo < hi:
            leg.depart = f"{lo.isoformat()}/{hi.isoformat()}"


_STRAY_DAYS = 365


def _drop_stray_dates(legs: list[Leg]) -> None:
    """A leg dated a year or more before the leg it follows is dated from something else (the history
    behind the story, a remark): its date is dropped and it is bounded like an undated leg. Flashbacks
    told with their own dates never reach here; the builder keeps them out of the itinerary."""
    last_lo = None
    for leg in legs:
        if leg.depart and leg.arrive and first_day(leg.depart) and last_day(leg.arrive) \
                and (first_day(leg.depart) - last_day(leg.arrive)).days > _STRAY_DAYS:
            leg.arrive = None       # an arrival years before its own departure
        lo, hi = first_day(leg_date(leg)), last_day(leg_date(leg))
        if hi is None and leg_date(leg):
            hi = _year_end(leg_date(leg))     # "1867-XX-XX": a day of 1867 at the latest
        if last_lo is not None and hi is not None and (last_lo - hi).days > _STRAY_DAYS:
            leg.depart = leg.arrive = None
            leg.date_text = None
            leg.date_inferred = True
            continue
        if lo is not None:
            last_lo = lo


def _year_end(v: str) -> Optional[date]:
    m = re.match(r"\.{0,2}/?(\d{4})", v)
    return date(int(m.group(1)), 12, 31) if m else None


def leg_date(leg: Leg) -> Optional[str]:
    return leg.depart or leg.arrive


def last_day(v: Optional[str]):
    """The latest day an EDTF value allows, or None."""
    p = edtf.parse(v) if v else None
    return p.hi() if p is not None else None


def first_day(v: Optional[str]):
    """The earliest day an EDTF value allows, or None."""
    if not v:
        return None
    p = edtf.parse(v)
    return p.lo() if p is not None else None
