#!/usr/bin/env python3
"""Rebuild the seventh held-out set's Smollett excerpt from its Project Gutenberg mirror and write its spec file.

    python3 benchmarks/heldout7/make_smollett_france.py [--mirror DIR] [--check]

The fetching, normalising and spec writing are ../heldout/make_texts.py's, called with this one source: the
book is read with ``git show COMMIT:PATH`` from the GITenberg mirror the fetch tool leaves under
/work/.mirror/OWNER+NAME/repo, cut between a begin and an end string, and normalised as the development
texts are (LF; the lines of a paragraph joined with one space; one blank line between paragraphs; one
final newline). Nothing else is touched: the letters' headings in capitals ("LETTER XXXIX") and their
dated place lines ("AIX EN PROVENCE, May 10, 1765."), the salutations run into the first paragraph
("DEAR SIR,--I am thus far"), Martial's two Latin lines and their English couplet (one paragraph each pair),
Smollett's spellings ("Esterelles" and "Estrelles", "Lions" beside "Lyons", "Soame" for the Saone,
"Orgon", "Maison Blanche", "intirely", "loui'dores") and the dashes in names ("Mr. C--", "the dutchess
D--lle") stay as printed. --check compares the files here with a fresh rebuild. Standard library only.

(The brief asked for Arthur Young's *Travels in France*; no GITenberg mirror of it could be found with the
search tools, so this set takes Smollett's letters home from Nice, the fallback the brief allowed.)
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

SOURCES = [
    {
        "name": "smollett_france",
        "repo": "GITenberg/Travels-through-France-and-Italy_2311",
        "commit": "2586181",  # expanded to the full hash when the spec is written
        "path": "2311.txt",
        "encoding": "ascii",
        # letters XXXIX, XL and XLI whole, the last three of the book: the journey home from Nice by water to
        # Antibes, Cannes, Frejus, Toulon and Marseilles to Aix (letter of 10 May 1765), the stay at Aix for
        # the waters, Aix by Orgon, Avignon, Orange and Vienne to Lyons in seven days, and from Lyons by
        # Maison Blanche, Beaune, Chalons, Auxerre, Dijon, Sens and Fontainebleau to Paris, and by Breteuil
        # and Abbeville to Boulogne (letter of 13 June 1765). The appendices that follow are left out.
        "begin": "LETTER XXXIX\r\n\r\nAIX EN PROVENCE, May 10, 1765.",
        "end": "then I shall gladly tempt that invidious straight which\r\nstill divides you from--Yours, &c.",
        "drop": [],
    },
]

if __name__ == "__main__":
    # the first set's script does the fetching, the spec files and --check (benchmarks/ is no package)
    sys.path.insert(0, str(HERE.parent / "heldout"))
    import make_texts as first  # noqa: E402

    sys.exit(first.main(sources=SOURCES, here=HERE, doc=__doc__))
