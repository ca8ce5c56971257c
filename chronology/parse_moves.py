"""Moves found by the parse in a sentence: places no trigger phrase claimed, the visit status of those it
did, and 'here' in a letter. `ParseMoves` is mixed into the event finder."""
from __future__ import annotations

import re
from typing import Optional

from .attribution import CLAUSE_BREAK
from .models import PlaceMention
from .motion import Motion, motion_for, mover_of, predicate_of, road_participle
from .motion_words import JOURNEY_NOUNS, PATH_NOUNS
from .movers import SCENE_TYPES
from .presence import MEETING_VERBS, presence_for
from .triggers import _HEARSAY, ENDPOINT_TYPES, Move, _parse_trigger, dateline_triggers
from .visit_status import visit_status
from .way import OFFSHORE

# a distance, not a departure: "five hundred miles from Yakutsk", "two hours from Pretoria"
DISTANCE_FROM = re.compile(r"\b(?:miles?|versts?|kilomet(?:re|er)s?|km|leagues?|yards?|feet|hours?|days?|"
                            r"minutes?|weeks?|months?|march|ride|drive|walk|journey|sail)(?:['’]s?)?\s+(?:\w+\s+){0,2}?"
                            r"(?:from|of)\s*$", re.IGNORECASE)


def _pluperfect(verb) -> bool:
    """'had spent', 'had been obliged to make': told in the past perfect, directly or through a governor."""
    for _ in range(3):
        if verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children):
            return True
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _opposite(a: str, b: str) -> bool:
    return {a, b} in ({"from", "to"}, {"from", "toward"})


# nouns whose "from X" is where they run or come from, not anyone's move: "the road from Kamchatka"
MOVE_NOUNS = {"escape", "flight", "return", "departure", "arrival", "retreat", "withdrawal", "release", "exit",
              "exile", "deportation", "transfer", "removal", "evacuation", "expulsion", "banishment", "way",
              "progress", "advance", "march", "homecoming", "emigration", "travel", "travels", "start"}
STATIC_NOUNS = {"road", "railway", "railroad", "line", "route", "track", "highway", "post-road", "letter",
                "telegram", "news", "message", "distance", "view", "wind"}


def _left_over(mv: Move, parse) -> bool:
    """'we had no raiment left that was fit to wear in such a city as Irkutsk': a participle that says
    what remains, hung on a noun, leaves no place."""
    tok = parse.token_at(mv.start)
    place = parse.token_at(mv.place_start)
    return tok is not None and place is not None and tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod") \
        and place not in list(tok.subtree)


def _way_described(mv: Move, parse) -> bool:
    """'the junction of the road going to Vicksburg': a participle hung on a road says where the road goes,
    not that anyone goes there."""
    tok = parse.token_at(mv.start)
    return tok is not None and road_participle(tok)


def _static_from(mv: Move, parse) -> bool:
    """A bare 'from X' the grammar hangs on a verb that moves no one ("the line of travel was changed from
    the direction of St. Tropez", "separated from her husband") or on a road or a letter."""
    if mv.trigger.name != "from_to":
        return False
    tok = parse.token_at(mv.start)
    if tok is None or tok.lower_ != "from" or tok.dep_ != "prep":
        return False
    head = tok.head
    if head.pos_ in ("VERB", "AUX"):
        return predicate_of(head) is None and head.lemma_.lower() != "be"
    if head.pos_ != "NOUN":
        return False
    lemma = head.lemma_.lower()
    # "two soldiers from Antibes", "a letter from Baku": where someone or something comes from; only a
    # noun that is itself a move or a means of one ("his escape from Narym", "the train from Levashovo")
    # carries the move
    return lemma in STATIC_NOUNS or lemma not in MOVE_NOUNS | JOURNEY_NOUNS | PATH_NOUNS


_SOON = re.compile(r"\b(?:to-?morrow|to-?night|next (?:day|week|month|year|morning)|presently|soon)\b", re.IGNORECASE)
_HERE = re.compile(r"\b(?:here|this (?:place|town|city|village))\b", re.IGNORECASE)


