"""The day of a letter headed by its month alone ("DEER VALLEY, November.").

Its deixis ("To-night", "last night", "this morning at ten") needs the day it was written. The story
the letter begins goes on day by day ("the next morning", "got up at four") until it meets a day the
text dates by itself ("Saturday, though like a blazing summer day, was wonderful", counted from the
next letter's date). The letter was written on the day that lets the story reach that date with no
day left out: the latest day consistent with it.

Found by reading the text twice with two trial days for the letter: the first expression where the
two readings, which ran a day apart, reach the same day is the date the story met; the distance
the story had gone from the trial day gives the letter's day.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable, Optional

from .edtf import Val, month_end

# a walk: the letters' days by dateline offset -> (resolved expressions, trace of (start, running
# date before, running date after) for each)
Walk = Callable[[dict], tuple[list, list]]


def letter_days(walk: Walk, undated: list[int]) -> dict[int, int]:
    """Days for the month-only datelines at the offsets `undated`, as far as the story fixes them."""
    days: dict[int, int] = {}
    for i, off in enumerate(undated):
        until = undated[i + 1] if i + 1 < len(undated) else None
        _, first = walk({**days, off: 1})
        _, second = walk({**days, off: 2})
        day = _day_met(off, until, first, second)
        if day is not None:
            days[off] = day
    return days


def _day_met(off: int, until: Optional[int], first: list, second: list) -> Optional[int]:
    for (start, before_a, after_a), (_, before_b, after_b) in zip(first, second):
        if start <= off:
            continue
        if until is not None and start >= until:
            return None
        a, b = _day(before_a), _day(before_b)
        if a is None or b is None or a == b:
            return None       # the story no longer depends on the letter's day: nothing to learn
        met_a, met_b = _day(after_a), _day(after_b)
        if met_a is not None and met_a == met_b:
            shift = (met_a - a).days
            day = 1 + shift
            if shift < 0 or day > month_end(met_a.year, met_a.month):
                return None   # the story would have to go back: not a day the letter can have
            return day
    return None


def _day(v: Optional[Val]) -> Optional[dt.date]:
    if v is None or v.interval or v.literal is not None or v.a is None or v.a.d is None:
        return None
    return dt.date(v.a.y, v.a.m, v.a.d)
