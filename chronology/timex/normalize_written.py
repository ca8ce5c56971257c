"""Builders for `rules_written.py`: years in words, weekday-rule holidays, the year of writing."""
from __future__ import annotations

import re
from typing import Callable

from . import vocab
from .normalize import Draft, _int, _month, _qty


def _number(words: str) -> int:
    """A number of up to two words joined by space or hyphen ("ninety-six", "five")."""
    total = 0
    for w in re.split(r"[\s-]+", words.strip()):
        total += vocab.NUMBERS[w]
    return total


def year_in_words(text: str) -> int:
    """'nineteen ninety-six' -> 1996, 'eighteen oh five' -> 1805, 'eighteen hundred and fourteen' -> 1814,
    'two thousand and one' -> 2001."""
    t = re.sub(r"\s+", " ", text.lower()).strip()
    m = re.fullmatch(r"two thousand(?: and (.+))?", t)
    if m:
        return 2000 + (_number(m[1]) if m[1] else 0)
    century, rest = t.split(" ", 1)
    m = re.fullmatch(r"hundred(?: and (.+))?", rest)
    if m:
        return vocab.NUMBERS[century] * 100 + (_number(m[1]) if m[1] else 0)
    rest = re.sub(r"^o[h']? ?", "", rest)
    return vocab.NUMBERS[century] * 100 + _number(rest)


def b_year_in_words(g) -> Draft:
    return Draft("date", year=year_in_words(g["wyear"]), month=_month(g["month"]) if g.get("month") else None)


def b_nth_weekday_holiday(g) -> Draft:
    key = next(k for k in vocab.NTH_WEEKDAY_HOLIDAYS if k.lower() == g["hol"].lower())
    month, weekday, nth = vocab.NTH_WEEKDAY_HOLIDAYS[key]
    return Draft("date", year=_int(g.get("year")), month=month, nth_weekday=(weekday, nth))


def b_nth_day_count(g) -> Draft:
    if g.get("qty"):      # "the end of the first four days": as many days on
        return Draft("relative", rel="day_count", n=_qty(g["qty"]), unit="day", sign=1)
    return Draft("relative", rel="day_count", n=vocab.ORDINAL_DAYS[g["nth"].lower()], unit="day", sign=1)


def b_until_year_end(g) -> Draft:
    return Draft("relative", rel="until_year_end")


def b_hour_struck(g) -> Draft:
    hh = vocab.HOUR_WORDS[(g.get("hword") or g["hword2"]).lower()]
    # the half of the day comes from the words around (reference.py), as for "at four"
    return Draft("time", rel="same", unit="day", hh=hh, mi=0, hour_open=True)


def b_century_figures(g) -> Draft:
    return Draft("date", literal=f"{int(g['cnum']) - 1:02d}XX")


_TENS_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
               "eighties": 8, "nineties": 9}


def b_decade_word(g) -> Draft:
    return Draft("relative", rel="decade_of_century", n=_TENS_WORDS[g["tens"].lower()])


def b_every_day(g) -> Draft:
    return Draft("set", fixed="P1D")


def b_month_following(g) -> Draft:
    word = (g.get("dir") or g["dir2"]).lower()
    month = _month(g.get("month") or g["month2"])
    return Draft("relative", rel="month_deictic", month=month, sign=1 if word in ("following", "after", "next") else -1)


def b_year_earlier(g) -> Draft:
    return Draft("relative", rel="deictic_unit", unit="year", sign=-1)


def b_the_year(g) -> Draft:
    return Draft("relative", rel="deictic_unit", unit="year", sign=0)


def b_entry_days(g) -> Draft:
    first = int(g["day"])
    last = int(g["day2"]) if g.get("day2") else None
    wd = vocab.WEEKDAYS.get(g["weekday"].capitalize()) if g.get("weekday") else None
    return Draft("date", rel="day_of_month", day=first, days=(first, last) if last and last > first else None,
                 weekday=wd)


def b_two_days(g) -> Draft:
    first, last = int(g["day"]), int(g["day2"])
    if last <= first:
        raise ValueError("not two days in order")
    return Draft("date", year=_int(g.get("year")), month=_month(g["month"]), days=(first, last))


WRITTEN_BUILDERS: dict[str, Callable[[dict], Draft]] = {
    name[2:]: fn for name, fn in dict(globals()).items() if name.startswith("b_") and callable(fn)
}
