"""Which records belong in a partial bundle: those changed since a time, or one district's.

A district (amphoe) bundle carries the producers whose address is in that
amphoe and everything hanging off them (products and their certifications,
analyses and plans with their actions; visits with their observed progress;
photos of any of these), plus the network members those actions name and the
meetings whose agenda lists one of its products. Tombstones are included, so
deletions travel too. References that point outside the district (a meeting
listing another district's product) are resolved against the receiving
database on import.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kbo_desktop.domain import records as r
from kbo_desktop.domain.errors import ValidationError
from kbo_desktop.domain.thai_admin import strip_amphoe_prefix
from kbo_desktop.store import models as m

Scope = dict[type[r.Record], set[str]]


def _pairs(session: Session, column_a: Any, column_b: Any) -> Iterable[tuple[str, str]]:
    return [(a, b) for a, b in session.execute(select(column_a, column_b))]


def _children(session: Session, row_type: Any, parent_column: str, parents: set[str]) -> set[str]:
    return {
        child_id
        for child_id, parent_id in _pairs(session, row_type.id, getattr(row_type, parent_column))
        if parent_id in parents
    }


def _same_amphoe(stored: str, wanted: str) -> bool:
    return " ".join(strip_amphoe_prefix(stored).split()) == wanted


def district_scope(session: Session, amphoe: str) -> Scope:
    """The ids, per record type, of everything a bundle for ``amphoe`` carries.

    Raises:
        ValidationError: no producer (live or deleted) is recorded in that amphoe,
            which is almost always a misspelt name.
    """
    wanted = " ".join(strip_amphoe_prefix(amphoe).split())
    producers = {
        pid
        for pid, stored in _pairs(session, m.ProducerRow.id, m.ProducerRow.address_amphoe)
        if _same_amphoe(stored or "", wanted)
    }
    if not producers:
        raise ValidationError(
            f"ไม่มีผู้ผลิตในอำเภอ{wanted} จึงไม่มีข้อมูลให้ส่งออก",
            f"no producer is recorded in amphoe {wanted!r}; nothing to export",
            record=f"amphoe {wanted}",
            field="address.amphoe",
        )
    products = _children(session, m.ProductRow, "producer_id", producers)
    plans = _children(session, m.PlanRow, "product_id", products)
    actions = _children(session, m.PlanActionRow, "plan_id", plans)
    visits = _children(session, m.VisitRow, "producer_id", producers)
    progress = _children(session, m.VisitProgressRow, "visit_id", visits) | _children(
        session, m.VisitProgressRow, "plan_action_id", actions
    )
    owners = producers | products | visits
    members = {
        member_id
        for action_id, member_id in _pairs(
            session, m.PlanActionRow.id, m.PlanActionRow.responsible_member_id
        )
        if action_id in actions and member_id
    }
    meetings = {
        meeting_id
        for meeting_id, product_id in _pairs(
            session, m.MeetingProductRow.meeting_id, m.MeetingProductRow.product_id
        )
        if product_id in products
    }
    return {
        r.NetworkMember: members,
        r.Producer: producers,
        r.Product: products,
        r.Certification: _children(session, m.CertificationRow, "product_id", products),
        r.SwotItem: _children(session, m.SwotItemRow, "product_id", products),
        r.Plan: plans,
        r.PlanAction: actions,
        r.Visit: visits,
        r.VisitProgress: progress,
        r.Meeting: meetings,
        r.Photo: _children(session, m.PhotoRow, "owner_id", owners),
    }
