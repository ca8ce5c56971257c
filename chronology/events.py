"""Sentence-level facts: who did what, where, when, how, with the evidence.

Trigger phrases come from data/movement_triggers.tsv and transport words from
data/transport.csv; this module only applies them. Whose move a clause
reports is decided in attribution.py.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from typing import Optional

from .leg_dates import first_day, last_day
from .models import Event, PlaceMention, PlaceRef, Span, Timex
from .places import LIST_TIME
from .attribution import CLAUSE_BREAK, PRONOUN, Attribution
from .movers import MoverRules
from .parse_moves import DISTANCE_FROM, ParseMoves
from .people import Subject
from .place_words import cues
from .text import Doc, in_heading, in_note, is_heading, is_tabular
from .way import WIDE
from .triggers import (_HEARSAY, _PLACELESS_EVENTS, ENDPOINT_TYPES, Move, Trigger, dateline_triggers,
                       is_dateline, placeless_triggers, sentence_triggers, transport)

# A move that is only wished, planned, future or counterfactual is not made.
_IRREALIS = re.compile(r"\b(?:would|will|shall|wanted to|planned to|hoped to|intended to|tried to|could not|"
                       r"couldn['’]t|did not|didn['’]t|never|to be|ought to|must|should)\s+(?:\w+\s+){0,2}$",
                       re.IGNORECASE)



class EventFinder(ParseMoves, MoverRules):
    def __init__(self, doc: Doc, subject: Subject, places: list[PlaceMention], dates: list[Timex]):
        self.doc = doc
        # a named place the gazetteer cannot locate is still a stop: it keeps its name, without coordinates
        # "Silvia's", "Evans's house": a possessive names someone's home, not a town
        self.places = sorted((p if p.place is not None else p.model_copy(update={"place": _unlocated(p)})
                              for p in places if not _POSSESSIVE.search(p.text)
                              and not (p.place is None and (_LANDMARK.search(doc.text, max(0, p.start - 4), p.start)
                                                            or p.text.lower().startswith("the ")))),
                             key=lambda p: p.start)
        self._place_starts = [p.start for p in self.places]
        self._moving_at: Optional[int] = None    # where the subject last moved: the story is on the road
        self.dates = [d for d in dates if d.value and d.kind in ("date", "time", "relative") and d.narrative
                      and not d.value.startswith("P")]
        self.durations = [d for d in dates if d.value and d.value.startswith("P")]
        self.dateline_dates = [d for d in dates if d.value and d.kind == "date" and not d.narrative]
        # "1527--1528" under a chapter's title: the years the chapter covers, for the moves no date of the
        # story reaches (a history that tells its days only as "the following morning")
        self.heading_years = [d for d in self.dateline_dates
                              if _YEARS.fullmatch(d.value) and in_heading(doc.text, d.start)]
        self.background_dates = self._behind_story(dates)
        self.who = Attribution(doc, subject, places)
        self.letter_place: Optional[PlaceMention] = None     # the place of the last dateline
        self._past: Optional[bool] = None

    def _date_for(self, sent, pos: int) -> tuple[Optional[Timex], bool]:
        """The date of a move at `pos`, and whether its own sentence gives it."""
        text = self.doc.text
        inside = [d for d in self.dates if sent.start <= d.start < sent.end and d.text.lower() not in _STATE_NOW]
        if not inside and is_dateline(sent.text):
            # a dateline's date is when the letter was written, which the date layer keeps off the
            # story's running date; the writer was at its place by then
            inside = [d for d in self.dateline_dates if sent.start <= d.start < sent.end]
        # a purpose or a limit ("broke for Christmas", "until May") is not when a move happens
        inside = [d for d in inside if not _NOT_WHEN.search(text, max(0, d.start - 8), d.start)] or inside
        if not inside:
            # a date the date layer keeps off the running date because it lies behind it ("in late summer,
            # possibly September" told in October) still dates a move told in its sentence: a look back
            inside = [d for d in self.background_dates if sent.start <= d.start < sent.end
                      and not self._describes_noun(d)]
        # "Recalling the agony he had endured at Aix a short year before, he set his army in march": a date
        # in a past-perfect clause of another verb dates what is recalled, not the move
        inside = [d for d in inside if not self._recalled_elsewhere(d, pos)]
        if inside:
            # a date in the trigger's own clause, else the one nearest the trigger
            a = max((m.end() for m in _DATE_CLAUSE.finditer(text, sent.start, pos)), default=sent.start)
            nxt = _DATE_CLAUSE.search(text, pos, sent.end)
            b = nxt.start() if nxt else sent.end
            own = [d for d in inside if a <= d.start < b] or inside
            # "We came to Raab (the second day from Vienna) on the seventeenth instant": a date the text
            # gives outright outweighs one counted from something else
            own = [d for d in own if d.kind in ("date", "time")] or own
            return min(own, key=lambda d: abs(d.start - pos)), True
        # else the story's last date, leaving out purposes and limits
        for d in reversed(self.dates):
            if d.end <= sent.start and not _NOT_WHEN.search(text, max(0, d.start - 8), d.start) \
                    and self.who.quote_at(d.start) is None and d.text.lower() not in _STATE_NOW:
                return d, False     # a date quoted from a letter or a telegram is not the story's
        heading = [d for d in self.heading_years if d.end <= sent.start]
        return (heading[-1], False) if heading else (None, False)

    def _recalled_elsewhere(self, d: Timex, pos: int) -> bool:
        """Whether the words from the date's clause start to the date hold a past perfect of another verb
        than the move's: 'Recalling the agony he had endured at Aix a short year before, he set his army in
        march' dates the agony."""
        text, parse = self.doc.text, self.doc.parse
        start = max(max(text.rfind(c, 0, d.start) for c in ",;:.") + 1, d.start - _RECALL_REACH)
        if start <= pos < d.end:
            return False
        sent = parse.sentence(d.start)
        if sent is None:
            return False
        return any(start <= parse.offset(t) < d.start and t.tag_ == "VBN"
                   and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in t.children) for t in sent)

    def _describes_noun(self, d: Timex) -> bool:
        """'a resort fashionable in the summer': a date that qualifies a noun, not when anything was done."""
        tok = self.doc.parse.token_at(d.start)
        if tok is None:
            return False
        # from the date's words up to the word its phrase hangs on
        while tok.dep_ in ("pobj", "det", "amod", "compound", "nummod", "quantmod") and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ == "prep":
            tok = tok.head
        elif tok.head.i != tok.i:
            tok = tok.head
        return tok.pos_ in ("NOUN", "PROPN")

    def _behind_story(self, dates: list[Timex]) -> list[Timex]:
        """Dates off the running date that lie before the story's last narrative date told ahead of them."""
        out, latest = [], None
        for d in sorted(dates, key=lambda d: d.start):
            if not d.value or d.value.startswith("P") or d.kind not in ("date", "time", "relative"):
                continue
            if d.narrative:
                lo = first_day(d.value)
                latest = lo if lo and (latest is None or lo > latest) else latest
            elif latest is not None and last_day(d.value) is not None and last_day(d.value) < latest:
                out.append(d)
        return out

    def _term(self, sent, pos: int) -> Optional[str]:
        """A duration right after an order to live somewhere: 'ordered to reside ... for two months'."""
        for d in self.durations:
            before = self.doc.text[max(0, d.start - 20):d.start]
            if pos <= d.start < sent.end and re.search(r"\bfor\s+(?:\w+\s+){0,2}$", before):
                return d.value
        return None

    def _mode(self, a: int, b: int, at: int) -> str:
        """The transport word nearest the trigger at `at` within [a, b) ("the steamer carried him to Calais,
        and from there he went on by rail to Paris": rail for Paris)."""
        text = self.doc.text
        best = None
        for rx, mode, verb in transport()[0]:
            for m in rx.finditer(text, a, b):
                # a conveyance named ("rode an elephant") says more than the verb of going
                key = (verb, abs(m.start() - at))
                if best is None or key < best[0]:
                    best = (key, mode)
        return best[1] if best else "unknown"

    def _mover(self, t: Trigger, m: re.Match, sent) -> tuple[str, bool]:
        if t.mover == "object":
            # "accompanied the couple to": the people after the verb move
            people = self.who.people_in(m.end("verb"), m.end())
            if people:
                return self.doc.text[people[0][0]:people[0][1]], any(p[2] for p in people)
            pron = PRONOUN.search(self.doc.text, m.end("verb"), m.end())
            if pron:
                return self.who.pronoun(pron, sent.start)
            return self.doc.text[m.end("verb"):m.end()].strip(), False
        actor, is_subj = self.who.actor(sent.start, m.start())
        if not is_subj and self.who.companion_is_subject(m, sent.start):
            return actor, True
        return actor, is_subj

    def _place_for(self, t: Trigger, m: re.Match, sent, sent_places: list[PlaceMention]) -> Optional[PlaceMention]:
        """The place a trigger points at: the first town, region or country right after it ('up the Ob to
        Kolpashevo' skips the river), or for a trailing clause ('Vologda, where he was ordered to reside')
        the one right before it."""
        text = self.doc.text
        if t.role == "at_prev":
            before = [p for p in sent_places if m.start() - _REACH <= p.end <= m.start()
                      and not re.search(r"[;:—.]", text[p.end:m.start()])]
            if len(before) > 1 and before[-1].place.type in WIDE and before[-2].place.type not in WIDE \
                    and re.search(r"\bof\s+(?:the\s+)?$", text[max(0, before[-1].start - 8):before[-1].start]):
                before = before[:-1]    # "Iconium, the last city of Phrygia, where he remained": the town
            return before[-1] if before and before[-1].place.type in ENDPOINT_TYPES \
                and before[-1].place.source != "unresolved" else None
        for p in sent_places:
            if m.end() <= p.start <= m.end() + _REACH and not CLAUSE_BREAK.search(text, m.end(), p.start):
                if t.role in ("at", "to") and _SOURCE_BEFORE.search(text, m.end(), p.start):
                    continue    # "met intelligence from Naples": where it came from, not where one is
                if t.role == "to" and _APPROACH_BEFORE.search(text, max(m.start(), p.start - 40), p.start):
                    return None     # "returned near enough to Cadiz to ascertain ...": approached, not reached
                if p.place.source == "unresolved":
                    return None     # the phrase names a place we cannot locate: the parse reads it
                if p.place.type in ENDPOINT_TYPES:
                    return p
        return None

    def add_places(self, more: list[PlaceMention]) -> None:
        """Places found after the finder was made (stops the place layer missed)."""
        more = [p if p.place is not None else p.model_copy(update={"place": _unlocated(p)}) for p in more]
        self.places = sorted(self.places + more, key=lambda p: p.start)
        self._place_starts = [p.start for p in self.places]

    def moves(self) -> list[Move]:
        out: list[Move] = []
        text = self.doc.text
        self.doc.parse.prepare([s.start for s in self.doc.sentences
                                if bisect.bisect_left(self._place_starts, s.start)
                                < bisect.bisect_left(self._place_starts, s.end)])
        for sent in self.doc.sentences:
            named = self.places[bisect.bisect_left(self._place_starts, sent.start):
                                bisect.bisect_left(self._place_starts, sent.end)]
            # the trigger phrases read located places; the parse reads every named one
            sent_places = [p for p in named if p.place.source != "unresolved"]
            # a title ("Lenin's Return to Russia, 1917") reports no move; a dateline ("Geneva, 12 March
            # 1905") says where the writer is
            if is_tabular(self.doc.text[self.doc.text.rfind("\n", 0, sent.start) + 1:sent.end]):
                continue    # a timetable or a list is not a story
            if in_note(text, sent.start):
                continue    # an editor's footnote is not the narrative
            dateline = is_dateline(sent.text)
            heading = "\n" not in sent.text and (is_heading(sent.text) or dateline)
            if heading and not sent_places:
                continue
            if dateline:
                self.letter_place = sent_places[0]
            found: list[Move] = []
            escape_flag = False
            for t in (dateline_triggers() if heading else sentence_triggers() if sent_places
                      else placeless_triggers()):
                for m in t.rx.finditer(text, sent.start, sent.end):
                    if t.role == "flag":
                        escape_flag = True
                        continue
                    # a pattern that opens with optional words may match from the space before its verb
                    lead = len(m.group(0)) - len(m.group(0).lstrip())
                    if _IRREALIS.search(text, max(sent.start, m.start() + lead - 40), m.start() + lead):
                        continue
                    if t.role == "from" and DISTANCE_FROM.search(text, max(sent.start, m.start() - 40), m.end()):
                        continue    # "five hundred miles from Yakutsk" measures, it does not set out
                    p = self._place_for(t, m, sent, named)
                    if p is None and t.event not in _PLACELESS_EVENTS:
                        continue
                    actor, is_subj = self._mover(t, m, sent)
                    where = p.end if p else m.end()
                    clause_end = next((x.start() for x in CLAUSE_BREAK.finditer(text, where, sent.end)), sent.end)
                    date, own = self._date_for(sent, m.start())
                    found.append(Move(t, m.start() + lead, m.end(), actor, is_subj, p.place if p else None,
                                      p.start if p else m.end(), date,
                                      self._mode(max(sent.start, m.start() - 60), clause_end, m.start()),
                                      (sent.start, sent.end),
                                      hearsay=bool(_HEARSAY.search(sent.text)), date_own=own,
                                      term=self._term(sent, m.end()) if t.role in ("at", "at_prev") else None))
            if named and not heading:
                found += self._parse_moves(sent, named, found)
            if self.letter_place is not None and not heading:
                found += self._here_moves(sent, found)
            found = _in_travel_order(text, _dedupe(_listed_destinations(text, found, named, self.dates)))
            # "lodging at Aix fifty per cent dearer than at Montpellier": a place compared with is not a stop
            found = [f for f in found if f.place is None or not _COMPARED_RIGHT_BEFORE.search(
                text, max(0, f.place_start - 30), f.place_start)]
            for f in found:
                f.escape_flag = escape_flag
                q = self.who.quote_at(f.start)
                if q is not None and q[2] is False and f.visit == "actual":
                    f.visit = "reported"    # said by someone else in the story: their word, not the narrative
                if f.is_subject and f.visit == "actual" and f.place is not None and (
                        f.trigger.role in ("to", "from", "via", "toward") or f.trigger.role == "at"
                        and f.trigger.event == "stay" and self.on_the_move(sent.start)):
                    self._moving_at = f.start     # the story is on the road (a stop on the way keeps it so)
            out += found
            self.who.update_topic(sent)
        return out


