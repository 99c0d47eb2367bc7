"""What the review screens show people about conflicts and duplicate producers.

The conflict log and the duplicate finder speak in ids and contract JSON; an
officer choosing between two versions needs names, Thai field labels and
values written the way forms write them (enum labels, Buddhist Era dates,
baht, lists one item a line, referenced records by name). This module turns
both into plain display data, so the dialogs stay thin and every string can
be checked without a window.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kbo_desktop.domain import records as r
from kbo_desktop.domain.codec import field_types, from_contract, to_contract
from kbo_desktop.domain.thai_dates import format_thai_date
from kbo_desktop.domain.thai_words import segment
from kbo_desktop.services import conflicts as c
from kbo_desktop.store import models as m
from kbo_desktop.store.database import Database
from kbo_desktop.store.exchange_models import ExchangeLogRow
from kbo_desktop.store.mapping import ROW_TYPES, to_record

_SKIPPED = ("id", "updated_at")
_ADDRESS_FIELDS = tuple(f.name for f in dataclasses.fields(r.Address))
_MONEY = ("price_thb", "annual_sales_thb", "budget_thb")
_PERCENT = ("progress_pct",)
# Labels as the forms print them, per collection; anything not here falls back
# to the shared labels of services.conflicts / domain.validation.
_LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "network_members": {
        "name": ("ชื่อ", "Name"), "kind": ("ประเภท", "Kind"),
        "organization": ("หน่วยงาน/สังกัด", "Organization"), "expertise": ("ความเชี่ยวชาญ", "Expertise"),
        "phone": ("โทรศัพท์", "Phone"), "email": ("อีเมล", "Email"),
    },
    "producers": {
        "name": ("ชื่อกลุ่ม/ผู้ผลิต", "Group/producer name"),
        "producer_type": ("ประเภทผู้ผลิต", "Producer type"),
        "otop_registration_no": ("เลขทะเบียน OTOP", "OTOP registration no."),
        "contact_name": ("ผู้ติดต่อ", "Contact person"), "phone": ("โทรศัพท์", "Phone"),
        "members_count": ("จำนวนสมาชิก", "Members"), "notes": ("หมายเหตุ", "Notes"),
    },
    "products": {
        "producer_id": ("ผู้ผลิต", "Producer"), "name": ("ชื่อผลิตภัณฑ์", "Product name"),
        "category": ("ประเภท", "Category"), "description": ("รายละเอียด", "Description"),
        "star_rating": ("ระดับดาว", "Star rating"),
        "star_rating_year_be": ("ปีที่ได้รับดาว (พ.ศ.)", "Star rating year (BE)"),
        "quadrant": ("กลุ่ม (Quadrant)", "Quadrant"), "price_thb": ("ราคา", "Price"),
        "annual_sales_thb": ("ยอดขายต่อปี", "Annual sales"),
        "sales_channels": ("ช่องทางจำหน่าย", "Sales channels"),
        "kbo_target": ("เป้าหมายพัฒนา KBO ปีนี้", "KBO target this year"),
    },
    "certifications": {
        "product_id": ("ผลิตภัณฑ์", "Product"), "standard": ("มาตรฐาน", "Standard"),
        "status": ("สถานะ", "Status"), "number": ("เลขที่", "Number"),
    },
    "swot_items": {
        "product_id": ("ผลิตภัณฑ์", "Product"), "kind": ("กลุ่ม", "Kind"), "text": ("ข้อความ", "Text"),
        "source": ("ผู้เสนอ", "Raised by"), "recorded_on": ("วันที่", "Date"),
    },
    "plans": {
        "product_id": ("ผลิตภัณฑ์", "Product"), "title": ("ชื่อแผน", "Plan title"),
        "goal": ("เป้าหมาย", "Goal"),
    },
    "plan_actions": {
        "plan_id": ("แผนพัฒนา", "Plan"), "area": ("ด้าน", "Area"),
        "description": ("กิจกรรม", "Action"),
        "addresses_swot_item_id": ("ข้อด้อยที่แก้", "Weakness addressed"),
        "responsible_member_id": ("ผู้รับผิดชอบ", "Responsible"), "status": ("สถานะ", "Status"),
    },
    "visits": {
        "producer_id": ("ผู้ผลิต", "Producer"), "officers": ("เจ้าหน้าที่", "Officers"),
        "purpose": ("วัตถุประสงค์", "Purpose"),
        "findings": ("ผลการลงพื้นที่ / สิ่งที่พบ", "Findings"),
        "recommendations": ("ข้อเสนอแนะ", "Recommendations"),
        "follow_up_on": ("ติดตามครั้งถัดไป", "Next follow-up"),
    },
    "visit_progress": {
        "visit_id": ("การลงพื้นที่", "Visit"), "plan_action_id": ("กิจกรรมตามแผน", "Plan action"),
        "status": ("สถานะที่พบ", "Status observed"), "note": ("บันทึกสิ่งที่พบ", "Note"),
    },
    "meetings": {
        "title": ("ชื่อการประชุม", "Meeting title"), "venue": ("สถานที่", "Venue"),
        "agenda": ("วาระการประชุม", "Agenda"),
        "product_ids": ("ผลิตภัณฑ์ในวาระ", "Products on the agenda"),
        "minutes": ("รายงานการประชุม", "Minutes"),
    },
    "photos": {
        "sha256": ("ไฟล์ภาพ", "Image file"), "ext": ("ชนิดไฟล์", "File type"),
        "owner_kind": ("ภาพของ", "Photo of"), "owner_id": ("เจ้าของภาพ", "Photo owner"),
        "caption": ("คำบรรยาย", "Caption"), "taken_on": ("วันที่ถ่าย", "Date taken"),
    },
}  # fmt: skip


def field_label(collection: str, name: str, language: str = "th") -> str:
    """A field's name as the record's own form shows it (``producers``, ``name`` → ชื่อกลุ่ม/ผู้ผลิต)."""
    pair = _LABELS.get(collection, {}).get(name)
    if pair is None:
        return c.field_label(name, language)
    return pair[1] if language == "en" else pair[0]


# -- names of records --------------------------------------------------------------------
def clip(text: str, limit: int = 70) -> str:
    """``text`` cut at a word boundary to about ``limit`` characters, with "…" if cut."""
    if len(text) <= limit:
        return text
    kept = ""
    for word in segment(text):
        if len(kept) + len(word) > limit - 1:
            break
        kept += word
    return (kept or text[: limit - 1]).rstrip() + "…"


def human_name(record: r.Record, language: str = "th") -> str:
    """What people call a record: its name or title, a visit by its date and purpose."""
    if isinstance(record, r.Visit):
        when = format_thai_date(record.visited_on, language=language)
        return " — ".join(p for p in (when, clip(record.purpose, 60)) if p) or record.id[:8]
    if isinstance(record, r.VisitProgress):
        said = [record.status.label(language) if record.status else "", record.note]
        if record.progress_pct is not None:
            said.insert(1, f"{record.progress_pct}%")
        return clip(" ".join(p for p in said if p)) or record.id[:8]
    if isinstance(record, (r.Certification, r.Photo)):
        return record.short_name()
    for attr in ("name", "title", "text", "description"):
        value = getattr(record, attr, "")
        if value:
            return clip(str(value))
    return record.id[:8]


def _parents(record: r.Record) -> list[tuple[type[r.Record], str]]:
    """The records a record belongs to, nearest first (a product's producer, a photo's owner)."""
    if isinstance(record, r.Photo):
        owner = r.PHOTO_OWNERS.get(record.owner_kind)
        return [(owner, record.owner_id)] if owner and record.owner_id else []
    found = []
    for name, target in r.REFERENCES.get(type(record), {}).items():
        value = getattr(record, name, None)
        if value and name not in ("addresses_swot_item_id", "responsible_member_id"):
            found.append((target, value))
    return found


class _Names:
    """Looks up names of referenced records in one session, deleted ones too
    (a conflict may name a product that has since been deleted)."""

    def __init__(self, session: Session):
        self.session = session
        self._records: dict[tuple[type[r.Record], str], r.Record | None] = {}

    def record(self, cls: type[r.Record], record_id: str) -> r.Record | None:
        key = (cls, record_id)
        if key not in self._records:
            row = self.session.get(ROW_TYPES[cls], record_id)
            self._records[key] = to_record(row) if row is not None else None
        return self._records[key]

    def name(self, cls: type[r.Record], record_id: str, language: str = "th") -> str:
        found = self.record(cls, record_id)
        if found is None:
            return ("(not found) " if language == "en" else "(ไม่พบ) ") + record_id[:8]
        suffix = (" (deleted)" if language == "en" else " (ถูกลบ)") if found.deleted else ""
        return human_name(found, language) + suffix

    def context(self, record: r.Record, language: str = "th") -> str:
        """Where the record sits: ``ผลิตภัณฑ์ ผ้าฝ้าย · ผู้ผลิต กลุ่มทอผ้า…`` (two levels up)."""
        parts: list[str] = []
        current: r.Record | None = record
        for _level in range(2):
            if current is None:
                break
            parents = _parents(current)
            if not parents:
                break
            for cls, parent_id in parents:
                label = cls.LABEL_EN if language == "en" else cls.LABEL_TH
                parts.append(f"{label} {self.name(cls, parent_id, language)}")
            current = self.record(*parents[0])
        if isinstance(record, r.Producer):
            return _where(record.address)
        return " · ".join(parts)


def _where(address: r.Address) -> str:
    """``ต.นาอาน อ.เมืองเลย จ.เลย``: enough of an address to tell two groups apart."""
    brief = r.Address(tambon=address.tambon, amphoe=address.amphoe, province=address.province)
    return brief.one_line()


# -- values as people read them ----------------------------------------------------------
def _yes_no(value: bool, language: str) -> str:
    if language == "en":
        return "Yes" if value else "No"
    return "ใช่" if value else "ไม่ใช่"


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def display_value(cls: type[r.Record], name: str, value: Any, names: _Names | None = None,
                  language: str = "th") -> str:  # fmt: skip
    """One contract-JSON value of ``cls.<name>`` as a form would show it; "" when empty."""
    if value is None or value == "" or value == []:
        return ""
    if name == "deleted":
        if language == "en":
            return "Deleted" if value else "Not deleted"
        return "ถูกลบแล้ว" if value else "ไม่ได้ลบ"
    if name.startswith("address."):
        return str(value)
    hint = field_types(cls).get(name)  # type: ignore[arg-type]
    references = r.REFERENCES.get(cls, {})
    if names is not None and name in references:
        return names.name(references[name], str(value), language)
    if names is not None and cls is r.Photo and name == "owner_id":
        owner = None
        for kind in r.PHOTO_OWNERS.values():
            if names.record(kind, str(value)) is not None:
                owner = kind
        return names.name(owner, str(value), language) if owner else str(value)
    if names is not None and name == "product_ids":
        return "\n".join(f"• {names.name(r.Product, str(v), language)}" for v in value)
    if isinstance(hint, type) and issubclass(hint, Enum):
        try:
            member = hint(value)
        except ValueError:
            return str(value)
        label = getattr(member, "label", None)
        return label(language) if callable(label) else str(value)
    if hint is date:
        return format_thai_date(date.fromisoformat(str(value)), language=language)
    if isinstance(value, bool):
        return _yes_no(value, language)
    if isinstance(value, list):
        return "\n".join(f"• {item}" for item in value)
    if name in _MONEY:
        return _number(value) + (" baht" if language == "en" else " บาท")
    if name in _PERCENT:
        return f"{value}%"
    if name == "star_rating":
        return f"{'★' * int(value)}{'☆' * (5 - int(value))} ({value})"
    if name == "sha256":
        return str(value)[:12] + "…"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


# -- conflicts ---------------------------------------------------------------------------
@dataclass(frozen=True)
class ConflictOverview:
    """One open conflict as the review list shows it."""

    conflict: c.Conflict
    record_type: str  # ผู้ผลิต
    name: str  # กลุ่มทอผ้าฝ้าย…
    context: str  # ผลิตภัณฑ์ … · ผู้ผลิต … (or a producer's tambon)
    deletion: bool  # one side deleted the record, the other edited it
    source: str  # the office (or device) whose bundle brought the conflict
    differing: tuple[str, ...]  # labels of the fields that differ

    @property
    def current_from_here(self) -> bool:
        """True when the version in use is this machine's own (the merge kept it)."""
        return self.conflict.winner == c.LOCAL


