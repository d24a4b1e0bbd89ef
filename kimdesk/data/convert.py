"""Rows to domain objects and back: the one place where ORM rows become plain data.

Fields are matched by name; enum-typed fields are converted from and to their string
values using the dataclass type hints. Client's nested ``Interpreter`` is flattened
to ``interpreter_*`` columns.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from enum import Enum
from functools import cache
from typing import Any, TypeVar

from kimdesk.domain.models import Client, Interpreter

T = TypeVar("T")


@cache
def _enum_fields(cls: type) -> dict[str, type[Enum]]:
    hints = typing.get_type_hints(cls)
    found: dict[str, type[Enum]] = {}
    for name, hint in hints.items():
        candidates = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
        for c in candidates:
            if isinstance(c, type) and issubclass(c, Enum):
                found[name] = c
    return found


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def to_domain(cls: type[T], row: Any, **extra: Any) -> T:
    """Build a domain object of ``cls`` from an ORM row (plus explicit ``extra`` fields)."""
    enums = _enum_fields(cls)
    values: dict[str, Any] = {}
    for name in _field_names(cls):
        if name in extra or not hasattr(row, name):
            continue
        value = getattr(row, name)
        if value is not None and name in enums:
            value = enums[name](value)
        values[name] = value
    values.update(extra)
    if cls is Client:
        values["interpreter"] = Interpreter(
            needed=bool(row.interpreter_needed),
            language=row.interpreter_language or "",
            dialect=row.interpreter_dialect or "",
            preferred_gender=_enum_fields(Interpreter)["preferred_gender"](row.interpreter_gender),
        )
    return cls(**values)


def to_columns(obj: Any, *, exclude: tuple[str, ...] = ()) -> dict[str, Any]:
    """Column values for a row from a domain object (enums become their string values)."""
    values: dict[str, Any] = {}
    for name in _field_names(type(obj)):
        if name in exclude:
            continue
        value = getattr(obj, name)
        if isinstance(value, Interpreter):
            values.update(
                interpreter_needed=value.needed,
                interpreter_language=value.language,
                interpreter_dialect=value.dialect,
                interpreter_gender=value.preferred_gender.value,
            )
            continue
        if isinstance(value, tuple) and value and dataclasses.is_dataclass(value[0]):
            continue  # child collections are stored by their own repositories
        values[name] = value.value if isinstance(value, Enum) else value
    return values
