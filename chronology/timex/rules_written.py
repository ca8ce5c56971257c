"""Rule table, third part: years written in words, weekday-rule holidays, the year of writing.

Same shape as `rules.py`; builders in `normalize_written.py`. Worked examples run with the
running date and the time of writing 1911-06-15.
"""
from __future__ import annotations

from ..wordlist import alternation as _alt
from . import vocab
from .rules import MACROS, R

_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"

MACROS.update({
    # "nineteen ninety-six", "eighteen oh five": a century word, then the two last digits
    "WORDYEAR": r"(?:seventeen|eighteen|nineteen)\s+(?:" + _TENS + r"(?:[\s-]" + _ONES + r")?|o[h']?\s+" + _ONES
                + r"|" + _TEENS + r")",
    # "eighteen hundred and fourteen", "two thousand and one": the forms that are also counts
    "WORDYEAR2": r"(?:seventeen|eighteen|nineteen)\s+hundred(?:\s+and\s+(?:" + _TENS + r"(?:[\s-]" + _ONES
                 + r")?|" + _TEENS + "|" + _ONES + r"))?|two\s+thousand(?:\s+and\s+(?:" + _TEENS + "|" + _ONES + r"))?",
    "NTHHOLIDAY": "(?-i:" + _alt(vocab.NTH_WEEKDAY_HOLIDAYS) + ")",
})

_DURATION_ADJ = ("whole|single|full|successive|consecutive|interminable|weary|entire|additional"
                 "|solid|dreary|anxious|endless|more")

