"""corpus.html: every subject's legs on one map (a layer per subject) and one timeline,
read from the store, with a filter that narrows both to the subjects (or text ids) typed.

The page is self-contained like map.html: Leaflet and the land layer are inlined from the
same sources (maps.assets, maps.basemap). Text from the corpus enters the page as JSON and
is put into the document with textContent, never as markup.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pyarrow.compute as pc
import pyarrow.dataset as ds
import shapely

from maps.assets import assert_offline, leaflet_css, leaflet_js
from maps.basemap import ATTRIBUTION, land
from maps.escape import esc

MAX_LEGS = 50_000       # beyond this a browser page becomes unusable; the store keeps them all
PALETTE = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#1f78b4",
           "#b2182b", "#01665e", "#8c510a", "#542788")
_COLUMNS = ["text_id", "id", "subject_name", "from_name", "to_name", "depart", "arrive", "date_text", "mode",
            "status", "evidence_line", "geometry"]

_CSS = """body{margin:0;font:14px/1.4 sans-serif;color:#222}#top{padding:8px 12px;border-bottom:1px solid #ccc}
#map{height:62vh;background:#d7e6f0}#filter{width:22em}#rows{padding:0 12px 2em}
table{border-collapse:collapse;width:100%}td,th{padding:3px 6px;border-bottom:1px solid #eee;text-align:left;
vertical-align:top}th{position:sticky;top:0;background:#fff}.sw{display:inline-block;width:10px;height:10px;
border-radius:5px;margin-right:4px}"""

_SCRIPT = """
var data = __DATA__, land = __LAND__;
var map = L.map("map", {worldCopyJump: true}).setView([50, 30], 3);
L.geoJSON(land, {interactive: false, attribution: __ATTR__,
  style: {fillColor: "#f4f1e8", color: "#8c8c8c", weight: 0.7, fillOpacity: 1}}).addTo(map);
var layers = {}, control = L.control.layers(null, null, {collapsed: true}).addTo(map), bounds = [];
data.subjects.forEach(function (s) {
  layers[s.name] = L.featureGroup().addTo(map);
  control.addOverlay(layers[s.name], s.label);
});
var body = document.querySelector("#rows tbody");
data.legs.forEach(function (l) {
  var s = data.subjects[l.s], tip = s.name + ": " + l.from + " \\u2192 " + l.to + ", " + (l.when || "undated") +
          " (" + l.status + ", " + l.text + " " + l.id + ")";
  l.lines.forEach(function (line) {
    L.polyline(line, {color: s.colour, weight: 2, opacity: 0.8}).bindTooltip(tip.replace(/&/g, "&amp;")
      .replace(/</g, "&lt;"), {sticky: true}).addTo(layers[s.name]);
    line.forEach(function (p) { bounds.push(p); });
  });
  var tr = document.createElement("tr");
  [l.when || "", s.name, l.from + " \\u2192 " + l.to, l.mode + ", " + l.status, l.text + " " + l.id + " (line " +
   l.line + ")"].forEach(function (v, i) {
    var td = document.createElement("td");
    if (i === 1) { var sw = document.createElement("span"); sw.className = "sw"; sw.style.background = s.colour;
                   td.appendChild(sw); }
    td.appendChild(document.createTextNode(v));
    tr.appendChild(td);
  });
  tr.dataset.key = (s.name + " " + l.text).toLowerCase();
  tr.dataset.s = l.s;
  body.appendChild(tr);
});
if (bounds.length) { map.fitBounds(bounds); }
// the filter keeps the rows whose subject or text id contains what is typed, and the layers of their subjects
document.getElementById("filter").addEventListener("input", function (e) {
  var q = e.target.value.trim().toLowerCase(), shown = {};
  body.querySelectorAll("tr").forEach(function (tr) {
    var on = !q || tr.dataset.key.indexOf(q) >= 0;
    tr.style.display = on ? "" : "none";
    if (on) { shown[tr.dataset.s] = true; }
  });
  data.subjects.forEach(function (s, i) {
    var on = !q || shown[i];
    if (on && !map.hasLayer(layers[s.name])) { map.addLayer(layers[s.name]); }
    if (!on && map.hasLayer(layers[s.name])) { map.removeLayer(layers[s.name]); }
  });
});
"""


def _json_for_script(value) -> str:
    # inside <script>, "</" would end the element; \\u003c keeps the JSON the same value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def _lines(wkb: bytes) -> list[list[list[float]]]:
    g = shapely.from_wkb(wkb)
    parts = getattr(g, "geoms", [g])
    return [[[round(y, 4), round(x, 4)] for x, y in part.coords] for part in parts]


def corpus_data(store_root: Path) -> dict:
    """Subjects (with colours) and the legs with both ends located, in date order, from the store."""
    legs_dir = Path(store_root) / "legs"
    if not any(legs_dir.glob("*.parquet")):
        return {"subjects": [], "legs": [], "total": 0}
    # filtered and sorted in Arrow: only the legs drawn become Python objects
    table = ds.dataset(legs_dir, format="parquet").to_table(columns=_COLUMNS, filter=ds.field("geometry").is_valid())
    when = pc.fill_null(pc.coalesce(table.column("depart"), table.column("arrive")), "~")
    table = table.append_column("_when", when).sort_by(
        [("_when", "ascending"), ("subject_name", "ascending"), ("text_id", "ascending"), ("id", "ascending")])
    total = table.num_rows
    rows = table.slice(0, MAX_LEGS).to_pylist()
    names = sorted({r["subject_name"] or "(unknown subject)" for r in rows})
    counts = {n: 0 for n in names}
    for r in rows:
        counts[r["subject_name"] or "(unknown subject)"] += 1
    subjects = [{"name": n, "label": esc(f"{n} ({counts[n]})"), "colour": PALETTE[i % len(PALETTE)]}
                for i, n in enumerate(names)]
    index = {n: i for i, n in enumerate(names)}
    legs = [{"s": index[r["subject_name"] or "(unknown subject)"], "text": r["text_id"], "id": r["id"],
             "from": r["from_name"] or "?", "to": r["to_name"], "when": r["depart"] or r["arrive"],
             "mode": r["mode"], "status": r["status"], "line": r["evidence_line"], "lines": _lines(r["geometry"])}
            for r in rows]
    return {"subjects": subjects, "legs": legs, "total": total}


def render_corpus_page(store_root: Path) -> str:
    data = corpus_data(store_root)
    shown = len(data["legs"])
    note = f"{shown} legs of {len(data['subjects'])} subjects"
    if data["total"] > shown:
        note += f" (the first {shown} of {data['total']} by date; query the store for the rest)"
    html = (f"<!doctype html><html><head><meta charset='utf-8'><title>Corpus journeys</title>"
            f"<style>{leaflet_css()}</style><script>{leaflet_js()}</script><style>{_CSS}</style></head><body>"
            f"<div id='top'><b>Corpus journeys</b> &middot; {esc(note)} &middot; "
            f"<label>filter by subject or text <input id='filter' placeholder='a name or text id, or part of one'></label></div>"
            f"<div id='map'></div><div id='rows'><table><thead><tr><th>when</th><th>subject</th><th>leg</th>"
            f"<th>how</th><th>text, leg (line)</th></tr></thead><tbody></tbody></table></div><script>"
            + _SCRIPT.replace("__DATA__", _json_for_script(data)).replace("__LAND__", _json_for_script(land()))
            .replace("__ATTR__", _json_for_script(ATTRIBUTION))
            + "</script></body></html>\n")
    assert_offline(html)
    return html


def write_corpus_page(store_root: Path, path: Path) -> None:
    html = render_corpus_page(store_root)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(html, encoding="utf-8")
    os.replace(tmp, path)
