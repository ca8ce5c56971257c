"""Short passages of travel written for the place layer (benchmarks/data/place_passages/): the stops they name are
found and placed within 25 km of the town meant (benchmarks/data/place_passages.csv). A regression check for the
recognition and namesake rules of the sixth session; the passages were written while the rules were, so they show
what the rules reach, not what an unseen text would get."""
import csv
from collections import defaultdict
from pathlib import Path

import pytest

from chronology.pipeline import find_place_mentions
from gazetteer import distance_km

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"


def _rows() -> dict[str, list[dict]]:
    out = defaultdict(list)
    with open(DATA / "place_passages.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            out[r["passage"]].append(r)
    return out


@pytest.mark.parametrize("passage", sorted(_rows()))
def test_the_stops_a_passage_names_are_found_and_placed_within_25_km(gazetteer, passage):
    text = (DATA / "place_passages" / passage).read_text(encoding="utf-8")
    mentions = find_place_mentions(text, gazetteer=gazetteer)
    missed = []
    for r in _rows()[passage]:
        ms = [m for m in mentions if m.text.replace("\n", " ") == r["name"]]
        near = [m for m in ms if m.place is not None and
                distance_km(float(r["lat"]), float(r["lon"]), m.place.lat, m.place.lon) <= 25]
        if not ms or 2 * len(near) <= len(ms):
            missed.append(r["name"])
    assert not missed, f"{passage}: {missed}"
