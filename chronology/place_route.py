"""The place mentions of a text resolved together along its route (gazetteer.route), with the reasons.

Mentions the curated gazetteer settles are fixed points; mentions that GeoNames or a spelling guess
would resolve are open: their candidates compete in one Viterbi pass over the text, and a mention
the text alone suggested may stay unresolved. Each open mention then records the alternatives
considered and why the winner won.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Optional

from gazetteer import Gazetteer, distance_km
from gazetteer.names import key
from gazetteer.resolve import Candidate
from gazetteer.route import Stop, solve

from .models import PlaceAlternative, PlaceMention, PlaceRef

POINT_TYPES = {"city", "town", "village", "building", "street", "station", "district", "park"}
SHOWN = 4          # alternatives kept on a mention


@dataclass
class Open:
    """A mention still to resolve: its ranked candidates, and the score of leaving it unresolved
    (None when it must resolve); `optional` mentions are dropped when they stay unresolved."""
    ranked: list[Candidate]
    unresolved: Optional[float]
    optional: bool = False


def resolve_along_route(mentions: list[PlaceMention], open_: dict[int, Open], gaz: Gazetteer) -> list[PlaceMention]:
    stops, where = [], []
    for i, m in enumerate(mentions):
        if i in open_:
            o = open_[i]
            stops.append(Stop(m.start, o.ranked, o.unresolved,
                              point=not o.ranked or o.ranked[0].record.type in POINT_TYPES))
            where.append(i)
        elif m.place is not None and m.resolution in ("curated", "user") and m.place.type in POINT_TYPES:
            rec = gaz.by_id(m.place.id)
            if rec is not None:
                stops.append(Stop(m.start, [Candidate(rec, 0.0)]))
                where.append(i)
    choices = solve(stops)
    chosen = {where[j]: (stops[j], c) for j, c in enumerate(choices)}
    _one_sense_per_name(mentions, open_, chosen)
    out = list(mentions)
    points = [(i, stops[j].candidates[c.index].record) for j, (i, c) in enumerate(zip(where, choices))
              if c.index is not None]
    for i, o in open_.items():
        stop, choice = chosen[i]
        m = mentions[i]
        if choice.index is None:
            out[i] = None if o.optional else m.model_copy(update={"place": None, "resolution": "unresolved"})
            continue
        win = stop.candidates[choice.index]
        alts = [_alternative(stop, st, score) for st, score in choice.margins[:SHOWN]]
        alts[0].reasons += _route_reasons(i, win, points, mentions)
        out[i] = m.model_copy(update={"place": PlaceRef.of(win.record), "resolution": win.record.source,
                                      "alternatives": alts})
    return [m for m in out if m is not None]


def _alternative(stop: Stop, st: Optional[int], score: float) -> PlaceAlternative:
    if st is None:
        return PlaceAlternative(name="(unresolved)", score=round(score, 1),
                                reasons=["no candidate fits the route well enough for a name the text alone suggests"])
    c = stop.candidates[st]
    return PlaceAlternative(name=c.record.name, id=c.record.id, lat=round(c.record.lat, 5),
                            lon=round(c.record.lon, 5), score=round(score, 1), reasons=list(c.reasons))


def _route_reasons(i: int, win: Candidate, points, mentions) -> list[str]:
    """How far the winner lies from the places named just before and after it."""
    before = [(j, r) for j, r in points if j < i][-1:]
    after = [(j, r) for j, r in points if j > i][:1]
    out = []
    for (j, r), side in [(b, "before") for b in before] + [(a, "after") for a in after]:
        d = distance_km(win.record.lat, win.record.lon, r.lat, r.lon)
        out.append(f"{d:,.0f} km from {mentions[j].text} (named {side})")
    return out


def _one_sense_per_name(mentions, open_: dict[int, Open], chosen) -> None:
    """A name a text uses several times means one place: the choice most of its mentions made wins
    where it is among a mention's candidates (the route may have pulled single mentions astray)."""
    by_name: dict[str, list[int]] = defaultdict(list)
    for i in open_:
        by_name[key(mentions[i].text)].append(i)
    for idx in by_name.values():
        votes = Counter(_chosen_id(chosen[i]) for i in idx)
        top, n = votes.most_common(1)[0]
        if len(idx) < 2 or top is None or 2 * n <= len(idx):
            continue
        for i in idx:
            stop, choice = chosen[i]
            for k, c in enumerate(stop.candidates):
                if c.record.id == top and choice.index != k:
                    choice.index = k
                    choice.margins.sort(key=lambda m: m[0] != k)
                    break


def _chosen_id(pair) -> Optional[str]:
    stop, choice = pair
    return stop.candidates[choice.index].record.id if choice.index is not None else None
