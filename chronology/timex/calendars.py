"""Julian and Gregorian: which calendar a date is written in, and its equivalent.

Values keep the text's own numbers. Which calendar a bare date is in is a
setting: julian, gregorian, or by-place (the polity of the place the story is
in, with the switch dates in data/calendars.csv). convertdate does the
arithmetic (12 days in the 19th century, 13 from March 1900).
"""
from __future__ import annotations

import csv
import datetime as dt
from functools import lru_cache
from typing import Optional

from convertdate import gregorian, julian

from ..paths import DATA_DIR
from . import vocab
from .edtf import Point, Val, interval, month_end


@lru_cache(maxsize=1)
def switch_dates() -> dict[str, dt.date]:
    """Polity -> first day of the Gregorian calendar there."""
    out = {}
    with open(DATA_DIR / "calendars.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            out[row["polity"]] = dt.date.fromisoformat(row["julian_until"])
    return out


def calendar_for(polity: Optional[str], day: Optional[dt.date], setting: str) -> str:
    if setting in ("julian", "gregorian"):
        return setting
    if polity is None or day is None:
        return "gregorian"
    until = switch_dates().get(polity)
    return "julian" if until is not None and day < until else "gregorian"


def easter_day(year: int, calendar: str) -> dt.date:
    """Easter Sunday as that calendar numbers it: Western Easter, or the Orthodox Easter of a
    Julian-dated text in Julian numbering (dateutil implements both computus)."""
    from dateutil.easter import EASTER_JULIAN, EASTER_WESTERN, easter
    return easter(year, EASTER_JULIAN if calendar == "julian" else EASTER_WESTERN)


def style_marked(text: str, end: int, start: Optional[int] = None) -> Optional[str]:
    """'June 29, Old Style', '12 March (N.S.)': the calendar the text names right after a date, or inside it
    ('Jan. 16. O. S. 1717')."""
    if start is not None:
        inside = text[start:end]
        for cal, markers in vocab.STYLE_MARKERS.items():
            if any(m in inside for m in markers if "." in m):
                return cal
    after = text[end:end + 16]
    for cal, markers in vocab.STYLE_MARKERS.items():
        for m in markers:
            i = after.find(m)
            if i >= 0 and not after[:i].strip(" ,(").strip():
                return cal
    return None


def julian_to_gregorian(p: Point) -> Point:
    y, m, d = gregorian.from_jd(julian.to_jd(p.y, p.m, p.d))
    return Point(y, m, d, p.hh, p.mi)


def gregorian_equivalent(v: Optional[Val]) -> Optional[str]:
    """The Gregorian form of a Julian value, where it is precise to the day."""
    if v is None or v.literal is not None:
        return None
    conv = lambda p: julian_to_gregorian(p) if p is not None and p.d is not None else p
    if not v.interval:
        if v.a is None or v.a.d is None:
            return None
        return Val(a=conv(v.a), approx=v.approx).edtf()
    if (v.a is not None and v.a.d is None) or (v.b is not None and v.b.d is None):
        return None
    return interval(conv(v.a), conv(v.b), v.approx).edtf()


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> int:
    """The day of the month of its nth `weekday` (0 = Monday); nth -1 is the last one."""
    first = dt.date(year, month, 1)
    if nth > 0:
        return 1 + (weekday - first.weekday()) % 7 + 7 * (nth - 1)
    last = month_end(year, month)
    return last - (dt.date(year, month, last).weekday() - weekday) % 7
