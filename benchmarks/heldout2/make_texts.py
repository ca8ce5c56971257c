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

import argparse
import hashlib
import json
import re
import subprocess
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


def git_text(mirror: Path, commit: str, path: str, encoding: str) -> tuple[str, str]:
    full = subprocess.run(["git", "-C", str(mirror), "rev-parse", commit], check=True,
                          capture_output=True, text=True).stdout.strip()
    raw = subprocess.run(["git", "-C", str(mirror), "show", f"{full}:{path}"], check=True,
                         capture_output=True).stdout
    return full, raw.decode(encoding)


def normalise(chunk: str, marginal_numbers: bool) -> str:
    chunk = chunk.replace("\r\n", "\n")
    if marginal_numbers:
        chunk = _MARGINAL.sub("", chunk)
    paras = [p for p in re.split(r"\n\s*\n", chunk) if p.strip()]
    return "\n\n".join(re.sub(r"\s+", " ", p.strip()) for p in paras) + "\n"


def build(src: dict, mirror_root: Path) -> tuple[str, dict]:
    mirror = mirror_root / (src["repo"].replace("/", "+")) / "repo"
    full, raw = git_text(mirror, src["commit"], src["path"], src["encoding"])
    i = raw.index(src["begin"])
    j = raw.index(src["end"], i) + len(src["end"])
    text = normalise(raw[i:j], src["marginal_numbers"])
    spec = {
        "repo": src["repo"], "commit": full, "paths": [src["path"]], "kind": "gutenberg",
        "begin": text[:80], "end": text[-81:-1], "tail": "\n",
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "chars": len(text),
    }
    return text, spec


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mirror", default="/work/.mirror", help="folder holding OWNER+NAME/repo git mirrors")
    ap.add_argument("--check", action="store_true", help="compare with the files here instead of writing")
    args = ap.parse_args(argv)
    bad = 0
    for src in SOURCES:
        text, spec = build(src, Path(args.mirror))
        txt, sp = HERE / f"{src['name']}.txt", HERE / f"{src['name']}.spec.json"
        if args.check:
            same = txt.read_text(encoding="utf-8") == text and json.loads(sp.read_text()) == spec
            print(f"{src['name']}: {'same' if same else 'DIFFERENT'} ({spec['chars']} chars)")
            bad += not same
        else:
            txt.write_text(text, encoding="utf-8", newline="")
            sp.write_text(json.dumps(spec, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
            print(f"{src['name']}: {spec['chars']} chars, sha256 {spec['sha256'][:12]}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
