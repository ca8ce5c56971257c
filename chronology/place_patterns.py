"""The regular expressions of place names and of the phrases around them: how a name is spelled in running
text (capitals, particles, saints, line breaks), what ends its phrase, a clause's end, a heading in title case;
`places.py` applies them.
"""
from __future__ import annotations

import re

from .wordlist import alternation as _alt

# the letters of a name after its capital; a single hyphen joins ("Aix-en-Provence"), a double one is a dash
# ("Arrived at Munich--Balbi I Set Out")
LETTERS = r"(?:[\w’']|-(?=\w))+"
# words of a name are apart by a space, a hyphen or a line break (CRLF in an e-book: "Pall\r\nMall")
SEP = r"(?:\r\n|[\s\-])"
# a capitalised name of one or two words, which may hold a particle: Borgo de Valsugano, Frankfurt am Main
BODY = (r"[A-Z][a-z]" + LETTERS + r"(?:(?:" + SEP + r"(?:de|di|da|del|della|du|des|la|le|von|van|am|an|sur|upon|on))?"
        + SEP + r"[A-Z][a-z]" + LETTERS + r")?")
# ...the particles of names after a cue of motion, where 'on' and 'an' open a time ("left Bombay on Monday")
PARTICLE = r"(?:" + SEP + r"(?:de|di|da|del|della|du|des|la|le|von|van|sur))?"
# an abbreviated Saint opens the name it belongs to: "St. Jean du Gard", "Ste. Marie", "S. Giorgio"
SAINT = r"(?:(?:St|Ste|Sta)\.?\s+|S\.\s+)"
# ...a saint's name may be two letters: "St. Fe" (Santa Fe), "St. Ives" is longer
SAINT_BODY = r"(?:" + BODY + r"|[A-Z][a-z](?![\w’'\-]))"
# ...and may hold one more word: "St. Etienne de Vallee Francaise"
NAME = r"(" + SAINT + SAINT_BODY + r"(?:" + SEP + r"[A-Z][a-z]" + LETTERS + r")?|" + BODY + r")"
# a time phrase inside a list of stops: "reached Port Said, and two days later Ismailia"
LIST_TIME = (r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a\s+few|several)\s+"
             r"(?:days?|weeks?|months?)\s+later|the\s+next\s+day|next\s+day|soon\s+after)")
# where a clause ends before a word: a stop (a closing quote may follow) or a blank line
CLAUSE_END = re.compile(r"[.!?;:][”\"’')\]]*\s|\n\s*\n")
# a participle's ending and the forms of being, before 'by' and an agent ("was escorted by Cossacks")
PARTICIPLE = re.compile(r"(?:ed|en|wn|ne|de)$")
BEING = {"was", "were", "been", "be", "being", "is", "are", "am"}
# a name that ends its phrase: punctuation, or a word that opens the next one
PHRASE_END = re.compile(r"\s*(?:[,;.:!?)—]|--|$)|\s+(?:to|and|or|in|on|at|into|for|where|which|with|thence|then|"
                        r"after|before|we|he|she|they|I|it|our|his|their)\b")
# a landform named after a town: "Pula Bay", "Boulder Canyon", "the Gulf of Cagliari"
LANDFORM_KIND = {"bay": "bay", "cove": "bay", "harbour": "bay", "harbor": "bay", "roads": "bay", "gulf": "gulf",
                 "canyon": "valley", "cañon": "valley", "gulch": "valley", "valley": "valley", "pass": "pass",
                 "gap": "pass", "lake": "lake"}
AFTER_TOWN = re.compile(r"(?P<t1>[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+)?)\s(?P<w1>Bay|Cove|Harbour|Harbor|Roads|Canyon|"
                        r"Cañon|Gulch|Valley|Pass|Gap|Lake)|(?P<w2>Bay|Gulf|Lake)\sof\s(?P<t2>[A-Z][\w’'\-]+)")
# an appositive that says the name is running water ("the Monge, another brackish stream")
WATER_APPOSITIVE = re.compile(r",\s+(?:a|an|another|the)\s+(?:[\w-]+\s+){0,3}?(?:stream|river|rivulet|brook|creek|"
                              r"torrent|tributary|affluent)s?\b", re.IGNORECASE)
