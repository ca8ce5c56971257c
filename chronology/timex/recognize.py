"""Find temporal expressions: apply the rule table, settle overlaps, merge.

Recognition does not anchor anything: it emits Drafts with their spans;
`reference.py` resolves them in text order.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .normalize import BUILDERS, Draft
from .rules import MERGES, PREFIXES, Rule, _expand, compiled_rules


@dataclass
class Found:
    start: int
    end: int
    rule: str
    kind: str
    draft: Draft
    parts: list = field(default_factory=list)   # merged constituents
    priority: int = 0

    @property
    def length(self) -> int:
        return self.end - self.start


def _span(m: re.Match) -> tuple[int, int]:
    for g in ("x", "x2", "x3"):
        if g in m.re.groupindex and m.group(g) is not None:
            return m.start(g), m.end(g)
    a, b = m.span()
    return a, b


def _candidates(text: str, rules: list[Rule]):
    pos, neg = [], []
    for r in rules:
        for m in r.compiled.finditer(text):
            a, b = _span(m)
            if b <= a:
                continue
            if r.build == "REMOVE":
                neg.append((a, b))
                continue
            g = {k: v for k, v in m.groupdict().items() if v is not None}
            try:
                draft = BUILDERS[r.build](g)
            except (KeyError, ValueError):
                continue   # a match the builder cannot read (e.g. 31 February) is not a date
            pos.append(Found(a, b, r.name, draft.kind, draft, priority=r.priority))
    return pos, neg


def _select(cands: list[Found], neg) -> list[Found]:
    cands = [c for c in cands if not any(a < c.end and c.start < b for a, b in neg)]
    # Longest match wins; ties go to priority, then to the earlier rule.
    cands.sort(key=lambda c: (-c.length, -c.priority, c.start))
    taken: list[Found] = []
    for c in cands:
        if any(c.start < t.end and t.start < c.end for t in taken):
            continue
        taken.append(c)
    taken.sort(key=lambda c: c.start)
    return taken


_PREFIX_RX = [(re.compile(p, re.IGNORECASE), eff) for p, eff in PREFIXES]


def _prefixes(text: str, found: list[Found]) -> None:
    for f in found:
        if f.kind not in ("date", "time"):
            continue
        before = text[max(0, f.start - 40):f.start]
        for rx, eff in _PREFIX_RX:
            m = rx.search(before)
            if not m:
                continue
            f.start -= len(before) - m.start()
            if eff == "approx":
                f.draft.approx = True
            else:
                f.draft.open = eff
                f.kind = "relative"
            break


_MERGE_RX = [(name, left, re.compile(_expand(conn), re.IGNORECASE), right, build)
             for name, left, conn, right, build in MERGES]


def _merge(text: str, found: list[Found]) -> list[Found]:
    out: list[Found] = []
    i = 0
    while i < len(found):
        cur = found[i]
        if i + 1 < len(found):
            nxt = found[i + 1]
            gap = text[cur.end:nxt.start]
            for name, left, rx, right, build in _MERGE_RX:
                if cur.kind in left and nxt.kind in right and rx.fullmatch(gap) and _compatible(build, cur, nxt):
                    merged = Found(cur.start, nxt.end, name, _merged_kind(build, cur, nxt),
                                   cur.draft, parts=[cur, nxt])
                    found[i + 1] = merged
                    cur = None
                    break
        if cur is not None:
            out.append(cur)
        i += 1
    return out


def _merged_kind(build, a, b):
    if build in ("time_on_date", "date_at_time", "time_on_weekday"):
        return "time"
    return "date"


def _compatible(build: str, a: Found, b: Found) -> bool:
    da, db = a.draft, b.draft
    if build == "range":
        # Only absolute calendar pieces form ranges ("late January to mid-February").
        ok = lambda d: d.rel is None and d.literal is None and d.open is None and (d.month or d.years or d.year)
        if not (ok(da) and ok(db)):
            return False
        if da.month is None and db.month is not None:
            return False
        return True
    if build == "time_on_date":      # a full date, or a day of the running month ("the nineteenth")
        return (db.month is not None or db.rel == "day_of_month") and db.day is not None and da.hh is not None
    if build == "time_on_weekday":
        return db.rel == "weekday" and db.sign == 0 and da.hh is not None and da.month is None and da.rel in (None, "same")
    if build == "date_at_time":
        return da.day is not None and db.hh is not None and not da.rel
    return True


def recognize(text: str) -> list[Found]:
    rules = compiled_rules()
    cands, neg = _candidates(text, rules)
    found = _select(cands, neg)
    _prefixes(text, found)
    return _merge(text, found)
