"""Did a move happen? The visit status of a motion verb, read from its parse.

actual, planned (intended, future), hypothetical (would, could, if, unless, had he gone), negated,
question, habitual (used to, every day), reported (said, rumoured, estimated) or recalled (since leaving). Only actual moves make legs;
the words that decide are tables here, the engine is `visit_status`.
"""
from __future__ import annotations

from .inflect import IRREGULAR, forms

# modal auxiliaries: what each makes of the verb it governs
MODALS = {"would": "hypothetical", "could": "hypothetical", "might": "hypothetical", "may": "hypothetical",
          "should": "hypothetical", "must": "hypothetical", "ought": "hypothetical",
          "will": "planned", "shall": "planned", "'ll": "planned", "’ll": "planned", "wo": "planned",
          "sha": "planned"}
# a verb of motion governed by one of these (as xcomp/ccomp) did not happen yet, or may not have
GOVERNORS = {
    "planned": {"intend", "plan", "hope", "want", "wish", "mean", "propose", "expect", "decide", "resolve",
                "determine", "try", "attempt", "prepare", "long", "desire", "arrange", "promise", "offer",
                "undertake", "purpose", "aim", "seek", "endeavour", "endeavor", "think", "contemplate",
                "consider", "prefer", "refuse", "ask", "beg", "urge", "advise", "order", "tell", "invite",
                "allow", "permit", "persuade", "be", "need"},
    # hearsay and belief; verbs that relay a fact ("reported that he was back in Tiflis", "learnt that")
    # are left out: the narrative uses them to tell what happened
    "reported": {"say", "rumour", "rumor", "claim", "believe", "estimate", "suppose", "suggest",
                 "allege", "assert", "doubt", "imagine", "fear", "assume", "guess", "calculate", "reckon",
                 "predict", "think", "expect", "add", "reply", "answer", "remark", "observe", "exclaim",
                 "whisper", "mutter", "insist", "protest", "retort", "pretend", "swear", "boast", "feel",
                 "suspect", "conclude", "presume", "conjecture", "infer", "hold", "maintain"},
}
# governors that, in the past tense, report what then happened ("he managed to reach", "he began to go")
COMPLETIVE = {"manage", "contrive", "succeed", "begin", "start", "continue", "proceed", "go", "come", "hasten",
              "make", "get", "happen", "chance", "venture"}
# subordinating words that make a clause conditional
CONDITIONAL_MARKS = {"if", "unless", "suppose", "supposing", "lest", "whether"}
# conjunctions of a time clause, whose present tense speaks of what is still to come
TIME_MARKS = {"till", "until", "when", "before", "once", "after"}
HABITUAL_WORDS = {"used", "usually", "often", "always", "generally", "habitually", "sometimes", "frequently",
                  "regularly", "ordinarily", "commonly", "customarily", "daily", "weekly", "monthly", "annually",
                  "ever", "whenever"}
NEGATIONS = {"not", "n't", "never", "no", "nor", "neither", "without"}


HABITUAL_GOVERNORS = {"use"}
# adjectives of belief whose clause says what someone thought: "sure that", "confident of being able to"
BELIEF_ADJECTIVES = {"sure", "certain", "convinced", "confident", "persuaded", "positive", "satisfied", "afraid",
                     "hopeful", "doubtful", "uncertain", "likely", "unlikely", "possible", "probable"}
# "as I was very anxious to reach Buenos Ayres": a wish, not yet a move
WISH_ADJECTIVES = {"anxious", "eager", "impatient", "keen", "desirous", "determined", "resolved", "ready",
                   "willing", "unwilling", "loath", "loth", "reluctant"}
# "I was informed that the cattle rushed into the Parana": what the narrator was told, in the passive
TOLD_PASSIVES = {"inform", "tell", "assure", "warn", "advise", "show"}


_FORMS = {k: forms(v) for k, v in GOVERNORS.items()}
_FORMS["completive"] = forms(COMPLETIVE)
_FORMS["habitual"] = forms(HABITUAL_GOVERNORS) | {"used"}
# verbs one does "of" or "about" a move without making it
_FORMS["musing"] = forms({"think", "dream", "talk", "speak", "despair", "tire", "weary", "hear", "read", "write",
                          "complain", "boast", "wonder", "care", "approve", "disapprove", "know"})


# "came to anchor", "came to rest": an idiom that the parser reads as an infinitive of purpose
COME_TO = {"anchor", "rest", "halt"}


