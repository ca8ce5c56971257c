"""Vocabularies for the temporal tagger: surface word -> value.

Each table is plain data; `rules.py` turns them into regex macros, and
`normalize.py` reads values from them. Adding "Sept." means one row here.
"""

MONTHS = {
    "January": 1, "Jan": 1, "February": 2, "Feb": 2, "March": 3, "Mar": 3,
    "April": 4, "Apr": 4, "May": 5, "June": 6, "Jun": 6, "July": 7, "Jul": 7,
    "August": 8, "Aug": 8, "September": 9, "Sept": 9, "Sep": 9, "October": 10,
    "Oct": 10, "November": 11, "Nov": 11, "December": 12, "Dec": 12,
}
# Abbreviations are only accepted with a following day or year (see rules).
MONTHS_FULL = {k: v for k, v in MONTHS.items() if len(k) > 4 or k in ("May", "June", "July")}

WEEKDAYS = {"Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4,
            "Saturday": 5, "Sunday": 6}

_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
NUMBERS: dict[str, int] = {w: i + 1 for i, w in enumerate(_UNITS)}
for _w, _v in _TENS.items():
    NUMBERS[_w] = _v
    for _i, _u in enumerate(_UNITS[:9]):
        NUMBERS[f"{_w}-{_u}"] = _v + _i + 1
        NUMBERS[f"{_w} {_u}"] = _v + _i + 1
NUMBERS.update({"a": 1, "an": 1, "one": 1, "a hundred": 100, "a couple of": 2, "a dozen": 12,
                "half a": 0.5})
NUMBERS.update({f"{_u} hundred": 100 * (_i + 1) for _i, _u in enumerate(_UNITS[:9])})   # "four hundred hours"
# Words that may stand between a number and its unit without changing the length: "three long days",
# "four hundred consecutive hours" ("a short day", "these few winter days" are more often not lengths).
DURATION_ADJECTIVES = ["long", "whole", "full", "entire", "consecutive", "successive", "weary",
                       # the season the units fall in: "the three winter months"
                       "winter", "summer", "spring", "autumn"]
# Vague quantities: value None means "some number of" (TimeML X).
VAGUE_NUMBERS = {"a few": None, "several": None, "some": None, "many": None, "few": None,
                 "those few": None, "these few": None, "a number of": None}

ORDINAL_DAYS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
    "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26,
    "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
    "thirty-first": 31,
}
# ...and as the 18th century wrote the twenties: "the five and twentieth", "the one and thirtieth"
_UNITS_ORD = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ORDINAL_DAYS.update({f"{u} and twentieth": 21 + i for i, u in enumerate(_UNITS_ORD)})
ORDINAL_DAYS["one and thirtieth"] = 31

# unit word -> (ISO designator, is-a-time-unit)
UNITS = {
    "minute": ("M", True), "hour": ("H", True), "day": ("D", False), "night": ("D", False),
    "week": ("W", False), "fortnight": ("2W", False), "month": ("M", False),
    "year": ("Y", False), "decade": ("10Y", False), "century": ("100Y", False),
}

# Parts of a month, as day ranges (project convention: early 1-10, mid 11-20, late 21-end).
MONTH_PARTS = {
    "early": (1, 10), "the beginning of": (1, 10), "the start of": (1, 10),
    "the first days of": (1, 10), "mid": (11, 20), "mid-": (11, 20), "the middle of": (11, 20),
    "the midst of": (11, 20), "late": (21, None), "the end of": (21, None),
    "the last days of": (21, None), "the close of": (21, None),
    # a month said to be half gone is in its middle ("Think of November half through")
    "half through": (11, 20), "half gone": (11, 20), "half over": (11, 20), "half spent": (11, 20),
}
# Parts of a year or decade: early = 1-3 (months/years), mid = 4-6, late = 7-9 (decades)
DECADE_PARTS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}
YEAR_PARTS = {"early": (1, 4), "the beginning of": (1, 3), "the start of": (1, 3),
              "mid": (5, 8), "the middle of": (5, 8), "late": (9, 12), "the end of": (10, 12)}

