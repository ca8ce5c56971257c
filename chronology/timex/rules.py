"""Rule table of the temporal tagger.

A rule is a named regular expression over macros built from `vocab.py`, the
kind of expression it finds, the name of the builder in `normalize.py` that
turns its named groups into a draft value, and worked examples that the test
suite runs. A group named `x`, where present, is the expression's extent
(so a cue word can be required without being part of the span).
Negative rules (`build="REMOVE"`) delete any candidate they overlap.
Merge rules join two adjacent expressions ("3 p.m. on 6 May", "late January
to mid-February", "Some time before 23 February").

Examples are (text, expected value) with the running date 1911-06-15 and the
Gregorian calendar.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import RuleError
from ..wordlist import alternation
from . import event_days, vocab

EXAMPLE_ANCHOR = "1911-06-15"


_alt = alternation


MACROS = {
    # Month names are case-sensitive: "may" the verb and "march" the verb are not months.
    # only an abbreviation takes a full stop ("Sept. 1911"); "3 March." ends a sentence
    "MONTH": "(?-i:" + _alt(vocab.MONTHS_FULL) + "|(?:" + _alt(set(vocab.MONTHS) - set(vocab.MONTHS_FULL))
             + r")(?:\.(?=\s))?)",
    "MONTHF": "(?-i:" + _alt(vocab.MONTHS_FULL) + ")",
    "FRMONTH": "(?-i:" + _alt(vocab.FRENCH_MONTHS) + ")",
    "DAY": r"(?:[12][0-9]|3[01]|0?[1-9])(?![0-9])",
    # (American print of the 19th century writes the second and third "2d", "3d": "May 2d", "April 23d")
    "DAYTH": r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th|(?<=[23])d)?(?![0-9])",
    "ORDDAY": _alt(vocab.ORDINAL_DAYS),
    "YEAR": r"(?:1[0-9]{3}|20[0-9]{2})(?![0-9])",
    "WEEKDAY": "(?-i:" + _alt(vocab.WEEKDAYS) + ")",
    "DAYPART": "morning|afternoon|evening|night",
    "DAYPREP": "on|by|until|till|since",     # before a day the running date supplies: "on the 11th", "on Thursday"
    "NUM": r"(?:[0-9]+(?:\.[0-9]+)?|" + _alt(vocab.NUMBERS) + r")",
    "QTY": r"(?:[0-9]+(?:\s+1/2|\s+[13]/4|½)?|" + _alt(list(vocab.NUMBERS) + list(vocab.VAGUE_NUMBERS)) + r")",
    "DURADJ": _alt(vocab.DURATION_ADJECTIVES),
    "ZONE": r"(?-i:[ECMP][SD]T|GMT|UTC)",
    "UNIT": r"(?:minute|hour|day|night|week|fortnight|month|year|decade|centur(?:y|ie))s?",
    "HOLIDAY": "(?-i:" + _alt(vocab.HOLIDAYS) + ")",
    "FEAST": "(?-i:" + _alt(vocab.MOVABLE_FEASTS) + r")(?!\s+(?-i:Island|Rising|Egg|Offensive))",
    "SEASON": _alt(vocab.SEASONS),
    "WEATHER": _alt(vocab.SEASON_WEATHER),
    "PLACENAME": event_days.NAME,
    "CENTORD": _alt(vocab.CENTURY_ORDINALS),
    "MONEY": _alt(vocab.MONEY_WORDS),
    "COUNT": _alt(vocab.COUNT_NOUNS),
    "MCUE": "(?-i:" + _alt(vocab.MONTH_CUES) + ")",
    "MPART": r"(?:early|late|mid|the end of|the beginning of|the start of|the middle of|"
             r"the midst of|the first days of|the last days of|the close of)",
    "APPROX": r"(?:about|around|approximately|roughly|nearly|almost|circa|c\.)",
    "CLOCK": r"(?P<hour>[01]?[0-9]|2[0-3])(?:[:.]\s?(?P<minute>[0-5][0-9]))?\s*"
             r"(?P<ampm>[ap]\.\s?m\.|[ap]m\b|o['’]clock)",
    "CLOCK24": r"(?P<hour>[01][0-9]|2[0-3])[:.](?P<minute>[0-5][0-9])\s*(?:hours|hrs|h)\b",
    "POD": _alt(vocab.PARTS_OF_DAY),
    "HISTEVENT": "(?-i:" + _alt(vocab.HISTORICAL_EVENTS) + ")",
    "SETUNIT": _alt(vocab.SET_UNITS),
    "NOWNOUN": _alt(vocab.PRESENT_NOUNS),
    # what makes "Morning", "Daily" the first word of a newspaper's name ("the Daily News")
    "NAMEHEAD": "(?-i:" + _alt(vocab.DAY_PART_NAMES) + ")",
}
# after a bare weekday: not the start of a full date ("Monday, 3 March" is read by the date rules)
MACROS["NOTADATE"] = r"(?![\w’'])(?!,?\s+(?:the\s+)?[0-9])(?!,?\s+(?:" + MACROS["MONTH"] + "))"


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str
    pattern: str
    build: str
    examples: tuple = ()
    priority: int = 0
    flags: int = re.IGNORECASE
    compiled: re.Pattern = field(default=None, compare=False, repr=False)


def R(name, kind, pattern, build, examples=(), priority=0):
    return Rule(name, kind, pattern, build, tuple(examples), priority)


RULES: list[Rule] = [
    # ---------------------------------------------------------------- dual (Old/New Style) dates
    R("date.dual_slash", "date",
      r"(?P<day>{DAY})\s*/\s*(?P<day2>{DAY})\s+(?P<month>{MONTH})(?:(?:,\s*|\s+)(?P<year>{YEAR}))?",
      "dual", [("9/22 December 1912", "1912-12-09")], priority=3),
    R("date.dual_paren", "date",
      r"(?P<day>{DAY})\s*\((?P<day2>{DAY})\)\s+(?P<month>{MONTH})(?:(?:,\s*|\s+)(?P<year>{YEAR}))?",
      "dual", [("1 (13) January 1830", "1830-01-01")], priority=3),
    R("date.dual_month", "date",
      r"(?P<day>{DAY})\s+(?P<month>{MONTH})\s*/\s*(?P<day2>{DAY})\s+(?P<month2>{MONTH})(?:(?:,\s*|\s+)(?P<year>{YEAR}))?",
      "dual", [("31 December 1899/12 January 1900", "1899-12-31")], priority=3),
    # ---------------------------------------------------------------- day precision
    R("date.french_day_month_year", "date",
      r"(?P<day>{DAY})(?:er)?\s+(?P<month>{FRMONTH})(?:,\s*|\s+)(?P<year>{YEAR})",
      "dmy", [("20 novembre, 1815", "1815-11-20"), ("1er mars 1815", "1815-03-01")]),
    R("date.day_month_year", "date",
      r"(?:(?P<weekday>{WEEKDAY})(?:\s+(?P<pod>{DAYPART}))?,?\s+)?"
      r"(?:the\s+)?(?P<day>{DAYTH})\s+(?:of\s+)?(?P<month>{MONTH})(?:(?:,\s*|\s+)(?P<year>{YEAR}))?",
      "dmy", [("6 July 1911", "1911-07-06"), ("the 6th of July", "1911-07-06"),
              ("Saturday night, 23 February", "1911-02-23"), ("13 September", "1911-09-13")]),
    R("date.day_of_running_month", "date",
      r"\b{DAYPREP}\s+(?P<x>(?:the\s+(?P<pod>{DAYPART})\s+of\s+)?"
      r"the\s+(?P<day>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th))\b(?!\s+(?:of|century|day|time|floor|anniversary|regiment|division|corps|army|hour|minute))",
      "day_only", [("On the 11th", "1911-06-11"), ("On the morning of the 25th", "1911-06-25")]),
    # "on Thursday", "last Tuesday", "the following Friday": a weekday relative to the running date
    R("rel.weekday_after_prep", "relative",
      r"\b{DAYPREP}\s+(?P<x>(?P<weekday>{WEEKDAY})"
      r"(?:\s+(?P<pod>{DAYPART}))?){NOTADATE}",
      "weekday", [("on Thursday", "1911-06-15")]),
    R("rel.weekday_modified", "relative",
      r"(?P<x>(?P<wmod>last|next|this|that|the\s+following|the\s+next|the\s+previous|the\s+preceding)\s+"
      r"(?P<weekday>{WEEKDAY})(?:\s+(?P<pod>{DAYPART}))?){NOTADATE}",
      "weekday", [("last Tuesday", "1911-06-13"), ("the following Friday", "1911-06-16")]),
    R("date.ordinal_of_month", "date",
      r"(?:the\s+)?(?P<dayword>{ORDDAY})\s+(?:day\s+)?of\s+(?P<month>{MONTHF})(?:(?:,\s*|\s+)(?P<year>{YEAR}))?",
      "dmy", [("the sixth of July", "1911-07-06")]),
    R("date.month_day_year", "date",
      r"(?:(?P<weekday>{WEEKDAY}),?\s+)?(?P<month>{MONTH})\s+(?:(?P<day>{DAYTH})|(?P<dayword>{ORDDAY})(?![\w-]))"
      # ("Jan. 16. O. S. 1717": the style between the day and the year, as letters of the 18th century write it)
      r"(?!\s*(?:{COUNT})\b)(?:(?:\.?\s*(?-i:[ON])\.\s?(?-i:S)\.)?(?:,\s*|\s+)(?P<year>{YEAR}))?",
      "dmy", [("July 6th, 1911", "1911-07-06"), ("March 7th, 1835", "1835-03-07"), ("Jan. 16. O. S. 1717", "1717-01-16"),
              ("April twenty-fourth", "1911-04-24"), ("November first, 1814", "1814-11-01")]),
    R("date.month_day_caps", "date",
      r"(?-i:(?P<monthcaps>JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER))"
      r"\s+(?P<day>{DAYTH})(?:(?:,\s*|\s+)(?P<year>{YEAR}))?",
      "dmy", [("MARCH 7th, 1835", "1835-03-07")]),
    # ---------------------------------------------------------------- month precision
    R("date.month_year", "date",
      r"(?:that\s+)?(?P<month>{MONTH}),?\s+(?:of\s+)?(?P<year>{YEAR})",
      "my", [("December 1911", "1911-12"), ("that January 1913", "1913-01")]),
    R("date.part_of_month", "date",
      r"(?P<part>{MPART})(?:-|\s+|-\s*)(?P<month>{MONTHF})(?:(?:,\s*|\s+)(?P<year>{YEAR}))?",
      "part_month", [("early August", "1911-08-01/1911-08-10"), ("mid-October 1912", "1912-10-11/1912-10-20"),
                     ("the end of October", "1911-10-21/1911-10-31")]),
    R("date.month_half_gone", "date",
      r"(?P<month>{MONTHF})\s+(?P<part>half\s+(?:through|gone|over|spent))\b",
      "part_month", [("November half through", "1911-11-11/1911-11-20")]),
    R("date.week_of_month", "date",
      r"the\s+(?P<week>first|second|third|fourth|last)\s+week\s+(?:of|in)\s+(?P<month>{MONTHF})(?:(?:,\s*|\s+)(?P<year>{YEAR}))?",
      "week_month", [("the first week of November", "1911-11-01/1911-11-07")]),
    R("date.month_after_cue", "date",
      r"\b{MCUE}\s+(?P<x>(?P<month>{MONTHF}))\b(?!\s*[0-9])(?!\s+(?-i:[A-Z]))",
      "my", [("in June", "1911-06"), ("possibly September", "1911-09")]),
    # "In June Hemingway returned": opening a sentence, a month before a name is still the month
    R("date.month_opening_sentence", "date",
      r"(?:(?<=[.!?]\s)|(?<=[.!?]”\s)|(?<=\n)|^)(?-i:In|By|During|Until|Since|Early\s+in|Late\s+in)\s+"
      r"(?P<x>(?P<month>{MONTHF}))\b(?=\s+(?-i:[A-Z])[a-z]+\s+(?-i:[a-z]))",
      "my", [("In June Hemingway returned", "1911-06")]),
    R("date.holiday", "date",
      r"(?P<hol>{HOLIDAY})(?:(?:,\s*|\s+)(?P<year>{YEAR}))?",
      "holiday", [("Christmas Day", "1911-12-25"), ("New Year’s Eve 1912", "1912-12-31"),
                  ("May Day", "1911-05-01")], priority=1),
    R("date.movable_feast", "date",
      r"(?:on\s+)?(?P<x>(?P<feast>{FEAST})(?:(?:,\s*|\s+)(?P<year>{YEAR}))?)",
      "feast", [("Easter Sunday 1912", "1912-04-07"), ("Good Friday, 1905", "1905-04-21")], priority=1),
    R("date.season_modified", "date",
      r"(?:(?:that|this|the)\s+)?(?:(?P<spart>early|high|late|mid|deep)[\s-]+)(?P<season>{SEASON})(?:\s+(?:of\s+)?(?P<year>{YEAR}))?",
      "season", [("high summer", "1911-07/1911-08"), ("late summer", "1911-08/1911-09")]),
    R("date.season_year", "date",
      r"(?:(?:that|this|the)\s+)?(?P<season>{SEASON})\s+(?:of\s+(?:the\s+year\s+)?)?(?P<year>{YEAR})"
      r"(?:[-–/](?:{YEAR}|[0-9][0-9](?![0-9])))?",
      "season", [("the summer of 1912", "1912-22"), ("winter 1911", "1911-24"),
                 ("the Autumn of the year 1773", "1773-23")]),
    R("date.season_after_cue", "date",
      # a time spent ("left for the winter", "spend the spring in another fashion") or a preposition's span
      r"\b(?:in|during|that|this|by|until|through|throughout|all|for|spend|spent|spending|pass|passed|passing)"
      r"\s+(?P<x>(?:the\s+)?(?P<season>{SEASON}))"
      r"(?=\s*(?:[,.;:!?)”’—]|$)|\s+(?:of|he|she|they|we|I|it|the|a|and|when|as|in|at|on|to|with|for|was|were|is|are)\b)",
      "season", [("in the summer, he", "1911-22")]),
    R("date.season_weather", "date",
      # the season of its weather: "During the summer heat" (the article goes with the weather)
      r"\b(?:in|during|through|throughout|all|by|until)\s+the\s+(?P<x>(?P<season>{SEASON}))\s+(?:{WEATHER})\b",
      "season", [("During the summer heat, when", "1911-22"), ("in the winter snows", "1911-24")]),
    # ---------------------------------------------------------------- year and coarser
    R("date.season_described", "date",
      r"\b(?:a|the)\s+(?:(?:long|short|hot|cold|wet|dry|bitter|harsh|mild|warm|freezing|glorious|dreary)[\s,]+){1,3}(?P<x>(?P<season>{SEASON}))\b",
      "season", [("a long hot summer", "1911-22")]),
    R("dur.possessive_period", "duration",
      r"\b(?:during|for|throughout)\s+(?:his|her|their|our|my|your)\s+(?P<x>(?P<unit>day|week|month|year|fortnight))\s+(?:in|at)\b",
      "duration", [("during his week in Paris", "P1W")]),
    R("date.year", "date",
      r"(?<![0-9,.£$#/{\[\-–])(?P<year>{YEAR})(?!\s*(?:{COUNT})\b)(?!s\b|[’']s\b|[,.][0-9]|-[0-9])",
      "year", [("1911", "1911"), ("in 1937", "1937")]),
    R("date.decade", "date",
      r"(?:the\s+)?(?:(?P<dpart>early|mid|late)[\s-]+)?(?P<decade>1[0-9]{2}|20[0-9])0[’']?s\b",
      "decade", [("the 1920s", "192X"), ("the late 1920s", "1927/1929"), ("the 1580s", "158X")]),
    R("date.century", "date",
      r"(?:the\s+)?(?P<cent>{CENTORD})[\s-]century",
      "century", [("twentieth-century", "19XX")]),
    R("date.indefinite_day", "date",
      r"\b(?P<x>(?-i:One|one)\s+(?P<pod>day|morning|afternoon|evening|night))\b(?!\s+(?:of|in|and|or)\b)",
      "indefinite_day", [("One day", "1911-XX-XX")]),
    # ---------------------------------------------------------------- times of day
    R("time.clock", "time",
      r"(?:(?P<approx>{APPROX})\s+)?{CLOCK}",
      "clock", [("3:45 p.m.", "1911-06-15T15:45"), ("7: 50 a.m.", "1911-06-15T07:50")]),
    R("time.clock24", "time", r"(?:(?P<approx>{APPROX})\s+)?{CLOCK24}", "clock",
      [("14:30 hours", "1911-06-15T14:30")]),
    R("time.named", "time",
      r"(?:(?P<approx>{APPROX})\s+)?(?P<named>midnight|noon|midday)\b",
      "named_time", [("about midnight", "1911-06-15T24:00"), ("noon", "1911-06-15T12:00")]),
    R("time.night_of", "date",
      r"the\s+(?P<nightord>last|first)\s+night\s+of\s+(?P<month>{MONTHF})(?:(?:,\s*|\s+)(?P<year>{YEAR}))?",
      "night_of_month", [("the last night of February 1912", "1912-02-28/1912-02-29")]),
    R("time.part_of_day_habitual", "set",
      r"(?:\b(?:at|At|until|till|Until|by|By)\s+(?P<x>(?P<pod>night|dawn|dusk|daybreak|nightfall|sunset|sunrise))\b)"
      r"|(?P<x2>late at night)|(?:\b(?:during|in)\s+(?P<x3>the\s+(?:day|night|middle of the night)))",
      "pod_in_context", [("he would read at night", "P1D")]),
    # ---------------------------------------------------------------- relative expressions
    R("rel.same_day", "relative",
      r"(?:that(?:\s+very)?|the\s+same|this\s+very)\s+(?P<unit>day|week|month|year|morning|afternoon|evening|night)",
      "same", [("that very day", "1911-06-15"), ("that year", "1911"), ("That afternoon", "1911-06-15")]),
    R("rel.next", "relative",
      r"(?:(?P<art>the)\s+(?:very\s+)?)?(?P<dir>next|following|previous|preceding)\s+(?P<unit>day|week|month|year|morning|afternoon|evening|night)(?!\s*s\b)",
      "next", [("the next day", "1911-06-16"), ("the following year", "1912")]),
    R("rel.pod_before", "relative",
      # ("the night before we left" is a clause's time; "the night previous we had camped" is not)
      r"the\s+(?P<unit>day|night|evening|morning)\s+(?:(?P<dir>before|after)"
      r"(?=\s*[,.;:!?…)”’—]|\s+(?:that|this|last)\b|$)|(?P<dir2>previous|preceding|following)\b)",
      "next", [("the night before.", "1911-06-14"), ("the day after,", "1911-06-16"),
               ("The night previous we had camped", "1911-06-14")]),
    R("rel.offset", "relative",
      r"(?:(?P<approx>almost|about|around|some|nearly|roughly|barely|only|just|over|more than)\s+)?"
      # "before"/"after" ending the phrase ("Two days after, ..."); before a clause ("twelve hours after I
      # had escaped") the length is a duration, as TimeML has it
      r"(?P<qty>{QTY})\s+(?P<unit>{UNIT})\s+(?P<dir>later|earlier|afterwards|afterward|ago|previously"
      r"|(?:before|after)(?=\s*[,.;:!?)”’—]))",
      "offset", [("Four days earlier", "1911-06-11"), ("Three months later", "1911-09"),
                 ("a week afterwards", "1911-06-22"), ("Almost thirty years later", "1941~")]),
    R("rel.short_offset", "relative",
      # a length said to be short or long of its unit: "but a short year before", "a good month later"
      r"(?P<qty>a|an)\s+(?P<approx>short|little|bare|good|long)\s+(?P<unit>year|month|week|day)\s+"
      r"(?P<dir>later|earlier|ago|before|after)(?=\s*[,.;:!?)”’—])",
      "offset", [("a short year before,", "1910~"), ("a good month later,", "1911-07~")]),
    R("rel.bare_plural_offset", "relative",
      r"(?P<unit>days|weeks|months|years)\s+(?P<dir>later|earlier|afterwards)",
      "offset", [("Days later", "1911-06-16/1911-06-25")]),
    R("rel.after_quantity", "relative",
      r"(?P<dir>after|within)\s+(?:(?P<approx>about|around|some|nearly|barely|only|just)\s+)?"
      # not a possessive length: "after four hours' bouncing", "within a day's ride"
      r"(?:(?P<qty>{QTY})\s+)?(?P<unit>{UNIT})(?!\s+(?:of|in|at|on|old|older|younger)\b)(?!['’])",
      "after", [("After ten days", "1911-06-25")], priority=-1),
    R("rel.within", "relative",
      r"(?P<dir>within)\s+(?:the\s+|(?P<qty>{QTY})\s+)?(?P<unit>days|weeks|months|hours|day|week|month|year)\b(?!['’])",
      "after", [("within days", "1911-06-16/1911-06-25")]),
    R("rel.first_stay", "relative",
      # counted from the arrival at the place (timex/reference_events.py)
      r"(?P<x>(?:(?P<part>the\s+end\s+of|the\s+close\s+of)\s+)?(?:our|my|his|her|their|the)\s+first\s+"
      r"(?P<unit>day|week|fortnight|month)\s+(?:in|at)\s+(?P<place>{PLACENAME}))",
      "event_stay", [("At the end of our first week in Irkutsk, we", "1911-06-22")], priority=1),
    R("rel.historical_event", "relative",
      r"(?P<dir>after|before|until|till|since|the\s+eve\s+of)\s+(?P<event>{HISTEVENT})",
      "historical", [("after the Second World War", "1945/.."), ("the eve of the Great War", "1914~")]),
    R("rel.soon_after", "relative",
      r"(?:soon|shortly|not long|immediately|straight)\s+(?:afterwards|afterward|thereafter|after)(?!\s+(?:the|his|her|their|this|that|a|an|he|she|they|we|I)\b)",
      "soon", [("Soon afterwards", "1911-06~")]),
    R("rel.some_time_offset", "relative",
      r"some\s+(?:time|days|weeks|months|years)\s+(?P<dir>earlier|later|before|after)(?=\s*[,.;:!?)”’—])",
      "vague_offset", [("some time earlier.", "../1911-06")]),
    R("time.that_hour", "time",
      # the hour the story has reached: "doing there at such an early hour", "At that hour the streets"
      r"\b(?-i:at|At)\s+(?P<x>(?:such\s+an|so|this|that)\s+(?:(?:early|late|unusual|advanced)\s+)?hour)\b(?!s)",
      "now", [("at such an early hour", "1911-06-15"), ("At that hour", "1911-06-15")], priority=1),
    R("rel.that_moment", "relative",
      # the moment the story has reached: its day, not its year
      r"(?-i:At|at)\s+(?:that(?:\s+very)?|the\s+same|that\s+same)\s+(?P<unit>moment)\b",
      "same", [("At that moment", "1911-06-15"), ("at the same moment", "1911-06-15")], priority=1),
    R("rel.anaphoric_time", "relative",
      r"(?:(?-i:At|at)\s+(?:the|that)\s+time(?!\s+(?:of|when|that)\b)|(?-i:At|at)\s+(?:this|that)\s+(?:point|stage)|\b(?:those|these)\s+days\b)",
      "anaphoric", [("At the time", "1911-06"), ("At this point", "1911")]),
    R("rel.now_cleft", "relative",
      r"\b(?:it|It)\s+(?:was|is)\s+(?:\w+\s+)?(?P<x>now)\s+that\b",
      "now", [("It was probably now that", "1911-06-15")]),
    # ---------------------------------------------------------------- durations
    R("dur.quantity", "duration",
      r"(?:(?P<approx>about|around|almost|nearly|some|roughly|over|more than|less than|at least)\s+)?"
      r"(?:(?P<det>the\s+(?:next|last|first|past|following|previous))\s+)?"
      r"(?P<qty>{QTY})[\s-]+(?:(?:{DURADJ})\s+)?(?P<unit>{UNIT})(?!\s*[-‐]?\s*old\b)",
      "duration", [("three weeks", "P3W"), ("thirty-eight days", "P38D"), ("two-year", "P2Y"),
                   ("the next forty-one years", "P41Y"), ("about a week", "P1W"),
                   ("four hundred consecutive hours", "PT400H"), ("the three winter months", "P3M")], priority=-2),
    R("dur.vague", "duration",
      r"(?:(?<=\bfor\s)|(?<=\bFor\s))(?P<x>(?P<vq>(?:entire|many|long|several|some)\s+)?(?P<unit>hours|days|weeks|months|years))\b",
      "vague_duration", [("for hours", "PTXH"), ("for entire days", "PXD")]),
    R("dur.vague_span", "duration",
      r"(?P<x>the\s+(?:coming|succeeding|ensuing)\s+(?P<unit>days|weeks|months|years))\b",
      "vague_duration", [("During the succeeding months", "PXM"), ("in the coming years", "PXY")]),
    R("dur.idiom", "duration",
      r"\b(?P<idiom>some time|a while|a bit|a long time|a short time|a little while)\b"
      r"(?!\s+(?:ago|later|earlier|before|after|afterwards|like|of|more|less|too|better|worse|older|younger|bigger|smaller|longer|shorter)\b)",
      "idiom_duration", [("some time", "PXW"), ("a while", "PTXH")], priority=-1),
    R("dur.all", "duration",
      r"\b(?:all|the whole|the entire)\s+(?P<unit>day|night|week|month|year|summer|winter|morning|evening|afternoon)\b(?!\s+(?:of|long)\b)",
      "all_duration", [("all day", "P1D"), ("all night", "PTXH")]),
    # ---------------------------------------------------------------- sets
    R("set.every", "set",
      r"\b(?:every|each)\s+(?:single\s+|(?P<other>other|second)\s+)?(?P<unit>{SETUNIT})\b",
      "set_unit", [("every day", "P1D"), ("every night", "P1D"), ("every other hour", "PT2H")]),
    # a weekday that recurs: "every Sunday", "each Thursday", "on Sundays", "Tuesday nights"
    R("set.weekday", "set",
      r"\b(?P<x>(?:every|each)\s+{WEEKDAY}(?:\s+(?:{DAYPART}))?|(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)"
      # the keeping of a weekday: "in the matter of ... Sunday observance"
      r"|{WEEKDAY}(?=\s+observances?\b)|{WEEKDAY}\s+(?:mornings|afternoons|evenings|nights))\b",
      "weekly", [("every Sunday", "P1W"), ("on Sundays", "P1W"), ("Tuesday nights", "P1W"),
                 ("Sunday observance", "P1W")], priority=1),
    R("set.word", "set", r"\b(?P<w>daily|nightly|weekly|fortnightly|monthly|yearly|annually|hourly)\b(?!\s+{NAMEHEAD}\b)",
      "set_word", [("weekly", "P1W"), ("monthly", "P1M")]),
    R("set.rate", "set",
      r"(?:[0-9][0-9,]*|{NUM})\s+(?:{MONEY})\s+(?P<x>(?:a|per|an|each)\s+(?P<unit>day|week|month|year|annum))\b",
      "set_unit", [("sixty roubles a month", "P1M"), ("8,000 roubles per annum", "P1Y")], priority=2),
    # ---------------------------------------------------------------- negative rules
    R("neg.age", "duration",
      r"(?:\baged\s+{NUM}\b|{NUM}[\s-]+years?[\s-]+(?:old|older|younger|of age|his senior|her senior)\b|{NUM}-year-old)",
      "REMOVE", [("aged twenty-four", None), ("sixteen-year-old", None), ("two years older", None)]),
    R("neg.occasion", "relative",
      r"\b(?:this|the first|the second|the last|each|every other)\s+time\b",
      "REMOVE", [("this time", None)]),
    R("neg.weekday_as_name", "date", r"\b(?-i:Sun)\b(?!day)", "REMOVE", [("the Sun", None)]),
    # "Now, the question is ...": a sentence opened by "Now," moves the argument on, not the time
    R("neg.now_discourse", "relative", r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’']\s)|(?<=\n))(?-i:Now)(?=,)", "REMOVE",
      [("Never mind. Now, the forces are massed.", None)]),
    # "Golden City by daylight showed its meanness": the light one sees by, as "by candlelight"
    R("neg.by_daylight", "time", r"\bby\s+daylight\b", "REMOVE", [("by daylight", None)]),
    # "Henry the eighth", "Charles the Second": a ruler's number, not a day (but "Monday the eighth", "August
    # the eighth" are days)
    R("neg.regnal_number", "date",
      # (inside a sentence, a name and the number alone: "Through the first nine months" opens a sentence, "the
      # third-quarter" and "the ninth of May" are no ruler's)
      r"(?<=[a-z,] )(?!(?:{WEEKDAY}|{MONTHF})\b)(?-i:[A-Z][a-z]+)\s+the\s+(?:{ORDDAY})\b(?!-)(?!\s+of\b)",
      "REMOVE", [("by order of Henry the eighth", None), ("where Charles the Second slept", None)]),
    # "[Christmas Fern]", "Easter Island", "a Christmas tree": a thing named after a feast, not its day
    R("neg.feast_named_thing", "date",
      r"\b(?-i:Christmas|Easter|Whitsun|Michaelmas|Candlemas|Lammas|Midsummer|Twelfth-night)\s+(?:island|islands|"
      r"fern|ferns|tree|trees|rose|roses|carol|carols|card|cards|box|boxes|bush|berry|berries|lily|lilies|cactus|"
      r"creek|bay|cove|term|number|pudding|present|presents|stocking|stockings|flower|flowers)\b",
      "REMOVE", [("[Christmas Fern]", None), ("Easter Island", None), ("a Christmas tree", None)]),
    # "Harper's Weekly", "the Daily Telegraph", "the Monthly Review": a periodical's name, not a set
    R("neg.periodical", "set",
      r"(?-i:[A-Z][\w’']+)\s+(?-i:Daily|Weekly|Monthly|Quarterly|Yearly)\b|\b(?-i:Daily|Weekly|Monthly|Quarterly)\s+"
      r"(?-i:[A-Z])", "REMOVE", [("pictures from Harper's Weekly and", None), ("the Daily Telegraph", None)]),
    # "every now and then", "now and again": sometimes, not the time of writing
    R("neg.now_and_then", "relative", r"\bnow\s+and\s+(?:then|again)\b", "REMOVE", [("now and then", None)]),
    # "the present state of matters", "the present writer": the adjective, not the time
    R("neg.present_adjective", "relative",
      r"\bthe\s+present\s+(?!(?:{NOWNOUN})\b)(?-i:[a-z]{3,})\b(?<!ly)", "REMOVE",
      [("the present state of matters", None)]),
]

# Signal words between two expressions that make them one (merge rules).
MERGES = [
    # (name, left kinds, connector regex, right kinds, builder)
    # "ten o'clock on the evening of November 20th"
    # "at three in the afternoon of the nineteenth"
    ("merge.time_on_date", {"time"}, r"\s*,?\s+(?:{ZONE}\s*,?\s+)?(?:on\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?"
     r"|in\s+)?",
     {"date"}, "time_on_date"),
    # "10 p.m. Wednesday", "noon Saturday", "9 a.m. EST Tuesday"
    ("merge.time_on_weekday", {"time"}, r"\s*,?\s+(?:{ZONE}\s*,?\s+)?(?:on\s+)?", {"relative"}, "time_on_weekday"),
    ("merge.date_at_time", {"date"}, r"\s*,?\s+(?:at\s+)?", {"time"}, "date_at_time"),
    ("merge.range", {"date"}, r"\s*(?:to|until|till|–|—|-|and)\s*", {"date"}, "range"),
    ("merge.alternative", {"date"}, r"\s+or\s+", {"date"}, "range"),
]

# Modifiers written before an expression: (regex, effect). The regex must end at the expression.
PREFIXES = [
    (r"(?:some|a)\s+(?:short\s+)?time\s+before\s+$", "before"),
    (r"(?:shortly|just|not long|sometime|some time|a little)\s+before\s+$", "before"),
    (r"(?:some|a)\s+(?:short\s+)?time\s+after\s+$", "after"),
    (r"(?:shortly|just|not long|sometime|some time|a little)\s+after\s+$", "after"),
    (r"(?:around|about|approximately|roughly|circa|c\.)\s+$", "approx"),
]


def _expand(pattern: str) -> str:
    def sub(m):
        key = m.group(1)
        if key not in MACROS:
            raise RuleError(f"unknown macro {{{key}}} in rule pattern")
        return "(?:" + MACROS[key] + ")"
    return re.sub(r"\{([A-Z][A-Z0-9]*)\}", sub, pattern)


def compiled_rules() -> list[Rule]:
    """Rules with their patterns expanded and compiled (validated on load)."""
    global _COMPILED
    if _COMPILED is None:
        from .rules_deixis import RULES_DEIXIS
        from .rules_written import RULES_WRITTEN
        out, seen = [], set()
        for r in RULES + RULES_DEIXIS + RULES_WRITTEN:
            if r.name in seen:
                raise RuleError(f"duplicate rule name {r.name}")
            seen.add(r.name)
            try:
                # a letter or digit may not touch an expression; "_" may ("_London, December 30th_." italics)
                rx = re.compile(r"(?<![^\W_])(?:" + _expand(r.pattern) + r")(?![^\W_])", r.flags)
            except re.error as e:
                raise RuleError(f"rule {r.name}: {e}") from None
            out.append(Rule(r.name, r.kind, r.pattern, r.build, r.examples, r.priority, r.flags, rx))
        _COMPILED = out
    return _COMPILED


_COMPILED = None
