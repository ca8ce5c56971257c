"""Leaflet's script and stylesheet, inlined from the xstatic-leaflet package.

No copy lives in this repository: the files come from the installed package,
and Leaflet's images are turned into data URIs so the page needs nothing else.
"""
from __future__ import annotations

import base64
import re
from functools import lru_cache
from pathlib import Path

import xstatic.pkg.jquery as xjquery
import xstatic.pkg.leaflet as xleaflet


def _dir() -> Path:
    return Path(xleaflet.BASE_DIR)


@lru_cache(maxsize=1)
def leaflet_js() -> str:
    return (_dir() / "leaflet.js").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def jquery_js() -> str:
    # folium's generated script calls $(...) for popups
    return (Path(xjquery.BASE_DIR) / "jquery.min.js").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def leaflet_css() -> str:
    css = (_dir() / "leaflet.css").read_text(encoding="utf-8")

    def data_uri(m):
        p = _dir() / m.group(1)
        if not p.exists():
            return "none"
        return "url(data:image/png;base64," + base64.b64encode(p.read_bytes()).decode() + ")"
    return re.sub(r"url\((images/[\w\-.@]+\.png)\)", data_uri, css)


REMOTE = re.compile(r"<(?:script|link)\b[^>]*(?:src|href)\s*=\s*[\"']https?://", re.IGNORECASE)


def assert_offline(html: str) -> None:
    """Fail the build if any remote script or stylesheet remains."""
    m = REMOTE.search(html)
    if m:
        raise RuntimeError(f"map would load a remote asset: {html[m.start():m.start() + 120]}")
