"""Reading, saving and deleting records: the operations every tab shares.

Each call is one transaction and hands back plain domain records. Saving
validates the record and checks that what it points at exists; deleting
leaves tombstones (so the deletion travels in bundles) and takes the
record's dependants with it, and ``restore`` undoes exactly that.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from kbo_desktop.domain import records as r
from kbo_desktop.domain import validation
from kbo_desktop.domain.errors import NotFoundError, ValidationError, ValidationErrors
from kbo_desktop.store import models as m
from kbo_desktop.store.database import Database
from kbo_desktop.store.mapping import ROW_TYPES, apply_to_row, to_record

log = logging.getLogger(__name__)
R = TypeVar("R", bound=r.Record)

# Whose rows go when a record is deleted: (child type, field pointing at the parent).
_DEPENDANTS: dict[type[r.Record], list[tuple[type[r.Record], str]]] = {
    r.Producer: [(r.Product, "producer_id"), (r.Visit, "producer_id")],
    r.Product: [(r.Certification, "product_id"), (r.SwotItem, "product_id"), (r.Plan, "product_id")],
    r.Plan: [(r.PlanAction, "plan_id")],
    r.PlanAction: [(r.VisitProgress, "plan_action_id")],
    r.Visit: [(r.VisitProgress, "visit_id")],
}
_PHOTO_OWNERS = {cls: kind for kind, cls in r.PHOTO_OWNERS.items()}


def not_found(cls: type[r.Record], record_id: str) -> NotFoundError:
    return NotFoundError(
        f"ไม่พบ{cls.LABEL_TH} รหัส {record_id}",
        f"{cls.LABEL_EN} {record_id} does not exist",
        record=f"{cls.LABEL_EN} {record_id}",
    )


def load_row(session: Session, cls: type[r.Record], record_id: str, *, live: bool = True) -> Any:
    row = session.get(ROW_TYPES[cls], record_id)
    if row is None or (live and row.deleted):
        raise not_found(cls, record_id)
    return row


def live_products_with_producers(db: Database) -> list[tuple[m.ProductRow, m.ProducerRow]]:
    """Every live product of a live producer, with that producer, in one query
    (what the product pickers of the analysis, planning and meetings tabs list)."""
    query = (
        select(m.ProductRow, m.ProducerRow)
        .join(m.ProducerRow, m.ProductRow.producer_id == m.ProducerRow.id)
        .where(m.ProductRow.deleted.is_(False), m.ProducerRow.deleted.is_(False))
    )
    with db.reading() as session:
        return [(product, producer) for product, producer in session.execute(query)]


def check_references(session: Session, record: r.Record) -> None:
    """Every id the record points at must name a live record."""
    targets: dict[str, type[r.Record]] = dict(r.REFERENCES.get(type(record), {}))
    if isinstance(record, r.Photo):
        targets["owner_id"] = r.PHOTO_OWNERS[record.owner_kind]
    problems = []
    for field_name, target in targets.items():
        target_id = getattr(record, field_name)
        if not target_id:
            continue
        row = session.get(ROW_TYPES[target], target_id)
        if row is None or row.deleted:
            problems.append(
                ValidationError(
                    f"{validation.field_label(field_name)}ที่อ้างถึง (รหัส {target_id}) ไม่มีอยู่หรือถูกลบแล้ว",
                    f"the {target.LABEL_EN.lower()} it refers to ({target_id}) does not exist",
                    record=record.describe("en"),
                    field=field_name,
                )
            )
    if isinstance(record, r.Meeting):
        for product_id in record.product_ids:
            row = session.get(ROW_TYPES[r.Product], product_id)
            if row is None or row.deleted:
                problems.append(
                    ValidationError(
                        f"ผลิตภัณฑ์ในวาระการประชุม (รหัส {product_id}) ไม่มีอยู่หรือถูกลบแล้ว",
                        f"product {product_id} on the agenda does not exist",
                        record=record.describe("en"),
                        field="product_ids",
                    )
                )
    if problems:
        raise ValidationErrors(problems)


class RecordService:
    """Generic record operations over one :class:`Database`."""

    def __init__(self, db: Database):
        self.db = db

    def get(self, cls: type[R], record_id: str) -> R:
        with self.db.reading() as session:
            return to_record(load_row(session, cls, record_id))  # type: ignore[return-value]

    def list(self, cls: type[R], *, include_deleted: bool = False, **equals: Any) -> list[R]:
        """Records of one type, optionally filtered by equal fields, in stored order."""
        row_type = ROW_TYPES[cls]
        query = select(row_type)
        if not include_deleted:
            query = query.where(row_type.deleted.is_(False))
        for name, value in equals.items():
            query = query.where(getattr(row_type, name) == value)
        with self.db.reading() as session:
            return [to_record(row) for row in session.scalars(query)]  # type: ignore[misc]

    def save(self, record: R) -> R:
        """Insert or update one record after validating it.

        Raises:
            ValidationErrors: a field breaks a rule or a reference is dangling.
        """
        validation.check(record)
        with self.db.transaction() as session:
            saved = self.save_in(session, record)
        return saved

    def save_in(self, session: Session, record: R) -> R:
        """``save`` inside a caller's transaction (for operations that save several)."""
        validation.check(record)
        check_references(session, record)
        row_type = ROW_TYPES[type(record)]
        row = session.get(row_type, record.id)
        if row is None:
            row = row_type(id=record.id)
            session.add(row)
        apply_to_row(record, row)
        row.deleted = False
        session.flush()
        return to_record(row)  # type: ignore[return-value]

    def save_many(self, items: Iterable[r.Record]) -> list[r.Record]:
        with self.db.transaction() as session:
            return [self.save_in(session, item) for item in items]

    def delete(self, cls: type[r.Record], record_id: str) -> list[tuple[type[r.Record], str]]:
        """Tombstone a record and its dependants; returns what was deleted, for undo."""
        with self.db.transaction() as session:
            row = load_row(session, cls, record_id)
            deleted: list[tuple[type[r.Record], str]] = []
            self._tombstone(session, cls, row, deleted)
        log.info("deleted %s %s and %d dependants", cls.__name__, record_id, len(deleted) - 1)
        return deleted

    def restore(self, deleted: list[tuple[type[r.Record], str]]) -> None:
        """Undo a :meth:`delete`: bring back exactly the records it tombstoned."""
        with self.db.transaction() as session:
            for cls, record_id in deleted:
                row = load_row(session, cls, record_id, live=False)
                row.deleted = False
                apply_to_row(to_record(row), row)  # fresh updated_at so the undo travels

    def _tombstone(
        self, session: Session, cls: type[r.Record], row: Any, deleted: list[tuple[type[r.Record], str]]
    ) -> None:
        row.deleted = True
        apply_to_row(to_record(row), row)
        deleted.append((cls, row.id))
        for child_cls, field_name in _DEPENDANTS.get(cls, []):
            child_type = ROW_TYPES[child_cls]
            children = session.scalars(
                select(child_type).where(
                    getattr(child_type, field_name) == row.id, child_type.deleted.is_(False)
                )
            )
            for child in list(children):
                self._tombstone(session, child_cls, child, deleted)
        if cls in _PHOTO_OWNERS:
            photo_type = ROW_TYPES[r.Photo]
            photos = session.scalars(
                select(photo_type).where(
                    photo_type.owner_kind == _PHOTO_OWNERS[cls],
                    photo_type.owner_id == row.id,
                    photo_type.deleted.is_(False),
                )
            )
            for photo in list(photos):
                self._tombstone(session, r.Photo, photo, deleted)
