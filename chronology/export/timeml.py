"""TimeML (TempEval-3 .tml) for the dates of a text: TIMEX3 elements inline in the TEXT.

The document creation time, when given, is TIMEX3 t0 (functionInDocument CREATION_TIME). TimeML
has no intervals, so an EDTF interval is written as the value both ends share (PAST_REF /
FUTURE_REF for open ones) and the exact EDTF kept in an extra `edtf` attribute, which TimeML
readers ignore.
"""
from __future__ import annotations

import re
from typing import Optional
from xml.sax.saxutils import escape, quoteattr

_TYPE = {"date": "DATE", "relative": "DATE", "time": "TIME", "duration": "DURATION", "set": "SET"}
# EDTF season codes and TimeML's season names
_SEASONS = {"21": "SP", "22": "SU", "23": "FA", "24": "WI"}


def timeml_value(value: Optional[str]) -> str:
    """The TimeML value of an EDTF value: intervals by their common prefix, open ends as *_REF."""
    if not value:
        return "XXXX"
    v = value.replace("~", "").replace("?", "")
    if v.startswith("P"):
        return v
    season = re.fullmatch(r"([0-9X]{4})-(2[1-4])", v)
    if season:
        return f"{season[1]}-{_SEASONS[season[2]]}"
    if "/" not in v:
        return v
    a, b = v.split("/", 1)
    if a in ("", ".."):
        return "PAST_REF"
    if b in ("", ".."):
        return "FUTURE_REF"
    common = ""
    for piece in re.findall(r"\d{4}|-\d{2}", a):
        if b.startswith(common + piece):
            common += piece
        else:
            break
    return common or a[:4]


def render(text: str, dates, dct: Optional[str] = None, doc_id: str = "doc") -> str:
    out = ['<?xml version="1.0" ?>', '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">',
           f"<DOCID>{escape(doc_id)}</DOCID>"]
    if dct:
        out.append(f'<DCT><TIMEX3 tid="t0" type="DATE" value={quoteattr(dct)} temporalFunction="false" '
                   f'functionInDocument="CREATION_TIME">{escape(dct)}</TIMEX3></DCT>')
    body, pos = [], 0
    for i, d in enumerate(sorted(dates, key=lambda d: d.start), start=1):
        if d.start < pos:
            continue        # nested or overlapping spans cannot be inline: keep the first
        body.append(escape(text[pos:d.start]))
        attrs = (f'tid="t{i}" type="{_TYPE.get(d.kind, "DATE")}" value={quoteattr(timeml_value(d.value))} '
                 f'temporalFunction="{"true" if d.kind == "relative" else "false"}" '
                 f'functionInDocument="NONE"')
        if d.value and timeml_value(d.value) != d.value:
            attrs += f" edtf={quoteattr(d.value)}"
        body.append(f"<TIMEX3 {attrs}>{escape(text[d.start:d.end])}</TIMEX3>")
        pos = d.end
    body.append(escape(text[pos:]))
    out.append("<TEXT>" + "".join(body) + "</TEXT>")
    out.append("</TimeML>")
    return "\n".join(out) + "\n"