@dataclass(frozen=True)
class FieldComparison:
    """One field of the two versions: the value in use now and the other one."""

    field: str
    label: str
    current: str  # display text, "" for empty
    other: str
    differs: bool  # the two versions disagree here, so the user chooses


def other_side(conflict: c.Conflict) -> str:
    """The side (``local``/``incoming``) that the merge did not keep."""
    return c.INCOMING if conflict.winner == c.LOCAL else c.LOCAL


def device_offices(session: Session) -> dict[str, str]:
    """Office names the bundles from each device gave, newest first wins."""
    rows = session.execute(
        select(ExchangeLogRow.device_id, ExchangeLogRow.office)
        .where(ExchangeLogRow.device_id != "", ExchangeLogRow.office != "")
        .order_by(ExchangeLogRow.id)
    )
    return {device: office for device, office in rows}


def source_text(conflict: c.Conflict, offices: Mapping[str, str], language: str = "th") -> str:
    """Who sent the bundle that brought the conflict: its office, else its device."""
    if conflict.source_device in offices:
        return offices[conflict.source_device]
    if conflict.source_device:
        return ("device " if language == "en" else "เครื่อง ") + conflict.source_device[:8]
    return "unknown sender" if language == "en" else "ไม่ทราบผู้ส่ง"


def conflict_overviews(db: Database, language: str = "th") -> list[ConflictOverview]:
    """The open conflicts, oldest first, with the names a person recognises."""
    found = c.list_conflicts(db)
    with db.reading() as session:
        names, offices = _Names(session), device_offices(session)
        out = []
        for conflict in found:
            cls = conflict.record_type
            winner = conflict.incoming if conflict.winner == c.INCOMING else conflict.local
            record = from_contract(cls, winner)
            differences = c.conflict_fields(conflict)
            out.append(
                ConflictOverview(
                    conflict=conflict,
                    record_type=cls.LABEL_EN if language == "en" else cls.LABEL_TH,
                    name=human_name(record, language),
                    context=names.context(record, language),
                    deletion=any(d.field == "deleted" for d in differences),
                    source=source_text(conflict, offices, language),
                    differing=tuple(
                        field_label(conflict.collection, d.field, language) for d in differences
                    ),
                )
            )
    return out


