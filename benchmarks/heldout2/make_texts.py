#!/usr/bin/env python3
"""Rebuild the second held-out excerpts from their Project Gutenberg mirrors and write their spec files.

    python3 benchmarks/heldout2/make_texts.py [--mirror DIR] [--check]

Same procedure as ../heldout/make_texts.py: each source is read from a local git mirror of its
GITenberg repository (``git show COMMIT:PATH``, as the fetch tool leaves it under
/work/.mirror/OWNER+NAME/repo) and normalised the way ../shared/dev/README.md describes: LF line
endings, hard wraps inside a paragraph joined with one space, indentation and runs of spaces removed,
one blank line between paragraphs, one final "\\n". One step more, for the Anabasis only: the
translator's marginal section numbers (a run of spaces and a number at the end of a printed line,
"flows through the city of   6") are taken out before the lines are joined, so that they do not end up
inside sentences. With --check the texts here are compared with a fresh rebuild. Standard library only.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

SOURCES = [
    {
        "name": "dickens_notes",
        "repo": "GITenberg/American-Notes_675",
        "commit": "a8ba6ca",  # expanded to the full hash when the spec is written
        "path": "675-0.txt",
        "encoding": "utf-8-sig",
        # chapter XIV whole: from St. Louis back to Cincinnati, by coach and rail to Sandusky, by Lake Erie
        # to Buffalo and Niagara (April 1842)
        "begin": "CHAPTER XIV\r\nRETURN TO CINCINNATI",
        "end": "came\r\nrushing on Creation at the word of God.",
        "marginal_numbers": False,
    },
    {
        "name": "xenophon_cyrus",
        "repo": "GITenberg/Anabasis_1170",
        "commit": "1af0bf6",
        "path": "1170.txt",
        "encoding": "ascii",
        # book I, chapters II-V (Dakyns): Cyrus's march from Sardis to the Gates, 401 BC
        "begin": "II\r\n\r\nBut when the right moment seemed to him",
        "end": "retired to their\r\nquarters: order reigned.",
        "marginal_numbers": True,
    },
]

_MARGINAL = re.compile(r"[ \t]{2,}\d{1,3}[ \t]*$", re.M)


def normalise(chunk: str, src: dict) -> str:
    chunk = chunk.replace("\r\n", "\n")
    if src["marginal_numbers"]:
        chunk = _MARGINAL.sub("", chunk)
    paras = [p for p in re.split(r"\n\s*\n", chunk) if p.strip()]
    return "\n\n".join(re.sub(r"\s+", " ", p.strip()) for p in paras) + "\n"


if __name__ == "__main__":
    # the first set's script does the fetching, the spec files and --check (benchmarks/ is no package)
    sys.path.insert(0, str(HERE.parent / "heldout"))
    import make_texts as first  # noqa: E402

    sys.exit(first.main(sources=SOURCES, here=HERE, normalise=normalise, doc=__doc__))
