#!/usr/bin/env python3
"""Check the second held-out set's gold (standard library only).

    python3 benchmarks/heldout2/check_heldout2.py

The checks of ../heldout/check_heldout.py (excerpt matches its spec, evidence quotes are in the text,
legs chain, EDTF forms, contract modes and kinds, journeys partition the legs, the gold scores 1.000
against itself), run on the files in this folder. One difference: a year before the common era is
allowed ('-0400' = 401 BC, EDTF's astronomical numbering), for the Anabasis.
"""
from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("check_heldout", HERE.parent / "heldout" / "check_heldout.py")
check_heldout = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_heldout)

POINT = r"-?\d{4}(?:-\d{2}(?:-\d{2})?)?"
check_heldout.HERE = HERE
check_heldout.DATE_RE = re.compile(rf"^{POINT}(?:/{POINT})?$")

if __name__ == "__main__":
    sys.exit(check_heldout.main())
