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


def choose(text: str, *, subject: Optional[str], narrator: bool, cast: Optional[Cast]) -> Subject:
    if cast is not None:
        return Subject(cast.subject.name, list(cast.subject.aliases), list(cast.others), narrator, "cast")
    if subject:
        return Subject(subject, [], [], narrator, "user")
    first_person = len(re.findall(r"\b(?:I|my|me)\b", text))
    counts = Counter(m.group(1) for m in _CAP_NAME.finditer(text))
    if narrator or (first_person > 20 and first_person > 3 * sum(counts.values())):
        return Subject("the narrator", [], [], True, "narrator" if narrator else "first-person text")
    if counts:
        name = counts.most_common(1)[0][0]
        return Subject(name, [], [], False, "most-mentioned person")
    return Subject("the subject", [], [], False, "none found")