def _is(tok, kind: str) -> bool:
    return tok.lower_ in _FORMS[kind] or tok.lemma_.lower() in _FORMS[kind]


def _infinitive(tok) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _own_status(v) -> str | None:
    """What a verb's own auxiliaries, negation and marks say of it, if anything."""
    kids = list(v.children)
    # "Had Mr. Fogg crossed the Pacific ...": the inverted conditional
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and any(c.dep_ == "aux" and c.lower_ in ("had", "were", "should") and c.i < subj.i
                                and c.i == v.sent.start for c in kids):
        return "hypothetical"
    if any(c.dep_ == "neg" or (c.lower_ in ("never",) and c.dep_ in ("advmod", "neg")) for c in kids):
        return "negated"
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in kids):
        return "hypothetical"
    for c in kids:
        if c.dep_ in ("aux", "auxpass") and c.tag_ == "MD":
            return MODALS.get(c.lower_, "hypothetical")
    if any(c.dep_ == "aux" and c.lower_ == "used" for c in kids):
        return "habitual"
    # "going to leave", "about to start": the future in the past
    if v.dep_ == "xcomp" and v.head.lower_ in ("going", "about") and v.head.head.lemma_ == "be":
        return "planned"
    return None


# "instead of returning", "rather than go", "without going": the move is the one not made
NOT_MADE_PREPS = {("instead", "of"), ("rather", "than"), (None, "without")}
# verbs whose object does what a bare verb says ("made him go", "saw them leave"): the move happened
CAUSATIVES = {"make", "let", "help", "see", "watch", "hear", "bid", "have", "feel", "notice"}


def _not_made(v) -> bool:
    if v.dep_ != "pcomp":
        return False
    prep = v.head
    before = next((c.lower_ for c in prep.children if c.dep_ == "advmod"), None)
    if prep.i > 0 and before is None:
        prev = prep.doc[prep.i - 1].lower_
        before = prev if prev in ("instead", "rather") else None
    return (before, prep.lower_) in NOT_MADE_PREPS or (None, prep.lower_) in NOT_MADE_PREPS


def _bare_unrealised(v) -> bool:
    """A base-form verb without 'to', a modal or 'do' ("planning to drop by, collect the money and catch
    the train"): a plan or an instruction, unless a causative governs it ("made him go")."""
    if v.tag_ != "VB" or _infinitive(v):
        return False
    if IRREGULAR.get(v.lower_, v.lower_) != v.lower_:
        return False    # "he bade adieu": a past form the tagger does not know, not a base form
    if any(c.dep_ in ("aux", "auxpass") for c in v.children):
        return False
    head = v.head
    if v.dep_ in ("ccomp", "xcomp") and head.lemma_.lower() in CAUSATIVES:
        return False
    if v.dep_ == "conj":
        return False       # shares its first conjunct's status, read by the climb
    return v.dep_ != "ROOT" or v.sent[-1].text != "!"


# verbs with which a narrator tells what they did ("When I said I spent last night at Hall's Gulch")
_TELLING = {"say", "tell", "reply", "answer", "add", "remark", "explain", "mention"}


