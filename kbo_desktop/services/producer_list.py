"""Producers as the producers tab needs them: a filtered list and one producer in full.

The list is filtered and sorted in SQL and read a page at a time: the ids in
order first, then each page of rows (a producer with its product count,
categories, best star rating, quadrants and KBO-target flag) in one aggregate
query, never one query per producer, so a national office's 10,000 producers
open as quickly as a district's twenty on an old laptop. A producer is loaded
with its products, certifications and photos as plain records
(:class:`ProducerDetail`), edited as a copy by the UI, and saved back in one
transaction so a half-saved producer never exists.
"""

from __future__ import annotations

import copy
import enum
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.engine import Result
from sqlalchemy.orm import Session

from kbo_desktop.domain import records as r
from kbo_desktop.domain import validation
from kbo_desktop.domain.enums import Category, CertificationStatus, PhotoOwnerKind, Quadrant
from kbo_desktop.domain.errors import ValidationError, ValidationErrors
from kbo_desktop.domain.thai_admin import thai_sort_key
from kbo_desktop.services.photos import store_files
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
#
# The producers tab shows a window onto the list. It asks once, when the filters or the
# sort change, for the ids of the matching producers in order (producer_ids: one query of
# one column, under 10 ms for 10,000 producers in name order), and then only for the rows
# it is about to draw (rows_of, a page at a time). Filtering and sorting happen in SQL.
#
# Thai text is sorted in dictionary order, as thai_sort_key gives it. Names by the stored
# key column name_key (written with every row), so the default order is read straight
# from the index on (name_key, id, deleted): 2 ms for 10,000 producers. Other text columns
# by thai_key(text), a function every SQLite connection of a Database has
# (kbo_desktop.store.database), which SQLite calls per row.


class SortBy(enum.Enum):
    """The column the list is sorted by."""

    NAME = "name"
    AMPHOE = "amphoe"
    TAMBON = "tambon"
    PRODUCTS = "products"  # number of live products
    CATEGORIES = "categories"  # the categories as shown: labels in declaration order
    STARS = "stars"  # best star rating, none lowest
    QUADRANTS = "quadrants"
    TARGET = "target"  # has a KBO target product this year


@dataclass(frozen=True, slots=True)
class ProducerOrder:
    """How the list is sorted.

    Ties are broken by name in Thai dictionary order (ascending even when the
    column is descending, as a stable sort of the name-ordered list leaves
    them), then by id, so the order is total and a page never shifts.

    Attributes:
        by: the column.
        descending: largest or last in the dictionary first.
        language: ``"th"`` or ``"en"``: categories sort by the labels the user sees.
    """

    by: SortBy = SortBy.NAME
    descending: bool = False
    language: str = "th"


SortKey = tuple[Any, bool]  # an ORDER BY expression and whether it is descending


def _order_by(keys: Sequence[SortKey]) -> list[Any]:
    return [key.desc() if descending else key.asc() for key, descending in keys]


def _text_key(db: Database, column: Any) -> Any:
    """``column`` as it sorts in Thai dictionary order (plain order off SQLite)."""
    return func.thai_key(column) if db.engine.dialect.name == "sqlite" else column


def _live(row: Any) -> Any:
    """Not deleted, for rows looked up by a parent's id (the products of a producer).

    Written ``deleted IS NOT 1`` rather than ``deleted IS 0`` on purpose: without
    table statistics (ANALYZE) SQLite takes ``deleted IS 0`` for a selective
    match of the index on ``deleted`` and reads every product for each producer
    instead of using the index on ``producer_id``: a page of 50 producers read
    the whole products table 50 times.
    """
    return row.deleted.is_not(True)


