#!/usr/bin/env python3
"""Check the held-out gold files (standard library only).

    python3 benchmarks/heldout/check_heldout.py

For each <name>_itinerary.json here it asserts that: the excerpt matches its spec (sha256, length,
begin/end, one final newline, no CR); every evidence quote is in the excerpt; legs chain (each
'from' is the previous 'to'); dates are EDTF of the forms used (YYYY[-MM[-DD]] or A/B of those);
modes, statuses and journey kinds come from the contract's lists; every leg is in exactly one
journey; and the gold, turned into a prediction, scores 1.000 against itself with the shared scorer.
"""
from __future__ import annotations

import contextlib
import hashlib
import io
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2] / "shared" / "eval"))
import score  # noqa: E402

POINT = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
DATE_RE = re.compile(rf"^{POINT}(?:/{POINT})?$")
MODES = {"train", "steamer", "ship", "ferry", "boat", "cart", "carriage", "sleigh", "sledge", "cab", "horse",
         "animal", "foot", "car", "air", "unknown"}
KINDS = {"exile", "escape", "return", "travel"}


def as_prediction(gold: dict) -> dict:
    """The gold in the shape `chronology build` writes, so the scorer can read it as a prediction."""
    def place(name, xy):
        return {"name": name.split("(")[0].strip(), "lat": xy[0] if xy else None, "lon": xy[1] if xy else None}
    legs = [{"id": g["id"], "from": place(g["from"], g.get("from_coords")), "to": place(g["to"], g.get("to_coords")),
             "depart": g.get("depart"), "arrive": g.get("arrive"), "mode": g["mode"], "status": g["status"]}
            for g in gold["legs"]]
    return {"legs": legs, "journeys": gold["journeys"]}


def check(name: str) -> list[str]:
    errs = []
    text = (HERE / f"{name}.txt").read_bytes()
    spec = json.loads((HERE / f"{name}.spec.json").read_text())
    s = text.decode("utf-8")
    if hashlib.sha256(text).hexdigest() != spec["sha256"] or len(s) != spec["chars"]:
        errs.append("text does not match its spec")
    if b"\r" in text or not s.endswith("\n") or s.endswith("\n\n"):
        errs.append("line endings")
    if not s.startswith(spec["begin"]) or not s.endswith(spec["end"] + spec["tail"]):
        errs.append("begin/end")
    gold = json.loads((HERE / f"{name}_itinerary.json").read_text(encoding="utf-8"))
    prev = None
    for g in gold["legs"]:
        for q in [g["evidence"]] + g.get("evidence_more", []):
            if q not in s:
                errs.append(f"{g['id']}: evidence not in text: {q[:60]}")
        if prev is not None and g["from"] != prev["to"] and not g.get("gap"):
            errs.append(f"{g['id']}: does not start where {prev['id']} ended")
        for k in ("depart", "arrive"):
            if g.get(k) is not None and not DATE_RE.match(g[k]):
                errs.append(f"{g['id']}: {k} {g[k]!r} is not of the forms used")
        if g["mode"] not in MODES or g["status"] not in KINDS:
            errs.append(f"{g['id']}: mode or status")
        prev = g
    ids = [x for j in gold["journeys"] for x in j["legs"]]
    if sorted(ids) != sorted(g["id"] for g in gold["legs"]) or any(j["kind"] not in KINDS for j in gold["journeys"]):
        errs.append("journeys do not partition the legs")
    pred = HERE / f".{name}_selfcheck.json"
    pred.write_text(json.dumps(as_prediction(gold)))
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            res = score.score_itinerary(HERE / f"{name}_itinerary.json", pred)
    finally:
        pred.unlink()
    if any(v < 1.0 for v in res.values()):
        errs.append(f"gold against itself: {res}")
    return errs


def main() -> int:
    bad = 0
    for gold in sorted(HERE.glob("*_itinerary.json")):
        name = gold.name[: -len("_itinerary.json")]
        errs = check(name)
        print(f"{name}: {'ok' if not errs else 'FAIL'}")
        for e in errs:
            print("  " + e)
        bad += bool(errs)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
