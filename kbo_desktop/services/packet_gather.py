"""Reading everything a meeting packet shows, in a fixed number of queries.

One query per table, whatever the agenda's length: the agenda's products,
their producers, certifications, analysis points, plans, actions, the
members responsible, visits, observed progress and photos. The rows are
then assembled in memory into :class:`~kbo_desktop.reports.packet_data.PacketData`.

The packet speaks as of the meeting: it lists the visits made on or before
the meeting date, and each product's photo is the one the officer ticked for
the packet on the latest such visit (see :meth:`PacketGatherer._marked_photos`),
else the product's own first photo.

Personal data (phone numbers, national ID numbers) is removed here, before
the renderer sees anything, unless the caller asks to keep it.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import CertificationStatus, PhotoOwnerKind, SwotKind
from kbo_desktop.domain.thai_dates import fiscal_year_be
from kbo_desktop.reports.packet_data import (
    EXPIRY_WARNING_DAYS,
    ActionLine,
    CertificationLine,
    ObservedProgress,
    PacketData,
    PacketProduct,
    PlanSection,
    VisitEntry,
)
from kbo_desktop.services.photos import photo_path
from kbo_desktop.services.planning import METHOD_BUDGET, action_sort_key, is_overdue, rollup
from kbo_desktop.services.visit_photos import in_packet
from kbo_desktop.store import models as m
from kbo_desktop.store.database import Database
from kbo_desktop.store.mapping import to_record

log = logging.getLogger(__name__)
R = TypeVar("R", bound=r.Record)

# Thai phone numbers (0x-xxx-xxxx, 0xx-xxx-xxx, +66 …) and 13-digit national
# ID numbers (1-2345-67890-12-3 or run together). Numbers inside longer codes
# (an อย. serial such as 42-2-00565-2-0001) are left alone.
_PHONE = re.compile(r"(?<![\d.,/-])(?:\+66[\s-]?|0)\d{1,2}(?:[\s-]?\d){7,8}(?![\d.,/-])")
_NATIONAL_ID = re.compile(
    r"(?<![\d.,/-])(?:\d{13}|\d[\s-]\d{4}[\s-]\d{5}[\s-]\d{2}[\s-]\d)(?![\d.,/-])"
)
REDACTED = "(ละไว้)"


def redact_personal(text: str) -> str:
    """Replace phone and national ID numbers in free text with :data:`REDACTED`."""
    if not text:
        return text
    return _PHONE.sub(REDACTED, _NATIONAL_ID.sub(REDACTED, text))


def _live(session: Session, row_type: type[Any], column: Any, ids: Iterable[str]) -> list[Any]:
    """Records whose ``column`` is one of ``ids`` and that are not tombstoned: one query."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return []
    rows = session.scalars(select(row_type).where(column.in_(wanted), row_type.deleted.is_(False)))
    return [to_record(row) for row in rows]


def _group(items: Iterable[R], key: str) -> dict[str, list[R]]:
    grouped: dict[str, list[R]] = defaultdict(list)
    for item in items:
        grouped[getattr(item, key)].append(item)
    return grouped


def product_photos(db: Database, product_ids: Iterable[str]) -> dict[str, list[r.Photo]]:
    """Each product's photos in the order the producers tab shows them (for a photo picker)."""
    with db.reading() as session:
        photos = _live(session, m.PhotoRow, m.PhotoRow.owner_id, product_ids)
    photos = [p for p in photos if p.owner_kind == PhotoOwnerKind.PRODUCT]
    photos.sort(key=_photo_order)
    return dict(_group(photos, "owner_id"))


def _photo_order(photo: r.Photo) -> tuple[Any, ...]:
    return (photo.updated_at is None, photo.updated_at, photo.id)


def _certification_line(cert: r.Certification, on: date) -> CertificationLine:
    expired = cert.status == CertificationStatus.EXPIRED or (
        cert.expires_on is not None and cert.expires_on < on
    )
    expiring = (
        not expired
        and cert.expires_on is not None
        and cert.expires_on <= on + timedelta(days=EXPIRY_WARNING_DAYS)
    )
    return CertificationLine(cert, expiring=expiring, expired=expired)


