"""Spelling variants of place names: the table in data/spelling_variants.csv, applied by a small engine.

Old spellings differ from today's in a few regular ways (ff/v/w, kh/ch/h, ia/ya/ja, oe/oye, tz/ts/c,
sch/sh/sz, a final -a/-e/-o, a leading article). `skeleton` folds a name through every such rule, so
two spellings of one name share a skeleton; `query_forms` gives the shorter forms a text may use
("Golden City" for Golden).
A match through either is a guess: `similarity` (rapidfuzz) says how close the spellings are, and
the resolver trusts it only with support from context or a single sizeable candidate.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from chronology.paths import DATA_DIR

from .names import key

VARIANTS_PATH = DATA_DIR / "spelling_variants.csv"


@lru_cache(maxsize=1)
def _rules() -> dict[str, list[tuple[re.Pattern, str]]]:
    out: dict[str, list[tuple[re.Pattern, str]]] = {}
    with open(VARIANTS_PATH, encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            out.setdefault(r["kind"], []).append((re.compile(r["pattern"]), r["replacement"]))
    return out


@lru_cache(maxsize=1)
def _skeleton_steps() -> list:
    """The skeleton rules as steps; a plain-letters rule is a str.replace (the index applies them to
    some 600,000 names)."""
    steps = []
    for rx, rep in _rules()["article"] + _rules()["skeleton"]:
        if re.fullmatch(r"[a-z]+", rx.pattern):
            steps.append((rx.pattern, rep))
        else:
            steps.append((rx, rep))
    return steps


def skeleton(name: str) -> str:
    """The spelling-insensitive form of a name: 'Tiumen' and 'Tyumen' both give 'tiumen'."""
    return skeleton_of_key(key(name))


def skeleton_of_key(s: str) -> str:
    """`skeleton` of a name already folded by names.key."""
    for pat, rep in _skeleton_steps():
        s = s.replace(pat, rep) if isinstance(pat, str) else pat.sub(rep, s)
    return s


def query_forms(name: str) -> list[str]:
    """Other forms under which a name may be listed: shorter ('Golden City' may be Golden, 'Point de Galle'
    Galle) or a saint's name as the place's own language has it ('St. Jago' may be Santiago)."""
    k, out = key(name), []
    for rx, rep in _rules()["suffix"] + _rules().get("prefix", []):
        short = rx.sub(rep, k).strip()
        if short != k and len(short) > 2:
            out.append(short)
    for rx, reps in _rules().get("saint", []):
        if rx.match(k):
            out += [rx.sub(rep, k, count=1) for rep in reps.split("|")]
    return out


def longer_forms(name: str) -> list[str]:
    """Longer names a text may shorten to this one: 'Niagara' for Niagara Falls, 'Saratoga' for Saratoga
    Springs (keys; the `longer` rules)."""
    k = key(name)
    return [rx.sub(rep, k, count=1) for rx, rep in _rules().get("longer", [])]


def respellings(name: str) -> list[str]:
    """Other spellings to try when a name's own skeleton finds nothing: the `respelling` rules, which
    would merge too many names as skeleton rules ('Umballa' -> 'amballa', Ambala), each rule applied
    to every occurrence, then all of them together."""
    k, out, every = key(name), [], key(name)
    for rx, rep in _rules().get("respelling", []):
        other = rx.sub(rep, k)
        if other != k and other not in out:
            out.append(other)
        every = rx.sub(rep, every)
    if len(out) > 1 and every not in out:
        out.append(every)       # several at once ('Durbungah': u for a and ea for ia)
    return out


def similarity(a: str, b: str) -> float:
    """0-100: how alike two spellings are (rapidfuzz's normalized Indel similarity on the keys), a leading
    article aside ('Luc' is 'Le Luc'); names with a landform word are as alike as what they name
    ('Isle of Man' is not 'Isle of Arran', 'Fort Laramie' may be 'Fort Loramie')."""
    from rapidfuzz import fuzz
    sim = max(fuzz.ratio(key(a), key(b)), fuzz.ratio(_bare(a), _bare(b)),
              fuzz.ratio(_without_particles(a), _without_particles(b)))
    core_a, core_b = _core(a), _core(b)
    if core_a != _bare(a) or core_b != _bare(b):
        sim = min(sim, fuzz.ratio(core_a, core_b))
    # two names of several words differ where their last words do: Saint-Germain-de-Calberte is not
    # Saint-Germain-des-Fossés, however much of the spelling they share
    words_a, words_b = _without_particles(a).split(), _without_particles(b).split()
    if len(words_a) > 1 and len(words_b) > 1:
        sim = min(sim, fuzz.ratio(words_a[-1], words_b[-1]))
    return sim


def _core(name: str) -> str:
    """The name without its landform words: 'Isle of Man' -> 'man'."""
    s = _bare(name)
    for rx, rep in _rules()["generic"]:
        s = rx.sub(rep, s)
    return s.strip()


def _without_particles(name: str) -> str:
    """'Borgo di Valsugano' -> 'borgo valsugano': a particle inside a name comes and goes."""
    s = _bare(name)
    for rx, rep in _rules()["particle"]:
        s = rx.sub(rep, s)
    return s


def _bare(name: str) -> str:
    s = key(name)
    for rx, rep in _rules()["article"]:
        s = rx.sub(rep, s)
    return s
