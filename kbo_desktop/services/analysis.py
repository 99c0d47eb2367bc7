"""The committee's analysis of a product: its SWOT points, grouped and ordered.

A product's points fall into five groups (ข้อดี, ข้อเด่น, ข้อด้อย, โอกาส,
อุปสรรค). Order inside a group matters to the committee (the first weakness is
the one to fix first), so every operation that changes order renumbers the
group's positions 0, 1, 2 … in the same transaction: positions never collide
and a half-done reorder can never be stored. Services hand back plain
records; the UI edits them in memory and saves the whole analysis at once with
:meth:`AnalysisService.save_analysis`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kbo_desktop.domain import records as r
from kbo_desktop.domain import validation
from kbo_desktop.domain.enums import Category, PhotoOwnerKind, Quadrant, SwotKind
from kbo_desktop.domain.errors import ValidationError, ValidationErrors
from kbo_desktop.services.records import RecordService, live_products_with_producers, load_row
from kbo_desktop.store import models as m
from kbo_desktop.store.database import Database
from kbo_desktop.store.mapping import apply_to_row, to_record

log = logging.getLogger(__name__)

#: Display order of the groups, as the committee reads them.
KIND_ORDER: tuple[SwotKind, ...] = (
    SwotKind.STRENGTH,
    SwotKind.HIGHLIGHT,
    SwotKind.WEAKNESS,
    SwotKind.OPPORTUNITY,
    SwotKind.THREAT,
)

Groups = dict[SwotKind, list[r.SwotItem]]


@dataclass(frozen=True)
class ProductChoice:
    """One line of the product picker: enough to search and filter by."""

    product_id: str
    name: str
    producer_name: str
    district: str
    category: Category
    star_rating: int | None
    quadrant: Quadrant | None


@dataclass
class ProductSummary:
    """What the analysis and planning tabs keep in view about a product."""

    product: r.Product
    producer_name: str
    district: str
    certifications: list[r.Certification] = field(default_factory=list)
    photo_path: Path | None = None


@dataclass(frozen=True)
class SaveOutcome:
    """What :meth:`AnalysisService.save_analysis` did, for the status bar."""

    groups: Groups
    deleted: int
    unlinked_actions: int


@dataclass(frozen=True)
class PointDeletion:
    """Enough to undo :meth:`AnalysisService.delete_point` exactly."""

    item_id: str
    position: int
    unlinked_action_ids: list[str]


def empty_groups() -> Groups:
    return {kind: [] for kind in KIND_ORDER}


class AnalysisService:
    """Product analysis use cases over one :class:`Database`."""

    def __init__(self, db: Database):
        self.db = db
        self.records = RecordService(db)

    # ------------------------------------------------------------ products

    def product_choices(self) -> list[ProductChoice]:
        """Every live product with its producer's district, sorted by name."""
        rows = live_products_with_producers(self.db)
        choices = [
            ProductChoice(
                product_id=product.id,
                name=product.name,
                producer_name=producer.name,
                district=producer.address_amphoe or "",
                category=product.category,
                star_rating=product.star_rating,
                quadrant=product.quadrant,
            )
            for product, producer in rows
        ]
        return sorted(choices, key=lambda c: (c.name, c.producer_name))

    def summary(self, product_id: str) -> ProductSummary:
        """The product, its producer's name and district, live certifications and first photo."""
        product = self.records.get(r.Product, product_id)
        producer = self.records.get(r.Producer, product.producer_id)
        certifications = self.records.list(r.Certification, product_id=product_id)
        photos = self.records.list(r.Photo, owner_kind=PhotoOwnerKind.PRODUCT, owner_id=product_id)
        photo_path = None
        for photo in photos:
            candidate = self.db.photos_dir / photo.file_name
            if candidate.is_file():
                photo_path = candidate
                break
        return ProductSummary(
            product=product,
            producer_name=producer.name,
            district=producer.address.amphoe,
            certifications=sorted(certifications, key=lambda c: c.standard.label_th),
            photo_path=photo_path,
        )

    def members(self) -> list[r.NetworkMember]:
        """Network members, by name, for "who raised this point"."""
        return sorted(self.records.list(r.NetworkMember), key=lambda mem: mem.name)

    # ------------------------------------------------------------ points

    def points(self, product_id: str) -> Groups:
        """The product's live points, grouped by kind, each group in position order."""
        with self.db.reading() as session:
            return _load_groups(session, product_id)

    def save_analysis(
        self,
        product_id: str,
        groups: Mapping[SwotKind, Sequence[r.SwotItem]],
        deleted_ids: Iterable[str] = (),
    ) -> SaveOutcome:
        """Store a whole edited analysis in one transaction.

        Each point gets the kind of the group it is in and its index there as
        position. Deleted points become tombstones; plan actions that answered
        a deleted weakness lose the link (their plan stays valid) and the
        count is reported so the user is told.

        Raises:
            ValidationErrors: every problem of every point at once, each with
                ``record`` naming the point so the form can mark it.
        """
        prepared = _renumbered(product_id, groups)
        found = [
            p for items in prepared.values() for item in items for p in validation.problems(item)
        ]
        if found:
            raise ValidationErrors(found)
        deleted_ids = list(dict.fromkeys(deleted_ids))
        with self.db.transaction() as session:
            unlinked = 0
            for item_id in deleted_ids:
                unlinked += len(_tombstone_point(session, item_id))
            for items in prepared.values():
                for item in items:
                    self.records.save_in(session, item)
            saved = _load_groups(session, product_id)
        log.info(
            "saved analysis of %s: %d deleted, %d actions unlinked",
            product_id,
            len(deleted_ids),
            unlinked,
        )
        return SaveOutcome(groups=saved, deleted=len(deleted_ids), unlinked_actions=unlinked)

    def add_point(self, item: r.SwotItem) -> r.SwotItem:
        """Store a new point at the end of its group."""
        with self.db.transaction() as session:
            group = _load_groups(session, item.product_id)[item.kind]
            item.position = len(group)
            return self.records.save_in(session, item)

    def reorder(
        self, product_id: str, kind: SwotKind, ordered_ids: Sequence[str]
    ) -> list[r.SwotItem]:
        """Put a group's points in the given order (it must name each point exactly once)."""
        with self.db.transaction() as session:
            group = _load_groups(session, product_id)[kind]
            by_id = {item.id: item for item in group}
            if sorted(ordered_ids) != sorted(by_id):
                raise _order_error(kind)
            reordered = [by_id[item_id] for item_id in ordered_ids]
            return _store_group(session, self.records, kind, reordered)

    def move(self, item_id: str, kind: SwotKind, index: int) -> Groups:
        """Move a point to ``index`` of group ``kind`` (its own group or another).

        Both groups are renumbered in the same transaction.
        """
        with self.db.transaction() as session:
            item = to_record(load_row(session, r.SwotItem, item_id))
            assert isinstance(item, r.SwotItem)
            groups = _load_groups(session, item.product_id)
            source = groups[item.kind]
            source[:] = [p for p in source if p.id != item_id]
            target = groups[kind]
            target.insert(max(0, min(index, len(target))), item)
            _store_group(session, self.records, item.kind, source)
            _store_group(session, self.records, kind, target)
            return _load_groups(session, item.product_id)

    def renumber(self, product_id: str) -> Groups:
        """Rewrite positions 0…n-1 in each group (repairs imported or legacy data)."""
        with self.db.transaction() as session:
            groups = _load_groups(session, product_id)
            for kind, items in groups.items():
                _store_group(session, self.records, kind, items)
            return _load_groups(session, product_id)

    def delete_point(self, item_id: str) -> PointDeletion:
        """Tombstone one point, unlink actions answering it, renumber its group.

        Returns what :meth:`restore_point` needs to undo exactly that.
        """
        with self.db.transaction() as session:
            item = to_record(load_row(session, r.SwotItem, item_id))
            assert isinstance(item, r.SwotItem)
            unlinked = _tombstone_point(session, item_id)
            group = _load_groups(session, item.product_id)[item.kind]
            _store_group(session, self.records, item.kind, group)
        return PointDeletion(item_id=item_id, position=item.position, unlinked_action_ids=unlinked)

    def restore_point(self, deletion: PointDeletion) -> r.SwotItem:
        """Undo :meth:`delete_point`: the point returns to its old place and links."""
        with self.db.transaction() as session:
            row = load_row(session, r.SwotItem, deletion.item_id, live=False)
            row.deleted = False
            item = to_record(row)
            assert isinstance(item, r.SwotItem)
            group = [
                p for p in _load_groups(session, item.product_id)[item.kind] if p.id != item.id
            ]
            group.insert(min(deletion.position, len(group)), item)
            _store_group(session, self.records, item.kind, group)
            for action_id in deletion.unlinked_action_ids:
                action = load_row(session, r.PlanAction, action_id)
                action.addresses_swot_item_id = item.id
                apply_to_row(to_record(action), action)
            return to_record(load_row(session, r.SwotItem, item.id))  # type: ignore[return-value]


