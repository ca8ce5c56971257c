"""The journey map: one layer per journey, legs along great circles with direction arrows,
numbered stops, town labels that make room for each other, stays at their place, the borders of
the story's time over an offline land layer, a side panel of stops without coordinates, a player
that replays the itinerary, and links to and from the timeline (map.html#L3, timeline.html#L3).

Rendered with folium; Leaflet is inlined so the page opens from disk with no
network. Every string from the text goes through `esc` first.
"""
from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

import folium
from branca.element import Element

from chronology.export.geojson import COLOURS, great_circle_points
from chronology.models import Chronology, Leg

from .assets import assert_offline, jquery_js, leaflet_css, leaflet_js
from .basemap import ATTRIBUTION, land
from .borders import BUNDLED_CREDIT, Borders, bundled as choose_bundled, choose as choose_borders
from .escape import esc, script_json
from .spans import short_days
from .stops import stops as find_stops, unlocated

_LEGEND = """<div id="legend" style="position:absolute;bottom:60px;left:12px;z-index:1000;background:#fff;
padding:6px 10px;border-radius:4px;font:12px sans-serif;box-shadow:0 0 4px #888">{rows}
<div style="margin-top:4px;color:#555">dashed: start inferred or hearsay</div></div>"""

_CSS = """.leaflet-container{background:#d7e6f0}
.chrono-stop{width:20px;height:20px;border-radius:10px;color:#fff;font:bold 11px/20px sans-serif;
text-align:center;border:1px solid #fff;box-shadow:0 0 2px #333}
.chrono-arrow{font:16px/16px sans-serif;width:16px;height:16px;text-align:center}
.chrono-player{background:#fff;padding:4px 8px;border-radius:4px;font:12px sans-serif;box-shadow:0 0 4px #888}
.chrono-player input{vertical-align:middle;width:160px}
.chrono-town{font:bold 12px/1.2 sans-serif;color:#222;white-space:nowrap;pointer-events:none;
text-shadow:0 0 2px #fff,0 0 2px #fff,0 0 3px #fff}
.chrono-town small{font-weight:normal;color:#555}
.chrono-state{display:inline-block;transform:translate(-50%,-50%);font:italic 11px/1.2 Georgia,serif;color:#7a6a55;letter-spacing:.08em;text-transform:uppercase;
white-space:nowrap;pointer-events:none;text-shadow:0 0 2px #fff}
#chrono-unlocated{position:absolute;top:60px;right:10px;z-index:1000;max-width:300px;max-height:45%;overflow:auto;
background:#fff;padding:6px 10px;border-radius:4px;font:12px sans-serif;box-shadow:0 0 4px #888}
#chrono-unlocated li{margin:.3em 0}#chrono-unlocated q{color:#555;font-style:italic}"""


class _Raw(Element):
    """Markup placed as it is. branca's Element compiles its text as a Jinja template, which for the
    inlined Leaflet (150 kB) and the data of a long itinerary costs more than all the rest."""

    def __init__(self, markup: str):
        super().__init__()
        self.markup = markup

    def render(self, **kwargs) -> str:
        return self.markup


@lru_cache(maxsize=1)
def _player_js() -> str:
    return (Path(__file__).with_name("player.js")).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _land_json() -> str:
    return json.dumps(land(), separators=(",", ":"))


def _when(value, gregorian) -> str:
    if not value:
        return "?"
    s = esc(value)
    if gregorian and gregorian != value:
        s += f" (Gregorian {esc(gregorian)})"
    return s


def _popup_html(leg: Leg, n: int, links: bool = True) -> str:
    written = f"<br>as written: &ldquo;{esc(leg.date_text)}&rdquo;" if leg.date_text else ""
    cal = f" [{esc(leg.calendar)}]" if leg.calendar else ""
    return (f"<b>{n}. {esc(leg.from_.name if leg.from_ else '?')} &rarr; {esc(leg.to.name)}</b><br>"
            f"{_when(leg.depart, leg.depart_gregorian)} &rarr; "
            f"{_when(leg.arrive, leg.arrive_gregorian)}{cal}{written}<br>"
            f"{esc(leg.mode)}, {esc(leg.status)} ({esc(leg.journey or '')})<br>"
            f"<i>&ldquo;{esc(leg.evidence.text[:300])}&rdquo;</i> (line {leg.evidence.line})"
            f"{_back_link(leg) if links else ''}")


