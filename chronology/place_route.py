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
from gazetteer.historical import SEA_TYPES
from gazetteer.route import BELIEVED_KM, Stop, solve

from .models import PlaceAlternative, PlaceMention, PlaceRef

POINT_TYPES = {"city", "town", "village", "building", "street", "station", "district", "park", "confluence"}
# landforms of the historical table (a bay, a pass, a mountain lake) are stops on a road like a hamlet;
# only open mentions can hold them (the curated lakes and seas are large and are no points)
LOCAL_FEATURES = {"bay", "pass", "valley", "camp", "lake"}
# a ship's calls: an island or a cape of the curated gazetteer is a point of a voyage (Trinidad, Tobago and
# Antigua around 'Granada' say it is Grenada, not the city in Spain); a big island's centre is a rough point,
# but the route only weighs distances on a log scale
SEA_POINTS = SEA_TYPES
SHOWN = 4          # alternatives kept on a mention
GUESS_REACH_KM = 1000   # a spelling guess farther than this from both its neighbours is not trusted
# ...and within a few spacings of the places named around it: 'Luc' among villages of the Lozère a few km
# apart is no town of the Var 250 km off, though Le Luc by Fréjus is Napoleon's
SCENE_PLACES, STRIDES, LEAST_REACH_KM = 4, 3, 100
NEAR_GUESS_REACH_KM = 500   # ...a guess a letter or two off its skeleton, farther than this (the route must earn it)
# ...but a great city spelled the old way is no small namesake of another region: a journey by rail
# reaches it from towns a post stage apart (Voronej, then Kharkoff 250 km on, after stages of 70-160 km)
GREAT_GUESS = 100_000
# a hamlet is named on the way between its neighbours, a day or two off: one of a few hundred people farther
# than this from the places named before and after it is a namesake (Merton, Devon, 200-300 km from
# Portsmouth and London, is not the Merton of Surrey that GeoNames' towns lack)
HAMLET, HAMLET_REACH_KM = 1000, 150
LISTING_TOWN, LISTING_REACH_KM = 10000, 600
# ...and a small town an ocean or a continent from the places named before and after it is a namesake of a
# place the gazetteer lacks (Punta Gorda, Florida, in an account of the Banda Oriental; Trafalgar, Victoria,
# for the battle): no route reaches it and nothing else says it is meant
OFF_MAP_TOWN, OFF_MAP_KM = 50000, 3000


@dataclass
class Open:
    """A mention still to resolve: its ranked candidates, and the score of leaving it unresolved
    (None when it must resolve); `optional` mentions are dropped when they stay unresolved."""
    ranked: list[Candidate]
    unresolved: Optional[float]
    optional: bool = False


def resolve_along_route(mentions: list[PlaceMention], open_: dict[int, Open], gaz: Gazetteer) -> list[PlaceMention]:
    stops, where, met = [], [], set()
    for i, m in enumerate(mentions):
        if i in open_:
            o = open_[i]
            point = not o.ranked or o.ranked[0].record.type in POINT_TYPES | LOCAL_FEATURES | SEA_POINTS
            stops.append(Stop(m.start, o.ranked, o.unresolved, point=point, repeat=key(m.text) in met))
            met.add(key(m.text))
            where.append(i)
        elif m.place is not None and m.resolution in ("curated", "user") and m.place.type in POINT_TYPES | SEA_POINTS:
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
    # a name means one place in a text: a guess the route supports at one mention holds at all mentions of
    # that place (Porto Ferrajo after Marciana holds where Paris and Vienna are its neighbours)
    supported = {w.record.id for i, w in _winners(open_, chosen) if w.variant and not _unsupported_guess(i, w, points)}
    for i, o in open_.items():
        stop, choice = chosen[i]
        m = mentions[i]
        if choice.index is None:
            alts = [_alternative(stop, st, score) for st, score in choice.margins[:SHOWN]]
            out[i] = None if o.optional else m.model_copy(update={"place": None, "resolution": "unresolved",
                                                                  "alternatives": alts})
            continue
        win = stop.candidates[choice.index]
        if _far_hamlet(i, win, points):
            # the next best the route saw, if it is no such namesake ('Golden City' beside Clear Creek Canyon
            # is Golden, Colorado, not the Missouri hamlet), and no farther from its neighbours ('Sardis' is not
            # Sardis, British Columbia, when the Anatolian village listing the name seems far)
            nxt = next(((k, st) for k, (st, _) in enumerate(choice.margins) if st is None or
                        not _far_hamlet(i, stop.candidates[st], points) and not
                        _unsupported_guess(i, stop.candidates[st], points) and
                        _reach(i, stop.candidates[st], points) <= _reach(i, win, points)), None)
            if nxt is not None and nxt[1] is not None:
                choice.margins.insert(0, choice.margins.pop(nxt[0]))
                choice.index, win = nxt[1], stop.candidates[nxt[1]]
        alts = [_alternative(stop, st, score) for st, score in choice.margins[:SHOWN]]
        if win.variant and win.record.id not in supported or _far_hamlet(i, win, points) or _stray_short(i, win, points):
            # a spelling guess needs the route's support: a neighbour within reach, or to be the only
            # sizeable place of its spelling; else the name is kept without a place (or dropped when only
            # a weak cue suggested it)
            alts.insert(0, PlaceAlternative(name="(unresolved)", score=alts[0].score, reasons=[
                "a spelling guess with no place of the text within reach" if win.variant else
                "a short name the town lists, with no place of the text near it" if win.doubted else
                "a hamlet or small town far from the places named around it"]))
            out[i] = None if o.optional else m.model_copy(update={"place": None, "resolution": "unresolved",
                                                                  "alternatives": alts[:SHOWN]})
            continue
        alts[0].reasons += _route_reasons(i, win, points, mentions)
        out[i] = m.model_copy(update={"place": PlaceRef.of(win.record), "resolution": win.record.source,
                                      "alternatives": alts})
    return [m for m in out if m is not None]


