"""Who the subject is: --subject, --narrator, --cast, or the most-mentioned person."""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from pydantic import BaseModel, ConfigDict, ValidationError

from .errors import InputError

_TITLES = ["Mr", "Mrs", "Miss", "Ms", "Dr", "Comrade", "Captain", "Colonel", "General", "Lieutenant",
           "Sir", "Lord", "Lady", "Prince", "Princess", "Count", "Countess", "Monsieur", "Madame", "Herr"]


class CastSubject(BaseModel):
    model_config = ConfigDict(extra="allow")
    name: str
    aliases: list[str] = []


class Cast(BaseModel):
    model_config = ConfigDict(extra="allow")
    subject: CastSubject
    others: list[str] = []


def load_cast(path: str | Path) -> Cast:
    p = Path(path)
    try:
        return Cast.model_validate(json.loads(p.read_text(encoding="utf-8")))
    except FileNotFoundError:
        raise InputError(f"{p}: cast file not found") from None
    except (ValueError, ValidationError) as e:
        raise InputError(f"{p}: not a cast file ({str(e).splitlines()[0]}); expected "
                         '{"subject": {"name": ..., "aliases": [...]}, "others": [...]}') from None


def variants(name: str) -> list[str]:
    """The usual forms of a name: 'Phileas Fogg' -> Phileas Fogg, Fogg, Mr. Fogg, Mr Fogg."""
    parts = name.split()
    out = [name]
    if len(parts) > 1:
        out.append(parts[-1])
        out += [f"{t}. {parts[-1]}" for t in ("Mr", "Mrs", "Dr")] + [f"{t} {parts[-1]}" for t in _TITLES]
    return out


@dataclass
class Subject:
    name: str
    aliases: list[str] = field(default_factory=list)
    others: list[str] = field(default_factory=list)
    narrator: bool = False
    chosen_by: str = "user"

    def names(self) -> list[str]:
        seen, out = set(), []
        for n in [self.name] + self.aliases:
            for v in variants(n):
                if v not in seen:
                    seen.add(v)
                    out.append(v)
        return out

    def other_names(self) -> list[str]:
        out = []
        for n in self.others:
            out += variants(n)
            out += n.split()[:1] if len(n.split()) > 1 else []
        mine = set(self.names())
        return [n for n in out if n not in mine]


_CAP_NAME = re.compile(r"(?<![\w.])([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?=\s+(?:was|had|said|went|left|arrived|returned|"
                       r"wrote|escaped|fled|reached|set|took|became|told|decided|travelled|traveled|came)\b)")


# An editor's identification in brackets: "Vasia [Stalin]", "Ivanovich [Stalin's Party code name]"
_BRACKETED = r"(?<![\w’'])((?-i:[A-Z][a-z]+)(?:\s(?-i:[A-Z][a-z]+))?)[’'”\"]?\s*\[\s*{name}\b[^\]]{{0,40}}\]"


def bracketed_aliases(text: str, names: list[str]) -> list[str]:
    """Names an editor glosses with the subject's name in brackets; pronouns and titles are not names."""
    found: list[str] = []
    lower = set(re.findall(r"\b[a-z]+\b", text))
    for n in names:
        for m in re.finditer(_BRACKETED.format(name=re.escape(n)), text):
            words = m.group(1).split()
            # a title or a common word that starts the sentence ("Kick Vasiliev [Stalin] out") is not the name
            while words and (words[0] in _TITLES or words[0].lower() in lower):
                words = words[1:]
            if len(words) == 2 and text.count(" ".join(words)) < 2:
                words = words[1:]     # "Kick Vasiliev", "the Bolshevik Vasiliev": a word before the name
            alias = " ".join(words)
            if alias and alias not in names and alias not in found:
                found.append(alias)
    # "Bolshevik Vasiliev" and "Vasiliev": the shorter is the name
    return [a for a in found if not any(b != a and b in a.split() for b in found)]


# Ranks a biography calls its subject by ("the Emperor" for Napoleon, "the Tsar"): one is an alias when the
# text uses it often and far more than any other
RANK_TITLES = ("Emperor", "Empress", "King", "Queen", "Tsar", "Czar", "Tsarina", "Kaiser", "Sultan", "Shah",
               "Pope", "Prince", "Princess", "Duke", "Duchess", "General", "Marshal", "Admiral", "Consul",
               "President", "Chancellor", "Cardinal", "Archduke", "Elector", "Dictator", "Generalissimo")
_RANK = re.compile(r"\b[Tt]he (" + "|".join(RANK_TITLES) + r")\b")
_MIN_RANK_USES = 5


def usage_aliases(text: str, name: str) -> list[str]:
    """What a text calls the subject besides the given name: the given name alone ("Napoleon" for
    Napoleon Bonaparte) when the text uses it alone, and a rank it uses for one person ("the Emperor")."""
    out: list[str] = []
    parts = name.split()
    if len(parts) > 1 and parts[0] not in _TITLES:
        alone = re.findall(r"(?<![\w.])" + re.escape(parts[0]) + r"(?!\s+[A-Z])(?![\w])", text)
        if len(alone) >= 2:
            out.append(parts[0])
    ranks = Counter(m.group(1) for m in _RANK.finditer(text)).most_common(2)
    if ranks and ranks[0][1] >= _MIN_RANK_USES and (len(ranks) == 1 or ranks[0][1] >= 2 * ranks[1][1]):
        # the text must tie the rank to the name at least once ("Napoleon ... the Emperor" in one sentence)
        rank = ranks[0][0]
        names = [n for n in parts + out if n]
        near = any(re.search(re.escape(n) + r"[^.!?]{0,200}\b[Tt]he " + rank + r"\b|\b[Tt]he " + rank
                             + r"\b[^.!?]{0,200}" + re.escape(n), text) for n in names)
        if near:
            out.append(f"the {rank}")
    return out


def choose(text: str, *, subject: Optional[str], narrator: bool, cast: Optional[Cast]) -> Subject:
    if cast is not None:
        return Subject(cast.subject.name, list(cast.subject.aliases), list(cast.others), narrator, "cast")
    if subject:
        return Subject(subject, bracketed_aliases(text, variants(subject)) + usage_aliases(text, subject), [],
                       narrator, "user")
    first_person = len(re.findall(r"\b(?:I|my|me)\b", text))
    counts = Counter(m.group(1) for m in _CAP_NAME.finditer(text))
    if narrator or (first_person > 20 and first_person > 3 * sum(counts.values())):
        return Subject("the narrator", [], [], True, "narrator" if narrator else "first-person text")
    if counts:
        name = counts.most_common(1)[0][0]
        return Subject(name, [], [], False, "most-mentioned person")
    return Subject("the subject", [], [], False, "none found")
