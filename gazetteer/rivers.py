"""The rivers table (data/rivers.csv): each river as the point where it ends, its mouth or its meeting with
the river it flows into, under the names a writer gives it with the word "river" ("the Platte River",
"the river Platt", "Grand river"). A boat's camp "four miles above the Osage" is by that point; the bare
name alone is left to the towns and states that share it (Kansas, Missouri, Orange)."""
from __future__ import annotations

import csv
from pathlib import Path

from chronology.errors import GazetteerError
from chronology.paths import DATA_DIR

from .names import key
from .records import PlaceName, PlaceRecord

RIVERS_PATH = DATA_DIR / "rivers.csv"
# a name already a phrase of a river in its own language needs no English river word
RIVER_WORDS = ("rio ", "río ", "rivière ", "riviere ", "fleuve ", "rio-")


def names_of(stem: str) -> list[str]:
    """The ways English writes a river's name with the river word, in both cases."""
    if stem.lower().startswith(RIVER_WORDS) or stem.lower().endswith((" river", " creek")):
        return [stem]
    return [f"{stem} River", f"{stem} river", f"River {stem}", f"river {stem}"]


def load(path: Path = RIVERS_PATH, taken: frozenset[str] = frozenset()) -> list[PlaceRecord]:
    """Rivers as places; a name `taken` by another curated place is left to it (the seed's Ob is at Narym)."""
    out = []
    if not Path(path).is_file():
        raise GazetteerError(f"{path}: rivers file not found")
    with open(path, encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh), start=2):
            stems = [row["stem"]] + [s.strip() for s in (row.get("old_names") or "").split("|") if s.strip()]
            names = [n for s in stems for n in names_of(s)] + [row["name"]]
            names = list(dict.fromkeys(n for n in names if key(n) not in taken))
            if not names:
                continue
            try:
                out.append(PlaceRecord(
                    id=f"river:{row['id']}", name=names[0] if key(row["name"]) in taken else row["name"],
                    names=[PlaceName(name=n) for n in names if n != row["name"]], type="river",
                    lat=float(row["lat"]), lon=float(row["lon"]), country=row.get("country") or None,
                    source="curated", citation=row.get("source") or None,
                    note=f"the river's end, into {row['into']}" if row.get("into") else "the river's end"))
            except ValueError as e:
                raise GazetteerError(f"{path}: line {i} ({row.get('name')}): {e}") from None
    return out
