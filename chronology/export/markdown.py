"""timeline.md: the dated chronology as a readable Markdown document."""
from __future__ import annotations

from ..models import Chronology


def _md(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def render(chron: Chronology) -> str:
    lines = [f"# Itinerary of {chron.subject or 'the subject'}", ""]
    legs = {l.id: l for l in chron.legs}
    for j in chron.journeys:
        lines += [f"## {j.id}. {_md(j.title)} ({j.kind})", "",
                  "| leg | when | as written | from | to | mode | status | evidence (line) |",
                  "|---|---|---|---|---|---|---|---|"]
        for lid in j.legs:
            l = legs[lid]
            lines.append(f"| {l.id} | {l.depart or '?'} → {l.arrive or '?'} | {_md(l.date_text or '')} | "
                         f"{_md(l.from_.name if l.from_ else '?')} | {_md(l.to.name)} | {l.mode} | {l.status} | "
                         f"{_md(l.evidence.text[:160])} ({l.evidence.line}) |")
        lines.append("")
    if chron.findings:
        lines += ["## Findings", ""] + [f"- **{f.check}** ({f.severity}): {_md(f.message)}" for f in chron.findings] + [""]
    return "\n".join(lines)
