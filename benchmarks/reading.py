"""What the reading outputs cost on the seed: map.html with and without the period borders,
timeline.html, and the figure in each format; best of 5, sizes in kB.

    python benchmarks/reading.py [chronology.json]    # default: builds the bundled sample
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path


def best(fn, n=5):
    fn()                       # warm: imports and caches
    times = []
    for _ in range(n):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return min(times), out


def main() -> None:
    import chronology
    from chronology.figure import draw
    from chronology.models import Chronology
    from maps.render import render_map
    from maps.timeline import render_timeline
    if len(sys.argv) > 1:
        chron = Chronology.model_validate_json(Path(sys.argv[1]).read_text(encoding="utf-8"))
    else:
        from chronology.cli import SAMPLE, SAMPLE_CAST
        from chronology.people import load_cast
        chron = chronology.build(SAMPLE.read_text(encoding="utf-8"), cast=load_cast(SAMPLE_CAST))
    print(f"{len(chron.legs)} legs, {len(chron.journeys)} journeys")
    rows = []
    base, html = best(lambda: render_map(chron, borders="none"))
    rows.append(("map.html, no borders", base, len(html)))
    t, html = best(lambda: render_map(chron))
    rows.append(("map.html, period borders", t, len(html)))
    t, html = best(lambda: render_timeline(chron))
    rows.append(("timeline.html", t, len(html)))
    with tempfile.TemporaryDirectory() as d:
        for fmt in ("png", "svg", "pdf"):
            p = Path(d) / f"map.{fmt}"
            t, _ = best(lambda: draw(chron, p), n=3)
            rows.append((f"figure .{fmt}", t, p.stat().st_size))
    print(f"{'output':28} {'seconds':>8} {'x map':>6} {'kB':>6}")
    for name, t, size in rows:
        print(f"{name:28} {t:8.3f} {t / base:6.1f} {size // 1024:6d}")


if __name__ == "__main__":
    main()
