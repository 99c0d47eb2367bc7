"""Copying between domain records and table rows.

Field names are the same on both sides, so the copy is generic; the two
exceptions are the producer's address (flattened into ``address_*`` columns)
and a meeting's products (a join table).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from kbo_desktop.domain import records as r
from kbo_desktop.domain.codec import field_types
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


def to_record(row: Any) -> r.Record:
    cls = RECORD_TYPES[type(row)]
    values: dict[str, Any] = {}
    for name in field_types(cls):
        if name == "address":
            values[name] = r.Address(
                **{f: getattr(row, f"address_{f}") for f in _ADDRESS_FIELDS}
            )
        elif name == "product_ids":
            values[name] = [link.product_id for link in row.product_links]
        elif name in ("extra",):
            values[name] = dict(row.extra or {})
        else:
            value = getattr(row, name)
            values[name] = list(value) if isinstance(value, list) else value
    return cls(**values)


def apply_to_row(record: r.Record, row: Any, *, keep_timestamp: bool = False) -> None:
    """Copy every field of ``record`` onto ``row`` (a new or a loaded row).

    With ``keep_timestamp`` the record's own ``updated_at`` is written (imports
    keep the sender's time); otherwise the column's ``onupdate`` sets it now.
    """
    for name in field_types(type(record)):
        value = getattr(record, name)
        if name == "updated_at":
            row.updated_at = value if keep_timestamp and value is not None else utcnow()
        elif name == "address":
            for f in _ADDRESS_FIELDS:
                setattr(row, f"address_{f}", getattr(value, f))
        elif name == "product_ids":
            _set_meeting_products(row, value)
        else:
            setattr(row, name, list(value) if isinstance(value, list) else value)


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
