"""Rule table, second part: deixis, hours and moments of the day, written-out forms.

Same shape as `rules.py` (which appends these rules to its own): each rule names
a builder in `normalize.py` or `normalize_deixis.py` and carries worked examples
(running date and time of writing 1911-06-15, past tense).
"""
from __future__ import annotations

from ..wordlist import alternation as _alt
from . import vocab
from .rules import MACROS, R

MACROS.update({
    "DEICTICDAY": _alt(vocab.DEICTIC_DAYS),
    "DEICTICMOD": _alt(vocab.DEICTIC_MODS),
    "HOURWORD": _alt(vocab.HOUR_WORDS),
    "MINUTEWORD": _alt(vocab.MINUTE_WORDS),
    "LIGHTNOUN": _alt(vocab.LIGHT_DESCRIBES),
    "EARLYSTART": "|".join(w.replace(" ", r"\s+") for w in vocab.EARLY_START_VERBS),
    "MOMENT": _alt(set(vocab.DAY_MOMENTS) - set(vocab.LIGHT_WORDS)),
    # the part of a day of the running month told before it: "the evening of the twelfth", "The night of the 29th"
    "PODOF": r"(?:(?:the\s+)?(?P<pod>morning|afternoon|evening|night|nightfall|dawn|daybreak)\s+of\s+)?",
    # a light word after a preposition of time: the preposition stays out of the extent ("at dawn": "dawn")
    "LIGHT": "(?:" + "|".join(rf"(?<=\b{p}\s)" for p in vocab.LIGHT_PREPOSITIONS) + ")(?:" + _alt(vocab.LIGHT_WORDS) + r")(?!\s+(?:" + _alt(vocab.LIGHT_DESCRIBES) + r")\b)",
    "FRACTION": _alt(vocab.FRACTIONS),
    "NOWWORD": _alt(vocab.NOW_WORDS),
    "PASTWORD": _alt(vocab.PAST_WORDS),
    "REDUP": _alt(vocab.SET_REDUPLICATED),
    # what may follow a bare number that is an hour ("by four the men were ashore")
    # or a verb in the past, its subject left out ("at three remounted my horse")
    "HOURNEXT": r"(?=\s*[,.;:!?)—]|\s+(?:and|when|we|I|he|she|they|it|the|in|on|there|that|a|o['’]clock)\b"
                r"|\s+(?!hundred\b)(?-i:[a-z]{3,}ed)\b)",
    # what fixes the day and half of the day of a written-out hour
    "HOURTAIL": r"\s+(?:in\s+the\s+(?P<ampod>morning|afternoon|evening|night)|at\s+(?P<atnight>night)"
                r"|(?P<nextmod>the\s+next|the\s+following|next|this|that)\s+(?P<npod>morning|afternoon|evening|night)"
                r"|on\s+(?P<weekday>" + MACROS["WEEKDAY"] + r")(?:\s+(?P<wpod>morning|afternoon|evening|night))?)",
    # what may follow "the fourth" when it is a day of the running month, not "the fourth man"
    "DAYNEXT": r"(?=\s*[,.;:!?)—]|\s+(?:and|at|in|on|when|with|to|from|he|she|they|we|I|it|the|his|her|by|after"
               r"|before|there|was|were|had|inst|ult|prox|all|every|both|most)\b|\s+(?-i:[A-Z]))",
    # ...and "the 29th" in figures: not before a capital ("the 13th Corps", "the 23d Iowa"), nor the first of a
    # list or a range of them ("the 2d and 3d divisions", "from the 22th to the 26th of July 1804", "The 1st, 2nd,
    # and 3rd of April": the month, if any, is written with the last)
    "DAYNEXTFIG": r"(?=\s*[,.;:!?)—]|\s+(?:and|at|in|on|when|with|to|from|he|she|they|we|I|it|the|his|her|by"
                  r"|after|before|there|was|were|had|all|every|both|most)\b)"
                  r"(?!\s*(?:,|and|or|to|till|until|&|-)\s*(?:the\s+)?[0-9]{1,2}(?:st|nd|rd|th|d)\b)",
})

