"""Producers as the producers tab needs them: a filtered list and one producer in full.

The list is one aggregate query (a producer row with its product count,
categories, best star rating, quadrants and KBO-target flag), never one query
per producer, so a province with thousands of producers stays quick on an old
laptop. A producer is loaded with its products, certifications and photos as
plain records (:class:`ProducerDetail`), edited as a copy by the UI, and saved
back in one transaction so a half-saved producer never exists.
"""

from __future__ import annotations

import copy
import enum
import hashlib
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Select, and_, case, exists, func, or_, select
from sqlalchemy.orm import aliased

from kbo_desktop.domain import records as r
from kbo_desktop.domain import validation
from kbo_desktop.domain.enums import Category, CertificationStatus, PhotoOwnerKind, Quadrant
from kbo_desktop.domain.errors import ValidationError, ValidationErrors
from kbo_desktop.domain.thai_admin import thai_sort_key
from kbo_desktop.services.photos import prepare_image, store_bytes
from kbo_desktop.services.records import RecordService
from kbo_desktop.store import models as m
from kbo_desktop.store.database import Database
from kbo_desktop.store.mapping import to_record

log = logging.getLogger(__name__)

EXPIRING_SOON_DAYS = 90


@dataclass(frozen=True, slots=True)
class ProducerFilter:
    """What the list is narrowed to; empty values mean "any".

    Product criteria (category, stars, quadrant, KBO target) keep a producer
    when *any one* of its products matches, which is how a committee asks
    ("producers with a 3-star product").
    """

    text: str = ""
    amphoe: str = ""
    category: Category | None = None
    stars: int | None = None
    quadrant: Quadrant | None = None
    kbo_target_only: bool = False


@dataclass(frozen=True, slots=True)
class ProducerListRow:
    """One producer as a line of the list."""

    id: str
    name: str
    amphoe: str
    tambon: str
    province: str
    product_count: int
    categories: tuple[Category, ...]
    best_star: int | None
    quadrants: tuple[Quadrant, ...]
    kbo_target: bool
    updated_at: datetime | None = None


@dataclass
class ProducerDetail:
    """A producer with everything the editor shows, as plain records.

    Attributes:
        producer: the producer itself.
        products: its live products, in stored order.
        certifications: the live certifications of those products.
        photos: live photos of the producer and of its products.
    """

    producer: r.Producer
    products: list[r.Product] = field(default_factory=list)
    certifications: list[r.Certification] = field(default_factory=list)
    photos: list[r.Photo] = field(default_factory=list)

    def certifications_of(self, product_id: str) -> list[r.Certification]:
        return [c for c in self.certifications if c.product_id == product_id]

    def photos_of(self, owner_id: str) -> list[r.Photo]:
        return [p for p in self.photos if p.owner_id == owner_id]

    def copy(self) -> ProducerDetail:
        """An independent copy: the editor's draft must not change the saved snapshot."""
        return copy.deepcopy(self)


class ExpiryState(enum.Enum):
    """How urgent a certification's expiry is, for colour, icon and text."""

    NONE = "none"  # no expiry date
    VALID = "valid"
    SOON = "soon"  # within EXPIRING_SOON_DAYS
    EXPIRED = "expired"


def expiry_state(cert: r.Certification, today: date | None = None) -> ExpiryState:
    """Whether ``cert`` has expired or expires within :data:`EXPIRING_SOON_DAYS`."""
    today = today or date.today()
    if cert.status == CertificationStatus.EXPIRED:
        return ExpiryState.EXPIRED
    if cert.expires_on is None:
        return ExpiryState.NONE
    if cert.expires_on < today:
        return ExpiryState.EXPIRED
    if (cert.expires_on - today).days <= EXPIRING_SOON_DAYS:
        return ExpiryState.SOON
    return ExpiryState.VALID


# -- the list ----------------------------------------------------------------------------


def _list_query(filters: ProducerFilter) -> Select[tuple]:  # type: ignore[type-arg]
    p, pr = m.ProducerRow, m.ProductRow
    stmt = (
        select(
            p.id,
            p.name,
            p.address_amphoe,
            p.address_tambon,
            p.address_province,
            func.count(pr.id),
            func.aggregate_strings(pr.category, ","),
            func.max(pr.star_rating),
            func.aggregate_strings(pr.quadrant, ","),
            func.max(case((pr.kbo_target.is_(True), 1), else_=0)),
            p.updated_at,
        )
        .select_from(p)
        .outerjoin(pr, and_(pr.producer_id == p.id, pr.deleted.is_(False)))
        .where(p.deleted.is_(False))
        .group_by(p.id)
        .order_by(p.name)
    )
    if filters.amphoe:
        stmt = stmt.where(p.address_amphoe == filters.amphoe)
    wanted = aliased(m.ProductRow)
    product_conditions = []
    if filters.category is not None:
        product_conditions.append(wanted.category == filters.category)
    if filters.stars is not None:
        product_conditions.append(wanted.star_rating == filters.stars)
    if filters.quadrant is not None:
        product_conditions.append(wanted.quadrant == filters.quadrant)
    if filters.kbo_target_only:
        product_conditions.append(wanted.kbo_target.is_(True))
    if product_conditions:
        stmt = stmt.where(
            exists().where(
                wanted.producer_id == p.id, wanted.deleted.is_(False), *product_conditions
            )
        )
    text = " ".join(filters.text.split())
    if text:
        named = aliased(m.ProductRow)
        stmt = stmt.where(
            or_(
                *(
                    column.contains(text, autoescape=True)
                    for column in (
                        p.name,
                        p.contact_name,
                        p.otop_registration_no,
                        p.address_village,
                        p.address_tambon,
                        p.address_amphoe,
                    )
                ),
                exists().where(
                    named.producer_id == p.id,
                    named.deleted.is_(False),
                    named.name.contains(text, autoescape=True),
                ),
            )
        )
    return stmt


