"""Which gazetteer candidates of a place mention the route weighs (place_route.py): namesakes big enough
for the cue that found the mention, spelling guesses near the text's scene, no quarter of a great city
standing in for a sizeable town of its name, a short form's longer name; and whether a mention's first
candidate may serve as the scene before the route decides.
"""
from __future__ import annotations

from dataclasses import replace

from gazetteer import distance_km

from .place_route import Open
from .place_words import cues

SAINT_WORDS = {"Santa", "San", "Saint", "St.", "St", "Sainte", "Ste.", "São", "Sao", "Santo", "Sankt", "Sint"}

# the fewest inhabitants of a GeoNames namesake after each cue: a weak cue needs a bigger place
_LEAST = {"movement": 200, "settlement": 200, "landform": 200, "location": 300, "list": 300}
_BY_SIZE, _BY_NEARNESS = 8, 4     # candidates of a mention the route weighs
_LEAST_VARIANT = 1000       # a spelling guess of a hamlet is noise
_FAR_KM, _GREAT_CITY = 3000, 50000
_FAR_GUESS_KM = 1500        # a spelling guess this far from every place of the text is another place
_SCENE_KM = 1500            # a namesake this near the text's places is in its scene
_NAMESAKE_RATIO = 20        # ...and outweighs a namesake this many times smaller that is a quarter of a city
_QUARTER_KM = 12            # a place this near one twenty times its size is a quarter of it
# ...and a quarter is named where the story is in its city: one this far from the text's places is named after
# somewhere else (a Toronto quarter called Niagara is not the falls a traveller from Buffalo went to)
_QUARTER_SCENE_KM = 50
_SIZEABLE = 10000           # the only place of a spelling this big is trusted without the route
# a first candidate this far ahead of every other place its name may be (by size, fame, likeness), and that
# other farther than this from it, is taken as the scene for the names after it before the route decides
_SETTLED_MARGIN, _SAME_PLACE_KM = 5.0, 100
# a name made of a landform word (Deer Valley, Clear Creek, Green Lake) recurs in every region: a GeoNames
# namesake the world knows by only a few names is a local one, believed only in the text's scene
_LOCAL_NAMES, _LOCAL_KM = 8, 500


def plausible(ranked, how: str, geonames=None) -> list:
    """The candidates worth a place in the route: namesakes big enough for the cue, spelling guesses of
    real towns; the only sizeable place of a guessed spelling earns trust of its own."""
    keep = [x for x in ranked if x.record.source != "geonames"
            or x.record.type == "region" and how == "movement"      # "flew to Hawaii": the state
            or x.record.population >= (_LEAST_VARIANT if x.variant else _LEAST.get(how, 1000))]
    # far from everything the text has placed is suspect, unless it is a city named exactly (Bombay after
    # Suez in a journey round the world); a spelling guess needs the scene near
    # (only when some namesake is near: when all are an ocean from the text's places, as after a preface's
    # Rome, distance says nothing between them)
    def near(x):
        return x.distance_km is None or x.distance_km < (_FAR_GUESS_KM if x.variant else _FAR_KM)
    some_near = any(near(x) for x in keep if not x.variant)
    keep = [x for x in keep if near(x) or not x.variant and (x.record.population >= _GREAT_CITY or not some_near
                                                             or x.record.source == "historical")]
    if how == "landform":
        keep = [x for x in keep if x.record.source != "geonames" or x.names > _LOCAL_NAMES
                or x.distance_km is None or x.distance_km <= _LOCAL_KM]
    keep = _without_quarters(keep, geonames)
    keep = _without_far_quarters(keep, geonames)
    for x in keep:
        if x.prior is not None:
            x.score = x.prior      # the route weighs distance itself
    keep.sort(key=lambda x: -x.score)
    # the biggest namesakes and the ones nearest the text's places both get a say in the route
    near = sorted((x for x in keep[_BY_SIZE:] if x.distance_km is not None), key=lambda x: x.distance_km)
    # ...and a place of the historical table named exactly always does: it is there because GeoNames lacks it
    table = [x for x in keep[_BY_SIZE:] if x.record.source == "historical" and not x.variant and x not in near[:_BY_NEARNESS]]
    keep = keep[:_BY_SIZE] + near[:_BY_NEARNESS] + table
    guesses = [x for x in keep if x.variant]
    if guesses and len(guesses) == len(keep):
        big = [x for x in guesses if x.record.population >= _SIZEABLE]
        if len(big) == 1:
            big[0].score += 10
            big[0].reasons.append("the only sizeable place of that spelling")
    return sorted(keep, key=lambda x: -x.score)


