#!/usr/bin/env python3
"""Check the sixth held-out set's gold (standard library only).

    python3 benchmarks/heldout6/check_heldout6.py

The same checks as ../heldout3/check_heldout3.py, run on the files in this folder by loading that
script and the first set's ../heldout/check_heldout.py and pointing them here: the excerpt matches its
spec; evidence quotes are in the excerpt; legs chain; EDTF forms, modes, statuses and journey kinds are
of the contract's lists; journeys partition the legs; the itinerary gold scores 1.000 against itself;
and for each NAME_timex.jsonl, offsets give the span's text, spans are ordered and do not overlap, kinds,
flags and value forms are valid, and the date gold scores 1.000 against itself with the shared scorer.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


third = _load("check_heldout3", HERE.parent / "heldout3" / "check_heldout3.py")
third.HERE = HERE                      # the date checks read NAME.txt and NAME_timex.jsonl from here
third.check_heldout.HERE = HERE        # the itinerary checks likewise


def main() -> int:
    return third.main()


if __name__ == "__main__":
    sys.exit(main())