def _back_link(leg: Leg) -> str:
    return f"<br><a class='chrono-back' href='timeline.html#{esc(leg.id)}'>on the time axis &rarr;</a>"


def _bearing_on_screen(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Angle in degrees, clockwise from east, of the segment a->b on a Web Mercator map."""
    def y(lat):
        lat = max(-85.0, min(85.0, lat))
        return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))
    dx = math.radians(b[1] - a[1])
    dy = y(b[0]) - y(a[0])
    return -math.degrees(math.atan2(dy, dx))


def _leg_data(leg: Leg, n: int, colour: str, links: bool = True) -> tuple[dict, list]:
    """What player.js needs to draw one leg into its journey's layer: the great circle, its style,
    popup and tooltip (escaped HTML), the direction arrow and the numbered stop. Drawing the legs in
    one script instead of as folium elements keeps a long itinerary quick to render."""
    line_pts = great_circle_points((leg.from_.lat, leg.from_.lon), (leg.to.lat, leg.to.lon))
    solid = leg.confidence >= 0.7 and not leg.inferred_from
    mid = len(line_pts) // 2
    when = leg.date_text or leg.arrive or leg.depart or "undated"
    label = esc(f"{n}. {leg.to.name}, {when}")
    data = {"id": leg.id, "n": n, "colour": colour, "dash": None if solid else "6 6",
            "opacity": 0.9 if leg.confidence >= 0.7 else 0.5,
            "line": [[round(lat, 4), round(lon, 4)] for lat, lon in line_pts],
            "popup": _popup_html(leg, n, links),
            "tooltip": esc(f"{n}. {leg.from_.name} → {leg.to.name}, {when}"),
            "stop": [leg.to.lat, leg.to.lon], "tip": label, "label": label}
    if len(line_pts) > 2:
        data["arrow"] = [round(x, 4) for x in line_pts[mid]]
        data["angle"] = round(_bearing_on_screen(line_pts[mid - 1], line_pts[mid + 1]))
    return data, line_pts


def _stop_data(chron: Chronology) -> list[dict]:
    """One label per located place, in priority order (the page hides the ones that collide),
    with its stays: when and how long (escaped HTML)."""
    out = []
    for s in find_stops(chron):
        d = {"lat": s.place.lat, "lon": s.place.lon, "name": esc(s.place.name), "legs": s.legs}
        if s.stays:
            total = sum((a + b) // 2 for a, b in (st.days for st in s.stays))
            d["stay"] = esc(short_days(total))
            d["days"] = total
            d["stays"] = "<br>".join(f"{esc(st.start_text)} &rarr; {esc(st.end_text)}: {esc(st.length)} "
                                     f"({esc(st.after)}&ndash;{esc(st.before)})" for st in s.stays)
        out.append(d)
    return out


def _unlocated_html(chron: Chronology) -> str:
    legs = unlocated(chron)
    if not legs:
        return ""
    rows = "".join(
        f"<li id='u-{esc(l.id)}'><b>{esc(l.id)}</b> {esc(l.from_.name if l.from_ else '?')} &rarr; {esc(l.to.name)}"
        f" ({esc(l.arrive or l.depart or 'undated')}): <q>{esc(l.evidence.text[:200])}</q> (line {l.evidence.line})</li>"
        for l in legs)
    return (f"<details id='chrono-unlocated' open><summary>Not on the map: {len(legs)} "
            f"stop{'s' if len(legs) != 1 else ''} without coordinates</summary><ul>{rows}</ul></details>")


def _borders_data(b: Borders | None) -> str:
    if b is None:
        return "null"
    if b.year is not None and b.credit == BUNDLED_CREDIT.format(year=b.year):
        return _bundled_borders_data(b.year)
    return _borders_json(b)


@lru_cache(maxsize=4)
def _bundled_borders_data(year: int) -> str:
    # the same few hundred kB for every map of a period: encoded once per process
    return _borders_json(choose_bundled(year))


def _borders_json(b: Borders) -> str:
    states = [{"name": esc(n), "lat": la, "lon": lo} for n, la, lo, _ in b.states()]
    # geometry and precision only: names reach the page escaped, through `states`
    feats = [{"type": "Feature", "geometry": f["geometry"],
              "properties": {"precision": (f.get("properties") or {}).get("BORDERPRECISION")}}
             for f in b.geojson["features"]]
    return script_json({"data": {"type": "FeatureCollection", "features": feats}, "credit": esc(b.credit),
                        "states": states})


def build_map(chron: Chronology, *, cdn: bool = False, tiles: str | None = None, tiles_attr: str | None = None,
              borders: str | Borders | None = None, links: bool = True) -> folium.Map:
    """The folium map of a chronology. `borders` is 'auto' or None (the bundled snapshot nearest the
    story), 'none', a GeoJSON path, or a loaded Borders; `links` adds the way back to timeline.html."""
    b = borders if isinstance(borders, Borders) else choose_borders(chron, borders)
    m = folium.Map(location=[55, 40], zoom_start=4, tiles=None, control_scale=True)
    root = m.get_root()
    if not cdn:
        m.default_js = []
        m.default_css = []
        root.header.add_child(_Raw(f"<style>{leaflet_css()}</style>"))
        root.header.add_child(_Raw(f"<script>{leaflet_js()}</script>"))
        root.header.add_child(_Raw(f"<script>{jquery_js()}</script>"))
    root.header.add_child(_Raw(f"<style>{_CSS}</style>"))
    base = folium.FeatureGroup(name="Land (offline)", overlay=False, control=True)
    base.add_to(m)
    if tiles:
        # a named provider brings its own attribution; a URL needs the user's (--tiles-attr)
        folium.TileLayer(tiles, attr=esc(tiles_attr) if tiles_attr else None, name=esc(tiles_attr or tiles)).add_to(m)
    legs = {l.id: l for l in chron.legs}
    pts: list = []
    player = []
    n = 0
    for j in chron.journeys:
        fg = folium.FeatureGroup(name=esc(f"{j.id}: {j.title}"))
        for lid in j.legs:
            leg = legs[lid]
            n += 1
            if leg.from_ is None or leg.from_.lat is None or leg.to.lat is None:
                continue
            data, line_pts = _leg_data(leg, n, COLOURS[leg.status], links)
            pts += line_pts
            player.append((fg.get_name(), data))
        fg.add_to(m)
    if pts:
        lats = [p[0] for p in pts]
        lons = [p[1] for p in pts]
        m.fit_bounds([[min(lats), min(lons)], [max(lats), max(lons)]], padding=(40, 40))   # room for labels
    folium.LayerControl(collapsed=True).add_to(m)
    rows = "".join(f'<div><span style="display:inline-block;width:18px;height:3px;background:{c};'
                   f'vertical-align:middle"></span> {k}</div>' for k, c in COLOURS.items())
    root.html.add_child(_Raw(_LEGEND.format(rows=rows)))
    root.html.add_child(_Raw(_unlocated_html(chron)))
    # the script refers to folium's layer variables, so it runs once they exist (see player.js);
    # folium's variable names are identifiers it generated; every text-derived value in the data is escaped
    entries = ",".join("{group:%s,data:%s}" % (group, script_json(data)) for group, data in player)
    fill = {"MAP": m.get_name(),
            "LAND": "{group:%s,data:%s,attribution:%s}" % (base.get_name(), _land_json(), json.dumps(ATTRIBUTION)),
            "BORDERS": _borders_data(b), "STOPS": script_json(_stop_data(chron)), "LEGS": f"[{entries}]"}
    # one pass, so that a value holding a placeholder's name is never filled in again
    root.script.add_child(_Raw(re.sub(r"__(MAP|LAND|BORDERS|STOPS|LEGS)__", lambda x: fill[x.group(1)], _player_js())))
    return m


def render_map(chron: Chronology, *, cdn: bool = False, tiles: str | None = None, tiles_attr: str | None = None,
               borders: str | Borders | None = None) -> str:
    html = build_map(chron, cdn=cdn, tiles=tiles, tiles_attr=tiles_attr, borders=borders).get_root().render()
    if not cdn:
        assert_offline(html)
    return html
