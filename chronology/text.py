"""Reading a narrative and finding its sentences; the text is never rewritten."""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from .errors import InputError


def read_text(path: str | Path) -> str:
    """Read a UTF-8 narrative with newlines kept as they are (offsets depend on it)."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file; check the path")
    if p.is_dir():
        raise InputError(f"{p}: is a directory; give a text file")
    data = p.read_bytes()
    return decode(data, str(p))


def decode(data: bytes, name: str = "<stdin>") -> str:
    if b"\x00" in data[:4096]:
        raise InputError(f"{name}: looks like a binary file, not text; give a UTF-8 text file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{name}: is not UTF-8 (byte {e.start}); convert it, e.g. iconv -t UTF-8") from None
    return text  # a BOM stays: offsets are into the file as read


_NUMBERED_TITLE = re.compile(r"(?:\d+\.|chapter\b|part\b|book\b)", re.IGNORECASE)


_SUMMARY_SEP = re.compile(r"\s*(?:--|—|–)\s*")


def _summary_line(line: str) -> bool:
    """A chapter's table of contents in one line ("Deer Valley--Lynch law--The silver spruce--..."):
    phrases in title case joined by dashes, which tell what the chapter holds, not what happens next."""
    parts = [p for p in _SUMMARY_SEP.split(line) if p]
    if len(parts) < 3:
        return False
    words = re.findall(r"[A-Za-z][\w'’]*", line)
    caps = sum(1 for w in words if w[0].isupper())
    return bool(words) and caps / len(words) >= 0.4 and len(line) / len(parts) < 60


_TABULAR = re.compile(r"\.{4,}|\S[ \t]{3,}\S|^[ \t]{4,}\S", re.MULTILINE)


def is_tabular(text: str) -> bool:
    """Text laid out in columns (dot leaders, gaps of spaces, indented lines): a table, a timetable or a
    list, which sets out what could be, not what the story tells happened."""
    return bool(_TABULAR.search(text))


def in_heading(text: str, offset: int) -> bool:
    """Whether the line holding `offset` is a heading (is_heading)."""
    a, b = text.rfind("\n", 0, offset) + 1, text.find("\n", offset)
    return is_heading(text[a:b if b >= 0 else len(text)])


def is_heading(line: str) -> bool:
    """A title rather than prose: a line that does not end a sentence and is short, or a numbered
    chapter ("31. Vienna, 1913: The Wonderful Georgian"). Its dates and places set no scene."""
    line = line.strip()
    if _summary_line(line):
        return True
    if not line or re.search(r"[.!?…:;”\"’)\]]$", line):
        return False
    return len(line) < 60 or bool(_NUMBERED_TITLE.match(line))


# A single newline is not a boundary: wrapped prose keeps its sentences whole.
# a full stop, closing quotes and footnote marks ("Christmas.{210} Stalin", "Petersburg.[128] The")
_SENT_END = re.compile(r"(?<=[.!?…])[”’\"')\]]*(?:\{\d+\}|\[\d+\])*\s+(?=[“‘\"(\[]?[A-Z0-9])|\r?\n[ \t\r]*\n")
_ABBREV = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Mt|No|Col|Gen|Lt|Capt|Prof|Rev|Jr|Sr|vs|[A-Z])\.$")


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    index: int


@dataclass
class Doc:
    """The text and what the stages add to it."""
    text: str
    sentences: list[Sentence] = field(default_factory=list)
    line_starts: list[int] = field(default_factory=list)
    model: str | None = None   # spaCy model name or folder; None = the default (chronology.nlp)

    def __post_init__(self):
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\n", self.text)]
        self.sentences = split_sentences(self.text)
        self._sent_starts = [s.start for s in self.sentences]

    @cached_property
    def parse(self):
        """The spaCy parse (chronology.nlp.Parse), sentence by sentence on demand."""
        from .nlp import Parse
        return Parse(self.text, self.model, units=[(s.start, s.end) for s in self.sentences])

    @cached_property
    def words(self) -> Counter:
        """How often each word ([\\w-]+) occurs: counted once, for the filters that ask."""
        return Counter(re.findall(r"[\w\-]+", self.text))

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.line_starts, offset)

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self._sent_starts, offset) - 1
        if 0 <= i < len(self.sentences):
            return self.sentences[i]
        return None


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    start = 0
    for m in _SENT_END.finditer(text):
        piece = text[start:m.start()]
        if _ABBREV.search(piece.rstrip("”’\"')]")) and m.group(0).replace("\r", "").count("\n") < 2:
            continue    # "Mr.\r\nFogg" in a hard-wrapped e-book: one line break is no sentence end
        _add(out, text, start, m.start())
        start = m.end()
    _add(out, text, start, len(text))
    return out


def _add(out, text, a, b):
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        out.append(Sentence(a, b, text[a:b], len(out)))


_NOTE_OPEN = re.compile(r"\[(?:Footnote|Note|Sidenote)\b[^\]]*$", re.IGNORECASE)


def in_note(text: str, offset: int) -> bool:
    """Inside an editor's '[Footnote 14: ... Paris, 1893.]': a reference or an aside, not the story."""
    para = text.rfind("\n\n", 0, offset) + 1
    return bool(_NOTE_OPEN.search(text, para, offset))
