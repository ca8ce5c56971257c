"""The time of writing beside the story's running date: registers, datelines, quotation, tense.

Deictic words ("to-day", "last night", "this week", "now") point at the moment the words were
written: a news story's date, a letter's dateline. Anaphoric ones ("the next day", "that night")
point at the story's running date. Which of the two a deictic word takes depends on who speaks
(quoted speech speaks from inside the story) and on the register:
  news       the document date is the time of writing; bare months and weekdays are placed
             before or after it by the tense of the verb that governs them;
  letters    each dateline sets the time of writing for the text that follows it;
  narrative  there is no time of writing: deixis follows the running date.
"""
from __future__ import annotations

import re
from typing import Optional

REGISTERS = ("narrative", "letters", "news", "auto")

_QUOTES_OPEN = "“‘\""
# an opening mark may stand before the underscore that e-texts use for italics ('_London, December 30th_.')
_SINGLE_OPEN = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=[(\[—-]))['‘](?=_?[A-Za-z])")
_SINGLE_CLOSE = re.compile(r"(?<=[.,!?;:—-])['’](?=\s|$|[)\]—-])")
# words a verb group takes to look ahead, or to look back (spaCy tags)
# verbs whose object is a plan: a day attached to them lies ahead of the telling
_PLAN_VERBS = {"plan", "schedule", "expect", "intend", "slate"}
# words above an infinitive that make it a plan whatever their tense
_AHEAD_HEADS = _PLAN_VERBS | {"set", "due", "likely", "go", "hope", "want", "agree", "promise", "threaten", "vow"}
_FUTURE_AUX = {"will", "shall", "'ll", "wo", "’ll", "would", "'d", "might", "may", "must", "should"}


def is_dateline(text: str, start: int, end: int) -> bool:
    """A date that heads a letter or a diary entry: alone on a short line after a place name
    ("DENVER, November 9.", "Lourenço Marques: December 22, 1899,")."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    before, after = text[ls:start], text[end:le]
    if le - ls > 70 or after.strip(" .,;:") or "\n" in before:
        return False
    before = before.strip()
    return not before or (before[-1] in ",:" and not re.search(r"[.!?]", before[:-1]))


def auto_register(text: str, anchor_is_day: bool, dateline_count: int) -> str:
    """news when the document date is given to the day, letters when the text has datelines."""
    if dateline_count:
        return "letters"
    if anchor_is_day:
        return "news"
    return "narrative"


def in_quotation(text: str, offset: int) -> bool:
    """Inside quoted speech: an opening quote mark in the paragraph before the offset still open."""
    ps = text.rfind("\n\n", 0, offset) + 1
    seg = text[ps:offset]
    curly = seg.count("“") - seg.count("”")
    if "“" in seg or "”" in seg:
        return curly > 0
    if '"' in seg:
        return seg.count('"') % 2 == 1
    # single quotes for speech ('I am waiting to catch him.'), told apart from apostrophes: an opening
    # mark begins a word, a closing one ends a sentence or phrase; the speech is open when the last
    # opening mark comes after the last closing one ("the soldiers' tents" closes nothing opened)
    opened = [m.start() for m in _SINGLE_OPEN.finditer(seg)]
    closed = [m.start() for m in _SINGLE_CLOSE.finditer(seg)]
    return bool(opened) and (not closed or opened[-1] > closed[-1])


def in_apparatus(text: str, offset: int) -> bool:
    """In a footnote, sidenote or caption: a paragraph opening with '[' (editor's or author's later note), up to
    its closing bracket. A short bracketed label before the entry it heads ("[Clark, September 8, 1806] Munday
    8th September 1806 Set out ...") is an editor's heading of a journal's day, not a note: neither it nor the
    entry after it is apparatus."""
    ps = text.rfind("\n", 0, offset) + 1
    if text[ps:ps + 1] != "[":
        return False
    pe = text.find("\n", ps)
    pe = len(text) if pe < 0 else pe
    close = text.find("]", ps, pe)
    if close < 0 or _NOTE_MARK.fullmatch(text[ps + 1:close].strip().lower()):
        return True     # an unclosed bracket, or a note's number ("[20] May, 1878.--I am copying ...")
    heading = close - ps <= _LABEL_CHARS and pe - close > _ENTRY_CHARS
    return offset < close and not heading


_LABEL_CHARS, _ENTRY_CHARS = 60, 40     # a bracketed label heading an entry, and the least entry after it
_NOTE_MARK = re.compile(r"(?:footnote\s*)?[\divxlc*†‡a-z]{0,6}")    # a note's number or letter


def _finite_head_is_past(verb) -> bool:
    """The nearest finite verb above an infinitive is in the past tense and plans nothing."""
    tok = verb
    for _ in range(5):
        if tok.head is tok:
            return False
        tok = tok.head
        finite = [tok] + [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        tags = {t.tag_ for t in finite}
        if tok.lemma_ in _AHEAD_HEADS:
            return False      # "set to resume Monday", "due to meet Friday"
        if tags & {"VBD", "VBZ", "VBP", "MD"}:
            return "VBD" in tags and not ({t.lower_ for t in finite} & _FUTURE_AUX)
    return False


def tense_at(parse, offset: int, infinitive_follows_head: bool = False) -> Optional[str]:
    """past | perfect | present | future of the verb governing the word at offset (spaCy tags), None
    if unknown.
    An infinitive looks ahead ("no money to stay over the next day"); with infinitive_follows_head, as
    news reads it, one under a past verb that is no plan tells of the past."""
    tok = parse.token_at(offset)
    if tok is None:
        return None
    verb = tok
    through_noun = False      # the day hangs on a noun the verb governs: "planned a rally on Saturday"
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
        through_noun = through_noun or verb.pos_ == "NOUN"
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    group = [verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {t.lower_ for t in group}
    tags = {t.tag_ for t in group}
    if words & _FUTURE_AUX or ("going" in words and verb.tag_ == "VB") or (
            verb.lemma_ in _PLAN_VERBS and through_noun):
        return "future"       # "has scheduled a news conference Thursday", "planned a rally on Saturday"
    if verb.tag_ == "VB" and "to" in words:
        if infinitive_follows_head and _finite_head_is_past(verb):
            return "past"     # "celebrations to mark its entry into NATO on Friday were held"
        return "future"       # "is expected to meet Nov. 10", "plans to open in May"
    if "VBD" in tags:
        return "past"
    if (verb.tag_ == "VBN" or "been" in words) and words & {"has", "have", "'ve"}:
        # "have been searching for him since the Oct. 23 slaying": done by now; a letter's "up to the
        # present time they have been successful" still speaks of the time of writing
        return "perfect"
    if verb.tag_ == "VBG" and words & {"is", "are", "'s", "'re", "am"}:
        return "future"       # "is meeting Friday": a plan
    if tags & {"VBZ", "VBP"} or verb.tag_ == "VB":
        return "present"
    return None
