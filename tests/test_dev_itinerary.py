"""The development corpus's itineraries, scored by ../shared/eval/score.py in process: a ratchet at the
level reached (issue 10 asks for a mean leg F1 of 0.75, none below 0.60: both met)."""
import contextlib
import io
import json
from pathlib import Path

import pytest

import chronology

DEV = Path(__file__).resolve().parents[2] / "shared" / "dev"
# text -> leg F1 reached (built with the settings its gold names: subject, narrator, anchor)
REACHED = {
    "bird_rockies": 0.63,
    "casanova_escape": 0.90,
    "churchill_escape": 0.74,
    # 0.95 until the rivers table: "toward the river Aldan" (1867) had resolved to the town of Aldan, founded in
    # 1924, whose name matched the gold's unnamed "Yakut settlements on the Aldan"; it is now the river
    "kennan_siberia": 0.90,
    "napoleon_elba": 0.85,
}
MEAN_REACHED = 0.82


@pytest.fixture(scope="module")
def leg_f1(score, tmp_path_factory):
    out = {}
    for name in REACHED:
        gold = DEV / f"{name}_itinerary.json"
        g = json.loads(gold.read_text(encoding="utf-8"))
        chron = chronology.build((DEV / f"{name}.txt").read_text(encoding="utf-8"), subject=g["subject"],
                                 narrator=bool(g.get("narrator")), anchor=g.get("anchor"))
        pred = tmp_path_factory.mktemp(name) / "chronology.json"
        pred.write_text(chron.model_dump_json(by_alias=True), encoding="utf-8")
        with contextlib.redirect_stdout(io.StringIO()):
            out[name] = score.score_itinerary(gold, pred)["leg_f1"]
    return out


@pytest.mark.parametrize("name", sorted(REACHED))
def test_dev_text_itinerary_keeps_the_level_reached(leg_f1, name):
    assert leg_f1[name] >= REACHED[name]


def test_dev_corpus_mean_leg_f1_keeps_the_level_reached(leg_f1):
    assert sum(leg_f1.values()) / len(leg_f1) >= MEAN_REACHED