WEEK_ORDINALS = {"first": (1, 7), "second": (8, 14), "third": (15, 21), "fourth": (22, 28),
                 "last": (-7, None)}

# Seasons as month ranges (northern hemisphere); winter runs into the next year.
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
           "winter": (12, 14)}
# A season named alone is its EDTF code; a part of one ("late summer") stays a span of months.
SEASON_CODES = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}
# The weather a season names as its own ("the summer heat", "the winter snows")
SEASON_WEATHER = ["heat", "heats", "cold", "colds", "snow", "snows", "rain", "rains", "storms", "frost", "frosts",
                  "weather", "sun", "sunshine", "drought", "droughts", "floods", "gales", "fogs", "mists"]
SEASON_PARTS = {"early": (0, 0), "high": (1, 2), "mid": (1, 1), "late": (2, 3), "deep": (1, 2)}

# Fixed-date holidays: name -> (month, day). Movable feasts need a year and are not here.
HOLIDAYS = {
    "Christmas Day": (12, 25), "Christmas Eve": (12, 24), "Christmas": (12, 25),
    "New Year's Eve": (12, 31), "New Year’s Eve": (12, 31),
    "New Year's Day": (1, 1), "New Year’s Day": (1, 1),
    "the New Year": (1, 1), "May Day": (5, 1), "Midsummer Day": (6, 24),
    "Midsummer Eve": (6, 23), "St John's Day": (6, 24), "St. John's Day": (6, 24),
    "Epiphany": (1, 6), "Twelfth Night": (1, 5), "All Saints' Day": (11, 1),
    "St Stephen's Day": (12, 26), "Boxing Day": (12, 26), "Candlemas": (2, 2),
    "Lady Day": (3, 25), "Michaelmas": (9, 29), "Martinmas": (11, 11),
    "Bastille Day": (7, 14), "Independence Day": (7, 4), "Guy Fawkes Night": (11, 5),
    "St Valentine's Day": (2, 14), "Valentine's Day": (2, 14), "Hogmanay": (12, 31),
    "All Souls' Day": (11, 2), "All Hallows' Eve": (10, 31), "Halloween": (10, 31),
    "St. Stephen's Day": (12, 26), "Twelfth Day": (1, 6), "Assumption Day": (8, 15),
}
# the same names written with a typographic apostrophe
HOLIDAYS.update({k.replace("'", "’"): v for k, v in list(HOLIDAYS.items()) if "'" in k})

# Holidays on the nth weekday of a month: name -> (month, weekday 0=Monday, nth; -1 = the last).
NTH_WEEKDAY_HOLIDAYS = {"Thanksgiving": (11, 3, 4), "Labor Day": (9, 0, 1), "Memorial Day": (5, 0, -1)}

# Movable feasts: name -> days after Easter Sunday. The date depends on the year and on the
# calendar (Orthodox Easter in Julian texts); see reference.py and calendars.py.
MOVABLE_FEASTS = {
    "Easter Sunday": 0, "Easter Day": 0, "Easter": 0, "Easter Monday": 1, "Good Friday": -2,
    "Maundy Thursday": -3, "Palm Sunday": -7, "Shrove Tuesday": -47, "Ash Wednesday": -46,
    "Ascension Day": 39, "Whit Sunday": 49, "Whitsunday": 49, "Whitsun": 49, "Pentecost": 49,
    "Trinity Sunday": 56,
}

# Markers that say which calendar a date is written in ("June 29, Old Style", "12 March N.S.")
STYLE_MARKERS = {
    "julian": ["Old Style", "old style", "O.S.", "O. S.", "(O.S.)", "Julian"],
    "gregorian": ["New Style", "new style", "N.S.", "N. S.", "(N.S.)", "Gregorian"],
}

