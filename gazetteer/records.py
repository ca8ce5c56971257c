"""A place record: one place, its names through time, where it is, whose it was."""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator


class PlaceName(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    start: Optional[int] = Field(None, description="first year in use, if known")
    end: Optional[int] = Field(None, description="last year in use, if known")

    def valid_in(self, year: Optional[int]) -> bool:
        if year is None:
            return True
        return (self.start is None or self.start <= year) and (self.end is None or year <= self.end)


class PlaceRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    name: str
    names: list[PlaceName] = []
    type: str
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    country: Optional[str] = None
    admin1: Optional[str] = Field(None, description="first-level division code (a US state's postal code)")
    polity: Optional[str] = None
    population: int = 0
    geonames_id: Optional[int] = None
    source: Literal["curated", "user", "geonames", "historical", "online"] = "curated"
    citation: Optional[str] = None
    note: Optional[str] = None

    @field_validator("type")
    @classmethod
    def _known_type(cls, v: str) -> str:
        if v not in PLACE_TYPES:
            raise ValueError(f"unknown place type {v!r}; use one of {sorted(PLACE_TYPES)}")
        return v

    def all_names(self) -> list[str]:
        return [self.name] + [n.name for n in self.names]

    def name_in(self, year: Optional[int]) -> str:
        """The name valid in a given year (historical names first)."""
        for n in self.names:
            if (n.start is not None or n.end is not None) and n.valid_in(year):
                return n.name
        return self.name


PLACE_TYPES = {"city", "town", "village", "building", "street", "station", "district", "region",
               "country", "river", "sea", "lake", "continent", "park", "border", "island", "mountain", "volcano",
               "bay", "pass", "valley", "camp",
               # the sea-going features of data/world_features.csv
               "archipelago", "cape", "gulf", "strait"}


def parse_names(field: str) -> list[PlaceName]:
    """'Tiflis@-1936|Tpilisi' -> names with their years of use."""
    out = []
    for part in filter(None, (p.strip() for p in field.split("|"))):
        name, _, years = part.partition("@")
        start = end = None
        if years:
            a, _, b = years.partition("-")
            start = int(a) if a else None
            end = int(b) if b else None
        out.append(PlaceName(name=name.strip(), start=start, end=end))
    return out