_REACH = 60   # characters from a trigger to the place it points at
# (not a bare "like": "through good-sized towns like Kirinsk and Vitimsk" gives examples of the road's towns)
_COMPARED_RIGHT_BEFORE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in cues()["comparison"] if w != "like") +
                                    r")\s+(?:the\s+)?$", re.IGNORECASE)
_APPROACH_BEFORE = re.compile(r"\b(?:near|close|nigh)(?:\s+enough)?\s+to\s+(?:the\s+)?$|\bwithin\s+(?:sight|reach|"
                             r"view|range)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_RECALL_REACH = 100    # characters before a date in which its clause's past perfect is looked for
_SOURCE_BEFORE = re.compile(r"\b(?:from|out\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")
# "the Pont-Royal", "the Stag": an unknown name with the article is a landmark or a house in the town
_LANDMARK = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _unlocated(p: PlaceMention) -> PlaceRef:
    # the name as one line: a mention may wrap ("the\r\nReform Club")
    return PlaceRef(name=" ".join(p.text.split()), type="town", source="unresolved")


# clause ends that separate one dated event from the next ("On 9 October X arrived at Suez, and ten days later")
# where a clause with its own date may start: "left Irkutsk on the 13th and on the 20th reached Tomsk"
_DATE_CLAUSE = re.compile(r"[;:—]|,\s+(?:and|but|while|whereas|when)\b|\band\s+(?=(?:on|in|at|by)\s+the\b)")
_NOT_WHEN = re.compile(r"\b(?:for|until|till|since|before)\s+$", re.IGNORECASE)
_YEARS = re.compile(r"[0-9]{4}(?:/[0-9]{4})?")      # a year or a span of years, as EDTF writes them
# the time of writing as a state ("a resort deserted now"): it never dates a move told in the past
_STATE_NOW = {"now", "just now", "at present", "at this moment", "nowadays", "at the present time", "by now"}


# "to Paris and Turin", "reached Port Said, and two days later Ismailia"
_LIST_GAP = re.compile(r"\s*,?\s*(?:and|then|and\s+then)\s+(?:" + LIST_TIME + r",?\s+)?"
                       r"(?:on\s+|back\s+)?(?:to\s+)?", re.IGNORECASE)


def _listed_destinations(text: str, moves: list[Move], places: list[PlaceMention],
                         dates: list[Timex]) -> list[Move]:
    """'went on by rail to Paris and Turin': each place listed after a destination is the next one."""
    out = list(moves)
    taken = {m.place_start for m in moves}
    for mv in moves:
        if mv.trigger.role not in ("to", "via") or mv.place is None:
            continue
        end = next((p.end for p in places if p.start == mv.place_start), None)
        for p in places:
            if end is None or p.start < end:
                continue
            gap = _LIST_GAP.fullmatch(text, end, p.start)
            if not gap or p.start in taken or p.place.type not in ENDPOINT_TYPES:
                break
            # a date inside the gap ("and two days later") dates the next stop
            when = next((d for d in dates if end <= d.start < p.start), None)
            out.append(dataclasses.replace(mv, place=p.place, place_start=p.start,
                                           date=when or mv.date, date_own=True if when else mv.date_own))
            taken.add(p.start)
            end = p.end
    return out


def _in_travel_order(text: str, moves: list[Move]) -> list[Move]:
    """'caught the train to Finland from Levashovo': the start comes before the destination;
    'went to Madrid by way of Paris and Valencia': the stops come before it."""
    out = list(moves)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.trigger.role in ("to", "toward") and b.trigger.role == "from" and a.place is not None \
                and b.place is not None and 0 < b.place_start - a.place_start < _REACH \
                and not CLAUSE_BREAK.search(text, a.place_start, b.place_start):
            out[i], out[i + 1] = b, a
    # "... reached the capital on the 9th, by way of Tiumen and Ekaterineburg": the stops on the way come
    # before the destination of the same sentence, whatever clauses or placeless moves stand between
    i = 0
    while i < len(out):
        a = out[i]
        vias = [k for k in range(i + 1, len(out)) if out[k].trigger.role == "via" and out[k].place is not None
                and out[k].sentence == a.sentence] if a.trigger.role == "to" and a.place is not None else []
        if not vias:
            i += 1
            continue
        moved = [out[k] for k in vias]
        rest = [m for k, m in enumerate(out) if k not in set(vias)]
        out = rest[:i] + moved + rest[i:]
        i += len(moved) + 1
    return out


def _dedupe(moves: list[Move]) -> list[Move]:
    """One move per place mention: the most specific trigger (longest match) wins."""
    best: dict[tuple, Move] = {}
    for mv in moves:
        # "to Vologda, where he was ordered to reside": a move and an order about the same mention both stand
        k = (mv.place_start, mv.trigger.role == "at_prev")
        cur = best.get(k)
        if cur is None or _rank(mv) > _rank(cur):
            best[k] = mv
    return sorted(best.values(), key=lambda m: (m.place_start, m.start))


def _rank(mv: Move) -> tuple:
    generic = mv.trigger.name in ("from_to", "via", "met")
    return (not generic, mv.end - mv.start, mv.end)


def to_events(doc: Doc, moves: list[Move]) -> list[Event]:
    out = []
    for i, mv in enumerate(moves, start=1):
        a, b = mv.sentence
        out.append(Event(
            id=f"E{i}", type=mv.trigger.event, date=mv.date.value if mv.date else None,
            date_text=mv.date.text if mv.date else None,
            date_gregorian=mv.date.value_gregorian if mv.date else None,
            places=[mv.place] if mv.place else [], actors=[mv.actor], subject=mv.is_subject,
            evidence=Span(start=a, end=b, text=doc.text[a:b], line=doc.line_of(a)),
            confidence=round((0.8 if mv.is_subject else 0.6) * (0.6 if mv.hearsay else 1.0), 2)))
    return out