# Part-of-day words -> TimeML code; the value stays the day (EDTF has no such codes).
PARTS_OF_DAY = {
    "morning": "MO", "dawn": "MO", "daybreak": "MO", "sunrise": "MO", "afternoon": "AF",
    "evening": "EV", "dusk": "EV", "sunset": "EV", "twilight": "EV", "night": "NI",
    "midnight": "NI", "noon": "DT", "midday": "DT",
}

CENTURY_ORDINALS = {
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}

# Recurrence words -> ISO period
SET_WORDS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "fortnightly": "P2W",
             "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y", "hourly": "PT1H"}
SET_UNITS = {"day": "P1D", "night": "P1D", "morning": "P1D", "evening": "P1D",
             "afternoon": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "annum": "P1Y",
             "hour": "PT1H", "minute": "PT1M", "summer": "P1Y", "winter": "P1Y", "spring": "P1Y", "autumn": "P1Y"}

# Money words: "sixty roubles a month" is a rate (set), not a duration.
MONEY_WORDS = ["roubles", "rubles", "kopecks", "francs", "crowns", "kronen", "marks", "dollars",
               "pounds", "shillings", "pence", "guineas", "lire", "florins", "gulden", "thalers",
               "a head", "wages", "salary", "rent"]

# Words after a number that show it is a count, not a year ("2000 soldiers").
COUNT_NOUNS = ["soldiers", "men", "women", "people", "troops", "roubles", "rubles", "kopecks",
               "francs", "crowns", "marks", "dollars", "pounds", "miles", "versts", "km",
               "kilometres", "kilometers", "metres", "meters", "feet", "copies", "members",
               "workers", "prisoners", "exiles", "strikers", "votes", "pages", "words",
               "horses", "head", "tons", "tonnes", "acres", "yards", "inhabitants", "residents",
               "souls", "delegates", "issues", "letters", "times", "percent", "per"]

# Cue words before a bare month name that make it a date ("in June", not "March" the name).
MONTH_CUES = ["in", "In", "by", "By", "during", "During", "since", "Since", "until", "Until",
              "till", "of", "that", "This", "this", "That", "possibly", "probably", "early",
              "Early", "late", "Late", "mid-", "Mid-", "through", "throughout", "from", "From",
              "before", "Before", "after", "After", "last", "next", "to", "or", "as"]   # "as late as August"

# Signals of a flash-forward or flash-back in the sentence around a date.
FLASH_CUES = [
    "would later", "later became", "years later", "decades later", "in later life",
    "in old age", "would be", "would become", "would die", "was to", "were to", "eventually",
    "after the Revolution", "after the revolution", "after the war", "after his death",
    "as dictator", "remembered", "recalled", "recalls", "reminisced", "years before",
    "years earlier", "had been", "had once", "back in", "as early as", "ever since",
    "in his youth", "as a boy", "as a child", "born in", "was born",
]

# Named historical periods an expression can be anchored to: name -> (first, last) year.
# "the Revolution" alone is ambiguous across narratives, so it resolves to nothing.
HISTORICAL_EVENTS = {
    "the Second World War": (1939, 1945), "World War II": (1939, 1945), "the First World War": (1914, 1918),
    "the Great War": (1914, 1918), "World War I": (1914, 1918), "the Russian Revolution": (1917, 1917),
    "the October Revolution": (1917, 1917), "the February Revolution": (1917, 1917),
    "the French Revolution": (1789, 1799), "the Revolution": None, "the Civil War": None,
    "the Crimean War": (1853, 1856), "the Russo-Japanese War": (1904, 1905),
    "the Napoleonic Wars": (1803, 1815), "the Franco-Prussian War": (1870, 1871),
    "the Boer War": (1899, 1902), "the Thirty Years' War": (1618, 1648),
}

