"""A one-line progress bar on stderr: texts done, failures, rate and time left.

Drawn only on a terminal (and not with --quiet), at most a few times a second, so that
logs and pipes stay clean.
"""
from __future__ import annotations

import sys
import time
from typing import Optional, TextIO


def _clock(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"


class Progress:
    def __init__(self, total: int, *, quiet: bool = False, stream: Optional[TextIO] = None, width: int = 24):
        self.stream = stream or sys.stderr
        self.total, self.width = total, width
        self.enabled = not quiet and self.stream.isatty()
        self.done = self.failed = 0
        self._t0 = time.monotonic()
        self._last = 0.0

    def line(self) -> str:
        elapsed = max(time.monotonic() - self._t0, 1e-9)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate > 0 else None
        filled = int(self.width * self.done / self.total) if self.total else self.width
        eta = _clock(left) if left is not None else "?"
        fail = f", {self.failed} failed" if self.failed else ""
        return (f"[{'#' * filled}{'.' * (self.width - filled)}] {self.done}/{self.total} texts{fail}, "
                f"{rate:.1f}/s, ETA {eta}")

    def update(self, ok: bool) -> None:
        self.done += 1
        self.failed += not ok
        now = time.monotonic()
        if self.enabled and (now - self._last >= 0.2 or self.done == self.total):
            self._last = now
            self.stream.write("\r" + self.line() + "\x1b[K")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()
