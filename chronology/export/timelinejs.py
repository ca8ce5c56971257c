"""timelinejs.json for TimelineJS3: one event per leg, one group per journey.

TimelineJS dates are integer parts without uncertainty or calendar, so the
wording of the text goes into display_date, and the EDTF value into the text.
"""
from __future__ import annotations

import html
import json

from ..models import Chronology
from ..timex import edtf


def _parts(v):
    p = edtf.parse(v) if v else None
    if p is None or (p.a is None and p.b is None):
        return None
    a = p.a or p.b
    out = {"year": a.y}
    if a.m:
        out["month"] = a.m
    if a.d:
        out["day"] = a.d
    return out


def dumps(chron: Chronology) -> str:
    journeys = {j.id: j for j in chron.journeys}
    events = []
    for l in chron.legs:
        when = l.depart or l.arrive
        start = _parts(when)
        if start is None:
            continue
        j = journeys.get(l.journey)
        ev = {"start_date": start, "display_date": when,
              "text": {"headline": html.escape(f"{l.from_.name if l.from_ else '?'} → {l.to.name}"),
                       "text": html.escape(f"{l.status}, {l.mode}. EDTF {when}. “{l.evidence.text}” (line {l.evidence.line})")},
              "group": html.escape(j.title if j else "")}
        end = _parts(l.arrive) if l.depart and l.arrive else None
        if end:
            ev["end_date"] = end
        events.append(ev)
    doc = {"title": {"text": {"headline": html.escape(f"Itinerary of {chron.subject or 'the subject'}"),
                              "text": "Dates as written (Julian where the text uses it); uncertainty is in display_date."}},
           "events": events}
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
