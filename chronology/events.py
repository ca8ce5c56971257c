"""Sentence-level facts: who did what, where, when, how, with the evidence.

Trigger phrases come from data/movement_triggers.tsv and transport words from
data/transport.csv; this module only applies them. Whose move a clause
reports is decided in attribution.py.
"""
from __future__ import annotations

import bisect
import csv
import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .models import Event, PlaceMention, PlaceRef, Span, Timex
from .paths import DATA_DIR
from .places import LIST_TIME
from .attribution import CLAUSE_BREAK, PRONOUN, Attribution
from .people import Subject
from .motion import Motion, _subject_of, motion_for, predicate_of, presence_for
from .text import Doc, is_heading, is_tabular
from .visit_status import visit_status

ENDPOINT_TYPES = {"city", "town", "village", "station", "region", "country", "border", "island"}


@dataclass(frozen=True)
class Trigger:
    name: str
    rx: re.Pattern
    event: str
    status: str
    role: str
    mover: str = "agent"    # "object": the people after the verb move ("accompanied the couple to")


@lru_cache(maxsize=1)
def triggers() -> tuple[Trigger, ...]:
    # tab-separated: regular expressions are full of commas
    with open(DATA_DIR / "movement_triggers.tsv", encoding="utf-8", newline="") as fh:
        return tuple(Trigger(r["name"], re.compile(r"\b" + r["pattern"], re.IGNORECASE), r["event"],
                             r["status"], r["role"], r.get("mover") or "agent")
                     for r in csv.DictReader(fh, delimiter="\t"))


@lru_cache(maxsize=1)
def dateline_triggers() -> tuple[Trigger, ...]:
    return tuple(t for t in triggers() if t.name == "dateline")


@lru_cache(maxsize=1)
def sentence_triggers() -> tuple[Trigger, ...]:
    return tuple(t for t in triggers() if t.name != "dateline")


@lru_cache(maxsize=1)
def placeless_triggers() -> tuple[Trigger, ...]:
    return tuple(t for t in triggers() if t.event in _PLACELESS_EVENTS)


