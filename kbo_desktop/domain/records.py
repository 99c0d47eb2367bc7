"""The records a KBO network keeps, as plain dataclasses.

One class per collection of the exchange contract (``kbo-exchange-v1``), with
every field it defines. These are what services hand to the UI and the CLI:
plain values, never live database objects. ``extra`` keeps properties a newer
writer added that this version does not know, so they survive a round trip.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, ClassVar

from kbo_desktop.domain.enums import (
    ActionStatus,
    Category,
    CertificationStatus,
    MemberKind,
    PhotoExt,
    PhotoOwnerKind,
    PlanArea,
    ProducerType,
    Quadrant,
    Standard,
    SwotKind,
)


def new_id() -> str:
    return str(uuid.uuid4())


@dataclass(kw_only=True)
class Record:
    """Fields every record shares: a UUID that never changes, the time of the
    last change (UTC, used for merging) and the tombstone flag."""

    COLLECTION: ClassVar[str] = ""
    LABEL_TH: ClassVar[str] = ""
    LABEL_EN: ClassVar[str] = ""

    id: str = field(default_factory=new_id)
    updated_at: datetime | None = None
    deleted: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def short_name(self) -> str:
        """A short human name for messages: the record's name or title if it has one."""
        for attr in ("name", "title", "text", "description"):
            value = getattr(self, attr, "")
            if value:
                return str(value)[:60]
        return self.id[:8]

    def describe(self, language: str = "th") -> str:
        label = self.LABEL_EN if language == "en" else self.LABEL_TH
        return f'{label} "{self.short_name()}" ({self.id})'


@dataclass(kw_only=True)
class Address:
    house_no: str = ""
    village_no: str = ""
    village: str = ""
    tambon: str = ""
    amphoe: str = ""
    province: str = ""
    postcode: str = ""
    lat: float | None = None
    lon: float | None = None

    def one_line(self) -> str:
        """The address as Thai officials write it: ``12 หมู่ 3 บ้านนาอาน ต.นาอาน อ.เมืองเลย จ.เลย 42000``."""
        bangkok = self.province in ("กรุงเทพมหานคร", "กรุงเทพฯ")
        parts = [
            self.house_no,
            f"หมู่ {self.village_no}" if self.village_no else "",
            f"บ้าน{self.village}" if self.village and not self.village.startswith("บ้าน") else self.village,
            f"{'แขวง' if bangkok else 'ต.'}{self.tambon}" if self.tambon else "",
            f"{'เขต' if bangkok else 'อ.'}{self.amphoe}" if self.amphoe else "",
            self.province if bangkok else (f"จ.{self.province}" if self.province else ""),
            self.postcode,
        ]
        return " ".join(p for p in parts if p)


@dataclass(kw_only=True)
class NetworkMember(Record):
    COLLECTION: ClassVar[str] = "network_members"
    LABEL_TH: ClassVar[str] = "สมาชิกเครือข่าย"
    LABEL_EN: ClassVar[str] = "Network member"

    name: str = ""
    kind: MemberKind = MemberKind.OTHER
    organization: str = ""
    expertise: str = ""
    phone: str = ""
    email: str = ""


@dataclass(kw_only=True)
class Producer(Record):
    COLLECTION: ClassVar[str] = "producers"
    LABEL_TH: ClassVar[str] = "ผู้ผลิต"
    LABEL_EN: ClassVar[str] = "Producer"

    name: str = ""
    producer_type: ProducerType = ProducerType.COMMUNITY_GROUP
    otop_registration_no: str = ""
    contact_name: str = ""
    phone: str = ""
    members_count: int | None = None
    address: Address = field(default_factory=Address)
    notes: str = ""


@dataclass(kw_only=True)
class Product(Record):
    COLLECTION: ClassVar[str] = "products"
    LABEL_TH: ClassVar[str] = "ผลิตภัณฑ์"
    LABEL_EN: ClassVar[str] = "Product"

    producer_id: str = ""
    name: str = ""
    category: Category = Category.FOOD
    description: str = ""
    star_rating: int | None = None
    star_rating_year_be: int | None = None
    quadrant: Quadrant | None = None
    price_thb: float | None = None
    annual_sales_thb: float | None = None
    sales_channels: list[str] = field(default_factory=list)
    kbo_target: bool = False


@dataclass(kw_only=True)
class Certification(Record):
    COLLECTION: ClassVar[str] = "certifications"
    LABEL_TH: ClassVar[str] = "มาตรฐาน"
    LABEL_EN: ClassVar[str] = "Certification"

    product_id: str = ""
    standard: Standard = Standard.FDA
    status: CertificationStatus = CertificationStatus.PLANNED
    number: str = ""
    issued_on: date | None = None
    expires_on: date | None = None

    def short_name(self) -> str:
        return f"{self.standard.label_th} {self.number}".strip()


