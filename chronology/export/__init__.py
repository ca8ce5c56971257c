"""Every output of `build`, written from the one Chronology model."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from ..models import Chronology
from . import geojson, lpf, markdown, native, tables, timelinejs


def write_all(chron: Chronology, out: Path, *, text: str, cdn: bool = False, tiles=None, tiles_attr=None,
              render_map: Optional[Callable[..., str]] = None, borders: Optional[str] = None) -> list[str]:
    """Write all outputs into `out`; returns the file names written. `render_map` may be a
    MapWorker's render, started earlier so that folium loads while the chronology is built."""
    if render_map is None:
        from maps.render import render_map
    from maps.timeline import render_timeline
    files = {
        "chronology.json": native.dumps(chron),
        "events.geojson": geojson.dumps(chron),
        "events.csv": tables.events_csv(chron),
        "legs.csv": tables.legs_csv(chron),
        "timelinejs.json": timelinejs.dumps(chron),
        "timeline.md": markdown.render(chron),
        "places.lpf.json": lpf.dumps(chron),
        "map.html": render_map(chron, cdn=cdn, tiles=tiles, tiles_attr=tiles_attr, borders=borders),
        "timeline.html": render_timeline(chron),
    }
    for name, content in files.items():
        (out / name).write_text(content, encoding="utf-8")
    return list(files)
