"""chronology: dated chronologies, itineraries and journey maps from narrative text.

    >>> import chronology
    >>> chron = chronology.build(text, subject="Phileas Fogg")
    >>> chron.legs[0].to.name
"""
from .pipeline import build, extract_dates, find_place_mentions

__all__ = ["build", "extract_dates", "find_place_mentions"]
