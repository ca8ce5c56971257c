"""English verb forms, so a word list matches "hoped", "planning", "went" whatever lemma the small model
gives (it slips: "hoped" -> "hop", "landed" -> "lande")."""
from __future__ import annotations

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


def form_index(lemmas) -> dict[str, str]:
    """Form -> lemma for these verbs."""
    out = {f: w for f, w in IRREGULAR.items() if w in lemmas}
    for w in lemmas:
        for f in inflections(w):
            out.setdefault(f, w)
    return out
