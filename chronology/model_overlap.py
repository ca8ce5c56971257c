"""Work that needs no parse, run in a forked process while this one loads the language model.

Importing spaCy and loading the model takes a second or more, and the date and place analysis as
long again; neither waits for the other, so on two cores the analysis costs no wall time. The
result comes back pickled. Linux only (fork after a plain-Python start-up, as the map worker does);
whenever the child cannot finish the work on its own — no fork here, the work asks for the model
(letters and news read tenses from the parse), or it fails — the caller runs it in process, where
its errors are raised as usual.
"""
from __future__ import annotations

import pickle
from typing import Callable, Optional, TypeVar

from . import forked, language_model

T = TypeVar("T")


class _ModelWanted(BaseException):
    """The work asked for the model in the child. A BaseException, so that a stage's own
    `except Exception` (a missing model is no error there) cannot swallow it and change its result."""


def _refuse(name: str) -> None:
    raise _ModelWanted(name)


def _preload(model: Optional[str]) -> None:
    try:
        language_model.load_model(model)
    except Exception:   # a missing model is reported where the parse is first used, as before
        pass


def _refuse_loading() -> None:
    language_model.on_load = _refuse


def beside_model_load(work: Callable[[], T], model: Optional[str] = None) -> Optional[T]:
    """work() done in a child while this process loads the model; None if the caller must do it."""
    child = forked.start(lambda: pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL), _refuse_loading)
    if child is None:
        return None
    try:
        _preload(model)
    except BaseException:
        child.cancel()
        raise
    body = child.result()
    return pickle.loads(body) if body is not None else None
