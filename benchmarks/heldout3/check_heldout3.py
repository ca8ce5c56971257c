#!/usr/bin/env python3
"""Check the third held-out set's gold (standard library only).

    python3 benchmarks/heldout3/check_heldout3.py

The itinerary checks of ../heldout/check_heldout.py (excerpt matches its spec, evidence quotes are in
the text, legs chain, EDTF forms, contract modes and kinds, journeys partition the legs, the gold
scores 1.000 against itself), run on the files in this folder. This set also has date gold, so for
each <name>_timex.jsonl it checks that every span's text is the excerpt's text at its offsets, that
spans do not overlap, that kinds come from the dev list, that the flags are booleans, that values are
null, EDTF dates/intervals/times, ISO durations (X for vague amounts) or X-patterned sets, and that
the date gold scores 1.000 against itself with the shared scorer.
"""
from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("check_heldout", HERE.parent / "heldout" / "check_heldout.py")
check_heldout = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_heldout)
check_heldout.HERE = HERE
score = check_heldout.score

TIMEX_KINDS = {"date", "time", "duration", "relative", "set"}
_DAY = r"\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?)?~?"
VALUE_RE = re.compile(
    rf"^(?:{_DAY}(?:/{_DAY})?"                       # a date, time or interval
    r"|P(?:[\dX]+[YMWD])*(?:T(?:[\dX]+[HMS])+)?"     # a duration, X for a vague amount
    r"|XXXX(?:-[\dX]{2}(?:-[\dX]{2}(?:T\d{2}:\d{2})?)?)?)$")  # a set (every day, every June...)


def check_timex(name: str) -> list[str]:
    errs = []
    text = (HERE / f"{name}.txt").read_text(encoding="utf-8")
    path = HERE / f"{name}_timex.jsonl"
    gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    prev_end = -1
    for g in gold:
        where = f"timex {g.get('text')!r} at {g.get('start')}"
        if text[g["start"]:g["end"]] != g["text"]:
            errs.append(f"{where}: offsets do not give its text")
        if g["start"] < prev_end:
            errs.append(f"{where}: overlaps the previous span or is out of order")
        prev_end = g["end"]
        if g["kind"] not in TIMEX_KINDS:
            errs.append(f"{where}: kind {g['kind']!r}")
        if not isinstance(g.get("narrative"), bool) or not isinstance(g.get("uncertain"), bool):
            errs.append(f"{where}: narrative/uncertain must be booleans")
        v = g.get("value")
        if v is not None and not VALUE_RE.match(v):
            errs.append(f"{where}: value {v!r} is not of the forms used")
        if v is None and not g["uncertain"]:
            errs.append(f"{where}: a null value must be marked uncertain")
    with contextlib.redirect_stdout(io.StringIO()):
        res = score.score_dates(path, path)
    if not any(g.get("narrative", True) and not g["uncertain"] and g["kind"] in ("date", "time", "relative")
               for g in gold):
        res.pop("narrative_accuracy")  # 0/0: nothing in the text fixes a narrative date
    if any(x < 1.0 for x in res.values()):
        errs.append(f"date gold against itself: {res}")
    return errs


def main() -> int:
    bad = check_heldout.main()
    for path in sorted(HERE.glob("*_timex.jsonl")):
        name = path.name[: -len("_timex.jsonl")]
        errs = check_timex(name)
        print(f"{name} dates: {'ok' if not errs else 'FAIL'}")
        for e in errs:
            print("  " + e)
        bad |= bool(errs)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
