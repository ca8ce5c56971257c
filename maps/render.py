"""The journey map: one layer per journey, legs along great circles, numbered stops.

Rendered with folium; Leaflet is inlined so the page opens from disk with no
network. Every string from the text goes through `esc` first.
"""
from __future__ import annotations

import folium
from branca.element import Element

from chronology.export.geojson import COLOURS, great_circle_points
from chronology.models import Chronology

from .assets import assert_offline, jquery_js, leaflet_css, leaflet_js
from .escape import esc

_LEGEND = """<div id="legend" style="position:absolute;bottom:24px;left:12px;z-index:1000;background:#fff;
padding:6px 10px;border-radius:4px;font:12px sans-serif;box-shadow:0 0 4px #888">{rows}</div>"""


def _popup_html(leg, n: int) -> str:
    return (f"<b>{n}. {esc(leg.from_.name if leg.from_ else '?')} &rarr; {esc(leg.to.name)}</b><br>"
            f"{esc(leg.depart or '?')} &rarr; {esc(leg.arrive or '?')}<br>"
            f"{esc(leg.mode)}, {esc(leg.status)} ({esc(leg.journey or '')})<br>"
            f"<i>&ldquo;{esc(leg.evidence.text[:300])}&rdquo;</i> (line {leg.evidence.line})")


def render_map(chron: Chronology, *, cdn: bool = False, tiles: str | None = None) -> str:
    m = folium.Map(location=[55, 40], zoom_start=4, tiles=None, control_scale=True, prefer_canvas=False)
    if not cdn:
        m.default_js = []
        m.default_css = []
        m.get_root().header.add_child(Element(f"<style>{leaflet_css()}</style>"))
        m.get_root().header.add_child(Element(f"<script>{leaflet_js()}</script>"))
        m.get_root().header.add_child(Element(f"<script>{jquery_js()}</script>"))
    if tiles:
        folium.TileLayer(tiles, attr="&copy; the tile provider" if tiles.startswith("http") else None,
                         name="tiles").add_to(m)
    legs = {l.id: l for l in chron.legs}
    pts = []
    n = 0
    for j in chron.journeys:
        fg = folium.FeatureGroup(name=esc(f"{j.id}: {j.title}"))
        for lid in j.legs:
            leg = legs[lid]
            n += 1
            if leg.from_ is None or leg.from_.lat is None or leg.to.lat is None:
                continue
            line = great_circle_points((leg.from_.lat, leg.from_.lon), (leg.to.lat, leg.to.lon))
            pts += line
            folium.PolyLine(line, color=COLOURS[leg.status], weight=3,
                            dash_array=None if leg.confidence >= 0.7 and not leg.inferred_from else "6 6",
                            opacity=0.9 if leg.confidence >= 0.7 else 0.5,
                            popup=folium.Popup(_popup_html(leg, n), max_width=360),
                            tooltip=esc(f"{n}. {leg.to.name} {leg.arrive or leg.depart or ''}")).add_to(fg)
            folium.CircleMarker([leg.to.lat, leg.to.lon], radius=5, color=COLOURS[leg.status], fill=True,
                                fill_opacity=0.9, tooltip=esc(f"{n}. {leg.to.name}"),
                                popup=folium.Popup(_popup_html(leg, n), max_width=360)).add_to(fg)
        fg.add_to(m)
    if pts:
        lats = [p[0] for p in pts]
        lons = [p[1] for p in pts]
        m.fit_bounds([[min(lats), min(lons)], [max(lats), max(lons)]])
    folium.LayerControl(collapsed=True).add_to(m)
    rows = "".join(f'<div><span style="display:inline-block;width:18px;height:3px;background:{c};'
                   f'vertical-align:middle"></span> {k}</div>' for k, c in COLOURS.items())
    m.get_root().html.add_child(Element(_LEGEND.format(rows=rows)))
    html = m.get_root().render()
    if not cdn:
        assert_offline(html)
    return html