def _here_motion(tok) -> Optional[Motion]:
    """'brought me here', 'arrived here': 'here' as the goal of a motion verb."""
    verb = tok.head
    if tok.dep_ != "advmod" or verb.pos_ not in ("VERB", "AUX"):
        return None
    pred = predicate_of(verb)
    if pred is None or pred.cls in ("depart", "stay"):
        return None
    return Motion(role="to", cls=pred.cls, verb=verb, visit=visit_status(verb), mover=mover_of(verb, pred))


class ParseMoves:
    """The part of the event finder that reads the parse (mixed into events.EventFinder)."""

    def _here_moves(self, sent, found: list[Move]) -> list[Move]:
        """In a letter, 'here' and 'this place' are where it is written: 'a ride of fifteen miles brought me
        here', 'I left for my sixteen miles' ride to this place' go to the dateline's place."""
        if not _HERE.search(sent.text):
            return []
        parse = self.doc.parse
        span = parse.span(sent.start, sent.end)
        if span is None:
            return []
        out = []
        for tok in span:
            if not (tok.lower_ == "here" or tok.lower_ in ("place", "town", "city", "village")
                    and any(c.lower_ == "this" for c in tok.children)):
                continue
            mo = motion_for(span.doc[tok.i:tok.i + 1]) if tok.lower_ != "here" else _here_motion(tok)
            if mo is None or mo.role not in ("to", "toward") or mo.visit != "actual":
                continue
            p = self.letter_place
            vpos = parse.offset(mo.verb)
            actor, is_subj = self._parse_mover(mo, sent, vpos)
            date, own = self._date_for(sent, vpos)
            off = parse.offset(tok)
            out.append(Move(_parse_trigger(mo.verb.lemma_.lower(), mo.event, mo.status, mo.role), vpos,
                            vpos + len(mo.verb.text), actor, is_subj, p.place, off, date,
                            self._mode(max(sent.start, vpos - 60), sent.end, vpos), (sent.start, sent.end),
                            date_own=own, visit=mo.visit))
        return out

    def _claimed_by_another(self, mv: Move, mo) -> bool:
        """'I escaped to the train, and the journey to Pietermaritzburg passed quickly': a trigger whose
        preposition governs no place takes a place further on, which the parse gives to another verb."""
        if mo is None or mv.place_start - mv.end < 12:
            return False
        parse = self.doc.parse
        trig, place = parse.token_at(mv.start), parse.token_at(mv.place_start)
        if trig is None or place is None:
            return False
        # the place's own verb, not the trigger's or one of its clause (a conjunct is a clause of its own)
        own = [trig] + [c for c in trig.children if c.dep_ in ("xcomp", "advcl", "prep", "prt")]
        return trig.pos_ in ("VERB", "AUX") and all(mo.verb.i != t.i for t in own)

    def _parse_moves(self, sent, sent_places: list[PlaceMention], found: list[Move]) -> list[Move]:
        """Moves the parse finds for places no trigger claimed; and the visit status of those a trigger
        found ("would it not be better to wait until he reached London?" is a question)."""
        parse = self.doc.parse
        by_place: dict[int, Motion] = {}
        for p in sent_places:
            span = parse.span(p.start, p.end)
            if span is None:
                continue
            mo = motion_for(span)
            if mo is not None:
                if mo.visit == "actual" and self._generic(mo.verb, parse.offset(mo.verb)):
                    # "To-morrow we sail for Skye": the present of a plan, not of a habit
                    mo.visit = "planned" if _SOON.search(sent.text) else "habitual"
                by_place[p.start] = mo
        found[:] = [mv for mv in found if by_place.get(mv.place_start) is not None
                    or not (_static_from(mv, parse) or _left_over(mv, parse) or _way_described(mv, parse))]
        for mv in found:
            mo = by_place.get(mv.place_start)
            if mo is not None and _opposite(mv.trigger.role, mo.role) or self._claimed_by_another(mv, mo):
                # "I left the track and took a short cut to Denver": the grammar says where Denver stands
                mv.trigger = _parse_trigger(mo.verb.lemma_.lower(), mo.event, mo.status, mo.role)
            elif mo is not None and mv.trigger.name == "from_to" and mo.role == "from" and not mo.presence \
                    and predicate_of(mo.verb) is not None:
                # "sailed from Portoferraio": a verb of motion makes the bare 'from' a start
                mv.trigger = _parse_trigger(mo.verb.lemma_.lower(), mo.event, mo.status, mo.role)
            if mo is not None:
                mv.visit = mo.visit
                mv.retro = _pluperfect(mo.verb)
                who = self._mover_if_clear(mo, sent)
                if who is not None:
                    mv.actor, mv.is_subject = who
            elif mv.place is not None:
                tok = parse.token_at(mv.start)
                # "to meet Sergo in Moscow": a purpose after a move is reached, not merely planned
                via_aux = tok is not None and tok.dep_ == "aux" and tok.lower_ == "to"
                if tok is not None and (tok.dep_ in ("aux", "auxpass") or tok.pos_ == "ADP" and tok.dep_ == "prep"):
                    tok = tok.head      # "was despatched", "plied regularly ... via Suez": the verb, not its auxiliary
                verb = tok if tok is not None and tok.pos_ in ("VERB", "AUX") else None
                if verb is not None:
                    pred = predicate_of(verb)
                    if pred is not None or not via_aux:
                        mv.visit = visit_status(verb)
                        mv.retro = _pluperfect(verb)
                    if pred is not None:
                        # the trigger's own verb says who moves: "Cambronne was sent to requisition horses"
                        who = self._mover_if_clear(Motion(role=mv.trigger.role, cls=pred.cls, verb=verb,
                                                          visit=mv.visit, mover=mover_of(verb, pred)), sent)
                        if who is not None:
                            mv.actor, mv.is_subject = who
        claimed = {mv.place_start for mv in found}
        out: list[Move] = []
        text = self.doc.text
        for p in sent_places:
            mo = by_place.get(p.start)
            if mo is None and p.place.lat is not None and p.place.type in SCENE_TYPES | OFFSHORE:
                span = parse.span(p.start, p.end)
                mo = presence_for(span) if span is not None else None
                if mo is not None and p.place.type in OFFSHORE and (mo.fronted or mo.verb.lemma_ not in MEETING_VERBS):
                    # "In Sicily the people ...", "at anchor off the coast of Sardinia": an island is too large
                    # a stop for a scene; meeting someone off it ("joined Cornwallis off Ushant") is a point
                    mo = None
            if mo is None or p.start in claimed or p.place.type not in ENDPOINT_TYPES:
                continue
            vpos = parse.offset(mo.verb)
            actor, is_subj = self._parse_mover(mo, sent, vpos)
            event, status = mo.event, mo.status
            role = mo.role
            if role == "at" and mo.cls != "stay":
                continue
            if role == "from" and DISTANCE_FROM.search(re.sub(r"\bthe\s*$", "", text[max(sent.start, p.start - 60):p.start])):
                continue    # "eleven weeks from the Okhotsk Sea": a measure, not a start
            trig = _parse_trigger(mo.verb.lemma_.lower(), event, status, role)
            if mo.writing:
                # where the letter is being written, as a dateline says: reached by the end of the letter,
                # whatever journey the letter goes on to tell
                trig = dateline_triggers()[0]
            where = p.end
            clause_end = next((x.start() for x in CLAUSE_BREAK.finditer(text, where, sent.end)), sent.end)
            date, own = self._date_for(sent, vpos)
            out.append(Move(trig, vpos, vpos + len(mo.verb.text), actor, is_subj, p.place, p.start, date,
                            self._mode(max(sent.start, vpos - 60), clause_end, vpos), (sent.start, sent.end),
                            hearsay=bool(_HEARSAY.search(sent.text)), date_own=own, visit=mo.visit,
                            retro=_pluperfect(mo.verb), scene=mo.presence))
        return out

    def _past_story(self) -> bool:
        """Whether the story is told in the past: most finite verbs of the sentences parsed are past."""
        if self._past is None:
            past = present = 0
            for _, d in self.doc.parse.docs():
                for t in d:
                    past += t.tag_ == "VBD"
                    present += t.tag_ in ("VBZ", "VBP")
            self._past = past > 2 * present
        return self._past

    def _generic(self, verb, pos: int) -> bool:
        """'These mails are carried to Dublin by express trains': the present tense in a story told in the
        past states what is usually so, outside quotations."""
        present = verb.tag_ in ("VBZ", "VBP") or verb.tag_ in ("VBN", "VBG") and any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") and c.lower_ not in ("has", "have")
            for c in verb.children)
        return present and self._past_story() and self.who.quote_at(pos) is None
