"""timeline.html: a printable dated timeline, grouped by year and journey.

Each entry links to the map by leg id (map.html#L3) and carries its date as
written and normalized, places, type, quote and warnings. All text escaped.
"""
from __future__ import annotations

from collections import defaultdict

from chronology.models import Chronology

from .escape import esc

_CSS = """body{font:15px/1.45 Georgia,serif;max-width:52em;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;margin-top:1.6em}h3{font-size:1.05em;color:#444}
.e{margin:.5em 0 .9em 0}.w0{color:#555}.d{font-weight:bold}.q{color:#555;font-style:italic}.w{color:#a40}
.k{font-size:.8em;text-transform:uppercase;letter-spacing:.05em;padding:0 .4em;border-radius:3px;color:#fff}
.exile{background:#b2182b}.escape{background:#2166ac}.return{background:#762a83}.travel{background:#1b7837}
@media print{a{color:inherit;text-decoration:none}}"""


def render_timeline(chron: Chronology) -> str:
    legs = {l.id: l for l in chron.legs}
    warn = defaultdict(list)
    for f in chron.findings:
        for r in f.refs:
            warn[r].append(f.message)
    by_year = defaultdict(list)
    for j in chron.journeys:
        y = (j.start or j.end or "undated")[:4]
        by_year[y].append(j)
    out = [f"<!doctype html><html><head><meta charset='utf-8'><title>Timeline: {esc(chron.subject)}</title>"
           f"<style>{_CSS}</style></head><body><h1>Timeline of {esc(chron.subject)}</h1>"
           f"<p>Dates keep the text's calendar; Gregorian equivalents are given where the text is Julian. "
           f"<a href='map.html'>Open the map</a>.</p>"]
    for y in sorted(by_year):
        out.append(f"<h2>{esc(y)}</h2>")
        for j in by_year[y]:
            out.append(f"<h3 id='{esc(j.id)}'><span class='k {esc(j.kind)}'>{esc(j.kind)}</span> {esc(j.title)}</h3>")
            for lid in j.legs:
                l = legs[lid]
                ws = "".join(f"<div class='w'>&#9888; {esc(w)}</div>" for w in warn.get(l.id, []))
                greg = ""
                if l.depart_gregorian or l.arrive_gregorian:
                    greg = (f" = {esc(l.depart_gregorian or '?')} &rarr; {esc(l.arrive_gregorian or '?')} Gregorian"
                            if l.depart and l.arrive else
                            f" = {esc(l.depart_gregorian or l.arrive_gregorian)} Gregorian")
                written = f" <span class='w0'>&ldquo;{esc(l.date_text)}&rdquo;{greg}</span>" if l.date_text else ""
                out.append(f"<div class='e' id='{esc(l.id)}'><span class='d'>{esc(l.depart or '?')} &rarr; "
                           f"{esc(l.arrive or '?')}</span>{written} {esc(l.from_.name if l.from_ else '?')} &rarr; "
                           f"{esc(l.to.name)} ({esc(l.mode)}, {esc(l.status)}) "
                           f"<a href='map.html#{esc(l.id)}'>map</a><div class='q'>&ldquo;{esc(l.evidence.text)}&rdquo; "
                           f"(line {l.evidence.line})</div>{ws}</div>")
    dated = [d for d in chron.dates if d.narrative and d.kind in ("date", "time") and d.value]
    if dated:
        out.append("<h2>All dates in the text</h2><table><tr><th>as written</th><th>EDTF</th><th>Gregorian</th><th>line</th></tr>")
        for d in dated:
            out.append(f"<tr><td>{esc(d.text)}</td><td>{esc(d.value)}</td><td>{esc(d.value_gregorian or '')}</td>"
                       f"<td>{d.line}</td></tr>")
        out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out)
