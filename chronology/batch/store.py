"""The corpus store: one Parquet dataset per table under DIR/store/<table>/.

Rows arrive in batches; each batch is written as one new part file per table, through a
hidden temporary name and a rename, with the `texts` part last. A text counts as stored
only once its `texts` row is, so a batch cut short (Ctrl-C, a killed process) leaves parts
that the next open removes. Readers (pyarrow.dataset, DuckDB, pandas) skip names starting
with '.' or '_', so they never see a file being written. Rebuilt texts are purged before
they are built again; the purge is journalled so an interrupted one is finished later.
"""
from __future__ import annotations

import json
import os
import time
import uuid
from pathlib import Path
from typing import Iterable, Optional

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .geoparquet import GEOMETRY_COLUMN, geo_metadata
from .rows import TABLES, table_schema

PURGE_JOURNAL = "_purge.json"
_ORDER = tuple(t for t in TABLES if t != "texts") + ("texts",)   # texts last when writing


def _atomic_parquet(table: pa.Table, path: Path) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)


def _to_table(name: str, rows: list[dict]) -> pa.Table:
    schema = table_schema(name)
    t = pa.Table.from_pylist(rows, schema=schema)
    if GEOMETRY_COLUMN in schema.names:
        t = t.replace_schema_metadata(geo_metadata(t.column(GEOMETRY_COLUMN).to_pylist()))
    return t


class Store:
    def __init__(self, root: Path, flush_texts: int = 100, flush_rows: int = 200_000, flush_seconds: float = 30.0):
        self.root = Path(root)
        self.flush_texts, self.flush_rows, self.flush_seconds = flush_texts, flush_rows, flush_seconds
        for t in TABLES:
            (self.root / t).mkdir(parents=True, exist_ok=True)
        self._buffers: dict[str, list[dict]] = {t: [] for t in TABLES}
        self._last_flush = time.monotonic()
        # sortable by time, unique across runs, processes and machines writing to the same store
        self._run = f"{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:10]}"
        self._seq = 0
        self.parts_written = 0
        self.recover()

    def parts(self, table: str) -> list[Path]:
        return sorted(p for p in (self.root / table).glob("*.parquet") if not p.name.startswith((".", "_")))

    # -- recovery and purge -------------------------------------------------------------------------
    def recover(self) -> None:
        """Remove temporary files and the parts of unfinished batches; finish an interrupted purge."""
        for t in TABLES:
            for p in (self.root / t).glob(".*.tmp"):
                p.unlink(missing_ok=True)
        finished = {p.name for p in self.parts("texts")}
        for t in TABLES:
            for p in self.parts(t):
                if p.name not in finished:
                    p.unlink()
        journal = self.root / PURGE_JOURNAL
        if journal.exists():
            try:
                ids = set(json.loads(journal.read_text(encoding="utf-8")))
            except ValueError:   # a journal cut short: its purge had not started
                ids = set()
            self._purge_rows(ids)
            journal.unlink()

    def purge(self, text_ids: Iterable[str]) -> None:
        """Take these texts out of every table (they are about to be rebuilt or have gone)."""
        ids = sorted(set(text_ids))
        if not ids:
            return
        journal = self.root / PURGE_JOURNAL
        tmp = journal.with_name("." + journal.name)
        tmp.write_text(json.dumps(ids), encoding="utf-8")
        os.replace(tmp, journal)
        self._purge_rows(set(ids))
        journal.unlink()

    def _purge_rows(self, ids: set[str]) -> None:
        if not ids:
            return
        wanted = pa.array(sorted(ids), pa.string())
        for t in ("texts",) + _ORDER[:-1]:    # texts first: a half-purged text is simply not stored
            for p in self.parts(t):
                ids_here = pq.read_table(p, columns=["text_id"]).column("text_id")
                hit = pc.is_in(ids_here, value_set=wanted)
                if not pc.any(hit).as_py():
                    continue
                table = pq.read_table(p).filter(pc.invert(hit))
                if table.num_rows == 0:
                    p.unlink()
                    continue
                # a part keeps its own columns (it may come from an older version of the models)
                if GEOMETRY_COLUMN in table.column_names:
                    table = table.replace_schema_metadata(geo_metadata(table.column(GEOMETRY_COLUMN).to_pylist()))
                _atomic_parquet(table, p)

    # -- reading ------------------------------------------------------------------------------------
    def stored(self) -> dict[str, tuple[str, str]]:
        """text id -> (content hash, settings hash) of every text in the store."""
        out: dict[str, tuple[str, str]] = {}
        for p in self.parts("texts"):
            t = pq.read_table(p, columns=["text_id", "content_hash", "settings_hash"])
            for i, c, s in zip(*(t.column(n).to_pylist() for n in ("text_id", "content_hash", "settings_hash"))):
                out[i] = (c, s)
        return out

    # -- writing ------------------------------------------------------------------------------------
    def add(self, text_row: dict, rows: dict[str, list[dict]]) -> None:
        self._buffers["texts"].append(text_row)
        for t, rs in rows.items():
            self._buffers[t].extend(rs)
        if self._due():
            self.flush()

    def _due(self) -> bool:
        n_rows = sum(len(b) for b in self._buffers.values())
        return (len(self._buffers["texts"]) >= self.flush_texts or n_rows >= self.flush_rows
                or time.monotonic() - self._last_flush >= self.flush_seconds)

    def flush(self) -> Optional[str]:
        """Write the buffered rows as one batch of part files; returns the part name."""
        self._last_flush = time.monotonic()
        if not self._buffers["texts"]:
            return None
        self._seq += 1
        name = f"part-{self._run}-{self._seq:05d}.parquet"
        for t in _ORDER:
            _atomic_parquet(_to_table(t, self._buffers[t]), self.root / t / name)
        self._buffers = {t: [] for t in TABLES}
        self.parts_written += 1
        return name