# ---------------------------------------------------------------- deixis and the hours of the day
# Days named from the time of writing: word -> offset in days (old spellings hyphenate "to-day", or part it:
# "we made 65 Miles to day" in the journals of 1800)
DEICTIC_DAYS = {
    "today": 0, "to-day": 0, "to day": 0, "tonight": 0, "to-night": 0, "to night": 0,
    "tomorrow": 1, "to-morrow": 1, "to morrow": 1,
    "yesterday": -1, "the day after tomorrow": 2, "the day after to-morrow": 2,
    "the day before yesterday": -2, "last night": -1, "this morning": 0, "this afternoon": 0,
    "this evening": 0, "this night": 0,
}
# Units a deictic modifier can count ("last week", "this year", "next month").
DEICTIC_MODS = {"this": 0, "last": -1, "next": 1, "the past": -1, "the coming": 1, "the current": 0,
                "these": 0, "this past": -1, "the last": -1, "the next": 1, "the previous": -1, "the present": 0}
# The time of writing itself: "now", "at present", "currently" (news: PRESENT_REF).
NOW_WORDS = ["now", "just now", "right now", "at present", "currently", "current", "presently", "nowadays",
             "these days", "today's", "the present", "the present time", "the present moment",
             "the present day", "this moment", "at the moment", "at this moment", "for the moment"]
# What may follow "the present" when it still names the time ("the present time", "the present and
# the past", "the present is"); any other word makes "present" an adjective ("the present state").
PRESENT_NOUNS = ["time", "day", "moment", "century", "year", "month", "week", "age", "era", "hour", "and",
                 "was", "is", "has", "had", "for", "with", "the", "this", "that", "from", "but", "not"]
# Before and after the time of writing, with no distance given (PAST_REF / FUTURE_REF).
PAST_WORDS = ["recently", "recent", "lately", "the past", "formerly", "previously", "earlier", "once"]
FUTURE_WORDS = ["the future", "in future", "soon", "future", "later"]

# Hours written as words ("seven o'clock", "at four").
# French month names, met in English books citing French titles and documents ("Le traité de Paris
# du 20 novembre, 1815"); written in lower case, and read only in a full date.
FRENCH_MONTHS = {"janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
                 "août": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12}
# Minutes said after a written-out hour ("ten thirty", "five forty-five").
MINUTE_WORDS = {"five": 5, "ten": 10, "fifteen": 15, "twenty": 20, "twenty-five": 25, "thirty": 30,
                "thirty-five": 35, "forty": 40, "forty-five": 45, "fifty": 50, "fifty-five": 55}
HOUR_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
              "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
# Words around a clock hour that fix the half of the day; a bare hour takes the nearer cue.
PM_CUES = ["evening", "afternoon", "night", "p.m.", "dark", "sunset", "dusk", "nightfall", "dinner", "supper"]
AM_CUES = ["morning", "a.m.", "dawn", "daybreak", "sunrise", "breakfast", "early", "awoke", "awakened", "woke",
           # rising at an hour ("got up at four"); "got up again into the carriage" is no cue
           "got up at", "rose at"]

# Parts of the day named bare ("dawn", "nightfall") or with the article ("the morning").
DAY_MOMENTS = {"dawn": "MO", "daybreak": "MO", "sunrise": "MO", "daylight": "MO", "broad daylight": "DT",
               "dusk": "EV", "nightfall": "EV", "sunset": "EV", "sundown": "EV", "twilight": "EV",
               # "dark" alone is mostly the adjective or "in the dark": only "after/before dark" is a time
               "after dark": "EV", "before dark": "EV",
               # meals mark the day's hours; only with after/before are they a time, not the meal
               "after breakfast": "MO", "before breakfast": "MO", "after dinner": "DT", "before dinner": "DT",
               "after supper": "EV", "before supper": "EV",
               "the morning": "MO", "the afternoon": "AF", "the evening": "EV", "the night": "NI",
               "the dawn": "MO", "the forenoon": "MO", "the early morning": "MO", "the small hours": "NI",
               # the day's end as older prose names it ("came about the close of the day to Aberbrothick")
               "the close of the day": "EV", "the close of day": "EV", "the end of the day": "EV",
               "the decline of the day": "EV", "a late hour": "EV"}
