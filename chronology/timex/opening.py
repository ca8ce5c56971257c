"""The day a story opens on: a story that tells parts of a day ("the morning", "it had just struck
five") before it names its first date is on that date's day (reference.resolve_all reads it again
from there)."""
from __future__ import annotations

from typing import Optional

from .edtf import Val


_OPENING_REACH = 12000     # characters: how far into a story its first day may set the opening scene


def opening_day(out: list) -> Optional[tuple[Val, str]]:   # out: reference.Resolved, in text order
    """The first day-precise story date, when expressions of the day before it found no date to count
    from; None otherwise."""
    undated = False
    for r in out:
        f = r.found
        if f.start > _OPENING_REACH:
            return None
        if r.narrative and r.val is not None and r.val.literal is None and not r.val.interval \
                and r.val.prec in ("day", "minute") and f.draft.rel is None:
            day = Val(a=r.val.a.at("day"))
            return (day, day.edtf()) if undated else None
        if r.val is None and r.kind in ("time", "relative") or (r.kind == "set" and f.draft.rel == "pod"):
            undated = True
    return None
