"""Expressions made of two: a clock time on its date or weekday ("3 p.m. on 6 May", "noon Thursday")
and ranges ("late January to mid-February 1911"). A mixin of `reference.Walker`."""
from __future__ import annotations

import dataclasses
import re
from typing import Optional

from .clock import fix_half_of_day
from .edtf import Point, Val, interval, month_end
from .normalize import _day, _month
from .recognize import Found
from .reference_relative import Resolved
from .rules import _expand

# a weekday's own date written after it, in parentheses or after a comma: "Friday night (Sept. 13)"
_DATE_AFTER_RX = re.compile(_expand(r"[ \t]*[(,][ \t]*(?P<month>{MONTH})[ \t]+(?P<day>{DAYTH})"), re.IGNORECASE)


class MergedResolver:
    """Methods of the Walker (reference.py) for merged expressions."""

    def _resolve_merged(self, f: Found, sent: str) -> Resolved:
        a, b = f.parts
        if f.rule == "merge.time_on_weekday":
            # the weekday read as if it began with its clock time: "until 9 a.m. Tuesday" looks ahead
            res = self._resolve_relative(dataclasses.replace(b, start=f.start), b.draft, sent)
            v = res.val
            if v is not None and not v.interval and v.a is not None and v.a.d is not None:
                v = Val(a=Point(v.a.y, v.a.m, v.a.d, a.draft.hh, a.draft.mi))
            return Resolved(f, "time", v.edtf() if v else None, v, res.narrative, res.anchor, b.draft.pod)
        if f.rule in ("merge.time_on_date", "merge.date_at_time"):
            date_part, time_part = (b, a) if f.rule == "merge.time_on_date" else (a, b)
            dd = date_part.draft
            before = self.running
            res = self._resolve_relative(date_part, dd, sent) if dd.rel == "day_of_month" else \
                self._resolve_absolute(date_part, dd, sent)
            v = res.val
            if v is not None and not v.interval and v.a is not None and v.a.d is not None:
                td = time_part.draft
                if td.hour_open:
                    between = self.text[min(a.end, b.end):max(a.start, b.start)].lower()
                    late = re.search(r"\b(?:afternoon|evening|night)\b", between) or dd.pod in ("AF", "EV", "NI")
                    if late and td.hh < 12:
                        td.hh, td.hour_open = td.hh + 12, False   # "ten o'clock on the evening of ..."
                    else:
                        fix_half_of_day(self.text, time_part, td, self.running)
                v = Val(a=Point(v.a.y, v.a.m, v.a.d, td.hh, td.mi))
                if res.narrative and self.running is not before:
                    self._move(v, f)    # only where the date itself moved the story (not a plan in speech)
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
            # a span of bare years ("between the years 1827 and 1830") is weighed as its first year is:
            # history when it lies behind the story
            narrative = self._explicit_is_narrative(a, da, sent)
        if narrative:
            self._move(v, f)
        return Resolved(f, "date", v.edtf(), v, narrative, None, None)

    def _weekday_dated(self, f: Found) -> Optional[Val]:
        """The day a weekday's own date, written just after it, names ("Friday night (Sept. 13)"):
        the weekday is that day, whatever day the story was on."""
        m = _DATE_AFTER_RX.match(self.text, f.end)
        if m is None:
            return None
        month, day = _month(m["month"]), _day(m["day"])
        year = self._infer_year(month, f)
        if year is None or day > month_end(year, month):
            return None
        return Val(a=Point(year, month, day))