RULES_DEIXIS = [
    # ---------------------------------------------------------------- the time of writing
    R("rel.deictic_day", "relative",
      # ("from day to day", "from morning to night": a span, not the parted old spelling of "to-day")
      r"(?<!\bday\s)(?<!\bdays\s)(?<!\bnight\s)(?<!\bmorning\s)(?<!\bnoon\s)(?<!\bevening\s)(?<!\bdawn\s)"
      r"(?P<x>(?P<dword>{DEICTICDAY})(?:\s+(?P<pod>{DAYPART}))?"
      r"(?:,?\s+at\s+(?:(?P<hword>{HOURWORD})|(?P<hour>[01]?[0-9])(?![0-9:.])))?)(?![\w-])",
      "deictic_day", [("to-morrow", "1911-06-16"), ("yesterday evening", "1911-06-14"),
                      ("last night", "1911-06-14"), ("this morning at ten", "1911-06-15T10:00"),
                      ("the day after to-morrow", "1911-06-17"),
                      ("we made 65 Miles to day", "1911-06-15"), ("from morning to night", None)], priority=1),
    R("rel.deictic_unit", "relative",
      r"(?P<x>(?:(?P<pre>earlier|later|early|late)\s+)?(?P<dmod>{DEICTICMOD})\s+"
      r"(?P<dunit>week|weekend|month|year|fall|spring|summer|winter|autumn|decade|century))\b(?!\s+(?:of|or|and)\b)",
      "deictic_unit", [("this year", "1911"), ("last month", "1911-05"), ("next year", "1912"),
                       ("last week", "1911-06-05/1911-06-11"), ("earlier this month", "1911-06-01/1911-06-10"),
                       ("last fall", "1910-09/1910-11"), ("the present century", "1900/1999"),
                       ("the last decade", "1900/1909")]),
    R("rel.these_season_days", "relative",
      # the days of the season that holds the time of speaking: "we'll pass these few winter days"
      r"(?P<x>(?P<dmod>these)\s+(?:few\s+|last\s+)?(?P<dunit>winter|summer|spring|autumn)\s+"
      r"(?:days|weeks|months|evenings|nights))\b",
      "deictic_unit", [("these few winter days", "1911-12/1912-02")], priority=1),
    R("rel.the_weekend", "relative", r"(?P<x>the\s+weekend)\b", "weekend", [("the weekend", "1911-06-17/1911-06-18")]),
    R("rel.month_deictic", "relative",
      r"(?P<x>(?P<dmod>last|this|next|this\s+past|this\s+coming)\s+(?P<month>{MONTHF})"
      r"|(?P<month2>{MONTHF})\s+(?P<dmod2>last|this|next)\s+year)\b",
      "month_deictic", [("last May", "1911-05"), ("next May", "1912-05"), ("June last year", "1910-06")]),
    R("rel.now", "relative", r"(?P<x>(?P<now>{NOWWORD}))(?![\w-])", "now_word",
      [("at present", "1911-06-15"), ("currently", "1911-06-15")], priority=-1),
    R("rel.past_ref", "relative",
      r"(?P<x>(?P<past>recently|lately|formerly|the past|recent))\b"
      r"(?!\s+(?:few|two|three|several|many|\d|years|months|weeks|days|decades)\b)",
      "past_ref", [("recently", "../1911-06-15")], priority=-1),
    R("rel.future_ref", "relative", r"(?P<x>the\s+future)\b", "future_ref", [("the future", "1911-06-15/..")]),
    R("rel.weekday_bare", "relative",
      # the possessive still names the day: "Friday's ruling"
      r"(?P<x>(?P<weekday>{WEEKDAY})(?:\s+(?P<pod>{DAYPART}))?)(?:(?=['’]s\b)|{NOTADATE})",
      "weekday", [("Friday", "1911-06-09"), ("Friday's", "1911-06-09")], priority=-1),
    # ---------------------------------------------------------------- hours
    R("time.clock_word", "time",
      r"(?:(?P<approx>{APPROX})\s+)?(?P<hword>{HOURWORD})\s+(?P<oclock>o['’]clock)(?:{HOURTAIL})?",
      "clock_word", [("seven o'clock", "1911-06-15T07:00"), ("six o'clock in the evening", "1911-06-15T18:00")]),
    R("time.clock_figure_day", "time",
      # the hour in figures with the day it is on: "at 6 o'clock the next morning", "7 o'clock in the evening"
      r"(?:(?P<approx>{APPROX})\s+)?(?P<hour>[01]?[0-9]|2[0-3])\s*(?P<oclock>o['’]clock){HOURTAIL}",
      "clock_word", [("at 6 o'clock the next morning", "1911-06-16T06:00"),
                     ("7 o'clock in the evening", "1911-06-15T19:00")]),
    R("time.clock_word_part", "time",
      r"(?:(?P<approx>{APPROX})\s+)?(?P<frac>half|a\s+quarter)[\s-]+(?P<fdir>past|after|to|before)\s+(?P<hword>{HOURWORD})"
      r"(?:\s+o['’]clock)?(?:{HOURTAIL})?",
      "clock_word", [("half past six", "1911-06-15T18:30"), ("a quarter to nine", "1911-06-15T08:45"),
                     ("at half-past ten", "1911-06-15T10:30"), ("a quarter before nine", "1911-06-15T08:45")]),
    R("time.clock_word_day", "time",
      r"(?:(?P<approx>{APPROX})\s+)?(?P<hword>{HOURWORD}){HOURTAIL}",
      "clock_word", [("nine in the evening", "1911-06-15T21:00"), ("ten the next morning", "1911-06-16T10:00"),
                     ("four on Thursday afternoon", "1911-06-15T16:00")]),
    R("time.hour_minutes_after_prep", "time",
      # the hour and its minutes in words: "the gates would close at ten thirty sharp"
      r"\b(?:at|by|till|until|about|after|before|towards?)\s+(?P<x>(?P<hword>{HOURWORD})[\s-]+(?P<mword>{MINUTEWORD})"
      r"(?:\s+sharp)?)(?![\w-])(?!\s+(?:minutes|hours|days|miles|feet|yards|men|of)\b)",
      "clock_word", [("at ten thirty sharp in the evening", "1911-06-15T22:30"), ("by five forty-five", "1911-06-15T17:45")]),
    R("time.hour_after_prep", "time",
      r"\b(?:at|by|till|until|about|after|before|towards?|past)\s+(?P<x>(?:about\s+)?(?P<hword>"
      r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)){HOURNEXT}",
      "clock_word", [("by four the men", "1911-06-15T16:00"), ("at three remounted", "1911-06-15T15:00")],
      priority=-1),
    # ---------------------------------------------------------------- moments and parts of the day
    R("time.day_moment", "time",
      r"(?P<x>(?:(?:(?:just|long|an\s+hour|soon)\s+(?=(?:before|after)\b))?(?:before|after)\s+|towards?\s+"
      r"|(?:very\s+)?(?:early|late)\s+in\s+|(?:just|long|an\s+hour|soon)\s+(?=(?:before|after)\s+dark\b))?"
      # "the night before" is relative; "after dark before I groped my way in" is not
      # "The evening shadows had darkened": a part of the day describing a noun is no time
      r"(?P<pod>{MOMENT}|{LIGHT}))\b(?!\s+of\b)(?!\s+(?:{LIGHTNOUN})\b)(?!\s+(?:before|after)\b(?!\s+(?:I|we|he|she|they|it)\b))(?!['’]s)",
      "day_moment", [("Towards sunset", "1911-06-15"), ("the morning", "1911-06-15"), ("after dark", "1911-06-15"),
                      ("an hour after dark", "1911-06-15"), ("till sunset", "1911-06-15")],
      priority=-1),
    R("time.till_late", "time",
      # "did not reach this gorge till late": late in the running day ("till late at night" is read whole)
      r"\b(?:till|until)\s+(?P<x>(?P<pod>late))\b(?!\s+(?:in|at|on|that|this|next|afternoon|evening|night)\b)(?![-’'])",
      "day_moment", [("did not reach it till late,", "1911-06-15")], priority=-1),
    R("time.early_start", "time",
      r"\b(?:{EARLYSTART})\s+(?P<x>(?:very\s+)?(?P<pod>early))\b"
      r"(?!\s+(?:in|on|at|that|this|next|the|morning|afternoon|evening|night|enough|for|to)\b)(?![-’'])",
      "day_moment", [("I left early, but soon lost the track", "1911-06-15")], priority=-1),
    R("time.described_day_part", "time",
      r"\b(?P<x>(?:a|the)\s+(?:(?!(?:next|following|previous|same|first|last|whole|entire|other|every|each|single"
      # the describing words are adjectives or an "of" phrase ("the rest of the night"), no other particle
      # ("the Parana, as the evening", "without a bulk-head up night or day")
      r"|one|this|that|an?|as|but|up|down|in|on|at|to|by|for|with|when|while)\b)[a-z]+(?:-[a-z]+)?,?\s+){1,3}"
      # a newspaper's name is no time ("The Times, Standard, Morning Post")
      r"(?P<pod>morning|afternoon|evening|night))\b(?!\s+(?:of|before|after)\b)(?!\s+{NAMEHEAD}\b)",
      "day_moment", [("a glorious morning", "1911-06-15")], priority=-2),
    R("time.day_part_arrives", "time",
      # a part of the day as the subject of its coming: "Night came again", "Evening fell"
      r"\b(?P<x>(?P<pod>morning|evening|night))\s+(?:came|fell|had\s+come|had\s+fallen|drew\s+on|closed\s+in"
      r"|set\s+in|dawned|broke)\b",
      "day_moment", [("Night came again.", "1911-06-15")], priority=-2),
    R("time.day_passes", "time",
      # the day as the subject of its passing: "The long day reached its close at last", "the day wore on"
      r"\b(?P<x>(?-i:[Tt]he)\s+(?:(?:long|weary|whole|endless|tedious)\s+)?day)\s+(?:reached\s+its\s+close"
      r"|wore\s+(?:on|away)|drew\s+to\s+(?:a|its)\s+close|dragged\s+on|passed\s+(?:slowly|away|at\s+last))\b",
      "now", [("The long day reached its close at last.", "1911-06-15")], priority=-1),
    # ---------------------------------------------------------------- days written out
    R("date.ordinal_of_running_month", "date",
      r"(?P<x>{PODOF}"
      # lower case only: "the Fifth", "the Seventh" are regiments and kings
      r"the\s+(?!(?:first|second|third)\b)(?-i:(?P<dayword>{ORDDAY}))(?:\s+of\s+the\s+month"
      r"|\s+(?P<inst>instant|inst|ultimo|ult|proximo|prox)\b(?:(?<=inst)\.|(?<=ult)\.|(?<=prox)\.)?)?){DAYNEXT}",
      "day_only", [("the evening of the twelfth,", "1911-06-12"), ("the twenty-sixth.", "1911-06-26"),
                   ("the seventeenth instant,", "1911-06-17"), ("till the five and twentieth,", "1911-06-25")]),
    R("date.figure_of_running_month", "date",
      r"(?P<x>{PODOF}the\s+(?P<day>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th|(?<=[23])d))(?![\w-]){DAYNEXTFIG}",
      "day_only", [("The night of the 29th I directed him", "1911-06-29"), ("during the 8th, while", "1911-06-08"),
                   ("the 13th Corps", None), ("the 2d and 3d divisions", None),
                   ("we lay from the 22th to the 26th of July 1804", "1804-07-26")]),
    R("date.ordinal_after_prep", "date",
      # not "from the first" / "to the first" / "of the first": those are the start of anything
      r"\b(?:on|by|until|till|since)\s+(?P<x>the\s+(?P<dayword>first|second|third)"
      r"(?:\s+of\s+the\s+month)?){DAYNEXT}",
      "day_only", [("on the first,", "1911-07-01")]),
    R("date.numbered_day_of_the_month", "date",
      r"(?P<x>(?:(?P<weekday>{WEEKDAY}),?\s+)?the\s+(?P<day>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)"
      r"(?:\s+(?:of\s+the\s+month|(?P<inst>instant|inst|ultimo|ult|proximo|prox)\b(?:(?<=inst)\.|(?<=ult)\.|(?<=prox)\.)?)))",
      "day_only", [("the 21st of the month", "1911-06-21"), ("the 5th inst.", "1911-06-05"),
                   ("the 28th ult.", "1911-05-28")], priority=1),
    R("date.weekday_the_day", "date",
      r"(?P<x>(?P<weekday>{WEEKDAY}),?\s+the\s+(?P<day>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th))\b(?!\s+of\b)",
      "day_only", [("Monday, the 12th", "1911-06-12")]),
    # a dateline: a line naming a place, then the day the letter was written ("DENVER, November 9.")
    R("date.dateline_month", "date",
      r"(?:^|(?<=\n))[A-Z][\w .'’-]{1,40}[,:]\s+(?P<x>(?P<month>{MONTHF}))\.?[ \t]*(?=\n|$)",
      "my", [("DEER VALLEY, November.", "1911-11")]),
    R("date.part_of_running_month", "date",
      r"(?P<part>{MPART})\s+(?:the|that|this)\s+month\b",
      "running_month_part", [("the close of the month", "1911-06-21/1911-06-30")]),
    R("date.year_range", "date",
      # "1814-15", and "1527--1528" with the double hyphen that stands for a dash in plain-text books
      r"(?<![0-9,.£$#/\-–])(?P<y1>{YEAR})(?:--|[-–—])(?P<y2>[0-9]{2}|{YEAR})(?![0-9\-–])",
      "year_range", [("1814-15", "1814/1815"), ("1527--1528.", "1527/1528")]),
    # ---------------------------------------------------------------- durations and sets
    R("dur.fraction", "duration",
      r"(?:(?P<approx>about|around|almost|nearly|some|over|more than|less than)\s+)?"
      r"(?:(?P<qty>{QTY})\s+and\s+)?(?P<frac>{FRACTION})\s+(?P<unit>{UNIT})",
      "fraction_duration", [("half an hour", "PT30M"), ("three and a half hours", "PT3H30M"),
                            ("a quarter of an hour", "PT15M"), ("two and a half days", "P2DT12H")], priority=1),
    R("dur.unit_and_fraction", "duration",
      r"(?P<qty>{QTY})\s+(?P<unit>{UNIT})\s+and\s+(?P<frac>a\s+half|a\s+quarter)",
      "fraction_duration", [("two years and a half", "P2Y6M"), ("an hour and a quarter", "PT1H15M")], priority=1),
    R("set.reduplicated", "set",
      r"(?:from\s+)?(?P<unit>{REDUP})\s+(?:after|to|by)\s+(?P=unit)\b", "set_reduplicated",
      [("day after day", "P1D"), ("from day to day", "P1D"), ("week after week", "P1W")], priority=2),
    R("date.quarter", "date",
      r"(?:(?:the|this\s+year['’]s|last\s+year['’]s)\s+)?(?:(?P<qmod>fiscal|latest|current|year-ago|year-earlier|same)\s+)?"
      r"(?P<qord>first|second|third|fourth)[\s-]+(?:fiscal\s+)?quarter\b"
      r"|(?<!\bfrom\s)(?<!\bFrom\s)the\s+(?:(?P<qmod2>fiscal|latest|current|year-ago|year-earlier|same)\s+)?quarter\b"
      # "From the same quarter he learned": the side news comes from; "the quarter-deck" is a deck
      r"(?!\s+of\b)(?!-)",
      "quarter", [("the third quarter", "1911-07/1911-09"), ("the year-ago quarter", "1910-04/1910-06")]),
]
