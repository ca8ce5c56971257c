"""Attribution: whose move a clause reports.

A trigger belongs to the nearest person named before it in its clause;
"he"/"she" is the person the text is currently about (kept per grammatical
gender); "I" inside a quotation is its speaker, else the narrator; a couple
named as an object are the movers of the sentences before.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Optional

from .models import PlaceMention
from .people import Subject
from .person_words import NAME_WORD, PERSON_NOUNS, PLURAL_MOVERS
from .text import Doc
from .wordlist import alternation

PRONOUN = re.compile(r"\b(?:he|she|they|we|I|him|her|them|us|me|the pair|the couple|the two|who)\b", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r"[;:—]|,\s+(?:but|while|whereas|and then|when)\b|\bbut\b|\bwhile\b|\bwhereas\b")
# a witness introduced by a verb of speech ("recalls Yakov") is not the one who moves
_SPEECH = re.compile(r"\b(?:recalls|recalled|remembers|remembered|says|said|writes|wrote|notes|noted|recounted|"
                     r"recounts|reminisces|reminisced|explained|added|told|according to)\s+(?:\w+\s+){0,2}$",
                     re.IGNORECASE)

_QUOTE = re.compile(r"“[^”]{1,3000}”|\"(?:[^\"\n]|\n(?!\s*\n)){1,3000}\""      # a line break, not a paragraph
                    # single marks, which are also apostrophes ("won't", "M'Neill"): a quotation opens a
                    # paragraph or follows a colon or comma, and closes after a full stop, comma, ! or ?
                    r"|(?:^|(?<=[:,]\s))['‘](?=\S)[^\n]{1,3000}?[.!?,]['’](?=\s|$)", re.MULTILINE)
_SPEECH_VERBS = (r"(?:said|says|recalled|recalls|recounted|recounts|remembered|remembers|wrote|writes|told|"
                 r"replied|answered|explained|added|declared|complained|reminisced|asked|resumed|continued|cried|"
                 r"exclaimed|observed|remarked|rejoined|murmured|whispered|shouted|inquired|enquired|demanded|"
                 r"responded|retorted|protested|insisted)")


_SAID_AFTER = re.compile(r"\s*,?\s*(?:" + _SPEECH_VERBS + r"\s+)?")          # '”, recalled Stalin'
_SPEECH_NEXT = re.compile(r"\s+" + _SPEECH_VERBS)                              # '”, Stalin recounted'
# "Mr. Fogg's whist partners": a possessor followed (within two words) by a noun for a person
_POSSESSOR_OF_PERSON = re.compile(r"['’]s?\s+(?:[a-z]+\s+){0,2}(?:" + alternation(PERSON_NOUNS) + r")s?\b")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n")
_SAID_BY_NOUN = re.compile(r"\s*,?\s*" + _SPEECH_VERBS + r"\s+(?:(?P<pron>he|she)\b|(?:the|a|an)\s+[a-z]+\b)")
_SAID_BEFORE = re.compile(r"\s+" + _SPEECH_VERBS + r"\b[^.“]{0,30}$")         # 'Stalin said: “'
# 'he had said: "', 'was expressed in his private journal in these words: "': a pronoun introduces the quotation
_INTRODUCED_BY = re.compile(r"\b(?P<pron>he|she|I|we|his|her|my|our)\b[^.!?“”\"]{0,80}?\b(?:" + _SPEECH_VERBS[3:-1]
                            + r"|journal|diary|letter|notebook|words)\b[^.!?“”\"]{0,40}[:,]\s*$")
_COMPANION = re.compile(r"\b(?:with|accompanied\s+by)\s+(him|her|them|me|us)\b", re.IGNORECASE)


_FIRST_PERSON = {"i", "we", "me", "us"}
_SUBORDINATE = re.compile(r"\b(?:when|whenever|as|after|before|if|while|although|though|because|since|until|once)\b",
                          re.IGNORECASE)
_AFTER_PREPOSITION = re.compile(r"\b(?:except|of|with|by|to|from|for|against|than|like|besides|beside|behind|"
                                r"towards?|upon|on|at|about|among|under)\s+$", re.IGNORECASE)
_SUBJECT_PRONOUNS = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
# "a visit from his sister Pauline", "with his aide Bertrand": a person introduced as someone's relation
_RELATION_OF = re.compile(r"\b(?:his|her)\s+(?:[\w'’-]+,?\s+){0,10}$", re.IGNORECASE)


# "the French", "the enemy", "his officers", "the combined fleets": plural movers a "they" may be
_PLURAL_MOVER = re.compile(r"\b(?:the|these|those|their|his|her|our|its|all|two|three|four|many|some)\s+"
                           r"(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:" + alternation(PLURAL_MOVERS) + r")\b")


# a clause led by someone new: an indefinite noun, or a title (data/place_cues.csv's titles, and clergy)
_INDEFINITE_LEAD = r"(?:[Aa]n?|[Aa]nother)\s+[\w-]+"


@lru_cache(maxsize=1)
def _someone_new() -> re.Pattern:
    from .place_words import cues
    titles = alternation(cues()["title"] + ["Rev", "Reverend", "Brother", "Sister"])
    return re.compile(r"[\s,;:—-]*(" + _INDEFINITE_LEAD + r"|(?:[Tt]he\s+)?(?:" + titles + r")\.?\s+[A-Z][\w.]*"
                      r"(?:\s+[A-Z]\w+)?)")
_NOMINATIVE = {"he", "she", "they", "we", "i"}


class Word:
    """A pronoun found otherwise than by PRONOUN, in the shape `pronoun` takes (a regex match's)."""

    def __init__(self, word: str, start: int):
        self.word, self._start = word, start

    def group(self, _=0) -> str:
        return self.word

    def start(self) -> int:
        return self._start


class Attribution:
    """Who a clause is about: the subject's names, other people's, pronouns and the running topic."""

    def __init__(self, doc: Doc, subject: Subject, places: list[PlaceMention]):
        self.doc, self.subject = doc, subject
        mine = subject.names()
        others = set(subject.other_names()) | _unlisted_people(doc, set(mine), places)
        self.subject_rx = _names_rx(mine)
        self.others_rx = _names_rx(others)
        self._people = self._all_people()
        self._people_starts = [p[0] for p in self._people]
        self.topic_is_subject = True
        # "he" and "she" follow different people: the topic is kept per grammatical gender
        self.subject_gender = None if subject.narrator else _text_gender(doc.text)
        g = self.subject_gender
        self.topic_by_gender = {"m": g == "m", "f": g == "f"} if g else {"m": not subject.narrator, "f": False}
        self._quotes = self._quote_speakers()

    def _all_people(self) -> list[tuple[int, int, bool]]:
        """Every name of a person in the text, the subject's winning where two overlap."""
        text = self.doc.text
        out = [(m.start(), m.end(), True) for m in self.subject_rx.finditer(text)] if self.subject_rx else []
        taken = {i for s, e, _ in out for i in range(s, e)}
        if self.others_rx:
            out += [(m.start(), m.end(), False) for m in self.others_rx.finditer(text) if m.start() not in taken]
        out.sort()
        return out

    def name_spans(self) -> list[tuple[int, int]]:
        """(start, end) of every person's name in the text."""
        return [(a, b) for a, b, _ in self._people]

    def people_in(self, a: int, b: int) -> list[tuple[int, int, bool]]:
        """Names that start in [a, b) and end by b."""
        i = bisect.bisect_left(self._people_starts, a)
        j = bisect.bisect_left(self._people_starts, b)
        return [p for p in self._people[i:j] if p[1] <= b]

    # ------------------------------------------------------------ quotations
    def _quote_speakers(self) -> list[tuple[int, int, Optional[bool]]]:
        """Each quotation with whether its speaker is the subject ('“I left Vienna,” Stalin recounted')."""
        text = self.doc.text
        self._quotes, self._quote_starts = [], []     # a pronoun read while they are found sees no quotation
        spans = [m.span() for m in _QUOTE.finditer(text)]
        # a quotation whose opening mark the text dropped (a chapter's first line) runs from its paragraph start
        for m in re.finditer(r"”", text):
            para = text.rfind("\n", 0, m.start()) + 1
            if "“" not in text[para:m.start()] and not any(a <= m.start() < b for a, b in spans):
                spans.append((para, m.end()))
        spans.sort()
        out = []
        for qa, qb in spans:
            speaker = None
            after = _SAID_AFTER.match(text, qb, qb + 40)
            near = self.people_in(qb, qb + 40)
            if near and near[0][0] - qb <= after.end() - qb + 1:
                if after.group(0).strip(" ,") or _SPEECH_NEXT.match(text, near[0][1], near[0][1] + 25):
                    speaker = near[0][2]
            if speaker is None:
                before = self.people_in(max(0, qa - 60), qa)
                if before and _SAID_BEFORE.match(text[before[-1][1]:qa]):
                    speaker = before[-1][2]
            if speaker is None:
                speaker = self._unnamed_speaker(qb)
            if speaker is None:
                intro = _INTRODUCED_BY.search(text, max(0, qa - 160), qa)
                if intro is not None:
                    w = intro.group("pron").lower()
                    w = {"his": "he", "her": "she", "my": "I", "our": "we"}.get(w, w)
                    speaker = self.pronoun(Word(w, intro.start("pron")), intro.start())[1]
            if speaker is None and out:
                pa, pb, prev = out[-1]
                gap = text[pb:qa]
                if prev is not None and len(gap) <= 40 and not re.search(r"[.!?\n]", gap):
                    speaker = prev      # '"Now," resumed Fix, "Mr. Fogg seems ...': one speech, cut in two
                elif prev is True and len(_PARAGRAPH_BREAK.findall(gap)) == 1 and text.rfind("\n", 0, qa) + 1 == qa:
                    speaker = False     # the next paragraph of a dialogue answers the subject
            out.append((qa, qb, speaker))
        self._quote_starts = [q[0] for q in out]
        return out

    def _unnamed_speaker(self, qb: int) -> Optional[bool]:
        """'”, added the pilot', '”, replied he': a speaker given by a common noun is someone other than
        the subject; by a pronoun, whoever it stands for."""
        m = _SAID_BY_NOUN.match(self.doc.text, qb, qb + 60)
        if m is None:
            return None
        if m.group("pron"):
            return self.pronoun(PRONOUN.search(self.doc.text, m.start("pron"), m.end("pron")), qb)[1] \
                if PRONOUN.search(self.doc.text, m.start("pron"), m.end("pron")) else None
        return False

    def quote_at(self, pos: int):
        """The quotation around `pos` (start, end, speaker is the subject), if any."""
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        if i >= 0 and pos < self._quotes[i][1]:
            return self._quotes[i]
        return None

    # ------------------------------------------------------------ attribution
    def actor(self, sent_start: int, pos: int) -> tuple[str, bool]:
        text = self.doc.text
        clause_start = sent_start
        for m in CLAUSE_BREAK.finditer(text, sent_start, pos):
            clause_start = m.end()
        # "one of Mr. Fogg's whist partners, now on his way to join his corps": a possessor names whose the
        # noun is, not who acts, unless the noun is the act itself ("Stalin's return to Baku")
        people = [p for p in self.people_in(clause_start, pos)
                  if not _POSSESSOR_OF_PERSON.match(text, p[1])]
        pron = list(PRONOUN.finditer(text, clause_start, pos))
        last_person = people[-1] if people else None
        last_pron = pron[-1] if pron else None
        if last_person and (not last_pron or last_person[0] > last_pron.start()):
            # "Stalin and Valentina left for Cracow", "He and Valentina disembarked": the subject is among the movers
            if not last_person[2]:
                joined = [p for p in people[:-1] if re.search(r"\b(?:and|with)\b", text[p[1]:last_person[0]])]
                if any(p[2] for p in joined):
                    return text[last_person[0]:last_person[1]], True
                if last_pron and re.fullmatch(r"\s+and\s+", text[last_pron.end():last_person[0]]):
                    w, is_subj = self.pronoun(last_pron, sent_start)
                    if is_subj:
                        return text[last_person[0]:last_person[1]], True
            return text[last_person[0]:last_person[1]], last_person[2]
        if last_pron:
            return self.pronoun(last_pron, sent_start)
        # "A tax-collector, on the way to his post at Goa; the Rev. Decimus Smith, returning to his parish":
        # a clause led by someone new (an indefinite noun, a title) is theirs
        lead = _someone_new().match(text, clause_start, pos)
        if lead is not None:
            return lead.group(1), False
        # no agent in the clause: look back in the sentence
        people = self.people_in(sent_start, pos)
        if people:
            return text[people[-1][0]:people[-1][1]], people[-1][2]
        # "They had refitted at Vigo ...; then proceeded to Ferrol": the subject of the sentence's first clause
        lead = [m for m in PRONOUN.finditer(text, sent_start, pos) if m.group(0).lower() in _NOMINATIVE]
        if lead:
            return self.pronoun(lead[0], sent_start)
        if re.fullmatch(r"\W*(?:\w+\W+){0,2}", text[sent_start:pos]):
            # a fronted phrase ("On the way to Tomsk, ... Stalin encountered"): the agent follows it
            comma = text.find(",", pos, pos + 80)
            after = self.people_in(comma, min(comma + 80, self._sentence_end(pos))) if comma > 0 else []
            if after:
                return text[after[0][0]:after[0][1]], after[0][2]
        # a diary's subjectless sentence ("Arrived at Kazan.") is the narrator's
        return "(implicit)", self.subject.narrator or self.topic_is_subject

    def _sentence_end(self, pos: int) -> int:
        sent = self.doc.sentence_at(pos)
        return sent.end if sent else len(self.doc.text)

    def pronoun(self, m: re.Match, sent_start: int) -> tuple[str, bool]:
        w = m.group(0).lower()
        if w == "who":
            # a relative clause: its agent is the person named just before it
            named = self.people_in(sent_start, m.start())
            return "who", bool(named and named[-1][2] and m.start() - named[-1][1] < 4)
        if w in _FIRST_PERSON:
            q = self.quote_at(m.start())
            if q is not None and q[2] is not None:
                # "I" inside a quotation is its speaker
                return w, q[2]
            return w, self.subject.narrator or (w == "we" and q is None and self.topic_is_subject)
        if w in ("they", "them", "the pair", "the couple", "the two"):
            recent = self._recent_people(m.start())
            if w.startswith("the ") or w == "them":
                # a couple named as an object ("accompanied the couple") are the movers of earlier sentences
                earlier = [p for p in recent if p[1] <= sent_start]
                return w, any(p[2] for p in earlier[-3:]) if earlier else self.topic_is_subject
            if not recent:
                return w, self.topic_is_subject
            # "they" are the people of the last sentence that named people ("Lenin left with Krupskaya,
            # Zinoviev and thirty others ... they reached Sassnitz")
            last = self.doc.sentence_at(recent[-1][0])
            group = [p for p in recent if last is None or p[0] >= last.start]
            if len(group) == 1 and _PLURAL_MOVER.search(self.doc.text, group[0][1], m.start()):
                return w, False     # one person cannot be "they": the people or ships named since can
            return w, any(p[2] for p in group[-4:])
        # "he"/"she": the person this sentence is about if it names one first, else the running topic
        g = "f" if w in ("she", "her") else "m"
        named = [p for p in self.people_in(sent_start, m.start())
                 if not self._is_witness(p) and self._gender_of(p) in (g, None)]
        if named:
            return w, named[0][2]
        return w, self.topic_by_gender[g]

    def _gender_of(self, p) -> Optional[str]:
        return self.subject_gender if p[2] else _gender(self.doc.text[p[0]:p[1]])

    def _is_witness(self, p) -> bool:
        return bool(_SPEECH.search(self.doc.text, max(0, p[0] - 25), p[0]))

    def _recent_people(self, pos: int, reach: int = 600) -> list:
        """People named shortly before `pos`, leaving out quoted witnesses ("recalls Yakov")."""
        return [p for p in self.people_in(max(0, pos - reach), pos) if not self._is_witness(p)]

    def update_topic(self, sent) -> None:
        text = self.doc.text
        # "except Drouot, who pleaded", "a visit from Pauline": a person after a preposition is not what
        # the sentence is about
        people = [p for p in self.people_in(sent.start, sent.end) if not self._is_witness(p)
                  and not _AFTER_PREPOSITION.search(text, max(sent.start, p[0] - 14), p[0])]
        if not people:
            return
        if _RELATION_OF.search(self.doc.text, max(sent.start, people[0][0] - 100), people[0][0]):
            return      # the person is named as the topic's relation or companion: the topic stays
        # "Then he set out with Yakov": a sentence led by a pronoun keeps the topic it had
        lead = next((m for m in _SUBJECT_PRONOUNS.finditer(self.doc.text, sent.start, people[0][0])
                     if self.quote_at(m.start()) is None
                     and not _SUBORDINATE.search(self.doc.text, sent.start, m.start())), None)
        if lead is None:
            self.topic_is_subject = people[0][2]
        for g in ("m", "f"):
            if lead is not None and (lead.group(0).lower() == "he") == (g == "m"):
                continue
            first = next((p for p in people if self._gender_of(p) in (g, None)), None)
            if first is not None:
                self.topic_by_gender[g] = first[2]

    def companion_is_subject(self, m: re.Match, sent_start: int) -> bool:
        """'Aouda travelled with him to Hong Kong': the subject may travel as someone's companion."""
        c = _COMPANION.search(self.doc.text, m.start(), m.end())
        if c:
            return self.pronoun(PRONOUN.search(self.doc.text, c.start(1), c.end(1)), sent_start)[1]
        return any(p[2] for p in self.people_in(m.start(), m.end()))



# Name endings that mark a woman's name in the languages these narratives draw on (Anna, Krupskaya,
# Lobova, Maria); men's names that end the same way are listed.
_FEMALE_ENDINGS = ("a", "ova", "eva", "ina", "aya", "ia", "ya", "ine", "elle", "ette")
_MALE_EXCEPTIONS = {"Nikita", "Ilya", "Foma", "Kuzma", "Sasha", "Misha", "Kolya", "Vanya", "Petya", "Grisha",
                    "Pasha", "Kostya", "Volodya", "Yasha", "Seryozha", "Luca", "Joshua", "Andrea", "Costa",
                    "Mustafa", "Attila"}
_FEMALE_WORDS = {"Mrs", "Miss", "Madame", "Lady", "Princess", "Countess", "Baroness", "Queen", "Empress"}


def _gender(name: str) -> Optional[str]:
    """'m', 'f' or None for a person's name, by its first and last words."""
    parts = [w.strip(".’'") for w in name.split()]
    if not parts:
        return None
    if parts[0] in _FEMALE_WORDS:
        return "f"
    first, last = parts[0], parts[-1]
    if first in _MALE_EXCEPTIONS or last in _MALE_EXCEPTIONS:
        return "m"
    word = first if len(parts) > 1 and not first.endswith(_FEMALE_ENDINGS) else last
    if word.endswith(_FEMALE_ENDINGS) and len(word) > 2:
        return "f"
    return "m" if len(parts) > 1 or word[0].isupper() else None


def _text_gender(text: str) -> Optional[str]:
    """The subject's grammatical gender, from the pronouns a text about them uses most."""
    he = len(re.findall(r"\b(?:he|him|his|himself)\b", text, re.IGNORECASE))
    she = len(re.findall(r"\b(?:she|her|hers|herself)\b", text, re.IGNORECASE))
    if he > 1.5 * she:
        return "m"
    if she > 1.5 * he:
        return "f"
    return None


def _names_rx(names) -> Optional[re.Pattern]:
    names = {n for n in names if n}
    return re.compile(r"(?<![\w])(?:" + alternation(names) + r")(?![\w])") if names else None


# Where a text shows a capitalised word to be a person: as the agent of a verb, or after a title
_NAME_BEFORE_VERB = re.compile(
    r"(?<![\w.“\"'’])(?<!the )(?<!The )(" + NAME_WORD + r"(?:\s" + NAME_WORD + r")?)(?=\s+(?:was|were|had|said|went|left|arrived|"
    r"returned|wrote|escaped|fled|reached|set|took|became|told|decided|travelled|traveled|came|followed|moved|met|"
    r"joined|asked|gave|sent|visited|lived|stayed|married|died|recalled|remembered|replied|answered|helped)\b)")
_NAME_AFTER_TITLE = re.compile(
    r"\b(?:Count|Countess|Comrade|Captain|Colonel|General|Lieutenant|Major|Admiral|Commodore|Sergeant|Governor|"
    r"Senator|President|Judge|Dr\.?|Mr\.?|Mrs\.?|Miss|Madame|Prince|Princess|Baron|Baroness|Sir)\s+(" + NAME_WORD +
    r"(?:\s" + NAME_WORD + r")?)")


def _unlisted_people(doc: Doc, mine: set[str], places: list[PlaceMention]) -> set[str]:
    """Names the text shows to be people (see above) that are neither the subject's nor places;
    a capitalised word the text also writes in lower case ("There", "Kick") is a common word."""
    text = doc.text
    place_words = {p.text for p in places}
    lower = {w for w in doc.words if w.islower()}
    from .place_words import stopwords
    stop = stopwords()
    names = {m.group(1) for rx in (_NAME_BEFORE_VERB, _NAME_AFTER_TITLE) for m in rx.finditer(text)}
    return {n for n in names
            if n not in mine and n not in place_words and n.split()[0].lower() not in lower
            and n.split()[0] not in stop and not any(n in x or x in n.split() for x in mine)}


