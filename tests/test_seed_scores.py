"""The seed's scores, measured by ../shared/eval/score.py in process: the issues' bars as regression guards."""
import contextlib
import io
import json
from pathlib import Path

import pytest

import chronology

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seed" / "000_b035ca80e4c1b7cb.txt"
GOLD = SHARED / "gold"


@pytest.fixture(scope="module")
def seed_chronology(seed_text, seed_cast):
    return chronology.build(seed_text, cast=seed_cast)


def _quiet(fn, *args, **kw):
    with contextlib.redirect_stdout(io.StringIO()):
        return fn(*args, **kw)


def test_seed_dates_meet_the_bars(score, seed_chronology, tmp_path):
    pred = tmp_path / "dates.json"
    pred.write_text(json.dumps([d.model_dump() for d in seed_chronology.dates]), encoding="utf-8")
    r = _quiet(score.score_dates, GOLD / "seed_timex.jsonl", pred)
    assert r["narrative_accuracy"] >= 0.95 and r["value_f1"] >= 0.90 and r["extent_f1"] >= 0.90


def test_seed_places_meet_the_bars(score, seed_chronology, tmp_path):
    pred = tmp_path / "places.json"
    pred.write_text(json.dumps([p.model_dump() for p in seed_chronology.places]), encoding="utf-8")
    r = _quiet(score.score_places, GOLD / "seed_places.json", pred, SEED,
               not_places_path=GOLD / "not_places.json")
    assert r["recognition_f1"] >= 0.95 and r["resolution_f1"] >= 0.93


def test_seed_itinerary_meets_the_bars(score, seed_chronology, tmp_path):
    pred = tmp_path / "chronology.json"
    pred.write_text(seed_chronology.model_dump_json(by_alias=True), encoding="utf-8")
    r = _quiet(score.score_itinerary, GOLD / "seed_itinerary.json", pred, GOLD / "seed_places.json")
    assert r["leg_f1"] >= 0.85 and r["certain_recall"] >= 0.90 and r["journey_recall"] >= 16 / 18
