"""Place mentions: gazetteer names matched in the text, plus context cues.

Finding and deciding are separate: `candidates` lists every stretch of text
that could name a place; `decide` keeps or drops each one by its context
(a person of the cast, a guesthouse called "Russia", a name not yet in use)
and resolves the rest through the gazetteer, nearest to what the text has
already placed.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Iterable, Optional

from gazetteer import Gazetteer, historical
from gazetteer.names import key
from gazetteer.resolve import Candidate as Named, in_scene
from gazetteer.records import PlaceRecord

from .models import PlaceMention, PlaceRef
from .person_words import NAME_WORD
from .place_candidates import plausible, settled, with_longer_names
from .place_kinds import adjectival, named_after_town
from .motion_words import SIGHT_NOUNS
from .place_patterns import (ARRIVING, BEING, CLAUSE_END, COMMON_NEXT, ISLAND_OF, LETTERS, LIST_TIME, LONGER_NAME,
                             NAME, OWN_NAME_ONLY, PARTICIPLE, PARTICLE, PERSON_WHO, PHRASE_END, RIVER_END_BEFORE, SAINT, SAINT_BODY, SEP,
                             WATER_APPOSITIVE,
                             WATER_AFTER, WATER_BEFORE, WORD_BEFORE, title_case_line, whole_spans)
from .place_qualifiers import Qualifiers
from .place_route import LOCAL_FEATURES, SEA_POINTS, Open, resolve_along_route
from .place_words import (BARE_LANDFORMS, addressed, ambiguous_names, cues, demonyms, motion_cues,
                          motion_verbs_by_prep, stopwords, way_verbs)
from .epithets import capital_record, epithet_patterns
from .text import Doc
from .wordlist import alternation as _alt

POINT_TYPES = {"city", "town", "village", "building", "street", "station", "district", "park"}


@dataclass
class Candidate:
    start: int
    end: int
    text: str
    how: str        # "gazetteer" or a cue kind


class PlaceFinder:
    def __init__(self, gazetteer: Gazetteer, *, people: Iterable[str] = (), story_year: Optional[int] = None):
        self.gaz = gazetteer
        self.after_town = Qualifiers(gazetteer)     # "Murphy [North Carolina]"
        self.people = {p for p in people if p}
        self.story_year = story_year
        names = [n for n in gazetteer.surface_names() if len(n) > 1 and self._name_in_use(n)]
        self.name_rx = re.compile(r"(?<![\w\-])(?:" + _alt(names) + r")(?![\w\-])")
        c = cues()
        # cue words may open a sentence ("In Colombo she waited"); the name after them keeps its capital
        strong_name = (r"\s+((?i:the\s+)?(?:" + SAINT + SAINT_BODY + r"(?:" + SEP + r"[A-Z][a-z]" + LETTERS +
                       r")?|[A-Z]" + LETTERS + r"(?:" + PARTICLE + SEP + r"[A-Z]" + LETTERS + r")?))")
        self.strong_rx = re.compile(r"\b(?i:" + _alt(c["movement"] + c["siege"]) + r")" + strong_name)
        # the verbs of motion as written in running text, lower case or opening a sentence (a heading in
        # capitals, "START FOR ST. PETERSBURG", is no sentence)
        verbs = motion_cues()
        self.motion_rx = re.compile(r"\b(?:" + _alt(verbs + [v[0].upper() + v[1:] for v in verbs]) + r")" + strong_name)
        # "travelling by Indianapolis, Cincinnati ...", "marched north by Burgos to Vittoria": 'by' and a name
        # in a clause of motion is the way taken (checked in `_way_by`: not a passive's agent)
        self.by_rx = re.compile(r"\bby" + strong_name)
        self.way_words = way_verbs()
        self.qualifiers = set(c["qualifier"])
        self.agent_words = set(c["agent"])
        # ...with a word of direction between: "marched west to Ujiji", "rode on to Areco"
        self.motion_dir_rx = re.compile(r"\b(?:" + "|".join(
            r"(?:" + _alt(vs + [v[0].upper() + v[1:] for v in vs]) + r")\s+(?:" + _alt(c["direction"]) + r")\s+" + prep
            for prep, vs in sorted(motion_verbs_by_prep().items())) + r")" + strong_name)
        # "Bologna, June 7, 1819." opening a line: a letter's or a journal's dateline names where it was written
        self.dateline_rx = re.compile(r"(?m)^[ \t]*" + NAME + r",\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:" +
                                      _alt(c["month"]) + r")\b")
        self.weak_rx = re.compile(r"\b(?i:" + _alt(c["location"]) + r")\s+" + NAME)
        self.venue_rx = re.compile(r"(?<![\w\-])[A-Z][a-z]+[’']s\s+(?:" + _alt(c["venue"]) + r")\b")
        # "to Paris and Turin", "Irkutsk, Tomsk, Tiumen, and Ekaterineburg": a list goes on with a comma too
        name = NAME
        # ...and "by Leiria to Roliça", "from Bologna to Ferrara": a name right after a place and "to" is a stop
        self.list_rx = re.compile(r"\s+to\s+" + name +
                                  r"|\s*,?\s+(?:" + _alt(c["list"]) + r")\s+(?:" + LIST_TIME + r",?\s+)?" + name +
                                  r"|\s*,\s*" + name + r"(?=\s*(?:[,;]|(?:" + _alt(c["list"]) + r")\b))")
        # "Green Lake", "Hall's Gulch", "the Gulf of Jouan": a landform word makes a name a place by its form
        word = r"[A-Z][a-z]" + LETTERS      # "Sbirri--I Pass" is a heading, not a pass
        self.landform_rx = re.compile(
            r"(?<![\w\-])((?:" + _alt(c["landform_before"]) + r")\s+(?:" + SAINT + r")?" + word + r"|" + word + r"(?:\s" + word +
            r")?\s(?:" + _alt(c["landform_after"]) + r"))(?![\w\-])(?!\s+[A-Z])")
        # "the Madelena islands": a group named in lower case, after the article
        self.group_rx = re.compile(r"(?<=\b[Tt]he\s)(" + word + r"(?:\s" + word + r")?\s(?:" +
                                   _alt(c["landform_after_plural"]) + r"))\b(?!\s+[A-Z])")
        # "started for Hankinson's ferry", "Perkins' plantation": a halt named after its owner, in lower case
        self.possessive_rx = re.compile(r"(?<![\w\-])(" + word + r"(?:\s" + word + r")?(?:['’]s|s['’])\s(?:" +
                                        _alt(c["possessive_place"]) + r"))\b(?!\s+[A-Z])")
        # "sent to the Isle of Elba": a landform word alone is the head of a longer name, not a place
        # (only the words that open such a name: Gap, Falls or Springs alone can be a town)
        self.landform_words = {w for p in c["landform_before"] for w in p.split() if w[0].isupper()}
        self.openers = set(c["opener"])
        self.product_rx = re.compile(r"[ \t]+(?:" + _alt(c["product"]) + r")\b")
        self.function_words = {w.lower() for kind in ("movement", "location", "list") for p in c[kind]
                               for w in p.split()}
        # "the village of Okhotsk": a settlement word with "of" names a place
        # ...and so does one called or named so, after a comma and a place of its own ("a city, named
        # Thapsacus", "an old village on the river, called properly Carondelet")
        self.generic_rx = re.compile(r"\b(?i:" + _alt(c["settlement"]) + r")s?(?:\s+(?:on|in|at|near|by|upon)\s+the\s+"
                                     r"[a-z]+)?,?\s+(?:of|like|such\s+as|(?:called|named)(?:\s+[a-z]+ly)?)\s+" + NAME)
        # "Rozario is a large town built on", "Upper Sandusky, an Indian village, where": the text says what
        # the name is (the settlement word ends its phrase: "a man of the town" says nothing of the name)
        self.is_town_rx = re.compile(r"(?<![\w\-])(?:[Tt]he\s+)?([A-Z][a-z]" + LETTERS + r"(?:\s[A-Z][a-z]" + LETTERS +
                                     r")?)(?:\s+(?:is|was)|(?:\s*\(\w{1,4}\))?\s*,)\s+(?:a|an|the)\s+(?:(?!of\b|in\b)[\w-]+\s+){0,3}?(?:" +
                                     _alt(c["settlement"] + c["seat"]) + r")\b(?=\s*[,.;:(]|\s+(?:of|in|on|near|by|at|"
                                     r"with|where|which|that|built|founded|situated|lying|standing)\b)")
        # "the natives of Tumbez": counted as a place use of a known name, never a candidate of its own
        self.of_place_rx = re.compile(r"\b(?i:" + _alt(c["of_place"]) + r")\s+of\s+" + NAME)
        self.estab_rx = re.compile(r"(?:\b(?:" + _alt(c["establishment"]) + r")\s*[“\"‘']\s*$)", re.IGNORECASE)
        self.estab_after_rx = re.compile(r"^\s+(?:" + _alt(c["establishment"]) + r")\b", re.IGNORECASE)
        # "Lord Holland", "Earl St. Vincent"; "the Prince of Wales", "the Duke of Wellington": a title's place
        self.titled_rx = re.compile(r"\b(?:" + _alt(c["title"]) + r")\.?\s+(" + NAME_WORD + r")\b(?!\s+[A-Z])")
        self.title_rx = re.compile(r"\b(?:" + _alt(c["title"]) + r")\.?\s+$|\b(?:" + _alt(c["noble_title"]) +
                                   r")\s+of\s+(?:the\s+)?$")
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
        out = [self._longer_than_known(text, Candidate(m.start(), m.end(), m.group(0), "gazetteer"))
               for m in self.name_rx.finditer(text)]
        out = [c for c in out if c is not None]
        out += [Candidate(m.start(), m.end(), m.group(0), "venue") for m in self.venue_rx.finditer(text)
                if not any(c.start < m.end() and m.start() < c.end for c in out)]
        # "to the capital" moves the scene too, though it is not a mention (see epithets.py)
        out += [Candidate(m.start(), m.end(), m.group(0), "epithet") for rx, *_ in epithet_patterns()
                for m in rx.finditer(text)]
        taken = [(c.start, c.end) for c in out]
        for rx, how in ((self.landform_rx, "landform"), (self.group_rx, "landform"), (self.possessive_rx, "landform"),
                        (self.strong_rx, "movement"),
                        (self.motion_rx, "movement"), (self.motion_dir_rx, "movement"), (self.by_rx, "movement"),
                        (self.dateline_rx, "dateline"), (self.generic_rx, "settlement"),
                        (self.is_town_rx, "settlement"), (self.weak_rx, "location")):
            for m in rx.finditer(text):
                a, b = m.span(1)
                s = m.group(1)
                if s[:4].lower() == "the ":     # "BACK TO THE BRITISH LINES" in a heading
                    a += 4
                    s = s[4:]
                first, _, rest = s.partition(" ")
                if rest and first in self.openers:   # "But Tumbez was a favourite city"
                    a += len(first) + 1
                    s = rest
                if rx is self.by_rx and not self._way_by(text, m.start()):
                    continue
                if how == "settlement" and rx is self.is_town_rx and LONGER_NAME.search(text, max(0, a - 30), a):
                    continue    # "Dar es Salaam, the capital": the end of a longer name
                if how == "landform":
                    # "From Deer Valley", "The Green Lake": a capitalised word opening a sentence is no part
                    first = s.split()[0]
                    if len(s.split()) == 3 and (first in stopwords() or first.lower() in self.function_words):
                        a += len(first) + 1
                        s = s[len(first) + 1:]
                    # "Salt Lake City": a capitalised word before a landform word that opens a name is part
                    # of it, unless it opens the sentence or is a function word ("At Fort Laramie")
                    elif first in self.landform_words and (w := WORD_BEFORE.search(text, max(0, a - 30), a)) and \
                            w.group(1) not in stopwords() and w.group(1).lower() not in self.function_words:
                        a = w.start(1)
                        s = text[a:b]
                if any(a < y and x < b for x, y in taken):
                    continue
                out.append(Candidate(a, b, s, how))
                taken.append((a, b))
        out.sort(key=lambda c: c.start)
        # "to Paris and Turin": a name listed right after a place is a candidate like the place itself
        more, todo = [], [c for c in out if c.how != "epithet"]
        while todo:
            found = []
            for c in todo:
                m = self.list_rx.match(text, c.end)
                g = m.lastindex if m else None
                if m and not any(x < m.end(g) and m.start(g) < y for x, y in taken):
                    found.append(Candidate(m.start(g), m.end(g), m.group(g), "list"))
                    taken.append(m.span(g))
            more += found
            todo = found
        return sorted(out + more, key=lambda c: c.start)

    # ------------------------------------------------------------ deciding
    def _person_spans(self, text: str) -> list[tuple[int, int]]:
        return [m.span() for m in self.people_rx.finditer(text)] if self.people_rx else []

    def decide(self, doc: Doc, cands: list[Candidate]) -> list[PlaceMention]:
        text = doc.text
        people = self._person_spans(text)
        self._cue_counts = Counter(c.text for c in cands if c.how != "gazetteer")
        # "Rozario is a large town built on a dead level plain": the text says what the name is
        said = {m.group(1) for m in self.is_town_rx.finditer(text)}
        self._cue_counts.update(m.group(1) for m in self.is_town_rx.finditer(text))
        self._cue_counts.update(m.group(1) for m in self.of_place_rx.finditer(text))
        # ...and kept where only a weak cue finds it, resolved or not
        cands = [replace(c, how="settlement") if c.how in ("location", "list") and c.text in said else c
                 for c in cands]
        self._totals: dict[str, int] = {}
        self._articled: dict[str, bool] = {}
        # where each unknown name stands as a whole, found in one pass over the text
        self._spans = whole_spans(text, {c.text for c in cands if c.how not in ("gazetteer", "epithet", "venue")})

        self._words = doc.words
        out: list[PlaceMention] = []
        opened: dict[int, Open] = {}
        context: list[tuple[float, float]] = []
        countries: list[tuple[float, float]] = []
        qualified: set[int] = set()     # towns the text names with their state or country ("Murphy [North Carolina]")
        last_town: Optional[PlaceRecord] = None
        for c in cands:
            # a person's name that contains a place ("Sergo", "Soso of the Caucasus")
            if _inside_person(people, c):
                continue
            before, after = text[max(0, c.start - 40):c.start], text[c.end:c.end + 30]
            if self.title_rx.search(before):
                continue
            if (WATER_BEFORE.search(text, max(0, c.start - 20), c.start) or WATER_AFTER.match(text, c.end)) \
                    and c.how != "landform" and not historical.candidates(c.text) and not any(
                    r.type in ("river", "lake", "sea") for r in self.gaz.index.get(key(c.text), [])):
                continue    # "to the river Chalus": a river the gazetteer does not hold, not a town of its name
            if WATER_APPOSITIVE.match(text, c.end, c.end + 60):
                continue    # "crossed the Saladillo, a stream of fine clear water": a river, not the town
            if c.text in ambiguous_names() and re.match(r"\s+[A-Z]\w+", after) and \
                    not re.match(r"\s+(?:Province|Region|River|Street|Station|Square|Prospect|Road)\b", after):
                continue
            establishment = bool(self.estab_rx.search(before) or (
                self.estab_after_rx.match(after) and re.search(r"(?:\bthe|[“\"‘])\s*$", before)))
            if c.how == "epithet":
                town = capital_record(self.gaz, last_town.polity, self.story_year) if last_town else None
                if town is not None and ARRIVING.search(text[max(0, c.start - 40):c.start]):
                    last_town = town
                continue
            if c.how == "venue":
                # "Fedorov’s restaurant": a building in the town the story last went to
                if last_town is not None:
                    out.append(self._establishment(doc, c, "", "", last_town))
                continue
            if c.text in BARE_LANDFORMS or self.product_rx.match(text, c.end):
                continue    # "on a Small Island"; "India rubber", "a Panama hat": a thing, not a place
            if c.how != "gazetteer" and (c.text in stopwords() or c.text.title() in demonyms()
                                         or c.text in self.landform_words
                                         or not self._looks_like_place(c.text)
                                         or c.how != "landform" and self._mostly_not_a_place(doc, c)
                                         or c.how in ("location", "list") and self._writers_capital(c)):
                continue
            if c.text.lower() in SIGHT_NOUNS and after.startswith(" of "):
                continue    # "we arived in Sight of St. Charles": the writer's capital on the sight of a place
            if c.how != "gazetteer" and (self._family_name(text, c) or self._addressee(text, c)
                                         or c.text.endswith(("'s", "’s")) and COMMON_NEXT.match(after)
                                         or self._titled(text, c.text)):
                continue
            rec = None
            if establishment:
                # a guesthouse called "Russia" is a building in the town the story is in
                if last_town is not None:
                    out.append(self._establishment(doc, c, before, after, last_town))
                    continue
            elif c.how == "gazetteer":
                # a namesake well away from the places named before it is not in the scene (London, Ontario
                # beside New York in a report of the markets)
                ranked = self.gaz.resolve(c.text, near=context[-8:], online=False, regions=countries[-3:]) \
                    if context or countries else []
                # (only a curated place's namesakes: among GeoNames towns alone the route decides, and Monterey,
                # California, stays beside the Mexican city that lists the name)
                ranked = [x for x in ranked if x.record.source != "geonames" or ranked[0].record.source == "geonames"
                          or in_scene(x.record, ranked[0].record, context[-8:])]
                if len(ranked) > 1 and ranked[0].record.source in ("curated", "user") and \
                        any(x.record.source in ("geonames", "historical") for x in ranked):
                    # a namesake of a curated town in the scene (gazetteer.resolve.in_scene): the route decides
                    # ('Petersburg' after Baltimore is the Virginia town); alone, or after Moscow, the curated town stands
                    opened[c.start] = Open(ranked, None)
                    rec = ranked[0].record
                elif ranked and ranked[0].record.type == "region" and ranked[0].record.source == "geonames":
                    rec = ranked[0].record      # a state in the scene, not the country of its name
                else:
                    rec = self.gaz.best(c.text, near=context[-8:], geonames=False, online=False)
            else:
                found = self.gaz.resolve(c.text, year=self.story_year, near=context[-8:], regions=countries[-3:])
                # "Murphy [North Carolina]", "Philadelphia, Tennessee": the text says which namesake, however small
                within = self.after_town.within(found, text, c.end)
                if within:
                    qualified.add(c.start)
                ranked = within or plausible(found, c.how, self.gaz.geonames)
                if OWN_NAME_ONLY.search(c.text):
                    ranked = [x for x in ranked if x.record.source != "geonames" or x.how == "name"]
                island = self._island_named(c.text, before)
                if island is not None:
                    # "the island of Hawaii": the island the gazetteer knows by that phrase, not the state
                    ranked = [Named(island, 100.0, reasons=["an island the tables know as the island of that name"])]
                if re.search(r"\b[Tt]he\s+$", before):
                    # "bound for the Garonne": a name with the article is a river, a region or a landform, not
                    # a village of that name (a great city may still be meant: "the Hague")
                    ranked = [x for x in ranked if x.record.source != "geonames" or x.record.type == "region"
                              or x.record.population >= _BIG_CITY]
                if c.how in ("location", "list") and title_case_line(text, c.start):
                    # "Napoleon Ready to Reappear": where every word is capitalised, a capital says nothing,
                    # and a word after "to" is a place only under its own name, never as a spelling guess
                    ranked = [x for x in ranked if not x.variant]
                if ranked and ranked[0].record.source in ("curated", "user") and not ranked[0].variant:
                    rec = ranked[0].record
                    if any(x.record.source == "historical" and x.how == "name" for x in ranked):
                        # a curated island with a namesake in the scene (Gorgona off Colombia): the route decides
                        opened[c.start] = Open(ranked, None)
                elif ranked:
                    # GeoNames namesakes and spelling guesses: the route decides (place_route.py)
                    opened[c.start] = Open(ranked, _UNRESOLVED[c.how], optional=c.how not in _STRONG)
                    rec = ranked[0].record
                else:
                    rec = adjectival(self.gaz, c.text, context)
                    if rec is None and c.how == "landform":
                        rec = named_after_town(self.gaz, c.text, context, self.story_year)
                    if rec is None and c.how not in _STRONG:
                        continue
            if rec is not None and (rec.type in POINT_TYPES | SEA_POINTS or c.start in opened and rec.type in LOCAL_FEATURES) \
                    and (c.start not in opened or settled(opened[c.start].ranked)
                         and not (opened[c.start].optional and c.start not in qualified
                                  and (opened[c.start].ranked[0].variant
                                       or opened[c.start].ranked[0].record.population < _BIG_NAMESAKE))):
                # a namesake chosen by size alone among others of a size is no scene for the names after it,
                # nor a spelling guess or a small town after a weak cue ('in Charge of' is not Chargé, nor
                # 'to See us' Cee in Galicia)
                context.append((rec.lat, rec.lon))
            elif rec is not None and rec.type == "country":
                countries.append((rec.lat, rec.lon))     # where a voyage is, for an island's namesake
            if rec is not None and rec.type in _TOWN_TYPES and ARRIVING.search(before):
                last_town = rec     # the story's scene: the last town someone went to
            ref = PlaceRef.of(rec) if rec else None
            if rec is not None and rec.type == "river" and RIVER_END_BEFORE.search(before):
                # "camped four miles above the Osage": the river's mouth, a point on the boats' way
                ref = ref.model_copy(update={"name": f"{rec.name} (mouth)", "type": "confluence"})
            out.append(PlaceMention(text=c.text, start=c.start, end=c.end, place=ref,
                                    resolution=rec.source if rec else "unresolved", line=doc.line_of(c.start)))
        out += self._other_occurrences(doc, out, opened, cands, people)
        out.sort(key=lambda m: m.start)
        with_longer_names(out, opened)
        return resolve_along_route(out, {i: opened[m.start] for i, m in enumerate(out) if m.start in opened},
                                   self.gaz)

    def _establishment(self, doc: Doc, c: Candidate, before: str, after: str, town: PlaceRecord) -> PlaceMention:
        m = self.estab_rx.search(before) or self.estab_after_rx.match(after)
        kind = re.sub(r"[\s“\"‘']+", " ", m.group(0)).strip() if m else None
        label = f"{c.text} ({kind}, {town.name})" if kind else f"{c.text} ({town.name})"
        place = PlaceRef(id=f"{town.id}/{key(c.text)}", name=label, lat=round(town.lat, 5),
                         lon=round(town.lon, 5), type="building", source="context", polity=town.polity)
        return PlaceMention(text=c.text, start=c.start, end=c.end, place=place, resolution="context",
                            line=doc.line_of(c.start))

    def _island_named(self, name: str, before: str) -> Optional[PlaceRecord]:
        """The island a text names as 'the island of X' or 'the isle of X' when the gazetteer knows it as
        'Island of X' or 'X Island' (a bare X may be a state, a town or a group)."""
        if not ISLAND_OF.search(before):
            return None
        for phrase in (f"Island of {name}", f"Isle of {name}", f"{name} Island"):
            hits = {c.record.id: c.record for c in self.gaz.resolve(phrase, online=False)
                    if c.record.type == "island" and not c.variant and c.how in ("name", "alternate name")
                    or c.record.source in ("curated", "user") and c.record.type == "island"}
            if len(hits) == 1:
                return next(iter(hits.values()))
        return None

    def _mostly_not_a_place(self, doc: Doc, c: Candidate) -> bool:
        """A name the text mostly uses outside place cues is a person or a title ("Lenin", "Pravda"),
        unless a sizeable town bears that very name."""
        # "Okhotsk Sea" and "Lyons Proclamations" are other names: only the name standing alone counts
        total = sum(not followed for _, _, followed in self._spans.get(c.text, ()))
        cued = self._cue_counts[c.text]
        if total < 2 or cued / total >= 0.5:
            return False
        if any(r.type in LANDFORM_TYPES for r in self.gaz.index.get(key(c.text), [])) or any(
                g["kind"] in LANDFORM_TYPES for g in historical.candidates(c.text)):
            return False    # a volcano, an island, a bay the tables know by that very name is nobody's name
        # "Grenoble opened its gates": a town of some size by that very name is the town
        # ...if the text puts it after a place cue at least now and then ("Stalin" hardly ever is)
        return 4 * cued < total or not any(x.record.population >= (_BIG_NAMESAKE if x.how == "name" else _BIG_CITY)
                                           for x in self.gaz.resolve(c.text)[:3] if not x.variant)

    def _writers_capital(self, c: Candidate) -> bool:
        """'to See us return', 'in Charge of', 'killed 7 Deer to Day': a word the text writes in lower case
        at least as often as with a capital is the writer's habit of capitals (Clark's journals, letters of
        the 18th century), not a name, after a weak cue, unless a sizeable town bears that very name."""
        word = c.text
        if " " in word or not word.isalpha() or not word[0].isupper() or not word[1:].islower():
            return False
        lower, upper = self._words[word.lower()], self._words[word]
        if lower < 2 or lower < upper:
            return False
        return not any(x.how == "name" and x.record.population >= _BIG_NAMESAKE
                       for x in self.gaz.resolve(word, online=False)[:3])

    def _addressee(self, text: str, c: Candidate) -> bool:
        return addressed(text, c.start)

    def _other_occurrences(self, doc: Doc, out: list[PlaceMention], opened: dict[int, Open], cands, people):
        """A name taken for a place after a cue is the same place where the text names it again
        ("reached Grenoble" ... "Grenoble opened its gates"), unless it stands in a person's name, after
        a title, or as the one written or spoken to."""
        taken = [(c.start, c.end) for c in cands] + [(m.start, m.end) for m in out]
        more, seen = [], set()
        for m in sorted(out, key=lambda m: -len(m.text)):      # "Golden City" before "Golden"
            if m.start not in opened or m.text in seen:
                continue
            seen.add(m.text)
            for a, b, _ in self._spans.get(m.text, ()):
                if any(x < b and a < y for x, y in taken) or _inside_person(people, Candidate(a, b, m.text, "")) \
                        or self.title_rx.search(doc.text[max(0, a - 40):a]) \
                        or self._addressee(doc.text, Candidate(a, b, m.text, "")):
                    continue
                taken.append((a, b))
                opened[a] = Open(opened[m.start].ranked, opened[m.start].unresolved, optional=True)
                more.append(m.model_copy(update={"start": a, "end": b, "line": doc.line_of(a)}))
        return more

    def _titled(self, text: str, name: str) -> bool:
        """'General Banks' once, then 'heard from Banks': a name the text gives a person's title, or follows
        with 'who', is that person wherever it stands alone, unless a town of some size bears it (a general may share a
        city's name: 'General Washington' does not make Washington a man)."""
        if not hasattr(self, "_titled_names"):
            self._titled_names = {m.group(1) for m in self.titled_rx.finditer(text)} | \
                {m.group(1) for m in PERSON_WHO.finditer(text)}
        if name not in self._titled_names:
            return False
        return not any(x.record.population >= _BIG_CITY or x.record.source in ("curated", "user")
                       for x in self.gaz.resolve(name, online=False)[:3] if not x.variant)

    def _family_name(self, text: str, c: Candidate) -> bool:
        """'reached the Lenins', 'moved in with the Alliluyevs': a family, when the text names the person;
        a family's house or bank is one wherever the text names it ('recommended by the Barings' ... 'a
        deposit at Baring's' ... 'presented at Barings')."""
        if c.text.endswith(("'s", "’s")):     # 'at Baring's' where the text speaks of 'the Barings'
            return self._with_article(text, c.text[:-2] + "s")
        if not c.text.endswith("s"):
            return False
        if not re.search(r"\bthe\s+$", text[max(0, c.start - 5):c.start]) and not self._with_article(text, c.text):
            return False
        return self._occurrences(text, c.text[:-1]) >= 2

    def _with_article(self, text: str, name: str) -> bool:
        """The text writes 'the <name>' somewhere."""
        if name not in self._articled:
            self._articled[name] = bool(re.search(r"\b[Tt]he\s+" + re.escape(name) + r"(?![\w\-])", text))
        return self._articled[name]

    def _occurrences(self, text: str, s: str) -> int:
        """How often `s` stands as a whole in the text (not inside a longer word)."""
        if re.fullmatch(r"[\w\-]+", s):
            return self._words[s]
        if s not in self._totals:
            self._totals[s] = len(re.findall(r"(?<![\w\-])" + re.escape(s) + r"(?![\w\-])", text))
        return self._totals[s]

    def _longer_than_known(self, text: str, c: Candidate) -> Optional[Candidate]:
        """A known name right after another capitalised word may be the end of a longer name: 'Lake Tanganyika'
        is no Tanganyika (the landform rule finds it), 'Nijni Novgorod' no Novgorod (GeoNames knows the longer
        name); a word that only qualifies the place ('British India', 'East London') leaves it alone."""
        w = WORD_BEFORE.search(text, max(0, c.start - 30), c.start)
        if w is None or w.group(1) in self.qualifiers or w.group(1) in stopwords() or \
                w.group(1).lower() in self.function_words or w.group(1).title() in demonyms():
            return c
        if w.group(1) in self.landform_words:
            return None
        longer = text[w.start(1):c.end]
        if self.gaz.geonames is not None and self.gaz.geonames.candidates(longer, limit=1):
            return Candidate(w.start(1), c.end, longer, "location")
        return c

    def _way_by(self, text: str, at: int) -> bool:
        """'by' at `at` names the way of a move: a verb of motion stands among the few words before it in its
        clause ('travelling by', 'went to Venice by'), the word right before is no participle taking an agent
        ('escorted by Cossacks', 'inhabited by Phoenicians', 'made by the Daily Telegraph'), and the name ends its
        phrase ('by Kamchatkan camp-fires' is an adjective's)."""
        clause = CLAUSE_END.split(text[max(0, at - _CLAUSE_REACH):at])[-1]
        words = re.findall(r"[A-Za-z]+", clause)[-_WAY_WORDS:]
        if not words or words[-1] in self.agent_words or BEING & set(words[-3:]) or \
                words[-1] not in self.way_words and PARTICIPLE.search(words[-1]):
            return False    # "had been found by Cambronne"
        m = self.by_rx.match(text, at)
        return any(w in self.way_words for w in words) and bool(PHRASE_END.match(text, m.end(1)))

    def _looks_like_place(self, s: str) -> bool:
        first = s.split()[0].rstrip("’'s")
        return first not in stopwords() and not (self.people_rx and self.people_rx.fullmatch(s))


_TOWN_TYPES = {"city", "town", "village"}
_CLAUSE_REACH = 120
# how far back a clause of motion may hold its verb before 'by', and how many words may stand between
_WAY_WORDS = 10
_STRONG = {"movement", "settlement", "landform", "dateline"}     # cues after which an unknown name is a place even unresolved
# the score of leaving a mention unresolved, against candidates' priors (gazetteer/resolve.py): an exact
# GeoNames name of a village scores ~65, a close spelling guess of a town ~55 plus what the route lends it
_UNRESOLVED = {"dateline": 50.0, "movement": 50.0, "settlement": 50.0, "landform": 50.0, "location": 55.0, "list": 55.0}
_BIG_NAMESAKE = 20000      # a GeoNames place this big by the very name a text uses
LANDFORM_TYPES = {"mountain", "volcano", "island", "bay", "lake", "valley", "pass", "cape", "archipelago", "sea", "river"}
_BIG_CITY = 100000         # a city this big by one of its other names (Lyons for Lyon)



def _inside_person(people: list[tuple[int, int]], c: Candidate) -> bool:
    """The candidate is a person's name or lies inside one; `people` is sorted and does not overlap."""
    i = bisect.bisect_right(people, (c.start, float("inf"))) - 1
    return i >= 0 and people[i][0] <= c.start and c.end <= people[i][1]


def find_places(doc: Doc, gazetteer: Gazetteer, *, people: Iterable[str] = (),
                story_year: Optional[int] = None) -> list[PlaceMention]:
    finder = PlaceFinder(gazetteer, people=people, story_year=story_year)
    return finder.decide(doc, finder.candidates(doc.text))
