"""The review loop: a human-editable file of fixes applied on the next run.

    {"corrections": [
        {"leg": "L3", "drop": true},
        {"leg": "L4", "status": "escape"},
        {"leg": "L5", "depart": "1911-07-06", "mode": "steamer"},
        {"mention": "Russia", "not_place": true},
        {"leg": "L6", "to": {"name": "Tver", "lat": 56.86, "lon": 35.9}},
        {"mention": "Tiflis", "place": {"name": "Tiflis", "lat": 41.69, "lon": 44.8}}
    ]}

`to` moves a leg's destination (and the start of the next leg, when it started there); `place`
resolves every mention with that text to the place given. timeline.html's review controls write
this file.

Leg ids are those of the previous run's chronology.json. Every fix applied is
recorded in `corrections_applied`; a fix that matches nothing is reported too.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from .errors import InputError
from .timex.anchor import parse_anchor
from .models import Leg, Mode, PlaceMention, PlaceRef, Status


class Fix(BaseModel):
    model_config = ConfigDict(extra="forbid")
    leg: Optional[str] = None
    mention: Optional[str] = None
    drop: bool = False
    not_place: bool = False
    status: Optional[Status] = None
    mode: Optional[Mode] = None
    depart: Optional[str] = None
    arrive: Optional[str] = None
    to: Optional[PlaceRef] = None
    place: Optional[PlaceRef] = None
    note: Optional[str] = None

    @field_validator("depart", "arrive")
    @classmethod
    def _date(cls, v: Optional[str]) -> Optional[str]:
        # EDTF, or a date as a reader writes it ("6 July 1911"), kept at the precision given
        return parse_anchor(v) if v else v


class Corrections(BaseModel):
    model_config = ConfigDict(extra="forbid")
    corrections: list[Fix]
    path: Optional[str] = None

    def apply_to_places(self, places: list[PlaceMention]) -> tuple[list[PlaceMention], list[str]]:
        drop = {f.mention for f in self.corrections if f.mention and f.not_place}
        moved = {f.mention: f.place for f in self.corrections if f.mention and f.place and not f.not_place}
        kept = [p for p in places if p.text not in drop]
        for p in kept:
            if p.text in moved:
                p.place, p.resolution = _as_user(moved[p.text], p.place), "user"
        return kept, ([f"mention {m!r} is not a place" for m in sorted(drop)]
                      + [f"mention {m!r} is {moved[m].name}" for m in sorted(moved)])


def _as_user(new: PlaceRef, old: Optional[PlaceRef]) -> PlaceRef:
    """The reader's place, marked as theirs; what they leave out (an id, a type) is taken from the place
    it replaces, else a town: moves are found only to places of a known type."""
    return new.model_copy(update={"source": "user", "id": new.id or f"user:{new.name}",
                                  "type": new.type or (old.type if old else None) or "town"})


def load_corrections(path: str | Path) -> Corrections:
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
        c = Corrections.model_validate(data)
    except FileNotFoundError:
        raise InputError(f"{p}: corrections file not found") from None
    except ValidationError as e:
        err = e.errors()[0]
        where = ".".join(str(x) for x in err["loc"])
        raise InputError(f"{p}: {where}: {err['msg'].removeprefix('Value error, ')}") from None
    except ValueError as e:
        raise InputError(f"{p}: not a corrections file ({str(e).splitlines()[0]}); see the README's "
                         "Corrections section") from None
    c.path = str(p)
    return c


def apply_corrections(c: Corrections, legs: list[Leg]) -> tuple[list[Leg], list[str]]:
    by_id = {l.id: l for l in legs}
    after = {a.id: b for a, b in zip(legs, legs[1:])}
    applied, out_drop = [], set()
    for f in c.corrections:
        if f.leg is None:
            continue
        leg = by_id.get(f.leg)
        if leg is None:
            applied.append(f"{f.leg}: no such leg, fix not applied")
            continue
        if f.drop:
            out_drop.add(f.leg)
            applied.append(f"{f.leg}: dropped")
            continue
        for field in ("status", "mode", "depart", "arrive"):
            v = getattr(f, field)
            if v is not None:
                setattr(leg, field, v)
                applied.append(f"{f.leg}: {field} = {v}")
        if f.to is not None:
            nxt = after.get(leg.id)
            if nxt is not None and nxt.from_ is not None and nxt.from_.name == leg.to.name:
                nxt.from_ = _as_user(f.to, leg.to)
            leg.to = _as_user(f.to, leg.to)
            applied.append(f"{f.leg}: to = {f.to.name}")
    return [l for l in legs if l.id not in out_drop], applied
