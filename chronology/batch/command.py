"""The `chronology batch` command: options in, one call to run_batch, a summary out."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .inputs import CALENDARS, Defaults


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Corpus folder: texts/<id>/, store/<table>/, failures.jsonl, corpus.html.")
@click.option("--glob", default="*.txt", show_default=True, help="Which files of a folder are texts.")
@click.option("--engine", type=click.Choice(["local", "dask", "serial"]), default="local", show_default=True,
              help="local: a process pool here; dask: a Dask cluster (--scheduler, or a LocalCluster); "
              "serial: one text at a time in this process (for debugging).")
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler, e.g. tcp://10.0.0.5:8786 (implies --engine dask).")
@click.option("--workers", type=click.IntRange(min=1), help="Worker processes [default: the cores available].")
@click.option("--timeout", type=click.FloatRange(min=0), default=600, show_default=True,
              help="Seconds one text may take before it is recorded as failed (0: no limit).")
@click.option("--force", is_flag=True, help="Rebuild texts the store already holds unchanged.")
@click.option("--no-maps", is_flag=True, help="Leave map.html and timeline.html out of the text folders (faster).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--subject", metavar="NAME", help="Subject of texts the manifest gives none for.")
@click.option("--narrator", is_flag=True, help="Texts are first-person (unless the manifest says otherwise).")
@click.option("--cast", "cast_file", type=click.Path(dir_okay=False), help="Cast JSON for texts without one.")
@click.option("--calendar", type=click.Choice(CALENDARS), default="by-place", show_default=True)
@click.option("--anchor", metavar="DATE", help="Document date for texts the manifest gives none for.")
@click.option("--gazetteer", "gazetteer_files", multiple=True, type=click.Path(dir_okay=False),
              help="Your own gazetteer CSV, for every text.")
def batch(inputs, out_dir, glob, engine, scheduler, workers, timeout, force, no_maps, quiet, subject, narrator,
          cast_file, calendar, anchor, gazetteer_files):
    """Build many texts into DIR: one folder per text and one queryable store.

    INPUTS are text files, folders (searched recursively) or manifests (.csv or
    .jsonl with a `path` column and optional id, subject, narrator, cast,
    anchor, calendar). Texts already in the store with the same content and
    settings are skipped. Exit 1 if any text failed (see DIR/failures.jsonl).

    \b
    Example:
        chronology batch letters/ manifest.csv --out corpus/
        chronology batch books/ --out corpus/ --engine dask --scheduler tcp://10.0.0.5:8786
    """
    from .runner import BatchOptions, run_batch
    options = BatchOptions(
        out=Path(out_dir), engine="dask" if scheduler else engine, workers=workers, scheduler=scheduler,
        force=force, timeout=timeout, glob=glob, quiet=quiet, maps=not no_maps, gazetteers=tuple(gazetteer_files),
        defaults=Defaults(subject=subject, narrator=narrator, cast=str(Path(cast_file).resolve()) if cast_file else None,
                          anchor=anchor, calendar=calendar))
    report = run_batch(list(inputs), options)
    click.echo(report.summary(), err=True)
    if report.interrupted:
        click.echo("interrupted: what was finished is stored; run the same command again to build the rest",
                   err=True)
        sys.exit(130)
    if report.failed:
        click.echo(f"{report.failed} text(s) failed; see {Path(out_dir) / 'failures.jsonl'}", err=True)
        sys.exit(1)