def _without_quarters(cands: list, geonames) -> list:
    """A quarter of a great city that bears the name of a town twenty times its size in the text's scene is
    not the one meant: 'Nagasaki' after Shanghai is the port, not a Tokyo district beside Yokohama. (A
    town of its own keeps its chance: Georgetown after Denver is the Colorado mining town, not the
    Texan one twenty times bigger.)"""
    exact = [x for x in cands if x.how == "name" and x.record.source == "geonames"]
    big = [x.record.population for x in exact if x.record.population >= _SIZEABLE
           and x.distance_km is not None and x.distance_km <= _SCENE_KM]
    if not big or geonames is None:
        return cands
    least = max(big) / _NAMESAKE_RATIO
    return [x for x in cands if x not in exact or x.record.population >= least
            or geonames.biggest_near(x.record.lat, x.record.lon, _QUARTER_KM) < _NAMESAKE_RATIO * max(1, x.record.population)]


def _without_far_quarters(cands: list, geonames) -> list:
    """A sizeable quarter of a great city far from the text's places, bearing a name a town elsewhere bears too,
    is not the one meant: its name is most often another place's (a street's, a station's), and a text names a
    quarter when its story is in the city. Only sizeable ones are asked about (a box query each): smaller namesakes lose to the route."""
    if geonames is None:
        return cands
    # only where a town elsewhere bears the name too: a name only a suburb bears is that suburb ('Le Bourget')
    own = [x for x in cands if x.how == "name" and x.record.source == "geonames"]
    if len(own) < 2:
        return cands
    return [x for x in cands if x.record.source != "geonames" or x.variant or x.distance_km is None
            or x.distance_km <= _QUARTER_SCENE_KM or x.record.population < _SIZEABLE
            or geonames.biggest_near(x.record.lat, x.record.lon, _QUARTER_KM) < _NAMESAKE_RATIO * x.record.population]


def settled(ranked) -> bool:
    """Whether a mention's first candidate may serve as the scene for the names after it before the route has
    decided: one in the scene already, the only place of its name, or one well ahead of every other (Sardis,
    a Canadian town of 10,000 named first in a book, is barely ahead of two American ones: it says nothing
    of where the story is)."""
    if not ranked:
        return False
    top = ranked[0]
    if top.distance_km is not None and top.distance_km <= _SCENE_KM:
        return True
    if any(x.distance_km is not None and x.distance_km <= _SCENE_KM for x in ranked[1:]):
        return False    # another of its places is in the scene: the route may prefer it (Ipswich beside Brisbane)
    rivals = [x.score for x in ranked[1:] if distance_km(top.record.lat, top.record.lon, x.record.lat,
                                                         x.record.lon) > _SAME_PLACE_KM]
    return not rivals or top.score - max(rivals) >= _SETTLED_MARGIN


def with_longer_names(out, opened: dict) -> None:
    """'reach Borgo' where the text also names Borgo de Valsugano: a short form may be the longer name,
    so the longer name's candidates compete too (the route decides)."""
    landforms = set(cues()["landform_after"]) | set(cues()["landform_after_plural"])
    first = {}
    for m in out:
        if m.start in opened:
            first.setdefault(m.text, opened[m.start])
    for m in out:
        o = opened.get(m.start)
        if o is None:
            continue
        # ...but "Boston" beside "Boston Bay" is the town the bay is named after, not the bay; and a saint's
        # word alone ("the port of Santa") is a name of its own, short for no Santa Clara
        if m.text in SAINT_WORDS:
            continue
        longer = [t for t in first if t.startswith(m.text + " ") and t[len(m.text) + 1:] not in landforms]
        if not longer:
            continue
        top = max((c.score for c in o.ranked), default=0.0)
        extra, ids = [], {c.record.id for c in o.ranked}
        for t in longer:
            for c in first[t].ranked:
                if c.record.id not in ids:
                    ids.add(c.record.id)
                    # the text's own longer name outranks namesakes of the short form; the route decides
                    extra.append(replace(c, score=max(c.score, top + 2), reasons=c.reasons + [f"short for {t}"]))
        opened[m.start] = Open(extra + o.ranked, o.unresolved, o.optional)
