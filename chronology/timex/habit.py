"""Does an expression's clause tell a habit ("every night", "we would dine at two")?

The cue is looked for in the expression's own clause (its sentence up to the semicolons around it),
and a "would" heading a reported clause ("insisted ... that the town gates would close at ten thirty")
is the future in the past, not a habit. That test reads the parse, given as a callback.
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from . import vocab

HABIT_RX = re.compile(
    # "would have" is a counterfactual, not a habit ("would have been left to find us in the morning")
    r"\b(?:would(?!\s+(?:not\s+)?have\b)|used to|usually|often|always|every|liked to|generally|sometimes|habitually"
    # "each time", "each night" tell a habit; "ran through the strait ... each following the stern-lights of its
    # leader" shares a deed out among the ships
    # a time of day told for a run of days: "For four successive days ... mercury froze at noon"
    r"|(?:successive|consecutive)\s+(?:days|nights|mornings|evenings)"
    r"|whenever|each\s+(?:other\s+|single\s+)?(?:time|" + "|".join(vocab.SET_UNITS) + "|"
    + "|".join(vocab.WEEKDAYS) + r"))\b",
    re.IGNORECASE)
# clauses of a sentence that a semicolon keeps apart: "that the curfew bell had rung; that the gates would close"
_CLAUSE_BREAK = ";"

WouldReported = Callable[[int], bool]


def clause_bounds(text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """The part of the sentence [lo, hi) between the semicolons around the expression [start, end)."""
    a = text.rfind(_CLAUSE_BREAK, lo, start)
    b = text.find(_CLAUSE_BREAK, end, hi)
    return (a + 1 if a >= 0 else lo), (b if b >= 0 else hi)


def tells_habit(text: str, lo: int, hi: int, start: int, end: int,
                would_reported: Optional[WouldReported] = None) -> bool:
    """A habit cue in the expression's clause; a reported clause's "would" is none."""
    a, b = clause_bounds(text, lo, hi, start, end)
    for m in HABIT_RX.finditer(text, a, b):
        if m.group(0).lower() == "would" and would_reported is not None and would_reported(m.start()):
            continue
        return True
    return False


def would_in_reported_clause(parse, offset: int) -> bool:
    """The "would" at offset is the auxiliary of a clause that a conjunction "that" opens, or of the
    complement of a verb of saying or thinking: the future seen from a past, as in "insisted that the
    gates would close at ten"."""
    tok = parse.token_at(offset)
    if tok is None or tok.lower_ != "would":
        return False
    verb = tok.head
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return True
    return verb.dep_ == "ccomp"
