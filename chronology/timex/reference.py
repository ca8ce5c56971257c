"""Narrative anchoring: resolve drafts in text order against a running date.

The running date moves with the story's own dates, at the precision they
have. A flash-forward or flash-back ("he was shot in 1937") is normalized but
does not move it. Relative expressions resolve against the running date.
"""
from __future__ import annotations

import copy
import datetime as dt
import re
from typing import Optional

from . import vocab
from ..text import is_heading
from .calendars import easter_day, nth_weekday
from .clock import fix_half_of_day
from .habit import tells_habit
from .letter_day import letter_days
from .opening import opening_day
from .edtf import Point, Val, interval, month_end, season
from .normalize import Draft, _iso_duration
from .recognize import Found
from .writing import in_apparatus, in_quotation
from .reference_background import BackgroundResolver
from .reference_events import EventDays, EventResolver
from .reference_merged import MergedResolver
from .reference_relative import _PHASES, RelativeResolver, Resolved  # noqa: F401 (Resolved re-exported)

_UNTIL_RX = re.compile(r"\b(?:until|till|up\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
# the far end of a span ("in the nine days, between the 12th and the 21st of December")
_BETWEEN_END_RX = re.compile(r"\bbetween\s+[^.;:!?]{1,40}?\s+and\s+$", re.IGNORECASE)
_REPORTED_RX = re.compile(r"\b(?:told|said|wrote|reported|declared|heard|learned|assured)\b[^.;!?]*\bthat\b",
                          re.IGNORECASE)
_NEW_DAY_RX = re.compile("|".join(vocab.NEW_DAY_CUES))
_BEDTIME_RX = re.compile("|".join(vocab.BEDTIME_CUES), re.IGNORECASE)
_WALKED_INTO_DAYS = 3       # a part of the month that begins this close ahead is where the story has got to
# "It is July and the evenings are fine", "we are now in winter": the present of the writing, not a custom
_SCENE_NOW_RX = re.compile(r"\b(?:it\s+is|it['’]s|['’]tis|now|already|still|at\s+present)\s+(?:[a-z]+\s+){0,2}$",
                           re.IGNORECASE)
_TENSE_BIAS_DAYS = 240      # past tense: a yearless date up to about two months ahead is still this year's
_LETTER_WRITTEN_OVER_DAYS = 7   # a letter dated this many days past the last day it tells may have been written over them


class Walker(BackgroundResolver, EventResolver, MergedResolver, RelativeResolver):
    def __init__(self, text: str, sentence_at, anchor: Optional[Val] = None, *, register: str = "narrative",
                 datelines=frozenset(), tense=None, year_hint=None, letter_days=None, would_reported=None):
        self.text = text
        self.sentence_at = sentence_at
        self.running: Optional[Val] = anchor
        self.running_text: Optional[str] = anchor.edtf() if anchor else None
        self.writing: Optional[Val] = anchor          # the time of writing (see writing.py)
        self.register = register
        self.datelines = datelines
        self.letter_days = letter_days or {}          # month-only datelines: the day found (letter_day.py)
        self.undated_letters: list[int] = []          # month-only datelines met before the story had a day
        self.trace: list[tuple[int, Optional[Val], Optional[Val]]] = []   # (start, running before, after)
        self.tense = tense or (lambda offset: None)
        self.would_reported = would_reported          # habit.py: a "would" of reported speech
        self.events = EventDays(text, sentence_at)     # event_days.py: when the story reached each place
        self.year_hint = year_hint                    # (year, month) of the story's first full date
        self.phase: Optional[tuple[dt.date, int]] = None   # the running day and its latest part reached
        self.dated_day: Optional[dt.date] = None   # the last day the story dated itself, for "the fifth day"
        self.last_end = 0                          # where the previous expression ended
        self.said: Optional[tuple[int, Val]] = None   # (paragraph, day) last named in quoted speech
        self.day_named: Optional[tuple[int, Val]] = None   # (sentence, day) a deictic day word named
        if anchor is not None and not anchor.interval and anchor.a is not None and anchor.a.d is not None:
            self.dated_day = dt.date(anchor.a.y, anchor.a.m, anchor.a.d)

    # ------------------------------------------------------------ helpers
    def _sentence(self, f: Found) -> str:
        s = self.sentence_at(f.start)
        return s.text if s else self.text[max(0, f.start - 200):f.end + 200]

    def _is_heading(self, f: Found) -> bool:
        ls = self.text.rfind("\n", 0, f.start) + 1
        le = self.text.find("\n", f.end)
        return is_heading(self.text[ls:le if le >= 0 else len(self.text)])

    def _infer_year(self, month: Optional[int], f: Optional[Found] = None) -> Optional[int]:
        if self.register == "news" and f is not None and self.writing is not None and self.writing.lo():
            return self._year_by_tense(month, f.draft.day, f)
        if self.running is None:
            if self.year_hint is None:
                return None
            # a story that names its year only later: the months before that date fall in the year before
            hy, hm = self.year_hint
            return hy - 1 if month is not None and hm is not None and month > hm else hy
        r = self.running.lo() or self.running.hi()
        if r is None:
            return None
        y = r.year
        if month is not None and self.running.prec not in ("year", "decade", "century"):
            if month - r.month < -6:
                y += 1
        return y

    def _year_by_tense(self, month: Optional[int], day: Optional[int], f: Found) -> int:
        """A month (or month and day) without a year, placed by tense around the time of writing."""
        w = self.writing.lo()
        if month is None:
            return w.year
        tense = self.tense(f.start)
        # the nearest occurrence, with the tense moving the balance by a few months: a past verb
        # prefers the one gone by, a future verb the one to come; but "said it would pay Dec. 1"
        # written in November is this December (the tense is often the reporting verb's)
        now = w.month * 31 + (w.day if day and self.writing.prec in ("day", "minute") else 0)
        here = month * 31 + (day or 0)

        def cost(y: int) -> float:
            gap = (y - w.year) * 372 + here - now        # in days, roughly
            behind = tense in ("past", "perfect")
            bias = _TENSE_BIAS_DAYS if (behind and gap > 0) or (tense == "future" and gap < 0) else 0
            return abs(gap) + bias
        return min((w.year - 1, w.year, w.year + 1), key=cost)

    def _deixis_base(self, f: Found) -> Optional[Val]:
        """What a deictic word counts from: the time of writing, or the running date in story and speech."""
        if self.register == "news" and self.writing is not None:
            return self.writing
        if self.register == "letters" and self.writing is not None and self.writing.prec in ("day", "minute") \
                and not in_quotation(self.text, f.start) and not self._reported(f):
            return self.writing
        return self.running

    def _reported(self, f: Found) -> bool:
        """In reported speech after a past reporting verb ("he told me that they were at the cabin
        yesterday"): the speaker's day, which is the story's."""
        s = self.sentence_at(f.start)
        lo = s.start if s is not None else max(0, f.start - 200)
        return bool(_REPORTED_RX.search(self.text, lo, f.start))

    # ------------------------------------------------------------ absolute pieces
    def absolute(self, d: Draft, year: Optional[int]) -> Optional[Val]:
        if d.literal:
            return Val(literal=d.literal)
        if d.years:
            return interval(Point(d.years[0]), Point(d.years[1]))
        if year is None:
            return self._unanchored(d)
        if d.months and d.season is not None and self.register != "news":
            # stories write a season whole as its EDTF code; news follows TimeML's value as months
            return season(year, d.season)
        if d.months:
            # months past December run into the next year ("mid-winter": the January after)
            m1, m2 = d.months
            y1, y2 = year + (m1 - 1) // 12, year + (m2 - 1) // 12
            return interval(Point(y1, (m1 - 1) % 12 + 1), Point(y2, (m2 - 1) % 12 + 1))
        if d.month is None:
            return Val(a=Point(year), approx=d.approx)
        if d.feast is not None:
            day = easter_day(year, "gregorian") + dt.timedelta(days=d.feast)
            return Val(a=Point(day.year, day.month, day.day), approx=d.approx)
        m = d.month
        if d.nth_weekday is not None:
            day = nth_weekday(year, m, *d.nth_weekday)
            return Val(a=Point(year, m, day), approx=d.approx)
        if d.night_of:
            e = month_end(year, m)
            a, b = (e - 1, e) if d.night_of == "last" else (1, 2)
            return interval(Point(year, m, a), Point(year, m, b))
        if d.days:
            first, last = d.days
            e = month_end(year, m)
            if d.week_last:
                first, last = e - 6, e
            if first > e:
                return None       # "February 30th and 31st": no such days
            return interval(Point(year, m, first), Point(year, m, min(last or e, e)), approx=d.approx)
        if d.day is not None:
            if d.day > month_end(year, m):
                return None
            return Val(a=Point(year, m, d.day, d.hh, d.mi), approx=d.approx)
        return Val(a=Point(year, m), approx=d.approx)

    @staticmethod
    def _unanchored(d: Draft) -> Optional[Val]:
        if d.month and d.day:
            return Val(literal=f"XXXX-{d.month:02d}-{d.day:02d}")
        if d.month:
            return Val(literal=f"XXXX-{d.month:02d}")
        return None

    # ------------------------------------------------------------ one expression
    def resolve(self, f: Found) -> Resolved:
        before = self.running
        res = self._resolve_counting_events(f)
        self.trace.append((f.start, before, self.running))
        v = res.val
        self._note_year(f, v)
        self._note_entry(f, v)
        if v is not None and not v.interval and v.a is not None and v.a.d is not None \
                and in_quotation(self.text, f.start):
            self.said = (self.text.rfind("\n", 0, f.start), v)   # the last day named in this speech
        return res

    def _resolve_one(self, f: Found) -> Resolved:
        d = f.draft
        self._rise_between(f)
        self.last_end = max(self.last_end, f.end)
        sent = self._sentence(f)
        if f.parts:
            return self._resolve_merged(f, sent)
        if d.fixed is not None and d.rel != "pod":
            return Resolved(f, f.kind, d.fixed, None, True, None, d.pod)
        if (d.hh is not None and d.rel == "same" or f.rule == "rel.pod_before") and self._habit(f):
            # "every night found us nearer than we had been the night before": a day of a habit
            return Resolved(f, "set", "P1D", None, True, None, d.pod)
        if d.rel == "pod":
            # "during the day" is habitual in a story told by the month or the season, and that day
            # in a story told day by day ("During the day I ate one slab of chocolate"), but not in
            # a quotation, which reports a habit ("noticed that he rises during the night")
            on_a_day = self.running is not None and not self.running.interval and \
                self.running.prec in ("day", "minute") and not in_quotation(self.text, f.start)
            if (self.text[f.start:f.end].lower().startswith("the day") or
                    self.text[max(0, f.start - 7):f.start].lower() == "during ") and not on_a_day or \
                    self._habit(f) or self.running is None or self._generic_present(f):
                return Resolved(f, "set", "P1D", None, True, None, d.pod)
            v = self._running_at("day")
            anchor_text = self.running_text
            named = self._day_named_here(f)
            if named is not None:
                v, anchor_text = named, named.edtf()    # "To-day ... the men left after breakfast"
            elif not in_quotation(self.text, f.start):
                v = self._through_the_night(v, _PHASES.get(d.pod), f)
            return Resolved(f, "time", v.edtf() if v else None, v, True, anchor_text, d.pod)
        if self.register == "news" and f.rule == "rel.within" and d.unit and d.n is not None or (
                d.rel == "within" and d.unit in ("hour", "minute") and d.n is not None):
            # news follows TimeML: "within 18 months" measures a length (the preposition is only a
            # signal), it does not date an event; in any story a count of hours or minutes ("strung on
            # that tree within an hour") measures a length, the day being the story's anyway
            return Resolved(f, "duration", _iso_duration(d.n, d.unit), None, False, None, None)
        if d.hour_open:
            fix_half_of_day(self.text, f, d, self.running)
        if d.rel is None:
            return self._resolve_absolute(f, d, sent)
        if d.rel in _DEICTIC_RELS:
            return self._resolve_deictic(f, d, sent)
        res = self._resolve_relative(f, d, sent)
        if d.hh is not None and res.val is not None and not res.val.interval and res.val.a is not None \
                and res.val.a.d is not None and res.val.a.hh is None:
            # "ten the next morning", "four on Monday afternoon": the day, then the hour
            v = Val(a=Point(res.val.a.y, res.val.a.m, res.val.a.d, d.hh, d.mi))
            self._move(v, f)
            return Resolved(f, "time", v.edtf(), v, res.narrative, res.anchor, d.pod)
        return res

    def _day_named_here(self, f: Found) -> Optional[Val]:
        """The day a deictic word earlier in this sentence named: a part of the day beside it is on
        that day, not on the day the story had reached."""
        s = self.sentence_at(f.start)
        if s is None or self.day_named is None or self.day_named[0] != s.start:
            return None
        return self.day_named[1]

    def _habit(self, f: Found) -> bool:
        s = self.sentence_at(f.start)
        lo, hi = (s.start, s.end) if s is not None else (max(0, f.start - 200), f.end + 200)
        return tells_habit(self.text, lo, hi, f.start, f.end, self.would_reported)

    def _generic_present(self, f: Found) -> bool:
        """A part of the day or a season in the present tense of a story told in the past is a custom
        ("the proper time is late in the evening", "in winter the road is bad"), unless someone speaks."""
        return self.register == "narrative" and self.tense(f.start) == "present" \
            and not in_quotation(self.text, f.start) \
            and not _SCENE_NOW_RX.search(self.text, max(0, f.start - 30), f.start)

    def _rise_between(self, f: Found) -> None:
        """After the evening of the running day, people who rise ("I rose, and dressing myself ...")
        are on the next morning: the running day moves on."""
        r = self.running
        if r is None or r.interval or r.a is None or r.a.d is None:
            return
        start = self.last_end
        for bed in _BEDTIME_RX.finditer(self.text, self.last_end, f.start):
            if not in_quotation(self.text, bed.start()):
                self.phase, start = (dt.date(r.a.y, r.a.m, r.a.d), _PHASES["NI"]), bed.end()
        if self.phase is None or self.phase[1] < _PHASES["EV"] or dt.date(r.a.y, r.a.m, r.a.d) != self.phase[0]:
            return
        m = _NEW_DAY_RX.search(self.text, start, f.start)
        if m is None or in_quotation(self.text, m.start()):
            return
        day = self.phase[0] + dt.timedelta(days=1)
        self.running, self.running_text = Val(a=Point(day.year, day.month, day.day)), m.group(0)
        self.phase = (day, _PHASES["MO"])

    def _base_text(self, base: Val) -> str:
        return self.running_text if base is self.running and self.running_text else base.edtf()

    def _running_at(self, prec: str) -> Optional[Val]:
        r = self.running
        if r is None:
            return None
        if r.interval or r.literal:
            return r
        if prec == "day" and r.a.prec == "minute":
            return Val(a=r.a.at("day"), approx=r.approx)
        if prec in ("year", "month") and r.a is not None:
            return Val(a=r.a.at(prec), approx=r.approx)
        return r

    def _resolve_absolute(self, f: Found, d: Draft, sent: str) -> Resolved:
        explicit = d.year is not None or d.years is not None or d.literal is not None
        if not explicit and (d.months is not None or d.month is not None and d.day is None and d.days is None) \
                and self._generic_present(f):
            # "in winter the road is bad", "June and July are the months to make a tour": a season or a month
            # of any year (EDTF unspecified year), a part of a season ("early winter") a yearly set
            code = d.season if d.months is not None else d.month
            return Resolved(f, "set", f"XXXX-{code:02d}" if code else "P1Y", None, True, None, None)
        month = d.month or (d.months or [None])[0]
        year = d.year if d.year is not None else (
            None if explicit else self._entry_year(f, month) or self._infer_year(month, f))
        r = self.running
        if d.year is None and not explicit and d.months and d.months[1] > 12 and year is not None \
                and r is not None and r.lo() is not None and r.lo().year == year \
                and r.lo().month <= d.months[1] - 12:
            year -= 1     # "as it was mid-winter", told in January: the winter begun the December before
        v = self.absolute(d, year)
        if v is not None and d.open:
            v = interval(None, v.b if v.interval else v.a) if d.open == "before" else interval(v.a, None)
        narrative = True
        if explicit:
            narrative = self._explicit_is_narrative(f, d, sent)
        elif d.day is None and d.days is None and d.month is not None and self.register == "narrative" \
                and self.tense(f.start) in ("present", "future") and not in_quotation(self.text, f.start):
            # "it is dangerous to lie near the shore between the months of November and April": a custom,
            # or a plan; the story stays where it is
            narrative = False
        if in_apparatus(self.text, f.start):
            narrative = False     # a footnote's or sidenote's date is not the story's
        elif f.start in self.datelines and v is not None and v.literal is None:
            if not v.interval and v.a is not None and v.a.d is None and (
                    self.running is None or self.running.prec not in ("day", "minute")):
                if f.start not in self.letter_days:
                    self.undated_letters.append(f.start)
                else:
                    # a letter dated by its month alone, on the day the story after it shows
                    self.writing = Val(a=Point(v.a.y, v.a.m, self.letter_days[f.start]))
                    self._move(self.writing, f)
                    return Resolved(f, f.kind, v.edtf(), v, True, None, d.pod)
            prev = self.writing
            if prev is not None and prev.prec in ("day", "minute") and self.running is not None \
                    and self.running.prec in ("day", "minute") and self._ahead(prev) and v.lo() is not None \
                    and prev.hi() is not None and v.lo() > prev.hi() and self.running.hi() is not None \
                    and (prev.lo() - self.running.hi()).days > _LETTER_WRITTEN_OVER_DAYS:
                # the next letter tells what happened since the last was written: the writer was where that
                # one was dated, on its day ("Belgrade, Feb. 12", then "Adrianople, April 1": the road from
                # Belgrade begins after the 12th), so the story goes on from there; unless the last letter's
                # day is only a few days past its story (a letter written over several days, as Bird's)
                self.running, self.running_text = prev, self.text[f.start:f.end]
            self.writing = v      # a letter's dateline: the time of writing from here on
            if self.running is not None and self.running.prec in ("day", "minute") and self._ahead(v):
                # a letter tells what happened since the last one: the story goes on from its own days
                narrative = False
        if not explicit and d.months is not None and self.running is not None and self.running.prec in ("day", "minute") \
                and not _contains(v, self.running):
            narrative = False     # "the summer" said in November: a generic season, not the story's
        if not explicit and d.day is None and d.days is None and d.month is not None and self._behind_day(v) \
                and self.register != "news":
            # "in November" said on 13 December: background, the story stays on its day (news starts
            # from the day of writing and tells the months before it in order)
            narrative = False
        # a later date said in a quotation without its year is talk of plans: the story stays
        said = not explicit and self.register != "news" and in_quotation(self.text, f.start) \
            and self._ahead(v) and not self._quoted_heading(f)
        # "he could not be at Port Hudson before the 10th of May": a later day a plan or a doubt leads to
        planned = not explicit and self.register != "news" and v is not None and not said and self._ahead(v) \
            and self._modal_before(f, reached=True, clause=True)
        said = said or planned
        back = not explicit and d.day is not None and self._looks_back(f, v)
        # "hoped against hope until December": the end of a span told in summary, not where the story is
        bound = not explicit and (d.day is None and _UNTIL_RX.search(self.text, max(0, f.start - 12), f.start)
                                  or _BETWEEN_END_RX.search(self.text, max(0, f.start - 60), f.start))
        if narrative and v is not None and d.open is None and not said and not bound and not back:
            self._move(self._first_day_reached(v) if d.days is not None else v, f)
        kind = "time" if d.hh is not None else ("relative" if d.open else f.kind)
        return Resolved(f, kind, v.edtf() if v else None, v, narrative,
                        None if explicit else self.running_text, d.pod)

    def _first_day_reached(self, v: Val) -> Val:
        """A story told day by day that names a part of the month just ahead of its day ("Think of
        November half through", the morning after the 10th) has reached that part's first day, not
        the whole span."""
        r = self.running
        if r is None or r.interval or r.lo() is None or r.prec not in ("day", "minute") or not v.interval \
                or v.a is None or v.a.d is None or not 0 < (v.lo() - r.lo()).days <= _WALKED_INTO_DAYS:
            return v
        return Val(a=v.a)

    def _move(self, v: Val, f: Found, dated: bool = True) -> None:
        if v.literal is not None or (v.lo() is None and v.hi() is None):
            return      # a value with no bounds cannot anchor anything
        if dated and f.draft.rel in (None, "day_of_month") and not v.interval and v.a is not None \
                and v.a.d is not None:
            self.dated_day = dt.date(v.a.y, v.a.m, v.a.d)
        r = self.running
        if r is not None and r.literal is None and v.lo() and v.hi() and r.lo() and r.hi():
            # a coarser value that contains the running date adds nothing
            if v.lo() <= r.lo() and r.hi() <= v.hi() and (v.hi() - v.lo()) > (r.hi() - r.lo()):
                return
        self.running = v
        self.running_text = self.text[f.start:f.end]


_DEICTIC_RELS = {"month_deictic", "running_month_part", "deictic_day", "deictic_unit", "now_word", "past_ref", "quarter", "within"}


def _contains(v: Optional[Val], r: Val) -> bool:
    if v is None or v.lo() is None or v.hi() is None or r.lo() is None:
        return False
    return v.lo() <= r.lo() <= v.hi()


def resolve_all(text: str, found: list[Found], sentence_at, anchor: Optional[Val] = None, **context) -> list[Resolved]:
    """Every expression anchored, in text order; context: register, datelines, tense, year_hint."""
    pristine = copy.deepcopy(found)    # resolving fills in the drafts
    w = Walker(text, sentence_at, anchor, **context)
    out = [w.resolve(f) for f in found]
    if w.undated_letters:
        def walk(days):
            trial = Walker(text, sentence_at, anchor, **{**context, "letter_days": days})
            return [trial.resolve(f) for f in copy.deepcopy(pristine)], trial.trace
        context["letter_days"] = letter_days(walk, w.undated_letters)
        if context["letter_days"]:
            out = walk(context["letter_days"])[0]
    opening = opening_day(out) if anchor is None else None
    if opening is not None:
        # a story that opens on an undated day ("the morning", "it struck five") before its first
        # date is on that date's day: read again from it
        w = Walker(text, sentence_at, None, **context)
        w.running, w.running_text = opening
        out = [w.resolve(f) for f in copy.deepcopy(pristine)]
    return [r for r in out if r.kind != "drop"]
