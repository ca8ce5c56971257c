"""Place mentions: gazetteer names matched in the text, plus context cues.

Finding and deciding are separate: `candidates` lists every stretch of text
that could name a place; `decide` keeps or drops each one by its context
(a person of the cast, a guesthouse called "Russia", a name not yet in use)
and resolves the rest through the gazetteer, nearest to what the text has
already placed.
"""
from __future__ import annotations

import bisect
import csv
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

from gazetteer import Gazetteer
from gazetteer.names import key
from gazetteer.records import PlaceRecord

from .models import PlaceMention, PlaceRef
from .paths import DATA_DIR
from .epithets import capital_record, epithet_patterns
from .text import Doc
from .wordlist import alternation

POINT_TYPES = {"city", "town", "village", "building", "street", "station", "district", "park"}


@lru_cache(maxsize=1)
def cues() -> dict[str, list[str]]:
    with open(DATA_DIR / "place_cues.csv", encoding="utf-8", newline="") as fh:
        return {r["kind"]: r["words"].split("|") for r in csv.DictReader(fh)}


@lru_cache(maxsize=1)
def ambiguous_names() -> set[str]:
    with open(DATA_DIR / "ambiguous_names.csv", encoding="utf-8", newline="") as fh:
        return {r["name"] for r in csv.DictReader(fh)}


@lru_cache(maxsize=1)
def stopwords() -> frozenset:
    """Capitalised words that are never places, whatever cue precedes them."""
    from .timex.vocab import HOLIDAYS, MONTHS, WEEKDAYS
    words = set(MONTHS) | set(WEEKDAYS) | set(HOLIDAYS) | set(cues()["title"]) | {
        "God", "Heaven", "Hell", "Christ", "Easter", "Lent", "English", "French", "German", "Russian",
        "Party", "Bolshevik", "Bolsheviks", "Menshevik", "Mensheviks", "Church", "State", "Tsar", "Emperor",
        "I", "He", "She", "They", "We", "It", "The", "A", "His", "Her", "Their", "This", "That", "Soviet"}
    return frozenset(words)


_alt = alternation


@dataclass
class Candidate:
    start: int
    end: int
    text: str
    how: str        # "gazetteer" or a cue kind


