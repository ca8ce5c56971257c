"""Who moves, read from the parse: a named person, a pronoun, a group with the subject in it, a
vehicle carrying whoever the story follows, a thing that carries no one. The word lists are tables;
`MoverRules` is mixed into the event finder (it reads `self.doc` and `self.who`)."""
from __future__ import annotations

from typing import Optional

from .attribution import PRONOUN, Word as _Word
from .person_words import ANIMAL_NOUNS, PERSON_NOUNS
from .motion import Motion
from .motion_words import JOURNEY_NOUNS

# nouns for a group the subject may travel in: read like "they"
GROUP_WORDS = {"party", "travellers", "travelers", "company", "column", "caravan", "expedition", "troop", "escort",
               "convoy", "group", "band", "passengers", "fugitives", "prisoners", "pair", "couple", "procession",
               "cortège", "cortege", "retinue", "suite", "army", "troops", "force", "detachment", "adventurers",
               "voyagers", "explorers", "companions"}
# a vehicle that moves carries whoever the story follows aboard it ("the train reached Frere")
VEHICLE_WORDS = {"train", "steamer", "ship", "boat", "vessel", "frigate", "brig", "coach", "stage", "carriage",
                 "sledge", "sleigh", "cart", "wagon", "car", "diligence", "gondola", "ferry", "express", "mail"}


SCENE_TYPES = {"city", "town", "village"}
MOVING_REACH = 1500    # characters: how long after a move the story is still on the road
# personal and possessive pronouns, as the pronoun attribution reads them
_PERSONAL = {"he": "he", "him": "him", "his": "he", "she": "she", "her": "her", "i": "I", "me": "me", "my": "I",
             "we": "we", "us": "us", "our": "we"}



RELATIVES = {"which", "that", "who", "whom"}
# subjects of motion verbs that are not travellers: what arrives is news of someone, not someone
NOT_TRAVELLERS = {"news", "account", "letter", "report", "word", "message", "rumour", "rumor", "telegram",
                  "information", "intelligence", "tidings", "escape", "flight", "arrival", "departure", "return",
                  "road", "railway", "river", "line", "track", "path", "route", "stream", "current", "wind",
                  "smoke", "sound", "light", "mail", "post", "order", "command", "decree", "proclamation"}


