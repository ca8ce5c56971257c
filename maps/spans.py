"""Dates as spans of days on one time axis: what the time axis, the stays and the figure measure.

An EDTF value covers a span of days (a month is thirty-odd, "1911-01-21/1911-02-20" a month of
doubt). Positions use the Gregorian equivalent when the text is Julian, so that journeys written in
both calendars line up on one axis; labels keep the text's own wording.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Optional

from chronology.timex import edtf


@dataclass(frozen=True)
class DaySpan:
    """The first and last possible day of a date, as proleptic ordinals (date.toordinal())."""
    lo: int
    hi: int

    @property
    def exact(self) -> bool:
        return self.lo == self.hi

    def iso(self) -> tuple[str, str]:
        return dt.date.fromordinal(self.lo).isoformat(), dt.date.fromordinal(self.hi).isoformat()


def day_span(value: Optional[str]) -> Optional[DaySpan]:
    """The days an EDTF value may fall on; an open end takes the other end's day."""
    v = edtf.parse(value) if value else None
    if v is None:
        return None
    lo, hi = v.lo(), v.hi()
    if lo is None and hi is None:
        return None
    lo = lo or hi
    hi = hi or lo
    return DaySpan(lo.toordinal(), max(lo, hi).toordinal())


def on_axis(value: Optional[str], gregorian: Optional[str]) -> Optional[DaySpan]:
    """Where a date sits on the shared axis: its Gregorian equivalent when there is one."""
    return day_span(gregorian) or day_span(value)


def dual(value: Optional[str], gregorian: Optional[str], calendar: Optional[str] = None) -> str:
    """A date as the text has it, with the Gregorian equivalent beside a Julian one (plain text)."""
    if not value:
        return "?"
    if gregorian and gregorian != value:
        return f"{value} (Julian; Gregorian {gregorian})"
    if calendar == "julian":
        return f"{value} (Julian)"
    return value


def days_between(a: DaySpan, b: DaySpan) -> tuple[int, int]:
    """Fewest and most days from a date in `a` to a later date in `b` (never negative)."""
    return max(0, b.lo - a.hi), max(0, b.hi - a.lo)


def describe_days(least: int, most: int) -> str:
    """'3 days', '20-50 days', 'about 7 months' as a reader would say the length of a stay."""
    def one(n: int) -> str:
        if n >= 730:
            return f"{round(n / 365.25)} years"
        if n >= 60:
            return f"{round(n / 30.44)} months"
        return f"{n} day" + ("" if n == 1 else "s")
    if least == most:
        return one(least)
    if most >= 60:
        mid = (least + most) // 2
        return f"about {one(mid)} ({least}-{most} days)"
    return f"{least}-{most} days"


def short_days(n: int) -> str:
    """A length for a label: '4 d', '3 wk', '7 mo', '2 yr'."""
    if n >= 548:
        return f"{round(n / 365.25)} yr"
    if n >= 56:
        return f"{round(n / 30.44)} mo"
    if n >= 14:
        return f"{round(n / 7)} wk"
    return f"{n} d"
