"""The one escaping function every text-derived string passes through.

folium puts popup text inside a JavaScript template literal, where `${...}`
runs and a backtick ends the string; HTML entities alone are not enough.
"""
import html

_EXTRA = {"`": "&#96;", "$": "&#36;", "\\": "&#92;", "{": "&#123;", "}": "&#125;"}


def esc(s) -> str:
    out = html.escape("" if s is None else str(s), quote=True)
    return "".join(_EXTRA.get(c, c) for c in out)
