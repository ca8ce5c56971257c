"""The one escaping function every text-derived string passes through.

folium puts popup text inside a JavaScript template literal, where `${...}`
runs and a backtick ends the string; HTML entities alone are not enough.
"""
import html

_EXTRA = {"`": "&#96;", "$": "&#36;", "\\": "&#92;", "{": "&#123;", "}": "&#125;"}


def esc(s) -> str:
    out = html.escape("" if s is None else str(s), quote=True)
    return "".join(_EXTRA.get(c, c) for c in out)


def script_json(obj) -> str:
    """JSON to embed in a <script>: `<`, `>` and `&` as \\u escapes, so no string in it can close the
    script element or open a comment, whatever the text held."""
    import json
    return (json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