def _split(joined: str | None, kind: type[enum.Enum]) -> tuple:  # type: ignore[type-arg]
    """Distinct enum members from an aggregated ``a,b,a`` string, in declaration order."""
    present = set((joined or "").split(","))
    return tuple(member for member in kind if member.value in present)


def list_producers(db: Database, filters: ProducerFilter | None = None) -> list[ProducerListRow]:
    """Live producers matching ``filters``, with their product summary, in one query."""
    with db.reading() as session:
        rows = session.execute(_list_query(filters or ProducerFilter())).all()
    return [
        ProducerListRow(
            id=pid,
            name=name,
            amphoe=amphoe or "",
            tambon=tambon or "",
            province=province or "",
            product_count=count,
            categories=_split(categories, Category),
            best_star=best,
            quadrants=_split(quadrants, Quadrant),
            kbo_target=bool(target),
            updated_at=updated,
        )
        for pid, name, amphoe, tambon, province, count, categories, best, quadrants, target, updated in rows
    ]


def amphoes_in_use(db: Database) -> list[str]:
    """Districts some live producer is in, in Thai dictionary order (for the filter combo)."""
    p = m.ProducerRow
    stmt = select(p.address_amphoe).where(p.deleted.is_(False), p.address_amphoe != "").distinct()
    with db.reading() as session:
        names = list(session.scalars(stmt))
    return sorted(names, key=thai_sort_key)


# -- one producer ------------------------------------------------------------------------


def load_detail(db: Database, producer_id: str) -> ProducerDetail:
    """The producer with its live products, certifications and photos.

    Raises:
        NotFoundError: the producer does not exist or was deleted.
    """
    from kbo_desktop.services.records import load_row

    with db.reading() as session:
        producer = to_record(load_row(session, r.Producer, producer_id))
        products = [
            to_record(row)
            for row in session.scalars(
                select(m.ProductRow)
                .where(m.ProductRow.producer_id == producer_id, m.ProductRow.deleted.is_(False))
                .order_by(m.ProductRow.name)
            )
        ]
        product_ids = [p.id for p in products]
        certs = [
            to_record(row)
            for row in session.scalars(
                select(m.CertificationRow).where(
                    m.CertificationRow.product_id.in_(product_ids),
                    m.CertificationRow.deleted.is_(False),
                )
            )
        ]
        photos = [
            to_record(row)
            for row in session.scalars(
                select(m.PhotoRow)
                .where(
                    m.PhotoRow.owner_id.in_([producer_id, *product_ids]),
                    m.PhotoRow.deleted.is_(False),
                )
                .order_by(m.PhotoRow.updated_at)
            )
        ]
    return ProducerDetail(producer, products, certs, photos)  # type: ignore[arg-type]


def detail_problems(detail: ProducerDetail) -> dict[str, list[ValidationError]]:
    """Every rule broken in the producer, its products and certifications, by record id.

    The editor uses this to put each message next to its field; records that
    point at the producer or a product being created are checked as if saved.
    """
    found: dict[str, list[ValidationError]] = {}
    for record in (detail.producer, *detail.products, *detail.certifications):
        problems = validation.problems(record)
        if problems:
            found[record.id] = problems
    return found


def save_detail(
    db: Database, detail: ProducerDetail, original: ProducerDetail | None = None
) -> ProducerDetail:
    """Save the producer, its products and their certifications in one transaction.

    Only records that differ from ``original`` (the version loaded) are written,
    so an unchanged product keeps its ``updated_at`` and does not win a merge
    it has no business winning. Photos are not part of it: they are stored as
    they are added.

    Raises:
        ValidationErrors: something breaks a rule; nothing has been saved.
    """
    problems = detail_problems(detail)
    if problems:
        raise ValidationErrors([p for found in problems.values() for p in found])
    before: dict[str, r.Record] = {}
    if original is not None:
        for record in (original.producer, *original.products, *original.certifications):
            before[record.id] = record
    service = RecordService(db)
    with db.transaction() as session:
        for record in (detail.producer, *detail.products, *detail.certifications):
            if before.get(record.id) != record:
                service.save_in(session, record)
    log.info("saved producer %s with %d products", detail.producer.id, len(detail.products))
    return load_detail(db, detail.producer.id)


# -- photos ------------------------------------------------------------------------------


@dataclass
class PhotoImport:
    """What :func:`add_photos` did with each file."""

    added: list[r.Photo] = field(default_factory=list)
    duplicates: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, ValidationError]] = field(default_factory=list)


def add_photos(
    db: Database, owner_kind: PhotoOwnerKind, owner_id: str, paths: Sequence[Path] | Iterable[Path]
) -> PhotoImport:
    """Add image files as photos of one producer or product.

    Each file is scaled down if large and stored once under its sha256; a file
    this owner already has is skipped (choosing the same file twice is almost
    always a slip), and an unreadable file is reported without stopping the rest.
    """
    result = PhotoImport()
    service = RecordService(db)
    have = {p.sha256 for p in service.list(r.Photo, owner_id=owner_id)}
    for path in paths:
        path = Path(path)
        try:
            data, ext, taken = prepare_image(path)
        except ValidationError as exc:
            result.failed.append((path, exc))
            continue
        if hashlib.sha256(data).hexdigest() in have:
            result.duplicates.append(path)
            continue
        digest = store_bytes(db, data, ext)
        have.add(digest)
        photo = r.Photo(
            sha256=digest, ext=ext, owner_kind=owner_kind, owner_id=owner_id, taken_on=taken,
            caption=path.stem,
        )  # fmt: skip
        result.added.append(service.save(photo))
    return result
