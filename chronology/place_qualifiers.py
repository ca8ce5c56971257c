"""A state or a country written right after a town's name, which says which namesake is meant: "Springfield,
Illinois", "Springfield, Ill.", "Murphy [North Carolina]", "Philadelphia [in Loudon County, Tennessee]",
"Kingston, Jamaica". The states are GeoNames' (with their codes) and data/state_abbreviations.csv's; the
countries, and the islands that are countries, the curated gazetteer's."""
from __future__ import annotations

import re
from functools import cached_property

from gazetteer import Gazetteer
from gazetteer.names import key

from .place_words import state_abbreviations
from .wordlist import alternation

# what a town's name may be qualified by, besides a US state: "Kingston, Jamaica", "Syracuse, Sicily"
QUALIFIER_TYPES = {"country", "island"}


class Qualifiers:
    def __init__(self, gazetteer: Gazetteer):
        self.gaz = gazetteer

    def within(self, ranked: list, text: str, end: int) -> list:
        """The candidates in the state or country the text names right after the town ending at `end`; none
        when no such qualifier follows or no candidate lies there."""
        m = self._rx.match(text, end) if ranked else None
        if m is None:
            return []
        named = m.group(1)
        reg = self.gaz.geonames.region(named) if self.gaz.geonames is not None else None
        if reg is not None:
            return [x for x in ranked if x.record.country == reg["cc"] and x.record.admin1 == reg["code"]]
        code = state_abbreviations().get(named)
        if code is not None:
            return [x for x in ranked if x.record.country == "US" and x.record.admin1 == code]
        cc = self._countries.get(key(named))
        return [x for x in ranked if cc and x.record.country == cc]

    @cached_property
    def _countries(self) -> dict[str, str]:
        return {key(n): r.country for r in self.gaz.records if r.type in QUALIFIER_TYPES and r.country
                for n in r.all_names()}

    @cached_property
    def _rx(self) -> re.Pattern:
        names = [r.name for r in self.gaz.records if r.type in QUALIFIER_TYPES and r.country]
        names += self.gaz.geonames.region_names() if self.gaz.geonames is not None else []
        names += list(state_abbreviations())
        # a comma or an opening bracket, an editor's "in" and a county, then the state or country
        return re.compile(r"\s*(?:,|\[|\()\s*(?:in\s+)?(?:(?:[A-Z][\w'.-]*\s+)+(?:County|Co\.|Parish|District),?\s+)?("
                          + alternation(names) + r")(?![\w-])")
