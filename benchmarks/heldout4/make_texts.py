#!/usr/bin/env python3
"""Rebuild the fourth held-out excerpts from their Project Gutenberg mirrors and write their spec files.

    python3 benchmarks/heldout4/make_texts.py [--mirror DIR] [--check]

The fetching, normalising and spec writing are ../heldout/make_texts.py's, called with this set's two
sources: each book is read with ``git show COMMIT:PATH`` from the GITenberg mirror the fetch tool leaves
under /work/.mirror/OWNER+NAME/repo, cut between a begin and an end string, and normalised as the
development texts are (LF; the lines of a paragraph joined with one space; one blank line between
paragraphs; one final newline). Nothing else is touched: Clark's spelling, his blanks ("at ____ P M")
and the bracketed entry headings ("[Clark, September 8, 1806]"), which the normalising joins to the
dateline and the first lines of the entry because the source has no blank line between them, stay as
printed. --check compares the files here with a fresh rebuild. Standard library only.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

SOURCES = [
    {
        "name": "twain_hawaii",
        "repo": "GITenberg/Roughing-It_3177",
        "commit": "123995d",  # expanded to the full hash when the spec is written
        "path": "3177.txt",
        "encoding": "ascii",
        # chapters LXXIII-LXXVI whole: the canoe to Honaunau from the schooner in Kealakekua Bay, the
        # schooner to Kau, the ride to Kilauea and the Volcano House, the crater by night, the ride round
        # Hawaii to Kawaehae, and Haleakala on Maui (1866). The table of contents also lists
        # "CHAPTER LXXIII.", so the begin string takes in the chapter's first words.
        "begin": "CHAPTER LXXIII.\r\n\r\nAt noon, we hired a Kanaka",
        "end": "of it will remain with me always.",
        "drop": [],
    },
    {
        "name": "clark_missouri",
        "repo": "GITenberg/The-Journals-of-Lewis-and-Clark-1804-1806_8419",
        "commit": "050e6e8",
        "path": "8419.txt",
        # the file is ASCII but for one cp1252 byte (0x95) far from the excerpt
        "encoding": "cp1252",
        # William Clark's entries of 8-26 September 1806: down the Missouri from above the Council Bluffs to
        # St. Charles, Coldwater Creek and St. Louis, to the last entry of the journals
        "begin": "[Clark, September 8, 1806]",
        "end": "a fine morning we commenced wrighting &c.",
        "drop": [],
    },
]

if __name__ == "__main__":
    # the first set's script does the fetching, the spec files and --check (benchmarks/ is no package)
    sys.path.insert(0, str(HERE.parent / "heldout"))
    import make_texts as first  # noqa: E402

    sys.exit(first.main(sources=SOURCES, here=HERE, doc=__doc__))