RULES_WRITTEN = [
    # a span between two numbers has no single ISO value: "three or four days", "two to three hours"
    R("dur.quantity_range", "duration",
      r"(?:(?P<approx>about|around|some|for)\s+)?(?P<q1>{QTY})\s+(?:or|to)\s+(?P<qty>{QTY})[\s-]+(?P<unit>{UNIT})"
      r"(?!\s+(?:later|earlier|afterwards?|ago|before|after)\b)",
      "vague_duration", [("three or four days", "PXD"), ("two to three hours", "PTXH")], priority=1),
    # described quantities: "four successive days", "a whole week", "twenty interminable days"
    R("dur.quantity_described", "duration",
      r"(?:(?P<approx>about|around|almost|nearly|some|over|more than|less than)\s+)?(?P<qty>{QTY})\s+"
      r"(?:(?:very\s+)?(?:" + _DURATION_ADJ + r")[\s,]+){1,2}(?P<unit>{UNIT})(?!\s*[-‐]?\s*old\b)",
      "duration", [("four successive days", "P4D"), ("a whole week", "P1W"), ("a single day", "P1D")]),
    R("dur.another", "duration",
      r"(?:another|one\s+more)\s+(?P<unit>minute|hour|day|night|week|fortnight|month|year)\b",
      "duration", [("another hour", "PT1H")]),
    # a journey's days counted from its last dated day: "on the fifth day", "the third day after our departure"
    R("rel.nth_day_count", "relative",
      r"(?P<x>the\s+(?P<nth>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+day"
      r"(?:\s+(?:after|from|of)\s+(?:our|his|her|their|my|the)\s+(?:departure|start|arrival|escape|journey|march|flight))?)"
      r"(?!\s+of\b)",
      "nth_day_count", [("On the fifth day", "1911-06-20")]),
    R("rel.end_of_first_days", "relative",
      r"(?P<x>the\s+end\s+of\s+(?:the|our|his|her|their|my)\s+first\s+(?P<qty>{QTY})\s+days)\b",
      "nth_day_count", [("At the end of the first four days", "1911-06-19")]),
    R("date.year_in_words", "date",
      r"(?P<x>(?:(?P<month>{MONTHF})\s+|the\s+year\s+)?(?P<wyear>{WORDYEAR}))(?![\w-])(?!\s+(?:[a-z]+s|per|of)\b)",
      "year_in_words", [("nineteen ninety-six", "1996"), ("January nineteen ninety-seven", "1997-01")]),
    R("date.year_in_words_cued", "date",
      r"(?P<x>(?:(?P<month>{MONTHF})\s+|the\s+year\s+)(?P<wyear>{WORDYEAR2}))(?![\w-])",
      "year_in_words", [("the year two thousand", "2000"), ("May eighteen hundred and fourteen", "1814-05")]),
    R("date.nth_weekday_holiday", "date",
      r"(?P<hol>{NTHHOLIDAY})(?:\s+Day)?(?:(?:,\s*|\s+)(?P<year>{YEAR}))?",
      "nth_weekday_holiday", [("Thanksgiving Day, 1910", "1910-11-24"), ("Thanksgiving", "1911-11-23")]),
    # "before the end of the year": from the running day to the year's last day
    R("rel.before_year_end", "relative",
      r"before\s+the\s+(?:end|close)\s+of\s+the\s+year\b", "until_year_end",
      [("before the end of the year", "1911-06-15/1911-12-31")], priority=1),
    # a clock striking tells the hour: "it had just struck five", "I heard six striking"
    R("time.hour_struck", "time",
      r"\b(?:struck|strikes|strike|striking)\s+(?P<x>(?P<hword>one|two|three|four|five|six|seven|eight|nine|ten|eleven"
      r"|twelve))\b(?!\s+(?:blows?|times|men|of)\b)"
      r"|\b(?P<x2>(?P<hword2>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+(?:striking|struck)\b",
      "hour_struck", [("the clock had just struck five in the morning", "1911-06-15T05:00")]),
    # "the 20th century", "11th-century": centuries in figures
    R("date.century_figures", "date", r"(?:the\s+)?(?P<cnum>1[0-9]|2[01]|[1-9])(?:st|nd|rd|th)[\s-]century\b",
      "century_figures", [("the 20th century", "19XX"), ("11th-century", "10XX")]),
    # "the nineties": a decade of the century being told
    R("rel.decade_word", "relative", r"the\s+(?P<tens>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
      "decade_word", [("the nineties", "189X")]),
    # "recent years", "recent months": an unstated number of them
    R("dur.recent_units", "duration", r"recent\s+(?P<unit>years|months|weeks|days)\b", "vague_duration",
      [("in recent years", "PXY")]),
    # "by day", "at night": a manner of travelling or working, every day or night of a stretch (opening a
    # sentence, "At night I slept in the bushes" is that day's night: time.part_of_day_habitual reads the context)
    R("set.by_day_at_night", "set", r"\b(?P<x>(?-i:at|by)\s+(?:night|day)s?)\b(?!\s+(?:of|before|after)\b)(?![’'])(?!-\w)",
      # a dash of two hyphens ends the phrase ("particularly at night--by tea caravans"); "by day-light" does not
      "every_day", [("resting by day and walking at night", "P1D"), ("broken, particularly at night--by", "P1D")],
      priority=1),
    # "the March following", "the following March": the next one after the running date
    R("rel.month_following", "relative",
      r"the\s+(?:month\s+of\s+)?(?P<month>{MONTHF})\s+(?P<dir>following|after|before|preceding|previous)\b"
      r"(?!\s+(?:the|his|her|their|a|an)\b)"
      r"|the\s+(?P<dir2>following|next|previous|preceding)\s+(?P<month2>{MONTHF})\b",
      "month_following", [("In the March following", "1912-03"), ("the previous December", "1910-12"),
                          ("in the month of December previous", "1910-12")]),
    # a journal's entry headed by its day or days alone, the month being the journal's ("29th and 30th.--")
    R("date.entry_days", "date",
      r"(?:^|(?<=\n))(?:(?P<weekday>{WEEKDAY}),?\s+)?(?P<day>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)"
      r"(?:\s+(?:and|&|to)\s+(?P<day2>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th))?(?=\.?\s*(?:--|—))",
      "entry_days", [("29th and 30th.--We rode on.", "1911-06-29/1911-06-30"), ("18th.--Calm.", "1911-06-18"),
                     ("Tuesday, 20th.--A gale.", "1911-06-20")]),
    # two days of one month: "October 3rd and 4th", "May 1st & 2nd, 1805"
    R("date.month_two_days", "date",
      r"(?P<month>{MONTH})\s+(?P<day>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:and|&)\s+"
      r"(?P<day2>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)(?:(?:,\s*|\s+)(?P<year>{YEAR}))?",
      "two_days", [("October 3rd and 4th", "1911-10-03/1911-10-04"), ("May 1st & 2nd, 1805", "1805-05-01/1805-05-02")]),
    # "mid-1996", "early-1990": the year (a part of a year has no agreed months)
    R("date.year_part_hyphen", "date", r"(?:mid|early|late)-(?P<year>{YEAR})", "year", [("mid-1996", "1996")]),
    # "year-end", "year's end": the end of the year being told
    R("rel.year_end", "relative", r"(?:the\s+)?year(?:['’]s\s+|-|\s+)end\b", "the_year", [("by year-end", "1911")]),
    # "the year-earlier period", "year-ago": the year before the time of writing
    R("rel.year_earlier", "relative",
      r"(?P<x>(?:the\s+)?year-(?:earlier|ago)\s+(?:period|results|levels?|figures?|months?)|year-(?:earlier|ago))\b",
      "year_earlier", [("the year-earlier period", "1910"), ("year-ago", "1910")]),
    # "the year", "the full year", "the fiscal year": the year being told (news: the year of writing)
    # a company's year that ends on a date is a length of time in TimeML: "for the year ended March 31"
    R("dur.the_year_ended", "duration",
      r"(?P<x>the\s+(?:fiscal\s+)?(?P<unit>year))(?=\s+end(?:ed|ing)\b)",
      "duration", [("in the fiscal year ended Jan. 31", "P1Y")]),
    R("rel.the_year", "relative",
      r"(?P<x>the\s+(?:full\s+|fiscal\s+|current\s+|whole\s+)?year)\b"
      r"(?!\s+(?:before|after|of|when|that|in|following|earlier|ago|since|round|around|to|which)\b|['’-]|\s*[0-9])",
      "the_year", [("for the year", "1911"), ("the fiscal year", "1911")], priority=-1),
]
