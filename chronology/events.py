"""Sentence-level facts: who did what, where, when, how, with the evidence.

Trigger phrases come from data/movement_triggers.csv and transport words from
data/transport.csv; this module only applies them. Attribution: a trigger
belongs to the nearest person named before it in its clause; "he"/"she" is
whoever the text is currently talking about, "I"/"we" the narrator.
"""
from __future__ import annotations

import bisect
import csv
import dataclasses
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from .models import Event, PlaceMention, PlaceRef, Span, Timex
from .paths import DATA_DIR
from .people import Subject
from .text import Doc
from .wordlist import alternation

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


_QUOTE = re.compile(r"“[^”]{1,3000}”|\"[^\"\n]{1,3000}\"")
_SPEECH_VERBS = (r"(?:said|says|recalled|recalls|recounted|recounts|remembered|remembers|wrote|writes|told|"
                 r"replied|answered|explained|added|declared|complained|reminisced|asked)")
class _Span:
    def __init__(self, a: int, b: int):
        self.a, self.b = a, b

    def start(self) -> int:
        return self.a

    def end(self) -> int:
        return self.b


_FIRST_PERSON = {"i", "we", "me", "us"}
_SUBORDINATE = re.compile(r"\b(?:when|whenever|as|after|before|if|while|although|though|because|since|until|once)\b",
                          re.IGNORECASE)
_SUBJECT_PRONOUNS = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)


