"""Plain-text markup that is not the words: the underscores with which Project Gutenberg's plain texts set
italics ("_Vienna, Jan_. 16. O. S. 1717.", "_P. S._"). Read past, they hide a month from the date rules and
a town from the place rules, so they become spaces: same length, same offsets."""
from __future__ import annotations

import re

# an underscore opening or closing an italic run: next to a letter (or a closing stop), not in a run of them
# ("at ____ P M" is a blank left for a number) and not inside a word ("snake_case")
_OPENING = re.compile(r"(?<![\w_])_(?=[^\W\d_])")
_CLOSING = re.compile(r"(?<=[^\W_]|[.,;:!?'’)])_(?![\w_])")
# "Jan_." : the stop after the closing underscore belongs to the abbreviation
_BEFORE_STOP = re.compile(r"(?<=[^\W\d_])_([.,;:])")
# "'_London, December 30th_.--": a quotation opened on an italic run keeps its quote mark next to the words
_AFTER_QUOTE = re.compile("(['\"\u2018\u201c(\\[])_(?=[^\\W_])")


def unmark(text: str) -> str:
    """The text with italic underscores blanked, an abbreviation's stop kept next to it."""
    if "_" not in text:
        return text
    text = _BEFORE_STOP.sub(lambda m: m.group(1) + " ", text)
    text = _AFTER_QUOTE.sub(lambda m: " " + m.group(1), text)
    text = _OPENING.sub(" ", text)
    return _CLOSING.sub(" ", text)