def _winners(open_, chosen):
    for i in open_:
        stop, choice = chosen[i]
        if choice.index is not None:
            yield i, stop.candidates[choice.index]


def _unsupported_guess(i: int, win: Candidate, points) -> bool:
    if not win.variant:
        return False
    # the places named just before and after it, other than the guess itself named again
    others = [(j, r) for j, r in points if r.id != win.record.id]
    near = [r for j, r in others if j < i][-1:] + [r for j, r in others if j > i][:1]
    if not near:    # nothing to contradict it: the only sizeable place of its spelling will do
        return not any("only sizeable" in r for r in win.reasons)
    reach = NEAR_GUESS_REACH_KM if win.near_spelling else GUESS_REACH_KM
    if win.near_spelling or win.record.population < GREAT_GUESS:
        around = [r for j, r in others if j < i][-SCENE_PLACES:] + [r for j, r in others if j > i][:SCENE_PLACES]
        reach = min(reach, max(LEAST_REACH_KM, STRIDES * _spacing(around)))
    return not any(distance_km(win.record.lat, win.record.lon, r.lat, r.lon) <= reach for r in near)


def _far_hamlet(i: int, win: Candidate, points) -> bool:
    """A GeoNames hamlet farther than HAMLET_REACH_KM from the places named just before and after it, or a small
    town that only lists the name among its others farther than LISTING_REACH_KM ('New Salem' in Illinois is
    not Milan, Ohio, which lists it), or a small town farther than OFF_MAP_KM."""
    if win.record.source != "geonames" or win.record.type == "region":     # a state is no hamlet
        return False
    if win.how == "alternate name" and win.record.population < LISTING_TOWN:
        reach = LISTING_REACH_KM
    elif win.record.population < HAMLET:
        reach = HAMLET_REACH_KM
    elif win.record.population < OFF_MAP_TOWN:
        reach = OFF_MAP_KM
    else:
        return False
    others = [(j, r) for j, r in points if r.id != win.record.id]
    near = [r for j, r in others if j < i][-1:] + [r for j, r in others if j > i][:1]
    return bool(near) and not any(distance_km(win.record.lat, win.record.lon, r.lat, r.lon) <= reach
                                  for r in near)


def _stray_short(i: int, win: Candidate, points) -> bool:
    """A short alternate name unlike the town's own (Kau for Kauhava, Finland) is believed only beside a
    place of the text: farther than BELIEVED_KM from the places named just before and after it, it is another
    place the gazetteer lacks (Kau, the district of Hawaii)."""
    return bool(win.doubted) and _reach(i, win, points) > BELIEVED_KM


def _reach(i: int, c: Candidate, points) -> float:
    """How far a candidate lies from the nearer of the places named just before and after it."""
    others = [(j, r) for j, r in points if r.id != c.record.id]
    near = [r for j, r in others if j < i][-1:] + [r for j, r in others if j > i][:1]
    return min((distance_km(c.record.lat, c.record.lon, r.lat, r.lon) for r in near), default=0.0)


def _spacing(places) -> float:
    """How far apart the places named around a mention lie: the median distance from each to the nearest
    other (a few km on a walk through the Cévennes, hundreds on a journey across Siberia)."""
    uniq = list({r.id: r for r in places}.values())
    if len(uniq) < 3:
        return float("inf")
    gaps = sorted(min(distance_km(a.lat, a.lon, b.lat, b.lon) for b in uniq if b is not a) for a in uniq)
    return gaps[len(gaps) // 2]


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
    """A name a text uses several times means one place: the candidate with the best route scores summed
    over all its mentions wins at each of them (a mention far from the others alone would pick the
    biggest namesake)."""
    by_name: dict[str, list[int]] = defaultdict(list)
    for i in open_:
        by_name[key(mentions[i].text)].append(i)
    for idx in by_name.values():
        if len(idx) < 2:
            continue
        totals: Counter = Counter()
        for i in idx:
            stop, choice = chosen[i]
            floor = min(score for _, score in choice.margins)
            got = {stop.candidates[st].record.id if st is not None else None: score for st, score in choice.margins}
            for pid in {_id for j in idx for _id in _ids(chosen[j])}:
                totals[pid] += got.get(pid, floor)
        best = max(totals, key=lambda pid: totals[pid])
        for i in idx:
            stop, choice = chosen[i]
            for k, st in enumerate(choice.margins):
                pid = stop.candidates[st[0]].record.id if st[0] is not None else None
                if pid == best:
                    choice.index = st[0]
                    choice.margins.insert(0, choice.margins.pop(k))
                    break


def _ids(pair) -> set:
    stop, choice = pair
    return {stop.candidates[st].record.id if st is not None else None for st, _ in choice.margins}


def _chosen_id(pair) -> Optional[str]:
    stop, choice = pair
    return stop.candidates[choice.index].record.id if choice.index is not None else None