class EventFinder:
    def __init__(self, doc: Doc, subject: Subject, places: list[PlaceMention], dates: list[Timex]):
        self.doc, self.subject = doc, subject
        self.places = sorted((p for p in places if p.place is not None), key=lambda p: p.start)
        self._place_starts = [p.start for p in self.places]
        self.dates = [d for d in dates if d.value and d.kind in ("date", "time", "relative") and d.narrative
                      and not d.value.startswith("P")]
        self.durations = [d for d in dates if d.value and d.value.startswith("P")]
        mine = subject.names()
        others = set(subject.other_names()) | _unlisted_people(doc.text, set(mine), places)
        self.subject_rx = _names_rx(mine)
        self.others_rx = _names_rx(others)
        self._people = self._all_people()
        self._people_starts = [p[0] for p in self._people]
        self.topic_is_subject = True
        # "he" and "she" follow different people: the topic is kept per grammatical gender
        self.subject_gender = None if subject.narrator else _text_gender(doc.text)
        g = self.subject_gender
        self.topic_by_gender = {"m": g == "m", "f": g == "f"} if g else {"m": not subject.narrator, "f": False}
        self._quotes = self._quote_speakers()

    def _all_people(self) -> list[tuple[int, int, bool]]:
        """Every name of a person in the text, the subject's winning where two overlap."""
        text = self.doc.text
        out = [(m.start(), m.end(), True) for m in self.subject_rx.finditer(text)] if self.subject_rx else []
        taken = {i for s, e, _ in out for i in range(s, e)}
        if self.others_rx:
            out += [(m.start(), m.end(), False) for m in self.others_rx.finditer(text) if m.start() not in taken]
        out.sort()
        return out

    def _people_in(self, a: int, b: int) -> list[tuple[int, int, bool]]:
        """Names that start in [a, b) and end by b."""
        i = bisect.bisect_left(self._people_starts, a)
        j = bisect.bisect_left(self._people_starts, b)
        return [p for p in self._people[i:j] if p[1] <= b]

    # ------------------------------------------------------------ quotations
    def _quote_speakers(self) -> list[tuple[int, int, Optional[bool]]]:
        """Each quotation with whether its speaker is the subject ('“I left Vienna,” Stalin recounted')."""
        text = self.doc.text
        spans = [m.span() for m in _QUOTE.finditer(text)]
        # a quotation whose opening mark the text dropped (a chapter's first line) runs from its paragraph start
        for m in re.finditer(r"”", text):
            para = text.rfind("\n", 0, m.start()) + 1
            if "“" not in text[para:m.start()] and not any(a <= m.start() < b for a, b in spans):
                spans.append((para, m.end()))
        spans.sort()
        out = []
        for q in (_Span(a, b) for a, b in spans):
            speaker = None
            after = re.match(r"\s*,?\s*(?:" + _SPEECH_VERBS + r"\s+)?", text[q.end():q.end() + 40])
            near = self._people_in(q.end(), q.end() + 40)
            if near and near[0][0] - q.end() <= after.end() + 1:
                tail = text[near[0][1]:near[0][1] + 25]
                if after.group(0).strip(" ,") or re.match(r"\s+" + _SPEECH_VERBS, tail):
                    speaker = near[0][2]
            if speaker is None:
                before = self._people_in(max(0, q.start() - 60), q.start())
                if before and re.match(r"\s+" + _SPEECH_VERBS + r"\b[^.“]{0,30}$", text[before[-1][1]:q.start()]):
                    speaker = before[-1][2]
            out.append((q.start(), q.end(), speaker))
        return out

    def _quote_at(self, pos: int):
        for a, b, who in self._quotes:
            if a <= pos < b:
                return (a, b, who)
            if a > pos:
                break
        return None

    # ------------------------------------------------------------ attribution
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
            # "Stalin and Valentina left for Cracow", "He and Valentina disembarked": the subject is among the movers
            if not last_person[2]:
                joined = [p for p in people[:-1] if re.search(r"\b(?:and|with)\b", text[p[1]:last_person[0]])]
                if any(p[2] for p in joined):
                    return text[last_person[0]:last_person[1]], True
                if last_pron and re.fullmatch(r"\s+and\s+", text[last_pron.end():last_person[0]]):
                    w, is_subj = self._pronoun(last_pron, sent_start)
                    if is_subj:
                        return text[last_person[0]:last_person[1]], True
            return text[last_person[0]:last_person[1]], last_person[2]
        if last_pron:
            return self._pronoun(last_pron, sent_start)
        # no agent in the clause: look back in the sentence
        people = self._people_in(sent_start, pos)
        if people:
            return text[people[-1][0]:people[-1][1]], people[-1][2]
        if re.fullmatch(r"\W*(?:\w+\W+){0,2}", text[sent_start:pos]):
            # a fronted phrase ("On the way to Tomsk, ... Stalin encountered"): the agent follows it
            comma = text.find(",", pos, pos + 80)
            after = self._people_in(comma, min(comma + 80, self._sentence_end(pos))) if comma > 0 else []
            if after:
                return text[after[0][0]:after[0][1]], after[0][2]
        # a diary's subjectless sentence ("Arrived at Kazan.") is the narrator's
        return "(implicit)", self.subject.narrator or self.topic_is_subject

    def _sentence_end(self, pos: int) -> int:
        sent = self.doc.sentence_at(pos)
        return sent.end if sent else len(self.doc.text)

    def _pronoun(self, m: re.Match, sent_start: int) -> tuple[str, bool]:
        w = m.group(0).lower()
        if w == "who":
            # a relative clause: its agent is the person named just before it
            named = self._people_in(sent_start, m.start())
            return "who", bool(named and named[-1][2] and m.start() - named[-1][1] < 4)
        if w in _FIRST_PERSON:
            q = self._quote_at(m.start())
            if q is not None and q[2] is not None:
                # "I" inside a quotation is its speaker
                return w, q[2]
            return w, self.subject.narrator or (w == "we" and q is None and self.topic_is_subject)
        if w in ("they", "them", "the pair", "the couple", "the two"):
            recent = self._recent_people(m.start())
            if w.startswith("the ") or w == "them":
                # a couple named as an object ("accompanied the couple") are the movers of earlier sentences
                earlier = [p for p in recent if p[1] <= sent_start]
                return w, any(p[2] for p in earlier[-3:]) if earlier else self.topic_is_subject
            return w, any(p[2] for p in recent[-2:]) if recent else self.topic_is_subject
        # "he"/"she": the person this sentence is about if it names one first, else the running topic
        g = "f" if w in ("she", "her") else "m"
        named = [p for p in self._people_in(sent_start, m.start())
                 if not self._is_witness(p) and self._gender_of(p) in (g, None)]
        if named:
            return w, named[0][2]
        return w, self.topic_by_gender[g]

    def _gender_of(self, p) -> Optional[str]:
        return self.subject_gender if p[2] else _gender(self.doc.text[p[0]:p[1]])

    def _is_witness(self, p) -> bool:
        return bool(_SPEECH.search(self.doc.text, max(0, p[0] - 25), p[0]))

    def _recent_people(self, pos: int, reach: int = 600) -> list:
        """People named shortly before `pos`, leaving out quoted witnesses ("recalls Yakov")."""
        return [p for p in self._people_in(max(0, pos - reach), pos) if not self._is_witness(p)]

    def _update_topic(self, sent) -> None:
        people = [p for p in self._people_in(sent.start, sent.end) if not self._is_witness(p)]
        if not people:
            return
        # "Then he set out with Yakov": a sentence led by a pronoun keeps the topic it had
        lead = next((m for m in _SUBJECT_PRONOUNS.finditer(self.doc.text, sent.start, people[0][0])
                     if self._quote_at(m.start()) is None
                     and not _SUBORDINATE.search(self.doc.text, sent.start, m.start())), None)
        if lead is None:
            self.topic_is_subject = people[0][2]
        for g in ("m", "f"):
            if lead is not None and (lead.group(0).lower() == "he") == (g == "m"):
                continue
            first = next((p for p in people if self._gender_of(p) in (g, None)), None)
            if first is not None:
                self.topic_by_gender[g] = first[2]

    def _date_for(self, sent, pos: int) -> tuple[Optional[Timex], bool]:
        """The date of a move at `pos`, and whether its own sentence gives it."""
        text = self.doc.text
        inside = [d for d in self.dates if sent.start <= d.start < sent.end]
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
            if pos <= d.start < sent.end and re.search(r"\bfor\s+(?:\w+\s+){0,2}$", self.doc.text[max(0, d.start - 20):d.start]):
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

    def _companion_is_subject(self, m: re.Match, sent) -> bool:
        """'Aouda travelled with him to Hong Kong': the subject may travel as someone's companion."""
        c = re.search(r"\b(?:with|accompanied\s+by)\s+(?:him|her|them|me|us)\b", m.group(0), re.IGNORECASE)
        if c:
            pron = _PRONOUN.search(c.group(0), c.group(0).rfind(" ") + 1)
            return self._pronoun(_Shifted(pron, m.start() + c.start()), sent.start)[1]
        return any(p[2] for p in self._people_in(m.start(), m.end()))

    def _mover(self, t: Trigger, m: re.Match, sent) -> tuple[str, bool]:
        if t.mover == "object":
            # "accompanied the couple to": the people after the verb move
            obj = self.doc.text[m.end("verb"):m.end()]
            people = self._people_in(m.end("verb"), m.end())
            if people:
                return self.doc.text[people[0][0]:people[0][1]], any(p[2] for p in people)
            pron = _PRONOUN.search(obj)
            if pron:
                return self._pronoun(_Shifted(pron, m.end("verb")), sent.start)
            return obj.strip(), False
        actor, is_subj = self._actor(sent.start, m.start())
        if not is_subj and self._companion_is_subject(m, sent):
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
            return before[-1] if before and before[-1].place.type in ENDPOINT_TYPES else None
        for p in sent_places:
            if m.end() <= p.start <= m.end() + _REACH and not _CLAUSE_BREAK.search(text, m.end(), p.start):
                if p.place.type in ENDPOINT_TYPES:
                    return p
        return None

    def moves(self) -> list[Move]:
        out: list[Move] = []
        text = self.doc.text
        for sent in self.doc.sentences:
            sent_places = self.places[bisect.bisect_left(self._place_starts, sent.start):
                                      bisect.bisect_left(self._place_starts, sent.end)]
            found: list[Move] = []
            escape_flag = False
            for t in (triggers() if sent_places else placeless_triggers()):
                for m in t.rx.finditer(text, sent.start, sent.end):
                    if t.role == "flag":
                        escape_flag = True
                        continue
                    if _IRREALIS.search(text, max(sent.start, m.start() - 40), m.start()):
                        continue
                    p = self._place_for(t, m, sent, sent_places)
                    if p is None and t.event not in _PLACELESS_EVENTS:
                        continue
                    actor, is_subj = self._mover(t, m, sent)
                    where = p.end if p else m.end()
                    clause_end = next((x.start() for x in _CLAUSE_BREAK.finditer(text, where, sent.end)), sent.end)
                    date, own = self._date_for(sent, m.start())
                    found.append(Move(t, m.start(), m.end(), actor, is_subj, p.place if p else None,
                                      p.start if p else m.end(), date,
                                      self._mode(max(sent.start, m.start() - 60), clause_end, m.start()),
                                      (sent.start, sent.end),
                                      hearsay=bool(_HEARSAY.search(sent.text)), date_own=own,
                                      term=self._term(sent, m.end()) if t.role in ("at", "at_prev") else None))
            found = _in_travel_order(text, _dedupe(_listed_destinations(text, found, sent_places)))
            for f in found:
                f.escape_flag = escape_flag
            out += found
            self._update_topic(sent)
        return out


