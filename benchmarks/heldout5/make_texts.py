#!/usr/bin/env python3
"""Rebuild the fifth held-out excerpts from their Project Gutenberg mirrors and write their spec files.

    python3 benchmarks/heldout5/make_texts.py [--mirror DIR] [--check]

The fetching, normalising and spec writing are ../heldout/make_texts.py's, called with this set's two
sources: each book is read with ``git show COMMIT:PATH`` from the GITenberg mirror the fetch tool leaves
under /work/.mirror/OWNER+NAME/repo, cut between a begin and an end string, and normalised as the
development texts are (LF; the lines of a paragraph joined with one space; one blank line between
paragraphs; one final newline). Nothing else is touched: Muir's italic datelines ("_September 3_."),
the editor's bracketed insertions ("[September 2]", "[Rolling Fork]", "[North Carolina]") and the
editor's numbered footnotes, which stand as paragraphs of their own between Muir's ("[1] Alphonso
Wood, ..."), stay as printed; so do Johnson's spellings ("Aberbrothick", "Bamff", "Fores", "Slanes",
"Fochabars", "shew") and the section headings in capitals. --check compares the files here with a
fresh rebuild. Standard library only.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

SOURCES = [
    {
        "name": "muir_kentucky",
        "repo": "GITenberg/A-Thousand-Mile-Walk-to-the-Gulf_60749",
        "commit": "e14e597",  # expanded to the full hash when the spec is written
        "path": "60749-0.txt",
        # UTF-8 with a byte-order mark, curly quotes and dashes
        "encoding": "utf-8-sig",
        # chapter I whole and chapter II to the entry of 21 September (the entry of 22 September, Blue Ridge
        # and Mount Yonah, is left out to keep the excerpt under 45,000 characters): from Indianapolis by rail
        # to Jeffersonville, across the Ohio to Louisville, on foot through Kentucky by Elizabethtown,
        # Munfordville, Horse Cave, Mammoth Cave, Glasgow and Burkesville, over the Cumberland Mountains by
        # Jamestown, Montgomery and Kingston to Philadelphia and Madisonville (Tennessee), up the mountains on
        # the state line, down the Hiwassee to Murphy (North Carolina) and past Blairsville (Georgia),
        # 1-21 September 1867. The table of contents also prints "Chapter I.", so the begin string takes in
        # the chapter's title.
        "begin": "Chapter I.\r\n\r\nKentucky Forests and Caves",
        "end": "was an inveterate smoker.",
        "drop": [],
    },
    {
        "name": "johnson_scotland",
        "repo": "GITenberg/A-Journey-to-the-Western-Islands-of-Scotland_2064",
        "commit": "5356a54",
        "path": "2064.txt",
        "encoding": "ascii",
        # the first sections whole, "Inch Keith" to "Fores. Calder. Fort George": from Edinburgh over the
        # Firth of Forth by Inch Keith and Kinghorn to St. Andrews, Dundee, Aberbrothick (Arbroath), Montrose,
        # lord Monboddo's, Aberdeen, Slanes Castle and the Buller of Buchan, Strichen, Bamff, Cullen, Elgin,
        # Fores, Nairn, Calder, Fort George and Inverness, 18-28 August 1773 (the book's title line is left out)
        "begin": "INCH KEITH\r\n\r\n\r\nI had desired to visit the Hebrides",
        "end": "and as far as my observation has reached, are not sent in\r\nvain.",
        "drop": [],
    },
]

if __name__ == "__main__":
    # the first set's script does the fetching, the spec files and --check (benchmarks/ is no package)
    sys.path.insert(0, str(HERE.parent / "heldout"))
    import make_texts as first  # noqa: E402

    sys.exit(first.main(sources=SOURCES, here=HERE, doc=__doc__))