def _chosen_plans(plans: list[r.Plan], fiscal_year: int) -> list[r.Plan]:
    """The plans of the meeting's fiscal year, or else the newest plan."""
    this_year = [p for p in plans if p.fiscal_year_be == fiscal_year]
    if this_year:
        return sorted(this_year, key=lambda p: p.title)
    return [max(plans, key=lambda p: p.fiscal_year_be)] if plans else []


class PacketGatherer:
    """Reads a meeting's records with one query per table and assembles the packet.

    Construct it inside a read session (the queries run there); call
    :meth:`packet` afterwards, when the session may already be closed.

    Args:
        personal: keep phone and ID numbers; otherwise they are removed.
        photo_ids: photos the user chose; see ``PacketOptions.photo_ids``.
    """

    def __init__(
        self,
        session: Session,
        meeting: r.Meeting,
        *,
        personal: bool = False,
        photo_ids: set[str] | None = None,
    ):
        self.meeting = meeting
        self.personal = personal
        self.photo_ids = photo_ids
        self.on = meeting.held_on or date.today()
        product_ids = meeting.product_ids
        by_id = {p.id: p for p in _live(session, m.ProductRow, m.ProductRow.id, product_ids)}
        self.products = [by_id[pid] for pid in product_ids if pid in by_id]
        ids = [p.id for p in self.products]
        self.producers = {
            p.id: p
            for p in _live(
                session, m.ProducerRow, m.ProducerRow.id, (p.producer_id for p in self.products)
            )
        }
        self.certs = _group(
            _live(session, m.CertificationRow, m.CertificationRow.product_id, ids), "product_id"
        )
        self.swot = _group(
            _live(session, m.SwotItemRow, m.SwotItemRow.product_id, ids), "product_id"
        )
        plans = _live(session, m.PlanRow, m.PlanRow.product_id, ids)
        self.plans = _group(plans, "product_id")
        actions = _live(session, m.PlanActionRow, m.PlanActionRow.plan_id, (p.id for p in plans))
        self.actions = _group(actions, "plan_id")
        self.action_by_id = {a.id: a for a in actions}
        members = _live(
            session,
            m.NetworkMemberRow,
            m.NetworkMemberRow.id,
            (a.responsible_member_id for a in actions if a.responsible_member_id),
        )
        self.member_names = {mem.id: mem.name for mem in members}
        visits = [
            v
            for v in _live(session, m.VisitRow, m.VisitRow.producer_id, self.producers)
            if v.visited_on is None or v.visited_on <= self.on
        ]
        self.visits = _group(visits, "producer_id")
        self.observed = _group(
            _live(session, m.VisitProgressRow, m.VisitProgressRow.visit_id, (v.id for v in visits)),
            "visit_id",
        )
        photos = sorted(
            _live(session, m.PhotoRow, m.PhotoRow.owner_id, [*ids, *(v.id for v in visits)]),
            key=_photo_order,
        )
        self.photos = _group(
            (p for p in photos if p.owner_kind == PhotoOwnerKind.PRODUCT), "owner_id"
        )
        self.visit_photos = _group(
            (p for p in photos if p.owner_kind == PhotoOwnerKind.VISIT and in_packet(p)), "owner_id"
        )
        self.agenda_actions: dict[str, set[str]] = defaultdict(set)
        for product in self.products:
            for plan in self.plans.get(product.id, []):
                self.agenda_actions[product.producer_id].update(
                    a.id for a in self.actions.get(plan.id, [])
                )

    def packet(self, db: Database) -> PacketData:
        items = [
            self._product(db, product)
            for product in self.products
            if product.producer_id in self.producers
        ]
        provinces = Counter(
            i.producer.address.province for i in items if i.producer.address.province
        )
        province = provinces.most_common(1)[0][0] if provinces else ""
        meeting = self.meeting
        if not self.personal:
            meeting = dataclasses.replace(
                meeting,
                minutes=redact_personal(meeting.minutes),
                agenda=[redact_personal(a) for a in meeting.agenda],
            )
        return PacketData(meeting, province, items, self.personal)

    def _text(self, text: str) -> str:
        return text if self.personal else redact_personal(text)

    def _product(self, db: Database, product: r.Product) -> PacketProduct:
        producer = self.producers[product.producer_id]
        if not self.personal:
            producer = dataclasses.replace(
                producer, phone="", notes=redact_personal(producer.notes)
            )
        product = dataclasses.replace(product, description=self._text(product.description))
        swot: dict[SwotKind, list[r.SwotItem]] = {kind: [] for kind in SwotKind}
        for item in sorted(self.swot.get(product.id, []), key=lambda i: (i.position, i.id)):
            swot[item.kind].append(dataclasses.replace(item, text=self._text(item.text)))
        plans = [
            self._plan(plan)
            for plan in _chosen_plans(self.plans.get(product.id, []), fiscal_year_be(self.on))
        ]
        all_actions = [line.action for plan in plans for line in plan.actions]
        overall = rollup(all_actions, self.on) if plans else None
        own_actions = {
            a.id for plan in self.plans.get(product.id, []) for a in self.actions.get(plan.id, [])
        }
        photo = self._photo(product, own_actions)
        file = photo_path(db, photo) if photo is not None else None
        if file is not None and not file.is_file():
            log.warning(
                "photo file %s of product %s is missing; packet shows none", file, product.id
            )
            photo, file = None, None
        certs = sorted(
            self.certs.get(product.id, []),
            key=lambda c: (c.expires_on is None, c.expires_on or date.max, c.standard.value),
        )
        return PacketProduct(
            producer=producer,
            product=product,
            certifications=[_certification_line(c, self.on) for c in certs],
            photo=photo,
            photo_file=file,
            swot=swot,
            plans=plans,
            progress_pct=overall.progress_pct if overall else None,
            visits=self._visits(producer.id, own_actions),
        )

    def _plan(self, plan: r.Plan) -> PlanSection:
        actions = sorted(self.actions.get(plan.id, []), key=action_sort_key)
        lines = [
            ActionLine(
                dataclasses.replace(a, description=self._text(a.description)),
                self.member_names.get(a.responsible_member_id or "", ""),
                is_overdue(a, self.on),
            )
            for a in actions
        ]
        roll = rollup(actions, self.on)
        plan = dataclasses.replace(plan, goal=self._text(plan.goal))
        return PlanSection(
            plan, lines, roll.progress_pct, roll.method == METHOD_BUDGET, roll.budget_thb
        )

    def _photo(self, product: r.Product, own_actions: set[str]) -> r.Photo | None:
        """The photo chosen in ``photo_ids``, else the first one ticked for the
        packet, else the product's first photo."""
        own = self.photos.get(product.id, [])
        marked = self._marked_photos(product, own_actions)
        if self.photo_ids:
            for photo in [*own, *marked]:
                if photo.id in self.photo_ids:
                    return photo
        if marked:
            return marked[0]
        return own[0] if own else None

    def _marked_photos(self, product: r.Product, own_actions: set[str]) -> list[r.Photo]:
        """Photos ticked "in the packet" for this product, latest visit first.

        A visit's ticked photos belong to the products whose plan actions the
        visit followed; a visit that followed none of the producer's agenda
        products belongs to all of them. A product photo ticked (in a bundle
        from elsewhere) comes after the visits' photos.
        """
        producer_actions = self.agenda_actions.get(product.producer_id, set())
        marked: list[r.Photo] = []
        for visit in self._newest_first(product.producer_id):
            followed = {p.plan_action_id for p in self.observed.get(visit.id, [])}
            if followed & own_actions or not followed & producer_actions:
                marked += self.visit_photos.get(visit.id, [])
        return marked + [p for p in self.photos.get(product.id, []) if in_packet(p)]

    def _newest_first(self, producer_id: str) -> list[r.Visit]:
        return sorted(
            self.visits.get(producer_id, []),
            key=lambda v: (v.visited_on or date.min, v.id),
            reverse=True,
        )

    def _visits(self, producer_id: str, own_actions: set[str]) -> list[VisitEntry]:
        entries = []
        for visit in self._newest_first(producer_id):
            observed = [
                ObservedProgress(
                    dataclasses.replace(p, note=self._text(p.note)),
                    self._text(self.action_by_id[p.plan_action_id].description),
                )
                for p in self.observed.get(visit.id, [])
                if p.plan_action_id in own_actions
            ]
            observed.sort(
                key=lambda o: action_sort_key(self.action_by_id[o.progress.plan_action_id])
            )
            visit = dataclasses.replace(
                visit,
                purpose=self._text(visit.purpose),
                findings=self._text(visit.findings),
                recommendations=self._text(visit.recommendations),
            )
            entries.append(VisitEntry(visit, observed))
        return entries
