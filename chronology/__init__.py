"""chronology: dated chronologies, itineraries and journey maps from narrative text.

    >>> import chronology
    >>> chron = chronology.build(text, subject="Phileas Fogg")
    >>> chron.legs[0].to.name
"""
__all__ = ["build", "extract_dates", "find_place_mentions"]


def __getattr__(name: str):
    # loaded on first use, so that `chronology --help` and the CLI's set-up run before pydantic loads
    if name in __all__:
        from . import pipeline
        return getattr(pipeline, name)
    raise AttributeError(f"module 'chronology' has no attribute {name!r}")
