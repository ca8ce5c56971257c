#!/usr/bin/env python3
"""Rebuild the third held-out excerpts from their Project Gutenberg mirrors and write their spec files.

    python3 benchmarks/heldout3/make_texts.py [--mirror DIR] [--check]

Same procedure as ../heldout/make_texts.py: each source is read from a local git mirror of its
GITenberg repository (``git show COMMIT:PATH``, as the fetch tool leaves it under
/work/.mirror/OWNER+NAME/repo) and normalised the way ../shared/dev/README.md describes: LF line
endings, hard wraps inside a paragraph joined with one space, indentation and runs of spaces removed,
one blank line between paragraphs, one final "\\n". Nothing is dropped: Prescott's footnote markers
("splendor.1") stay glued to the words as the Gutenberg text prints them, as footnote markers do in
the development texts. With --check the texts here are compared with a fresh rebuild. Standard
library only.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

SOURCES = [
    {
        "name": "wollstonecraft_sweden",
        "repo": "GITenberg/Letters-Written-During-a-Short-Residence-in-Sweden-Norway-and-Denmark_3529",
        "commit": "110716f",  # expanded to the full hash when the spec is written
        "path": "3529.txt",
        "encoding": "ascii",
        # letters XIV-XVII whole: Christiania to Fredericstadt, the boat to Stromstad, the post road to
        # Gothenburg, Trolhaettae and back, and the road to Elsineur (late August - September 1795)
        "begin": "LETTER XIV.\r\n",
        "end": "Adieu! till I arrive at Copenhagen.",
        "drop": [],
    },
    {
        "name": "prescott_peru",
        "repo": "GITenberg/History-of-the-Conquest-of-Peru_1209",
        "commit": "66c2e0b",
        "path": "1209.txt",
        "encoding": "ascii",
        # book II, chapter 4 up to Pizarro's leaving Panama for Spain: the isle of Gallo, Gorgona, the
        # voyage to Tumbez and down the coast to Santa, and the return to Panama (1527-1528); the
        # chapter's closing essay on Garcilasso de la Vega is left out
        "begin": "Chapter 4\r\n\r\nIndignation Of The Governor",
        "end": "and vouchers for his wonderful story.",
        "drop": [],
    },
]

if __name__ == "__main__":
    # the first set's script does the fetching, the spec files and --check (benchmarks/ is no package)
    sys.path.insert(0, str(HERE.parent / "heldout"))
    import make_texts as first  # noqa: E402

    sys.exit(first.main(sources=SOURCES, here=HERE, doc=__doc__))
