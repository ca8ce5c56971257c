"""Event days: when the story reached, left or was at each named place, remembered as the resolver goes.

Some expressions count from an event rather than from the running date: "within five days after
Napoleon reached Paris", "forty-one days on the road from Okhotsk", "the end of our first week in
Irkutsk", "the highway through Aix but a short year before". The resolver feeds this memory with
the sentences it has passed ("When we reached Okhotsk, about the middle of September", "the
population turned out to see us off") and asks it for the day of such an event.

An event gets the day its own sentence names; told without one, the day the story is on when the
paragraph that last moved the story tells it; told in a later paragraph, it lies between that day
and the next day the story reaches. The cue phrases are data (the tables below).
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

from ..wordlist import alternation
from . import vocab
from .edtf import Point, Val, interval

# a place's name: capitalised words, with the particles of place names between them
NAME = r"(?-i:(?:St\.\s+)?[A-Z][\w'’-]*(?:[ \t]+(?:(?:de|du|la|le|of)[ \t]+)?[A-Z][\w'’-]*){0,3})"
# who moves: a name or a personal pronoun
WHO = r"(?-i:[A-Z][\w'’-]+|he|she|they|we|I|He|She|They|We)"

# verbs of coming to a place and of leaving one, before the place's name
ARRIVALS = ["reached", "arrived at", "arrived in", "got to", "got into", "entered", "landed at", "landed in",
            "came into", "returned to", "alighted at", "put in at", "anchored at", "anchored off"]
DEPARTURES = ["left", "quitted", "quit", "departed from", "set out from", "set off from", "sailed from",
              "started from", "rode out of", "drove out of", "steamed out of"]
# leaving, or getting down at, the place the story has reached, which is not named again
DEPARTURES_HERE = ["see us off", "saw us off", "seeing us off", "see me off", "saw me off", "see him off",
                   "saw him off", "set out on our journey", "started on our journey"]
ARRIVALS_HERE = ["alighted"]
# a sentence opening on a place puts the story there: "At Irkutsk, we plunged ..."
PRESENCE_OPENERS = ["At", "In"]
# a place named after these in the story's sentences, somewhere the story went near ("the feeling
# prevalent at Aix"): a weaker memory, read only by looks back at a place
MENTION_PREPOSITIONS = ["at", "in", "through", "near", "past"]
# an event a count of time is measured from ("within five days after Napoleon reached Paris") is
# not told in the story's order: its day is not the sentence's
_MEASURED_FROM_RX = re.compile(r"\b(?:after|since|before|until|till)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)

_ARRIVE_RX = re.compile(r"\b(?:(?P<who>" + WHO + r")\s+(?:had\s+)?)?(?:" + alternation(ARRIVALS)
                        + r")\s+(?P<place>" + NAME + r")")
_LEAVE_RX = re.compile(r"\b(?:(?P<who>" + WHO + r")\s+(?:had\s+)?)?(?:" + alternation(DEPARTURES)
                       + r")\s+(?P<place>" + NAME + r")")
_LEAVE_HERE_RX = re.compile(r"\b(?:" + alternation(DEPARTURES_HERE) + r")\b", re.IGNORECASE)
_ARRIVE_HERE_RX = re.compile(r"\b(?P<who>" + WHO + r")\s+(?:" + alternation(ARRIVALS_HERE) + r")\b(?!\s+at\b)")
_PRESENCE_RX = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:" + alternation(PRESENCE_OPENERS)
                          + r")\s+(?P<place>" + NAME + r")\b", re.MULTILINE)
_MENTION_RX = re.compile(r"\b(?:" + alternation(MENTION_PREPOSITIONS) + r")\s+(?P<place>" + NAME + r")")
# capitalised words that open no place's name
_NOT_PLACES = set(vocab.MONTHS) | set(vocab.WEEKDAYS) | {
    "I", "The", "A", "An", "This", "That", "It", "He", "She", "We", "They", "His", "Her", "Our", "My", "Their",
    "Its", "Mr", "Mrs", "Mr.", "Mrs.", "Dr.", "St.", "God", "Heaven"}
_PARAGRAPH_RX = re.compile(r"\n[ \t]*\n")


@dataclass
class Event:
    kind: str                    # arrive | leave | at | near
    place: Optional[str]
    who: Optional[str]
    lo: dt.date
    hi: Optional[dt.date]        # None while the story has dated no later day
    offset: int
    coarse: Optional[Val] = None  # the story's month or year, when it had no day

    def val(self) -> Val:
        if self.coarse is not None:
            return self.coarse
        hi = self.hi or self.lo
        return interval(Point.of(self.lo), Point.of(hi)) if hi != self.lo else Val(a=Point.of(self.lo))


def _same_place(a: Optional[str], b: Optional[str]) -> bool:
    return a is not None and b is not None and (a == b or a.startswith(b + " ") or b.startswith(a + " "))


class EventDays:
    def __init__(self, text: str, sentence_at):
        self.text = text
        self.sentence_at = sentence_at
        self.events: list[Event] = []
        self.here: Optional[str] = None           # the place the story last reached
        self.scanned = 0
        self.dated: dict[int, dt.date] = {}       # sentence start -> the story's day that sentence names
        self.moved_in: Optional[int] = None       # the paragraph of the last expression that moved the story
        self.open_ends: list = []                 # resolved expressions counted from an undated event
        self._paragraph_starts: Optional[list[int]] = None

    # ------------------------------------------------------------ feeding
    def _paragraph(self, offset: int) -> int:
        """Where the paragraph holding offset begins."""
        if self._paragraph_starts is None:
            self._paragraph_starts = [0] + [m.end() for m in _PARAGRAPH_RX.finditer(self.text)]
        return self._paragraph_starts[bisect.bisect_right(self._paragraph_starts, offset) - 1]

    def noted(self, start: int, val: Optional[Val], narrative: bool, moved: bool) -> None:
        """An expression resolved: a narrative day dates its sentence; a move closes the open events."""
        day = _day(val)
        if day is None or not narrative:
            return
        s = self.sentence_at(start)
        if s is not None:
            self.dated.setdefault(s.start, day)
        if moved:
            self.moved_in = self._paragraph(start)
            for e in self.events:
                if e.hi is None and day > e.lo:
                    e.hi = day
            for res in self.open_ends:
                lo = res.val.lo()
                if day > lo:      # up to the next day the story reaches, which it does not pass
                    res.val = interval(Point.of(lo), Point.of(day))
                    res.value = res.val.edtf()
            self.open_ends = []

    def scan(self, upto: int, running: Optional[Val]) -> None:
        """Read the events told in the sentences before `upto` not read yet."""
        if upto <= self.scanned:
            return
        lo, self.scanned = self.scanned, upto
        found = []
        told = set()
        for rx, kind in ((_ARRIVE_RX, "arrive"), (_LEAVE_RX, "leave"), (_PRESENCE_RX, "at"), (_MENTION_RX, "near")):
            for m in rx.finditer(self.text, lo, upto):
                place = m.group("place")
                if place.split()[0] in _NOT_PLACES or m.start("place") in told or \
                        _MEASURED_FROM_RX.search(self.text, max(0, m.start() - 40), m.start()):
                    continue
                told.add(m.start("place"))
                found.append((m.start("place"), kind, place, m.groupdict().get("who")))
        for m in _LEAVE_HERE_RX.finditer(self.text, lo, upto):
            found.append((m.start(), "leave", self.here, None))
        for m in _ARRIVE_HERE_RX.finditer(self.text, lo, upto):
            found.append((m.start(), "arrive", None, m.group("who")))
        for offset, kind, place, who in sorted(found, key=lambda x: x[0]):
            when = self._when(offset, running)
            if when is None:
                continue
            coarse = running if _day(running) is None and when[1] is not None and when[0] != when[1] else None
            self.events.append(Event(kind, place, who, when[0], when[1], offset, coarse))
            if kind == "arrive" and place is not None:
                self.here = place

    def _when(self, offset: int, running: Optional[Val]) -> Optional[tuple[dt.date, Optional[dt.date]]]:
        s = self.sentence_at(offset)
        if s is not None and s.start in self.dated:
            day = self.dated[s.start]
            return day, day
        if running is None or running.literal is not None or running.lo() is None:
            return None
        day = _day(running)
        if day is None:
            return running.lo(), running.hi()
        if self.moved_in is not None and self._paragraph(offset) == self.moved_in:
            return day, day
        return day, None

    # ------------------------------------------------------------ asking
    def last(self, kind: str, place: Optional[str] = None, who: Optional[str] = None) -> Optional[Event]:
        for e in reversed(self.events):
            if e.kind == kind and (place is None or _same_place(e.place, place)) and (who is None or e.who == who):
                return e
        return None

    def visit(self, place: str) -> Optional[Event]:
        """The last time the story was at the place: reached, left or there."""
        for e in reversed(self.events):
            if _same_place(e.place, place):
                return e
        return None


def _day(val: Optional[Val]) -> Optional[dt.date]:
    if val is None or val.literal is not None or val.interval or val.a is None or val.a.d is None:
        return None
    return dt.date(val.a.y, val.a.m, val.a.d)
