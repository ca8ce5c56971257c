"""The data behind timeline.html's review controls (maps/review.js), which build a corrections file
(chronology/corrections.py) to download and apply with `build --corrections`.

Values go to the page raw inside one JSON block (maps/escape.script_json keeps it inert); the
script sets them as text or form values only, so the file it writes holds the text's own strings.
"""
from __future__ import annotations

from collections import Counter
from typing import get_args

from chronology.models import Chronology, Mode, PlaceRef, Status


def _place(p: PlaceRef) -> dict:
    return {k: v for k, v in p.model_dump().items() if v is not None and k != "source"}


def review_data(chron: Chronology) -> dict:
    known: dict[str, dict] = {}
    for p in [m.place for m in chron.places if m.place] + [l.to for l in chron.legs]:
        if p is not None and p.lat is not None and p.name not in known:
            known[p.name] = _place(p)
    counts = Counter(m.text for m in chron.places)
    first = {}
    for m in chron.places:
        first.setdefault(m.text, m)
    mentions = [{"text": t, "count": counts[t], "line": first[t].line,
                 "place": first[t].place.name if first[t].place else None} for t in sorted(counts)]
    legs = [{"id": l.id, "from": l.from_.name if l.from_ else None, "to": l.to.name, "depart": l.depart,
             "arrive": l.arrive, "mode": l.mode, "status": l.status} for l in chron.legs]
    return {"legs": legs, "mentions": mentions, "places": sorted(known.values(), key=lambda p: p["name"]),
            "modes": list(get_args(Mode)), "statuses": list(get_args(Status))}
