"""Each text's outputs in DIR/texts/<id>/, replaced whole or not at all.

Files are written into a hidden sibling folder which is then renamed into place; an old
folder is first renamed aside and removed after, so an interruption leaves either the old
folder or the new one, plus hidden leftovers that the next run clears.
"""
from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

_HIDDEN = (".partial-", ".old-")


def clear_leftovers(texts_dir: Path) -> None:
    if not texts_dir.is_dir():
        return
    for p in texts_dir.iterdir():
        if p.name.startswith(_HIDDEN):
            shutil.rmtree(p, ignore_errors=True)


def write_text_folder(texts_dir: Path, text_id: str, files: dict[str, bytes]) -> Path:
    texts_dir.mkdir(parents=True, exist_ok=True)
    tag = uuid.uuid4().hex[:8]
    partial = texts_dir / f".partial-{text_id}-{tag}"
    partial.mkdir()
    for name, data in files.items():
        (partial / name).write_bytes(data)
    target = texts_dir / text_id
    old = None
    if target.exists():
        old = texts_dir / f".old-{text_id}-{tag}"
        os.replace(target, old)
    os.replace(partial, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    return target
