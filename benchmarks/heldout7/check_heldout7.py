#!/usr/bin/env python3
"""Check the seventh held-out set's gold (standard library only): ../check_heldout_folder.py's checks on this
folder.

    python3 benchmarks/heldout7/check_heldout7.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from check_heldout_folder import run  # noqa: E402

if __name__ == "__main__":
    sys.exit(run(Path(__file__).resolve().parent))
