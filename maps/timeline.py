"""timeline.html: a time axis (one lane per journey, maps/axis.js), then the dated timeline grouped
by year and journey, with review controls that write a corrections file (maps/review.js) and the
corrections a previous review applied.

Each entry links to the map by leg id (map.html#L3) and carries its date as
written and normalized, places, type, quote and warnings. All text escaped.
"""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from chronology.models import Chronology

from .axis import axis_data
from .escape import esc, script_json
from .review import review_data


@lru_cache(maxsize=2)
def _script(name: str) -> str:
    return Path(__file__).with_name(name).read_text(encoding="utf-8")


_CSS = """body{font:15px/1.45 Georgia,serif;max-width:52em;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;margin-top:1.6em}h3{font-size:1.05em;color:#444}
.e{margin:.5em 0 .9em 0;scroll-margin-top:47vh}.w0{color:#555}.d{font-weight:bold}.q{color:#555;font-style:italic}.w{color:#a40}
.k{font-size:.8em;text-transform:uppercase;letter-spacing:.05em;padding:0 .4em;border-radius:3px;color:#fff}
.exile{background:#b2182b}.escape{background:#2166ac}.return{background:#762a83}.travel{background:#1b7837}
#axis-box{position:sticky;top:0;z-index:2;background:#fff;width:94vw;margin-left:calc(50% - 47vw);box-sizing:border-box;border-bottom:1px solid #ccc;padding:.3em 0;
max-height:45vh;overflow-y:auto}
#axis{display:flex;font:12px sans-serif}.axis-lanes{width:15em;flex:none}.axis-plot{flex:1;overflow:hidden;cursor:grab}
.axis-lane{white-space:nowrap;overflow:hidden;text-overflow:ellipsis;line-height:22px;color:#444;padding-right:.5em}
.axis-lane.lane-stay{font-style:italic}.tick{stroke:#ddd}.tick-label{font:11px sans-serif;fill:#555}.lane-rule{stroke:#f0f0f0}
.bar .uncertain{opacity:.3}.bar .certain{opacity:.95}.bar:hover rect,.bar.focus rect{stroke:#000;stroke-width:1.5}
.axis-tools button{font:12px sans-serif;margin-right:.3em}
.rvd{font:12px sans-serif;margin-top:.2em}.rvd summary{color:#06c;cursor:pointer}.rv label{margin-right:.6em;white-space:nowrap}
#rv-bar{position:fixed;bottom:0;right:0;z-index:3;background:#fffbe6;border:1px solid #d9c77a;padding:.4em .8em;
font:12px sans-serif;max-width:30em}#rv-json{max-height:12em;overflow:auto;font-size:11px}
#applied{background:#eef7ee;border:1px solid #9c9;padding:.3em 1em}
table{border-collapse:collapse}td,th{padding:.1em .5em;border-bottom:1px solid #eee;font-size:.9em}
@media print{a{color:inherit;text-decoration:none}#rv-bar,.rvd,.axis-tools{display:none}#axis-box{position:static;max-height:none}}"""


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
           f"<a href='map.html'>Open the map</a>. On the time axis, faded ends are uncertain dates; "
           f"scroll or use the buttons to zoom, drag to move, click a bar to see it on the map.</p>"]
    out += _applied(chron)
    out.append("<section id='axis-box'><div class='axis-tools'><button id='axis-in' type='button'>zoom in</button>"
               "<button id='axis-out' type='button'>zoom out</button><button id='axis-all' type='button'>"
               "whole story</button></div><div id='axis'></div></section>")
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
                           f"(line {l.evidence.line})</div>{ws}<details class='rvd'><summary>review {esc(l.id)}"
                           f"</summary><div class='rv' data-leg='{esc(l.id)}'></div></details></div>")
    dated = [d for d in chron.dates if d.narrative and d.kind in ("date", "time") and d.value]
    if dated:
        out.append("<h2>All dates in the text</h2><table><tr><th>as written</th><th>EDTF</th><th>Gregorian</th><th>line</th></tr>")
        for d in dated:
            out.append(f"<tr><td>{esc(d.text)}</td><td>{esc(d.value)}</td><td>{esc(d.value_gregorian or '')}</td>"
                       f"<td>{d.line}</td></tr>")
        out.append("</table>")
    out.append("<h2 id='places'>Place mentions</h2><details class='rvd'><summary>review the places</summary>"
               "<table id='rv-mentions'><tr><th>as written</th><th>resolved to</th><th>times</th><th>first line</th>"
               "<th>correction</th></tr></table></details>")
    out.append("<div id='rv-bar'><b>Review</b>: <span id='rv-count'>0 corrections</span> "
               "<button id='rv-download' type='button'>Download corrections.json</button>"
               "<details><summary>the file</summary><pre id='rv-json'></pre></details>"
               "<div>apply with <code>chronology build TEXT --corrections corrections.json</code></div></div>")
    out.append(f"<script type='application/json' id='axis-data'>{script_json(axis_data(chron))}</script>")
    out.append(f"<script type='application/json' id='review-data'>{script_json(review_data(chron))}</script>")
    out.append(f"<script>{_script('axis.js')}</script><script>{_script('review.js')}</script>")
    out.append("</body></html>")
    return "\n".join(out)


def _applied(chron: Chronology) -> list[str]:
    if not chron.corrections_applied:
        return []
    items = "".join(f"<li>{esc(a)}</li>" for a in chron.corrections_applied)
    src = f" from <code>{esc(chron.settings.corrections)}</code>" if chron.settings.corrections else ""
    return [f"<section id='applied'><b>Corrections applied{src}</b><ul>{items}</ul></section>"]