def _conditions(filters: ProducerFilter) -> list[Any]:
    """WHERE terms on :class:`~kbo_desktop.store.models.ProducerRow` for ``filters``.

    Product criteria are ``id IN (producers of matching products)``: SQLite reads
    the products once, where a correlated EXISTS would look them up once per
    producer (three times slower at 10,000 producers).
    """
    p, pr = m.ProducerRow, m.ProductRow
    where: list[Any] = [p.deleted.is_(False)]
    if filters.amphoe:
        where.append(p.address_amphoe == filters.amphoe)
    product_conditions = []
    if filters.category is not None:
        product_conditions.append(pr.category == filters.category)
    if filters.stars is not None:
        product_conditions.append(pr.star_rating == filters.stars)
    if filters.quadrant is not None:
        product_conditions.append(pr.quadrant == filters.quadrant)
    if filters.kbo_target_only:
        product_conditions.append(pr.kbo_target.is_(True))
    if product_conditions:
        where.append(p.id.in_(select(pr.producer_id).where(_live(pr), *product_conditions)))
    text = " ".join(filters.text.split())
    if text:
        columns = (p.name, p.contact_name, p.otop_registration_no, p.address_village,
                   p.address_tambon, p.address_amphoe)  # fmt: skip
        named = select(pr.producer_id).where(_live(pr), pr.name.contains(text, autoescape=True))
        where.append(
            or_(*(column.contains(text, autoescape=True) for column in columns), p.id.in_(named))
        )
    return where


def _joined(column: Any, members: Sequence[tuple[str, str]]) -> Any:
    """Aggregate SQL for ``", ".join(text of each member present in column)``, in the
    order of ``members`` ((value, text) pairs): the product column as the list shows it."""
    pieces = [
        case((func.max(case((column == value, 1), else_=0)) == 1, ", " + text), else_="")
        for value, text in members
    ]
    joined: Any = pieces[0]
    for piece in pieces[1:]:
        joined = joined.concat(piece)
    return func.substr(joined, 3)


def _product_key(db: Database, order: ProducerOrder) -> Any:
    """A subquery of (producer_id, key): what a product column sorts by, per producer
    with live products."""
    pr = m.ProductRow
    key: Any
    if order.by is SortBy.PRODUCTS:
        key = func.count(pr.id)
    elif order.by is SortBy.STARS:
        key = func.max(pr.star_rating)
    elif order.by is SortBy.TARGET:
        key = func.max(case((pr.kbo_target.is_(True), 1), else_=0))
    elif order.by is SortBy.CATEGORIES:
        labels = [(c.value, c.label(order.language)) for c in Category]
        key = _text_key(db, _joined(pr.category, labels))
    else:
        key = _joined(pr.quadrant, [(q.value, q.value) for q in Quadrant])
    return (
        select(pr.producer_id.label("producer_id"), key.label("key"))
        .where(_live(pr))
        .group_by(pr.producer_id)
        .subquery("by_products")
    )


def _sorted(
    db: Database, filters: ProducerFilter, order: ProducerOrder
) -> tuple[Select, list[SortKey]]:  # type: ignore[type-arg]
    """The matching producers (no columns yet) and the sort keys for ``order``.

    Products are read only for the columns about products, so the common
    sorts read the producers table (or an index) alone.
    """
    p = m.ProducerRow
    name = p.name_key
    source: Any = p
    if order.by is SortBy.NAME:
        keys = [(name, order.descending), (p.id, order.descending)]
        return select().select_from(p).where(*_conditions(filters)), keys
    if order.by is SortBy.AMPHOE:
        key = _text_key(db, p.address_amphoe)
    elif order.by is SortBy.TAMBON:
        key = _text_key(db, p.address_tambon)
    else:
        by_products = _product_key(db, order)
        source = p.__table__.outerjoin(by_products, by_products.c.producer_id == p.id)
        textual = order.by in (SortBy.CATEGORIES, SortBy.QUADRANTS)
        key = func.coalesce(by_products.c.key, "" if textual else 0)
    keys = [(key, order.descending), (name, False), (p.id, False)]
    return select().select_from(source).where(*_conditions(filters)), keys


