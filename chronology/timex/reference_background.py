"""Dates told in passing: history, background and flashbacks that the story's running date does not
follow. A mixin of `reference.Walker`: it decides whether an explicit date is the story's own, what an
anaphoric "the next year" counts from when the text has just named a year of its background, which
looks back (the past perfect, a quotation) leave the story on its day, and how a journal's entry
headings keep the journal's own month and year."""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from . import vocab
from .edtf import Point, Val
from .normalize import Draft
from .recognize import Found
from .writing import in_quotation

# a past perfect in the clause before a day of the month: "had been seen ... on the 28th"
PLUPERFECT_BEFORE = re.compile(r"\bhad\s+(?:[\w'’.-]+\s+){1,7}(?:on\s+)?(?:the\s+)?$", re.IGNORECASE)
# a past perfect in the clause a date opens: "From the 21st of January the fleet had remained ready"
_PLUPERFECT_AFTER = re.compile(r",?\s+(?:[\w'’-]+\s+){0,4}had\s+(?:been|[a-z]+(?:ed|en|wn|ne|t))\b", re.IGNORECASE)
_QUOTED_BACK_DAYS = 2
# a journal's entry heading: its date opens a paragraph and a dash follows ("October 12th.--", "29th and 30th.--")
_ENTRY_DASH_RX = re.compile(r"\.?[ \t]*(?:--|—)")
_FLASH_RX = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in vocab.FLASH_CUES) + r")\b", re.IGNORECASE)


class BackgroundResolver:
    """Methods of the Walker (reference.py) that keep background dates out of the story."""

    year_named: Optional[tuple[int, int]] = None     # (paragraph, last year) of the latest year the text named
    entry: Optional[dt.date] = None                  # the day the last journal entry was headed with
    flashback: Optional[tuple] = None                # (paragraph, day looked back to, running date then)

    def _behind_day(self, v: Optional[Val]) -> bool:
        """A value wholly before the day the story has reached."""
        r = self.running
        if v is None or r is None or r.prec not in ("day", "minute") or r.lo() is None or v.hi() is None:
            return False
        return v.hi() < r.lo()

    def _explicit_is_narrative(self, f: Found, d: Draft, sent: str) -> bool:
        if d.literal is not None or d.years is not None:
            return False
        r = (self.running.lo() or self.running.hi()) if self.running is not None else None
        if r is None:
            return True
        ry = r.year
        delta = d.year - ry
        flash = bool(_FLASH_RX.search(sent))
        if d.month is None:   # a bare year
            if self._is_heading(f):
                return False
            at_start = sent.lstrip("“\"‘ ").lower().startswith(("in ", "by ", "during ", "since ")) and \
                sent.find(self.text[f.start:f.end]) < 12
            limit = 10 if at_start else 3
            return 0 <= delta <= limit and not (flash and delta != 0)
        if flash and abs(delta) >= 2:
            return False
        if self._years_behind_day(d):
            return False
        return abs(delta) <= 10

    def _years_behind_day(self, d: Draft) -> bool:
        """A dated month more than a year before the day a story told day by day has reached is
        history told in passing ('the railroad was inaugurated on the 23rd of October, 1867' in a
        journey of 1872), not the story going back. News tells its background in order, and a year-old
        date there sets the year of the yearless dates after it."""
        r = self.running
        if self.register == "news" or r is None or r.prec not in ("day", "minute") or r.lo() is None or d.month is None:
            return False
        return (r.lo().year - d.year) * 12 + r.lo().month - d.month > 12

    # ------------------------------------------------------------ "the next year" after a year of history
    def _note_year(self, f: Found, v: Optional[Val]) -> None:
        """Remember the last year the text wrote out, story's or not ("the drought of 1827 to 1832")."""
        d = f.draft
        if v is None or v.literal is not None or v.hi() is None or not (
                d.year is not None or d.years is not None or any(p.draft.year is not None for p in f.parts)):
            return
        self.year_named = (self.text.rfind("\n", 0, f.start), v.hi().year)

    def _background_year(self, f: Found, d: Draft) -> Optional[Val]:
        """'the very next year', 'the following year' in the paragraph that has just named a year the
        story is not in counts from that year: the year after the drought, not after the story's day."""
        if self.register == "news" or d.unit != "year" or d.n != 1 or self.year_named is None \
                or not self.text[f.start:f.end].lower().startswith("the ") \
                or self.year_named[0] != self.text.rfind("\n", 0, f.start):
            return None
        r = self.running
        year = self.year_named[1]
        if r is not None and r.lo() is not None and r.lo().year == year:
            return None        # the story's own year: the running date already says it
        return Val(a=Point(year))

    # ------------------------------------------------------------ a journal's entry headings
    def _is_entry(self, f: Found) -> bool:
        return (f.start == 0 or self.text[f.start - 1] == "\n") and bool(_ENTRY_DASH_RX.match(self.text, f.end))

    def _entry_base(self, f: Found) -> Optional[Val]:
        """A journal keeps its own year and month from heading to heading, whatever history the entry
        between them told: the next heading counts from the last one, not from the running date."""
        if self.entry is None or self.register == "news" or not self._is_entry(f):
            return None
        return Val(a=Point(self.entry.year, self.entry.month, self.entry.day))

    def _entry_year(self, f: Found, month: Optional[int]) -> Optional[int]:
        base = self._entry_base(f)
        if base is None or month is None:
            return None
        return base.a.y + (1 if month - base.a.m < -6 else 0)

    def _note_entry(self, f: Found, v: Optional[Val]) -> None:
        if v is not None and v.literal is None and v.lo() is not None and v.prec == "day" and self._is_entry(f):
            self.entry = v.lo()

    # ------------------------------------------------------------ looks back
    def _looks_back(self, f: Found, v: Optional[Val]) -> bool:
        """A day-and-month behind the story's day, told in the past perfect ('Calder had fallen in with
        them on the 22nd of July', read at Portsmouth in August) or quoted ('"June 18th," his diary
        says', after the 17th of July), is a look back: the story stays on its day. News tells in order."""
        if self.register == "news" or v is None or not self._behind_day(v):
            return False
        # a quoted day just behind is the story's own day put right ('As today is Wednesday, the 2nd of
        # October', a day after the tagger's reckoning): only one further back is a look back
        quoted = in_quotation(self.text, f.start) and (self.running.lo() - v.hi()).days > _QUOTED_BACK_DAYS
        if not (quoted or PLUPERFECT_BEFORE.search(self.text, max(0, f.start - 80), f.start)
                or _PLUPERFECT_AFTER.match(self.text, f.end)):
            return False
        self.flashback = (self.text.rfind("\n", 0, f.start), v, self.running)
        return True

    def _flashback_base(self, f: Found) -> Optional[Val]:
        """The day a look back reached, while its paragraph goes on and the story has not moved since."""
        fb = self.flashback
        if fb is None or fb[0] != self.text.rfind("\n", 0, f.start) or fb[2] is not self.running:
            return None
        return fb[1]

    def _quoted_heading(self, f: Found) -> bool:
        """A date that opens a quotation in a story ('"June 21. Midnight, nearly calm"', '"Friday night
        (Sept. 13), at half-past ten, I drove"') heads the diary entry or letter quoted: it is no plan."""
        if self.register != "narrative" or not in_quotation(self.text, f.start):
            return False
        ps = self.text.rfind("\n", 0, f.start) + 1
        q = max(self.text.rfind(c, ps, f.start) for c in '"“')
        return q >= 0 and len(re.findall(r"\w+", self.text[q + 1:f.start])) <= 2
