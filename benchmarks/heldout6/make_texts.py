#!/usr/bin/env python3
"""Rebuild the sixth held-out excerpts from their Project Gutenberg mirrors and write their spec files.

    python3 benchmarks/heldout6/make_texts.py [--mirror DIR] [--check]

The fetching, normalising and spec writing are ../heldout/make_texts.py's, called with this set's two
sources: each book is read with ``git show COMMIT:PATH`` from the GITenberg mirror the fetch tool leaves
under /work/.mirror/OWNER+NAME/repo, cut between a begin and an end string, and normalised as the
development texts are (LF; the lines of a paragraph joined with one space; one blank line between
paragraphs; one final newline). Nothing else is touched: Grant's chapter headings in capitals, his
order of 27 April quoted whole with its heading line ("PERKINS PLANTATION, LA., April 27,1863.", the
missing space as printed) and signature, the footnote marker "(*12)" and the dispatches he quotes stay
as printed; so do Stanley's spellings of the villages ("Msuwa", "Mussoudi", "Mikeseh" and "Mikiseh",
"Sinbamwenni" once for Simbamwenni), his Swahili words, the dialogue with the chief of Kingaru set as
a play ("W. M.--"), the verse in one paragraph, and the ASCII file's "deg." and "L" for the Latin-1
file's degree and pound signs. --check compares the files here with a fresh rebuild. Standard library
only.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

SOURCES = [
    {
        "name": "grant_vicksburg",
        "repo": "GITenberg/Personal-Memoirs-of-U.-S.-Grant-Complete_4367",
        "commit": "9eecf18",  # expanded to the full hash when the spec is written
        "path": "4367.txt",
        "encoding": "ascii",
        # chapters XXXIII and XXXIV whole and chapter XXXV to the night in Jackson: from Perkins' plantation
        # down the Louisiana shore to Hard Times, the naval attack on Grand Gulf (29 April 1863), the crossing
        # from De Shroon's to Bruinsburg, the battle of Port Gibson, Port Gibson, the North Fork of the Bayou
        # Pierre, Grand Gulf and Hankinson's ferry, the corps' marches by Rocky Springs, Utica, Auburn and
        # Fourteen Mile Creek to Raymond, and the march on Jackson, 24 April - 14 May 1863. The table of
        # contents prints the chapter's number and title on one line, so the begin string takes in the
        # blank line between them.
        "begin": "CHAPTER XXXIII.\r\n\r\nATTACK ON GRAND GULF",
        "end": "I slept that night in the room that Johnston was said to have occupied\r\nthe night before.",
        "drop": [],
    },
    {
        "name": "stanley_simbamwenni",
        "repo": "GITenberg/How-I-Found-Livingstone--13-Travels-adventures-and-discoveres-in-Central-Africa-including-an-a__5157",
        "commit": "41828f7",
        "path": "5157.txt",
        # the ASCII file (5157-8.txt is the same text in Latin-1 with degree and pound signs)
        "encoding": "ascii",
        # chapter V from the dated entry "April 1st." at Kingaru (the death of the horses) to the end of the
        # chapter, and chapter VI to Simbo: from Kingaru to Imbiki, Msuwa, a camp in the wilderness, Kisemo,
        # Mussoudi on the Ungerengeri, a boma by a pool, Mikeseh, Ulagalla, Muhalleh, past Simbamwenni to the
        # camp on the Ungerengeri, and across it to Simbo, 1-23 April 1871 (no year in the excerpt)
        "begin": "April 1st.--To-day the Expedition suffered a loss",
        "end": "Waseguhha somewhat prone to dishonest acts and murder.",
        "drop": [],
    },
]

if __name__ == "__main__":
    # the first set's script does the fetching, the spec files and --check (benchmarks/ is no package)
    sys.path.insert(0, str(HERE.parent / "heldout"))
    import make_texts as first  # noqa: E402

    sys.exit(first.main(sources=SOURCES, here=HERE, doc=__doc__))
