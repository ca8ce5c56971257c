"""Moves from the parse: for a place named in a sentence, the motion verb that governs it, the role the
place plays (source, goal, path, intended goal, where one stays), who moves and whether it happened.

The predicates are data (data/motion_lexicon.csv: lemma, particle, class, what a direct object is);
the prepositions' roles and the other words are tables in motion_words.py. This module only walks the
dependency tree.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .inflect import form_index
from .motion_words import (AHEAD_NOUNS, ALONG_PREPS, CLASS_EVENT, DIRECT_WORDS, DISTANCE_WORDS, DOBJ_ROLES,
                           JOURNEY_NOUNS, LEAD_VERBS, LOATH_ADJECTIVES, ONWARD_PREPS, PATH_NOUNS, PLACE_OBJECTS,
                           PLACE_PARTS, PREP_ROLES, REFLEXIVES, WAY_NOUNS)
from .paths import DATA_DIR
from .visit_status import visit_status

@dataclass(frozen=True)
class Predicate:
    lemma: str
    particle: str
    cls: str
    dobj: str


@lru_cache(maxsize=1)
def lexicon() -> dict[str, list[Predicate]]:
    out: dict[str, list[Predicate]] = {}
    with open(DATA_DIR / "motion_lexicon.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            out.setdefault(r["lemma"], []).append(Predicate(r["lemma"], r["particle"], r["class"], r["dobj"]))
    return out


@lru_cache(maxsize=1)
def _form_index() -> dict[str, str]:
    """Inflected form -> lemma of every predicate in the lexicon, older spellings included."""
    return form_index(lexicon(), old=True)


def predicate_of(verb) -> Optional[Predicate]:
    """The lexicon entry for a verb token, taking its particle into account ("set off", "went back")."""
    lemma = verb.lemma_.lower()
    cands = lexicon().get(lemma) or lexicon().get(_form_index().get(verb.lower_, ""), [])
    if not cands:
        # "groped my way into", "picked her way to": any verb with one's way as its object travels
        if any(c.dep_ == "dobj" and c.lower_ == "way" and any(g.dep_ == "poss" for g in c.children)
               for c in verb.children):
            return _MAKE_WAY
        return None
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
    # "set his army in motion", "put the column in march": a phrase that turns the verb into a move
    particles |= {f"{c.lower_} {g.lower_}" for c in verb.children if c.dep_ == "prep"
                  for g in c.children if g.dep_ == "pobj"}
    with_prt = [p for p in cands if p.particle and p.particle in particles]
    if with_prt:
        return with_prt[0]
    plain = [p for p in cands if not p.particle]
    # "made his way": a particle that is a noun object
    objs = {c.lower_ for c in verb.children if c.dep_ in ("dobj", "acomp")}    # "bade adieu", tagged an adjective
    with_obj = [p for p in cands if p.particle and p.particle in objs]
    return with_obj[0] if with_obj else (plain[0] if plain else None)


@dataclass
class Motion:
    """One place's part in one motion predicate."""
    role: str                 # to, toward, from, via, at
    cls: str                  # the predicate's class
    verb: object              # spaCy Token
    visit: str                # actual, planned, hypothetical, negated, question, habitual, reported
    mover: Optional[object]   # spaCy Token heading the mover's phrase, or None (implicit)
    ahead: bool = False       # "on the way to X": a goal ahead, not yet reached
    presence: bool = False    # a scene-setting locative, not a verb of motion
    fronted: bool = False     # ... at the front of its sentence ("At Gap the officials strove")
    writing: bool = False     # where the writer is as they write ("an inn in Elsineur, where I am waiting")

    @property
    def event(self) -> str:
        return CLASS_EVENT[self.cls][0]

    @property
    def status(self) -> str:
        return CLASS_EVENT[self.cls][1]


def _head_of_span(span):
    for t in span:
        if t.head.i < span.start or t.head.i >= span.end or t.head.i == t.i:
            return t
    return span[0]


