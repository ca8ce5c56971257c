"""Builders for the deixis and day-part rules (`rules_deixis.py`): named groups -> Draft.

What the time of writing or the running day supplies is left to `reference.py`.
"""
from __future__ import annotations

import re
from typing import Callable

from . import vocab
from .normalize import Draft, _iso_duration, _qty, _unit

_PODS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def _hour(g) -> tuple[int, int, bool]:
    """(hour, minute, still open) of a written-out hour and what fixes its half of the day."""
    hh = vocab.HOUR_WORDS[g["hword"].lower()] if g.get("hword") else int(g["hour"])
    mi = vocab.MINUTE_WORDS[g["mword"].lower()] if g.get("mword") else 0
    if g.get("frac"):
        q = 30 if g["frac"].lower() == "half" else 15
        if g["fdir"].lower() in ("to", "before"):
            hh, mi = (hh - 1) % 12 or 12, 60 - q
        else:
            mi = q
    pod = (g.get("ampod") or g.get("atnight") or g.get("npod") or g.get("wpod") or g.get("pod") or "").lower()
    if pod:
        if pod in ("afternoon", "evening") or (pod == "night" and hh >= 6):
            hh = hh % 12 + 12
        elif pod == "morning" and hh == 12:
            hh = 0
        return hh, mi, False
    return hh, mi, True


def b_deictic_day(g) -> Draft:
    word = re.sub(r"\s+", " ", g["dword"].lower())
    n = vocab.DEICTIC_DAYS[word]
    pod_word = (g.get("pod") or "").lower() or word.split()[-1].replace("to-", "").replace("to", "", 1)
    pod = vocab.PARTS_OF_DAY.get(pod_word) or (_PODS.get(word.split()[-1]) if " " in word else None)
    if word in ("tonight", "to-night", "to night"):
        pod = "NI"
    d = Draft("relative", rel="deictic_day", n=abs(n), sign=1 if n >= 0 else -1, unit="day", pod=pod)
    if g.get("hword") or g.get("hour"):
        d.hh, d.mi, d.hour_open = _hour({**g, "pod": pod_word if pod else ""})
    return d


_SEASON_UNITS = {"fall": "autumn"}


def b_deictic_unit(g) -> Draft:
    mod = re.sub(r"\s+", " ", g["dmod"].lower())
    unit = g["dunit"].lower()
    unit = _SEASON_UNITS.get(unit, unit)
    pre = (g.get("pre") or "").lower()
    part = {"early": "early", "earlier": "early", "late": "late", "later": "late"}.get(pre)
    if mod in ("the past", "this past", "the last") and unit in ("week", "month", "year"):
        part = "past"          # "the past year": the year up to now, not the calendar year before
    if pre in ("earlier", "later") and unit == "year":
        part = None            # "earlier this year" is the year (TimeML and common usage)
    return Draft("relative", rel="deictic_unit", unit=unit, sign=vocab.DEICTIC_MODS[mod], part=part)


def b_weekend(g) -> Draft:
    return Draft("relative", rel="deictic_unit", unit="weekend", sign=0, part="nearest")


def b_month_deictic(g) -> Draft:
    mod = re.sub(r"\s+", " ", (g.get("dmod") or g.get("dmod2")).lower()).replace("this past", "last")
    month = vocab.MONTHS[(g.get("month") or g.get("month2")).capitalize()]
    year_mod = g.get("dmod2") is not None    # "June last year": the month of that year
    return Draft("relative", rel="month_deictic", month=month, sign={"last": -1, "this": 0, "next": 1,
                 "this coming": 1}[mod], part="year" if year_mod else None)


def b_now_word(g) -> Draft:
    return Draft("relative", rel="now_word", unit="day")


def b_past_ref(g) -> Draft:
    return Draft("relative", rel="past_ref", sign=-1)


def b_future_ref(g) -> Draft:
    return Draft("relative", rel="past_ref", sign=1)


def b_clock_word(g) -> Draft:
    hh, mi, open_ = _hour(g)
    d = Draft("time", rel="same", unit="day", hh=hh, mi=mi, hour_open=open_)
    if g.get("nextmod"):
        nxt = g["nextmod"].lower().split()[-1] in ("next", "following")
        d.rel, d.n, d.sign = ("offset", 1, 1) if nxt else ("same", None, 0)
        d.pod = _PODS.get(g["npod"].lower())
    elif g.get("weekday"):
        d.rel, d.weekday, d.sign = "weekday", vocab.WEEKDAYS[g["weekday"].capitalize()], 0
    return d


def b_day_moment(g) -> Draft:
    word = re.sub(r"\s+", " ", g["pod"].lower())
    code = vocab.DAY_MOMENTS.get(word) or vocab.EARLY_LATE.get(word) or _PODS.get(word.split()[-1]) or vocab.PARTS_OF_DAY.get(word, "DT")
    # a set when habitual, else the running day: decided in reference.py from the sentence
    return Draft("time", fixed="P1D", rel="pod", pod=code)


def b_fraction_duration(g) -> Draft:
    whole = _qty(g["qty"]) if g.get("qty") else 0
    frac = vocab.FRACTIONS.get(re.sub(r"\s+", " ", g["frac"].lower()), 0.5)
    if whole is None:
        whole = 0
    return Draft("duration", fixed=_iso_duration(whole + frac, _unit(g["unit"])))


def b_set_reduplicated(g) -> Draft:
    return Draft("set", fixed=vocab.SET_REDUPLICATED[g["unit"].lower()])


def b_running_month_part(g) -> Draft:
    part = re.sub(r"\s+", " ", g["part"].lower()).rstrip("-")
    return Draft("date", rel="running_month_part", days=vocab.MONTH_PARTS[part])


def b_year_range(g) -> Draft:
    y1 = int(g["y1"])
    y2 = int(g["y2"])
    if y2 < 100:
        y2 += y1 // 100 * 100
    if y2 <= y1:
        raise ValueError("a range runs forward")
    return Draft("date", years=(y1, y2))


def b_quarter(g) -> Draft:
    q = vocab.QUARTER_ORDINALS.get((g.get("qord") or "").lower())
    mod = (g.get("qmod") or g.get("qmod2") or "").lower()
    return Draft("date", rel="quarter", n=q, sign=-1 if mod in ("year-ago", "year-earlier") else 0)


DEIXIS_BUILDERS: dict[str, Callable[[dict], Draft]] = {
    name[2:]: fn for name, fn in dict(globals()).items() if name.startswith("b_") and callable(fn)
}
