"""Narrative anchoring: resolve drafts in text order against a running date.

The running date moves with the story's own dates, at the precision they
have. A flash-forward or flash-back ("he was shot in 1937") is normalized but
does not move it. Relative expressions resolve against the running date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

import datetime as dt

from . import vocab
from ..text import is_heading
from .calendars import easter_day, nth_weekday
from .edtf import Point, Val, interval, month_end, shift, span_after, span_before
from .normalize import Draft
from .recognize import Found
from .writing import in_apparatus, in_quotation

_FLASH_RX = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in vocab.FLASH_CUES) + r")\b", re.IGNORECASE)
_HABITUAL_RX = re.compile(
    r"\b(?:would|used to|usually|often|always|every|each|liked to|generally|sometimes|habitually|whenever)\b",
    re.IGNORECASE)
# The order of the parts of a day: a story told forward that reaches the morning after the evening
# or the night has moved on to the next day ("Night came ... At dawn he ...").
_PHASES = {"MO": 1, "DT": 2, "AF": 3, "EV": 4, "NI": 5}
_MODAL_RX = re.compile(r"\b(?:must|would|should|could|might|will|shall|may|if|until|till|before|unless"
                       r"|(?:arranged|planned|intended|hoped|expected|meant|resolved|promised|was|were|ready|going"
                       r"|about|willing|eager)(?:,?\s+\w+,)?\s+to)\b",
                       re.IGNORECASE)
_DAY_UNITS = {"day", "night", "morning", "afternoon", "evening", "hour", "minute"}
_TENSE_BIAS_DAYS = 240      # past tense: a yearless date up to about two months ahead is still this year's
_VAGUE_DAYS = {"day": (1, 10), "night": (1, 10), "week": (7, 30), "hour": (0, 1), "minute": (0, 0),
               "fortnight": (14, 30)}


@dataclass
class Resolved:
    found: Found
    kind: str
    value: Optional[str]
    val: Optional[Val]
    narrative: bool
    anchor: Optional[str]
    part_of_day: Optional[str]


class Walker:
    def __init__(self, text: str, sentence_at, anchor: Optional[Val] = None, *, register: str = "narrative",
                 datelines=frozenset(), tense=None, year_hint=None):
        self.text = text
        self.sentence_at = sentence_at
        self.running: Optional[Val] = anchor
        self.running_text: Optional[str] = anchor.edtf() if anchor else None
        self.writing: Optional[Val] = anchor          # the time of writing (see writing.py)
        self.register = register
        self.datelines = datelines
        self.tense = tense or (lambda offset: None)
        self.year_hint = year_hint                    # (year, month) of the story's first full date
        self.phase: Optional[tuple[dt.date, int]] = None   # the running day and its latest part reached
        self.dated_day: Optional[dt.date] = None   # the last day the story dated itself, for "the fifth day"
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
            bias = _TENSE_BIAS_DAYS if (tense == "past" and gap > 0) or (tense == "future" and gap < 0) else 0
            return abs(gap) + bias
        return min((w.year - 1, w.year, w.year + 1), key=cost)

    def _deixis_base(self, f: Found) -> Optional[Val]:
        """What a deictic word counts from: the time of writing, or the running date in story and speech."""
        if self.register == "news" and self.writing is not None:
            return self.writing
        if self.register == "letters" and self.writing is not None and self.writing.prec in ("day", "minute") \
                and not in_quotation(self.text, f.start):
            return self.writing
        return self.running

    # ------------------------------------------------------------ absolute pieces
    def absolute(self, d: Draft, year: Optional[int]) -> Optional[Val]:
        if d.literal:
            return Val(literal=d.literal)
        if d.years:
            return interval(Point(d.years[0]), Point(d.years[1]))
        if year is None:
            return self._unanchored(d)
        if d.months:
            m1, m2 = d.months
            y2 = year + (m2 - 1) // 12
            return interval(Point(year, m1), Point(y2, (m2 - 1) % 12 + 1))
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
        d = f.draft
        sent = self._sentence(f)
        if f.parts:
            return self._resolve_merged(f, sent)
        if d.fixed is not None and d.rel != "pod":
            return Resolved(f, f.kind, d.fixed, None, True, None, d.pod)
        if d.hh is not None and d.rel == "same" and _HABITUAL_RX.search(sent):
            return Resolved(f, "set", "P1D", None, True, None, d.pod)
        if d.rel == "pod":
            if self.text[f.start:f.end].lower().startswith("the day") or \
                    self.text[max(0, f.start - 7):f.start].lower() == "during " or \
                    _HABITUAL_RX.search(sent) or self.running is None:
                return Resolved(f, "set", "P1D", None, True, None, d.pod)
            v = self._running_at("day")
            anchor_text = self.running_text
            if not in_quotation(self.text, f.start):
                v = self._through_the_night(v, _PHASES.get(d.pod), f)
            return Resolved(f, "time", v.edtf() if v else None, v, True, anchor_text, d.pod)
        if d.hour_open:
            self._fix_half_of_day(f, d)
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

    def _fix_half_of_day(self, f: Found, d: Draft) -> None:
        """'at four', 'seven o'clock': a.m. or p.m. from the nearest cue word around, else the waking
        hours (1-6 is afternoon, 7-11 morning)."""
        d.hour_open = False
        lo = max(self.text.rfind("\n\n", 0, f.start), f.start - 160, 0)
        before = self.text[lo:f.start].lower()
        after = self.text[f.end:f.end + 60].lower()
        best = None
        for cues, pm in ((vocab.PM_CUES, True), (vocab.AM_CUES, False)):
            for c in cues:
                i = before.rfind(c)
                if i >= 0 and (best is None or len(before) - i < best[0]):
                    best = (len(before) - i, pm)
                j = after.find(c)
                if j >= 0 and (best is None or j < best[0]):
                    best = (j, pm)
        r = self.running
        if best is None and r is not None and not r.interval and r.a is not None and r.a.prec == "minute" \
                and r.a.hh is not None and 1 <= d.hh <= 12:
            # no cue: the next time the clock shows that hour after the running time ("It struck six"
            # an hour after five)
            best = (0, (d.hh % 12 + 12 - r.a.hh) % 24 < (d.hh % 12 - r.a.hh) % 24)
        d.half_guessed = best is None
        pm = best[1] if best is not None else 1 <= d.hh <= 6
        if pm and d.hh < 12:
            d.hh += 12
        elif not pm and d.hh == 12 and best is not None:
            d.hh = 0 if "night" in before[-40:] or "midnight" in before[-40:] else 12

    def _resolve_deictic(self, f: Found, d: Draft, sent: str) -> Resolved:
        base = self._deixis_base(f)
        if d.rel == "within":
            r = self.running
            if r is None or r.lo() is None or d.n is None:
                return Resolved(f, "relative", None, None, True, None, d.pod)
            start = r if r.prec in ("day", "minute") else Val(a=Point.of(r.lo(), r.prec if r.prec != "season" else "month"))
            end = shift(start, d.n, d.unit)
            v = interval(start.a.at("day") if start.a.prec == "minute" else start.a, end.b if end.interval else end.a)
            return Resolved(f, "relative", v.edtf(), v, True, self.running_text, d.pod)
        if d.rel == "running_month_part":
            r = self.running
            if r is None or r.lo() is None or r.interval or r.literal is not None:
                return Resolved(f, "date", None, None, True, None, None)
            y, m = r.lo().year, r.lo().month
            first, last = d.days
            v = interval(Point(y, m, first), Point(y, m, min(last or 31, month_end(y, m))))
            return Resolved(f, "date", v.edtf(), v, True, self.running_text, None)
        if d.rel == "now_word":
            if self.register == "narrative" or (self.register == "letters" and self.tense(f.start) == "past"):
                return Resolved(f, "drop", None, None, False, None, None)   # "now" in a story tells no date
            return self._point_at(f, base, "day", d)
        if base is None or base.literal is not None or base.lo() is None:
            return Resolved(f, "relative", None, None, True, None, d.pod)
        lo = base.lo()
        if d.rel == "past_ref":
            p = base.a if not base.interval else (base.b if d.sign < 0 else base.a)
            v = interval(None, p) if d.sign < 0 else interval(p, None)
            return Resolved(f, "relative", v.edtf(), v, False, self._base_text(base), None)
        if d.rel == "quarter":
            y = lo.year + d.sign
            q = d.n or (lo.month - 1) // 3 + 1
            v = interval(Point(y, 3 * q - 2), Point(y, 3 * q))
            return Resolved(f, "date", v.edtf(), v, False, self._base_text(base), None)
        if d.rel == "deictic_day":
            if base.prec not in ("day", "minute") or base.interval:
                v = Val(a=base.a, b=base.b, interval=base.interval, approx=True)
                return Resolved(f, "relative", v.edtf(), v, True, self._base_text(base), d.pod)
            day = dt.date(base.a.y, base.a.m, base.a.d) + dt.timedelta(days=d.sign * d.n)
            kind = "relative"
            v = Val(a=Point(day.year, day.month, day.day))
            if d.hh is not None:
                v, kind = Val(a=Point(day.year, day.month, day.day, d.hh, d.mi)), "time"
            return Resolved(f, kind, v.edtf(), v, True, self._base_text(base), d.pod)
        if d.rel == "month_deictic":
            if d.part == "year":
                y = lo.year + d.sign
            elif d.sign < 0:
                y = lo.year if d.month < lo.month else lo.year - 1     # the last one already past
            elif d.sign > 0:
                y = lo.year if d.month > lo.month else lo.year + 1
            else:
                y = lo.year
            v = Val(a=Point(y, d.month))
            return Resolved(f, "relative", v.edtf(), v, True, self._base_text(base), None)
        if d.part == "nearest" and base.prec in ("day", "minute"):
            # "the weekend": the one just past early in the week, else the coming one
            d.sign = -1 if lo.weekday() < 3 and self.tense(f.start) != "future" else 0
        v = _deictic_unit(lo, base.prec, d)
        if v is None:
            return Resolved(f, "relative", None, None, True, None, None)
        return Resolved(f, "relative", v.edtf(), v, True, self._base_text(base), None)

    def _point_at(self, f: Found, base: Optional[Val], prec: str, d: Draft) -> Resolved:
        if base is None or base.literal is not None or base.lo() is None:
            return Resolved(f, "relative", None, None, True, None, d.pod)
        v = base if base.interval or base.a.prec != "minute" else Val(a=base.a.at("day"))
        return Resolved(f, "relative", v.edtf(), v, True, self._base_text(base), d.pod)

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

    def _through_the_night(self, v: Optional[Val], phase: Optional[int], f: Found) -> Optional[Val]:
        """The running day, or the next one when the story has passed its evening and now names the
        morning; records the part of the day reached."""
        if v is None or phase is None or v.interval or v.literal is not None or v.a is None or v.a.d is None:
            return v
        day = dt.date(v.a.y, v.a.m, v.a.d)
        if self.phase is not None and self.phase[0] == day and self.phase[1] >= _PHASES["EV"] \
                and phase == _PHASES["MO"]:
            day += dt.timedelta(days=1)
            v = Val(a=Point(day.year, day.month, day.day))
            if not self._modal_before(f):     # "must be known at dawn": that morning, but not reached yet
                self._move(v, f)
                self.phase = (day, phase)
            return v
        if self._modal_before(f):
            return v                          # a day part only imagined does not move the story on
        if self.phase is None or self.phase[0] != day:
            self.phase = (day, phase)
        else:
            self.phase = (day, max(self.phase[1], phase))
        return v

    def _ahead(self, v: Optional[Val]) -> bool:
        r = self.running
        if v is None or r is None or r.literal is not None or v.lo() is None or r.hi() is None:
            return False
        return v.lo() > r.hi()

    def _modal_before(self, f: Found) -> bool:
        s = self.sentence_at(f.start)
        lo = s.start if s is not None else max(0, f.start - 120)
        return bool(_MODAL_RX.search(self.text[lo:f.start])) or (s is not None and s.text.rstrip("”’\"' ").endswith("?"))

    def _resolve_absolute(self, f: Found, d: Draft, sent: str) -> Resolved:
        explicit = d.year is not None or d.years is not None or d.literal is not None
        year = d.year if d.year is not None else (
            None if explicit else self._infer_year(d.month or (d.months or [None])[0], f))
        v = self.absolute(d, year)
        if v is not None and d.open:
            v = interval(None, v.b if v.interval else v.a) if d.open == "before" else interval(v.a, None)
        narrative = True
        if explicit:
            narrative = self._explicit_is_narrative(f, d, sent)
        if in_apparatus(self.text, f.start):
            narrative = False     # a footnote's or sidenote's date is not the story's
        elif f.start in self.datelines and v is not None and v.literal is None:
            self.writing = v      # a letter's dateline: the time of writing from here on
            if self.running is not None and self.running.prec in ("day", "minute") and self._ahead(v):
                # a letter tells what happened since the last one: the story goes on from its own days
                narrative = False
        if not explicit and d.months is not None and self.running is not None and self.running.prec in ("day", "minute") \
                and not _contains(v, self.running):
            narrative = False     # "the summer" said in November: a generic season, not the story's
        # a later date said in a quotation without its year is talk of plans: the story stays
        said = not explicit and self.register == "narrative" and in_quotation(self.text, f.start) \
            and self._ahead(v)
        if narrative and v is not None and d.open is None and not said:
            self._move(v, f)
        kind = "time" if d.hh is not None else ("relative" if d.open else f.kind)
        return Resolved(f, kind, v.edtf() if v else None, v, narrative,
                        None if explicit else self.running_text, d.pod)

    def _explicit_is_narrative(self, f: Found, d: Draft, sent: str) -> bool:
        if d.literal is not None or d.years is not None:
            return False
        r = (self.running.lo() or self.running.hi()) if self.running is not None else None
        if r is None:
            return True
        ry = r.year
        delta = d.year - ry
        flash = bool(_FLASH_RX.search(sent))
        if d.month is None:   # a bare year
            if self._is_heading(f):
                return False
            at_start = sent.lstrip("“\"‘ ").lower().startswith(("in ", "by ", "during ", "since ")) and \
                sent.find(self.text[f.start:f.end]) < 12
            limit = 10 if at_start else 3
            return 0 <= delta <= limit and not (flash and delta != 0)
        if flash and abs(delta) >= 2:
            return False
        return abs(delta) <= 10

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

    def _resolve_relative(self, f: Found, d: Draft, sent: str) -> Resolved:
        anchor_text = self.running_text
        r = self.running
        narrative = True
        v: Optional[Val] = None
        kind = f.kind
        if d.rel == "indefinite":
            y = (r.lo() or r.hi()).year if r is not None and (r.lo() or r.hi()) else None
            v = Val(literal=f"{y:04d}-XX-XX" if y else "XXXX")
            return Resolved(f, "date", v.edtf(), v, True, anchor_text, d.pod)
        if d.rel == "decade_of_century":
            # "the nineties" in a story of 1897 or a paper of 1998: that century's
            base = self._deixis_base(f) or r
            if base is None or base.lo() is None:
                return Resolved(f, "date", None, None, False, None, None)
            start = base.lo().year // 100 * 100 + int(d.n) * 10
            if start > base.lo().year:
                start -= 100          # the last such decade, not one still to come
            v = Val(literal=f"{start // 10:03d}X")
            return Resolved(f, "date", v.edtf(), v, False, None, None)
        if d.rel == "until_year_end":
            base = self._running_at("day")
            if base is None or base.literal is not None or base.lo() is None:
                return Resolved(f, "relative", None, None, True, None, None)
            start = base.a if not base.interval else base.b
            v = interval(start, Point(start.y, 12, 31))
            return Resolved(f, "relative", v.edtf(), v, True, anchor_text, None)
        if d.rel == "day_count":
            if self.dated_day is None:
                return Resolved(f, "relative", None, None, True, None, d.pod)
            day = self.dated_day + dt.timedelta(days=int(d.n))
            v = Val(a=Point(day.year, day.month, day.day))
            if not self._modal_before(f):
                self._move(v, f, dated=False)
            return Resolved(f, "relative", v.edtf(), v, True, anchor_text, d.pod)
        if d.rel == "day_of_month":
            if r is None or r.literal is not None or r.lo() is None:
                return Resolved(f, "date", None, None, True, None, d.pod)
            base = r.lo()
            y, m = base.year, base.month
            if d.part:        # "the 5th inst." (this month), "ult." (last), "prox." (next)
                y, m = divmod(y * 12 + m - 1 + d.sign, 12)
                m += 1
            elif r.prec in ("day", "minute") and d.day < base.day - 7:
                y, m = (y + 1, 1) if m == 12 else (y, m + 1)   # a diary moves forward
            if d.day > month_end(y, m):
                return Resolved(f, "date", None, None, True, None, d.pod)
            v = Val(a=Point(y, m, d.day))
            self._move(v, f)
            return Resolved(f, "date", v.edtf(), v, True, anchor_text, d.pod)
        if d.rel == "weekday":
            sign = d.sign
            same_day_ok = False
            base_w = self._deixis_base(f) if self.register != "narrative" else None
            if base_w is not None and base_w is self.writing:
                r = self.writing        # news and letters count weekdays from the day of writing, by tense
                if sign == 0:
                    # news reports what has happened: "said Friday" on a Friday is that day, and
                    # "will meet Friday" written on a Friday is that day too
                    sign = 1 if self.tense(f.start) == "future" else -1
                    same_day_ok = True
            if r is None or r.literal is not None or r.lo() is None:
                return Resolved(f, "relative", None, None, True, None, d.pod)
            if r.prec not in ("day", "minute") or r.interval:
                # a weekday within a month or a season: that span, approximately, not an invented day
                v = Val(a=r.a, b=r.b, interval=r.interval, approx=True)
                return Resolved(f, "relative", v.edtf(), v, True, anchor_text, d.pod)
            base = dt.date(r.a.y, r.a.m, r.a.d)
            ahead = (d.weekday - base.weekday()) % 7
            if sign > 0:
                day = base + dt.timedelta(days=ahead or (0 if same_day_ok else 7))
            elif sign < 0:
                day = base - dt.timedelta(days=(base.weekday() - d.weekday) % 7 or (0 if same_day_ok else 7))
            else:
                day = base + dt.timedelta(days=ahead)     # "on Monday": the coming one, or today
            v = Val(a=Point(day.year, day.month, day.day))
            self._move(v, f)
            return Resolved(f, "relative", v.edtf(), v, True, anchor_text, d.pod)
        if d.rel == "unknown":
            return Resolved(f, kind, None, None, False, None, d.pod)
        if d.rel == "fixed_val":
            if d.year is not None:
                v = Val(a=Point(d.year), approx=d.approx)
            else:
                lo, hi = d.years
                if lo is None and r is not None and r.lo() is not None and f.draft.sign == 0:
                    lo = r.lo().year
                v = interval(Point(lo) if lo else None, Point(hi) if hi else None)
            return Resolved(f, kind, v.edtf(), v, False, None, d.pod)
        if r is None or r.literal is not None:
            return Resolved(f, kind, None, None, True, None, d.pod)
        if d.rel == "same":
            v = self._running_at(d.unit if d.unit in ("year", "month") else "day")
            if d.hh is not None and v is not None and not v.interval and v.a.prec in ("day", "minute"):
                if not in_quotation(self.text, f.start) and not d.half_guessed:
                    v = self._through_the_night(Val(a=v.a.at("day")), _hour_phase(d.hh), f)
                v = Val(a=Point(v.a.y, v.a.m, v.a.d, d.hh, d.mi))
                self._move(v, f)
        elif d.rel == "offset":
            ago = d.part == "ago"
            if ago:
                r = self._deixis_base(f) or r
                anchor_text = self._base_text(r)
            if d.unit in ("hour", "minute") and not r.interval and r.a is not None and r.a.prec == "minute" \
                    and r.a.hh is not None:
                # hours after a clock time can cross midnight: "three hours later" after ten at night
                t = dt.datetime(r.a.y, r.a.m, r.a.d) + dt.timedelta(hours=r.a.hh, minutes=r.a.mi or 0) \
                    + dt.timedelta(**{d.unit + "s": d.sign * d.n})
                v = Val(a=Point(t.year, t.month, t.day))
            else:
                v = shift(r if r.a is None or r.a.prec != "minute" else Val(a=r.a.at("day")), d.sign * d.n, d.unit)
            if d.approx:
                v = v.with_approx()
            if ago and self.register != "narrative":
                pass               # "two years ago" looks back from the letter or the news story
            elif d.unit in ("year", "decade", "century") and d.n >= 2:
                narrative = False
            elif d.sign < 0 and (d.unit in _DAY_UNITS or self.register == "news"):
                pass               # "the night before", "two days earlier": a look back; the story stays
            elif self.register == "narrative" and in_quotation(self.text, f.start):
                pass               # "I shall be there twenty-four hours later": a plan in speech
            elif d.unit in _DAY_UNITS and self._modal_before(f):
                pass               # "they arranged to leave next morning": a plan, not yet the story's day
            else:
                self._move(v, f)
        elif d.rel == "vague_offset":
            lo, hi = _VAGUE_DAYS.get(d.unit, (30, 120))
            if d.unit in ("month", "year", "decade", "century"):
                v = shift(r, d.sign * (3 if d.unit == "month" else 2), d.unit).with_approx()
                narrative = d.unit == "month"
            else:
                v = span_after(r, lo, hi) if d.sign > 0 else span_before(r, lo, hi)
        elif d.rel == "vague_open":
            p = self._running_at("month")
            pt = p.a if p is not None and not p.interval else (p.b if p else None)
            v = interval(None, pt) if d.sign < 0 else interval(pt, None)
            narrative = False
        elif d.rel == "soon":
            v = self._running_at("month")
            v = v.with_approx() if v is not None and not v.interval else v
        elif d.rel == "anaphoric":
            v = self._running_at("year")
        return Resolved(f, kind, v.edtf() if v else None, v, narrative, anchor_text, d.pod)

    def _resolve_merged(self, f: Found, sent: str) -> Resolved:
        a, b = f.parts
        if f.rule in ("merge.time_on_date", "merge.date_at_time"):
            date_part, time_part = (b, a) if f.rule == "merge.time_on_date" else (a, b)
            res = self._resolve_absolute(date_part, date_part.draft, sent)
            v = res.val
            if v is not None and not v.interval and v.a is not None and v.a.d is not None:
                td = time_part.draft
                if td.hour_open:
                    between = self.text[min(a.end, b.end):max(a.start, b.start)].lower()
                    if re.search(r"\b(?:afternoon|evening|night)\b", between) and td.hh < 12:
                        td.hh, td.hour_open = td.hh + 12, False   # "ten o'clock on the evening of ..."
                    else:
                        self._fix_half_of_day(time_part, td)
                v = Val(a=Point(v.a.y, v.a.m, v.a.d, td.hh, td.mi))
                if res.narrative:
                    self._move(v, f)
            return Resolved(f, "time", v.edtf() if v else None, v, res.narrative, res.anchor, date_part.draft.pod)
        # a range: share a year written only once ("late January to mid-February 1911")
        da, db = a.draft, b.draft
        if da.year is None and db.year is not None and da.years is None:
            da.year = db.year - (1 if (da.month or 1) > (db.month or 12) else 0)
        ya = da.year if da.year is not None else self._infer_year(da.month)
        va = self.absolute(da, ya)
        if db.year is None and db.years is None and ya is not None:
            db.year = ya + (1 if (db.month or 12) < (da.month or 1) else 0)
        vb = self.absolute(db, db.year)
        if va is None or vb is None:
            return Resolved(f, "date", None, None, True, None, None)
        pa = va.a
        pb = vb.b if vb.interval else vb.a
        v = interval(pa, pb)
        narrative = True
        if da.year is not None and self.running is not None:
            narrative = self._explicit_is_narrative(a, da, sent) if da.month else True
        if narrative:
            self._move(v, f)
        return Resolved(f, "date", v.edtf(), v, narrative, None, None)


_DEICTIC_RELS = {"month_deictic", "running_month_part", "deictic_day", "deictic_unit", "now_word", "past_ref", "quarter", "within"}
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 14)}


def _contains(v: Optional[Val], r: Val) -> bool:
    if v is None or v.lo() is None or v.hi() is None or r.lo() is None:
        return False
    return v.lo() <= r.lo() <= v.hi()


def _hour_phase(hh: int) -> int:
    """The part of the day a clock hour falls in (the small hours count with the night)."""
    if hh < 4 or hh >= 21:
        return _PHASES["NI"]
    return _PHASES["MO"] if hh < 12 else _PHASES["DT"] if hh < 14 else _PHASES["AF"] if hh < 18 else _PHASES["EV"]


def _deictic_unit(lo: dt.date, prec: str, d: Draft) -> Optional[Val]:
    """'this week', 'last month', 'next year', 'last fall', 'earlier this month', 'the past year'."""
    u, k = d.unit, d.sign
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


def resolve_all(text: str, found: list[Found], sentence_at, anchor: Optional[Val] = None, **context) -> list[Resolved]:
    """Every expression anchored, in text order; context: register, datelines, tense, year_hint."""
    w = Walker(text, sentence_at, anchor, **context)
    return [r for r in (w.resolve(f) for f in found) if r.kind != "drop"]
