"""A per-text time limit that works wherever a task runs.

In a process pool a task runs on the worker's main thread, where a timer signal
interrupts even a long regular-expression search. A Dask worker runs tasks on other
threads, where signals cannot reach; there the limit is raised as an asynchronous
exception in that thread, which Python delivers at its next bytecode (so a long call
into compiled code finishes first).
"""
from __future__ import annotations

import ctypes
import signal
import threading
from contextlib import contextmanager
from typing import Iterator, Optional


class TextTimeout(Exception):
    """The text took longer than the batch's --timeout."""


def _on_alarm(signum, frame):
    raise TextTimeout()


@contextmanager
def _by_signal(seconds: float) -> Iterator[None]:
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _by_async_exception(seconds: float) -> Iterator[None]:
    target = threading.get_ident()
    state = {"armed": True}
    lock = threading.Lock()

    def fire():
        with lock:
            if state["armed"]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), ctypes.py_object(TextTimeout))
    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["armed"] = False
        timer.cancel()


@contextmanager
def deadline(seconds: Optional[float]) -> Iterator[None]:
    """Raise TextTimeout inside the block once `seconds` have passed (None or 0: no limit)."""
    if not seconds:
        yield
        return
    on_main = threading.current_thread() is threading.main_thread()
    with (_by_signal(seconds) if on_main and hasattr(signal, "setitimer") else _by_async_exception(seconds)):
        yield
