"""events.csv and legs.csv: one row each, columns Palladio accepts.

Palladio wants ISO day dates and a "lat,lon" column; EDTF uncertainty is kept
in the `date_edtf` column, since a CSV date cell cannot hold it.
"""
from __future__ import annotations

import csv
import io

from ..models import Chronology
from ..timex import edtf


def _iso_day(v):
    p = edtf.parse(v) if v else None
    return p.lo().isoformat() if p is not None and p.lo() else ""


def _coords(p):
    return f"{p.lat},{p.lon}" if p is not None and p.lat is not None else ""


def events_csv(chron: Chronology) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "type", "date", "date_edtf", "date_text", "date_gregorian", "place", "coordinates",
                "actors", "subject", "line", "evidence"])
    for e in chron.events:
        p = e.places[0] if e.places else None
        w.writerow([e.id, e.type, _iso_day(e.date), e.date or "", e.date_text or "", e.date_gregorian or "",
                    p.name if p else "", _coords(p), "; ".join(e.actors), e.subject, e.evidence.line, e.evidence.text])
    return buf.getvalue()


def legs_csv(chron: Chronology) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "journey", "from", "from_coordinates", "to", "to_coordinates", "depart", "depart_edtf",
                "arrive", "arrive_edtf", "mode", "status", "line", "evidence"])
    for l in chron.legs:
        w.writerow([l.id, l.journey or "", l.from_.name if l.from_ else "", _coords(l.from_), l.to.name,
                    _coords(l.to), _iso_day(l.depart), l.depart or "", _iso_day(l.arrive), l.arrive or "",
                    l.mode, l.status, l.evidence.line, l.evidence.text])
    return buf.getvalue()
