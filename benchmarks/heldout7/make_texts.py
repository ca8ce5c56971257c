#!/usr/bin/env python3
"""Rebuild the seventh held-out set's two excerpts from their Project Gutenberg mirrors and write their spec files.

    python3 benchmarks/heldout7/make_texts.py [--mirror DIR] [--check]

The fetching, normalising and spec writing are ../heldout/make_texts.py's, called with this set's two
sources: each book is read with ``git show COMMIT:PATH`` from the GITenberg mirror the fetch tool leaves
under /work/.mirror/OWNER+NAME/repo, cut between a begin and an end string, and normalised as the
development texts are (LF; the lines of a paragraph joined with one space; one blank line between
paragraphs; one final newline). Nothing else is touched: Montagu's letter numbers ("LET. XXIII."), the
addressees ("TO THE COUNTESS OF ----."), the datelines in the 1790 edition's italics marks ("_Peterwaradin,
Jan_. 30. O. S. 1717."), the dashes that hide names, the editor's "[Footnote: ...]" notes and "(sic)"
marks and the old spellings (Peterwaradin, Esseck, Mohatch, Betsko, Sophia, Philippopolis, Adrianople)
stay as printed; so do Smollett's letter headings and datelines in capitals ("AIX EN PROVENCE, May 10,
1765.") and his spellings ("Lions", "Soame", "Esterelles"). --check compares the files here with a fresh
rebuild. Standard library only.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

SOURCES = [
    {
        "name": "montagu_letters",
        "repo": "GITenberg/Letters-of-the-Right-Honourable-Lady-M-y-W-y-M-eWritten-during-Her-Travels-in-Europe-Asia-and__17520",
        "commit": "8e3f4dd",  # expanded to the full hash when the spec is written
        "path": "17520.txt",
        "encoding": "ascii",
        # letters XXI to XXVI of the 1790 "new edition": from the letter of 16 January 1717 (O. S.) written
        # at Vienna the day before leaving it, by Raab, Buda, Mohatch, Esseck and Vukovar to Peterwaradin
        # (XXIII, 30 January), by Betsko to Belgrade (XXIV, 12 February), and over the Balkans by Sophia and
        # Philippopolis to Adrianople (XXV and XXVI, 1 April 1717, O. S.), ending with the bath at Sophia.
        # The road on from Adrianople to Constantinople (XXXIV-XXXV, May 1717) lies ~85,000 characters
        # further on, past seven descriptive letters from Adrianople, and cannot be reached by one cut of
        # 30,000-45,000 characters.
        "begin": "LET. XXI.\r\n\r\nTo THE COUNTESS OF ----.\r\n\r\n_Vienna, Jan_. 16.",
        "end": "as 'tis no less than death for a man to\r\nbe found in one of these places.",
        "drop": [],
    },
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