class _Shifted:
    """A pronoun match found in a slice, with offsets in the whole text."""
    def __init__(self, m: re.Match, base: int):
        self._m, self._base = m, base

    def group(self, i: int = 0) -> str:
        return self._m.group(i)

    def start(self) -> int:
        return self._base + self._m.start()

    def end(self) -> int:
        return self._base + self._m.end()


_REACH = 60   # characters from a trigger to the place it points at
# clause ends that separate one dated event from the next ("On 9 October X arrived at Suez, and ten days later")
_DATE_CLAUSE = re.compile(r"[;:—]|,\s+(?:and|but|while|whereas|when)\b")
_NOT_WHEN = re.compile(r"\b(?:for|until|till|since|before)\s+$", re.IGNORECASE)
# events that say something without a place: "he was released", "by the time he reached the Lenins"
_PLACELESS_EVENTS = {"release", "arrival"}


_LIST_GAP = re.compile(r"\s*,?\s*(?:and|then|and\s+then)\s+(?:on\s+|back\s+)?(?:to\s+)?", re.IGNORECASE)


def _listed_destinations(text: str, moves: list[Move], places: list[PlaceMention]) -> list[Move]:
    """'went on by rail to Paris and Turin': each place listed after a destination is the next one."""
    out = list(moves)
    taken = {m.place_start for m in moves}
    for mv in moves:
        if mv.trigger.role != "to" or mv.place is None:
            continue
        end = next((p.end for p in places if p.start == mv.place_start), None)
        for p in places:
            if end is None or p.start < end:
                continue
            gap = _LIST_GAP.fullmatch(text, end, p.start)
            if not gap or p.start in taken or p.place.type not in ENDPOINT_TYPES:
                break
            out.append(dataclasses.replace(mv, place=p.place, place_start=p.start))
            taken.add(p.start)
            end = p.end
    return out


