"""Any stretch of a narrative, however cut or mangled, gives a chronology whose facts point into the text."""
import random
import re

import chronology


def _slices(text, n=8, seed=11):
    rnd = random.Random(seed)
    for k in range(n):
        a = rnd.randrange(0, len(text) - 3000)
        piece = text[a:a + rnd.randrange(300, 5000)]
        yield [piece, piece.lower(), piece.upper(), re.sub(r"[“”\"]", "", piece)][k % 4]


def test_slices_of_the_seed_build_without_errors_and_evidence_is_quoted_exactly(seed_text, seed_cast):
    for piece in _slices(seed_text):
        c = chronology.build(piece, cast=seed_cast)
        for leg in c.legs:
            assert piece[leg.evidence.start:leg.evidence.end] == leg.evidence.text
        for d in c.dates:
            assert piece[d.start:d.end] == d.text
        for p in c.places:
            assert piece[p.start:p.end] == p.text
