"""The subject's moves -> legs (from, to, how, why); leg_dates.py dates them, journeys.py groups them.

The `from` of a leg is the subject's previous known place where the text does
not say it. Status follows the subject's state: a move under sentence is
exile, leaving without leave is escape, going back to the place of exile is
return, anything else travel. A destination announced ahead ("set off for X")
is reached after the stops the text names on the way (goals.py says when);
leg_order.py puts stops named together in the order of the way.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Optional

from .goals import ARRIVE_EVENTS, GOAL_CHARS, GoalReasoning
from .leg_dates import first_day, last_day, leg_date
from .leg_order import order_named_together
from .models import Leg, PlaceMention, PlaceRef, Span
from .parse_moves import DISTANCE_FROM
from .place_containers import containers
from .place_words import cues
from .text import Doc, in_heading, in_note
from .triggers import Move
from .way import OFFSHORE, WIDE, km, same, within

_SCENE_TYPES = {"city", "town", "village", "building", "street", "station", "district", "confluence"}
_SCENE_REACH = 3000      # characters: how far back a named place still sets the scene
JOURNEY_DAYS = 21        # legs closer than this in time belong to one journey
_JOURNEY_CHARS = 1500    # ... and closer than this in the text keep its status (escort, flight)
_FLASHBACK_DAYS = 3
_RECAP_MOVES = 4         # past-perfect moves in one sentence that make it a recap of the way
_DETOUR = 5.0     # an aside: going by way of it would make the way five times longer
_SCENE_JUMP_KM = 500    # a scene set this far from where the subject is does not move them there
_OBSERVED_JUMP_KM, _OBSERVED_DETOUR = 200, 1.6    # the same for what was only observed there
_OBSERVING = {"observe", "notice", "remark", "see", "find", "learn", "hear", "perceive", "understand", "know"}
_RECAP_KM = 500          # a start this far back along the way already told is a summary, not a new start


@dataclass
class _State:
    here: Optional[PlaceRef] = None
    exile_place: Optional[PlaceRef] = None
    in_exile: bool = False
    exile_until: Optional[date] = None
    pending_from: Optional[Move] = None
    goal: Optional[Move] = None
    goal_beyond: Optional[Move] = None   # "set out for Laffray" on the way to Grenoble: Grenoble is still ahead
    intended_escape: Optional[Move] = None   # "I decided to escape from Berezov": the next departure is one


class _LegBuilder(GoalReasoning):
    """A state machine over the subject's moves in text order: where they are, under what order, bound where."""

    def __init__(self, doc: Doc, moves: list[Move], places: Optional[list[PlaceMention]] = None):
        self.doc, self.moves = doc, moves
        # the scene is where the text places the story, not where a move is headed or a sentence sends them
        targets = {m.place_start for m in moves if m.trigger.role in ("to", "toward", "via")
                   or m.trigger.event == "sentence"}
        # nor does a title line ("FROM OKHOTSK TO PETERSBURG") say where the story is
        self.scene = [p for p in (places or []) if p.place is not None and p.place.type in _SCENE_TYPES
                      and p.start not in targets and not in_heading(doc.text, p.start)
                      and not in_note(doc.text, p.start)
                      and not _GOAL_BEFORE.search(doc.text, max(0, p.start - 12), p.start)
                      and not _COMPARED.search(_clause_before(doc.text, p.start))]
        self.st = _State()
        self.legs: list[Leg] = []
        self.leg_pos: list[int] = []      # text offset of the move that made each leg
        self.to_pos: list[int] = []       # text offset of the mention of each leg's end
        self.letter_date: Optional[date] = None    # the day the letter being read was written
        self.letter_at = -1

    # ------------------------------------------------------------ helpers
    def _date_of(self, mv: Move) -> Optional[str]:
        """A move's date; one borrowed from an earlier sentence never runs behind the itinerary."""
        if mv.date is None:
            return None
        written = self.letter_date
        if written is not None and mv.trigger.name != "dateline" and mv.start > self.letter_at \
                and (first_day(mv.date.value) or written) > written:
            return None     # a letter tells what happened before the day it was written: bounded later
        if mv.trigger.role == "via" and any(n.sentence == mv.sentence and n is not mv and n.is_subject
                                            and n.trigger.role in ("to", "toward") for n in self.moves):
            return None     # a stop on the way is passed before the day its sentence tells: bounded later
        if mv.date_own or not self.legs:
            return mv.date.value
        prev = leg_date(self.legs[-1])
        lo = first_day(mv.date.value)
        if prev and lo and first_day(prev) and lo < first_day(prev):
            return prev
        return mv.date.value

    def _is_flashback(self, mv: Move) -> bool:
        if not (mv.date_own and mv.date and self.legs):
            return False
        prev = first_day(leg_date(self.legs[-1]))
        hi = last_day(mv.date.value)
        return bool(prev and hi and (prev - hi).days > _FLASHBACK_DAYS)

    def _scene_before(self, pos: int, not_: Optional[PlaceRef]) -> Optional[PlaceRef]:
        """Where the story is when a first move gives no start: the last town or building named."""
        # before the first leg nothing has moved the story, so the last town named, however long ago, is
        # still where it is ("in the Doge's prison" ... "in due course we reached Mestre")
        reach = _SCENE_REACH if self.legs else float("inf")
        for p in reversed(self.scene):
            if p.start < pos and pos - p.start <= reach and not same(p.place, not_):
                return p.place
        return None

    def _measured_from(self, mv: Move) -> Optional[PlaceRef]:
        """'I set out on an excursion to St. Fe, which is nearly three hundred miles from Buenos Ayres': with
        no place told before, the town a first goal is measured from is where the traveller sets out."""
        a, b = mv.sentence
        for p in self.scene:
            if mv.place_start < p.start < b and DISTANCE_FROM.search(self.doc.text, max(a, p.start - 60), p.start):
                return p.place
        return None

    def _exile_ahead(self, i: int, mv: Move) -> bool:
        """'... and thence to Vologda, where he was ordered to reside': the order makes the move exile."""
        return any(n.sentence == mv.sentence and n.is_subject and n.start > mv.start
                   and n.trigger.role in ("at", "at_prev") and n.trigger.status == "exile"
                   for n in self.moves[i + 1:i + 6])

    # ------------------------------------------------------------ legs
    def _emit(self, i: int, mv: Move, src: PlaceRef, dst: PlaceRef, *, depart, arrive, mode: str,
              inferred: bool, pend: Optional[Move] = None) -> None:
        st = self.st
        status = self._status(i, mv, pend, src, dst, depart or arrive)
        a, b = mv.sentence
        self.legs.append(Leg(id=f"L{len(self.legs) + 1}", **{"from": src}, to=dst, depart=depart, arrive=arrive,
                             mode=mode, status=status, inferred_from=inferred,
                             evidence=Span(start=a, end=b, text=self.doc.text[a:b], line=self.doc.line_of(a)),
                             confidence=round(0.5 if mv.hearsay else (0.6 if inferred else 0.8), 2)))
        self.leg_pos.append(mv.start)
        self.to_pos.append(mv.place_start)
        if not mv.date_own and (pend is None or not pend.date_own):
            self.legs[-1].date_inferred = True    # a date borrowed from an earlier sentence: a lower bound
        if status == "exile":
            # a new convoy: a term set by an earlier order no longer applies
            st.in_exile, st.exile_place, st.exile_until = True, dst, None
        elif status == "escape":
            st.in_exile = False
        elif status == "return":
            st.in_exile = True
        st.here = dst

    def _status(self, i: int, mv: Move, pend: Optional[Move], src: PlaceRef, dst: PlaceRef, when) -> str:
        st = self.st
        hints = {mv.trigger.status, pend.trigger.status if pend else "", st.goal.trigger.status if st.goal else ""}
        prev = self.legs[-1] if self.legs else None
        if mv.escape_flag or (pend is not None and pend.escape_flag) or "escape" in hints:
            return "escape"
        planned = st.intended_escape
        if planned is not None and 0 < mv.start - planned.start <= _JOURNEY_CHARS:
            st.intended_escape = None    # the plan is carried out by the first move after it
            return "escape"
        if "exile" in hints or self._exile_ahead(i, mv):
            return "exile"
        if st.exile_place is not None and same(dst, st.exile_place):
            if prev is None or prev.status != "exile" or not same(prev.to, dst):
                return "return"
        if prev is not None and prev.status == "exile" and prev.to.type in WIDE and same(src, prev.to):
            return "exile"       # "deported to Vologda Province ... back in Solvychegodsk"
        going_on = prev is not None and prev.status in ("escape", "exile") and self._continues(prev, mv, when)
        if going_on and prev.status == "exile":
            return "exile"       # the convoy goes on
        under_order = st.in_exile and (st.exile_until is None or not when or
                                       (first_day(when) is not None and first_day(when) < st.exile_until))
        if under_order and same(src, st.exile_place):
            return "escape"      # leaving the place of exile without an order is an escape
        return prev.status if going_on else "travel"

    def _continues(self, prev: Leg, mv: Move, when) -> bool:
        """An escape or a convoy goes on through the legs that follow it closely in time and text."""
        if mv.start - self.leg_pos[-1] > _JOURNEY_CHARS:
            return False
        d1, d2 = first_day(leg_date(prev)), first_day(when)
        return d1 is None or d2 is None or (d2 - d1).days <= JOURNEY_DAYS

    def _retro_in_sentence(self, mv: Move) -> int:
        """How many past-perfect moves the sentence holds: 'circuits from London to Aden, from Aden to
        Bombay, from Calcutta to Singapore' sums a way up."""
        return sum(1 for m in self.moves if m.sentence == mv.sentence and m.retro and m.is_subject)

    def _flush_goal(self, i: int, arrive=None) -> None:
        """The announced destination is reached: the leg from wherever the subject got to."""
        st = self.st
        g = st.goal
        if g is not None and st.here is None:
            # nothing told before: the story starts at the letter's place, or at the goal reached
            st.here = g.place
        if g is not None and st.here is not None and not same(st.here, g.place):
            # st.goal is still set here: its status ("exile", "escape") applies to this leg
            if g.trigger.name == "dateline":
                # a letter headed by a new place was written there: the writer had arrived by its date
                by = self._date_of(g)
                self._emit(i, g, st.here, g.place, depart=None, arrive=f"../{by}" if by and "/" not in by else by,
                           mode=g.mode, inferred=True)
            else:
                # the goal's date is when the subject set out for it: a last stage after stops on the way
                # starts when the last of them was reached
                last = self.legs[-1] if self.legs and self._under_way_to(g) else None
                depart = self._date_of(g)
                stage = (last.arrive or last.depart) if last is not None else None
                if stage and (not depart or (first_day(stage) or date.min) > (last_day(depart) or date.max)):
                    depart = stage
                self._emit(i, g, st.here, g.place, depart=depart, arrive=arrive, mode=g.mode, inferred=False)
        self._goal_reached()

    def _goal_reached(self) -> None:
        st = self.st
        st.goal, st.goal_beyond = st.goal_beyond, None

    def run(self) -> list[Leg]:
        st = self.st
        for i, mv in enumerate(self.moves):
            if mv.trigger.name == "dateline" and mv.date is not None and mv.date_own:
                self.letter_date, self.letter_at = last_day(mv.date.value), mv.start
            if mv.is_subject and mv.visit == "planned" and mv.trigger.status == "escape":
                st.intended_escape = mv
            if not mv.is_subject or mv.visit != "actual" or self._is_flashback(mv):
                continue
            if mv.retro and mv.place is not None and mv.trigger.role in ("to", "via", "from") and (any(
                    same(leg.to, mv.place) or same(leg.from_, mv.place) for leg in self.legs)
                    or self._retro_in_sentence(mv) >= _RECAP_MOVES):
                continue    # "he had been obliged to make circuits from London to Aden": the way already told
            t = mv.trigger
            if mv.place is None:
                if t.event == "release":
                    # free again; going back to the old place of exile is still a return
                    st.in_exile, st.exile_until = False, None
                elif t.event in ARRIVE_EVENTS and st.goal is not None and st.goal.trigger.name != "dateline" \
                        and not self._goal_out_of_reach(self._date_of(mv)):
                    self._flush_goal(i, arrive=self._date_of(mv))
                continue
            # a letter's place is reached by the end of the letter, however long it is
            while st.goal is not None and st.goal.trigger.name != "dateline" and (
                    mv.start - st.goal.start > GOAL_CHARS and not self._on_the_way(mv.place, st.goal.place)
                    and not self._goal_out_of_reach(self._date_of(mv))
                    or self._goal_passed(mv) or self._goal_left_aside(mv) or self._goal_outlived(mv)):
                self._flush_goal(i)     # long told, or passed: reached; a stop still on the way leaves it ahead
            if t.role in ("at", "at_prev"):
                self._at(i, mv)
            elif t.role == "from":
                self._from(i, mv)
            elif t.role == "toward":
                if st.goal is not None and st.goal.trigger.name != "dateline" and st.goal_beyond is None \
                        and (self._on_the_way(mv.place, st.goal.place) and self._under_way_to(st.goal)
                             or self._goal_out_of_reach(self._date_of(mv))):
                    st.goal_beyond, st.goal = st.goal, None   # a nearer goal first; the far one stays ahead
                while st.goal is not None and not same(st.goal.place, mv.place):
                    self._flush_goal(i)     # reached before setting out for the new one, the far one too
                if st.here is None and t.name == "dateline":
                    # the first letter is written where the story starts, unless it tells of being
                    # somewhere else first ("I spent last night at Hall's Gulch"): the writer came there
                    st.goal = mv
                    continue
                if st.here is None:
                    st.here = self._scene_before(mv.start, mv.place) or self._measured_from(mv)
                if not same(st.here, mv.place):
                    st.goal = mv
            else:
                self._to(i, mv)
        # a goal still ahead when the text ends was reached, unless it lay beyond reach by the text's last date
        if st.goal is not None and not self._goal_out_of_reach(self._last_date()):
            self._flush_goal(len(self.moves))
        return self.legs

    def _last_date(self) -> Optional[str]:
        """The last date a move of the text carries."""
        return next((m.date.value for m in reversed(self.moves) if m.date is not None), None)

    def _at(self, i: int, mv: Move) -> None:
        st, t = self.st, mv.trigger
        if mv.retro and t.event == "stay":
            return      # "had spent thirty-eight days in Narym": a look back, not where the subject is now
        if t.event == "release":
            st.in_exile, st.exile_until = False, None
        if t.status == "exile" and t.event in ("stay", "sentence"):
            st.in_exile, st.exile_place = True, mv.place
            start = first_day(self._date_of(mv)) if mv.date else None
            st.exile_until = _add_duration(start, mv.term) if start and mv.term else None
        # a sentence to exile somewhere names where the subject will go, not where they are
        if mv.scene and st.here is not None and self._aside(i, mv):
            return      # "Nay, at Muirkirk of Glenluce, I found ...": a scene far off the road is an aside
        if t.event in ("arrest", "stay"):
            if st.here is not None and not same(st.here, mv.place) and mv.place.type in _SCENE_TYPES | OFFSHORE \
                    and mv.trigger.status != "exile" and not self._inside_here(mv.place):
                # "In Colombo she waited five days": being somewhere new means having gone there
                self._emit(i, mv, st.here, mv.place, depart=None, arrive=self._date_of(mv), mode="unknown",
                           inferred=True)
            st.here = mv.place

    def _aside(self, i: int, mv: Move) -> bool:
        """A scene set far from where the subject is, after which the story goes on near where it was."""
        here = self.st.here
        if here is not None and here.lat is None:
            # an unlocated stop: measure from the last place the story was that has a position
            here = next((p for l in reversed(self.legs) for p in (l.to, l.from_)
                         if p is not None and p.lat is not None), here)
        # an observation set at a place ("At Monte Video, I observed that the flocks ...") is often a remark from
        # another time: believed less than a deed done there
        observed = mv.trigger.name.split(":")[-1] in _OBSERVING
        jump, detour = (_OBSERVED_JUMP_KM, _OBSERVED_DETOUR) if observed else (_SCENE_JUMP_KM, _DETOUR)
        if not jump < km(here, mv.place) < float("inf"):
            return False
        nxt = next((n for n in self.moves[i + 1:i + 8] if n.is_subject and n.visit == "actual"
                    and n.place is not None and n.place.lat is not None and n.sentence != mv.sentence), None)
        if nxt is None:
            return False
        # going by way of it would be a great detour from where the subject is to where the story goes next
        return km(here, mv.place) + km(mv.place, nxt.place) > detour * max(km(here, nxt.place), 50.0)

    def _from(self, i: int, mv: Move) -> None:
        st = self.st
        # "escaped from X" in a look-back sentence must not relocate the subject;
        # a start is believed when the same sentence goes on to a destination
        goes_on = any(n.sentence == mv.sentence and n.is_subject and n.trigger.role in ("to", "via", "toward")
                      for n in self.moves[i + 1:i + 4])
        # "shortly after leaving Tomsk": to leave a place one must have got there
        departs = mv.trigger.event == "departure" and mv.trigger.role == "from"
        if (goes_on or departs) and self._visited_far(mv.place):
            # "... from Okhotsk via Yakutsk", "the dollars with which we left Okhotsk": the way already told
            return
        if (goes_on or departs) and st.here is not None and not same(st.here, mv.place) \
                and not self._inside_here(mv.place) and mv.place.type not in WIDE and mv.place.lat is not None:
            # "smuggled out of Petersburg ... the train from Levashovo": the way to the new start is a leg
            pend = st.pending_from if st.pending_from is not None and same(st.pending_from.place, st.here) else None
            self._emit(i, mv, st.here, mv.place, depart=self._date_of(pend or mv), arrive=None,
                       mode=pend.mode if pend else "unknown", inferred=True, pend=pend)
        # a bare "from X" ("banned from the Caucasus") sets the start only when a destination follows
        if goes_on or departs or (st.here is None and mv.trigger.name != "from_to"):
            st.here = mv.place
        st.pending_from = mv if goes_on or same(st.here, mv.place) else None

    def _inside_here(self, place: PlaceRef) -> bool:
        """'delighted with Norway, I was sorry to leave Christiania': a town of the country one is in is
        reached by no way the text tells."""
        here = self.st.here
        return here is not None and here.type in WIDE and within(place, here)

    def _visited_far(self, place: PlaceRef) -> bool:
        """A place the itinerary left behind earlier and far from where the subject is now."""
        here = self.st.here
        if here is None or same(here, place) or place.lat is None or here.lat is None:
            return False
        seen = any(same(leg.from_, place) or same(leg.to, place) for leg in self.legs[:-1])
        return seen and km(here, place) > _RECAP_KM

    def _to(self, i: int, mv: Move) -> None:
        st, t = self.st, mv.trigger
        if t.role == "via" and mv.place.type in WIDE:
            return      # "marched through Lycaonia five stages", "through Syria to Myriandus": a land passed, no stop
        if t.role == "via" and self._visited_far(mv.place) and \
                sum(1 for n in self.moves if n.sentence == mv.sentence and n.trigger.role == "via") >= 3:
            return      # "... by way of Yakutsk, Irkutsk, Tomsk, Tiumen": the stops already told, summed up
        src = st.here
        if src is None:
            src = self._scene_before(mv.start, mv.place)
        if src is None or same(src, mv.place):
            last = self.legs[-1] if self.legs else None
            when = self._date_of(mv)
            if last is not None and same(last.to, mv.place) and last.arrive is None and \
                    t.event in ARRIVE_EVENTS and when and when != last.depart:
                last.arrive = when     # "left by the train for X ... Arrived at X" on a later day
            st.here = mv.place
            if st.goal is not None and same(st.goal.place, mv.place):
                self._goal_reached()
            return
        pend = st.pending_from if st.pending_from is not None and same(st.pending_from.place, src) else None
        date = self._date_of(mv)
        depart = arrive = None
        if t.event in ARRIVE_EVENTS or t.role == "via":
            arrive = date       # a stop's own date is when the traveller was there
            if pend is not None and pend.date is not None:
                depart = self._date_of(pend)
        else:
            depart = date
        # an arrival ends the journey its departure began ("left Hoboken on the steamer ... landed at
        # Southampton and went by train to London": the steamer, not the train)
        if pend is not None and pend.mode != "unknown" and (t.event in ARRIVE_EVENTS or mv.mode == "unknown"):
            mode = pend.mode
        else:
            mode = mv.mode
        self._emit(i, mv, src, mv.place, depart=depart, arrive=arrive, mode=mode, inferred=pend is None, pend=pend)
        if st.goal is not None and same(st.goal.place, mv.place):
            self._goal_reached()
        st.pending_from = None


