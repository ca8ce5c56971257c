"""The legs as told, put right: two stops named together in the order of the way, a region or country
passed through merged into the leg that goes on to a town inside it."""
from __future__ import annotations

import re

from .models import Leg
from .way import WIDE, km, same, within

_SHORTER = 0.8   # the other order must save a fifth of the way to be taken
_SEQUENCE = re.compile(r"\b(?:then|thence|afterwards|finally|next|from there|on to|onward|onwards|whence)\b",
                       re.IGNORECASE)


def order_named_together(text: str, legs: list[Leg], verbs: list[int], ends: list[int]) -> list[Leg]:
    """'through good-sized towns like Kirinsk and Vitimsk': two stops one verb governs together are passed
    in the order that makes the shorter way to the next stop, whatever order the sentence names them."""
    for i in range(len(legs) - 2):
        a, b, c = legs[i], legs[i + 1], legs[i + 2]
        if verbs[i] != verbs[i + 1] or same(c.to, a.to):
            continue
        if _SEQUENCE.search(text[min(ends[i], ends[i + 1]):max(ends[i], ends[i + 1])]):
            continue    # "rushing over to Batumi and then Baku": the words between the two say the order
        # where the way comes from: the last place before them that has a position
        x = next((l.from_ for l in reversed(legs[:i + 1]) if l.from_ is not None and l.from_.lat is not None), None)
        p, q, y = a.to, b.to, c.to
        if x is None or not (same(b.from_, p) and same(c.from_, q)) or any(v.lat is None for v in (p, q, y)):
            continue
        if km(x, q) + km(p, y) < _SHORTER * (km(x, p) + km(q, y)):
            a.to, b.from_, b.to, c.from_ = q, q, p, p
    return legs


def collapse_wide_stops(legs: list[Leg]) -> list[Leg]:
    """'deported to Vologda Province ... back in Solvychegodsk': a region is a direction, not a stop."""
    out: list[Leg] = []
    for leg in legs:
        prev = out[-1] if out else None
        if prev is not None and prev.to.type in WIDE and leg.from_ is not None and same(leg.from_, prev.to) \
                and leg.to.type not in WIDE and within(leg.to, prev.to):
            merged = prev.model_copy(update={"to": leg.to, "arrive": leg.arrive or prev.arrive,
                                             "mode": prev.mode if prev.mode != "unknown" else leg.mode})
            out[-1] = merged
            continue
        out.append(leg)
    for i, leg in enumerate(out, start=1):
        leg.id = f"L{i}"
    return out
