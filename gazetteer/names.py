"""Name normalisation for the index: case, accents, apostrophes, transliteration."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Transliteration variants of Russian names, applied in order to a lowercased ASCII form.
_TRANSLIT = [
    (r"['’ʹʼ`]", ""),          # soft signs and apostrophes: Tot'ma = Totma
    (r"iy\b", "y"), (r"yy\b", "y"), (r"ij\b", "y"), (r"ii\b", "y"),  # Nizhniy/Nizhny/Nizhnii
    (r"\bst\.?\s+", "saint "), (r"\bsankt[- ]", "saint "),
    (r"[\s\-]+", " "),
]
_TRANSLIT_RX = [(re.compile(p), r) for p, r in _TRANSLIT]


def fold(s: str) -> str:
    """Case- and accent-insensitive key: 'Kraków' -> 'krakow'."""
    if not s.isascii():     # the index folds some 1.5 million names: plain ASCII skips the Unicode work
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("–", "-")
    return s.lower().strip()


@lru_cache(maxsize=1 << 16)    # the curated tables and the text ask for the same few thousand names again and again
def key(s: str) -> str:
    """The index key of a name, with transliteration variants merged."""
    k = fold(s)
    for rx, rep in _TRANSLIT_RX:
        k = rx.sub(rep, k)
    return k.strip()
