"""EDTF values: partial points, intervals, arithmetic and formatting.

A value keeps the precision the text gave it: "1911" is a year, never
1 January 1911. Bounds (earliest/latest day) are derived, not stored.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Optional

PRECISIONS = ["century", "decade", "year", "season", "month", "day", "minute"]
# EDTF level-1 season codes and the months each holds (northern hemisphere; winter runs into the
# next year): "1814-22" is summer 1814, "1873-24" the winter of 1873-74
SEASON_MONTHS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 14)}


def month_end(y: int, m: int) -> int:
    return calendar.monthrange(max(1, y), m)[1]


@dataclass(frozen=True)
class Point:
    y: int
    m: Optional[int] = None
    d: Optional[int] = None
    hh: Optional[int] = None
    mi: Optional[int] = None

    @property
    def prec(self) -> str:
        if self.hh is not None:
            return "minute"
        if self.d is not None:
            return "day"
        if self.m is not None:
            return "month"
        return "year"

    def lo(self) -> dt.date:
        return dt.date(self.y, self.m or 1, self.d or 1)

    def hi(self) -> dt.date:
        m = self.m or 12
        return dt.date(self.y, m, self.d or month_end(self.y, m))

    def edtf(self) -> str:
        s = f"{self.y:04d}"
        if self.m is not None:
            s += f"-{self.m:02d}"
            if self.d is not None:
                s += f"-{self.d:02d}"
                if self.hh is not None:
                    s += f"T{self.hh:02d}:{self.mi or 0:02d}"
        return s

    def at(self, prec: str) -> "Point":
        """The same point at a coarser precision."""
        if prec == "year":
            return Point(self.y)
        if prec == "month":
            return Point(self.y, self.m) if self.m else Point(self.y)
        if prec == "day":
            return Point(self.y, self.m, self.d) if self.d else self.at("month")
        return self

    @staticmethod
    def of(d: dt.date, prec: str = "day") -> "Point":
        return Point(d.year, d.month, d.day).at(prec)


@dataclass(frozen=True)
class Val:
    """A point (`a`), an interval (`a`/`b`), or an open interval (`..`)."""
    a: Optional[Point] = None
    b: Optional[Point] = None
    interval: bool = False
    approx: bool = False
    literal: Optional[str] = None
    season: Optional[int] = None      # an EDTF season code (21-24) for the months a..b

    def edtf(self) -> str:
        if self.literal is not None:
            return self.literal
        if self.season is not None and self.a is not None:
            return f"{self.a.y:04d}-{self.season}" + ("~" if self.approx else "")
        if not self.interval:
            return self.a.edtf() + ("~" if self.approx else "")
        left = self.a.edtf() if self.a else ".."
        right = self.b.edtf() if self.b else ".."
        t = "~" if self.approx else ""
        return f"{left}{t if self.a else ''}/{right}{t if self.b else ''}"

    @property
    def prec(self) -> str:
        p = self.a or self.b
        if self.literal is not None and self.a is None:
            return "year"
        if self.interval and self.a and self.b and self.a.prec == "month" and self.b.prec == "month" and self.a != self.b:
            return "season"
        return p.prec if p else "year"

    def lo(self) -> Optional[dt.date]:
        return self.a.lo() if self.a else None

    def hi(self) -> Optional[dt.date]:
        p = self.b if self.interval else self.a
        return p.hi() if p else None

    def with_approx(self) -> "Val":
        return replace(self, approx=True)


def point(p: Point, approx=False) -> Val:
    return Val(a=p, approx=approx)


def season(year: int, code: int, approx=False) -> Val:
    """A season of a year by its EDTF code, holding its months as bounds."""
    m1, m2 = SEASON_MONTHS[code]
    return Val(a=Point(year, m1), b=Point(year + (m2 - 1) // 12, (m2 - 1) % 12 + 1), interval=True,
               approx=approx, season=code)


def interval(a: Optional[Point], b: Optional[Point], approx=False) -> Val:
    if a is not None and b is not None and a == b:
        return Val(a=a, approx=approx)
    return Val(a=a, b=b, interval=True, approx=approx)


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return dt.date(y, m, min(d.day, month_end(y, m)))


_UNIT_PREC = {"minute": "day", "hour": "day", "day": "day", "night": "day", "week": "day",
              "fortnight": "day", "month": "month", "year": "year", "decade": "year", "century": "year"}
_RANK = {p: i for i, p in enumerate(PRECISIONS)}


def _shift_date(d: dt.date, n: float, unit: str) -> dt.date:
    if unit in ("day", "night"):
        return d + dt.timedelta(days=round(n))
    if unit == "week":
        return d + dt.timedelta(days=round(7 * n))
    if unit == "fortnight":
        return d + dt.timedelta(days=round(14 * n))
    if unit in ("minute", "hour"):
        return d
    if unit == "month":
        return add_months(d, round(n))
    if unit == "year":
        return add_months(d, round(12 * n))
    if unit == "decade":
        return add_months(d, round(120 * n))
    if unit == "century":
        return add_months(d, round(1200 * n))
    raise ValueError(unit)


def _coarser(p1: str, p2: str) -> str:
    p1 = "month" if p1 == "season" else p1
    p2 = "month" if p2 == "season" else p2
    return p1 if _RANK[p1] < _RANK[p2] else p2


def shift(v: Val, n: float, unit: str) -> Val:
    """Move a value by n units; the result is no finer than the value or the unit."""
    if v.literal is not None and v.a is None:
        return v
    target = _coarser(v.prec if v.prec != "minute" else "day", _UNIT_PREC[unit])
    lost = _RANK.get(target, 0) < _RANK.get("month" if v.prec == "season" else v.prec, 0)

    def mv(p: Optional[Point], hi: bool) -> Optional[Point]:
        if p is None:
            return None
        base = p.hi() if hi else p.lo()
        if p.prec in ("day", "minute"):
            base = dt.date(p.y, p.m, p.d)
        return Point.of(_shift_date(base, n, unit), target)

    try:
        mv(v.a, False), mv(v.b, True)
    except (ValueError, OverflowError):
        return Val(literal="XXXX")    # "twenty centuries before": before the years a calendar date can hold

    # A day offset from a coarser anchor keeps the anchor's precision and is approximate.
    approx = v.approx or (lost and target != _UNIT_PREC[unit] and unit in ("day", "night", "week", "fortnight"))
    if unit in ("day", "night") and abs(n) <= 1 and v.a is not None and v.a.prec not in ("day", "minute"):
        # "the day before" June (or a span of months) is June, approximately; not May
        return Val(a=v.a, b=v.b, interval=v.interval, approx=True)
    if not v.interval:
        p = v.a
        if p.prec in ("month", "year") and _UNIT_PREC[unit] == "day":
            return Val(a=mv(p, False), approx=True)
        return Val(a=mv(p, False), approx=approx)
    return interval(mv(v.a, False), mv(v.b, True), approx=approx)


def span_after(v: Val, lo_days: int, hi_days: int) -> Val:
    """An interval from lo_days to hi_days after the value (vague offsets)."""
    lo, hi = v.lo(), v.hi()
    if lo is None or hi is None:
        return Val(literal="XXXX")
    if v.prec in ("year", "decade", "century"):
        return Val(a=Point(lo.year), approx=True)
    if v.prec in ("month", "season"):
        return Val(a=Point.of(lo, "month"), approx=True)
    return interval(Point.of(lo + dt.timedelta(days=lo_days)), Point.of(hi + dt.timedelta(days=hi_days)))


def span_before(v: Val, lo_days: int, hi_days: int) -> Val:
    lo, hi = v.lo(), v.hi()
    if lo is None or hi is None:
        return Val(literal="XXXX")
    if v.prec in ("year", "decade", "century", "month", "season"):
        return Val(a=Point.of(lo, "month" if v.prec in ("month", "season") else "year"), approx=True)
    return interval(Point.of(lo - dt.timedelta(days=hi_days)), Point.of(hi - dt.timedelta(days=lo_days)))


def parse(value: str) -> Optional[Val]:
    """Parse the subset of EDTF chronology writes (for --anchor and corrections)."""
    v = value.strip()
    approx = v.endswith("~")
    v = v.rstrip("~?%")
    if "/" in v:
        a, b = v.split("/", 1)
        pa = None if a in ("", "..") else _parse_point(a.rstrip("~"))
        pb = None if b in ("", "..") else _parse_point(b.rstrip("~"))
        return interval(pa, pb, approx)
    code = re.fullmatch(r"(-?[0-9]{4})-(2[1-4])", v)
    if code:      # a season code reads back as its months
        return season(int(code[1]), int(code[2]), approx)
    p = _parse_point(v)
    return Val(a=p, approx=approx) if p else None


def _parse_point(s: str) -> Optional[Point]:
    date_part, _, time_part = s.partition("T")
    bits = date_part.split("-")
    try:
        y = int(bits[0])
        m = int(bits[1]) if len(bits) > 1 else None
        d = int(bits[2]) if len(bits) > 2 else None
        hh = mi = None
        if time_part:
            hh, mi = (int(x) for x in time_part.split(":")[:2])
        if m is not None:
            dt.date(y, m, d or 1)
        return Point(y, m, d, hh, mi)
    except (ValueError, IndexError):
        return None