def _flat(data: Mapping[str, Any]) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if key in _SKIPPED:
            continue
        if key == "address" and isinstance(value, Mapping):
            flat.update({f"address.{k}": v for k, v in value.items()})
        else:
            flat[key] = value
    flat.setdefault("deleted", False)
    return flat


def _empty(value: Any) -> bool:
    return value is None or value is False or value == "" or value == []


def _field_order(cls: type[r.Record]) -> list[str]:
    order = []
    for name in field_types(cls):  # type: ignore[arg-type]
        if name == "address":
            order += [f"address.{a}" for a in _ADDRESS_FIELDS]
        elif name not in (*_SKIPPED, "extra", "deleted"):
            order.append(name)
    return [*order, "deleted"]


def compare_conflict(
    db: Database, conflict: c.Conflict, language: str = "th"
) -> list[FieldComparison]:
    """Every field either version fills, in the record's own order (whether it is
    deleted first, when that differs): the value the record holds now beside the
    value of the version the merge did not keep."""
    cls = conflict.record_type
    differing = {d.field for d in c.conflict_fields(conflict)}
    loser = conflict.local if other_side(conflict) == c.LOCAL else conflict.incoming
    with db.reading() as session:
        row = session.get(ROW_TYPES[cls], conflict.record_id)
        winner = conflict.incoming if conflict.winner == c.INCOMING else conflict.local
        current = _flat(to_contract(to_record(row)) if row is not None else winner)
        other = _flat(loser)
        names = _Names(session)
        order = _field_order(cls)
        if "deleted" in differing:  # deleted on one side: the first thing to decide
            order = ["deleted", *order[:-1]]
        extra = sorted((set(current) | set(other)) - set(order))
        rows = []
        for name in [*order, *extra]:
            now, then = current.get(name), other.get(name)
            if name not in differing and _empty(now) and _empty(then):
                continue
            rows.append(FieldComparison(
                name, field_label(conflict.collection, name, language),
                display_value(cls, name, now, names, language),
                display_value(cls, name, then, names, language),
                name in differing,
            ))  # fmt: skip
    return rows