def _load_groups(session: Session, product_id: str) -> Groups:
    row_type = m.SwotItemRow
    query = (
        select(row_type)
        .where(row_type.product_id == product_id, row_type.deleted.is_(False))
        .order_by(row_type.position, row_type.recorded_on, row_type.id)
    )
    groups = empty_groups()
    for row in session.scalars(query):
        item = to_record(row)
        assert isinstance(item, r.SwotItem)
        groups[item.kind].append(item)
    return groups


def _renumbered(product_id: str, groups: Mapping[SwotKind, Sequence[r.SwotItem]]) -> Groups:
    prepared = empty_groups()
    for kind, items in groups.items():
        for position, item in enumerate(items):
            prepared[kind].append(
                replace(
                    item, kind=kind, position=position, product_id=item.product_id or product_id
                )
            )
    return prepared


def _store_group(
    session: Session, records: RecordService, kind: SwotKind, items: Sequence[r.SwotItem]
) -> list[r.SwotItem]:
    stored = []
    for position, item in enumerate(items):
        item.kind = kind
        item.position = position
        stored.append(records.save_in(session, item))
    return stored


def _tombstone_point(session: Session, item_id: str) -> list[str]:
    """Tombstone one point and unlink plan actions answering it; returns their ids."""
    row = load_row(session, r.SwotItem, item_id, live=False)
    if not row.deleted:
        row.deleted = True
        apply_to_row(to_record(row), row)
    actions = session.scalars(
        select(m.PlanActionRow).where(
            m.PlanActionRow.addresses_swot_item_id == item_id, m.PlanActionRow.deleted.is_(False)
        )
    )
    unlinked = []
    for action in list(actions):
        action.addresses_swot_item_id = None
        apply_to_row(to_record(action), action)
        unlinked.append(action.id)
    session.flush()
    return unlinked


def _order_error(kind: SwotKind) -> ValidationError:
    return ValidationError(
        f"ลำดับใหม่ของกลุ่ม{kind.label_th}ต้องมีทุกประเด็นในกลุ่มครบ ประเด็นละหนึ่งครั้ง",
        f"the new order of {kind.label_en.lower()} must name every point of the group once",
        field="position",
    )
