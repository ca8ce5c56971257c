"""The store's tables, derived from the output models: one row per date, place mention, event,
leg, journey and finding, every row keyed by its text id.

Columns follow chronology.models, so a field added there appears here without an edit: a
nested model (a leg's `from`, an event's `evidence`) becomes prefixed columns (`from_name`,
`evidence_start`), a list of strings a list column, a list of models a list of structs.
"""
from __future__ import annotations

import types
import typing
from functools import lru_cache
from typing import Any, Literal, Union

import pyarrow as pa
from pydantic import BaseModel

from ..models import Chronology

# Chronology's lists that are not tables of their own: `review` repeats findings for the reader
NOT_TABLES = {"review", "corrections_applied"}


def _table_models() -> dict[str, tuple[type[BaseModel], str]]:
    """table name -> (model of one row, the Chronology field holding the rows): every list of models."""
    out = {}
    for name, field in Chronology.model_fields.items():
        args = typing.get_args(field.annotation)
        if (name not in NOT_TABLES and typing.get_origin(field.annotation) is list and args
                and isinstance(args[0], type) and issubclass(args[0], BaseModel)):
            out[field.alias or name] = (args[0], name)
    return out


TABLE_MODELS = _table_models()
# columns the store adds to a model's own, after them (values filled by the batch)
EXTRA_COLUMNS: dict[str, list[tuple[str, pa.DataType]]] = {
    "legs": [("distance_km", pa.float64()), ("geometry", pa.binary())],
    "journeys": [("distance_km", pa.float64())],
}
COMMON_COLUMNS = [("subject_name", pa.string())]    # every model table: whose chronology the row is from
# one row per text built: where it came from, what decides its result, how many rows each table got
TEXTS_COLUMNS: list[tuple[str, pa.DataType]] = [
    ("text_id", pa.string()), ("path", pa.string()), ("content_hash", pa.string()),
    ("settings_hash", pa.string()), ("subject_name", pa.string()), ("narrator", pa.bool_()),
    ("calendar", pa.string()), ("anchor", pa.string()), ("chars", pa.int64()),
    *((t, pa.int64()) for t in TABLE_MODELS), ("seconds", pa.float64()), ("cpu_seconds", pa.float64()),
]
TIMING_COLUMNS = {"seconds", "cpu_seconds"}   # the only values that differ between two builds of a text
_SCALARS = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}


def _arrow_type(annotation: Any) -> pa.DataType:
    origin = typing.get_origin(annotation)
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if origin in (Union, types.UnionType):
        return _arrow_type(args[0])
    if origin is Literal:
        return _SCALARS[type(args[0])]
    if origin in (list, tuple):
        return pa.list_(_arrow_type(args[0]))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return pa.struct([pa.field(n, t) for n, t, _ in _columns(annotation, nested=False)])
    if annotation not in _SCALARS:
        raise TypeError(f"no store column type for {annotation!r}; teach chronology/batch/rows.py")
    return _SCALARS[annotation]


def _columns(model: type[BaseModel], nested: bool = True) -> list[tuple[str, pa.DataType, tuple[str, ...]]]:
    """(column name, Arrow type, path into the model's by-alias dump) for each field."""
    out = []
    for name, field in model.model_fields.items():
        key = field.alias or name
        ann = field.annotation
        direct = (ann,) if typing.get_origin(ann) is list else (ann, *typing.get_args(ann))
        sub = next((a for a in direct if isinstance(a, type) and issubclass(a, BaseModel)), None)
        if nested and sub is not None:
            out += [(f"{key}_{n}", t, (key, *p)) for n, t, p in _columns(sub, nested=False)]
        else:
            out.append((key, _arrow_type(ann), (key,)))
    return out


@lru_cache(maxsize=None)
def table_columns(table: str) -> tuple[tuple[str, pa.DataType, tuple[str, ...]], ...]:
    model, _ = TABLE_MODELS[table]
    own = _columns(model)
    names = {n for n, _, _ in own}
    added = COMMON_COLUMNS + EXTRA_COLUMNS.get(table, [])
    clash = names & {n for n, _ in added}
    assert not clash, f"store columns {clash} clash with fields of {model.__name__}"
    extra = [(n, t, ()) for n, t in added]
    return (("text_id", pa.string(), ()), *own, *extra)


@lru_cache(maxsize=None)
def table_schema(table: str) -> pa.Schema:
    if table == "texts":
        return pa.schema([pa.field(n, t) for n, t in TEXTS_COLUMNS])
    return pa.schema([pa.field(n, t) for n, t, _ in table_columns(table)])


TABLES = ("texts", *TABLE_MODELS)


def _get(d: dict, path: tuple[str, ...]):
    for k in path:
        if d is None:
            return None
        d = d.get(k)
    return d


def model_rows(chron: Chronology, text_id: str) -> dict[str, list[dict]]:
    """The rows of every model table for one chronology (columns of EXTRA_COLUMNS left for the caller)."""
    out: dict[str, list[dict]] = {}
    for table, (_, attr) in TABLE_MODELS.items():
        cols = table_columns(table)
        rows = []
        for item in getattr(chron, attr):
            dumped = item.model_dump(by_alias=True)
            row = {n: _get(dumped, p) for n, _, p in cols if p}
            row["text_id"] = text_id
            row["subject_name"] = chron.subject
            rows.append(row)
        out[table] = rows
    return out
