"""The trigger table (data/movement_triggers.tsv), the transport words (data/transport.csv) and the
record of a move found in a sentence."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .models import PlaceRef, Timex
from .paths import DATA_DIR

ENDPOINT_TYPES = {"city", "town", "village", "station", "region", "country", "border", "island",
                  # "camped above the Osage": a river's mouth on a boat journey (places.py)
                  "confluence",
                  # a landing place or a way through: "reached Delagoa Bay", "ashore in the Gulf of Jouan"
                  "bay", "gulf", "pass", "valley", "lake", "canyon",
                  # at sea: "arrived off Cape St. Vincent", "stood for the Straits", "sailed to the Azores" (a sea is crossed)
                  "cape", "strait", "archipelago",
                  # a summit climbed: "we ascended Vesuvius", "reached the summit of Haleakala"
                  "mountain", "volcano"}


@dataclass(frozen=True)
class Trigger:
    name: str
    rx: re.Pattern
    event: str
    status: str
    role: str
    mover: str = "agent"    # "object": the people after the verb move ("accompanied the couple to")


# events that say something without a place: "he was released", "by the time he reached the Lenins"
_PLACELESS_EVENTS = {"release", "arrival"}


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


def is_dateline(line: str) -> bool:
    """A line heading a letter or a diary entry with its place and date ("DENVER, November 9.")."""
    return "\n" not in line and any(t.rx.match(line) for t in dateline_triggers())


@lru_cache(maxsize=1)
def sentence_triggers() -> tuple[Trigger, ...]:
    return tuple(t for t in triggers() if t.name != "dateline")


@lru_cache(maxsize=1)
def placeless_triggers() -> tuple[Trigger, ...]:
    return tuple(t for t in triggers() if t.event in _PLACELESS_EVENTS)


@lru_cache(maxsize=1)
def transport() -> tuple[list[tuple[re.Pattern, str, bool]], dict[str, float]]:
    """(pattern, mode, is the word a verb of going) for each transport word, and the top speed of each mode."""
    words, speeds = [], {}
    with open(DATA_DIR / "transport.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            if r["word"] != "unknown":
                words.append((re.compile(r"\b" + re.escape(r["word"]) + r"s?\b", re.IGNORECASE), r["mode"],
                              r["said_by"] == "verb"))
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
    scene: bool = False        # only a scene set there ("At Avignon his escape was almost miraculous")


@lru_cache(maxsize=None)
def _parse_trigger(lemma: str, event: str, status: str, role: str) -> Trigger:
    return Trigger(f"parse:{lemma}", re.compile(re.escape(lemma)), event, status, role)


# a move told on hearsay ("according to some accounts") is kept with less confidence
_HEARSAY = re.compile(r"\b(?:according to some|some accounts|reportedly|allegedly|rumou?red|legend has it|"
                      r"may have|might have|possibly|perhaps)\b",
                      re.IGNORECASE)
