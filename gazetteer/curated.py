"""The curated gazetteer file (data/gazetteer.csv) and user files in the same format."""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from pydantic import ValidationError

from chronology.errors import GazetteerError
from chronology.paths import DATA_DIR

from .records import PlaceRecord, parse_names

CURATED_PATH = DATA_DIR / "gazetteer.csv"
# islands, capes, seas and the states and territories the file above lacks: curated too, so they win over
# GeoNames towns of their names (Malta is not the Brazilian town); kept apart, it is a world-wide table
WORLD_FEATURES_PATH = DATA_DIR / "world_features.csv"
MOUNTAINS_PATH = DATA_DIR / "mountains.csv"     # summits, volcanoes and passes, in the same columns
REQUIRED = {"id", "name", "type", "lat", "lon"}


def load(path: Path, source: str = "curated") -> list[PlaceRecord]:
    """Read a gazetteer CSV; every problem is reported at once."""
    path = Path(path)
    if not path.is_file():
        raise GazetteerError(f"{path}: gazetteer file not found")
    out, problems = [], []
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = REQUIRED - set(reader.fieldnames or [])
        if missing:
            raise GazetteerError(f"{path}: missing columns {sorted(missing)}; needs id,name,type,lat,lon")
        for i, row in enumerate(reader, start=2):
            try:
                out.append(PlaceRecord(
                    id=row["id"], name=row["name"], names=parse_names(row.get("names") or ""),
                    type=row["type"], lat=float(row["lat"]), lon=float(row["lon"]),
                    country=row.get("country") or None, polity=row.get("polity") or None,
                    geonames_id=int(row["geonames_id"]) if row.get("geonames_id") else None,
                    source=source, citation=row.get("source") or None, note=row.get("note") or None))
            except (ValidationError, ValueError) as e:
                msg = e.errors()[0]["msg"] if isinstance(e, ValidationError) else str(e)
                problems.append(f"line {i} ({row.get('name')}): {msg}")
    if problems:
        raise GazetteerError(f"{path}: " + "; ".join(problems[:5]) + (" …" if len(problems) > 5 else ""))
    return out


@lru_cache(maxsize=1)
def bundled() -> tuple[PlaceRecord, ...]:
    from . import rivers
    from .names import key
    places = load(CURATED_PATH) + load(WORLD_FEATURES_PATH) + load(MOUNTAINS_PATH)
    taken = frozenset(key(n) for r in places for n in r.all_names())
    return tuple(places) + tuple(rivers.load(taken=taken))


@lru_cache(maxsize=1)
def polities_1900() -> dict[str, str]:
    with open(DATA_DIR / "polities_1900.csv", encoding="utf-8", newline="") as fh:
        return {r["country"]: r["polity"] for r in csv.DictReader(fh)}


def check(records: list[PlaceRecord]) -> list[str]:
    """Problems a curator must fix: duplicate ids, names shared by two places."""
    from .names import key
    problems, ids, names = [], {}, {}
    # features of one name a table holds on purpose: two rivers, two summits
    rivers = {r.id for r in records if r.type == "river" and r.id.startswith("river:")
              or r.type in ("mountain", "volcano") and r.id.startswith("mt-")}
    for r in records:
        if r.id in ids:
            problems.append(f"duplicate id {r.id!r}")
        ids[r.id] = r
        if r.citation is None:
            problems.append(f"{r.id}: no source given")
        for n in set(key(x) for x in r.all_names()):
            names.setdefault(n, []).append(r.id)
    for n, rs in names.items():
        # two rivers of one name are two rivers (the Grand of the Missouri, the Grand of Ontario), and two
        # summits two (Mount Ida of Crete and of the Troad): the places a text names before them decide
        if len(rs) > 1 and not set(rs) <= rivers:
            problems.append(f"name {n!r} is shared by {', '.join(rs)}")
    return problems
