"""The pipeline: text -> dates -> places -> events -> legs -> journeys -> checks."""
from __future__ import annotations

import bisect
from typing import Callable, Optional

from gazetteer import Gazetteer

from . import checks, timex
from .epithets import find_epithets
from .corrections import Corrections, apply_corrections
from .events import EventFinder, to_events
from .itinerary import build_legs
from .leg_order import collapse_wide_stops
from .leg_dates import bound_undated_legs, date_legs
from .journeys import group_journeys
from .models import Chronology, Finding, PlaceMention, Settings, Timex
from .people import Cast, choose
from .boilerplate import mask
from .markup import unmark
from .country_towns import towns_for_countries
from .places import find_places
from .stops import find_unlisted_stops
from .text import Doc

_POLITY_REACH = 3000   # characters: how far back a place sets the calendar of a date


def _polity_at(places: list[PlaceMention]):
    pts = [p for p in places if p.place is not None and p.place.polity and
           p.place.type in ("city", "town", "village", "building", "street", "station", "district")]
    starts = [p.start for p in pts]

    def at(offset: int) -> Optional[str]:
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and offset - pts[i].start <= _POLITY_REACH:
            return pts[i].place.polity
        # a date before any place: the first place named after it sets the scene
        if i + 1 < len(pts) and pts[i + 1].start - offset <= _POLITY_REACH:
            return pts[i + 1].place.polity
        return None
    return at


def analyse(text: str, *, gazetteer: Optional[Gazetteer] = None, people=(), calendar: str = "by-place",
            anchor: Optional[str] = None, register: str = "auto",
            parallel: bool = False) -> tuple[Doc, list[Timex], list[PlaceMention]]:
    """The text's dates and places. With `parallel`, each request to the parser is parsed half here and
    half in a forked child when a core is free (nlp.py): for one-shot builds, where nothing is open yet
    that a fork would share."""
    # an e-book's licence and release notes are not the story, nor its underscores for italics
    doc = Doc(unmark(mask(text)))
    doc.parse.split = parallel
    resolved = timex.resolve(doc, anchor=anchor, register=register)
    gaz = gazetteer or Gazetteer()
    places = find_places(doc, gaz, people=people, story_year=timex.story_year(resolved))
    places = towns_for_countries(doc.text, places, gaz)     # "the port of Panama" is Panama City
    dates = timex.tag(doc, calendar=calendar, polity_at=_polity_at(places), resolved=resolved)
    return doc, dates, places


def extract_dates(text: str, **kw) -> list[Timex]:
    return analyse(text, **kw)[1]


def find_place_mentions(text: str, **kw) -> list[PlaceMention]:
    return analyse(text, **kw)[2]


def build(text: str, *, subject: Optional[str] = None, narrator: bool = False, cast: Optional[Cast] = None,
          calendar: str = "by-place", anchor: Optional[str] = None, gazetteer: Optional[Gazetteer] = None,
          corrections: Optional[Corrections] = None, source: Optional[str] = None,
          parallel: bool = False, on_dates: Optional[Callable[[list[Timex]], None]] = None) -> Chronology:
    """The chronology of `text`. `on_dates` is told the dates as soon as they are known (the CLI's map
    worker uses them to load the borders of the story's years while the moves are read)."""
    who = choose(unmark(mask(text)), subject=subject, narrator=narrator, cast=cast)
    people = who.names() + who.other_names() if cast is not None or subject else []
    gaz = gazetteer or Gazetteer()
    doc, dates, places = analyse(text, gazetteer=gaz, people=people, calendar=calendar, anchor=anchor,
                                 parallel=parallel)
    if on_dates is not None:
        on_dates(dates)
    applied: list[str] = []
    if corrections is not None:
        places, applied_p = corrections.apply_to_places(places)
        applied += applied_p
    # "the capital" and its like name endpoints of moves, but are not place mentions
    endpoints = sorted(places + find_epithets(doc, places, gaz, dates), key=lambda p: p.start)
    finder = EventFinder(doc, who, endpoints, dates)
    # proper names that a motion verb makes a source, goal or path are stops even where the place layer
    # did not see them
    stops = find_unlisted_stops(doc, endpoints, gaz, people=finder.who.name_spans())
    if stops and corrections is not None:
        stops, applied_s = corrections.apply_to_places(stops)
        applied += [a for a in applied_s if a not in applied]
    if stops:
        finder.add_places(stops)
        places = sorted(places + stops, key=lambda p: p.start)
    moves = finder.moves()
    events = to_events(doc, moves)
    legs = collapse_wide_stops(build_legs(doc, moves, places))
    if corrections is not None:
        legs, applied_l = apply_corrections(corrections, legs)
        applied += applied_l
    date_legs(legs, dates)
    bound_undated_legs(legs)
    journeys = group_journeys(legs)
    findings = checks.run_all(legs, dates, places)
    also = f"; also called {', '.join(who.aliases)} (editor's brackets in the text)" \
        if who.aliases and who.chosen_by == "user" else ""
    notes = [Finding(check="subject", severity="info",
                     message=f"subject: {who.name} (chosen by {who.chosen_by}){also}")]
    if not dates:
        notes.append(Finding(check="empty", severity="info", message="no temporal expressions found"))
    review = [Finding(check="low_confidence", severity="info",
                      message=f"{l.id} {l.from_.name if l.from_ else '?'} -> {l.to.name}: confidence {l.confidence}",
                      refs=[l.id]) for l in legs if l.confidence < 0.7]
    review += [f for f in findings if f.check == "unresolved_place"]
    return Chronology(settings=Settings(subject=who.name, narrator=who.narrator, calendar=calendar, anchor=anchor,
                                        source=source, corrections=corrections.path if corrections else None),
                      subject=who.name, dates=dates, places=places, events=events, legs=legs, journeys=journeys,
                      findings=notes + findings, review=review, corrections_applied=applied)