def _prep_phrase(prep) -> str:
    """'out of', 'by way of', or the preposition itself."""
    w = prep.lower_
    if w == "of" and prep.head.lower_ in ("out", "way") and prep.head.i == prep.i - 1:
        return "out of" if prep.head.lower_ == "out" else "by way of"
    doc = prep.doc
    if w == "as" and prep.i >= 2 and doc[prep.i - 1].lower_ == "far" and doc[prep.i - 2].lower_ == "as":
        return "as far as"
    return w


def _governing_verb(tok, limit=4, nouns=None):
    """The verb a phrase hangs from, through the nouns of a journey ("took the train for X"); `nouns`
    collects those noun tokens."""
    nouns = [] if nouns is None else nouns
    for _ in range(limit):
        if tok.pos_ in ("VERB", "AUX"):
            return tok, nouns
        if tok.lemma_.lower() not in PATH_NOUNS and tok.lower_ not in PATH_NOUNS:
            # "the voyage of the Induna from Delagoa Bay": through the vessel to the voyage
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in JOURNEY_NOUNS:
                tok = tok.head.head
                continue
            # "advanced four stages--twenty-five parasangs--to Tarsus": through the distance to the verb
            if tok.lemma_.lower() in DISTANCE_WORDS and tok.dep_ in ("dobj", "npadvmod", "appos") \
                    and tok.head.i != tok.i:
                tok = tok.head
                continue
            if tok.lemma_.lower() in DISTANCE_WORDS and tok.head.i == tok.i:
                # ...where the small model makes the distance the sentence's root: the verb of going before it
                verb = next((t for t in reversed(tok.doc[max(tok.sent.start, tok.i - _DISTANCE_REACH):tok.i])
                             if t.pos_ == "VERB" and predicate_of(t) is not None), None)
                return verb, nouns
            return None, nouns
        nouns.append(tok)
        if tok.dep_ == "pobj":
            tok = tok.head.head       # "on the way to X": way -> on -> verb
        elif tok.head.i == tok.i:
            return None, nouns
        else:
            tok = tok.head
    return None, nouns


_DISTANCE_REACH = 12     # tokens back from a distance to the verb of going it measures
_ON_THE_WAY = Predicate("way", "", "travel", "")
_MAKE_WAY = Predicate("make", "way", "travel", "")
_JOURNEY = Predicate("journey", "", "travel", "")


def _aux_had(v) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in v.children)


