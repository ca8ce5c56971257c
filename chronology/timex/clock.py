"""Which half of the day a bare clock hour is ("at four", "seven o'clock"): the cue words around it,
else the clock going forward from the story's running time, else the waking hours."""
from __future__ import annotations

from typing import Optional

from . import vocab
from .edtf import Val
from .normalize import Draft
from .recognize import Found


def fix_half_of_day(text: str, f: Found, d: Draft, running: Optional[Val]) -> None:
    """'at four', 'seven o'clock': a.m. or p.m. from the nearest cue word around, else the waking
    hours (1-6 is afternoon, 7-11 morning)."""
    d.hour_open = False
    lo = max(text.rfind("\n\n", 0, f.start), f.start - 160, 0)
    before = text[lo:f.start].lower()
    after = text[f.end:f.end + 60].lower()
    best = None
    for cues, pm in ((vocab.PM_CUES, True), (vocab.AM_CUES, False)):
        for c in cues:
            i = before.rfind(c)
            if i >= 0 and (best is None or len(before) - i < best[0]):
                best = (len(before) - i, pm)
            j = after.find(c)
            if j >= 0 and (best is None or j < best[0]):
                best = (j, pm)
    r = running
    if best is None and r is not None and not r.interval and r.a is not None and r.a.prec == "minute" \
            and r.a.hh is not None and 1 <= d.hh <= 12:
        # no cue: the next time the clock shows that hour after the running time ("It struck six"
        # an hour after five)
        best = (0, (d.hh % 12 + 12 - r.a.hh) % 24 < (d.hh % 12 - r.a.hh) % 24)
    d.half_guessed = best is None
    pm = best[1] if best is not None else 1 <= d.hh <= 6
    if pm and d.hh < 12:
        d.hh += 12
    elif not pm and d.hh == 12 and best is not None:
        d.hh = 0 if "night" in before[-40:] or "midnight" in before[-40:] else 12
