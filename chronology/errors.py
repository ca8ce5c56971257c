"""Library errors; the CLI turns each into a one-line message and exit 1."""


class ChronologyError(Exception):
    """Base for every error chronology raises on purpose."""


class InputError(ChronologyError, ValueError):
    """The input file cannot be read as a narrative."""


class GazetteerError(ChronologyError):
    """A gazetteer file is missing or malformed."""


class RenderError(ChronologyError):
    """The map or a page could not be rendered (e.g. an unknown tile provider)."""


class RuleError(ChronologyError):
    """A rule table is malformed (a bug in data, caught at load time)."""