def choices_taking_other(conflict: c.Conflict, fields: Iterable[str]) -> dict[str, str]:
    """The ``resolve_conflict`` choices that take the other version's value in
    ``fields``; every field left out keeps the value the record holds now."""
    side = other_side(conflict)
    return {name: side for name in fields}


# -- duplicate producers -----------------------------------------------------------------
# The same fields merge_producers fills on the kept producer when they are empty there.
_FILLED = ("otop_registration_no", "contact_name", "phone", "members_count", "notes")
FOOTPRINT_KEYS = ("products", "certifications", "swot_items", "plans", "plan_actions", "visits",
                  "visit_progress", "photos")  # fmt: skip
FOOTPRINT_LABELS = {
    "products": ("ผลิตภัณฑ์", "Products"),
    "certifications": ("มาตรฐานที่ได้รับ/ยื่นขอ", "Certifications"),
    "swot_items": ("ประเด็นวิเคราะห์ (ข้อดี ข้อเด่น ข้อด้อย)", "Analysis points"),
    "plans": ("แผนพัฒนา", "Development plans"),
    "plan_actions": ("กิจกรรมตามแผน", "Plan actions"),
    "visits": ("การลงพื้นที่", "Field visits"),
    "visit_progress": ("ความคืบหน้าที่บันทึกจากการลงพื้นที่", "Observed progress"),
    "photos": ("ภาพถ่าย (ของกลุ่ม ผลิตภัณฑ์ และการลงพื้นที่)", "Photos (group, products, visits)"),
}