class PlaceFinder:
    def __init__(self, gazetteer: Gazetteer, *, people: Iterable[str] = (), story_year: Optional[int] = None):
        self.gaz = gazetteer
        self.people = {p for p in people if p}
        self.story_year = story_year
        names = [n for n in gazetteer.surface_names() if len(n) > 1 and self._name_in_use(n)]
        self.name_rx = re.compile(r"(?<![\w\-])(?:" + _alt(names) + r")(?![\w\-])")
        c = cues()
        # cue words may open a sentence ("In Colombo she waited"); the name after them keeps its capital
        self.strong_rx = re.compile(r"\b(?i:" + _alt(c["movement"]) + r")\s+((?:the\s+)?[A-Z][\w’'\-]+(?:[\s\-][A-Z][\w’'\-]+)?)")
        self.weak_rx = re.compile(r"\b(?i:" + _alt(c["location"]) + r")\s+([A-Z][a-z][\w’'\-]+(?:[\s\-][A-Z][a-z][\w’'\-]+)?)")
        self.venue_rx = re.compile(r"(?<![\w\-])[A-Z][a-z]+[’']s\s+(?:" + _alt(c["venue"]) + r")\b")
        self.list_rx = re.compile(r"\s*,?\s+(?:" + _alt(c["list"]) + r")\s+(?:" + LIST_TIME + r",?\s+)?"
                                  r"([A-Z][a-z][\w’'\-]+(?:[\s\-][A-Z][a-z][\w’'\-]+)?)")
        self.estab_rx = re.compile(r"(?:\b(?:" + _alt(c["establishment"]) + r")\s*[“\"‘']\s*$)", re.IGNORECASE)
        self.estab_after_rx = re.compile(r"^\s+(?:" + _alt(c["establishment"]) + r")\b", re.IGNORECASE)
        self.title_rx = re.compile(r"\b(?:" + _alt(c["title"]) + r")\.?\s+$")
        self.people_rx = (re.compile(r"(?<![\w])(?:" + _alt(self.people) + r")(?![\w])")
                          if self.people else None)

    def _name_in_use(self, name: str) -> bool:
        """A historical name is matched only around its years of use (no 'Molotov' for Perm in 1912)."""
        if self.story_year is None:
            return True
        for r in self.gaz.index.get(key(name), []):
            for n in r.names:
                if n.name == name and (n.start or n.end):
                    return n.valid_in(self.story_year) or (
                        n.start is not None and n.start <= self.story_year + 5 and (n.end or 9999) >= self.story_year - 5)
            if r.name == name:
                return True
        return True

    # ------------------------------------------------------------ finding
    def candidates(self, text: str) -> list[Candidate]:
        out = [Candidate(m.start(), m.end(), m.group(0), "gazetteer") for m in self.name_rx.finditer(text)]
        out += [Candidate(m.start(), m.end(), m.group(0), "venue") for m in self.venue_rx.finditer(text)
                if not any(c.start < m.end() and m.start() < c.end for c in out)]
        # "to the capital" moves the scene too, though it is not a mention (see epithets.py)
        out += [Candidate(m.start(), m.end(), m.group(0), "epithet") for rx, _ in epithet_patterns()
                for m in rx.finditer(text)]
        taken = [(c.start, c.end) for c in out]
        for rx, how in ((self.strong_rx, "movement"), (self.weak_rx, "location")):
            for m in rx.finditer(text):
                a, b = m.span(1)
                s = m.group(1)
                if s.startswith("the "):
                    a += 4
                    s = s[4:]
                if any(a < y and x < b for x, y in taken):
                    continue
                out.append(Candidate(a, b, s, how))
                taken.append((a, b))
        out.sort(key=lambda c: c.start)
        # "to Paris and Turin": a name listed right after a place is a candidate like the place itself
        more = []
        for c in out:
            m = self.list_rx.match(text, c.end)
            if m and not any(x < m.end(1) and m.start(1) < y for x, y in taken):
                more.append(Candidate(m.start(1), m.end(1), m.group(1), "location"))
                taken.append(m.span(1))
        return sorted(out + more, key=lambda c: c.start)

    # ------------------------------------------------------------ deciding
    def _person_spans(self, text: str) -> list[tuple[int, int]]:
        return [m.span() for m in self.people_rx.finditer(text)] if self.people_rx else []

    def decide(self, doc: Doc, cands: list[Candidate]) -> list[PlaceMention]:
        text = doc.text
        people = self._person_spans(text)
        self._cue_counts = Counter(c.text for c in cands if c.how != "gazetteer")
        self._totals: dict[str, int] = {}
        self._words = doc.words
        out: list[PlaceMention] = []
        context: list[tuple[float, float]] = []
        last_town: Optional[PlaceRecord] = None
        for c in cands:
            # a person's name that contains a place ("Sergo", "Soso of the Caucasus")
            if _inside_person(people, c):
                continue
            before, after = text[max(0, c.start - 40):c.start], text[c.end:c.end + 30]
            if self.title_rx.search(before):
                continue
            if c.text in ambiguous_names() and re.match(r"\s+[A-Z]\w+", after) and \
                    not re.match(r"\s+(?:Province|Region|River|Street|Station|Square|Prospect|Road)\b", after):
                continue
            establishment = bool(self.estab_rx.search(before) or (
                self.estab_after_rx.match(after) and re.search(r"(?:\bthe|[“\"‘])\s*$", before)))
            if c.how == "epithet":
                town = capital_record(self.gaz, last_town.polity, self.story_year) if last_town else None
                if town is not None and _ARRIVING.search(text[max(0, c.start - 40):c.start]):
                    last_town = town
                continue
            if c.how == "venue":
                # "Fedorov’s restaurant": a building in the town the story last went to
                if last_town is not None:
                    out.append(self._establishment(doc, c, "", "", last_town))
                continue
            if c.how != "gazetteer" and (c.text in stopwords() or not self._looks_like_place(c.text)
                                         or self._mostly_not_after_cues(text, c)):
                continue
            if c.how != "gazetteer" and self._family_name(text, c):
                continue
            rec = None
            if establishment:
                # a guesthouse called "Russia" is a building in the town the story is in
                if last_town is not None:
                    out.append(self._establishment(doc, c, before, after, last_town))
                    continue
            elif c.how == "gazetteer":
                rec = self.gaz.best(c.text, near=context[-8:], geonames=False, online=False)
            else:
                ranked = self.gaz.resolve(c.text, near=context[-8:])
                least = 1000 if c.how == "movement" else 5000    # a weak cue needs a bigger place
                ranked = [x for x in ranked if not x.variant and
                          (x.record.source != "geonames" or x.record.population >= least)]
                # far from everything the text has placed is suspect, unless it is a city (Bombay
                # after Suez in a journey round the world)
                if ranked and (ranked[0].distance_km is None or ranked[0].distance_km < 3000
                               or ranked[0].record.population >= _GREAT_CITY):
                    rec = ranked[0].record
                else:
                    rec = self._adjectival(c.text, context)
                    if rec is None and c.how == "location":
                        continue
            if rec is not None and rec.type in POINT_TYPES:
                context.append((rec.lat, rec.lon))
            if rec is not None and rec.type in _TOWN_TYPES and _ARRIVING.search(before):
                last_town = rec     # the story's scene: the last town someone went to
            out.append(PlaceMention(text=c.text, start=c.start, end=c.end, place=PlaceRef.of(rec) if rec else None,
                                    resolution=rec.source if rec else "unresolved", line=doc.line_of(c.start)))
        return self._second_look(out)

    def _second_look(self, out: list[PlaceMention]) -> list[PlaceMention]:
        """GeoNames picks again with the places named after a mention as well as before it: 'Southampton'
        after 'Hoboken' alone is a town in Massachusetts; followed by London and Brindisi, the port."""
        points = [(i, (m.place.lat, m.place.lon)) for i, m in enumerate(out)
                  if m.place is not None and m.place.type in POINT_TYPES and m.place.source != "geonames"]
        for i, m in enumerate(out):
            if m.place is None or m.place.source != "geonames":
                continue
            near = [pt for j, pt in points if 0 < abs(j - i) <= 6]
            if not near:
                continue
            ranked = [x for x in self.gaz.resolve(m.text, near=near) if x.record.source == "geonames" and not x.variant]
            best = ranked[0].record if ranked else None
            if best is not None and best.id != m.place.id and best.population >= 1000:
                out[i] = m.model_copy(update={"place": PlaceRef.of(best)})
        return out

    def _establishment(self, doc: Doc, c: Candidate, before: str, after: str, town: PlaceRecord) -> PlaceMention:
        m = self.estab_rx.search(before) or self.estab_after_rx.match(after)
        kind = re.sub(r"[\s“\"‘']+", " ", m.group(0)).strip() if m else None
        label = f"{c.text} ({kind}, {town.name})" if kind else f"{c.text} ({town.name})"
        place = PlaceRef(id=f"{town.id}/{key(c.text)}", name=label, lat=round(town.lat, 5),
                         lon=round(town.lon, 5), type="building", source="context", polity=town.polity)
        return PlaceMention(text=c.text, start=c.start, end=c.end, place=place, resolution="context",
                            line=doc.line_of(c.start))

    def _adjectival(self, word: str, near) -> Optional[PlaceRecord]:
        """'Vologdan exile' names Vologda; only towns count: 'Georgian' and 'Siberian' describe people."""
        for suffix, add in _ADJECTIVE_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                rec = self.gaz.best(word[:len(word) - len(suffix)] + add, near=near[-8:], geonames=False,
                                    online=False)
                if rec is not None and rec.type in _TOWN_TYPES:
                    return rec
        return None

    def _mostly_not_after_cues(self, text: str, c: Candidate) -> bool:
        """A name the text mostly uses outside place cues is a person or a title ("Lenin", "Pravda")."""
        total = self._occurrences(text, c.text)
        return total >= 2 and self._cue_counts[c.text] / total < 0.5

    def _family_name(self, text: str, c: Candidate) -> bool:
        """'reached the Lenins', 'moved in with the Alliluyevs': a family, when the text names the person."""
        if not (c.text.endswith("s") and re.search(r"\bthe\s+$", text[max(0, c.start - 5):c.start])):
            return False
        return self._occurrences(text, c.text[:-1]) >= 2

    def _occurrences(self, text: str, s: str) -> int:
        """How often `s` stands as a whole in the text (not inside a longer word)."""
        if re.fullmatch(r"[\w\-]+", s):
            return self._words[s]
        if s not in self._totals:
            self._totals[s] = len(re.findall(r"(?<![\w\-])" + re.escape(s) + r"(?![\w\-])", text))
        return self._totals[s]

    def _looks_like_place(self, s: str) -> bool:
        first = s.split()[0].rstrip("’'s")
        return first not in stopwords() and not (self.people_rx and self.people_rx.fullmatch(s))


