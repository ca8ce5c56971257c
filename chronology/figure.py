"""A static, print-ready map of the journeys (`chronology figure DIR --out map.png|svg|pdf`).

Drawn with matplotlib (Agg, no display): land and the borders of the story's time, legs along great
circles coloured by kind with direction arrows, stops with their names (the busiest first; a name
that would overlap one already placed is left out), a legend, a scale bar and the sources. The
projection is equirectangular with its aspect set for the middle latitude, which keeps distances
true enough across the few hundred kilometres to few thousand a journey spans. Names from the text
are drawn as plain text (no mathtext: a "$" in a name is a dollar sign).
"""
from __future__ import annotations

import math
from pathlib import Path
from typing import Optional

from .errors import InputError
from .models import Chronology

FORMATS = ("png", "svg", "pdf")
WIDTH_IN, HEIGHT_IN, DPI = 8.0, 6.0, 200          # a 1600 x 1200 px PNG
STAY_EDGE = "#555555"


def _rings(geom: dict):
    polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
    for poly in polys:
        yield poly[0]


def _extent(chron: Chronology, lines) -> Optional[tuple[float, float, float, float]]:
    pts = [p for line in lines for p in line]
    if not pts:
        pts = [(p.lat, p.lon) for l in chron.legs for p in (l.from_, l.to) if p is not None and p.lat is not None]
    if not pts:
        return None
    lats, lons = [p[0] for p in pts], [p[1] for p in pts]
    s, n, w, e = min(lats), max(lats), min(lons), max(lons)
    pad_lat = max(1.0, (n - s) * 0.12)
    pad_lon = max(1.5, (e - w) * 0.08)
    return s - pad_lat, n + pad_lat, w - pad_lon, e + pad_lon


def _fit(box: tuple[float, float, float, float], ratio: float) -> tuple[float, float, float, float]:
    """Widen the shorter side of the box so that, drawn at the middle latitude's aspect, it fills an
    axes `ratio` times as wide as high."""
    south, north, west, east = box
    squash = math.cos(math.radians((south + north) / 2))
    w, h = (east - west) * squash, north - south
    if w / h < ratio:
        grow = (h * ratio / squash - (east - west)) / 2
        west, east = west - grow, east + grow
    else:
        grow = (w / ratio - h) / 2
        south, north = max(-89.0, south - grow), min(89.0, north + grow)
    return south, north, west, east


def _nice_km(target: float) -> float:
    mag = 10 ** math.floor(math.log10(target))
    return max(m * mag for m in (1, 2, 5) if m * mag <= target) if target >= 1 else 1.0


def _scale_bar(ax, south: float, west: float, east: float, lat0: float) -> None:
    km_per_deg = 111.32 * math.cos(math.radians(lat0))
    km = _nice_km((east - west) * km_per_deg / 5)
    deg = km / km_per_deg
    x0 = west + (east - west) * 0.04
    y0 = south + (ax.get_ylim()[1] - south) * 0.04
    ax.plot([x0, x0 + deg], [y0, y0], color="#222", lw=2.5, solid_capstyle="butt", zorder=6)
    ax.text(x0 + deg / 2, y0, f"{km:g} km", ha="center", va="bottom", fontsize=7, zorder=6)


def _overlaps(a, b) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1