@dataclass(frozen=True)
class ProducerFootprint:
    """Everything that hangs on one producer, for the side-by-side view."""

    producer: r.Producer
    counts: dict[str, int]  # FOOTPRINT_KEYS
    product_names: tuple[str, ...]


def producer_footprint(db: Database, producer_id: str) -> ProducerFootprint:
    """The producer and how many live records of each kind belong to it."""
    with db.reading() as session:
        row = session.get(m.ProducerRow, producer_id)
        if row is None:
            raise LookupError(producer_id)
        producer = to_record(row)
        assert isinstance(producer, r.Producer)

        def live(row_type: Any, column: Any, wanted: Iterable[str]) -> list[Any]:
            wanted = list(wanted)
            if not wanted:
                return []
            return list(session.scalars(
                select(row_type).where(column.in_(wanted), row_type.deleted.is_(False))
            ))  # fmt: skip

        products = live(m.ProductRow, m.ProductRow.producer_id, [producer_id])
        product_ids = [p.id for p in products]
        plans = live(m.PlanRow, m.PlanRow.product_id, product_ids)
        visits = live(m.VisitRow, m.VisitRow.producer_id, [producer_id])
        visit_ids = [v.id for v in visits]
        owners = [producer_id, *product_ids, *visit_ids]
        counts = {
            "products": len(products),
            "certifications": len(
                live(m.CertificationRow, m.CertificationRow.product_id, product_ids)
            ),
            "swot_items": len(live(m.SwotItemRow, m.SwotItemRow.product_id, product_ids)),
            "plans": len(plans),
            "plan_actions": len(
                live(m.PlanActionRow, m.PlanActionRow.plan_id, [p.id for p in plans])
            ),
            "visits": len(visits),
            "visit_progress": len(live(m.VisitProgressRow, m.VisitProgressRow.visit_id, visit_ids)),
            "photos": len(live(m.PhotoRow, m.PhotoRow.owner_id, owners)),
        }
        return ProducerFootprint(producer, counts, tuple(p.name for p in products))


def fields_filled_by_merge(keep: r.Producer, drop: r.Producer) -> list[str]:
    """The fields ``merge_producers`` will copy onto ``keep`` because they are empty
    there and filled in ``drop`` (names as ``conflict_fields`` writes them)."""
    filled = [
        name for name in _FILLED
        if getattr(keep, name) in (None, "") and getattr(drop, name) not in (None, "")
    ]  # fmt: skip
    filled += [
        f"address.{name}" for name in _ADDRESS_FIELDS
        if getattr(keep.address, name) in (None, "")
        and getattr(drop.address, name) not in (None, "")
    ]  # fmt: skip
    return filled


def producer_where(producer: r.Producer) -> str:
    """``ต.นาอาน อ.เมืองเลย จ.เลย`` for a producer, to tell namesakes apart."""
    return _where(producer.address)