def _some_vehicle(tok) -> bool:
    """'a carriage', 'another train', 'an empty cart': a vehicle first met in the sentence, not the one the
    story travels in ('the train', 'our sledge')."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "another", "some", "no") for c in tok.children)


def _all_of(tok) -> bool:
    """'the men were all ashore', 'all the party': a plural quantified whole takes in the one it follows."""
    if tok.tag_ != "NNS":
        return False
    return any(c.lower_ in ("all", "both") for c in list(tok.children) + list(tok.head.children)
               if c.dep_ in ("det", "predet", "advmod", "quantmod", "nummod"))


def _named_vessel(tok) -> bool:
    """'the Mongolia', 'the Induna': a proper name with the article may be a ship's or a train's."""
    return tok.pos_ == "PROPN" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _marked_name(tok) -> bool:
    """A name set in italics (_Onward_) or quotation marks ("Induna"): a ship, a paper, a book."""
    t = tok.text
    if len(t) > 2 and t[0] == t[-1] == "_":
        return True
    if not t[:1].isupper():
        return False    # the "army", in the narrator's irony: a common word in quotation marks
    i = tok.i
    return 0 < i < len(tok.doc) - 1 and tok.doc[i - 1].text in ('"', "“", "'", "‘", "_") \
        and tok.doc[i + 1].text in ('"', "”", "'", "’", "_")


class MoverRules:
    """Who a parsed move belongs to (mixed into events.EventFinder)."""

    def _mover_if_clear(self, mo: Motion, sent, resolve: bool = True) -> Optional[tuple[str, bool]]:
        """The parse's mover where the grammar settles it: a person named or a pronoun as the verb's
        subject, another proper name, or a thing that is not a traveller ("the news reached Vienna",
        "Napoleon's escape reached Vienna"). A common noun for a person ("the Caucasian") is left to the
        text-level attribution, which knows the story's epithets."""
        tok = mo.mover
        if tok is None:
            return None
        lemma = tok.lemma_.lower()
        # a vehicle, a named vessel arriving, or the ship of "the voyage of the Induna"
        voyage_of = tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in JOURNEY_NOUNS
        if _marked_name(tok) and mo.cls != "arrive" and not voyage_of and not self._is_person(tok):
            return tok.text, False   # "the _Onward_ sailed for San Francisco": those aboard are not said
        vessel = (mo.cls == "arrive" and _named_vessel(tok)) or voyage_of
        if lemma in VEHICLE_WORDS and tok.tag_ == "NNS":
            return tok.text, False     # "hundreds of sledges left Irkutsk": traffic, not the subject's own
        if lemma in VEHICLE_WORDS and (_some_vehicle(tok) or self._someone_elses(tok)):
            # "an empty carriage returning to St. Jean kept upon my tracks", "the vessel of Tafur had reached"
            return tok.text, False
        if lemma in VEHICLE_WORDS or (vessel and not self._is_person(tok)):
            # a train reaching a town carries whoever the story follows; a steamer crossing an ocean in a
            # third-person story may be any steamer
            aboard = mo.cls == "arrive" or voyage_of or self.who.subject.narrator
            return tok.text, aboard and self.subject_aboard(sent.start)
        companion = self._companion(mo, sent)
        if companion is not None:
            return companion
        if lemma in GROUP_WORDS and (tok.dep_ in ("nsubj", "nsubjpass") or mo.verb.head.i == tok.i) and not any(
                c.dep_ == "poss" or c.lower_ in ("a", "an", "another") for c in tok.children) \
                and lemma not in ("pair", "couple"):     # read like "they" by the attribution
            # "the 'army' set out for Laffray", "the party reached Yakutsk": the group the story follows
            return tok.text, self.who.topic_is_subject
        if lemma in JOURNEY_NOUNS and tok.dep_ in ("nsubj", "nsubjpass") and not any(
                c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) \
                and not _some_vehicle(tok):
            # "[The trip to Jeffersonville was made by rail]", "the voyage to Madeira took nine days": a journey
            # no one is said to own is the one the story follows, as a train is
            return tok.text, self.subject_aboard(sent.start)
        if lemma in NOT_TRAVELLERS or lemma in ANIMAL_NOUNS and tok.pos_ == "NOUN" \
                or any(c.dep_ == "poss" for c in tok.children) and lemma not in GROUP_WORDS:
            return tok.text, False
        if tok.dep_ == "nsubjpass" and tok.pos_ == "NOUN" and lemma not in GROUP_WORDS \
                and not any(c.lower_ in ("all", "both") for c in tok.children):
            # "the emissary was despatched": the one sent, unless the noun is one of the subject's names
            sub = list(tok.subtree)
            off = self.doc.parse.offset(sub[0])
            named = self.who.people_in(off, self.doc.parse.offset(sub[-1]) + len(sub[-1].text))
            return tok.text, any(n[2] for n in named)
        if tok.pos_ in ("PRON", "PROPN") and resolve:
            return self._parse_mover(mo, sent, self.doc.parse.offset(mo.verb))
        return None

    def _is_person(self, tok) -> bool:
        off = self.doc.parse.offset(tok)
        return bool(self.who.people_in(off, off + len(tok.text) + 40))

    def _companion(self, mo: Motion, sent) -> Optional[tuple[str, bool]]:
        """'Aouda travelled with him to Hong Kong': the subject travels as someone's companion."""
        for prep in mo.verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "with":
                for obj in prep.children:
                    w = _PERSONAL.get(obj.lower_)
                    if obj.dep_ == "pobj" and w is not None:
                        who = self.who.pronoun(_Word(w, self.doc.parse.offset(obj)), sent.start)
                        if who[1]:
                            return mo.mover.text, True
        return None

    def _someone_elses(self, vehicle) -> bool:
        """'the vessel of Tafur', 'Almagro's ship': a vehicle owned by someone named who is not the subject."""
        owners = [c for c in vehicle.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        owners += [g for c in vehicle.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        for owner in owners:
            off = self.doc.parse.offset(owner)
            named = self.who.people_in(off, off + len(owner.text) + 40)
            if named and named[0][0] == off:
                return not named[0][2]
        return False

    def subject_aboard(self, sent_start: int) -> bool:
        """A vehicle's move is the subject's in a first-person story, or while the story is about them."""
        return self.who.subject.narrator or self.who.topic_is_subject

    def _present(self, mo: Motion, sent) -> tuple[str, bool]:
        """Who a scene-setting locative places: the subject when the clause is about them (as its subject,
        by name or pronoun, or through a possessive: "At Avignon his escape was almost miraculous")."""
        parse = self.doc.parse
        # the clause's subject and object (and those of verbs coordinated with it), not its adverbials:
        # "Just before Stalin's arrival, Stolypin was assassinated in Kiev" does not place Stalin in Kiev
        heads = [mo.verb] + list(mo.verb.conjuncts)
        roles = [c for v in heads for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        someone_else = False
        for tok in (t for c in roles for t in c.subtree):
            w = _PERSONAL.get(tok.lower_)
            off = parse.offset(tok)
            if tok.dep_ in ("nsubj", "nsubjpass") and (tok.lower_ in GROUP_WORDS or _all_of(tok)):
                if self.who.topic_is_subject:
                    return tok.text, True
            if w is not None and tok.dep_ in ("nsubj", "nsubjpass", "poss", "dobj", "pobj"):
                who = self.who.pronoun(_Word(w, off), sent.start)
                if who[1]:
                    return tok.text, True
                someone_else = someone_else or tok.dep_ in ("nsubj", "nsubjpass")
            elif tok.pos_ == "PROPN" and tok.dep_ in ("nsubj", "nsubjpass", "poss", "dobj"):
                named = self.who.people_in(off, off + len(tok.text) + 40)
                if named and named[0][0] == off and named[0][2]:
                    return tok.text, True
                someone_else = someone_else or bool(named) and tok.dep_ in ("nsubj", "nsubjpass")
        # "At Cannes there was general indifference; at Grasse it was found that ...": a journey under way
        # is told by what happened at each stop, so a scene set at the front of a sentence is the
        # traveller's stop unless someone else named is what the clause is about
        if mo.fronted and not someone_else and self.on_the_move(sent.start):
            return (mo.mover.text if mo.mover is not None else "(scene)"), True
        return (mo.mover.text if mo.mover is not None else "(scene)"), False

    def on_the_move(self, pos: int) -> bool:
        """Whether the subject's last actual move (not a stay) was told shortly before `pos`."""
        last = getattr(self, "_moving_at", None)
        return last is not None and 0 <= pos - last <= MOVING_REACH

    def _parse_mover(self, mo: Motion, sent, vpos: int) -> tuple[str, bool]:
        """Who moves, from the parse: a named person, a pronoun, a group with the subject in it."""
        text, parse = self.doc.text, self.doc.parse
        if mo.presence:
            return self._present(mo, sent)
        if mo.mover is None:
            return self.who.actor(sent.start, vpos)
        clear = self._mover_if_clear(mo, sent, resolve=False)
        if clear is not None:
            return clear
        best: Optional[tuple[str, bool]] = None
        for tok in [mo.mover] + list(mo.mover.conjuncts):
            off = parse.offset(tok)
            sub = list(tok.subtree)
            a, b = parse.offset(sub[0]), parse.offset(sub[-1]) + len(sub[-1].text)
            bare = tok.text.lstrip("-—–_")
            if bare != tok.text and bare.lower() in _PERSONAL:
                # "_June 4th._--We set off": the tokenizer leaves the dash on the pronoun
                m = PRONOUN.match(text, off + len(tok.text) - len(bare))
                who = self.who.pronoun(m, sent.start) if m else (tok.text, False)
            elif tok.lower_ in VEHICLE_WORDS and not list(tok.conjuncts):
                who = (tok.text, self.subject_aboard(sent.start) and not _some_vehicle(tok))
            elif tok.lower_ in RELATIVES and tok.head.dep_ == "relcl":
                # "the steamer which crossed the Pacific": the noun the clause hangs on moves; "boxes of tea
                # that had come from Peking": a thing, which carries no one
                noun = tok.head.head
                if noun.pos_ == "NOUN" and noun.lemma_.lower() not in PERSON_NOUNS | GROUP_WORDS | VEHICLE_WORDS:
                    return noun.text, False
                return self._parse_mover(Motion(mo.role, mo.cls, mo.verb, mo.visit, noun), sent, vpos)
            elif tok.pos_ == "PRON" and tok.lower_ not in _PERSONAL and tok.lower_ not in ("they", "them", "who"):
                who = (tok.text, False)     # "it got into the papers": not a traveller
            elif tok.pos_ == "PRON" or tok.lower_ in GROUP_WORDS:
                m = PRONOUN.match(text, off)
                if m is None and tok.lower_ in _PERSONAL:
                    m = _Word(_PERSONAL[tok.lower_], off)     # "our journey came to an end": we arrived
                who = self.who.pronoun(m, sent.start) if m else (tok.text, self.who.topic_is_subject)
            else:
                named = self.who.people_in(a, b)
                if named:
                    who = (text[named[0][0]:named[0][1]], any(n[2] for n in named))
                elif tok.pos_ == "NOUN" and any(c.lower_ in ("a", "an", "another") for c in tok.children):
                    who = (tok.text, False)     # "A tax-collector, on the way to his post at Goa": someone new
                elif tok.pos_ == "NOUN" and tok.lemma_.lower() not in PERSON_NOUNS and not mo.mover.conjuncts:
                    # a thing as the subject of a journey is most often a misparse ("the provisions ...
                    # took a train"): who moves is read from the text around it instead
                    return self.who.actor(sent.start, vpos)
                else:
                    who = (tok.text, False)
            if who[1]:
                return who
            best = best or who
        return best
