#!/usr/bin/env python3
"""Rebuild the held-out excerpts from their Project Gutenberg mirrors and write their spec files.

    python3 benchmarks/heldout/make_texts.py [--mirror DIR] [--check]

Each source is read from a local git mirror of its GITenberg repository (``git show COMMIT:PATH``,
as the fetch tool leaves it under /work/.mirror/OWNER+NAME/repo) and normalised the way
../shared/dev/README.md describes: LF line endings, hard wraps inside a paragraph joined with one
space, indentation and runs of spaces removed, one blank line between paragraphs, one final "\\n".
With --check the texts already here are compared with a fresh rebuild instead of being written.
Standard library only.
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
        "name": "southey_nelson",
        "repo": "GITenberg/The-Life-of-Horatio-Lord-Nelson_947",
        "commit": "a41940e",  # expanded to the full hash when the spec is written
        "path": "947.txt",
        "encoding": "ascii",
        # chapter VIII from the Toulon fleet's sortie of January 1805, to Nelson's letter of 6 October
        "begin": "War between Spain and England was now declared",
        "end": "to have these things upon my mind.\"",
        "drop": [],
    },
    {
        "name": "darwin_stfe",
        "repo": "GITenberg/The-Voyage-of-the-Beagle_944",
        "commit": "a26cbdc",
        "path": "944.txt",
        "encoding": "ascii",
        # chapter VII, the ride to St. Fe and the return down the Parana, up to his entry into the city
        "begin": "CHAPTER VII\r\n\r\nBUENOS AYRES AND ST. FE",
        "end": "find myself within the city.",
        # an illustration placeholder that splits a sentence in two ("scissor-like [picture] bills")
        "drop": ["[picture]"],
    },
]

_TERMINAL = ('.', '!', '?', ':', '"', "'", ')', ']')


def git_text(mirror: Path, commit: str, path: str, encoding: str) -> tuple[str, str]:
    full = subprocess.run(["git", "-C", str(mirror), "rev-parse", commit], check=True,
                          capture_output=True, text=True).stdout.strip()
    raw = subprocess.run(["git", "-C", str(mirror), "show", f"{full}:{path}"], check=True,
                         capture_output=True).stdout
    return full, raw.decode(encoding)


def normalise(chunk: str, src: dict) -> str:
    drop = src.get("drop", [])
    paras = [p for p in re.split(r"\n\s*\n", chunk.replace("\r\n", "\n")) if p.strip()]
    out: list[str] = []
    pending_join = False
    for p in paras:
        line = re.sub(r"\s+", " ", p.strip())
        if line in drop:
            # a placeholder inside a sentence: the paragraphs on either side are one paragraph
            pending_join = bool(out) and not out[-1].endswith(_TERMINAL)
            continue
        if pending_join:
            out[-1] = out[-1] + " " + line
            pending_join = False
        else:
            out.append(line)
    return "\n\n".join(out) + "\n"


def build(src: dict, mirror_root: Path, normalise=normalise) -> tuple[str, dict]:
    mirror = mirror_root / (src["repo"].replace("/", "+")) / "repo"
    full, raw = git_text(mirror, src["commit"], src["path"], src["encoding"])
    i = raw.index(src["begin"])
    j = raw.index(src["end"], i) + len(src["end"])
    text = normalise(raw[i:j], src)
    spec = {
        "repo": src["repo"], "commit": full, "paths": [src["path"]], "kind": "gutenberg",
        "begin": text[:80], "end": text[-81:-1], "tail": "\n",
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "chars": len(text),
    }
    return text, spec


def main(argv=None, sources=SOURCES, here=HERE, normalise=normalise, doc=__doc__) -> int:
    """Build (or --check) each of `sources` into `here`; the second held-out set calls it with its own."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mirror", default="/work/.mirror", help="folder holding OWNER+NAME/repo git mirrors")
    ap.add_argument("--check", action="store_true", help="compare with the files here instead of writing")
    args = ap.parse_args(argv)
    bad = 0
    for src in sources:
        text, spec = build(src, Path(args.mirror), normalise)
        txt, sp = here / f"{src['name']}.txt", here / f"{src['name']}.spec.json"
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
