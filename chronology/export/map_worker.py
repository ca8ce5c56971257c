"""Render map.html in a forked process that imports folium while the parent builds.

Importing folium (it compiles some 300 Jinja templates) costs about as much as
the whole date and place analysis; on a machine with two cores the two can run
side by side. Linux only (fork after a plain-Python start-up is safe there);
elsewhere, and whenever the worker fails to start, the map is rendered in
process.
"""
from __future__ import annotations

import json
import os
import sys
from typing import Optional

from ..errors import RenderError
from ..forked import read_all as _read_all, write_all as _write_all
from ..models import Chronology, Settings, Timex


def _import_renderer():
    """maps.render without pandas: folium imports it only to recognise DataFrames, which the map never
    passes, and it is a third of folium's import time."""
    blocked = "pandas" not in sys.modules
    if blocked:
        sys.modules["pandas"] = None    # `import pandas` raises ImportError; folium then goes without
    try:
        from maps.render import render_map
    finally:
        if blocked and sys.modules.get("pandas", 0) is None:
            del sys.modules["pandas"]
    return render_map


def _render_here(chron: Chronology, cdn: bool, tiles: Optional[str], tiles_attr: Optional[str] = None,
                 borders: Optional[str] = None) -> str:
    render_map = _import_renderer()
    try:
        return render_map(chron, cdn=cdn, tiles=tiles, tiles_attr=tiles_attr, borders=borders)
    except ValueError as e:   # folium's complaints about tiles
        raise RenderError(f"map.html: {e}") from None


def _warm_up(chron: Chronology, job: dict) -> None:
    try:
        _render_here(chron, job["cdn"], job["tiles"], job["tiles_attr"], job.get("borders"))
    except Exception:   # only a warm-up: the job itself reports what is wrong
        pass


_PIPE_ROOM = 60_000     # bytes: below Linux's 64 KiB pipe buffer, so a warm-up never blocks the parent


class MapWorker:
    def __init__(self) -> None:
        self.pid: Optional[int] = None
        if not sys.platform.startswith("linux"):
            return
        to_child_r, self._to_child = os.pipe()
        self._from_child, from_child_w = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            for fd in (to_child_r, self._to_child, self._from_child, from_child_w):
                os.close(fd)
            return
        if pid == 0:     # the worker
            os.close(self._to_child)
            os.close(self._from_child)
            try:
                _import_renderer()   # the slow import, overlapped with the parent's work
                # one JSON line per message: warm-ups, then the job; end of input without a job: no map
                for line in os.fdopen(to_child_r, "rb"):
                    job = json.loads(line)
                    chron = Chronology.model_validate(job["chronology"])
                    if job.get("warm_up"):
                        _warm_up(chron, job)
                        continue
                    out = b"ok\n" + _render_here(chron, job["cdn"], job["tiles"], job["tiles_attr"],
                                                  job.get("borders")).encode("utf-8")
                    _write_all(from_child_w, out)
                    break
            except BaseException as e:   # reported to the parent, which turns it into a one-line error
                msg = str(e).removeprefix("map.html: ") if isinstance(e, RenderError) else f"{type(e).__name__}: {e}"
                try:
                    _write_all(from_child_w, f"error\n{msg}".encode("utf-8"))
                except OSError:
                    pass
            finally:
                os._exit(0)
        os.close(to_child_r)
        os.close(from_child_w)
        self.pid = pid

    def warm_up(self, dates: list[Timex], *, cdn: bool = False, tiles: Optional[str] = None,
                tiles_attr: Optional[str] = None, borders: Optional[str] = None) -> None:
        """Have the idle worker draw a map of the story's dates alone, so that the files every map reads
        (the land, the scripts, the borders of the story's years, chosen by its dates) are loaded before
        the job comes. A message small enough for the pipe's buffer, else none: the parent never waits."""
        if self.pid is None:
            return
        skeleton = Chronology(settings=Settings(), dates=[d for d in dates if d.narrative and d.kind == "date"])
        job = {"warm_up": True, "chronology": skeleton.model_dump(mode="json", by_alias=True), "cdn": cdn,
               "tiles": tiles, "tiles_attr": tiles_attr, "borders": borders}
        data = json.dumps(job).encode("utf-8") + b"\n"
        if len(data) <= _PIPE_ROOM:
            _write_all(self._to_child, data)

    def render(self, chron: Chronology, *, cdn: bool = False, tiles: Optional[str] = None,
               tiles_attr: Optional[str] = None, borders: Optional[str] = None) -> str:
        if self.pid is None:
            return _render_here(chron, cdn, tiles, tiles_attr, borders)
        job = {"chronology": chron.model_dump(mode="json", by_alias=True), "cdn": cdn, "tiles": tiles,
               "tiles_attr": tiles_attr, "borders": borders}
        try:
            _write_all(self._to_child, json.dumps(job).encode("utf-8") + b"\n")
        finally:
            os.close(self._to_child)
        try:
            reply = _read_all(self._from_child)
        finally:
            os.close(self._from_child)
            os.waitpid(self.pid, 0)
            self.pid = None
        status, _, body = reply.partition(b"\n")
        if status == b"ok":
            return body.decode("utf-8")
        if status == b"error":
            raise RenderError("map.html: " + body.decode("utf-8", "replace"))
        # the worker died without a word (killed, out of memory): do the work here
        return _render_here(chron, cdn, tiles, tiles_attr, borders)

    def cancel(self) -> None:
        """Let the worker go without a job (the build failed before the map)."""
        if self.pid is None:
            return
        os.close(self._to_child)
        os.close(self._from_child)
        os.waitpid(self.pid, 0)
        self.pid = None
