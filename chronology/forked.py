"""A function run in a forked child process, its bytes read back through a pipe.

The machine the build runs on has two cores, and a build is a chain of steps of which some need
not wait for others (the map for the moves to be read, half of the sentences for the other half
to be parsed). A child made by fork starts with everything the parent has loaded, at no cost. Linux only (forking after a plain-Python start-up is safe there); `start` returns None
elsewhere or when the fork fails, and the caller does the work itself.
"""
from __future__ import annotations

import os
import signal
import sys
from typing import Callable, Optional


def read_all(fd: int) -> bytes:
    chunks = []
    while True:
        b = os.read(fd, 1 << 16)
        if not b:
            return b"".join(chunks)
        chunks.append(b)


def write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


class Forked:
    """`work()` running in a child; `result()` waits for its bytes (None if it failed)."""

    def __init__(self, pid: int, fd: int):
        self.pid, self.fd = pid, fd

    def result(self) -> Optional[bytes]:
        try:
            reply = read_all(self.fd)
        except BaseException:
            self.cancel()
            raise
        self._reap()
        status, _, body = reply.partition(b"\n")
        return body if status == b"ok" else None

    def cancel(self) -> None:
        if self.pid:
            os.kill(self.pid, signal.SIGKILL)
            self._reap()

    def _reap(self) -> None:
        if self.pid:
            os.close(self.fd)
            os.waitpid(self.pid, 0)
            self.pid = 0


def start(work: Callable[[], bytes]) -> Optional[Forked]:
    """Fork a child that runs work() and sends back what it returns."""
    if not sys.platform.startswith("linux"):
        return None
    r, w = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(r)
        os.close(w)
        return None
    if pid == 0:
        os.close(r)
        try:
            out = b"ok\n" + work()
        except BaseException:   # whatever went wrong, the parent does the work itself
            out = b"no\n"
        try:
            write_all(w, out)
        finally:
            os._exit(0)     # no atexit handlers, no flushing of the parent's buffers
    os.close(w)
    return Forked(pid, r)