def _in_travel_order(text: str, moves: list[Move]) -> list[Move]:
    """'caught the train to Finland from Levashovo': the start comes before the destination."""
    out = list(moves)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.trigger.role in ("to", "toward") and b.trigger.role == "from" and a.place is not None \
                and b.place is not None and 0 < b.place_start - a.place_start < _REACH \
                and not _CLAUSE_BREAK.search(text, a.place_start, b.place_start):
            out[i], out[i + 1] = b, a
    return out


# Name endings that mark a woman's name in the languages these narratives draw on (Anna, Krupskaya,
# Lobova, Maria); men's names that end the same way are listed.
_FEMALE_ENDINGS = ("a", "ova", "eva", "ina", "aya", "ia", "ya", "ine", "elle", "ette")
_MALE_EXCEPTIONS = {"Kamo", "Sergo", "Nikita", "Ilya", "Sasha", "Misha", "Kolya", "Vanya", "Luca", "Joshua",
                    "Andrea", "Costa", "Mustafa", "Attila", "Garibaldi"}
_FEMALE_WORDS = {"Mrs", "Miss", "Madame", "Lady", "Princess", "Countess", "Baroness", "Queen", "Empress"}


def _gender(name: str) -> Optional[str]:
    """'m', 'f' or None for a person's name, by its first and last words."""
    parts = [w.strip(".’'") for w in name.split()]
    if not parts:
        return None
    if parts[0] in _FEMALE_WORDS:
        return "f"
    first, last = parts[0], parts[-1]
    if first in _MALE_EXCEPTIONS or last in _MALE_EXCEPTIONS:
        return "m"
    word = first if len(parts) > 1 and not first.endswith(_FEMALE_ENDINGS) else last
    if word.endswith(_FEMALE_ENDINGS) and len(word) > 2:
        return "f"
    return "m" if len(parts) > 1 or word[0].isupper() else None


def _text_gender(text: str) -> Optional[str]:
    """The subject's grammatical gender, from the pronouns a text about them uses most."""
    he = len(re.findall(r"\b(?:he|him|his|himself)\b", text, re.IGNORECASE))
    she = len(re.findall(r"\b(?:she|her|hers|herself)\b", text, re.IGNORECASE))
    if he > 1.5 * she:
        return "m"
    if she > 1.5 * he:
        return "f"
    return None


def _names_rx(names) -> Optional[re.Pattern]:
    names = {n for n in names if n}
    return re.compile(r"(?<![\w])(?:" + alternation(names) + r")(?![\w])") if names else None


_NAME_BEFORE_VERB = re.compile(
    r"(?<![\w.“\"])(?<!the )(?<!The )([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?=\s+(?:was|were|had|said|went|left|arrived|returned|wrote|"
    r"escaped|fled|reached|set|took|became|told|decided|travelled|traveled|came|followed|moved|met|joined)\b)")


def _unlisted_people(text: str, mine: set[str], places: list[PlaceMention]) -> set[str]:
    """Names the text uses as the agent of a verb that are neither the subject's nor places."""
    place_words = {p.text for p in places}
    lower = set(re.findall(r"\b[a-z]+\b", text))
    from .places import stopwords
    stop = stopwords()
    return {m.group(1) for m in _NAME_BEFORE_VERB.finditer(text)
            if m.group(1) not in mine and m.group(1).split()[0].lower() not in lower and m.group(1) not in place_words and m.group(1).split()[0] not in stop
            and not any(m.group(1) in n or n in m.group(1).split() for n in mine)}


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
