"""SQLAlchemy models: one table per collection of the exchange contract.

Every table shares :class:`RecordColumns`: a UUID primary key, ``updated_at``
kept current on every change, a ``deleted`` tombstone flag (rows are never
removed, so deletions travel in bundles) and ``extra`` for properties a newer
program version wrote. Lists are JSON columns; a meeting's products are a
join table (:class:`MeetingProductRow`) that keeps agenda order.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Enum, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from kbo_desktop.domain import enums
from kbo_desktop.store.types import UtcDateTime, utcnow


def _enum(cls: type[enums.LabelledEnum]) -> Enum:
    """Store an enumeration by its contract value, as a plain checked string."""
    return Enum(
        cls,
        values_callable=lambda e: [m.value for m in e],
        native_enum=False,
        create_constraint=False,
        length=32,
        validate_strings=True,
    )


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UtcDateTime, dict[str, Any]: JSON, list[str]: JSON}


class RecordColumns:
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    updated_at: Mapped[datetime] = mapped_column(
        UtcDateTime, default=utcnow, onupdate=utcnow, index=True
    )
    # Not indexed: nearly every row is live, and such an index misleads SQLite (0006).
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class NetworkMemberRow(RecordColumns, Base):
    __tablename__ = "network_members"

    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[enums.MemberKind] = mapped_column(_enum(enums.MemberKind))
    organization: Mapped[str] = mapped_column(Text, default="")
    expertise: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    email: Mapped[str] = mapped_column(String(254), default="")


class ProducerRow(RecordColumns, Base):
    __tablename__ = "producers"
    __table_args__ = (
        # The list's default order read straight from the index (0007); ``deleted``
        # last, so it filters inside the index and never leads a plan (see 0006).
        Index("ix_producers_name_key", "name_key", "id", "deleted"),
        # The districts in use for the filter, read from the index alone.
        Index("ix_producers_address_amphoe", "address_amphoe", "deleted"),
    )

    name: Mapped[str] = mapped_column(Text, index=True)
    # thai_sort_key(name), written with every row (store.mapping.row_values): SQLite
    # cannot sort Thai in dictionary order by itself. Not part of the record.
    name_key: Mapped[str] = mapped_column(Text, default="", server_default="")
    producer_type: Mapped[enums.ProducerType] = mapped_column(_enum(enums.ProducerType))
    otop_registration_no: Mapped[str] = mapped_column(String(64), default="")
    contact_name: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    members_count: Mapped[int | None] = mapped_column(Integer)
    address_house_no: Mapped[str] = mapped_column(String(64), default="")
    address_village_no: Mapped[str] = mapped_column(String(16), default="")
    address_village: Mapped[str] = mapped_column(Text, default="")
    address_tambon: Mapped[str] = mapped_column(Text, default="")
    address_amphoe: Mapped[str] = mapped_column(Text, default="")
    address_province: Mapped[str] = mapped_column(Text, default="")
    address_postcode: Mapped[str] = mapped_column(String(5), default="")
    address_lat: Mapped[float | None] = mapped_column(Float)
    address_lon: Mapped[float | None] = mapped_column(Float)
    notes: Mapped[str] = mapped_column(Text, default="")

    products: Mapped[list[ProductRow]] = relationship(back_populates="producer")


class ProductRow(RecordColumns, Base):
    __tablename__ = "products"

    producer_id: Mapped[str] = mapped_column(ForeignKey("producers.id"), index=True)
    name: Mapped[str] = mapped_column(Text, index=True)
    category: Mapped[enums.Category] = mapped_column(_enum(enums.Category), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    star_rating: Mapped[int | None] = mapped_column(Integer)
    star_rating_year_be: Mapped[int | None] = mapped_column(Integer)
    quadrant: Mapped[enums.Quadrant | None] = mapped_column(_enum(enums.Quadrant))
    price_thb: Mapped[float | None] = mapped_column(Float)
    annual_sales_thb: Mapped[float | None] = mapped_column(Float)
    sales_channels: Mapped[list[str]] = mapped_column(JSON, default=list)
    kbo_target: Mapped[bool] = mapped_column(Boolean, default=False)

    producer: Mapped[ProducerRow] = relationship(back_populates="products")


class CertificationRow(RecordColumns, Base):
    __tablename__ = "certifications"

    product_id: Mapped[str] = mapped_column(ForeignKey("products.id"), index=True)
    standard: Mapped[enums.Standard] = mapped_column(_enum(enums.Standard))
    status: Mapped[enums.CertificationStatus] = mapped_column(_enum(enums.CertificationStatus))
    number: Mapped[str] = mapped_column(String(128), default="")
    issued_on: Mapped[date | None]
    expires_on: Mapped[date | None] = mapped_column(index=True)


class SwotItemRow(RecordColumns, Base):
    __tablename__ = "swot_items"

    product_id: Mapped[str] = mapped_column(ForeignKey("products.id"), index=True)
    kind: Mapped[enums.SwotKind] = mapped_column(_enum(enums.SwotKind))
    text: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text, default="")
    recorded_on: Mapped[date | None]
    position: Mapped[int] = mapped_column(Integer, default=0)


class PlanRow(RecordColumns, Base):
    __tablename__ = "plans"

    product_id: Mapped[str] = mapped_column(ForeignKey("products.id"), index=True)
    fiscal_year_be: Mapped[int] = mapped_column(Integer, index=True)
    title: Mapped[str] = mapped_column(Text)
    goal: Mapped[str] = mapped_column(Text, default="")


class PlanActionRow(RecordColumns, Base):
    __tablename__ = "plan_actions"

    plan_id: Mapped[str] = mapped_column(ForeignKey("plans.id"), index=True)
    area: Mapped[enums.PlanArea] = mapped_column(_enum(enums.PlanArea))
    description: Mapped[str] = mapped_column(Text)
    addresses_swot_item_id: Mapped[str | None] = mapped_column(ForeignKey("swot_items.id"))
    responsible_member_id: Mapped[str | None] = mapped_column(
        ForeignKey("network_members.id"), index=True
    )
    start_on: Mapped[date | None]
    due_on: Mapped[date | None] = mapped_column(index=True)
    budget_thb: Mapped[float | None] = mapped_column(Float)
    status: Mapped[enums.ActionStatus] = mapped_column(_enum(enums.ActionStatus))
    progress_pct: Mapped[int] = mapped_column(Integer, default=0)


class VisitRow(RecordColumns, Base):
    __tablename__ = "visits"

    producer_id: Mapped[str] = mapped_column(ForeignKey("producers.id"), index=True)
    visited_on: Mapped[date] = mapped_column(index=True)
    officers: Mapped[list[str]] = mapped_column(JSON, default=list)
    purpose: Mapped[str] = mapped_column(Text, default="")
    findings: Mapped[str] = mapped_column(Text, default="")
    recommendations: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[date | None] = mapped_column(index=True)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)


class VisitProgressRow(RecordColumns, Base):
    __tablename__ = "visit_progress"

    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id"), index=True)
    plan_action_id: Mapped[str] = mapped_column(ForeignKey("plan_actions.id"), index=True)
    status: Mapped[enums.ActionStatus | None] = mapped_column(_enum(enums.ActionStatus))
    progress_pct: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")


class MeetingRow(RecordColumns, Base):
    __tablename__ = "meetings"

    title: Mapped[str] = mapped_column(Text)
    held_on: Mapped[date] = mapped_column(index=True)
    venue: Mapped[str] = mapped_column(Text, default="")
    agenda: Mapped[list[str]] = mapped_column(JSON, default=list)
    minutes: Mapped[str] = mapped_column(Text, default="")

    product_links: Mapped[list[MeetingProductRow]] = relationship(
        order_by="MeetingProductRow.position",
        cascade="all, delete-orphan",
        back_populates="meeting",
    )


class MeetingProductRow(Base):
    """A product on a meeting's agenda, in agenda order."""

    __tablename__ = "meeting_products"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"), primary_key=True)
    product_id: Mapped[str] = mapped_column(ForeignKey("products.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    meeting: Mapped[MeetingRow] = relationship(back_populates="product_links")


class PhotoRow(RecordColumns, Base):
    __tablename__ = "photos"

    sha256: Mapped[str] = mapped_column(String(64), index=True)
    ext: Mapped[enums.PhotoExt] = mapped_column(_enum(enums.PhotoExt))
    owner_kind: Mapped[enums.PhotoOwnerKind] = mapped_column(_enum(enums.PhotoOwnerKind))
    owner_id: Mapped[str] = mapped_column(String(36), index=True)
    caption: Mapped[str] = mapped_column(Text, default="")
    taken_on: Mapped[date | None]


class AppMetaRow(Base):
    """Settings that belong to the database itself (its device id)."""

    __tablename__ = "app_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
