"""Stops the place layer missed: a proper name that is the source, goal or path of a motion verb
("rode on to Longmount", "got to Borgo de Valsugano") is a place even when the gazetteer does not
know it or the text never puts it after a place cue. Each is resolved near the places around it, or
kept by name without coordinates.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Iterable

from gazetteer import Gazetteer

from .models import PlaceMention, PlaceRef
from .motion import _form_index, motion_for
from .motion_words import JOURNEY_NOUNS, SIGHT_NOUNS
from .place_words import BARE_LANDFORMS, addressed, stopwords
from .place_patterns import WATER_APPOSITIVE
from .text import Doc
from .triggers import is_dateline

# entity labels that are never places
NOT_PLACE_LABELS = {"PERSON", "NORP", "DATE", "TIME", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "PERCENT",
                    "WORK_OF_ART", "LAW", "LANGUAGE", "EVENT", "PRODUCT"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# a capitalised word where a motion verb's source, goal or path stands: after a preposition or a verb
# that takes the place as its object
_CAPITAL = re.compile(r"(?:\b(?:to|at|in|into|from|for|via|through|towards?|near|beyond|of|reached|reaching|left|"
                      r"leaving|entered|entering|quitted|quit|and|or)|,)\s+(?:[a-z]+\s+){0,3}([A-Z][\w’'\-]+)")
# offices and ranks: "the British Consul", "the Governor" are people, whatever the model says
OFFICES = {"Consul", "Governor", "Ambassador", "Minister", "Commandant", "Commissioner", "Magistrate", "Mayor",
           "Bishop", "Archbishop", "Abbot", "Prior", "Consulate", "Embassy", "Legation", "Emperor", "King",
           "Queen", "Tsar", "Czar", "President", "Secretary", "Chancellor", "Prefect", "Resident", "Agent"}
# lower-case words that may sit inside a place's name ("Borgo de Valsugano", "Stratford-upon-Avon")
NAME_PARTICLES = {"de", "di", "da", "del", "della", "des", "du", "la", "le", "les", "von", "van", "der", "on",
                  "upon", "sur", "am", "an", "im", "of"}
_NEAR = 8               # located mentions on each side that a new stop is resolved near
_MAX_KM = 1500.0        # a namesake further than this from every place around it is not the one meant


@lru_cache(maxsize=1)
def _motion_words() -> frozenset:
    """Every form of a motion predicate and journey noun, lower-cased (a set: one regex of 668 alternatives
    searched in every sentence cost thirty times more)."""
    return frozenset(f.lower() for f in set(_form_index()) | JOURNEY_NOUNS | {n + "s" for n in JOURNEY_NOUNS})


_WORD = re.compile(r"[A-Za-z]+")


def _has_motion_word(text: str) -> bool:
    words = _motion_words()
    return any(w.lower() in words for w in _WORD.findall(text))


def _name_span(tok):
    """The proper name a token belongs to: its entity, or its run of capitalised words and particles."""
    if tok.ent_type_:
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None:
            return ent if ent.label_ not in NOT_PLACE_LABELS else None
    doc = tok.doc
    a = b = tok.i
    while a > 0 and (doc[a - 1].pos_ == "PROPN" or (doc[a - 1].lower_ in NAME_PARTICLES and a - 1 > 0
                                                     and doc[a - 2].pos_ == "PROPN")) and doc[a - 1].is_title:
        a -= 1
    while b + 1 < len(doc) and (doc[b + 1].pos_ == "PROPN" and doc[b + 1].is_title
                                or (doc[b + 1].lower_ in NAME_PARTICLES and b + 2 < len(doc)
                                    and doc[b + 2].pos_ == "PROPN" and doc[b + 2].is_title)):
        b += 1
    return doc[a:b + 1]


def find_unlisted_stops(doc: Doc, places: list[PlaceMention], gaz: Gazetteer,
                        people: Iterable[tuple[int, int]] = ()) -> list[PlaceMention]:
    parse = doc.parse
    taken = sorted((p.start, p.end) for p in places)
    starts = [a for a, _ in taken]
    people = sorted(people)
    pstarts = [a for a, _ in people]
    stop = stopwords()
    # only sentences with a motion word and a capitalised word no place or person already covers are parsed
    sents = [s for s in doc.sentences if _has_motion_word(s.text) and any(
        not _overlaps(s.start + m.start(1), s.start + m.end(1), taken, starts)
        and not _overlaps(s.start + m.start(1), s.start + m.end(1), people, pstarts)
        for m in _CAPITAL.finditer(s.text))]
    parse.prepare([s.start for s in sents], entities=True)
    located = [p for p in places if p.place is not None and p.place.lat is not None]
    lstarts = [p.start for p in located]
    # one sense per name: a name the place layer resolved elsewhere in the text means the same here
    known = {p.text.casefold(): p.place for p in located}
    out: list[PlaceMention] = _dateline_places(doc, taken, starts, gaz, located, known)
    seen: set[int] = {m.start for m in out}
    for sent in sents:
        span = parse.span(sent.start, sent.end)
        if span is None:
            continue
        base = parse.base(span)
        for tok in span:
            if tok.pos_ != "PROPN" or tok.dep_ not in ("pobj", "dobj", "nsubjpass", "compound", "conj", "appos"):
                continue
            name = _name_span(tok)
            if name is None or len(name) == 0:
                continue
            a, b = base + name.start_char, base + name.end_char
            if a in seen or _overlaps(a, b, taken, starts) or _overlaps(a, b, people, pstarts):
                continue
            words = name.text.split()
            if not words or words[0] in stop or not words[0][0].isupper() or len(name.text) < 3:
                continue
            if name.text in BARE_LANDFORMS or name.text.lower() in SIGHT_NOUNS:
                continue    # "we proceeded on to an Island near the middle of the river", "arived in Sight of": no name
            if words[-1] in OFFICES or WATER_APPOSITIVE.match(doc.text, b, b + 60) or addressed(doc.text, a):
                continue    # an office, running water ("the Saladillo, a stream"), one called to ("called to Galina")
            # a word the text also writes in lower case is a common noun ("the Theatre", "the Consul")
            if any(w.lower() in doc.words for w in words if w.lower() not in NAME_PARTICLES):
                continue
            is_entity = getattr(name, "label_", "") in PLACE_LABELS
            mo = motion_for(name)
            if mo is None or mo.role not in ("to", "from", "via", "at", "toward"):
                continue
            seen.add(a)
            i = bisect.bisect_left(lstarts, a)
            near = [(p.place.lat, p.place.lon) for p in located[max(0, i - _NEAR):i + _NEAR]]
            if name.text.casefold() in known:
                place = known[name.text.casefold()]
                out.append(PlaceMention(text=name.text, start=a, end=b, place=place, resolution=place.source,
                                        line=doc.line_of(a)))
                continue
            m = _mention(doc, name.text, a, b, gaz, near)
            # an unknown name is kept as a stop only when the model reads it as a town or a region: a
            # building or a landmark ("the Pont-Royal") is a place inside the town the story is in
            article = name[0].lower_ == "the" or name.start > 0 and name.doc[name.start - 1].lower_ == "the"
            is_entity = is_entity and getattr(name, "label_", "") != "FAC" and not article
            if article and m.place is not None and m.place.type in ("town", "village"):
                continue    # "crossed the Loire": a river or a landform, not the village Loiré
            if m.place is not None or is_entity:
                out.append(m)
    return out


def _dateline_places(doc: Doc, taken, starts, gaz: Gazetteer, located, known) -> list[PlaceMention]:
    """The place heading a letter or a diary entry ("DENVER, November 9."), also when set in capitals."""
    out = []
    lstarts = [p.start for p in located]
    for sent in doc.sentences:
        if not is_dateline(sent.text):
            continue
        name = sent.text.split(",")[0].strip()
        a = sent.start + sent.text.index(name)
        b = a + len(name)
        if _overlaps(a, b, taken, starts):
            continue
        i = bisect.bisect_left(lstarts, a)
        near = [(p.place.lat, p.place.lon) for p in located[max(0, i - _NEAR):i + _NEAR]]
        if name.casefold() in known:
            place = known[name.casefold()]
            out.append(PlaceMention(text=name, start=a, end=b, place=place, resolution=place.source,
                                    line=doc.line_of(a)))
            continue
        m = _mention(doc, name.title() if name.isupper() else name, a, b, gaz, near)
        out.append(m.model_copy(update={"text": name}))
    return out


def _overlaps(a: int, b: int, spans, starts) -> bool:
    i = bisect.bisect_right(starts, a) - 1
    for j in (i, i + 1):
        if 0 <= j < len(spans) and spans[j][0] < b and a < spans[j][1]:
            return True
    return False


def _mention(doc: Doc, name: str, a: int, b: int, gaz: Gazetteer, near) -> PlaceMention:
    rec = None
    for c in gaz.resolve(name, near=near or None):
        if c.variant:
            continue     # a spelling guess needs more support than one mention gives
        if near and (c.distance_km is None or c.distance_km > _MAX_KM):
            continue
        rec = c.record
        break
    place = PlaceRef.of(rec) if rec is not None else PlaceRef(name=name, type="town", source="unresolved")
    return PlaceMention(text=name, start=a, end=b, place=place if rec is not None else None,
                        resolution=rec.source if rec is not None else "unresolved", line=doc.line_of(a))
