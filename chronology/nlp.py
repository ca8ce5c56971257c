"""The linguistic layer: a spaCy parse (tokens, POS, lemmas, dependencies, entities) under every stage.

Paragraphs (or the text's sentences) are parsed on demand and in batches (`nlp.pipe`), so the cost
stays linear in what the stages actually read, and offsets stay those of the text as read. The model
itself is found, checked and loaded by language_model.py.
"""
from __future__ import annotations

import bisect
import os
import re
from typing import Iterable, Optional

from . import forked
from .language_model import load_model


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
    # "_June 4th._--We set off": italics and a typed dash glued to the next word would reach the tokenizer as
    # one token ("--We"); both become spaces or a comma of the same length, so every offset holds
    return _ITALIC.sub(lambda m: " " + m.group(1) + " ", text).replace("--", ", ")


_BATCH_CHARS = 50_000   # characters per nlp.pipe batch: memory stays flat however long a piece is
_SPLIT_CHARS = 4_000    # below this, parsing half in a forked child saves less than the fork costs


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


def _core_free() -> bool:
    """Whether another core is likely idle: on a machine others keep busy, a second process only adds the
    fork's and the hand-back's cost (the load average counts this process too)."""
    try:
        return os.getloadavg()[0] < (os.cpu_count() or 1) - 0.5
    except OSError:
        return False


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
        self.split = False   # parse half of each request in a forked child (one-shot builds: pipeline.py)

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
        with_ner = entities and "ner" in nlp.pipe_names
        aside = self._parse_aside(todo, with_ner) if self.split else None
        self._parse(todo[:len(todo) - len(aside[0])] if aside else todo)
        if aside:
            self._take(*aside, with_ner)
        if with_ner:
            self._recognise(sorted({i for o in offsets if (i := self._para_index(o)) is not None
                                    and i in self._docs and i not in self._with_ents}))

    def _parse(self, pieces: list[int]) -> None:
        nlp = self.nlp
        with nlp.select_pipes(disable=[p for p in ("ner",) if p in nlp.pipe_names]):
            for batch in _batches(pieces, self.paras):
                texts = [_plain(self.text[self.paras[i][0]:self.paras[i][1]]) for i in batch]
                for i, d in zip(batch, nlp.pipe(texts, batch_size=len(batch))):
                    self._keep(i, d)

    def _recognise(self, pieces: list[int]) -> None:
        ner = self.nlp.get_pipe("ner")
        for batch in _batches(pieces, self.paras):
            for i, d in zip(batch, ner.pipe([self._docs[i] for i in batch], batch_size=len(batch))):
                self._keep(i, d)
                self._with_ents.add(i)

    def _keep(self, i: int, d) -> None:
        self._docs[i] = d
        self._base[id(d)] = self.paras[i][0]

    def _parse_aside(self, todo: list[int], with_ner: bool):
        """(pieces, child): the second half of the pieces, by characters, parsed (and their entities
        found) in a forked child while this process parses the first half; None when too few to pay."""
        sizes = [self.paras[i][1] - self.paras[i][0] for i in todo]
        if len(todo) < 2 or sum(sizes) < _SPLIT_CHARS or not _core_free():
            return None
        half, mine, k = sum(sizes) / 2, 0, 0
        while k < len(todo) - 1 and mine + sizes[k] <= half:
            mine += sizes[k]
            k += 1
        theirs = todo[max(k, 1):]

        def work() -> bytes:
            from spacy.tokens import DocBin
            self._parse(theirs)
            if with_ner:
                self._recognise(theirs)
            return DocBin(store_user_data=False, docs=[self._docs[i] for i in theirs]).to_bytes()
        child = forked.start(work)
        return (theirs, child) if child is not None else None

    def _take(self, pieces: list[int], child, with_ner: bool) -> None:
        data = child.result()
        if data is None:        # the child failed: parse here (entities follow in prepare)
            self._parse(pieces)
            return
        from spacy.tokens import DocBin
        for i, d in zip(pieces, DocBin().from_bytes(data).get_docs(self.nlp.vocab)):
            self._keep(i, d)
            if with_ner:
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
