"""Regular expressions for long word lists.

Python's re tries the branches of an alternation one by one at every offset;
factoring the words by common prefixes into a trie keeps a list of hundreds of
names (places, people, months) fast.
"""
from __future__ import annotations

import re
from typing import Iterable


def alternation(words: Iterable[str], escape: bool = True) -> str:
    """A regex matching any of `words`, longest first."""
    ws = sorted(set(words), key=len, reverse=True)
    if escape and len(ws) > 20:
        return trie(ws)
    return "|".join(re.escape(w) if escape else w for w in ws)


def trie(words: Iterable[str]) -> str:
    """A regex equivalent to the alternation of `words`, factored by common prefixes."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node) -> str:
        alts, optional = [], "" in node
        for ch in sorted(k for k in node if k):
            alts.append(re.escape(ch) + emit(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if optional else body
    return emit(root)
