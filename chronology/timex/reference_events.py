"""Event arithmetic: expressions counted from an event the story told rather than from the running date
("within five days after Napoleon reached Paris", "We had been forty-one days on the road from
Okhotsk", "At the end of our first week in Irkutsk", "the highway through Aix but a short year
before"), against the memory of event_days.py. A mixin of `reference.Walker`."""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from ..wordlist import alternation
from .edtf import Point, Val, interval, shift
from .event_days import ARRIVALS, DEPARTURES, NAME, WHO, Event, EventDays
from .recognize import Found
from .reference_relative import Resolved

# a count of time followed by the event it counts from: "within five days after Napoleon reached Paris"
_AFTER_EVENT_RX = re.compile(r"\s+(?:after|since)\s+(?:(?P<who>" + WHO + r")\s+(?:had\s+)?)?"
                             r"(?:(?P<arrive>" + alternation(ARRIVALS) + r")|(?P<leave>" + alternation(DEPARTURES)
                             + r"))\s+(?P<place>" + NAME + r")")
# a length of travel from a place left: "forty-one days on the road from Okhotsk", "ten days out from Cadiz"
_FROM_PLACE_RX = re.compile(r"(?:\s+(?:on\s+the\s+road|out|away)\s+from|\s+since\s+(?:(?:we|I|he|she|they)\s+(?:had\s+)?"
                            r"left|(?:our|my|his|her|their)\s+departure\s+from))\s+(?P<place>" + NAME + r")")
# the place a look back speaks of, just before it: "on the highway through Aix but a short year before"
_PLACE_BEFORE_RX = re.compile(r"\b(?:through|at|in|from|to|near|past)\s+(?P<place>" + NAME + r")\s+(?:\w+\s+){0,2}$")
# an indefinite day told within a span: "One bright sunshiny morning in (early December)"
_ONE_DAY_RX = re.compile(r"\b(?:one|One)\s+(?:[\w-]+,?\s+){0,3}(?:day|morning|afternoon|evening|night)\s+in\s+$")
_DAYS_RX = re.compile(r"P([0-9]+)([DW])")
_STAY_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 30}
_LOOK_BACK_SLACK = 0.5       # a visit counts for "a year before" if it lies within half a year of it


class EventResolver:
    """Methods of the Walker (reference.py) for expressions counted from events."""
    events: EventDays

    def _resolve_counting_events(self, f: Found) -> Resolved:
        s = self.sentence_at(f.start)
        self.events.scan(s.start if s is not None else f.start, self.running)
        before = self.running
        if f.draft.rel == "event_stay":
            res = self._stay(f)
        else:
            event = self._event_after(f)
            if event is not None:
                # counted from the event, the story staying where it was
                self.running = event.val()
                res = self._resolve_one(f)
                self.running = before
                res = Resolved(f, res.kind, res.value, res.val, res.narrative,
                               self.text[f.end:f.end + 80].split(",")[0].strip(), res.part_of_day)
            else:
                res = self._resolve_one(f)
                res = self._one_day_within(f, res, before)
                visit = self._visit_looked_back_on(f, res, before)
                if visit is not None:
                    res, self.running = visit, before     # a look back: the story stays
                self._travelled_from(f, res)
        self.events.noted(f.start, res.val, res.narrative, self.running is not before)
        return res

    def _one_day_within(self, f: Found, res: Resolved, r: Optional[Val]) -> Resolved:
        """"One bright sunshiny morning in early December", told when the story has reached the 4th:
        a day not before the story's, within that part of the month; the story is somewhere in it."""
        d, v = f.draft, res.val
        if d.days is None or d.day is not None or v is None or not res.narrative or r is None \
                or r.interval or r.a is None or r.a.d is None or not _ONE_DAY_RX.search(
                    self.text, max(0, f.start - 60), f.start):
            return res
        day = dt.date(r.a.y, r.a.m, r.a.d)
        if v.lo() is None or not v.lo() < day < v.hi():
            return res
        v = interval(Point.of(day), Point.of(v.hi()))
        self.running, self.running_text = v, self.text[f.start:f.end]
        return Resolved(f, res.kind, v.edtf(), v, True, res.anchor, res.part_of_day)

    def _event_after(self, f: Found) -> Optional[Event]:
        """The event a count of time names after it ("within five days after Napoleon reached Paris"):
        that place's arrival or leaving, or else the last arrival told of the one who came."""
        d = f.draft
        if d.rel not in ("offset", "within", "after") or d.sign < 0:
            return None
        m = _AFTER_EVENT_RX.match(self.text, f.end)
        if m is None:
            return None
        kind = "arrive" if m.group("arrive") else "leave"
        e = self.events.last(kind, m.group("place"))
        if e is None and kind == "arrive" and m.group("who"):
            e = self.events.last("arrive", who=m.group("who"))
        return e

    def _visit_looked_back_on(self, f: Found, res: Resolved, r: Optional[Val]) -> Optional[Resolved]:
        """A look back at a place ("through Aix but a short year before") is the story's last visit
        there, when that visit lies about as far back."""
        d = f.draft
        if d.rel != "offset" or d.sign >= 0 or d.unit not in _STAY_DAYS and d.unit != "year" or res.val is None:
            return None
        m = _PLACE_BEFORE_RX.search(self.text, max(0, f.start - 80), f.start)
        if m is None or r is None or r.lo() is None:
            return None
        e = self.events.visit(m.group("place"))
        if e is None:
            return None
        span = dt.timedelta(days=(d.n or 1) * (365 if d.unit == "year" else _STAY_DAYS[d.unit]))
        if abs((r.lo() - span) - e.lo) > span * _LOOK_BACK_SLACK:
            return None
        v = e.val()
        return Resolved(f, res.kind, v.edtf(), v, res.narrative, m.group("place"), res.part_of_day)

    def _travelled_from(self, f: Found, res: Resolved) -> None:
        """A length of travel from a place left ("We had been forty-one days on the road from
        Okhotsk") brings the story to that many days after the leaving."""
        length = _DAYS_RX.fullmatch(res.value or "") if res.kind == "duration" else None
        m = _FROM_PLACE_RX.match(self.text, f.end) if length else None
        e = self.events.last("leave", m.group("place")) if m else None
        if e is None or e.hi is None:
            return
        v = shift(Val(a=Point.of(e.lo)), int(length[1]) * (7 if length[2] == "W" else 1), "day")
        if self.running is None or self.running.hi() is None or v.lo() > self.running.hi():
            self._move(v, f)

    def _stay(self, f: Found) -> Resolved:
        """"Our first week in Irkutsk" counts from the arrival there (or, not told, from the story's
        day); its end is a week after the arrival."""
        d = f.draft
        e = self.events.last("arrive", d.place) or self.events.last("at", d.place)
        start = e.val() if e is not None else self._running_at("day")
        if start is None or start.lo() is None:
            return Resolved(f, "relative", None, None, True, None, None)
        n = _STAY_DAYS[d.unit]
        lo, hi = start.lo(), start.hi()
        if d.part == "end":
            v = interval(Point.of(lo + dt.timedelta(days=n)), Point.of(hi + dt.timedelta(days=n)))
        else:
            v = interval(Point.of(lo), Point.of(hi + dt.timedelta(days=n - 1)))
        res = Resolved(f, "relative", v.edtf(), v, True, d.place if e is not None else self.running_text, None)
        if e is not None and (e.hi is None or e.hi != e.lo):
            # an arrival the story has not dated to a day: the stay ends before the next day it reaches
            self.events.open_ends.append(res)
        return res
