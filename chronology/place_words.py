"""The words around a name that say it is a place, or is not: the cue table (data/place_cues.csv), the verbs
of motion as cues (from data/motion_lexicon.csv), words that are never places, peoples' names, and the
verbs of writing and calling to someone. The place finder (places.py) applies them."""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from .paths import DATA_DIR
from .wordlist import alternation

_alt = alternation


@lru_cache(maxsize=1)
def cues() -> dict[str, list[str]]:
    with open(DATA_DIR / "place_cues.csv", encoding="utf-8", newline="") as fh:
        return {r["kind"]: r["words"].split("|") for r in csv.DictReader(fh)}


# which prepositions after a verb of each class of the motion lexicon point at a place: "rode to Areco",
# "stopped at Corunda", "arriving at Rozario", "sailed for Tobago" (never "waited for", a person)
_CUE_PREPS = {"depart": ("for", "towards", "toward"), "travel": ("to", "into", "towards", "toward", "for"),
              "arrive": ("at", "in"), "return": ("to",), "stay": ("at",)}
# verbs of the lexicon too common in other senses to make a cue ("went to Mass", "came to Christ", "got to Know")
_NOT_CUES = {"go", "come", "get", "make", "take", "set", "put", "run", "post", "press", "push", "move", "head",
             "continue", "board", "catch", "enter", "gain", "live", "wait", "rest", "bear", "stand", "call"}


@lru_cache(maxsize=1)
def motion_cues() -> list[str]:
    """Every verb of motion of data/motion_lexicon.csv, inflected, with the prepositions of its class: a
    capitalised name after one is a place, as after the movement cues of data/place_cues.csv."""
    from .inflect import forms
    from .motion import lexicon
    out = []
    for cls, preps in _CUE_PREPS.items():
        lemmas = {l for l, preds in lexicon().items() if l not in _NOT_CUES
                  and any(p.cls == cls and not p.particle for p in preds)}
        out += [f"{v} {p}" for v in sorted(forms(lemmas)) for p in preps]
    # "to reach Buenos Ayres", "quitting Pretoria": a verb whose object is the place itself
    transitive = {l for l, preds in lexicon().items() if l not in _NOT_CUES
                  and any(p.dobj in ("to", "from") and not p.particle for p in preds)}
    return out + sorted(forms(transitive))


@lru_cache(maxsize=1)
def motion_verbs_by_prep() -> dict[str, list[str]]:
    """The verbs of motion of `motion_cues` (inflected) under each preposition they take before a place: for
    cues with a word of direction between ('marched west to', 'sailed home to')."""
    out: dict[str, list[str]] = {}
    for cue in motion_cues():
        verb, _, prep = cue.rpartition(" ")
        if verb and prep in {p for ps in _CUE_PREPS.values() for p in ps}:
            out.setdefault(prep, []).append(verb)
    return out


# the classes of the motion lexicon whose verbs move their subject along a way ("travelled by Lyons", "fled by
# Calais"), and their verbs too common in other senses to say so ("made by", "stand by", "taken by")
_WAY_CLASSES = {"travel", "depart", "return", "escape"}
_NOT_WAY = {"board", "call", "catch", "make", "post", "press", "push", "stand", "take", "run", "ply", "head"}


@lru_cache(maxsize=1)
def way_verbs() -> frozenset[str]:
    """Every form of the verbs that move their subject (went, marched, travelling, fled): 'by' and a name
    after one, in its clause, is the way taken."""
    from .inflect import forms
    from .motion import lexicon
    return forms({l for l, preds in lexicon().items() if l not in _NOT_WAY
                  and any(p.cls in _WAY_CLASSES and not p.particle for p in preds)})


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
        "I", "He", "She", "They", "We", "It", "The", "A", "His", "Her", "Their", "This", "That", "Soviet",
        # seasons personified: "we left Summer behind us ... fast leaving Spring"
        "Spring", "Summer", "Autumn", "Fall", "Winter",
        # times of day, capitalised by older writers ("after Sunrise", "at Sunset")
        "Sunrise", "Sunset", "Noon", "Midnight", "Dawn", "Dusk", "Morning", "Evening", "Night"}
    return frozenset(words)


# a landform noun standing alone, capitalised by an older writer ("on a Small Island", "up the River"), is no
# place; as the head of a name ("the Island of Aix", "Hay Cabin Creek") it is part of one
BARE_LANDFORMS = frozenset({"Island", "Islands", "Isle", "River", "Rivers", "Creek", "Prairie", "Prarie", "Bluff",
                            "Bluffs", "Camp", "Shore", "Shores", "Bay", "Harbour", "Harbor", "Bottom", "Bottoms"})


@lru_cache(maxsize=1)
def demonyms() -> frozenset:
    """Peoples and their adjectives ("reached Portuguese territory", "back to the British lines")."""
    return frozenset(cues()["demonym"])


@lru_cache(maxsize=1)
def _addressing_rxs() -> tuple[re.Pattern, re.Pattern]:
    c = cues()
    # "wrote to Krupskaya", "a letter from Ivanovich", "enthused Lenin to Kamenev": the one addressed
    written = re.compile(r"\b(?i:" + _alt(c["addressing"]) + r")\b(?:\s+[\w’'\-]+){0,2}?\s+(?:to|from)\s+$")
    # "they both called to Galina" (but "he was called to Rome", summoned, names a place)
    called = re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )\b(?:" +
                        _alt(c["calling"]) + r")\s+to\s+$")
    return written, called


def addressed(text: str, start: int) -> bool:
    """The name at `start` is the one written, spoken or called to ('wrote to Krupskaya', 'called to
    Galina'): a person, whatever verb the parser reads as motion around it (the stop finder may ask)."""
    written, called = _addressing_rxs()
    return bool(written.search(text, max(0, start - 60), start) or called.search(text, max(0, start - 30), start))


@lru_cache(maxsize=1)
def state_abbreviations() -> dict[str, str]:
    """'Ill.' -> 'IL': the US states as writers and newspapers abbreviated them after a town's name
    (data/state_abbreviations.csv; dotted forms only: an undotted 'Miss' or 'Ind' is another word)."""
    with open(DATA_DIR / "state_abbreviations.csv", encoding="utf-8", newline="") as fh:
        return {a: r["code"] for r in csv.DictReader(fh) for a in r["abbreviations"].split("|")}
