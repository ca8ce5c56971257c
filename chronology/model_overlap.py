"""Work that needs no parse, run in a forked process while this one loads the language model.

Importing spaCy and loading the model takes a second or more, and the date and place analysis as
long again; neither waits for the other, so on two cores the analysis costs no wall time. The
result comes back pickled. Linux only (fork after a plain-Python start-up, as the map worker does);
whenever the child cannot finish the work on its own — no fork here, the work asks for the model
(letters and news read tenses from the parse), or it fails — the caller runs it in process, where
its errors are raised as usual.
"""
from __future__ import annotations

import os
import pickle
import signal
import sys
from typing import Callable, Optional, TypeVar

from . import nlp

T = TypeVar("T")


class _ModelWanted(BaseException):
    """The work asked for the model in the child. A BaseException, so that a stage's own
    `except Exception` (a missing model is no error there) cannot swallow it and change its result."""


def _refuse(name: str) -> None:
    raise _ModelWanted(name)


def _read_all(fd: int) -> bytes:
    chunks = []
    while True:
        b = os.read(fd, 1 << 16)
        if not b:
            return b"".join(chunks)
        chunks.append(b)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _preload(model: Optional[str]) -> None:
    try:
        nlp.load_model(model)
    except Exception:   # a missing model is reported where the parse is first used, as before
        pass


def beside_model_load(work: Callable[[], T], model: Optional[str] = None) -> Optional[T]:
    """work() done in a child while this process loads the model; None if the caller must do it."""
    if not sys.platform.startswith("linux"):
        return None
    r, w = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(r)
        os.close(w)
        return None
    if pid == 0:     # the child: the work, without loading the model
        os.close(r)
        try:
            nlp.on_load = _refuse
            out = b"ok\n" + pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL)
        except BaseException:
            out = b"no\n"
        try:
            _write_all(w, out)
        finally:
            os._exit(0)
    os.close(w)
    try:
        _preload(model)
        reply = _read_all(r)
    except BaseException:
        os.kill(pid, signal.SIGKILL)
        raise
    finally:
        os.close(r)
        os.waitpid(pid, 0)
    status, _, body = reply.partition(b"\n")
    return pickle.loads(body) if status == b"ok" else None
