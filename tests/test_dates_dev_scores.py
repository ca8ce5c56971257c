"""The development corpus's date scores, measured by ../shared/eval/score.py in process: a ratchet at
the level reached (issue 11 asks for 0.85 / 0.80 on each text; these guard what is there now)."""
import contextlib
import io
import json
from pathlib import Path

import pytest

import chronology

DEV = Path(__file__).resolve().parents[2] / "shared" / "dev"
# text -> (anchor, narrative-date accuracy, value F1) reached
REACHED = {
    "napoleon_elba": (None, 0.86, 0.91),
    "churchill_escape": (None, 0.96, 0.87),
    # (0.86 before a season of the generic present was written XXXX-24, as the gold of Bird, Wollstonecraft and
    # Johnson writes it; Kennan's gold writes the two such winters P1Y)
    "kennan_siberia": ("1867-10", 0.79, 0.84),
    "bird_rockies": ("1873-11", 0.96, 0.80),
    "casanova_escape": (None, 0.91, 0.85),
}


@pytest.mark.parametrize("name", sorted(REACHED))
def test_dev_text_dates_keep_the_level_reached(score, name, tmp_path):
    anchor, accuracy, value_f1 = REACHED[name]
    text = (DEV / f"{name}.txt").read_text(encoding="utf-8")
    pred = tmp_path / "dates.json"
    pred.write_text(json.dumps([d.model_dump() for d in chronology.extract_dates(text, anchor=anchor)]),
                    encoding="utf-8")
    with contextlib.redirect_stdout(io.StringIO()):
        r = score.score_dates(DEV / f"{name}_timex.jsonl", pred)
    assert r["narrative_accuracy"] >= accuracy and r["value_f1"] >= value_f1