def build_legs(doc: Doc, moves: list[Move], places: Optional[list[PlaceMention]] = None) -> list[Leg]:
    if places:
        # "anchored at Palma in Majorca", "Lyon, in France": the place that holds a stop is no stop after it
        ordered = sorted(places, key=lambda p: p.start)
        held = {ordered[i].start for i in containers(doc.text, ordered)}
        moves = [m for m in moves if m.place_start not in held]
    builder = _LegBuilder(doc, moves, places)
    legs = builder.run()
    return order_named_together(doc.text, legs, builder.leg_pos, builder.to_pos)


# "should accompany him to St. Tropez": a place named as a destination is not where the story is
_GOAL_BEFORE = re.compile(r"\b(?:to|towards?|for|into)\s+$", re.IGNORECASE)
# "the exact appearance of those highways leading out of Rome": a town a thing is compared with
_COMPARED = re.compile(r"(?<!would )(?<!should )(?<!could )(?<!did )(?<!not )(?<!to )\b(?:" +
                       "|".join(re.escape(w) for w in cues()["comparison"]) + r")\b", re.IGNORECASE)


def _clause_before(text: str, pos: int, reach: int = 100) -> str:
    """The words of a mention's clause before it (back to a comma, a semicolon or a sentence's end)."""
    a = max(0, pos - reach)
    cut = max(text.rfind(c, a, pos) for c in ",;:.!?()\n")
    return text[max(a, cut + 1):pos]
def _add_duration(start: date, value: str) -> Optional[date]:
    m = re.fullmatch(r"P(\d+)([YMWD])", value or "")
    if not m:
        return None
    n, unit = int(m.group(1)), m.group(2)
    if unit in "YM":
        months = start.month - 1 + n * (12 if unit == "Y" else 1)
        y, m = start.year + months // 12, months % 12 + 1
        return date(y, m, min(start.day, calendar.monthrange(y, m)[1]))
    return start + timedelta(days=n * (7 if unit == "W" else 1))
