"""The temporal tagger: recognize -> reference -> calendars -> Timex models."""
from __future__ import annotations

import datetime as dt
from typing import Callable, Optional

from ..models import Timex
from ..text import Doc
from . import edtf
from .anchor import parse_anchor
from .habit import would_in_reported_clause
from .calendars import calendar_for, easter_day, gregorian_equivalent, style_marked
from .recognize import Found, recognize
from .reference import Resolved, resolve_all
from .writing import REGISTERS, auto_register, in_apparatus, is_dateline, tense_at

PolityAt = Callable[[int], Optional[str]]
_RANGE_MERGES = ("merge.range", "merge.alternative")


def resolve(doc: Doc, *, anchor: Optional[str] = None, register: str = "auto") -> list[Resolved]:
    """Recognize and anchor every expression (no calendar decisions yet)."""
    anchor_val = edtf.parse(parse_anchor(anchor)) if anchor else None
    found = recognize(doc.text)
    datelines = frozenset(f.start for f in found if f.draft.month is not None and f.draft.rel is None
                          and is_dateline(doc.text, f.start, f.end))
    if register == "auto":
        register = auto_register(doc.text, anchor_val is not None and anchor_val.prec in ("day", "minute"),
                                 len(datelines))
    if register == "news":
        # news follows TimeML, which tags each end of "from 1991 to 1997" on its own and keeps the
        # part of a decade ("the early 1980s") as a modifier beside the decade's value (198X)
        found = [p for f in found for p in (f.parts if f.rule in _RANGE_MERGES else [f])]
        for f in found:
            if f.rule == "date.decade" and f.draft.years is not None:
                f.draft.literal, f.draft.years = f"{f.draft.years[0] // 10}X", None
    tense = _tenses(doc, found, register)
    return resolve_all(doc.text, found, doc.sentence_at, anchor_val, register=register, datelines=datelines,
                       tense=tense, year_hint=None if anchor_val else _year_hint(doc.text, found),
                       would_reported=_would_reported(doc))


def _would_reported(doc: Doc):
    """Whether a "would" is reported speech's (habit.py), parsing its sentence only when asked; never
    without the model."""
    memo: dict[int, bool] = {}

    def ask(offset: int) -> bool:
        if offset not in memo:
            try:
                doc.parse.prepare([offset])
                memo[offset] = would_in_reported_clause(doc.parse, offset)
            except Exception:       # no spaCy model: the cue keeps counting as a habit
                memo[offset] = False
        return memo[offset]
    return ask


def _tenses(doc: Doc, found: list[Found], register: str):
    """Tense at each "now" and weekday, and in news each month without a year; in every register at
    each "the next day" or "two days later", whose verb tells a plan ("no money to stay over the next
    day") from the story moving on (parsed in one batch); nothing if the model is missing."""
    offsets = [f.start for f in found if _looks_ahead(f) or register == "narrative" and _customary(f) or
               register != "narrative" and (
               f.draft.rel in ("now_word", "weekday") or register == "news" and (
               f.draft.rel is None and f.draft.year is None and f.draft.month is not None))]
    if not offsets:
        return None
    try:
        doc.parse.prepare(offsets)
    except Exception:       # no spaCy model: tense stays unknown, dates still resolve
        return None
    memo: dict[int, Optional[str]] = {}
    news = register == "news"
    return lambda offset: memo.setdefault(offset, tense_at(doc.parse, offset, infinitive_follows_head=news))


def _customary(f: Found) -> bool:
    """A part of the day, a season or a month without a year: a custom when told in the present."""
    d = f.draft
    return d.rel == "pod" or (d.rel is None and (d.months is not None or d.month is not None and d.day is None
                                                 and d.days is None) and d.year is None and d.years is None)


def _looks_ahead(f: Found) -> bool:
    d = f.draft
    return d.rel == "offset" and d.sign > 0


def _year_hint(text: str, found: list[Found]):
    """(year, month) of the first full date of a story that gives no year before it, or the first
    year of a range heading it ("[Sidenote: 1814-15]"): month None."""
    for f in found:
        d = f.draft
        if in_apparatus(text, f.start):
            if d.years is not None and d.years[0] is not None and d.literal is None:
                return d.years[0], None
            continue
        if d.year is not None and d.month is not None and not f.parts:
            return d.year, d.month
    return None


def story_year(resolved: list[Resolved]) -> Optional[int]:
    """The median year of the story's own dates (used to pick names in use)."""
    years = sorted(r.val.lo().year for r in resolved
                   if r.narrative and r.val is not None and r.val.literal is None and r.val.lo() is not None)
    return years[len(years) // 2] if years else None


def tag(doc: Doc, *, calendar: str = "by-place", polity_at: Optional[PolityAt] = None,
        anchor: Optional[str] = None, resolved: Optional[list[Resolved]] = None) -> list[Timex]:
    """All temporal expressions of a document, in text order, normalized."""
    if resolved is None:
        resolved = resolve(doc, anchor=anchor)
    out = []
    for r in resolved:
        f = r.found
        v = r.val
        lo = v.lo() if v is not None else None
        hi = v.hi() if v is not None else None
        cal = vgreg = None
        value = r.value
        if r.kind in ("date", "time", "relative") and v is not None and v.literal is None:
            polity = polity_at(f.start) if polity_at else None
            cal = style_marked(doc.text, f.end, f.start) or calendar_for(polity, lo or hi, calendar)
            if f.draft.feast is not None and cal == "julian" and v.a is not None:
                # a Julian text keeps the Orthodox Easter, numbered in its own calendar
                day = easter_day(v.a.y, "julian") + dt.timedelta(days=f.draft.feast)
                v = edtf.Val(a=edtf.Point(day.year, day.month, day.day))
                value, lo, hi = v.edtf(), v.lo(), v.hi()
            dual = f.draft.day2 if not f.parts else None
            if dual is not None and v.a is not None:
                cal = "julian"
                vgreg = edtf.Point(v.a.y, f.draft.month2 or v.a.m, dual).edtf()
            elif cal == "julian":
                vgreg = gregorian_equivalent(v)
        out.append(Timex(
            text=doc.text[f.start:f.end], start=f.start, end=f.end, kind=r.kind, value=value,
            rule=f.rule, precision=_precision(v), earliest=lo.isoformat() if lo else None,
            latest=hi.isoformat() if hi else None, calendar=cal, value_gregorian=vgreg,
            anchor=r.anchor if r.kind == "relative" else None, narrative=r.narrative,
            part_of_day=r.part_of_day, line=doc.line_of(f.start)))
    return out


def _precision(v):
    if v is None:
        return None
    if v.literal is not None:
        return "decade" if v.literal.endswith("X") and not v.literal.endswith("XX") else (
            "century" if v.literal.endswith("XX") and len(v.literal) == 4 else "day")
    return v.prec