def _that_clause_subject(conj):
    """'he bore up for Malta, and met intelligence that the French, having been dispersed, had put back to
    Toulon': the small model makes 'had put back' a conjunct of 'bore'; a past perfect after a that-clause,
    where the first verb has none, goes on that clause, whose subject it shares."""
    head = conj.head
    if not _aux_had(conj) or _aux_had(head):
        return None
    for t in conj.doc[head.i + 1:conj.i]:
        if t.dep_ == "mark" and t.lower_ == "that" and t.head.i < conj.i:
            subj = next((c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return subj
    return None


def _subject_of(verb):
    """The verb's subject, shared down coordination and control ("rose and went", "decided to go")."""
    tok = verb
    for _ in range(6):
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        if subj is not None and subj.lower_ in REFLEXIVES and tok.head.i != tok.i:
            tok = tok.head      # "they found themselves riding at anchor": whom the reflexive stands for
            continue
        if subj is not None:
            return subj, subj.dep_ == "nsubjpass"
        if tok.dep_ == "conj":
            other = _that_clause_subject(tok)
            if other is not None:
                return other, other.dep_ == "nsubjpass"
        if tok.dep_ == "acl" and tok.head.i != tok.i:
            return tok.head, False     # "the courier going to Yakutsk": the noun moves
        if tok.dep_ in ("conj", "xcomp", "advcl", "pcomp", "prep") and tok.head.i != tok.i:
            tok = tok.head
            continue
        break
    return None, False


def mover_of(verb, pred: Predicate):
    """Who a motion verb moves: its subject, or for 'carry', 'send', 'bring' in the active voice its
    object ("the frigate carried him to Elba")."""
    mover, passive = _subject_of(verb)
    if mover is not None and mover.lemma_.lower() in JOURNEY_NOUNS:
        # "our journey came to an end at Kawaehae": whose journey it is, is who arrives
        mover = next((c for c in mover.children if c.dep_ == "poss"), mover)
    if pred.dobj == "mover" and not passive:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        # "transporting themselves to Gorgona": a reflexive object is the subject itself
        if obj is not None and obj.lower_ not in REFLEXIVES:
            mover = obj
    return mover


def _to_where(tok):
    """'came down the hill to where Goudet stands': the preposition whose object is the clause the place
    is the subject of."""
    verb = tok.head
    if tok.dep_ == "nsubj" and verb.dep_ in ("pcomp", "pobj") and verb.head.lower_ in ("to", "toward", "towards") \
            and any(c.lower_ == "where" for c in verb.children):
        return verb.head
    return None


def _to_read_as_infinitive(tok) -> Optional[Motion]:
    """'We came the five and twentieth, to Mohatch': the small model reads an unknown name after "to" as a
    verb with its infinitive marker, hung on the words before it; the name is the goal of the nearest verb
    of motion above it."""
    if tok.pos_ != "PROPN" or not any(c.dep_ == "aux" and c.lower_ == "to" and c.i == tok.i - 1
                                      for c in tok.children):
        return None
    verb = tok.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    pred = predicate_of(verb) if verb.pos_ in ("VERB", "AUX") else None
    table = PREP_ROLES.get("to", {})
    role = (table.get(pred.cls) or table.get("*")) if pred is not None else None
    if role is None:
        return None
    return Motion(role=role, cls=pred.cls, verb=verb, visit=visit_status(verb), mover=mover_of(verb, pred))


def road_participle(verb) -> bool:
    """'the junction of the road going to Vicksburg': a participle hung on a way, or right after one (the small
    model may hang it elsewhere), says where the way goes; unless the way is taken ("took the road leading to
    Utica", "down the track running to the ford")."""
    if verb.tag_ not in ("VBG", "VBN"):
        return False
    prev = verb.doc[verb.i - 1] if verb.i > 0 else None
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in WAY_NOUNS:
        way = verb.head
    elif prev is not None and prev.pos_ == "NOUN" and prev.lemma_.lower() in WAY_NOUNS:
        way = prev
    else:
        return False
    taken = way.dep_ == "dobj" and predicate_of(way.head) is not None or \
        way.dep_ == "pobj" and way.head.lower_ in ALONG_PREPS and predicate_of(way.head.head) is not None
    return not taken


def _way_that_leads(verb):
    """'down the steep descent that leads to Langogne': a way that leads somewhere, gone along, is the way
    there; the noun of the way, to look for the verb of going from."""
    if verb.lemma_.lower() not in LEAD_VERBS or verb.dep_ != "relcl":
        return None
    way = verb.head
    if way.lemma_.lower() in WAY_NOUNS and way.dep_ == "pobj" and way.head.lower_ in ALONG_PREPS:
        return way
    return None


def _loath_to(verb) -> bool:
    """A departure governed by an adjective of reluctance, in the past: the traveller was at the place."""
    adj = verb.head
    return verb.dep_ == "xcomp" and adj.pos_ == "ADJ" and adj.lower_ in LOATH_ADJECTIVES \
        and adj.head.lemma_ == "be" and adj.head.tag_ == "VBD"


def _particle_before(span):
    """The particle just before a place that a preposition would govern ('arrived off | Cadiz')."""
    first = span[0]
    if first.i == 0:
        return None
    prt = first.doc[first.i - 1]
    if prt.dep_ == "prt" and prt.head.i == _head_of_span(span).head.i and prt.lower_ in PREP_ROLES:
        return prt
    return None


def _agent_of(verb):
    for c in verb.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def motion_for(span) -> Optional[Motion]:
    """How the place named by `span` (a spaCy Span) takes part in a move, if it does."""
    tok = _head_of_span(span)
    # "to Paris and Turin", "Vologda, a town of ...": the first conjunct or the noun it explains
    for _ in range(4):
        if tok.dep_ in ("conj", "appos", "compound") and tok.head.i != tok.i:
            tok = tok.head
        else:
            break
    # "in the harbor of Porto Ferrajo", "at the gates of Grenoble": the part of a town stands for it
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in PLACE_PARTS \
            and tok.head.head.dep_ in ("pobj", "dobj"):
        tok = tok.head.head     # ... and "made the port of Payta": the port is the verb's object
    elif tok.dep_ == "pobj" and tok.head.lower_ in ("at", "in") and tok.head.head.pos_ == "NOUN" \
            and tok.head.head.dep_ == "pobj" and tok.head.head.head.lower_ in ("at", "to", "into"):
        tok = tok.head.head     # "arrived at our old encampment at White Catfish Camp": the lodging stands for the place
    misread = _to_read_as_infinitive(tok)
    if misread is not None:
        return misread
    role = None
    where_to = _to_where(tok)
    if tok.dep_ == "pobj" or where_to is not None:
        prep = where_to if where_to is not None else tok.head
        phrase = _prep_phrase(prep)
        if phrase == "as far as":
            prep = prep.head if prep.head.lower_ == "far" else prep
        attach = prep.head.head if phrase in ("out of", "by way of") else prep.head
        if attach.dep_ in ("prep", "prt", "advmod") and attach.pos_ in ("ADP", "ADV"):
            attach = attach.head    # "back to X", "on to X", "across to X": a preposition on a particle
        elif attach.lower_ in DIRECT_WORDS and attach.head.i != attach.i:
            attach = attach.head    # "in march direct toward Grenoble", tagged as an adjective
        elif attach.pos_ == "PROPN" and phrase in ONWARD_PREPS:
            # "left Lyons for Grenoble", "set out from Gap for Grenoble": the small model hangs the goal on
            # the place left; it belongs to the verb
            if attach.dep_ == "dobj":
                attach = attach.head
            elif attach.dep_ == "pobj" and attach.head.lower_ in ("from", "out") and attach.head.head.pos_ == "VERB":
                attach = attach.head.head
        noun_toks: list = []
        way = _way_that_leads(attach)
        if way is not None:
            # "goading Modestine down the steep descent that leads to Langogne": on the way there
            verb, noun_toks = (way.head.head if way.head.head.pos_ in ("VERB", "AUX") else None), [way]
        else:
            verb, _ = _governing_verb(attach, nouns=noun_toks)
        if verb is None:
            return None
        nouns = [n.lower_ for n in noun_toks]
        # "on the way to X", "along the road to X": a goal ahead, whatever the verb
        on_way = way is not None or any(n.lower_ in AHEAD_NOUNS and n.dep_ == "pobj"
                                        and n.head.lower_ in ("on", "along") for n in noun_toks)
        pred = predicate_of(verb)
        journey = None
        if pred is None and not noun_toks:
            # "the journey was sufficiently comfortable as far as Lyons": the journey is the verb's subject
            subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in JOURNEY_NOUNS), None)
            if subj is not None:
                noun_toks = [subj]
        if pred is None and on_way and phrase in ("to", "for"):
            pred = _ON_THE_WAY
        elif pred is None and noun_toks and noun_toks[0].lower_ in JOURNEY_NOUNS:
            pred, journey = _JOURNEY, noun_toks[0]     # "the journey to Pietermaritzburg passed quickly"
        if pred is None:
            return None
        if pred.dobj in PLACE_OBJECTS and journey is None and _subject_of(verb)[1]:
            # "he had been boarded off Granada by the French": the passive of a verb whose object is the
            # place or the vessel makes its subject the thing boarded, left or reached, not a traveller
            return None
        table = PREP_ROLES.get(phrase, {})
        if phrase in ("up", "down") and any(c.dep_ == "npadvmod" and c.lemma_.lower() in DISTANCE_WORDS
                                            for c in prep.children):
            table = {"travel": "to", "depart": "to"}   # "went nine miles up the Boulder Canyon": that far in
        vehicle = any(n in PATH_NOUNS and n not in AHEAD_NOUNS for n in nouns)
        role = table.get(pred.cls) or table.get("*")
        if phrase == "for" and vehicle:
            role = "to"      # "took the train for X": where the train goes is where one goes
        if role is None:
            return None
        ahead = on_way and role in ("to", "toward")
        if ahead:
            role = "toward"
        if journey is not None:
            if role == "to" and predicate_of(verb) is None and phrase != "as far as":
                # "Napoleon's journey to Elba was a series of disenchantments": the journey's goal, reached
                # after the stages the text goes on to tell
                role = "toward"
            owner = next((c for c in journey.children if c.dep_ == "poss"), None)
            if owner is None:
                of = next((c for c in journey.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if owner is None and not any(c.lower_ == "the" for c in journey.children):
                return None     # "a trip from Calcutta to Hong Kong takes ...": any trip, no one's
            return Motion(role=role, cls="travel", verb=verb, visit=visit_status(verb), mover=owner,
                          ahead=ahead)
    elif tok.dep_ in ("dobj", "npadvmod") and _particle_before(span) is not None:
        # "proceeded off Cape St. Vincent", "arrived off Cadiz": the small model takes the preposition for a
        # particle and the place for an object; the place is the preposition's
        prt = _particle_before(span)
        verb = tok.head
        pred = predicate_of(verb)
        role = PREP_ROLES[prt.lower_].get(pred.cls) if pred is not None else None
        if role is None:
            return None
        ahead = False
    elif tok.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
        verb = tok.head
        pred = predicate_of(verb)
        if pred is None:
            return None
        if tok.dep_ == "nsubjpass":
            # "Fréjus was reached", "Elba was left behind"
            role = DOBJ_ROLES.get(pred.dobj) if pred.dobj in ("to", "from") else None
        else:
            role = DOBJ_ROLES.get(pred.dobj)
        if role is None:
            return None
        ahead = False
    else:
        return None
    mover = _agent_of(verb) if tok.dep_ == "nsubjpass" else mover_of(verb, pred)
    if mover is not None and mover.lemma_.lower() in WAY_NOUNS:
        return None     # "the road ran down the canyon to Idaho Springs": the way's course, no one's move
    if road_participle(verb):
        return None     # "the road going to Vicksburg", "a track leading to the ford": the same
    if role == "from" and _loath_to(verb):
        # "I was unwilling to leave Gothenburg", "sorry to leave Christiania": one is there to be loath to go
        return Motion(role="at", cls="stay", verb=verb, visit="actual", mover=mover)
    if ahead:
        # "we passed a train of waggons on their road to Mendoza": whose road it is, is who goes there
        owner = next((c for n in noun_toks if n.lower_ in AHEAD_NOUNS for c in n.children if c.dep_ == "poss"),
                     None)
        if owner is not None and (mover is None or owner.lower_ not in _SAME_PERSON.get(mover.lower_, ())):
            mover = owner
    return Motion(role=role, cls=pred.cls, verb=verb, visit=visit_status(verb), mover=mover, ahead=ahead)


# a subject and the possessive that refers back to it ("we ... on our way"): the same traveller
_SAME_PERSON = {"i": ("my",), "we": ("our",), "he": ("his",), "she": ("her",), "they": ("their",), "you": ("your",)}