@dataclass(kw_only=True)
class SwotItem(Record):
    COLLECTION: ClassVar[str] = "swot_items"
    LABEL_TH: ClassVar[str] = "ประเด็นวิเคราะห์"
    LABEL_EN: ClassVar[str] = "Analysis point"

    product_id: str = ""
    kind: SwotKind = SwotKind.STRENGTH
    text: str = ""
    source: str = ""
    recorded_on: date | None = None
    position: int = 0


@dataclass(kw_only=True)
class Plan(Record):
    COLLECTION: ClassVar[str] = "plans"
    LABEL_TH: ClassVar[str] = "แผนพัฒนา"
    LABEL_EN: ClassVar[str] = "Development plan"

    product_id: str = ""
    fiscal_year_be: int = 0
    title: str = ""
    goal: str = ""


@dataclass(kw_only=True)
class PlanAction(Record):
    COLLECTION: ClassVar[str] = "plan_actions"
    LABEL_TH: ClassVar[str] = "กิจกรรมตามแผน"
    LABEL_EN: ClassVar[str] = "Plan action"

    plan_id: str = ""
    area: PlanArea = PlanArea.OTHER
    description: str = ""
    addresses_swot_item_id: str | None = None
    responsible_member_id: str | None = None
    start_on: date | None = None
    due_on: date | None = None
    budget_thb: float | None = None
    status: ActionStatus = ActionStatus.PLANNED
    progress_pct: int = 0


@dataclass(kw_only=True)
class Visit(Record):
    COLLECTION: ClassVar[str] = "visits"
    LABEL_TH: ClassVar[str] = "การลงพื้นที่"
    LABEL_EN: ClassVar[str] = "Field visit"

    producer_id: str = ""
    visited_on: date | None = None
    officers: list[str] = field(default_factory=list)
    purpose: str = ""
    findings: str = ""
    recommendations: str = ""
    follow_up_on: date | None = None
    lat: float | None = None
    lon: float | None = None

    def short_name(self) -> str:
        return self.purpose[:60] or (self.visited_on.isoformat() if self.visited_on else self.id[:8])


@dataclass(kw_only=True)
class VisitProgress(Record):
    COLLECTION: ClassVar[str] = "visit_progress"
    LABEL_TH: ClassVar[str] = "ความคืบหน้าที่พบ"
    LABEL_EN: ClassVar[str] = "Observed progress"

    visit_id: str = ""
    plan_action_id: str = ""
    status: ActionStatus | None = None
    progress_pct: int | None = None
    note: str = ""


@dataclass(kw_only=True)
class Meeting(Record):
    COLLECTION: ClassVar[str] = "meetings"
    LABEL_TH: ClassVar[str] = "การประชุม"
    LABEL_EN: ClassVar[str] = "Meeting"

    title: str = ""
    held_on: date | None = None
    venue: str = ""
    agenda: list[str] = field(default_factory=list)
    product_ids: list[str] = field(default_factory=list)
    minutes: str = ""


@dataclass(kw_only=True)
class Photo(Record):
    COLLECTION: ClassVar[str] = "photos"
    LABEL_TH: ClassVar[str] = "ภาพถ่าย"
    LABEL_EN: ClassVar[str] = "Photo"

    sha256: str = ""
    ext: PhotoExt = PhotoExt.JPG
    owner_kind: PhotoOwnerKind = PhotoOwnerKind.PRODUCT
    owner_id: str = ""
    caption: str = ""
    taken_on: date | None = None

    @property
    def file_name(self) -> str:
        return f"{self.sha256}.{self.ext.value}"

    def short_name(self) -> str:
        return self.caption[:60] or self.file_name


# Contract order: a record only refers to records of collections before it
# (photos refer to producers, products and visits by owner_id).
RECORD_TYPES: tuple[type[Record], ...] = (
    NetworkMember,
    Producer,
    Product,
    Certification,
    SwotItem,
    Plan,
    PlanAction,
    Visit,
    VisitProgress,
    Meeting,
    Photo,
)
BY_COLLECTION: dict[str, type[Record]] = {cls.COLLECTION: cls for cls in RECORD_TYPES}

# Which field of a record points at which collection; used to check that a
# bundle's references resolve and to cascade tombstones.
REFERENCES: dict[type[Record], dict[str, type[Record]]] = {
    Product: {"producer_id": Producer},
    Certification: {"product_id": Product},
    SwotItem: {"product_id": Product},
    Plan: {"product_id": Product},
    PlanAction: {
        "plan_id": Plan,
        "addresses_swot_item_id": SwotItem,
        "responsible_member_id": NetworkMember,
    },
    Visit: {"producer_id": Producer},
    VisitProgress: {"visit_id": Visit, "plan_action_id": PlanAction},
}
PHOTO_OWNERS: dict[PhotoOwnerKind, type[Record]] = {
    PhotoOwnerKind.PRODUCER: Producer,
    PhotoOwnerKind.PRODUCT: Product,
    PhotoOwnerKind.VISIT: Visit,
}
