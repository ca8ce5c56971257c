"""E-book wrappers: the licence header and footer of Project Gutenberg and Standard Ebooks, and the
front matter before the story. They are blanked (every character but newlines becomes a space), so
no year of a release note dates the story and every offset still points into the file as read.
"""
from __future__ import annotations

import re

# (start of the story, end of the story): the markers the publishers print around the text
MARKERS = [
    (re.compile(r"^\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG EBOOK[^\n]*$", re.IGNORECASE | re.MULTILINE),
     re.compile(r"^\*{3}\s*END OF (?:THE|THIS) PROJECT GUTENBERG EBOOK[^\n]*$", re.IGNORECASE | re.MULTILINE)),
    # older Gutenberg files
    (re.compile(r"^\*END\*THE SMALL PRINT![^\n]*$", re.MULTILINE),
     re.compile(r"^End of (?:the )?Project Gutenberg'?s? [^\n]*$", re.IGNORECASE | re.MULTILINE)),
    (re.compile(r"^\s*This ebook is the product of many hours[^\n]*$", re.IGNORECASE | re.MULTILINE), None),
]
# lines of front matter right after the start marker: producers, transcribers' notes, contents
_FRONT = re.compile(r"\A(?:\s*(?:Produced by|E-?text prepared by|Transcriber'?s? [Nn]ote|Updated editions|"
                    r"Release [Dd]ate|Posting [Dd]ate|Language:|Character set)[^\n]*(?:\n[^\n]+)*\n)+")


def story_bounds(text: str) -> tuple[int, int]:
    """Where the story itself lies in an e-book; the whole text when no wrapper is recognised."""
    start, end = 0, len(text)
    for begin_rx, end_rx in MARKERS:
        b = begin_rx.search(text)
        if b is None:
            continue
        start = b.end()
        if end_rx is not None:
            e = end_rx.search(text, start)
            if e is not None:
                end = e.start()
        front = _FRONT.match(text, start)
        if front:
            start = front.end()
        break
    return start, end


def mask(text: str) -> str:
    """The text with everything outside the story blanked, newlines kept (same length, same offsets)."""
    a, b = story_bounds(text)
    if a == 0 and b == len(text):
        return text
    return _blank(text[:a]) + text[a:b] + _blank(text[b:])


def _blank(s: str) -> str:
    return re.sub(r"[^\n\r]", " ", s)
