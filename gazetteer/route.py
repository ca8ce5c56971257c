"""Route-aware resolution: the places of a text resolved together, in text order (a Viterbi pass).

Each mention has candidates with a score of their own (name match, source, size, spelling guess) and
may, when the text alone suggested it, stay unresolved. A move between consecutive mentions scores by
the distance between the candidates (a near stop earns, a far one costs), the more so the closer the
mentions are in the text (the same journey) than when chapters lie between them. The best sequence wins; for every mention the best sequence
through each of its other candidates is scored too (max-marginals), so the alternatives and why the
winner won can be shown.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Optional

from .resolve import Candidate, distance_km

# A move between consecutive mentions scores NEAR - PER_DOUBLING * log2(1 + km / SCALE_KM): a stop
# 50 km down the road earns ~+9.7, 300 km +4, 1,000 km about nothing, an ocean away at most -FAR.
NEAR, PER_DOUBLING, SCALE_KM, FAR = 12.0, 4.0, 100.0, 40.0
TEXT_REACH = 4000         # characters over which consecutive mentions bind fully
# a short old name unlike the town's own (Eger for Cheb, Raab for Győr) is doubted alone, believed beside
# a neighbour this near: German and Hungarian names of one town are used in one region
BELIEVED_KM = 100.0
MAX_STATES = 12           # candidates kept per mention
# beyond this from the point before, a candidate is simply far: distance ranks candidates only when one is nearer
KNEE_KM = 1000.0


@dataclass
class Stop:
    """One mention to resolve: its candidates, best first, and the score of leaving it unresolved."""
    offset: int
    candidates: list[Candidate]
    unresolved: Optional[float] = None     # None: the mention must resolve to one of its candidates
    point: bool = True                     # a town, not a country: it binds its neighbours
    repeat: bool = False                   # the name was met before: its candidates' own scores count once


@dataclass
class Choice:
    index: Optional[int]                   # into Stop.candidates; None = unresolved
    margins: list[tuple[Optional[int], float]] = field(default_factory=list)   # (state, best path score)


def step_score(a: Candidate, b: Candidate, gap: int) -> float:
    """How well b follows a on a route, weaker the further apart they are in the text."""
    d = distance_km(a.record.lat, a.record.lon, b.record.lat, b.record.lon)
    bind = 1.0 / (1.0 + gap / TEXT_REACH)
    believed = b.doubted if _believed(a, b, d) else 0.0
    return bind * (max(-FAR, NEAR - PER_DOUBLING * math.log2(1 + d / SCALE_KM)) + believed)


def _step_to(last: Candidate, here: Candidate, s: Stop, gap: int, nearest: dict) -> float:
    """What moving from `last` to `here`, a candidate of stop `s`, scores. When no candidate of the stop lies
    within KNEE_KM of the point before, that point says nothing of which is meant (Boston, named on every page
    of a voyage to California, is 2,800 km from San Diego, Texas, and 4,150 from the Californian port: both are
    simply far), so each costs what the nearest costs: far still weighs against leaving the name unresolved,
    but ranks none above another. `nearest` caches (point, stop) -> (nearest candidate, its distance)."""
    key = (id(last), id(s))
    if key not in nearest:
        nearest[key] = min(((distance_km(last.record.lat, last.record.lon, c.record.lat, c.record.lon), i)
                            for i, c in enumerate(s.candidates[:MAX_STATES])))
    d, i = nearest[key]
    return step_score(last, here if d <= KNEE_KM else s.candidates[i], gap)


def _believed(a: Candidate, b: Candidate, d: Optional[float] = None) -> bool:
    """Whether b, a doubted short old name, has a neighbour a near enough: another place, not the same one
    named again."""
    if not b.doubted or a.record.id == b.record.id:
        return False
    d = distance_km(a.record.lat, a.record.lon, b.record.lat, b.record.lon) if d is None else d
    return d <= BELIEVED_KM


def rank_after(cands: list[Candidate], anchor) -> list[Candidate]:
    """Candidates ranked as the route would rank them right after the place `anchor` (a PlaceRecord): the
    size prior plus what the distance from it earns or costs."""
    here = Candidate(anchor, 0.0)
    for c in cands:
        c.score = (c.prior if c.prior is not None else c.score) + step_score(here, c, 0)
        if _believed(here, c):
            c.reasons.append(f"believed within {BELIEVED_KM:,.0f} km of {anchor.name}")
    return sorted(cands, key=lambda c: -c.score)


def solve(stops: list[Stop]) -> list[Choice]:
    """The best sequence of states over the stops, and every state's best path score."""
    states = [_states(s) for s in stops]
    n = len(stops)
    if n == 0:
        return []
    fwd = _sweep(stops, states, range(n))
    bwd = _sweep(stops, states, range(n - 1, -1, -1))
    out = []
    for i, s in enumerate(stops):
        margins = []
        for k, st in enumerate(states[i]):
            # both sweeps count this state's own score: take it once
            margins.append((st, fwd[i][k] + bwd[i][k] - _emit(s, st)))
        margins.sort(key=lambda m: -m[1])
        out.append(Choice(margins[0][0], margins))
    return out


def _states(s: Stop) -> list[Optional[int]]:
    st: list[Optional[int]] = list(range(min(len(s.candidates), MAX_STATES)))
    if s.unresolved is not None or not st:
        st.append(None)
    return st


def _emit(s: Stop, st: Optional[int]) -> float:
    if s.repeat:
        # only the route decides again; leaving it unresolved costs what it did the first time
        top = s.candidates[0].score if s.candidates else 0.0
        return 0.0 if st is not None else min(0.0, (s.unresolved or 0.0) - top)
    if st is None:
        return s.unresolved if s.unresolved is not None else 0.0
    return s.candidates[st].score


def _sweep(stops: list[Stop], states: list[list[Optional[int]]], order) -> list[list[float]]:
    """Best score of a path from the sweep's first stop up to each state (its own score included).

    A path remembers the last point it resolved, so an unresolved stop or a country between two towns
    does not cut the route: the move is costed from the town before."""
    order = list(order)
    best: list[list[float]] = [[] for _ in stops]
    # each path state: (score, last point candidate, its offset)
    carry: list[tuple[float, Optional[Candidate], int]] = [(0.0, None, 0)]
    nearest: dict = {}      # keyed by object ids: valid while this sweep holds the stops
    for i in order:
        s = stops[i]
        new, scores = [], []
        for st in states[i]:
            here = s.candidates[st] if st is not None else None
            top, top_c = -math.inf, None
            for score, last, at in carry:
                v = score + _emit(s, st)
                if here is not None and s.point and last is not None:
                    v += _step_to(last, here, s, abs(s.offset - at), nearest)
                if v > top:
                    top, top_c = v, (last, at)
            scores.append(top)
            if here is not None and s.point:
                new.append((top, here, s.offset))
            else:
                new.append((top, top_c[0], top_c[1]))
        best[i] = scores
        carry = new
    return best