def _told_that(v) -> bool:
    """'I was informed by an eye-witness that the cattle rushed into the Parana': a that-clause under a verb
    of being told is hearsay, wherever the small model hangs it."""
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in v.children):
        return False
    verb = next((a for a in v.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.lemma_.lower() in TOLD_PASSIVES and any(c.dep_ == "auxpass" for c in verb.children)


def _own_account(verb, clause) -> bool:
    """'I said I spent last night at X': the narrator telling of their own deed states it, unlike
    hearsay or belief."""
    def first_person(v):
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("i", "we") for c in v.children)
    return verb.lemma_.lower() in _TELLING and first_person(verb) and first_person(clause)


def visit_status(v) -> str:
    """The visit status of motion verb token `v` (a spaCy Token)."""
    if v.dep_ in ("advcl", "xcomp") and _infinitive(v) and v.head.lemma_.lower() == "come" \
            and v.lemma_.lower() in COME_TO:
        return visit_status(v.head)     # "the ship came to anchor off the island": anchored, no purpose
    own = _own_status(v)
    if own:
        return own
    if v.tag_ == "VBG" and v.dep_ == "advcl" and v.head.lemma_ == "be" \
            and any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "while") for c in v.children):
        # "When going to Lisbon, the elasticity of my mind was sufficient": the journey dates a state of
        # mind; only a deed in the main clause ("when going to Paris, he stopped at Dijon") tells it
        return "recalled"
    if v.tag_ in ("VBP", "VBZ") and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in v.children):
        return "planned"     # "Adieu! till I arrive at Copenhagen": a time clause in the present is ahead
    if _not_made(v):
        return "negated"
    if v.dep_ == "pcomp" and v.head.lower_ == "since" or any(c.dep_ == "mark" and c.lower_ == "since"
                                                             for c in v.children):
        return "recalled"     # "since leaving London", "since I left Monastier": a look back at a move told
    if v.tag_ == "VBG" and v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.head.pos_ == "NOUN":
        # "referred to his conduct in disguising himself on the road to Fréjus": a move named, not told
        return "recalled"
    if v.dep_ == "relcl" and v.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d", "’d")
                                                     for c in v.children):
        # "we met the coach in which we had travelled eighteen months before, from Lyons to Montpellier": a
        # journey a relative clause recalls in the past perfect is behind the story
        return "recalled"
    if _bare_unrealised(v):
        return "planned"
    if _told_that(v):
        return "reported"
    # climb the clauses that govern it: "he hoped to reach X", "if he had left X", "said that he went"
    tok, depth = v, 0
    while tok.dep_ in ("xcomp", "ccomp", "conj", "advcl", "acl", "relcl", "pcomp", "pobj", "prep") and depth < 6:
        head = tok.head
        if head.i == tok.i:
            break
        if tok.dep_ == "conj":
            st = _own_status(head) or ("planned" if _bare_unrealised(head) else None) \
                or ("negated" if _not_made(head) else None)
            # coordination shares the auxiliaries only when it has none of its own ("he would not stay but left")
            if st and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in tok.children):
                return st
        elif tok.dep_ in ("xcomp", "ccomp"):
            if _is(head, "habitual") and tok.dep_ == "xcomp":
                return "habitual"
            if _is(head, "completive") and head.tag_ in ("VBD", "VBN") and tok.dep_ == "xcomp":
                st = _own_status(head)
                if st:
                    return st
            elif _is(head, "reported") and tok.dep_ == "ccomp" and not _own_account(head, tok):
                return "reported"
            elif _is(head, "planned") and tok.dep_ == "xcomp":
                # "decided to go" plans; "had to go" (obligation met) and "was to go" are read as plans too
                return "planned"
            st = _own_status(head)
            if st in ("negated", "hypothetical", "planned"):
                return "planned" if st == "negated" and tok.dep_ == "xcomp" else st
        if head.pos_ == "ADJ" and head.lower_ in WISH_ADJECTIVES and tok.dep_ == "xcomp":
            return "planned"
        if head.pos_ == "ADJ" and head.lower_ in BELIEF_ADJECTIVES and tok.dep_ in ("ccomp", "pcomp", "prep", "xcomp"):
            return "reported"     # "Fix felt sure that Fogg was going on to Bombay": a belief, not a deed
        elif tok.dep_ == "advcl":
            if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in tok.children):
                return "hypothetical"
        elif tok.dep_ in ("pcomp", "prep") and head.pos_ in ("VERB", "AUX"):
            # "thought of returning to Estes Park", "talked of going": a move thought about, not made
            if tok.dep_ == "prep" and tok.lower_ in ("of", "about") and _is(head, "musing"):
                return "planned"
            # "By going to Nagasaki we should ...": a means or a manner shares its clause's mood
            st = _own_status(head)
            if st in ("hypothetical", "planned"):
                return st
        if tok.dep_ in ("relcl", "acl", "advcl") and _infinitive(tok):
            return "planned"      # "money to stay", "(in order) to reach": a purpose, not a deed
        tok, depth = head, depth + 1
    # a question the narrator asks
    sent = v.sent
    if sent[-1].text == "?" or (len(sent) > 1 and sent[-2].text == "?"):
        return "question"
    if any(c.lower_ in HABITUAL_WORDS and c.dep_ in ("advmod", "aux") for c in v.children):
        return "habitual"
    # "left Irkutsk every day", "each winter they went to Nice"
    if any(c.dep_ in ("npadvmod", "advmod", "dobj") and any(g.lower_ in ("every", "each") and g.dep_ == "det"
                                                            for g in c.children) for c in v.children):
        return "habitual"
    return "actual"
