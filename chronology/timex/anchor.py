"""The document date (--anchor) as a user writes it: EDTF, or any date dateparser can read.

dateparser reads "15 June 1911", "June 1911" or "15 juin 1911"; its `period`
keeps the precision the user gave ("June 1911" stays a month), and a date
without a year is refused rather than completed from today.
"""
from __future__ import annotations

import re

from ..errors import InputError
from . import edtf


def parse_anchor(value: str) -> str:
    """EDTF for a document date, or InputError saying how to write one."""
    text = value.strip()
    if edtf.parse(text) is not None:
        return text
    d = data = None
    # a year must be written out: dateparser would read "15 June" as June 2015
    if re.search(r"(?<!\d)\d{3,4}(?!\d)", text):
        from dateparser.date import DateDataParser   # slow to import; only needed for free-form anchors
        data = DateDataParser(settings={"REQUIRE_PARTS": ["year"], "PREFER_DAY_OF_MONTH": "first"}).get_date_data(text)
        d = data.date_obj if data else None
    if d is None or str(d.year) not in text:
        raise InputError(f"{value!r} is not a date with a year; write it as 1911-06-15, 1911-06 or "
                         "'15 June 1911'")
    if data.period == "year":
        return f"{d.year:04d}"
    if data.period == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