# a time phrase inside a list of stops: "reached Port Said, and two days later Ismailia"
LIST_TIME = (r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a\s+few|several)\s+"
             r"(?:days?|weeks?|months?)\s+later|the\s+next\s+day|next\s+day|soon\s+after)")
_TOWN_TYPES = {"city", "town", "village"}
_GREAT_CITY = 50_000
# adjectival endings and what the town's name ends with instead: Vologdan, Parisian, Viennese
_ADJECTIVE_SUFFIXES = (("n", ""), ("ian", ""), ("ian", "e"), ("ese", "a"), ("ese", ""))


_ARRIVING = re.compile(r"\b(?:to|for|towards|reached|reaching|arrived\s+(?:in|at)|arriving\s+(?:in|at)|"
                       r"back\s+(?:in|to|at)|settled\s+in)\s+(?:the\s+)?$", re.IGNORECASE)




def _inside_person(people: list[tuple[int, int]], c: Candidate) -> bool:
    """The candidate is a person's name or lies inside one; `people` is sorted and does not overlap."""
    i = bisect.bisect_right(people, (c.start, float("inf"))) - 1
    return i >= 0 and people[i][0] <= c.start and c.end <= people[i][1]


def find_places(doc: Doc, gazetteer: Gazetteer, *, people: Iterable[str] = (),
                story_year: Optional[int] = None) -> list[PlaceMention]:
    finder = PlaceFinder(gazetteer, people=people, story_year=story_year)
    return finder.decide(doc, finder.candidates(doc.text))
