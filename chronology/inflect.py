"""English verb forms, so a word list matches "hoped", "planning", "went" whatever lemma the small model
gives (it slips: "hoped" -> "hop", "landed" -> "lande")."""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from .paths import DATA_DIR

# past tenses and participles that no suffix rule makes
IRREGULAR = {"went": "go", "gone": "go", "came": "come", "left": "leave", "rode": "ride", "ridden": "ride",
             "drove": "drive", "driven": "drive", "flew": "fly", "flown": "fly", "fled": "flee", "sent": "send",
             "took": "take", "taken": "take", "brought": "bring", "got": "get", "gotten": "get", "made": "make",
             "ran": "run", "slept": "sleep", "spent": "spend", "found": "find", "caught": "catch", "stole": "steal",
             "bore": "bear", "born": "bear", "lay": "lie", "lain": "lie", "led": "lead", "kept": "keep",
             "began": "begin", "thought": "think", "spoke": "speak", "spoken": "speak", "wrote": "write",
             "written": "write", "knew": "know", "known": "know", "heard": "hear", "told": "tell", "said": "say",
             "meant": "mean", "sought": "seek", "felt": "feel", "held": "hold", "swore": "swear", "sworn": "swear",
             "set": "set", "read": "read", "bade": "bid", "bidden": "bid", "cast": "cast", "stood": "stand",
             "betook": "betake", "betaken": "betake", "withdrew": "withdraw", "withdrawn": "withdraw"}


def inflections(lemma: str) -> set[str]:
    """The regular forms of a verb: -s, -es, -d, -ed, -ing, a doubled last consonant, -ied/-ies."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    out = {lemma, lemma + "s", lemma + "es", lemma + "d", lemma + "ed", stem + "ing", stem + "ed",
           lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    if lemma.endswith("y"):
        out |= {lemma[:-1] + "ied", lemma[:-1] + "ies"}
    return out


def forms(lemmas) -> frozenset[str]:
    """Every form of these verbs, irregular ones included."""
    lemmas = set(lemmas)
    out = {f for w in lemmas for f in inflections(w)}
    return frozenset(out | {f for f, w in IRREGULAR.items() if w in lemmas})


@lru_cache(maxsize=1)
def _spelling_rules() -> tuple[tuple[str, re.Pattern, str], ...]:
    """data/verb_spellings.csv: how writers before standard spelling wrote a verb or its past."""
    with open(DATA_DIR / "verb_spellings.csv", encoding="utf-8", newline="") as fh:
        return tuple((r["applies"], re.compile(r["pattern"]), r["replacement"]) for r in csv.DictReader(fh))


def old_spellings(lemma: str) -> set[str]:
    """The forms of a verb as older or unschooled writers spelled them ("arriv'd", "arived", "incamped"),
    less its standard forms."""
    rules = _spelling_rules()
    stems = {lemma} | {rx.sub(rep, lemma) for on, rx, rep in rules if on == "lemma" and rx.search(lemma)}
    out = {f for s in stems for f in inflections(s)}
    out |= {rx.sub(rep, f) for f in set(out) for on, rx, rep in rules if on == "form" and rx.search(f)}
    # a short variant is too likely another word ("cary", "galop")
    return {f for f in out - inflections(lemma) if len(f) >= 6}


def form_index(lemmas, old: bool = False) -> dict[str, str]:
    """Form -> lemma for these verbs; with `old`, their older spellings too, where no standard form of
    another of them is spelled so."""
    out = {f: w for f, w in IRREGULAR.items() if w in lemmas}
    for w in lemmas:
        for f in inflections(w):
            out.setdefault(f, w)
    if old:
        for w in sorted(lemmas):
            for f in sorted(old_spellings(w)):
                out.setdefault(f, w)
    return out