# "early" and "late" alone, in the day: "left early", "till late" (see rules_deixis.py)
EARLY_LATE = {"early": "MO", "late": "EV"}
# Verbs of setting out or rising: "early" after them is early in the day ("I left early").
EARLY_START_VERBS = ["left", "started", "set out", "set off", "rose", "got up", "breakfasted", "were off", "was off"]
# The sun's light names a time of day only when a preposition of time governs it ("at dawn", "till
# sunset", "between sunset and dawn"); elsewhere it is the light itself ("in the sunset", "sunset
# colour", "the gloom of the twilight", "The daylight died", "twilight seemed coming on").
LIGHT_WORDS = ["dawn", "daybreak", "sunrise", "daylight", "dusk", "nightfall", "sunset", "sundown", "twilight"]
LIGHT_PREPOSITIONS = ["at", "by", "before", "after", "till", "until", "towards", "toward", "about", "since",
                      "from", "between", "and", "or", "near", "past"]
# Nouns a light word describes ("sunset light", "sunset colour", "the sunrise gun"): the light, not a time.
# Second words of names whose first is a part of the day or a frequency: newspapers and the like ("the
# Morning Post", "the Evening Standard", "the Daily News", "the Weekly Herald"), not times.
DAY_PART_NAMES = ["Post", "Chronicle", "Herald", "Standard", "Star", "News", "Journal", "Telegraph", "Mail",
                  "Advertiser", "Gazette", "Express", "Leader", "Sun", "Prayer", "Service"]
LIGHT_DESCRIBES = ["light", "colour", "colours", "color", "colors", "glow", "sky", "skies", "clouds", "hues",
                   "tints", "gun", "gleam", "radiance", "shadows", "star", "air", "breeze", "mist", "sun"]

# Parts of a quantity: "half an hour", "a quarter of an hour", "three quarters of an hour".
FRACTIONS = {"half a": 0.5, "half an": 0.5, "a half": 0.5, "a quarter": 0.25, "a quarter of a": 0.25, "a quarter of an": 0.25,
             "three quarters of a": 0.75, "three quarters of an": 0.75, "three-quarters of an": 0.75}

# Recurrences written as reduplication ("day after day", "from day to day").
SET_REDUPLICATED = {"day": "P1D", "night": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y",
                    "hour": "PT1H", "minute": "PT1M", "season": "P3M", "morning": "P1D", "evening": "P1D"}

# Fiscal and calendar quarters.
QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# Rising after a night: a story that has reached the evening and then says its people rose has moved
# on to the next morning ("after a good sleep, I rose"); "rose to speak", "rose from the table" do not.
NEW_DAY_CUES = [r"\b(?:I|we|he|she|they)\s+(?:rose|arose)\b(?!\s+(?:to|from|up|in|against)\b)",
                # "got up" alone is mostly standing up ("I got up and put my eye to a chink")
                r"\b(?:I|we|he|she|they)\s+got\s+up\s+(?:very\s+)?early\b",
                r"\bafter\s+a\s+(?:good\s+)?night's\s+(?:rest|sleep)\b"]
# Going to bed ends the story's day: whoever rises after it ("I was obliged to go to bed" ... "I got up
# very early this morning") is on the next day, even when no evening was named.
BEDTIME_CUES = [r"\b(?:went|go|gone|going)\s+to\s+bed\b", r"\bretired\s+for\s+the\s+night\b",
                r"\bturned\s+in\s+for\s+the\s+night\b"]
# Words before a weekday that point ahead of the day of writing whatever the tense: "could come as
# early as Tuesday", "postponed until Tuesday morning", "starting Monday".
# a paragraph opened by these goes back to another strand of the time already told: its weekday is
# the last such day on or before the story's ("Meanwhile there had been excitement ... Early on
# Wednesday morning my absence was discovered")
MEANWHILE_CUES = ["Meanwhile", "Meantime", "In the meantime", "In the meanwhile"]
WEEKDAY_AHEAD_CUES = ["as soon as", "as early as", "until", "till", "starting", "beginning", "no later than"]
