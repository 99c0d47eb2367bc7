"""Copying between domain records and table rows.

Field names are the same on both sides, so the copy is generic; the two
exceptions are the producer's address (flattened into ``address_*`` columns)
and a meeting's products (a join table). A few columns are derived from a
record rather than copied (:data:`DERIVED`): the producer's name in Thai
dictionary order, which SQLite cannot sort by itself.

Besides ORM rows, records also convert to and from plain column dicts
(:func:`row_values`, :func:`record_from_values`), for bulk statements that
write thousands of rows without an object per row (imports, the demo).
Both paths produce the same stored values.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Mapping
from typing import Any

from kbo_desktop.domain import records as r
from kbo_desktop.domain.codec import field_types
from kbo_desktop.domain.thai_admin import thai_sort_key
from kbo_desktop.store import models as m
from kbo_desktop.store.types import utcnow

ROW_TYPES: dict[type[r.Record], type[Any]] = {
    r.NetworkMember: m.NetworkMemberRow,
    r.Producer: m.ProducerRow,
    r.Product: m.ProductRow,
    r.Certification: m.CertificationRow,
    r.SwotItem: m.SwotItemRow,
    r.Plan: m.PlanRow,
    r.PlanAction: m.PlanActionRow,
    r.Visit: m.VisitRow,
    r.VisitProgress: m.VisitProgressRow,
    r.Meeting: m.MeetingRow,
    r.Photo: m.PhotoRow,
}
RECORD_TYPES: dict[type[Any], type[r.Record]] = {row: rec for rec, row in ROW_TYPES.items()}
_ADDRESS_FIELDS = [f.name for f in dataclasses.fields(r.Address)]

# Columns worked out from the record on every write, never read back into it. A
# change to how one is worked out needs a migration that writes it again (0007
# wrote ``name_key``); tests/test_store_derived.py notices such a change.
DERIVED: dict[type[r.Record], dict[str, Callable[[Any], Any]]] = {
    r.Producer: {"name_key": lambda producer: thai_sort_key(producer.name)},
}


def to_record(row: Any) -> r.Record:
    cls = RECORD_TYPES[type(row)]
    product_ids = [link.product_id for link in row.product_links] if cls is r.Meeting else None
    return _build(cls, lambda name: getattr(row, name), product_ids)


def record_from_values(
    cls: type[r.Record], values: Mapping[Any, Any], product_ids: list[str] | None = None
) -> r.Record:
    """The record of a table row read as a column mapping (a Core result row's ``_mapping``).

    ``product_ids`` are a meeting's agenda products in order (the join table is not in ``values``).
    """
    return _build(cls, values.__getitem__, product_ids)


# How each field of a record maps to columns, worked out once per record type
# (bulk reads and writes go through these for every one of thousands of rows).
_PLAIN, _LIST, _ADDRESS, _PRODUCTS, _EXTRA, _STAMP = range(6)


@functools.cache
def _layout(cls: type[r.Record]) -> tuple[tuple[str, int], ...]:
    special = {"address": _ADDRESS, "product_ids": _PRODUCTS, "extra": _EXTRA, "updated_at": _STAMP}
    return tuple(
        (name, special.get(name, _LIST if getattr(hint, "__origin__", None) is list else _PLAIN))
        for name, hint in field_types(cls).items()
    )


def _build(cls: type[r.Record], column: Any, product_ids: list[str] | None) -> r.Record:
    values: dict[str, Any] = {}
    for name, kind in _layout(cls):
        if kind == _ADDRESS:
            values[name] = r.Address(**{f: column(f"address_{f}") for f in _ADDRESS_FIELDS})
        elif kind == _PRODUCTS:
            values[name] = list(product_ids or [])
        elif kind == _EXTRA:
            values[name] = dict(column("extra") or {})
        else:
            value = column(name)
            values[name] = list(value) if isinstance(value, list) else value
    return cls(**values)


def row_values(record: r.Record, *, keep_timestamp: bool = False) -> dict[str, Any]:
    """Every column value of ``record``'s table row (a meeting's products aside: :func:`meeting_links`).

    With ``keep_timestamp`` the record's own ``updated_at`` is kept (imports
    keep the sender's time); otherwise it is now.
    """
    values: dict[str, Any] = {}
    for name, kind in _layout(type(record)):
        value = getattr(record, name)
        if kind == _PLAIN:
            values[name] = list(value) if isinstance(value, list) else value
        elif kind == _STAMP:
            values[name] = value if keep_timestamp and value is not None else utcnow()
        elif kind == _ADDRESS:
            for f in _ADDRESS_FIELDS:
                values[f"address_{f}"] = getattr(value, f)
        elif kind != _PRODUCTS:
            values[name] = list(value) if isinstance(value, list) else value
    for column, derive in DERIVED.get(type(record), {}).items():
        values[column] = derive(record)
    return values


@functools.cache
def column_sources(cls: type[r.Record]) -> dict[str, str]:
    """Where each column of ``cls``'s table comes from in the record: an attribute
    path (``name``, ``address.tambon``); ``updated_at`` as :func:`row_values` keeps it."""
    sources: dict[str, str] = {}
    for name, kind in _layout(cls):
        if kind == _ADDRESS:
            sources.update({f"address_{f}": f"address.{f}" for f in _ADDRESS_FIELDS})
        elif kind != _PRODUCTS:
            sources[name] = name
    return sources


def meeting_links(meeting: r.Meeting) -> list[dict[str, Any]]:
    """The join rows of a meeting's agenda products: in agenda order, each product once."""
    return [
        {"meeting_id": meeting.id, "product_id": product_id, "position": position}
        for position, product_id in enumerate(dict.fromkeys(meeting.product_ids))
    ]


def apply_to_row(record: r.Record, row: Any, *, keep_timestamp: bool = False) -> None:
    """Copy every field of ``record`` onto ``row`` (a new or a loaded row).

    With ``keep_timestamp`` the record's own ``updated_at`` is written (imports
    keep the sender's time); otherwise it is set to now.
    """
    for name, value in row_values(record, keep_timestamp=keep_timestamp).items():
        setattr(row, name, value)
    if isinstance(record, r.Meeting):
        _set_meeting_products(row, record.product_ids)


def _set_meeting_products(row: m.MeetingRow, product_ids: list[str]) -> None:
    """Reconcile the join rows in place: replacing them wholesale would delete
    and insert rows with the same primary key in one flush."""
    existing = {link.product_id: link for link in row.product_links}
    links = []
    for position, product_id in enumerate(dict.fromkeys(product_ids)):
        link = existing.get(product_id) or m.MeetingProductRow(product_id=product_id)
        link.position = position
        links.append(link)
    row.product_links = links
