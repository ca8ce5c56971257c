"""Calendar arithmetic the relative expressions need: the month in which a day falls on a named weekday,
the part of the day a clock hour belongs to, and the span of a deictic unit ('last week', 'this winter')."""
from __future__ import annotations

import datetime as dt
from typing import Optional

from .edtf import Point, Val, interval, month_end, shift
from .normalize import Draft

# The order of the parts of a day: a story told forward that reaches the morning after the evening
# or the night has moved on to the next day ("Night came ... At dawn he ...").
PHASES = {"MO": 1, "DT": 2, "AF": 3, "EV": 4, "NI": 5}
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 14)}


def month_of_weekday(y: int, m: int, day: int, weekday: int) -> tuple[int, int]:
    """The month, this one or one beside it, in which the day of the month falls on the weekday the
    text names ("Tuesday, the 12th"), in either calendar; this one if none does."""
    for k in (0, 1, -1):
        yy, mm = divmod(y * 12 + m - 1 + k, 12)
        mm += 1
        if day > month_end(yy, mm):
            continue
        date = dt.date(yy, mm, day)
        julian_shift = 10 + (yy - 1600) // 100 - (yy - 1600) // 400 if yy >= 1700 else 10
        if weekday in (date.weekday(), (date + dt.timedelta(days=julian_shift)).weekday()):
            return yy, mm
    return y, m


def hour_phase(hh: int) -> int:
    """The part of the day a clock hour falls in (the small hours count with the night)."""
    if hh < 4 or hh >= 21:
        return PHASES["NI"]
    return PHASES["MO"] if hh < 12 else PHASES["DT"] if hh < 14 else PHASES["AF"] if hh < 18 else PHASES["EV"]


def deictic_unit(lo: dt.date, prec: str, d: Draft) -> Optional[Val]:
    """'this week', 'last month', 'next year', 'last fall', 'earlier this month', 'the past year'."""
    u, k = d.unit, d.sign
    if d.part == "past" and u == "year":
        # "the past year" is vague about days: the twelve months up to this one
        return interval(Point(lo.year - 1, lo.month), Point(lo.year, lo.month))
    if d.part == "past":
        start = shift(Val(a=Point.of(lo, "month" if prec in ("month", "season") else "day")), -1, u)
        return interval(start.a, Point.of(lo, "month" if prec in ("month", "season") else "day"))
    if u in ("week", "weekend"):
        if prec not in ("day", "minute"):
            return None
        monday = lo - dt.timedelta(days=lo.weekday()) + dt.timedelta(weeks=k)
        a, b = (monday, monday + dt.timedelta(days=6)) if u == "week" else \
            (monday + dt.timedelta(days=5), monday + dt.timedelta(days=6))
        return interval(Point.of(a), Point.of(b))
    if u == "month":
        y, m = divmod(lo.month - 1 + k, 12)
        y, m = lo.year + y, m + 1
        if d.part:
            first, last = (1, 10) if d.part == "early" else (21, month_end(y, m))
            return interval(Point(y, m, first), Point(y, m, last))
        return Val(a=Point(y, m))
    if u == "year":
        # "early next year", "later this year": the year, as "early 1990" is
        return Val(a=Point(lo.year + k))
    if u in ("century", "decade"):
        # "the present century" written in 1773: the 1700s, as people count them (not 1701-1800)
        n = 100 if u == "century" else 10
        first = (lo.year // n + k) * n
        return interval(Point(first), Point(first + n - 1))
    if u in _SEASON_MONTHS:
        m1, m2 = _SEASON_MONTHS[u]
        now = lo.year * 12 + lo.month
        y = lo.year - (1 if u == "winter" and lo.month <= 2 else 0)   # this winter: the one that is on
        if k < 0:
            y = lo.year
            while y * 12 + m2 >= now:      # last: the latest one already over
                y -= 1
        elif k > 0:
            y = lo.year
            while y * 12 + m1 <= now:      # next: the first one still to begin
                y += 1
        return interval(Point(y, m1), Point(y + (m2 - 1) // 12, (m2 - 1) % 12 + 1))
    return None
