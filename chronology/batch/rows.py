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

from ..models import Chronology, Event, Finding, Journey, Leg, PlaceMention, Timex

# table name -> (model of one row, the Chronology field holding the rows)
TABLE_MODELS: dict[str, tuple[type[BaseModel], str]] = {
    "dates": (Timex, "dates"),
    "places": (PlaceMention, "places"),
    "events": (Event, "events"),
    "legs": (Leg, "legs"),
    "journeys": (Journey, "journeys"),
    "findings": (Finding, "findings"),
}
# columns the store adds to a model's own, after text_id (values filled by the batch)
EXTRA_COLUMNS: dict[str, list[tuple[str, pa.DataType]]] = {
    "events": [("subject_name", pa.string())],
    "legs": [("subject_name", pa.string()), ("distance_km", pa.float64()), ("geometry", pa.binary())],
    "journeys": [("subject_name", pa.string()), ("distance_km", pa.float64())],
}
TEXTS_COLUMNS: list[tuple[str, pa.DataType]] = [
    ("text_id", pa.string()), ("path", pa.string()), ("content_hash", pa.string()),
    ("settings_hash", pa.string()), ("subject", pa.string()), ("narrator", pa.bool_()),
    ("calendar", pa.string()), ("anchor", pa.string()), ("chars", pa.int64()),
    ("dates", pa.int64()), ("places", pa.int64()), ("events", pa.int64()), ("legs", pa.int64()),
    ("journeys", pa.int64()), ("findings", pa.int64()), ("seconds", pa.float64()),
]
TIMING_COLUMNS = {"seconds"}   # the only values that differ between two builds of the same text
_SCALARS = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}


def _arrow_type(annotation: Any) -> pa.DataType:
    origin = typing.get_origin(annotation)
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if origin in (Union, types.UnionType):
        return _arrow_type(args[0])
    if origin is Literal:
        return _SCALARS[type(args[0])]
    if origin is list:
        inner = args[0]
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            return pa.list_(pa.struct([pa.field(n, t) for n, t, _ in _columns(inner, nested=False)]))
        return pa.list_(_arrow_type(inner))
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
    clash = names & {n for n, _ in EXTRA_COLUMNS.get(table, [])}
    assert not clash, f"store columns {clash} clash with fields of {model.__name__}"
    extra = [(n, t, ()) for n, t in EXTRA_COLUMNS.get(table, [])]
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
    """The rows of every model table for one chronology (extra columns left for the caller)."""
    out: dict[str, list[dict]] = {}
    for table, (_, attr) in TABLE_MODELS.items():
        cols = table_columns(table)
        rows = []
        for item in getattr(chron, attr):
            dumped = item.model_dump(by_alias=True)
            row = {n: _get(dumped, p) for n, _, p in cols if p}
            row["text_id"] = text_id
            rows.append(row)
        out[table] = rows
    return out
