#!/usr/bin/env python3
"""Check a held-out set's gold (standard library only): the checks of heldout3/check_heldout3.py, run on the
files of another folder by loading that script and the first set's heldout/check_heldout.py and pointing
them there.

    python3 benchmarks/check_heldout_folder.py benchmarks/heldout6

The excerpt matches its spec; evidence quotes are in the excerpt; legs chain; EDTF forms, modes, statuses and
journey kinds are of the contract's lists; journeys partition the legs; the itinerary gold scores 1.000 against
itself; and for each NAME_timex.jsonl, offsets give the span's text, spans are ordered and do not overlap,
kinds, flags and value forms are valid, and the date gold scores 1.000 against itself with the shared scorer.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def run(folder: Path) -> int:
    third = _load("check_heldout3", BENCH / "heldout3" / "check_heldout3.py")
    third.HERE = folder                      # the date checks read NAME.txt and NAME_timex.jsonl from here
    third.check_heldout.HERE = folder        # the itinerary checks likewise
    return third.main()


if __name__ == "__main__":
    if len(sys.argv) != 2 or not Path(sys.argv[1]).is_dir():
        print("usage: check_heldout_folder.py FOLDER (a held-out set's folder, e.g. benchmarks/heldout6)",
              file=sys.stderr)
        sys.exit(2)
    sys.exit(run(Path(sys.argv[1]).resolve()))
