"""The output contract: every shape chronology writes is defined here, once.

The JSON Schema (`chronology schema`) is generated from these models, so a
field added here is documented everywhere at once.
"""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0.0"

TimexKind = Literal["date", "time", "duration", "relative", "set"]
Calendar = Literal["julian", "gregorian"]
Mode = Literal["train", "steamer", "ship", "ferry", "boat", "cart", "carriage",
               "sleigh", "cab", "horse", "animal", "motor", "air", "foot", "unknown"]
Status = Literal["exile", "escape", "return", "travel"]
EventType = Literal["arrest", "sentence", "deportation", "escape", "departure", "arrival",
                    "travel", "stay", "release", "meeting", "publication", "other"]
# "historical": a row of data/historical_places.csv (gazetteer/historical.py)
Resolution = Literal["curated", "user", "geonames", "historical", "online", "epithet", "context", "unresolved"]


class _Model(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="forbid")


class Span(_Model):
    """Where a fact came from: offsets into the text as read (newline='')."""
    start: int
    end: int
    text: str
    line: int = Field(description="1-based line number of `start`")


class Timex(_Model):
    """A temporal expression and its normalized value."""
    text: str
    start: int
    end: int
    kind: TimexKind
    value: Optional[str] = Field(description="EDTF (dates) or ISO 8601 duration; null if unresolved")
    rule: str = Field(description="name of the rule that recognised it")
    precision: Optional[Literal["decade", "century", "year", "season", "month", "day", "minute"]] = None
    earliest: Optional[str] = Field(None, description="first possible day, ISO, in the value's calendar")
    latest: Optional[str] = Field(None, description="last possible day, ISO, in the value's calendar")
    calendar: Optional[Calendar] = Field(None, description="calendar the value is written in")
    value_gregorian: Optional[str] = Field(None, description="Gregorian equivalent when the value is Julian")
    anchor: Optional[str] = Field(None, description="what a relative value was resolved against")
    narrative: bool = Field(True, description="false for flash-forwards/backs that do not move the story's date")
    part_of_day: Optional[Literal["MO", "AF", "EV", "NI", "DT"]] = None
    line: int = 1


class PlaceRef(_Model):
    id: Optional[str] = None
    name: str
    lat: Optional[float] = None
    lon: Optional[float] = None
    type: Optional[str] = None
    source: Resolution = "unresolved"
    polity: Optional[str] = None

    @classmethod
    def of(cls, rec) -> "PlaceRef":
        """The reference a mention or a leg carries for a gazetteer record."""
        return cls(id=rec.id, name=rec.name, lat=round(rec.lat, 5), lon=round(rec.lon, 5), type=rec.type,
                   source=rec.source, polity=rec.polity)


class PlaceAlternative(_Model):
    """A candidate considered for a mention, and why it ranks where it does."""
    name: str
    id: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    score: float = Field(description="best route score through this candidate; the chosen one's is highest")
    reasons: list[str] = []


class PlaceMention(_Model):
    text: str
    start: int
    end: int
    place: Optional[PlaceRef]
    resolution: Resolution
    line: int = 1
    alternatives: list[PlaceAlternative] = Field(
        [], description="for a place resolved among namesakes or spellings: the candidates considered, "
                        "chosen first, with the reasons")


class Event(_Model):
    id: str
    type: EventType
    date: Optional[str] = Field(None, description="EDTF, in the text's calendar")
    date_text: Optional[str] = None
    date_gregorian: Optional[str] = None
    places: list[PlaceRef] = []
    actors: list[str] = []
    subject: bool = Field(description="whether the subject is among the actors")
    evidence: Span
    confidence: float


class Leg(_Model):
    id: str
    from_: Optional[PlaceRef] = Field(alias="from")
    to: PlaceRef
    depart: Optional[str] = None
    arrive: Optional[str] = None
    mode: Mode = "unknown"
    status: Status = "travel"
    inferred_from: bool = Field(False, description="the start is the previous known place, not stated")
    date_inferred: bool = Field(False, description="the text does not date this leg: depart is the interval "
                                "between the neighbouring dated legs")
    date_text: Optional[str] = Field(None, description="the leg's date as the text writes it")
    calendar: Optional[str] = Field(None, description="calendar of depart/arrive, as the text uses it")
    depart_gregorian: Optional[str] = None
    arrive_gregorian: Optional[str] = None
    evidence: Span
    confidence: float
    journey: Optional[str] = None


class Journey(_Model):
    id: str
    title: str
    kind: Status
    legs: list[str]
    start: Optional[str] = None
    end: Optional[str] = None


class Finding(_Model):
    """A warning from a consistency check; reported, never silently fixed."""
    check: str
    severity: Literal["info", "warning", "error"]
    message: str
    refs: list[str] = []


class Settings(_Model):
    subject: Optional[str] = None
    narrator: bool = False
    calendar: Literal["julian", "gregorian", "by-place"] = "by-place"
    anchor: Optional[str] = None
    source: Optional[str] = None
    corrections: Optional[str] = None


class Chronology(_Model):
    """The document `build` writes as chronology.json."""
    schema_version: str = SCHEMA_VERSION
    settings: Settings
    subject: Optional[str] = None
    dates: list[Timex] = []
    places: list[PlaceMention] = []
    events: list[Event] = []
    legs: list[Leg] = []
    journeys: list[Journey] = []
    findings: list[Finding] = []
    review: list[Finding] = []
    corrections_applied: list[str] = []

    # notebook helpers (chronology/notebook.py): thin, so the contract above stays the models' only job
    def map(self, **kw):
        """The journey map as a folium.Map (borders='auto'|'none'|FILE, tiles=..., tiles_attr=...)."""
        from .notebook import to_map
        return to_map(self, **kw)

    def _repr_html_(self) -> str:
        from .notebook import repr_html
        return repr_html(self)

    def to_pandas(self, kind: str = "legs"):
        """A pandas DataFrame, one row per leg, date, place, event or stay, with its evidence offsets."""
        from .notebook import to_pandas
        return to_pandas(self, kind)


def json_schema() -> dict:
    schema = Chronology.model_json_schema(mode="serialization", by_alias=True)
    schema["$id"] = f"https://chronology.invalid/schema/{SCHEMA_VERSION}/chronology.schema.json"
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