# "the island of Hawaii", "the isle of Wight": the phrase may be the island's own name
ISLAND_OF = re.compile(r"\b(?:island|isle)\s+of\s+$", re.IGNORECASE)
# "to the river Chalus", "the stream Saladillo": a water named so is a river, not the town of that name
WATER_BEFORE = re.compile(r"\b(?:river|rivers|rivulet|stream|brook|creek|torrent|tributary)\s+$", re.IGNORECASE)
# "4 miles above Grand river", "the Kanzas river": a name before a lower-case water word is the river's
WATER_AFTER = re.compile(r"\s+(?:river|rivers|creek|rivulet|brook)\b")
# "at the mouth of the Osage River", "4 miles above Grand river": on a river journey, the point where a river
# ends (the rivers table's point) is where the boats are; to cross or go toward a river is not
RIVER_END_BEFORE = re.compile(r"\b(?:(?:mouth|mouths|entrance|enterance|entrence|confluence|junction|forks)\s+of|"
                              r"above|below)\s+(?:the\s+)?(?:(?:great|little|big)\s+)?$", re.IGNORECASE)
# "Salt River", "Wood's", "Young's Point": a name that says it is water, land or someone's is a town only under the town's
# own name (Fall River, Massachusetts), never as an alternate name a far town lists (Phoenix lists Salt River)
OWN_NAME_ONLY = re.compile(r"\s(?:River|Creek|Lake|Bay|Mountain|Mountains|Falls|Spring|Springs|Valley|Gap|Island|Camp)$|"
                           r"['’]s\b|s['’]$|^Camp\s")     # ...and "Young's Point", "Perkins'", "Camp Butler": someone's
# the words before a place someone goes to: the story's scene moves there
ARRIVING = re.compile(r"\b(?:to|for|towards?|reached|reaching|arrived\s+(?:in|at)|arriving\s+(?:in|at)|"
                      r"back\s+(?:in|to|at)|settled\s+in)\s+(?:the\s+)?$", re.IGNORECASE)
# a capitalised word (and maybe a particle) before a name: the name is the end of a longer one ("Dar es
# Salaam", "St. Fe Bajada"); an article or a sentence's first word is no part of it
LONGER_NAME = re.compile(r"\b(?!(?:The|A|An|In|At|On|To|And|But|From|By|Of)\b)[A-Z][\w’'\-]*\.?\s+"
                         r"(?:(?:es|de|di|da|del|du|la|le|el|al|of|on|upon|am|an|sur|y)\s+)?$")
# a capitalised word right before a name, not the first of its sentence ("Salt" in "to Salt Lake City")
WORD_BEFORE = re.compile(r"(?<=[a-z,] )([A-Z][a-z]+)(?:[ \t]|\r?\n)$")
# what follows a name: a capitalised word (the name goes on), a lower-case one ("went to the Elector's confessor":
# a name in the possessive before a common noun owns it, it is no place)
# "heard from Banks, who was on the Red River": a name the relative "who" follows is someone's, unless it
# stands after "of" or "the" ("the Sultan of Simbamwenni, who"; "the Bajada, who": the who is the head noun's)
PERSON_WHO = re.compile(r"(?<!\bof )(?<!\bthe )(?<!\bThe )\b([A-Z][a-z][\w’'\-]*),?\s+who(?:m)?\b")
CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
COMMON_NEXT = re.compile(r"\s+[a-z]")


def title_case_line(text: str, at: int) -> bool:
    """The line holding offset `at` is a heading in title case: four words or more, most capitalised, and
    no sentence (no full stop at its end) unless a run of phrases between dashes ("Napoleon Ready to
    Reappear -- Reasons for his Determination -- ..."); a sentence full of names is none."""
    a, b = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    line = text[a:b if b >= 0 else len(text)]
    words = re.findall(r"[A-Za-z][\w'’]*", line)
    if len(words) < 4 or sum(w[0].isupper() for w in words) < 0.6 * len(words):
        return False
    return len(re.split(r"\s*(?:--|—|–)\s*", line)) >= 3 or not re.search(r"[.!?…]\W*$", line)


def whole_spans(text: str, names: set[str]) -> dict[str, list[tuple[int, int, bool]]]:
    """(start, end, followed by a capitalised word) of every whole occurrence of each name."""
    out: dict[str, list[tuple[int, int, bool]]] = {}
    if names:
        rx = re.compile(r"(?<![\w\-])(?:" + _alt(names) + r")(?![\w\-])")
        for m in rx.finditer(text):
            out.setdefault(m.group(0), []).append((m.start(), m.end(), bool(CAPITAL_NEXT.match(text, m.end()))))
    return out
