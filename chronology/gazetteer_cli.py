"""`chronology gazetteer ...`: lookup, search, check and export the gazetteer."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import click


def _gaz(files):
    from gazetteer import Gazetteer
    return Gazetteer(extra=[Path(f) for f in files])


_gfile = click.option("--gazetteer", "files", multiple=True, type=click.Path(dir_okay=False),
                      help="Your own gazetteer CSV, searched before the bundled one.")


@click.group()
def gazetteer():
    """Look up, search, check and export the historical gazetteer."""


@gazetteer.command()
@click.argument("name")
@click.option("--year", type=int, help="Give the name in use in this year; names not in use then rank lower.")
@click.option("--near", "near_name", metavar="PLACE", help="Rank namesakes by their distance from this place.")
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="text", show_default=True)
@_gfile
def lookup(name, year, near_name, fmt, files):
    """Ranked candidates for NAME with scores and reasons (curated first, then GeoNames and spelling
    variants).

    \b
    Example:
        chronology gazetteer lookup Tiflis --year 1912
        chronology gazetteer lookup Georgetown --near Denver --format json
    """
    from gazetteer import distance_km
    g = _gaz(files)
    near = None
    if near_name:
        anchor = g.best(near_name, year=year, online=False)
        if anchor is None:
            raise click.UsageError(f"--near {near_name!r} is not in the gazetteer; give a town it knows")
        near = [(anchor.lat, anchor.lon)]
    cands = g.resolve(name, year=year, near=near)
    if near:
        from gazetteer.route import rank_after
        cands = rank_after(cands, anchor)
    if not cands:
        raise click.ClickException(f"{name!r} is not in the gazetteer; add it with --gazetteer FILE or try --geocode")
    rows = []
    for c in cands:
        r = c.record
        reasons = list(c.reasons)
        if near:
            reasons.append(f"{distance_km(r.lat, r.lon, *near[0]):,.0f} km from {near_name}")
        rows.append({"id": r.id, "name": r.name, "name_in_year": r.name_in(year), "lat": r.lat, "lon": r.lon,
                     "type": r.type, "country": r.country, "polity": r.polity, "population": r.population,
                     "source": r.source, "match": c.how, "similarity": round(c.similarity, 1),
                     "score": round(c.score, 2), "reasons": reasons, "citation": r.citation})
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        for r in rows:
            click.echo(f"{r['score']:7.2f}  {r['id']:<24} {r['name']:<22} {r['lat']:9.4f} {r['lon']:9.4f}  "
                       f"{r['type']:<8} {r['match']:<15}"
                       f"{'  (' + r['name_in_year'] + ' in ' + str(year) + ')' if year else ''}  "
                       f"{'; '.join(r['reasons'])}")


@gazetteer.command()
@click.argument("prefix")
@_gfile
def search(prefix, files):
    """Curated names starting with PREFIX.

    \b
    Example:
        chronology gazetteer search Vol
    """
    from gazetteer.names import key
    g = _gaz(files)
    k = key(prefix)
    hits = sorted({(n, r.id) for r in g.records for n in r.all_names() if key(n).startswith(k)})
    for n, rid in hits:
        click.echo(f"{n}\t{rid}")
    if not hits:
        raise click.ClickException(f"no curated name starts with {prefix!r}")


@gazetteer.command()
@_gfile
def check(files):
    """Validate the curated file (and yours) and the historical places table: ids, coordinates, sources,
    colliding names.

    \b
    Example:
        chronology gazetteer check --gazetteer mine.csv
    """
    from gazetteer import historical
    from gazetteer.curated import check as check_records
    from gazetteer.names import key
    g = _gaz(files)
    problems = check_records(g.records)
    problems += historical.check({key(n) for r in g.records for n in r.all_names()},
                                 frozenset(key(n) for r in g.records if r.type in historical.SEA_TYPES
                                           for n in r.all_names()))
    for p in problems:
        click.echo(p, err=True)
    click.echo(f"{len(g.records)} places, {len(historical.table().rows)} historical places, "
               f"{len(problems)} problems", err=True)
    if problems:
        raise SystemExit(1)


@gazetteer.command()
@click.option("--format", "fmt", type=click.Choice(["lpf", "geojson", "csv"]), default="lpf", show_default=True)
@_gfile
def export(fmt, files):
    """Export the curated gazetteer (Linked Places Format, GeoJSON or CSV).

    \b
    Example:
        chronology gazetteer export --format lpf > places.lpf.json
    """
    from .export.lpf import records_to_lpf
    g = _gaz(files)
    if fmt == "lpf":
        click.echo(json.dumps(records_to_lpf(g.records), ensure_ascii=False, indent=1))
    elif fmt == "geojson":
        feats = [{"type": "Feature", "id": r.id, "geometry": {"type": "Point", "coordinates": [r.lon, r.lat]},
                  "properties": {"name": r.name, "names": [n.name for n in r.names], "type": r.type,
                                 "polity": r.polity, "source": r.citation}} for r in g.records]
        click.echo(json.dumps({"type": "FeatureCollection", "features": feats}, ensure_ascii=False, indent=1))
    else:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["id", "name", "names", "type", "lat", "lon", "polity", "source"])
        for r in g.records:
            w.writerow([r.id, r.name, "|".join(n.name for n in r.names), r.type, r.lat, r.lon, r.polity, r.citation])
        click.echo(buf.getvalue(), nl=False)