@lru_cache(maxsize=1)
def transport() -> tuple[list[tuple[re.Pattern, str]], dict[str, float]]:
    words, speeds = [], {}
    with open(DATA_DIR / "transport.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            if r["word"] != "unknown":
                words.append((re.compile(r"\b" + re.escape(r["word"]) + r"s?\b", re.IGNORECASE), r["mode"]))
            speeds[r["mode"]] = max(speeds.get(r["mode"], 0), float(r["speed_km_per_day"]))
    words.sort(key=lambda w: -len(w[0].pattern))
    return words, speeds


@dataclass
class Move:
    """A subject's (or another person's) movement found in one sentence."""
    trigger: Trigger
    start: int
    end: int
    actor: str
    is_subject: bool
    place: Optional[PlaceRef]
    place_start: int
    date: Optional[Timex]
    mode: str
    sentence: tuple[int, int]
    escape_flag: bool = False
    hearsay: bool = False
    date_own: bool = True      # the date is given in the move's own sentence
    term: Optional[str] = None  # "ordered to reside ... for two months": P2M
    visit: str = "actual"      # actual, planned, hypothetical, negated, question, habitual, reported
    retro: bool = False        # told in the past perfect ("had spent thirty-eight days in Narym")


# A move that is only wished, planned, future or counterfactual is not made.
_IRREALIS = re.compile(r"\b(?:would|will|shall|wanted to|planned to|hoped to|intended to|tried to|could not|"
                       r"couldn['’]t|did not|didn['’]t|never|to be|ought to|must|should)\s+(?:\w+\s+){0,2}$",
                       re.IGNORECASE)
_HEARSAY = re.compile(r"\b(?:according to some|some accounts|reportedly|allegedly|rumou?red|legend has it|"
                      r"may have|might have|possibly|perhaps)\b",
                      re.IGNORECASE)


class EventFinder:
    def __init__(self, doc: Doc, subject: Subject, places: list[PlaceMention], dates: list[Timex]):
        self.doc = doc
        # a named place the gazetteer cannot locate is still a stop: it keeps its name, without coordinates
        # "Silvia's", "Evans's house": a possessive names someone's home, not a town
        self.places = sorted((p if p.place is not None else p.model_copy(update={"place": _unlocated(p)})
                              for p in places if not _POSSESSIVE.search(p.text)), key=lambda p: p.start)
        self._place_starts = [p.start for p in self.places]
        self.dates = [d for d in dates if d.value and d.kind in ("date", "time", "relative") and d.narrative
                      and not d.value.startswith("P")]
        self.durations = [d for d in dates if d.value and d.value.startswith("P")]
        self.dateline_dates = [d for d in dates if d.value and d.kind == "date" and not d.narrative]
        self.who = Attribution(doc, subject, places)
        self.letter_place: Optional[PlaceMention] = None     # the place of the last dateline
        self._past: Optional[bool] = None

    def _date_for(self, sent, pos: int) -> tuple[Optional[Timex], bool]:
        """The date of a move at `pos`, and whether its own sentence gives it."""
        text = self.doc.text
        inside = [d for d in self.dates if sent.start <= d.start < sent.end]
        if not inside and any(t.rx.match(sent.text) for t in dateline_triggers()):
            # a dateline's date is when the letter was written, which the date layer keeps off the
            # story's running date; the writer was at its place by then
            inside = [d for d in self.dateline_dates if sent.start <= d.start < sent.end]
        # a purpose or a limit ("broke for Christmas", "until May") is not when a move happens
        inside = [d for d in inside if not _NOT_WHEN.search(text, max(0, d.start - 8), d.start)] or inside
        if inside:
            # a date in the trigger's own clause, else the one nearest the trigger
            a = max((m.end() for m in _DATE_CLAUSE.finditer(text, sent.start, pos)), default=sent.start)
            nxt = _DATE_CLAUSE.search(text, pos, sent.end)
            b = nxt.start() if nxt else sent.end
            own = [d for d in inside if a <= d.start < b]
            return min(own or inside, key=lambda d: abs(d.start - pos)), True
        # else the story's last date, leaving out purposes and limits
        for d in reversed(self.dates):
            if d.end <= sent.start and not _NOT_WHEN.search(text, max(0, d.start - 8), d.start):
                return d, False
        return None, False

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
        for rx, mode in transport()[0]:
            for m in rx.finditer(text, a, b):
                d = abs(m.start() - at)
                if best is None or d < best[0]:
                    best = (d, mode)
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
            return before[-1] if before and before[-1].place.type in ENDPOINT_TYPES \
                and before[-1].place.source != "unresolved" else None
        for p in sent_places:
            if m.end() <= p.start <= m.end() + _REACH and not CLAUSE_BREAK.search(text, m.end(), p.start):
                if p.place.source == "unresolved":
                    return None     # the phrase names a place we cannot locate: the parse reads it
                if p.place.type in ENDPOINT_TYPES:
                    return p
        return None

    def _here_moves(self, sent, found: list[Move]) -> list[Move]:
        """In a letter, 'here' and 'this place' are where it is written: 'a ride of fifteen miles brought me
        here', 'I left for my sixteen miles' ride to this place' go to the dateline's place."""
        if not _HERE.search(sent.text):
            return []
        parse, text = self.doc.parse, self.doc.text
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

    def add_places(self, more: list[PlaceMention]) -> None:
        """Places found after the finder was made (stops the place layer missed)."""
        more = [p if p.place is not None else p.model_copy(update={"place": _unlocated(p)}) for p in more]
        self.places = sorted(self.places + more, key=lambda p: p.start)
        self._place_starts = [p.start for p in self.places]

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
                    mo.visit = "habitual"
                by_place[p.start] = mo
        for mv in found:
            mo = by_place.get(mv.place_start)
            if mo is not None and _opposite(mv.trigger.role, mo.role):
                # "I left the track and took a short cut to Denver": the grammar says where Denver stands
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
                if tok is not None and tok.dep_ in ("aux", "auxpass"):
                    tok = tok.head      # "was despatched": the verb, not its auxiliary
                verb = tok if tok is not None and tok.pos_ in ("VERB", "AUX") else None
                if verb is not None:
                    pred = predicate_of(verb)
                    if pred is not None or not via_aux:
                        mv.visit = visit_status(verb)
                        mv.retro = _pluperfect(verb)
                    if pred is not None:
                        # the trigger's own verb says who moves: "Cambronne was sent to requisition horses"
                        mover, passive = _subject_of(verb)
                        if pred.dobj == "mover" and not passive:
                            # "the steamer carried him across to Calais": the object moves
                            mover = next((c for c in verb.children if c.dep_ == "dobj"), mover)
                        who = self._mover_if_clear(Motion(role=mv.trigger.role, cls=pred.cls, verb=verb,
                                                          visit=mv.visit, mover=mover), sent)
                        if who is not None:
                            mv.actor, mv.is_subject = who
        claimed = {mv.place_start for mv in found}
        out: list[Move] = []
        text = self.doc.text
        for p in sent_places:
            mo = by_place.get(p.start)
            if mo is None and p.place.lat is not None and p.place.type in SCENE_TYPES:
                span = parse.span(p.start, p.end)
                mo = presence_for(span) if span is not None else None
            if mo is None or p.start in claimed or p.place.type not in ENDPOINT_TYPES:
                continue
            vpos = parse.offset(mo.verb)
            actor, is_subj = self._parse_mover(mo, sent, vpos)
            event, status = mo.event, mo.status
            role = mo.role
            if role == "at" and mo.cls != "stay":
                continue
            if role == "from" and _DISTANCE_FROM.search(re.sub(r"\bthe\s*$", "", text[max(sent.start, p.start - 60):p.start])):
                continue    # "eleven weeks from the Okhotsk Sea": a measure, not a start
            trig = _parse_trigger(mo.verb.lemma_.lower(), event, status, role)
            where = p.end
            clause_end = next((x.start() for x in CLAUSE_BREAK.finditer(text, where, sent.end)), sent.end)
            date, own = self._date_for(sent, vpos)
            out.append(Move(trig, vpos, vpos + len(mo.verb.text), actor, is_subj, p.place, p.start, date,
                            self._mode(max(sent.start, vpos - 60), clause_end, vpos), (sent.start, sent.end),
                            hearsay=bool(_HEARSAY.search(sent.text)), date_own=own, visit=mo.visit,
                            retro=_pluperfect(mo.verb)))
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

    def _mover_if_clear(self, mo: Motion, sent, resolve: bool = True) -> Optional[tuple[str, bool]]:
        """The parse's mover where the grammar settles it: a person named or a pronoun as the verb's
        subject, another proper name, or a thing that is not a traveller ("the news reached Vienna",
        "Napoleon's escape reached Vienna"). A common noun for a person ("the Caucasian") is left to the
        text-level attribution, which knows the story's epithets."""
        tok = mo.mover
        if tok is None:
            return None
        lemma = tok.lemma_.lower()
        # a vehicle, a named vessel arriving, or the ship of "the voyage of the Induna"
        voyage_of = tok.dep_ == "pobj" and tok.head.lower_ == "of"
        if _marked_name(tok) and mo.cls != "arrive" and not voyage_of and not self._is_person(tok):
            return tok.text, False   # "the _Onward_ sailed for San Francisco": those aboard are not said
        vessel = (mo.cls == "arrive" and _named_vessel(tok)) or voyage_of
        if lemma in VEHICLE_WORDS and tok.tag_ == "NNS":
            return tok.text, False     # "hundreds of sledges left Irkutsk": traffic, not the subject's own
        if lemma in VEHICLE_WORDS or (vessel and not self._is_person(tok)):
            # a train reaching a town carries whoever the story follows; a steamer crossing an ocean in a
            # third-person story may be any steamer
            aboard = mo.cls == "arrive" or voyage_of or self.who.subject.narrator
            return tok.text, aboard and self.subject_aboard(sent.start)
        companion = self._companion(mo, sent)
        if companion is not None:
            return companion
        if lemma in NOT_TRAVELLERS or any(c.dep_ == "poss" for c in tok.children) and lemma not in GROUP_WORDS:
            return tok.text, False
        if tok.dep_ == "nsubjpass" and tok.pos_ == "NOUN" and lemma not in GROUP_WORDS \
                and not any(c.lower_ in ("all", "both") for c in tok.children):
            # "the emissary was despatched": the one sent, unless the noun is one of the subject's names
            sub = list(tok.subtree)
            off = self.doc.parse.offset(sub[0])
            named = self.who.people_in(off, self.doc.parse.offset(sub[-1]) + len(sub[-1].text))
            return tok.text, any(n[2] for n in named)
        if tok.pos_ in ("PRON", "PROPN") and resolve:
            return self._parse_mover(mo, sent, self.doc.parse.offset(mo.verb))
        return None

    def _is_person(self, tok) -> bool:
        off = self.doc.parse.offset(tok)
        return bool(self.who.people_in(off, off + len(tok.text) + 40)) or tok.ent_type_ == "PERSON"

    def _companion(self, mo: Motion, sent) -> Optional[tuple[str, bool]]:
        """'Aouda travelled with him to Hong Kong': the subject travels as someone's companion."""
        for prep in mo.verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "with":
                for obj in prep.children:
                    w = _PERSONAL.get(obj.lower_)
                    if obj.dep_ == "pobj" and w is not None:
                        who = self.who.pronoun(_Word(w, self.doc.parse.offset(obj)), sent.start)
                        if who[1]:
                            return mo.mover.text, True
        return None

    def subject_aboard(self, sent_start: int) -> bool:
        """A vehicle's move is the subject's in a first-person story, or while the story is about them."""
        return self.who.subject.narrator or self.who.topic_is_subject

    def _present(self, mo: Motion, sent) -> tuple[str, bool]:
        """Who a scene-setting locative places: the subject when the clause is about them (as its subject,
        by name or pronoun, or through a possessive: "At Avignon his escape was almost miraculous")."""
        text, parse = self.doc.text, self.doc.parse
        for tok in mo.verb.subtree:
            if tok.dep_ == "prep" and tok.head is mo.verb and tok.i < mo.verb.i:
                continue
            w = _PERSONAL.get(tok.lower_)
            off = parse.offset(tok)
            if tok.lower_ in GROUP_WORDS and tok.dep_ in ("nsubj", "nsubjpass"):
                if self.who.topic_is_subject:
                    return tok.text, True
            if w is not None and tok.dep_ in ("nsubj", "nsubjpass", "poss", "dobj", "pobj"):
                who = self.who.pronoun(_Word(w, off), sent.start)
                if who[1]:
                    return tok.text, True
            elif tok.pos_ == "PROPN" and tok.dep_ in ("nsubj", "nsubjpass", "poss", "dobj"):
                named = self.who.people_in(off, off + len(tok.text) + 40)
                if named and named[0][0] == off and named[0][2]:
                    return tok.text, True
        return (mo.mover.text if mo.mover is not None else "(scene)"), False

    def _parse_mover(self, mo: Motion, sent, vpos: int) -> tuple[str, bool]:
        """Who moves, from the parse: a named person, a pronoun, a group with the subject in it."""
        text, parse = self.doc.text, self.doc.parse
        if mo.presence:
            return self._present(mo, sent)
        if mo.mover is None:
            return self.who.actor(sent.start, vpos)
        clear = self._mover_if_clear(mo, sent, resolve=False)
        if clear is not None:
            return clear
        best: Optional[tuple[str, bool]] = None
        for tok in [mo.mover] + list(mo.mover.conjuncts):
            off = parse.offset(tok)
            sub = list(tok.subtree)
            a, b = parse.offset(sub[0]), parse.offset(sub[-1]) + len(sub[-1].text)
            if tok.lower_ in VEHICLE_WORDS and not list(tok.conjuncts):
                who = (tok.text, self.subject_aboard(sent.start))
            elif tok.lower_ in RELATIVES and tok.head.dep_ == "relcl":
                # "the steamer which crossed the Pacific": the noun the clause hangs on moves; "boxes of tea
                # that had come from Peking": a thing, which carries no one
                noun = tok.head.head
                if noun.pos_ == "NOUN" and noun.lemma_.lower() not in PERSON_NOUNS | GROUP_WORDS | VEHICLE_WORDS:
                    return noun.text, False
                return self._parse_mover(Motion(mo.role, mo.cls, mo.verb, mo.visit, noun), sent, vpos)
            elif tok.pos_ == "PRON" and tok.lower_ not in _PERSONAL and tok.lower_ not in ("they", "them", "who"):
                who = (tok.text, False)     # "it got into the papers": not a traveller
            elif tok.pos_ == "PRON" or tok.lower_ in GROUP_WORDS:
                m = PRONOUN.match(text, off)
                who = self.who.pronoun(m, sent.start) if m else (tok.text, self.who.topic_is_subject)
            else:
                named = self.who.people_in(a, b)
                if named:
                    who = (text[named[0][0]:named[0][1]], any(n[2] for n in named))
                elif tok.pos_ == "NOUN" and tok.lemma_.lower() not in PERSON_NOUNS and tok.ent_type_ not in (
                        "PERSON", "NORP") and len(mo.mover.conjuncts) == 0:
                    # a thing as the subject of a journey is most often a misparse ("the provisions ...
                    # took a train"): who moves is read from the text around it instead
                    return self.who.actor(sent.start, vpos)
                else:
                    who = (tok.text, False)
            if who[1]:
                return who
            best = best or who
        return best

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
            dateline = "\n" not in sent.text and any(t.rx.match(sent.text) for t in dateline_triggers())
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
                    if _IRREALIS.search(text, max(sent.start, m.start() - 40), m.start()):
                        continue
                    if t.role == "from" and _DISTANCE_FROM.search(text, max(sent.start, m.start() - 40), m.end()):
                        continue    # "five hundred miles from Yakutsk" measures, it does not set out
                    p = self._place_for(t, m, sent, named)
                    if p is None and t.event not in _PLACELESS_EVENTS:
                        continue
                    actor, is_subj = self._mover(t, m, sent)
                    where = p.end if p else m.end()
                    clause_end = next((x.start() for x in CLAUSE_BREAK.finditer(text, where, sent.end)), sent.end)
                    date, own = self._date_for(sent, m.start())
                    found.append(Move(t, m.start(), m.end(), actor, is_subj, p.place if p else None,
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
            for f in found:
                f.escape_flag = escape_flag
            out += found
            self.who.update_topic(sent)
        return out


_REACH = 60   # characters from a trigger to the place it points at
# nouns for a group the subject may travel in: read like "they"
GROUP_WORDS = {"party", "travellers", "travelers", "company", "column", "caravan", "expedition", "troop", "escort",
               "convoy", "group", "band", "passengers", "fugitives", "prisoners", "pair", "couple", "procession",
               "cortège", "cortege", "retinue", "suite"}
# a vehicle that moves carries whoever the story follows aboard it ("the train reached Frere")
VEHICLE_WORDS = {"train", "steamer", "ship", "boat", "vessel", "frigate", "brig", "coach", "stage", "carriage",
                 "sledge", "sleigh", "cart", "wagon", "car", "diligence", "gondola", "ferry", "express", "mail"}


SCENE_TYPES = {"city", "town", "village"}
# personal and possessive pronouns, as the pronoun attribution reads them
_PERSONAL = {"he": "he", "him": "him", "his": "he", "she": "she", "her": "her", "i": "I", "me": "me", "my": "I",
             "we": "we", "us": "us", "our": "we"}


class _Word:
    """A pronoun found by the parse, in the shape the pronoun attribution takes (a regex match's)."""

    def __init__(self, word: str, start: int):
        self.word, self._start = word, start

    def group(self, _=0) -> str:
        return self.word

    def start(self) -> int:
        return self._start


RELATIVES = {"which", "that", "who", "whom"}
# nouns for people other than the subject ("his sister was sent", "the emissary went")
PERSON_NOUNS = {"man", "woman", "men", "women", "person", "people", "officer", "soldier", "emissary", "messenger",
                "courier", "envoy", "agent", "spy", "sister", "brother", "wife", "husband", "mother", "father",
                "son", "daughter", "friend", "servant", "guide", "driver", "coachman", "peasant", "priest",
                "monk", "merchant", "host", "landlord", "traveller", "traveler", "stranger", "boy", "girl",
                "child", "children", "family", "colonel", "general", "captain", "commissioner", "governor",
                "official", "policeman", "gendarme", "guard", "prisoner", "comrade", "lady", "gentleman",
                "doctor", "minister", "king", "queen", "prince", "princess", "duke", "count", "hunter",
                "settler", "teamster", "miner", "native", "girlfriend", "fiancée", "uncle", "aunt", "cousin",
                "detective", "police", "inspector", "constable", "clerk", "sailor", "seaman", "crew",
                "passenger", "pilot", "engineer", "conductor", "porter", "consul", "ambassador", "envoy",
                "emperor", "empress", "tsar", "pope", "bishop", "cardinal", "marshal", "admiral", "lieutenant",
                "sergeant", "corporal", "escort", "jailer", "gaoler", "warder", "agent", "thief", "robber"}
# subjects of motion verbs that are not travellers: what arrives is news of someone, not someone
NOT_TRAVELLERS = {"news", "account", "letter", "report", "word", "message", "rumour", "rumor", "telegram",
                  "information", "intelligence", "tidings", "escape", "flight", "arrival", "departure", "return",
                  "road", "railway", "river", "line", "track", "path", "route", "stream", "current", "wind",
                  "smoke", "sound", "light", "mail", "post", "order", "command", "decree", "proclamation"}


_POSSESSIVE = re.compile(r"['’]s?$")


def _pluperfect(verb) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def _opposite(a: str, b: str) -> bool:
    return {a, b} in ({"from", "to"}, {"from", "toward"})


_HERE = re.compile(r"\b(?:here|this (?:place|town|city|village))\b", re.IGNORECASE)


def _here_motion(tok) -> Optional[Motion]:
    """'brought me here', 'arrived here': 'here' as the goal of a motion verb."""
    verb = tok.head
    if tok.dep_ != "advmod" or verb.pos_ not in ("VERB", "AUX"):
        return None
    pred = predicate_of(verb)
    if pred is None or pred.cls in ("depart", "stay"):
        return None
    mover, passive = _subject_of(verb)
    if pred.dobj == "mover" and not passive:
        mover = next((c for c in verb.children if c.dep_ == "dobj"), mover)
    return Motion(role="to", cls=pred.cls, verb=verb, visit=visit_status(verb), mover=mover)


def _named_vessel(tok) -> bool:
    """'the Mongolia', 'the Induna': a proper name with the article may be a ship's or a train's."""
    return tok.pos_ == "PROPN" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _marked_name(tok) -> bool:
    """A name set in italics (_Onward_) or quotation marks ("Induna"): a ship, a paper, a book."""
    t = tok.text
    if len(t) > 2 and t[0] == t[-1] == "_":
        return True
    i = tok.i
    return 0 < i < len(tok.doc) - 1 and tok.doc[i - 1].text in ('"', "“", "'", "‘", "_") \
        and tok.doc[i + 1].text in ('"', "”", "'", "’", "_")


# a distance, not a departure: "five hundred miles from Yakutsk", "two hours from Pretoria"
_DISTANCE_FROM = re.compile(r"\b(?:miles?|versts?|kilomet(?:re|er)s?|km|leagues?|yards?|feet|hours?|days?|"
                            r"minutes?|weeks?|months?|march|ride|drive|walk|journey|sail)(?:['’]s?)?\s+(?:\w+\s+){0,2}?"
                            r"(?:from|of)\s*$", re.IGNORECASE)


def _unlocated(p: PlaceMention) -> PlaceRef:
    # the name as one line: a mention may wrap ("the\r\nReform Club")
    return PlaceRef(name=" ".join(p.text.split()), type="town", source="unresolved")


@lru_cache(maxsize=None)
def _parse_trigger(lemma: str, event: str, status: str, role: str) -> Trigger:
    return Trigger(f"parse:{lemma}", re.compile(re.escape(lemma)), event, status, role)
# clause ends that separate one dated event from the next ("On 9 October X arrived at Suez, and ten days later")
_DATE_CLAUSE = re.compile(r"[;:—]|,\s+(?:and|but|while|whereas|when)\b")
_NOT_WHEN = re.compile(r"\b(?:for|until|till|since|before)\s+$", re.IGNORECASE)
# events that say something without a place: "he was released", "by the time he reached the Lenins"
_PLACELESS_EVENTS = {"release", "arrival"}


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
