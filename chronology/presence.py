"""Presence from the parse: a place where the subject is, told by a scene rather than a verb of motion
("At Avignon his escape was almost miraculous", "I was at large in Pretoria", "Idaho Springs ..., where we
took a team"). The words that decide are tables here; the move layer is motion.py."""
from __future__ import annotations

from typing import Optional

from .motion import Motion, _head_of_span, _subject_of
from .motion_words import PLACE_PARTS
from .visit_status import visit_status

# "At Avignon his escape was almost miraculous", "Near Orgon a mob beset the carriage", "In Irkutsk we ...":
# a locative phrase that opens the sentence sets the scene, so whoever the clause is about is there
PRESENCE_PREPS = {"at", "in", "near", "outside"}
BEING_PREPS = {"at", "in", "beyond", "near", "off"}   # "off": at sea, by a coast or cape
# "was condemned to four years in Turukhansk", "was ordered to live in Vologda": where one is sent, not
# where one is
NOT_THERE_PASSIVES = {"condemn", "sentence", "order", "exile", "banish", "appoint", "elect", "summon", "invite",
                      "expect", "want", "forbid", "ban", "permit", "allow", "promise", "offer", "assign", "post",
                      "register", "confine", "bury", "born", "bear", "publish", "print", "found", "establish"}
MEETING_VERBS = {"join", "meet", "receive", "greet", "welcome", "overtake", "rejoin", "find", "visit"}


_WHERE_REACH = 14    # tokens from a place to the ", where" that refers back to it


def _where_clause(span):
    """'Idaho Springs, a resort deserted now, where we took a team': the verb of the relative clause that
    says what was done at the place, or None. Read from the words, since the small model often hangs
    such a clause on the wrong noun: the first ', where' after the place, no other name between."""
    doc, end = span.doc, span.end
    for t in doc[end:min(end + _WHERE_REACH, span.sent.end)]:
        if t.is_sent_end:
            return None
        if t.pos_ == "PROPN" and not (t.dep_ in ("conj", "compound") or t.head.dep_ == "conj"):
            return None     # another name the clause may be about; "Kirinsk and Vitimsk, where" holds both
        # (", where we took", or in brackets: "Buda (where we arrived very early the twenty-second)")
        if t.lower_ == "where" and t.i > 0 and doc[t.i - 1].text in (",", "(") and t.head.pos_ in ("VERB", "AUX"):
            return t.head
    return None


