"""Records to JSON-ready values and back, driven by the dataclasses' own type hints.

``to_json(record)`` gives plain dicts, lists, strings and numbers (dates as
``YYYY-MM-DD``, datetimes as ISO 8601 with their offset, paths as strings);
``from_json(Type, value)`` rebuilds the record. One codec serves the store, stored
issues and ``extract --json``, so a record's JSON shape is its dataclass and nothing else.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Mapping
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any, TypeVar, Union, get_args, get_origin

T = TypeVar("T")


def to_json(value: Any) -> Any:
    """A JSON-ready copy of ``value`` (records, tuples, lists, dicts, dates, scalars)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [to_json(item) for item in value]
    if isinstance(value, Mapping):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    return value


def from_json(kind: type[T], value: Any) -> T:
    """Rebuild a record of type ``kind`` from what ``to_json`` produced."""
    result: T = _decode(kind, value)
    return result


@cache
def _hints(kind: type) -> dict[str, Any]:
    return typing.get_type_hints(kind)


def _decode(kind: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = get_origin(kind)
    if origin in (Union, types.UnionType):
        options = [arg for arg in get_args(kind) if arg is not type(None)]
        return _decode(options[0], value) if len(options) == 1 else value
    if origin is typing.Literal or kind is Any:
        return value
    if origin is tuple:
        (item, *_rest) = get_args(kind)
        return tuple(_decode(item, v) for v in value)
    if origin is list:
        return [_decode(get_args(kind)[0], v) for v in value]
    if origin in (dict, Mapping):
        return {k: _decode(get_args(kind)[1], v) for k, v in value.items()}
    if dataclasses.is_dataclass(kind):
        hints = _hints(kind)  # type: ignore[arg-type]
        names = {f.name for f in dataclasses.fields(kind)}
        args = {k: _decode(hints[k], v) for k, v in value.items() if k in names}
        return kind(**args)  # type: ignore[operator]
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is date:
        return date.fromisoformat(value)
    if kind is Path:
        return Path(value)
    return value
