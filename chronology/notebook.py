"""The chronology in a notebook: its map inline, and its items as pandas frames.

    chron = chronology.build(text, subject="Phileas Fogg")
    chron                      # shows the journey map (Jupyter calls _repr_html_)
    m = chron.map()            # a folium.Map to add layers to, save or show
    chron.to_pandas("legs")    # one row per leg; also "dates", "places", "events", "stays"

Every frame carries the evidence of each row: evidence_start/evidence_end (offsets into the text as
read), evidence_line and evidence_text, so a row can be checked against the text.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:   # imported when called: folium and pandas cost a second to load
    import folium
    import pandas

    from .models import Chronology, PlaceRef, Span

KINDS = ("legs", "dates", "places", "events", "stays")


def to_map(chron: "Chronology", *, borders: Optional[str] = "auto", tiles: Optional[str] = None,
           tiles_attr: Optional[str] = None) -> "folium.Map":
    """The journey map of map.html as a folium.Map (no links to timeline.html, which a notebook lacks)."""
    from maps.render import build_map
    return build_map(chron, tiles=tiles, tiles_attr=tiles_attr, borders=borders, links=False)


def repr_html(chron: "Chronology") -> str:
    return to_map(chron)._repr_html_()


def _evidence(span: "Span") -> dict:
    return {"evidence_start": span.start, "evidence_end": span.end, "evidence_line": span.line,
            "evidence_text": span.text}


def _place(prefix: str, p: "Optional[PlaceRef]") -> dict:
    return {prefix: p.name if p else None, f"{prefix}_id": p.id if p else None,
            f"{prefix}_lat": p.lat if p else None, f"{prefix}_lon": p.lon if p else None}


def _rows(chron: "Chronology", kind: str) -> tuple[list[dict], list[str]]:
    if kind == "legs":
        return [dict(id=l.id, journey=l.journey, **_place("from", l.from_), **_place("to", l.to), depart=l.depart,
                     arrive=l.arrive, depart_gregorian=l.depart_gregorian, arrive_gregorian=l.arrive_gregorian,
                     calendar=l.calendar, date_text=l.date_text, mode=l.mode, status=l.status,
                     inferred_from=l.inferred_from, confidence=l.confidence, **_evidence(l.evidence))
                for l in chron.legs], ["id"]
    if kind == "dates":
        return [dict(text=d.text, kind=d.kind, value=d.value, earliest=d.earliest, latest=d.latest,
                     precision=d.precision, calendar=d.calendar, value_gregorian=d.value_gregorian,
                     narrative=d.narrative, rule=d.rule, evidence_start=d.start, evidence_end=d.end,
                     evidence_line=d.line, evidence_text=d.text) for d in chron.dates], ["text"]
    if kind == "places":
        return [dict(text=m.text, resolution=m.resolution, **_place("place", m.place),
                     type=m.place.type if m.place else None, polity=m.place.polity if m.place else None,
                     evidence_start=m.start, evidence_end=m.end, evidence_line=m.line, evidence_text=m.text)
                for m in chron.places], ["text"]
    if kind == "events":
        return [dict(id=e.id, type=e.type, date=e.date, date_text=e.date_text, date_gregorian=e.date_gregorian,
                     places="; ".join(p.name for p in e.places), **_place("place", e.places[0] if e.places else None),
                     actors="; ".join(e.actors), subject=e.subject, confidence=e.confidence, **_evidence(e.evidence))
                for e in chron.events], ["id"]
    from maps.stops import stays
    legs = {l.id: l for l in chron.legs}
    return [dict(place=s.place.name, place_id=s.place.id, place_lat=s.place.lat, place_lon=s.place.lon,
                 start=s.start_text, end=s.end_text, days_least=s.days[0], days_most=s.days[1], after_leg=s.after,
                 before_leg=s.before, **_evidence(legs[s.after].evidence)) for s in stays(chron)], ["place"]


def to_pandas(chron: "Chronology", kind: str = "legs") -> "pandas.DataFrame":
    """One row per item of `kind` (legs, dates, places, events, stays), with its evidence offsets."""
    import pandas as pd
    if kind not in KINDS:
        raise ValueError(f"to_pandas: kind must be one of {', '.join(KINDS)}, not {kind!r}")
    rows, first = _rows(chron, kind)
    if not rows:
        return pd.DataFrame(columns=first + ["evidence_start", "evidence_end", "evidence_line", "evidence_text"])
    return pd.DataFrame(rows)
