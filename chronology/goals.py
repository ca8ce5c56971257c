"""When an announced destination counts as reached: the stops told after "set off for X" are on the way to
it, beyond it, or far off it, and the goal is reached before, after or never.

A mixin of the leg builder (itinerary.py): it reads the builder's state (`st.here`, `st.goal`) and the legs
it has made (`leg_pos`).
"""
from __future__ import annotations

from typing import Optional

from .leg_dates import first_day, last_day
from .models import PlaceRef
from .triggers import Move, transport
from .way import WIDE, km, same

GOAL_CHARS = 4000        # a destination announced ("set off for X") is taken as reached after this much text
_GOAL_DAYS = 7           # an unlocated arrival this long after a dated goal comes after the goal
_HARDLY_A_DETOUR = 1.15  # a stop this much off the straight way is still on the way
_ASIDE = 1.6             # a stop that makes the way to an announced goal this much longer comes after the goal
_NEXT_DOOR_KM = 35       # a destination this close to the announced one is reached through it
ARRIVE_EVENTS = {"arrival"}


class GoalReasoning:
    """How the stops told after a goal stand to it."""

    def _goal_passed(self, mv: Move) -> bool:
        """'set off for Haparanda ... crossed the river to Tornio': a destination beyond the announced one,
        roughly on the same way, means the announced one was reached first."""
        st = self.st
        if mv.trigger.role not in ("to", "via", "at") or st.here is None or same(st.goal.place, mv.place) \
                or st.here.type in WIDE or mv.place.type in WIDE \
                or None in (st.here.lat, st.goal.place.lat, mv.place.lat):
            return False
        here_goal, here_dst = km(st.here, st.goal.place), km(st.here, mv.place)
        goal_dst = km(st.goal.place, mv.place)
        if goal_dst < _NEXT_DOOR_KM:
            # twin towns (Haparanda, Tornio), a port and its city (Yokohama, Tokyo); a stop short of the
            # goal ("reached La Mure, a short day's march from Grenoble") leaves it ahead
            # ... and a goal named long before ("moving towards Niagara and home") is a direction, which
            # the gate town next door (Buffalo) does not pass
            return here_dst >= 0.8 * here_goal and mv.start - st.goal.start <= GOAL_CHARS
        # clearly nearer, and hardly a detour; places close together cannot be ordered this way
        return here_goal < 0.9 * here_dst and here_goal + goal_dst <= _HARDLY_A_DETOUR * here_dst

    def _goal_outlived(self, mv: Move) -> bool:
        """'bore up on the 7th for Palermo ... He anchored in Mazari Bay ... on the 5th [of May]': an arrival
        somewhere the gazetteer cannot place, weeks after the goal was set, comes after the goal."""
        g = self.st.goal
        if mv.place.lat is not None or mv.trigger.event not in ARRIVE_EVENTS or not (g.date_own and mv.date_own) \
                or g.date is None or mv.date is None:
            return False
        d1, d2 = last_day(g.date.value), first_day(mv.date.value)
        return d1 is not None and d2 is not None and (d2 - d1).days >= _GOAL_DAYS

    def _goal_left_aside(self, mv: Move) -> bool:
        """'bore up for Malta ... compelled to anchor in Pula Bay': a stop far off the way to the announced
        destination comes after it (the goal was reached, then left), not on the way there."""
        st = self.st
        # a country one has just reached stands for where one is ("for Egypt he ran ... bore up for Malta")
        if mv.trigger.role not in ("to", "at") or mv.trigger.event == "return" or st.here is None \
                or same(st.goal.place, mv.place) or st.here.type in WIDE - {"country"} or mv.place.type in WIDE \
                or st.goal.place.type in WIDE or None in (st.here.lat, st.goal.place.lat, mv.place.lat):
            return False
        direct = km(st.here, st.goal.place)
        return direct > _NEXT_DOOR_KM and km(st.here, mv.place) + km(mv.place, st.goal.place) > _ASIDE * direct

    def _goal_out_of_reach(self, when: Optional[str]) -> bool:
        """'I set forth on the first of September on a thousand-mile walk to the Gulf ... [the next night] slept
        at a rickety tavern': the announced destination lies farther from where the traveller set out than its
        mode goes between the day it was set and `when` (a date value), so it was not reached by then."""
        st = self.st
        g = st.goal
        here = st.here
        if here is not None and here.lat is None:
            # an unplaced stop (a junction the gazetteer lacks): the last place the way located
            here = next((p for l in reversed(self.legs) for p in (l.to, l.from_)
                         if p is not None and p.lat is not None), None)
        if g is None or g.date is None or not when or here is None or g.place.lat is None or g.place.type in WIDE:
            return False
        d0, d1 = first_day(g.date.value), last_day(when)
        if d0 is None or d1 is None or d1 < d0:
            return False
        speeds = transport()[1]
        return km(here, g.place) > ((d1 - d0).days + 1) * speeds.get(g.mode, speeds["unknown"])

    def _under_way_to(self, goal: Move) -> bool:
        """Whether a stop has been told since the goal was set: 'in march toward Grenoble ... reached La Mure
        ... set out for Laffrey' is a stage of the way; 'for Egypt he ran ... bore up for Malta', with
        nothing told between, is a new course from the goal reached."""
        return any(p > goal.start for p in self.leg_pos)

    def _on_the_way(self, near: PlaceRef, far: PlaceRef) -> bool:
        """Whether `near` is a stage on the way from here to `far`: nearer, and hardly a detour."""
        here = self.st.here
        if here is None or None in (here.lat, near.lat, far.lat) or same(near, far):
            return False
        direct = km(here, far)
        # a town next door to the goal and nearer is the gate to it (Buffalo for Niagara)
        return km(here, near) < direct and (km(here, near) + km(near, far) <= _HARDLY_A_DETOUR * direct
                                             or km(near, far) < _NEXT_DOOR_KM)