def _now_in_progress(verb) -> bool:
    """'where I am waiting for horses': the present progressive says where the writer is as they write."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("am", "are", "is") for c in verb.children)


def _own_clause(verb) -> bool:
    """'At Cannes there was general indifference; at Grasse it was found ...': the small model hangs a
    clause ended by a semicolon on the next one, as if it were what is found; it is a sentence of its own."""
    return verb.dep_ == "ccomp" and verb.i < verb.head.i and any(
        t.text in (";", ":") for t in verb.doc[verb.i:verb.head.i])


def presence_for(span) -> Optional[Motion]:
    """A place in a scene-setting locative that opens its sentence (before the main verb), or one that a
    'where' clause says something was done at."""
    tok = _head_of_span(span)
    for _ in range(3):
        if tok.dep_ in ("conj", "appos", "compound") and tok.head.i != tok.i:
            tok = tok.head
    where = _where_clause(span)
    if where is not None and (where.tag_ in ("VBD", "VBN") or _now_in_progress(where)) \
            and visit_status(where) == "actual":
        mover, _ = _subject_of(where)
        return Motion(role="at", cls="stay", verb=where, visit="actual", mover=mover, presence=True,
                      writing=_now_in_progress(where))
    # "ashore on the strand of the Gulf of Jouan", "at the gates of Grenoble": the part stands for the place
    part = tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in PLACE_PARTS \
        and tok.head.head.dep_ == "pobj"
    if part:
        tok = tok.head.head
    if tok.dep_ != "pobj":
        return None
    prep = tok.head
    sent = prep.sent
    if prep.lower_ in ("at", "in") and not any(t.pos_ in ("VERB", "AUX") for t in sent) \
            and all(t.is_punct or t.pos_ in ("ADV", "CCONJ") for t in sent.doc[sent.start:prep.i]):
        # "At Inverness at last.", "In Tomsk again.": a diary's verbless line says where the writer is
        return Motion(role="at", cls="stay", verb=prep, visit="actual", mover=None, presence=True, fronted=True)
    # "From Luc onward the company was protected": the way goes on from there
    onward = prep.lower_ == "from" and any(c.lower_ in ("onward", "onwards", "forward") for c in
                                           list(prep.children) + list(tok.children) + [prep.doc[min(tok.i + 1, len(prep.doc) - 1)]])
    if (prep.lower_ not in PRESENCE_PREPS | BEING_PREPS and not onward and not (part and prep.lower_ == "on")) \
            or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ in ("ADJ", "ADV") and verb.dep_ in ("acomp", "advmod") and verb.head.lemma_ == "be":
        verb = verb.head        # "I was at large in Pretoria"
    elif verb.pos_ == "NOUN" and verb.dep_ == "pobj" and verb.head.head.pos_ in ("VERB", "AUX") \
            and prep.i > verb.i:
        verb = verb.head.head   # "we were shunted on to a siding at Komati Poort": the siding is there
    elif verb.pos_ == "NOUN" and verb.dep_ == "dobj" and verb.head.lemma_ in MEETING_VERBS and prep.i > verb.i:
        verb = verb.head        # "I found an excellent inn at Fredericstadt": what one found there, one was at
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("ROOT", "conj") and not _own_clause(verb):
        return None
    # "I was in Pretoria", "we were shunted on to a siding at Komati Poort": being somewhere, said of
    # the subject after the verb; any other verb must have the place at the front of the sentence
    being = (verb.lemma_ == "be" and (prep.lower_ in BEING_PREPS or part and prep.lower_ == "on")) or (
        prep.lower_ in ("at", "in") and any(c.dep_ == "auxpass" for c in verb.children)
        and verb.lemma_ not in NOT_THERE_PASSIVES) or (
        # "Ney joined Napoleon at Auxerre": whom one meets somewhere is there
        prep.lower_ in ("at", "in", "off") and verb.lemma_ in MEETING_VERBS)
    if (prep.i > verb.i or prep.lower_ not in PRESENCE_PREPS and not onward) and not being:
        return None
    if being:
        mover, _ = _subject_of(verb)
        if verb.tag_ not in ("VBD", "VBN") or visit_status(verb) != "actual":
            return None
        return Motion(role="at", cls="stay", verb=verb, visit="actual", mover=mover, presence=True,
                      fronted=prep.i < verb.i)
    # only a phrase at the front: nothing before it but adverbs, other fronted phrases ("On 16 April, in
    # Tornio, ...") and punctuation (entities are not read here: the recogniser runs only for new stops)
    first = verb.sent.start
    before = [t for t in verb.doc[first:prep.i] if not (t.is_punct or t.pos_ in ("ADV", "CCONJ", "DET", "NUM"))]
    if before and not all(t.head.i < prep.i or t.i < prep.i and t.head.dep_ == "prep" and t.head.head.i == verb.i
                          for t in before):
        return None
    mover, _ = _subject_of(verb)
    visit = visit_status(verb)
    # "At Saint-Cannat he would not touch a morsel": what one did not do there still places one there;
    # only a counterfactual ("would have been arrested") or a plan does not
    if visit in ("negated", "habitual") or visit == "hypothetical" and not any(
            c.lower_ == "have" and c.dep_ == "aux" for c in verb.children):
        visit = "actual"
    return Motion(role="at", cls="stay", verb=verb, visit=visit, mover=mover, presence=True, fronted=True)
