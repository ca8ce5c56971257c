"""Sentence-level facts: who did what, where, when, how, with the evidence.

Trigger phrases come from data/movement_triggers.csv and transport words from
data/transport.csv; this module only applies them. Attribution: a trigger
belongs to the nearest person named before it in its clause; "he"/"she" is
whoever the text is currently talking about, "I"/"we" the narrator.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from .models import Event, PlaceMention, PlaceRef, Span, Timex
from .paths import DATA_DIR
from .people import Subject
from .text import Doc

ENDPOINT_TYPES = {"city", "town", "village", "station", "region", "country", "border", "island"}


@dataclass(frozen=True)
class Trigger:
    name: str
    rx: re.Pattern
    event: str
    status: str
    role: str


@lru_cache(maxsize=1)
def triggers() -> tuple[Trigger, ...]:
    # tab-separated: regular expressions are full of commas
    with open(DATA_DIR / "movement_triggers.tsv", encoding="utf-8", newline="") as fh:
        return tuple(Trigger(r["name"], re.compile(r"\b" + r["pattern"], re.IGNORECASE), r["event"],
                             r["status"], r["role"]) for r in csv.DictReader(fh, delimiter="\t"))


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
    extra: dict = field(default_factory=dict)


_PRONOUN = re.compile(r"\b(?:he|she|they|we|I|him|her|them|us|me|the pair|the couple|the two|who)\b", re.IGNORECASE)
# A move that is only wished, planned, future or counterfactual is not made.
_IRREALIS = re.compile(r"\b(?:would|will|shall|wanted to|planned to|hoped to|intended to|tried to|could not|"
                       r"couldn['’]t|did not|didn['’]t|never|to be|ought to|must|should)\s+(?:\w+\s+){0,2}$",
                       re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;:—]|,\s+(?:but|while|whereas|and then|when)\b|\bbut\b|\bwhile\b|\bwhereas\b")
_SPEECH = re.compile(r"\b(?:recalls|recalled|remembers|remembered|says|said|writes|wrote|notes|noted|recounted|"
                     r"recounts|reminisces|reminisced|explained|added|told|according to)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_HEARSAY = re.compile(r"\b(?:according to some|some accounts|reportedly|allegedly|rumou?red|legend has it|may have|might have|possibly|perhaps)\b",
                      re.IGNORECASE)


class EventFinder:
    def __init__(self, doc: Doc, subject: Subject, places: list[PlaceMention], dates: list[Timex]):
        self.doc, self.subject = doc, subject
        self.places = [p for p in places if p.place is not None]
        self.dates = [d for d in dates if d.value and d.kind in ("date", "time", "relative") and d.narrative
                      and not d.value.startswith("P")]
        mine = subject.names()
        others = subject.other_names()
        self.subject_rx = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(n) for n in sorted(mine, key=len, reverse=True)) + r")(?![\w])") if mine else None
        self.others_rx = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(n) for n in sorted(others, key=len, reverse=True)) + r")(?![\w])") if others else None
        # names the text uses for people that the cast does not list: capitalised words before a verb
        self.topic_is_subject = True

    def _people_in(self, a: int, b: int) -> list[tuple[int, int, bool]]:
        text = self.doc.text
        out = []
        if self.subject_rx:
            out += [(m.start(), m.end(), True) for m in self.subject_rx.finditer(text, a, b)]
        if self.others_rx:
            for m in self.others_rx.finditer(text, a, b):
                if not any(s <= m.start() < e for s, e, _ in out):
                    out.append((m.start(), m.end(), False))
        out.sort()
        return out

    def _actor(self, sent_start: int, pos: int) -> tuple[str, bool]:
        text = self.doc.text
        clause_start = sent_start
        for m in _CLAUSE_BREAK.finditer(text, sent_start, pos):
            clause_start = m.end()
        people = self._people_in(clause_start, pos)
        pron = list(_PRONOUN.finditer(text, clause_start, pos))
        last_person = people[-1] if people else None
        last_pron = pron[-1] if pron else None
        if last_person and (not last_pron or last_person[0] > last_pron.start()):
            # "Stalin and Valentina left for Cracow": the subject is among the movers
            if not last_person[2] and any(p[2] for p in people) and \
                    re.search(r"\b(?:and|with)\b", text[people[-2][1]:last_person[0]] if len(people) > 1 else ""):
                return text[last_person[0]:last_person[1]], True
            return text[last_person[0]:last_person[1]], last_person[2]
        if last_pron:
            w = last_pron.group(0).lower()
            if w == "who":
                # a relative clause: its agent is the person named just before it
                named = self._people_in(sent_start, last_pron.start())
                return "who", bool(named and named[-1][2] and last_pron.start() - named[-1][1] < 4)
            if w in ("i", "we", "me", "us"):
                return w, self.subject.narrator or w == "we"
            recent = self._recent_people(last_pron.start())
            if w in ("they", "them", "the pair", "the couple", "the two"):
                return w, any(p[2] for p in recent[-2:]) if recent else self.topic_is_subject
            return w, recent[-1][2] if recent else self.topic_is_subject
        # no agent in the clause: look back in the sentence
        people = self._people_in(sent_start, pos)
        if people:
            return text[people[-1][0]:people[-1][1]], people[-1][2]
        return "(implicit)", self.topic_is_subject

    def _recent_people(self, pos: int, reach: int = 600) -> list:
        """People named shortly before `pos`, leaving out quoted witnesses ("recalls Yakov")."""
        text = self.doc.text
        return [p for p in self._people_in(max(0, pos - reach), pos)
                if not _SPEECH.search(text, max(0, p[0] - 25), p[0])]

    def _update_topic(self, sent) -> None:
        # a quoted witness ("recalls Yakov") does not become the topic
        people = [p for p in self._people_in(sent.start, sent.end)
                  if not _SPEECH.search(self.doc.text, max(sent.start, p[0] - 25), p[0])]
        if people:
            # the first person named in a sentence is usually its subject
            self.topic_is_subject = people[0][2]

    def _date_for(self, sent, pos: int) -> Optional[Timex]:
        inside = [d for d in self.dates if sent.start <= d.start < sent.end]
        if inside:
            # the date nearest the trigger wins
            return min(inside, key=lambda d: abs(d.start - pos))
        before = [d for d in self.dates if d.end <= sent.start]
        return before[-1] if before else None

    def _mode(self, a: int, b: int) -> str:
        seg = self.doc.text[a:b]
        for rx, mode in transport()[0]:
            if rx.search(seg):
                return mode
        return "unknown"

    def moves(self) -> list[Move]:
        out: list[Move] = []
        text = self.doc.text
        for sent in self.doc.sentences:
            sent_places = [p for p in self.places if sent.start <= p.start < sent.end]
            if not sent_places:
                self._update_topic(sent)
                continue
            found: list[Move] = []
            escape_flag = False
            for t in triggers():
                for m in t.rx.finditer(text, sent.start, sent.end):
                    if t.role == "flag":
                        escape_flag = True
                        continue
                    # the place the trigger points at: the first mention right after it
                    after = [p for p in sent_places if m.end() <= p.start <= m.end() + 45
                             and not _CLAUSE_BREAK.search(text, m.end(), p.start)]
                    if not after:
                        continue
                    p = after[0]
                    if p.place.type not in ENDPOINT_TYPES:
                        continue
                    if _IRREALIS.search(text, max(sent.start, m.start() - 40), m.start()):
                        continue
                    actor, is_subj = self._actor(sent.start, m.start())
                    clause_end = next((x.start() for x in _CLAUSE_BREAK.finditer(text, p.end, sent.end)), sent.end)
                    found.append(Move(t, m.start(), m.end(), actor, is_subj, p.place, p.start,
                                      self._date_for(sent, m.start()),
                                      self._mode(max(sent.start, m.start() - 60), clause_end), (sent.start, sent.end),
                                      hearsay=bool(_HEARSAY.search(sent.text))))
            found = _dedupe(found)
            for f in found:
                f.escape_flag = escape_flag
            out += found
            self._update_topic(sent)
        return out


def _dedupe(moves: list[Move]) -> list[Move]:
    """One move per place mention: the most specific trigger (longest match) wins."""
    best: dict[int, Move] = {}
    for mv in moves:
        cur = best.get(mv.place_start)
        if cur is None or _rank(mv) > _rank(cur):
            best[mv.place_start] = mv
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
