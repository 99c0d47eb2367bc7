"""Records to and from the JSON objects of the exchange contract.

Conversion is driven by the dataclasses' type hints, so a field added to a
record needs no code here. Empty optional values (``None``, ``""``) are left
out of the JSON: the contract's patterns (postcode, dates) do not accept
empty strings, and a missing property reads back as the same default.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from kbo_desktop.domain.records import Address, Record

_BASE_FIELDS = ("id", "updated_at", "deleted")


def format_timestamp(value: datetime) -> str:
    """ISO 8601 in UTC with a ``Z``, as the contract's ``updated_at`` wants."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def parse_timestamp(text: str) -> datetime:
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


@functools.cache
def field_types(cls: type) -> dict[str, Any]:
    """The dataclass fields of ``cls`` and their types, ``Optional`` unwrapped."""
    hints = typing.get_type_hints(cls)
    result = {}
    for f in dataclasses.fields(cls):
        hint = hints[f.name]
        if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
            hint = next(a for a in typing.get_args(hint) if a is not type(None))
        result[f.name] = hint
    return result


def _encode(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return format_timestamp(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Address):
        encoded = {k: _encode(v) for k, v in dataclasses.asdict(value).items()}
        return {k: v for k, v in encoded.items() if v not in (None, "")}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    return value


_AS_IS = (str, bool, int, float)  # exact types that encode to themselves (an Enum is never one)


@functools.cache
def _contract_fields(cls: type) -> tuple[str, ...]:
    return tuple(name for name in field_types(cls) if name != "extra")


def to_contract(record: Record) -> dict[str, Any]:
    """The record as one object of ``data.json``'s ``records.<collection>`` array."""
    out: dict[str, Any] = dict(record.extra)
    for name in _contract_fields(type(record)):
        value = getattr(record, name)
        if value is None or value == "":
            continue
        if type(value) in _AS_IS:
            out[name] = value
            continue
        encoded = _encode(value)
        if name == "address" and not encoded:
            continue
        out[name] = encoded
    return out


def _decode(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    if hint is Address:
        known = {f.name for f in dataclasses.fields(Address)}
        return Address(**{k: v for k, v in value.items() if k in known})
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint(value)
    if hint is datetime:
        return parse_timestamp(value)
    if hint is date:
        return date.fromisoformat(value)
    if hint is float and isinstance(value, int):
        return float(value)
    if typing.get_origin(hint) is list:
        return list(value)
    return value


def _decoder(hint: Any) -> Any:
    """:func:`_decode` for one type, worked out once (bundles decode records by the hundred thousand)."""
    if isinstance(hint, type) and issubclass(hint, Enum):
        members = {member.value: member for member in hint}

        def enum(value: Any) -> Any:
            try:
                return members[value]
            except (KeyError, TypeError):  # None, or not a value: as hint(value) answers
                return None if value is None else hint(value)

        return enum
    if hint is Address:
        return lambda value: None if value is None else _decode(hint, value)
    if hint is datetime:
        return lambda value: None if value is None else parse_timestamp(value)
    if hint is date:
        return lambda value: None if value is None else date.fromisoformat(value)
    if hint is float:
        return lambda value: float(value) if isinstance(value, int) else value
    if typing.get_origin(hint) is list:
        return lambda value: None if value is None else list(value)
    return None  # the value as it is


@functools.cache
def _decoders(cls: type) -> dict[str, Any]:
    return {name: _decoder(hint) for name, hint in field_types(cls).items() if name != "extra"}


def from_contract(cls: type[Record], data: dict[str, Any]) -> Record:
    """Build a record from a contract object; unknown properties go to ``extra``.

    The object is assumed to have passed schema validation, so a wrong type
    here is a bug, not user input.
    """
    decoders = _decoders(cls)
    kwargs: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in data.items():
        if key in decoders:
            decode = decoders[key]
            kwargs[key] = value if decode is None else decode(value)
        else:
            extra[key] = value
    return cls(**kwargs, extra=extra)
