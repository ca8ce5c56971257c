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


# a title page's imprint and edition lines ("London: Chatto & Windus, 1907", "Copyright, 1885, by ..."):
# the year of the book, not of the story
IMPRINT_LINES = [
    re.compile(r"^[ \t]*[A-Z][A-Za-z .'\-]{2,30}:[ \t]*[A-Z][^\n\r:]{2,80}?,?[ \t]+(?:1[5-9]|20)\d\d\.?[ \t\r]*$",
               re.MULTILINE),
    re.compile(r"^[ \t]*(?:Published|Printed)[ \t]+(?:by|for|at)\b[^\n]*$", re.MULTILINE),
    re.compile(r"^[ \t]*(?:Copyright(?:ed)?\b|All rights reserved)[^\n]*$", re.MULTILINE | re.IGNORECASE),
    re.compile(r"^[ \t]*(?:A[ \t]+)?(?:First|Second|Third|New|Revised)[ \t]+(?:edition|impression|issue)\b[^\n]*$",
               re.MULTILINE | re.IGNORECASE),
]
_TITLE_PAGE = 3000     # characters from the story's start where a title page may stand


def mask(text: str) -> str:
    """The text with everything outside the story blanked, newlines kept (same length, same offsets)."""
    a, b = story_bounds(text)
    if a == 0 and b == len(text):
        return text
    front = text[a:min(b, a + _TITLE_PAGE)]
    for rx in IMPRINT_LINES:
        front = rx.sub(lambda m: _blank(m.group(0)), front)
    return _blank(text[:a]) + front + text[a + len(front):b] + _blank(text[b:])


def _blank(s: str) -> str:
    return re.sub(r"[^\n\r]", " ", s)