def draw(chron: Chronology, out: str | Path, *, borders: Optional[str] = None, title: Optional[str] = None) -> Path:
    """Write the figure to `out`; its suffix (.png, .svg, .pdf) chooses the format."""
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.collections import LineCollection, PolyCollection
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    from maps.basemap import ATTRIBUTION, land
    from maps.borders import choose
    from maps.stops import stops as find_stops

    from .export.geojson import COLOURS, great_circle_points

    out = Path(out)
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise InputError(f"{out}: the figure's name must end in .png, .svg or .pdf")
    drawn = [l for l in chron.legs if l.from_ is not None and l.from_.lat is not None and l.to.lat is not None]
    lines = [great_circle_points((l.from_.lat, l.from_.lon), (l.to.lat, l.to.lon)) for l in drawn]
    box = _extent(chron, lines)
    if box is None:
        raise InputError("no located stops to draw: the chronology has no legs with coordinates")
    frame = (0.02, 0.06, 0.96, 0.86)
    south, north, west, east = _fit(box, (frame[2] * WIDTH_IN) / (frame[3] * HEIGHT_IN))
    lat0 = (south + north) / 2

    fig = Figure(figsize=(WIDTH_IN, HEIGHT_IN), dpi=DPI)
    canvas = FigureCanvasAgg(fig)
    ax = fig.add_axes(frame)
    ax.set_facecolor("#d7e6f0")
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    ax.set_aspect(1 / math.cos(math.radians(lat0)), adjustable="box")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.add_collection(PolyCollection([r for f in land()["features"] for r in _rings(f["geometry"])],
                                     facecolor="#f4f1e8", edgecolor="#8c8c8c", linewidth=0.4, zorder=1))
    credits = [ATTRIBUTION]
    b = choose(chron, borders)
    if b is not None:
        credits.append(b.credit)
        ax.add_collection(LineCollection([r for f in b.geojson["features"] for r in _rings(f["geometry"])],
                                         colors="#9b7b5b", linewidths=0.6, zorder=2))
        x0, x1 = ax.get_xlim()
        y0, y1 = ax.get_ylim()
        for name, lat, lon, _area in b.states()[:60]:
            if x0 < lon < x1 and y0 < lat < y1:
                ax.text(lon, lat, name.upper(), fontsize=5.5, style="italic", color="#8a7a65", ha="center",
                        va="center", zorder=2, alpha=0.9, gid="state", parse_math=False)
    for leg, pts in zip(drawn, lines):
        solid = leg.confidence >= 0.7 and not leg.inferred_from
        ys, xs = [p[0] for p in pts], [p[1] for p in pts]
        colour = COLOURS[leg.status]
        ax.plot(xs, ys, color=colour, lw=1.6, ls="-" if solid else (0, (4, 3)), alpha=0.9, zorder=3)
        mid = len(pts) // 2
        if len(pts) > 2:
            ax.annotate("", xy=(xs[mid + 1], ys[mid + 1]), xytext=(xs[mid], ys[mid]), zorder=3,
                        arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 1.2, "mutation_scale": 9})
    found = find_stops(chron)
    ax.scatter([s.place.lon for s in found], [s.place.lat for s in found], s=16, c="#222", zorder=4,
               edgecolors="white", linewidths=0.6)
    stayed = [s for s in found if s.stays]
    if stayed:
        ax.scatter([s.place.lon for s in stayed], [s.place.lat for s in stayed],
                   s=[60 + 25 * math.log2(1 + s.stayed_days / 7) for s in stayed], facecolors="none",
                   edgecolors=STAY_EDGE, linewidths=0.8, linestyle="--", zorder=4)
    renderer = canvas.get_renderer()
    placed = []
    frame_px = ax.get_window_extent(renderer)
    for s in found:        # busiest first: a name that would overlap one already placed is left out
        for side in ("left", "right"):     # to the right of the dot, else to its left
            label = f"  {s.place.name}" if side == "left" else f"{s.place.name}  "
            t = ax.text(s.place.lon, s.place.lat, label, fontsize=7.5, fontweight="bold", ha=side,
                        va="center", zorder=5, gid="stop", parse_math=False, bbox={"boxstyle": "square,pad=0.05", "fc": "white",
                                                                  "ec": "none", "alpha": 0.6})
            r = t.get_window_extent(renderer)
            if any(_overlaps(r, p) for p in placed) or not (frame_px.contains(r.x0, r.y0)
                                                            and frame_px.contains(r.x1, r.y1)):
                t.remove()
                continue
            placed.append(r)
            break
    kinds = [k for k in COLOURS if any(l.status == k for l in drawn)]
    handles = [Line2D([], [], color=COLOURS[k], lw=2, label=k) for k in kinds]
    handles.append(Line2D([], [], color="#555", lw=1.5, ls=(0, (4, 3)), label="start inferred"))
    if stayed:
        handles.append(Line2D([], [], ls="none", marker="o", mfc="none", mec=STAY_EDGE, ms=8, label="stay"))
    ax.legend(handles=handles, loc="lower right", fontsize=7, framealpha=0.9)
    _scale_bar(ax, *ax.get_ylim()[:1], *ax.get_xlim(), lat0=lat0)
    years = sorted({d[:4] for l in chron.legs for d in (l.depart, l.arrive) if d and d[:4].isdigit()})
    span = f", {years[0]}–{years[-1]}" if len(years) > 1 else (f", {years[0]}" if years else "")
    fig.suptitle(title or f"Itinerary of {chron.subject or 'the subject'}{span}", fontsize=12, y=0.97, parse_math=False)
    fig.text(0.98, 0.015, "; ".join(credits), fontsize=5.5, ha="right", color="#555", parse_math=False)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.part")
    try:
        # names stay text in SVG and PDF (TrueType), so an editor or a search finds them
        with matplotlib.rc_context({"svg.fonttype": "none", "pdf.fonttype": 42}):
            fig.savefig(tmp, format=fmt, dpi=DPI)
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)
    return out
