"""Linked Places Format (GeoJSON-LD) for the World Historical Gazetteer."""
from __future__ import annotations

import json

from ..models import Chronology

CONTEXT = "https://raw.githubusercontent.com/LinkedPasts/linked-places/master/linkedplaces-context-v1.1.jsonld"


def _feature(pid, title, lat, lon, names, polity=None, citation=None, ptype=None):
    f = {"@id": pid, "type": "Feature", "properties": {"title": title},
         "geometry": {"type": "Point", "coordinates": [lon, lat]},
         "names": [{"toponym": n, "citations": [{"label": citation}] if citation else []} for n in names]}
    if ptype:
        f["types"] = [{"label": ptype}]
    if polity:
        f["relations"] = [{"relationType": "gvp:broaderPartitive", "label": polity}]
    return f


def records_to_lpf(records) -> dict:
    return {"type": "FeatureCollection", "@context": CONTEXT,
            "features": [_feature(r.id, r.name, r.lat, r.lon, r.all_names(), r.polity, r.citation, r.type)
                         for r in records]}


def dumps(chron: Chronology) -> str:
    seen, feats = {}, []
    for m in chron.places:
        p = m.place
        if p is None or p.id in seen or p.lat is None:
            continue
        seen[p.id] = True
        feats.append(_feature(p.id, p.name, p.lat, p.lon, sorted({x.text for x in chron.places if x.place and x.place.id == p.id}),
                              p.polity, p.source, p.type))
    return json.dumps({"type": "FeatureCollection", "@context": CONTEXT, "features": feats},
                      ensure_ascii=False, indent=1) + "\n"
