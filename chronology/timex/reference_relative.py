"""Relative and deictic expressions against the running date or the time of writing.

The half of `reference.Walker` that moves from a base: offsets ("two days later"), deixis
("yesterday", "last week"), the parts of a day as a story goes through the night, and the
plans and looks back that leave the running date where it is.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

from . import vocab
from .edtf import Point, Val, interval, month_end, shift, span_after, span_before
from .normalize import Draft
from .recognize import Found
from .reference_background import PLUPERFECT_BEFORE
from .units import PHASES as _PHASES, deictic_unit, hour_phase, month_of_weekday
from .writing import in_quotation

_MODAL_RX = re.compile(r"\b(?:must|would|should|could|might|will|shall|may|if|until|till|before|unless"
                       r"|(?:arranged|planned|intended|hoped|expected|meant|resolved|promised|was|were|ready|going"
                       r"|about|willing|eager)(?:,?\s+\w+,)?\s+to)\b",
                       re.IGNORECASE)
_AHEAD_RX = re.compile(r"\b(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in vocab.WEEKDAY_AHEAD_CUES)
                       + r")\s+(?:on\s+)?$", re.IGNORECASE)
_TILL = {"until", "till", "before"}
_CLAUSE_CUT_RX = re.compile(r"[,;:]|\bbut\b")     # where the clause before an expression ends
_RISING_AT_RX = re.compile(r"\b(?:got\s+up|rose|arose|woke(?:\s+up)?|awoke)\s+at\s+(?:about\s+)?$", re.IGNORECASE)
_LOOK_BACK_RX = re.compile(r"\b(?:had|since|ago|earlier|before|previous|already)\b", re.IGNORECASE)
DAY_UNITS = {"day", "night", "morning", "afternoon", "evening", "hour", "minute"}
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


_MEANWHILE_RX = re.compile(r"\s*(?:" + "|".join(vocab.MEANWHILE_CUES) + r")\b")
_PARENTHESIS_RX = re.compile(r",\s*(?:at\s+)?$", re.IGNORECASE)


class RelativeResolver:
    """Methods of the Walker (reference.py) for expressions that count from a base."""

    planned: Optional[tuple] = None     # (paragraph, day, running date then) of a plan for the next day

    def _resolve_deictic(self, f: Found, d: Draft, sent: str) -> Resolved:
        base = self._deixis_base(f)
        if d.rel == "within":
            r = self.running
            if self.register != "narrative" and (self._modal_before(f) or self.tense(f.start) == "future"):
                # "we are going to try to force the Tugela within the week": a plan counts from the
                # time of writing, not from the day the letter's story reached
                r = base or r
            if r is None or r.lo() is None or d.n is None:
                return Resolved(f, "relative", None, None, True, None, d.pod)
            start = r if r.prec in ("day", "minute") else Val(a=Point.of(r.lo(), r.prec if r.prec != "season" else "month"))
            end = shift(start, d.n, d.unit)
            v = interval(start.a.at("day") if start.a.prec == "minute" else start.a, end.b if end.interval else end.a)
            return Resolved(f, "relative", v.edtf(), v, True, self._base_text(r), d.pod)
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
            s = self.sentence_at(f.start)
            if s is not None:
                self.day_named = (s.start, v)
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
        v = deictic_unit(lo, base.prec, d)
        if v is None:
            return Resolved(f, "relative", None, None, True, None, None)
        return Resolved(f, "relative", v.edtf(), v, True, self._base_text(base), None)

    def _point_at(self, f: Found, base: Optional[Val], prec: str, d: Draft) -> Resolved:
        if base is None or base.literal is not None or base.lo() is None:
            return Resolved(f, "relative", None, None, True, None, d.pod)
        v = base if base.interval or base.a.prec != "minute" else Val(a=base.a.at("day"))
        return Resolved(f, "relative", v.edtf(), v, True, self._base_text(base), d.pod)

    def _through_the_night(self, v: Optional[Val], phase: Optional[int], f: Found) -> Optional[Val]:
        """The running day, or the next one when the story has passed its evening and now names the
        morning; records the part of the day reached."""
        if v is None or phase is None or v.interval or v.literal is not None or v.a is None or v.a.d is None:
            return v
        day = dt.date(v.a.y, v.a.m, v.a.d)
        planned = self.planned
        if planned is not None and phase == _PHASES["MO"] and planned[2] is self.running \
                and planned[0] == self.text.rfind("\n", 0, f.start) and not self._modal_before(f, reached=True):
            # "I obtained permission to go the next day to the General. In the morning I rode to the
            # encampment": the morning told after a plan for the next day is that day's
            v = Val(a=planned[1].a.at("day") if planned[1].a.prec == "minute" else planned[1].a)
            self._move(v, f)
            self.phase, self.planned = (dt.date(v.a.y, v.a.m, v.a.d), phase), None
            return v
        if self.phase is not None and self.phase[0] == day and self.phase[1] >= _PHASES["EV"] \
                and phase == _PHASES["MO"]:
            day += dt.timedelta(days=1)
            v = Val(a=Point(day.year, day.month, day.day))
            if not self._modal_before(f):     # "must be known at dawn": that morning, but not reached yet
                self._move(v, f)
                self.phase = (day, phase)
            return v
        if self._modal_before(f, reached=True):
            return v                          # a day part only imagined does not move the story on
        if self.phase is None or self.phase[0] != day:
            self.phase = (day, phase)
        else:
            self.phase = (day, max(self.phase[1], phase))
        return v

    def _clock_went_round(self, v: Val, d: Draft, f: Found) -> Val:
        """Rising at an hour earlier than the story's clock time that day is on the next day ("left
        at ten the next morning ... got up at four"): people rise once a day. Not a look back ("had
        got up at four") nor a plan."""
        r = self.running
        if not _RISING_AT_RX.search(self.text, max(0, f.start - 30), f.start) or r is None or r.interval or r.a is None or r.a.prec != "minute" or r.a.hh is None or v.a is None \
                or (r.a.y, r.a.m, r.a.d) != (v.a.y, v.a.m, v.a.d) or (d.hh, d.mi or 0) >= (r.a.hh, r.a.mi or 0) \
                or r.a.hh >= 24 or _LOOK_BACK_RX.search(self.text, max(0, f.start - 40), f.start) \
                or self._modal_before(f, reached=True):
            return v
        day = dt.date(v.a.y, v.a.m, v.a.d) + dt.timedelta(days=1)
        self.phase = (day, hour_phase(d.hh))
        return Val(a=Point(day.year, day.month, day.day))

    def _ahead(self, v: Optional[Val]) -> bool:
        r = self.running
        if v is None or r is None or r.literal is not None or v.lo() is None or r.hi() is None:
            return False
        return v.lo() > r.hi()

    def _modal_before(self, f: Found, reached: bool = False, clause: bool = False) -> bool:
        """A plan or a wish leads to the expression; with reached, "till"/"until"/"before" do not
        count ("walked on till sunset" gets there); with clause, only the expression's own clause counts
        ("This may have referred to it, but on February tenth he received")."""
        s = self.sentence_at(f.start)
        lo = s.start if s is not None else max(0, f.start - 120)
        if clause:
            lo = max([m.end() for m in _CLAUSE_CUT_RX.finditer(self.text, lo, f.start)], default=lo)
        cues = (m.group(0).lower() for m in _MODAL_RX.finditer(self.text, lo, f.start))
        if any(c not in _TILL for c in cues) if reached else any(True for _ in cues):
            return True
        return (s is not None and s.text.rstrip("”’\"' ").endswith("?"))

    def _the_time_then(self, f: Found) -> tuple[Optional[Val], bool]:
        """"At that time negotiations were progressing": the month the story is in; set off by a comma
        inside its clause ("Irkutsk, at that time, was a striking city") it dates a description
        since outdated, by its year. "At this point", "those days" keep the year."""
        of_time = self.text[f.start:f.end].lower().endswith("time") and self.register != "news"
        aside = of_time and _PARENTHESIS_RX.search(self.text, max(0, f.start - 6), f.start) is not None
        prec = "month" if of_time and not aside else "year"
        v = self._running_at(prec)
        if v is not None and v.interval and v.a is not None and v.b is not None and v.a.prec in ("day", "month") \
                and v.a.at(prec) == v.b.at(prec):
            v = Val(a=v.a.at(prec))     # a span within one month (or year): that month (or year)
        return v, not aside

    def _resolve_relative(self, f: Found, d: Draft, sent: str) -> Resolved:
        anchor_text = self.running_text
        r = self.running
        narrative = True
        v: Optional[Val] = None
        kind = f.kind
        if d.rel == "indefinite" and self.register == "news" and self.writing is not None \
                and self.writing.a is not None and self.text[f.start:f.end].lower() == "one day":
            # news tells no stories: "one day" after a modal is some day to come ("Islam will one day
            # be ..."), otherwise a length ("had only been in the job one day")
            if re.search(r"\b(?:will|would|could|may|might|shall|can)\s+$", self.text[max(0, f.start - 12):f.start]):
                v = interval(self.writing.a.at("day") if self.writing.a.prec == "minute" else self.writing.a, None)
                return Resolved(f, "relative", v.edtf(), v, False, self._base_text(self.writing), None)
            return Resolved(f, "duration", "P1D", None, False, None, None)
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
            # "29th and 30th.--": the journal's month, from its last heading; "till the 26th" after "had
            # fallen in with them on the 22nd of July": the month of the look back the sentence goes on with
            back = self._flashback_base(f)
            r = self._entry_base(f) or back or r
            if r is None and self.year_hint is not None and self.year_hint[1] is not None:
                # "On the 24th ...", told before the story's first full date ("April 27,1863"): that month
                r = Val(a=Point(self.year_hint[0], self.year_hint[1]))
            if r is None or r.literal is not None or r.lo() is None:
                return Resolved(f, "date", None, None, True, None, d.pod)
            base = r.lo()
            y, m = base.year, base.month
            behind = bool(PLUPERFECT_BEFORE.search(self.text, max(0, f.start - 80), f.start))
            if d.part:        # "the 5th inst." (this month), "ult." (last), "prox." (next)
                y, m = divmod(y * 12 + m - 1 + d.sign, 12)
                m += 1
            elif r.prec in ("day", "minute") and behind:
                # "(on 4 June) ... had been seen from St. Lucia on the 28th": told as before the story's day,
                # the last such day on or before it ("(on 16 April) had been seen on the 7th": 7 April)
                if d.day > base.day:
                    y, m = (y - 1, 12) if m == 1 else (y, m - 1)
            elif r.prec in ("day", "minute") and d.day < base.day - 7:
                y, m = (y + 1, 1) if m == 12 else (y, m + 1)   # a diary moves forward
            elif r.prec in ("day", "minute") and d.day > base.day and _nearer_last_month(base, d.day):
                # "the 30th", told on 3 May: the day three days back, not four weeks ahead (a look back: the
                # story stays where it was)
                y, m = (y - 1, 12) if m == 1 else (y, m - 1)
                behind = True
            if d.weekday is not None and not d.part:
                y, m = month_of_weekday(y, m, d.day, d.weekday)
            if d.day > month_end(y, m):
                return Resolved(f, "date", None, None, True, None, d.pod)
            v = Val(a=Point(y, m, d.day))
            if not behind and not (back is not None and self._behind_day(v)):
                self._move(v, f)    # a day told in the past perfect is behind the story: it stays where it was
            if d.days is not None and d.days[1] <= month_end(y, m):
                v = interval(v.a, Point(y, m, d.days[1]))     # an entry for two days: the story is on the first
            return Resolved(f, "date", v.edtf(), v, True, anchor_text, d.pod)
        if d.rel == "weekday" and self._weekday_dated(f) is not None:
            v = self._weekday_dated(f)
            self._move(v, f)
            return Resolved(f, "relative", v.edtf(), v, True, anchor_text, d.pod)
        if d.rel == "weekday":
            sign = d.sign
            same_day_ok = False
            base_w = self._deixis_base(f) if self.register != "narrative" else None
            strand = sign == 0 and self.register != "news" and _MEANWHILE_RX.match(
                self.text, self.text.rfind("\n", 0, f.start) + 1)
            if strand:
                sign, same_day_ok = -1, True      # back in the time told: the story's own days
            elif base_w is not None and base_w is self.writing:
                r = self.writing        # news and letters count weekdays from the day of writing, by tense
                if sign == 0:
                    # news reports what has happened: "said Friday" on a Friday is that day, and
                    # "will meet Friday" written on a Friday is that day too
                    ahead = _AHEAD_RX.search(self.text, max(0, f.start - 30), f.start)
                    sign = 1 if ahead or self.tense(f.start) == "future" else -1
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
            if not strand:
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
                    v = self._through_the_night(Val(a=v.a.at("day")), hour_phase(d.hh), f)
                    v = self._clock_went_round(v, d, f)
                v = Val(a=Point(v.a.y, v.a.m, v.a.d, d.hh, d.mi))
                self._move(v, f)
        elif d.rel == "offset" and self._background_year(f, d) is not None:
            # "the drought of 1827 to 1832 ... the deposits of the very next year": history, not the story
            v = shift(self._background_year(f, d), d.sign, "year")
            narrative = False
        elif d.rel == "offset":
            ago = d.part == "ago"
            if ago:
                r = self._deixis_base(f) or r
                anchor_text = self._base_text(r)
            elif d.sign > 0 and self.said is not None and in_quotation(self.text, f.start) \
                    and self.said[0] == self.text.rfind("\n", 0, f.start):
                # "you will reach Borgo by the day after to-morrow, and I shall be twenty-four hours
                # later": later than the last day the speaker named
                r = self.said[1]
                anchor_text = r.edtf()
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
            elif d.sign < 0 and (d.unit in DAY_UNITS or self.register == "news" or PLUPERFECT_BEFORE.search(
                    self.text, max(0, f.start - 80), f.start)):
                # "the night before", "two days earlier", "he had endured a year before": a look back;
                # the story stays
                pass
            elif self.register == "narrative" and in_quotation(self.text, f.start):
                pass               # "I shall be there twenty-four hours later": a plan in speech
            elif d.unit in DAY_UNITS and (self._modal_before(f) or self.tense(f.start) == "future"):
                # "they arranged to leave next morning": a plan, not yet the story's day
                if d.sign > 0 and d.n == 1 and v is not None and not v.interval:
                    self.planned = (self.text.rfind("\n", 0, f.start), v, self.running)
            elif d.sign > 0 and self.tense(f.start) == "future":
                pass               # "would have been seen six months later": a counterfactual or a plan
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
            v, narrative = self._the_time_then(f)
        return Resolved(f, kind, v.edtf() if v else None, v, narrative, anchor_text, d.pod)


def _nearer_last_month(base, day: int) -> bool:
    """Whether a day of the month above the running day is nearer in the month before than ahead in this one,
    counting a day back twice (stories mostly move forward)."""
    y, m = (base.year - 1, 12) if base.month == 1 else (base.year, base.month - 1)
    if day > month_end(y, m):
        return False
    ahead, back = day - base.day, base.day + month_end(y, m) - day
    return 2 * back < ahead
