"""Builders: a rule's named groups -> a Draft (what the text says, unanchored).

A Draft holds only what the words fix; missing pieces (the year of
"13 September", the anchor of "the next day") are filled in by
`reference.py` from the story's running date. Builders are looked up by the
`build` name a rule gives.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Optional

from . import vocab

_MONTHS_LOWER = {**vocab.FRENCH_MONTHS, **{k.lower(): v for k, v in vocab.MONTHS.items()}}


@dataclass
class Draft:
    kind: str
    fixed: Optional[str] = None           # final value needing no context (durations, sets)
    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None
    hh: Optional[int] = None
    mi: Optional[int] = None
    day2: Optional[int] = None            # second (New Style) day of a dual date
    month2: Optional[int] = None
    days: Optional[tuple] = None          # (first, last) day within the month; last None = month end
    months: Optional[tuple] = None        # (first, last) month; last > 12 runs into next year
    years: Optional[tuple] = None         # (first, last) year
    literal: Optional[str] = None         # "192X", "19XX"
    approx: bool = False
    rel: Optional[str] = None             # same | offset | vague_offset | deictic | soon | anaphoric | now | indefinite
    n: Optional[float] = None
    unit: Optional[str] = None
    sign: int = 0
    pod: Optional[str] = None             # part of day code
    weekday: Optional[int] = None
    open: Optional[str] = None            # before | after (open intervals)
    week_last: bool = False
    night_of: Optional[str] = None
    feast: Optional[int] = None           # days after Easter Sunday (movable feasts)
    nth_weekday: Optional[tuple] = None   # (weekday, nth) within `month`: "the fourth Thursday of November"
    hour_open: bool = False               # a clock hour with no a.m./p.m. yet ("at four")
    half_guessed: bool = False            # a.m./p.m. chosen by default, with nothing in the text to say
    part: Optional[str] = None            # early | late | past: a part of a deictic unit
    season: Optional[int] = None          # EDTF season code of a season named whole ("the summer")
    place: Optional[str] = None           # the place a stay is counted in ("our first week in Irkutsk")


def _int(s):
    return int(s) if s else None


def _month(s: str) -> int:
    return _MONTHS_LOWER[s.rstrip(".").lower()]


def _day(s: str) -> int:
    return int("".join(c for c in s if c.isdigit()))


def _qty(s: Optional[str]) -> Optional[float]:
    if s is None:
        return 1
    s = s.lower()
    if s.isdigit():
        return int(s)
    whole = re.fullmatch(r"([0-9]+)\s*(?:(?P<a>[13])/(?P<b>[24])|(?P<half>½))", s)
    if whole:      # "2 1/2 years", "5½ hours"
        return int(whole[1]) + (0.5 if whole["half"] else int(whole["a"]) / int(whole["b"]))
    if s in vocab.VAGUE_NUMBERS:
        return None
    return vocab.NUMBERS.get(s)


def _unit(s: str) -> str:
    s = s.lower()
    if s.startswith("centur"):
        return "century"
    return s[:-1] if s.endswith("s") and s[:-1] in vocab.UNITS else s


# the next smaller ISO unit, and how many of it make one: a fraction is carried down ("P2Y6M", "PT1H15M")
_SMALLER = {("Y", False): ("M", False, 12), ("M", False): ("D", False, 30), ("W", False): ("D", False, 7),
            ("D", False): ("H", True, 24), ("H", True): ("M", True, 60), ("M", True): ("S", True, 60)}


def _iso_duration(n: Optional[float], unit: str) -> str:
    des, is_time = vocab.UNITS[unit]
    if n is None:
        return ("PTX" if is_time else "PX") + des[-1]
    if des.endswith("Y") and len(des) > 1:   # decade, century
        n, des = n * int(des[:-1]), "Y"
    if des == "2W":
        n, des = n * 2, "W"
    whole = int(n)
    parts = [(whole, des, is_time)] if whole else []
    rest = n - whole
    if rest > 1e-9 and (des, is_time) in _SMALLER:
        small, small_time, k = _SMALLER[(des, is_time)]
        parts.append((round(rest * k), small, small_time))
    if not parts:
        parts = [(0, des, is_time)]
    date = "".join(f"{q}{d}" for q, d, t in parts if not t)
    time = "".join(f"{q}{d}" for q, d, t in parts if t)
    return "P" + date + ("T" + time if time else "")


def b_dual(g) -> Draft:
    m = _month(g["month"])
    return Draft("date", year=_int(g.get("year")), month=m, day=_day(g["day"]),
                 day2=_day(g["day2"]), month2=_month(g["month2"]) if g.get("month2") else m)


def b_dmy(g) -> Draft:
    if g.get("dayword"):
        day = vocab.ORDINAL_DAYS[g["dayword"].lower()]
    else:
        day = _day(g["day"])
    month = _month(g.get("month") or g.get("monthcaps"))
    wd = vocab.WEEKDAYS.get(g["weekday"]) if g.get("weekday") else None
    pod = vocab.PARTS_OF_DAY.get(g["pod"].lower()) if g.get("pod") else None
    return Draft("date", year=_int(g.get("year")), month=month, day=day, weekday=wd, pod=pod)


# this month, last month, next month (commercial Latin)
_MONTH_WORDS = {"inst": 0, "instant": 0, "ult": -1, "ultimo": -1, "prox": 1, "proximo": 1}


def b_day_only(g) -> Draft:
    # "On the 11th", "the fourth", "the 5th inst.": month and year come from the running date (diaries)
    pod = vocab.PARTS_OF_DAY.get(g["pod"].lower()) if g.get("pod") else None
    day = vocab.ORDINAL_DAYS[re.sub(r"\s+", " ", g["dayword"].lower())] if g.get("dayword") else _day(g["day"])
    wd = vocab.WEEKDAYS.get(g["weekday"].capitalize()) if g.get("weekday") else None
    return Draft("date", rel="day_of_month", day=day, pod=pod, weekday=wd,
                 sign=_MONTH_WORDS.get((g.get("inst") or "inst").lower(), 0), part=g.get("inst"))


def b_weekday(g) -> Draft:
    mod = re.sub(r"\s+", " ", (g.get("wmod") or "").lower())
    sign = 1 if mod in ("next", "the following", "the next") else -1 if mod in ("last", "the previous",
                                                                               "the preceding") else 0
    pod = vocab.PARTS_OF_DAY.get(g["pod"].lower()) if g.get("pod") else None
    wd = next(v for k, v in vocab.WEEKDAYS.items() if k.lower() == g["weekday"].lower())
    return Draft("relative", rel="weekday", weekday=wd, sign=sign, pod=pod)


def b_my(g) -> Draft:
    return Draft("date", year=_int(g.get("year")), month=_month(g["month"]))


def b_part_month(g) -> Draft:
    part = " ".join(g["part"].lower().split()).rstrip("-")
    return Draft("date", year=_int(g.get("year")), month=_month(g["month"]),
                 days=vocab.MONTH_PARTS[part])


def b_week_month(g) -> Draft:
    w = g["week"].lower()
    first, last = vocab.WEEK_ORDINALS[w]
    return Draft("date", year=_int(g.get("year")), month=_month(g["month"]),
                 days=(first, last), week_last=(w == "last"))


def b_holiday(g) -> Draft:
    name = g["hol"]
    key = next(k for k in vocab.HOLIDAYS if k.lower() == name.lower())
    m, d = vocab.HOLIDAYS[key]
    return Draft("date", year=_int(g.get("year")), month=m, day=d)


def b_feast(g) -> Draft:
    name = g["feast"]
    key = next(k for k in vocab.MOVABLE_FEASTS if k.lower() == name.lower())
    # month 4 only steers the choice of year when the text gives none
    return Draft("date", year=_int(g.get("year")), month=4, feast=vocab.MOVABLE_FEASTS[key])


def b_season(g) -> Draft:
    name = g["season"].lower()
    m1, m2 = vocab.SEASONS[name]
    if not g.get("spart"):
        return Draft("date", year=_int(g.get("year")), months=(m1, m2), season=vocab.SEASON_CODES[name])
    a, b = vocab.SEASON_PARTS[g["spart"].lower()]
    # a part of a season is a span of months, reaching at most a month past the season
    return Draft("date", year=_int(g.get("year")), months=(m1 + a, min(m1 + b, m1 + 3, m2 + 1)))


def b_year(g) -> Draft:
    return Draft("date", year=int(g["year"]))


def b_decade(g) -> Draft:
    dec = int(g["decade"])
    if g.get("dpart"):
        a, b = vocab.DECADE_PARTS[g["dpart"].lower()]
        return Draft("date", years=(dec * 10 + a, dec * 10 + b))
    return Draft("date", literal=f"{dec}X")


def b_century(g) -> Draft:
    c = vocab.CENTURY_ORDINALS[g["cent"].lower()]
    return Draft("date", literal=f"{c - 1:02d}XX")


def b_indefinite_day(g) -> Draft:
    pod = vocab.PARTS_OF_DAY.get(g["pod"].lower())
    return Draft("date", rel="indefinite", pod=pod)


def b_clock(g) -> Draft:
    hh = int(g["hour"])
    mi = int(g["minute"]) if g.get("minute") else 0
    ap = (g.get("ampm") or "").lower().replace(" ", "")
    if ap.startswith("p") and hh < 12:
        hh += 12
    if ap.startswith("a") and hh == 12:
        hh = 0
    # "about 3 p.m." keeps the clock value: EDTF's ~ applies to dates, not times of day
    return Draft("time", rel="same", unit="day", hh=hh, mi=mi)


def b_named_time(g) -> Draft:
    name = g["named"].lower()
    hh = 24 if name == "midnight" else 12
    return Draft("time", rel="same", unit="day", hh=hh, mi=0, pod=vocab.PARTS_OF_DAY.get(name))


def b_night_of_month(g) -> Draft:
    return Draft("date", year=_int(g.get("year")), month=_month(g["month"]), night_of=g["nightord"].lower(),
                 pod="NI")


def b_pod_in_context(g) -> Draft:
    # Habitual or not is decided in reference.py from the sentence (would/usually/every).
    word = (g.get("pod") or g.get("x2") or g.get("x3") or "night").lower()
    code = "NI"
    for k, v in vocab.PARTS_OF_DAY.items():
        if k in word:
            code = v
            break
    if word.endswith("the day"):
        code = "DT"
    return Draft("set", fixed="P1D", rel="pod", pod=code)


def b_same(g) -> Draft:
    unit = g["unit"].lower()
    pod = vocab.PARTS_OF_DAY.get(unit)
    return Draft("relative", rel="same", unit="day" if pod else unit, pod=pod)


def b_next(g) -> Draft:
    unit = g["unit"].lower()
    pod = vocab.PARTS_OF_DAY.get(unit)
    word = (g.get("dir") or g.get("dir2")).lower()
    sign = 1 if word in ("next", "following", "after") else -1
    if word == "next" and unit in ("week", "month", "year") and not g.get("art"):
        # "next year" without the article counts from the time of writing; "the next year" from the story
        return Draft("relative", rel="deictic_unit", unit=unit, sign=1)
    return Draft("relative", rel="offset", n=1, unit="day" if pod else unit, sign=sign, pod=pod)


_DIR = {"later": 1, "afterwards": 1, "afterward": 1, "after": 1, "on": 1, "earlier": -1, "ago": -1,
        "previously": -1, "before": -1, "within": 1, "in": 1}


def b_offset(g) -> Draft:
    unit = _unit(g["unit"])
    n = _qty(g.get("qty")) if g.get("qty") else None
    approx = bool(g.get("approx"))
    direction = g.get("dir", "after").lower()
    if unit == "hour" and n and n >= 24 and n % 24 == 0:
        unit, n = "day", n // 24          # "twenty-four hours later" is the next day
    return Draft("relative", rel="offset" if n is not None else "vague_offset", n=n, unit=unit,
                 sign=_DIR[direction], approx=approx, part="ago" if direction == "ago" else None)


def b_after(g) -> Draft:
    d = b_offset(g)
    d.sign = 1
    if g.get("dir", "").lower() == "within":
        # "within five days", "within the week": the span from the running date to that distance
        if not g.get("qty") and not g["unit"].lower().endswith("s"):
            d.n = 1            # "within the week"
        if d.n is not None:
            d.rel = "within"
    return d


def b_soon(g) -> Draft:
    return Draft("relative", rel="soon", sign=1)


def b_vague_offset(g) -> Draft:
    return Draft("relative", rel="vague_open", sign=_DIR[g["dir"].lower()])


def b_anaphoric(g) -> Draft:
    return Draft("relative", rel="anaphoric")


def b_event_stay(g) -> Draft:
    part = "end" if g.get("part") else None
    return Draft("relative", rel="event_stay", unit=g["unit"].lower(), n=1, part=part,
                 place=" ".join(g["place"].split()))


def b_now(g) -> Draft:
    return Draft("relative", rel="same", unit="day")


def b_duration(g) -> Draft:
    unit = _unit(g["unit"])
    return Draft("duration", fixed=_iso_duration(_qty(g.get("qty")), unit))


def b_vague_duration(g) -> Draft:
    unit = _unit(g["unit"])
    return Draft("duration", fixed=_iso_duration(None, unit))


_IDIOMS = {"some time": "PXW", "a while": "PTXH", "a bit": "PTXH", "a long time": "PXY",
           "a short time": "PXD", "a little while": "PTXH"}


def b_idiom_duration(g) -> Draft:
    return Draft("duration", fixed=_IDIOMS[g["idiom"].lower()])


_ALL = {"day": "P1D", "night": "PTXH", "week": "P1W", "month": "P1M", "year": "P1Y",
        "summer": "P3M", "winter": "P3M", "morning": "PTXH", "evening": "PTXH", "afternoon": "PTXH"}


def b_all_duration(g) -> Draft:
    return Draft("duration", fixed=_ALL[g["unit"].lower()])


def b_set_unit(g) -> Draft:
    fixed = vocab.SET_UNITS[g["unit"].lower()]
    if g.get("other"):       # "every other hour", "every second day": one in two
        fixed = fixed.replace("1", "2", 1)
    return Draft("set", fixed=fixed)


def b_weekly(g) -> Draft:
    return Draft("set", fixed="P1W")


def b_set_word(g) -> Draft:
    return Draft("set", fixed=vocab.SET_WORDS[g["w"].lower()])


def b_historical(g) -> Draft:
    key = next(k for k in vocab.HISTORICAL_EVENTS if k.lower() == g["event"].lower())
    span = vocab.HISTORICAL_EVENTS[key]
    d = g["dir"].lower()
    if span is None:
        return Draft("relative", fixed=None, rel="unknown")
    if "eve" in d:
        return Draft("relative", rel="fixed_val", year=span[0], approx=True)
    if d in ("after", "since"):
        return Draft("relative", rel="fixed_val", years=(span[1], None))
    if d in ("until", "till"):
        return Draft("relative", rel="fixed_val", years=(None, span[0]), sign=0)
    return Draft("relative", rel="fixed_val", years=(None, span[0]), sign=-1)


BUILDERS: dict[str, Callable[[dict], Draft]] = {
    name[2:]: fn for name, fn in dict(globals()).items() if name.startswith("b_") and callable(fn)
}
from .normalize_deixis import DEIXIS_BUILDERS  # noqa: E402  (they build the Drafts defined here)
BUILDERS.update(DEIXIS_BUILDERS)
from .normalize_written import WRITTEN_BUILDERS  # noqa: E402
BUILDERS.update(WRITTEN_BUILDERS)
