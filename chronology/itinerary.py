"""The subject's moves -> legs (from, to, when, how, why) -> journeys.

The `from` of a leg is the subject's previous known place where the text does
not say it. Status follows the subject's state: a move under sentence is
exile, leaving without leave is escape, going back to the place of exile is
return, anything else travel.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .events import Move
from .models import Journey, Leg, PlaceRef, Span
from .text import Doc
from .timex import edtf

_ARRIVE_EVENTS = {"arrival"}


@dataclass
class _State:
    here: Optional[PlaceRef] = None
    exile_place: Optional[PlaceRef] = None
    in_exile: bool = False
    pending_from: Optional[Move] = None


def _same(a: Optional[PlaceRef], b: Optional[PlaceRef]) -> bool:
    return a is not None and b is not None and (a.id == b.id or (a.lat, a.lon) == (b.lat, b.lon))


def build_legs(doc: Doc, moves: list[Move]) -> list[Leg]:
    st = _State()
    legs: list[Leg] = []
    for i, mv in enumerate(moves):
        if not mv.is_subject:
            continue
        t = mv.trigger
        if t.role == "at":
            if t.event in ("stay", "sentence") and t.status == "exile":
                st.in_exile, st.exile_place = True, mv.place
            if t.event in ("arrest", "stay") or (st.here is None and t.event in ("meeting", "release", "sentence")):
                st.here = mv.place
            continue
        if t.role == "from":
            # "escaped from X" in a look-back sentence must not relocate the subject;
            # a start is believed when the same sentence goes on to a destination
            goes_on = any(n.sentence == mv.sentence and n.is_subject and n.trigger.role in ("to", "via")
                          for n in moves[i + 1:i + 4])
            if st.here is None or goes_on:
                st.here = mv.place
            st.pending_from = mv if goes_on or _same(st.here, mv.place) else None
            continue
        # a destination ("to" or "via")
        src = st.here
        if src is None or _same(src, mv.place):
            st.here = mv.place
            continue
        pend = st.pending_from
        status = _status(mv, pend, st)
        date = mv.date.value if mv.date else None
        depart = arrive = None
        if t.event in _ARRIVE_EVENTS:
            arrive = date
            if pend is not None and pend.date is not None:
                depart = pend.date.value
        else:
            depart = date
        mode = mv.mode if mv.mode != "unknown" else (pend.mode if pend is not None else "unknown")
        a, b = mv.sentence
        legs.append(Leg(id=f"L{len(legs) + 1}", **{"from": src}, to=mv.place, depart=depart, arrive=arrive,
                        mode=mode, status=status, inferred_from=not (pend and _same(pend.place, src)),
                        evidence=Span(start=a, end=b, text=doc.text[a:b], line=doc.line_of(a)),
                        confidence=round(0.5 if mv.hearsay else 0.8, 2)))
        if status == "exile":
            st.in_exile, st.exile_place = True, mv.place
        elif status == "escape":
            st.in_exile = False
        st.here, st.pending_from = mv.place, None
    return legs


_WIDE = {"region", "country"}


def collapse_wide_stops(legs: list[Leg]) -> list[Leg]:
    """'deported to Vologda Province ... back in Solvychegodsk': a region is a direction, not a stop."""
    out: list[Leg] = []
    for leg in legs:
        prev = out[-1] if out else None
        if prev is not None and prev.to.type in _WIDE and leg.from_ is not None and _same(leg.from_, prev.to) \
                and leg.to.type not in _WIDE:
            merged = prev.model_copy(update={"to": leg.to, "arrive": leg.arrive or prev.arrive,
                                             "mode": prev.mode if prev.mode != "unknown" else leg.mode})
            out[-1] = merged
            continue
        out.append(leg)
    for i, leg in enumerate(out, start=1):
        leg.id = f"L{i}"
    return out


def _status(mv: Move, pend: Optional[Move], st: _State) -> str:
    hints = {mv.trigger.status, pend.trigger.status if pend else ""}
    if mv.escape_flag or (pend is not None and pend.escape_flag) or "escape" in hints:
        return "escape"
    if "exile" in hints:
        return "exile"
    if st.exile_place is not None and _same(mv.place, st.exile_place):
        return "return"
    if st.in_exile and pend is None and mv.trigger.name == "thence":
        return "exile"
    return "travel"


def _day(v: Optional[str]):
    if not v:
        return None
    p = edtf.parse(v)
    return p.lo() if p is not None else None


def group_journeys(legs: list[Leg]) -> list[Journey]:
    journeys: list[list[Leg]] = []
    for leg in legs:
        cur = journeys[-1] if journeys else None
        new = cur is None
        if cur is not None:
            prev = cur[-1]
            kind = _kind(cur)
            if leg.status != prev.status and not (leg.status == "return" and kind in ("escape", "travel")) \
                    and not (prev.status == "return" and leg.status == "return"):
                new = True
            if prev.status == "return":
                new = True
            d1, d2 = _day(prev.arrive or prev.depart), _day(leg.depart or leg.arrive)
            if d1 and d2 and (d2 - d1).days > 21:
                new = True
        if new:
            journeys.append([leg])
        else:
            cur.append(leg)
    out = []
    for i, js in enumerate(journeys, start=1):
        jid = f"J{i}"
        for leg in js:
            leg.journey = jid
        out.append(Journey(id=jid, title=_title(js), kind=_kind(js), legs=[l.id for l in js],
                           start=js[0].depart or js[0].arrive, end=js[-1].arrive or js[-1].depart))
    return out


def _kind(legs: list[Leg]) -> str:
    for leg in legs:
        if leg.status != "return":
            return leg.status
    return "return"


_VERB = {"exile": "Exile", "escape": "Escape", "return": "Return", "travel": "Journey"}


def _title(legs: list[Leg]) -> str:
    kind = _kind(legs)
    start = legs[0].from_.name if legs[0].from_ else "?"
    end = legs[-1].to.name
    via = [l.to.name for l in legs[:-1]]
    s = f"{_VERB[kind]} from {start}"
    if via:
        s += " via " + ", ".join(dict.fromkeys(via))
    s += f" to {end}"
    when = _when(legs[0].depart or legs[0].arrive)
    return s + (f", {when}" if when else "")


def _when(v: Optional[str]) -> Optional[str]:
    p = edtf.parse(v) if v else None
    if p is None or p.a is None:
        return None
    import calendar as cal
    if p.a.m:
        return f"{cal.month_name[p.a.m]} {p.a.y}"
    return str(p.a.y)