def _summary_columns() -> tuple[Any, ...]:
    p, pr = m.ProducerRow, m.ProductRow
    return (
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


def _split(joined: str | None, kind: type[enum.Enum]) -> tuple:  # type: ignore[type-arg]
    """Distinct enum members from an aggregated ``a,b,a`` string, in declaration order."""
    present = set((joined or "").split(","))
    return tuple(member for member in kind if member.value in present)


def _list_row(values: Any) -> ProducerListRow:
    pid, name, amphoe, tambon, province, count, categories, best, quadrants, target, when = values
    return ProducerListRow(
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
        updated_at=when,
    )


def _plain(session: Session, stmt: Select) -> Result:  # type: ignore[type-arg]
    """Rows as plain tuples: the ORM's result processing triples the time of 10,000 ids."""
    return session.connection().execute(stmt)


def producer_ids(
    db: Database, filters: ProducerFilter | None = None, order: ProducerOrder | None = None
) -> list[str]:
    """Ids of the live producers matching ``filters``, in ``order``: the list's rows."""
    stmt, keys = _sorted(db, filters or ProducerFilter(), order or ProducerOrder())
    stmt = stmt.add_columns(m.ProducerRow.id).order_by(*_order_by(keys))
    with db.reading() as session:
        # In slices: holding all 10,000 rows at once wakes the garbage collector
        # thirty times, and every few lists a full collection costs 70 ms.
        slices = _plain(session, stmt).scalars().partitions(1000)
        return [producer_id for part in slices for producer_id in part]


def rows_of(db: Database, ids: Sequence[str]) -> list[ProducerListRow]:
    """The list rows of these producers (one page of the list), in the order given.

    One query with the product summary grouped per producer. A producer deleted
    since its id was listed is left out.
    """
    if not ids:
        return []
    p, pr = m.ProducerRow, m.ProductRow
    stmt = (
        select(*_summary_columns())
        .outerjoin(pr, and_(pr.producer_id == p.id, _live(pr)))
        .where(p.id.in_(ids), _live(p))
        .group_by(p.id)
    )
    with db.reading() as session:
        found = {row.id: row for row in map(_list_row, _plain(session, stmt))}
    return [found[pid] for pid in ids if pid in found]


def list_producers(
    db: Database,
    filters: ProducerFilter | None = None,
    order: ProducerOrder | None = None,
    *,
    offset: int = 0,
    limit: int | None = None,
) -> list[ProducerListRow]:
    """Live producers matching ``filters`` in ``order`` with their product summary, in one query.

    ``offset`` and ``limit`` cut one page of the sorted list (all of it by
    default); only that page's producers are joined to their products.
    """
    p, pr = m.ProducerRow, m.ProductRow
    chosen, keys = _sorted(db, filters or ProducerFilter(), order or ProducerOrder())
    labelled = [key.label(f"k{i}") for i, (key, _) in enumerate(keys)]
    chosen = chosen.add_columns(p.id.label("id"), *labelled).order_by(*_order_by(keys))
    page = chosen.offset(offset or None).limit(limit).subquery("page")
    again = [(page.c[f"k{i}"], descending) for i, (_, descending) in enumerate(keys)]
    stmt = (
        select(*_summary_columns())
        .select_from(page)
        .join(p, p.id == page.c.id)
        .outerjoin(pr, and_(pr.producer_id == p.id, _live(pr)))
        .group_by(p.id, *(column for column, _ in again))
        .order_by(*_order_by(again))
    )
    with db.reading() as session:
        return [_list_row(values) for values in _plain(session, stmt)]


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
                .where(m.ProductRow.producer_id == producer_id, _live(m.ProductRow))
                .order_by(m.ProductRow.name)
            )
        ]
        product_ids = [p.id for p in products]
        certs = [
            to_record(row)
            for row in session.scalars(
                select(m.CertificationRow).where(
                    m.CertificationRow.product_id.in_(product_ids),
                    _live(m.CertificationRow),
                )
            )
        ]
        photos = [
            to_record(row)
            for row in session.scalars(
                select(m.PhotoRow)
                .where(
                    m.PhotoRow.owner_id.in_([producer_id, *product_ids]),
                    _live(m.PhotoRow),
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
    service = RecordService(db)
    have = {p.sha256 for p in service.list(r.Photo, owner_id=owner_id)}
    files = store_files(db, paths, have)
    result = PhotoImport(duplicates=files.duplicates, failed=files.failed)
    for path, digest, ext, taken in files.stored:
        photo = r.Photo(
            sha256=digest, ext=ext, owner_kind=owner_kind, owner_id=owner_id, taken_on=taken,
            caption=path.stem,
        )  # fmt: skip
        result.added.append(service.save(photo))
    return result
