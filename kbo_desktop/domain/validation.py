"""The rules a record must keep before it is stored, with messages for people.

``problems(record)`` lists every broken rule at once so a form can mark each
field; ``check(record)`` raises them as one :class:`ValidationErrors`.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator
from datetime import date

from kbo_desktop.domain.errors import ValidationError, ValidationErrors
from kbo_desktop.domain.records import (
    Certification,
    Meeting,
    NetworkMember,
    Photo,
    Plan,
    PlanAction,
    Producer,
    Product,
    Record,
    SwotItem,
    Visit,
    VisitProgress,
)

BE_YEAR_MIN, BE_YEAR_MAX = 2540, 2700
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9๐-๙+()\-\s,/]{6,40}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")

Rule = Callable[[Record], Iterator[tuple[str, str, str]]]


def problems(record: Record) -> list[ValidationError]:
    """Every rule ``record`` breaks, each naming the record and the field."""
    found: list[ValidationError] = []
    where = record.describe("en")
    for rule in (_base_rules, *_RULES.get(type(record), ())):
        for field_name, th, en in rule(record):
            found.append(ValidationError(th, en, record=where, field=field_name))
    return found


def check(record: Record) -> None:
    found = problems(record)
    if found:
        raise ValidationErrors(found)


def _required(record: Record, *names: str) -> Iterator[tuple[str, str, str]]:
    labels = _FIELD_LABELS
    for name in names:
        value = getattr(record, name)
        if value is None or (isinstance(value, str) and not value.strip()):
            th, en = labels.get(name, (name, name))
            yield name, f"กรุณากรอก{th}", f"{en} is required"


def _range(
    record: Record, name: str, low: float, high: float | None = None
) -> Iterator[tuple[str, str, str]]:
    value = getattr(record, name)
    if value is None:
        return
    th, en = _FIELD_LABELS.get(name, (name, name))
    if value < low or (high is not None and value > high):
        if high is None:
            yield name, f"{th}ต้องไม่ติดลบ", f"{en} must not be negative"
        else:
            yield (
                name,
                f"{th}ต้องอยู่ระหว่าง {low:g} ถึง {high:g} (ได้รับ {value})",
                f"{en} must be between {low:g} and {high:g} (got {value})",
            )


def _date_order(
    record: Record, first: str, second: str
) -> Iterator[tuple[str, str, str]]:
    start: date | None = getattr(record, first)
    end: date | None = getattr(record, second)
    if start and end and end < start:
        th1, en1 = _FIELD_LABELS[first]
        th2, en2 = _FIELD_LABELS[second]
        yield second, f"{th2}ต้องไม่ก่อน{th1}", f"{en2} must not be before {en1.lower()}"


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except (ValueError, AttributeError, TypeError):
        return False
    return True


def _base_rules(record: Record) -> Iterator[tuple[str, str, str]]:
    if not _is_uuid(record.id):
        yield "id", f"รหัสระเบียน {record.id!r} ไม่ใช่ UUID", f"record id {record.id!r} is not a UUID"
    for name in ("producer_id", "product_id", "plan_id", "visit_id", "plan_action_id", "owner_id"):
        value = getattr(record, name, None)
        if value and not _is_uuid(value):
            yield name, f"{name} {value!r} ไม่ใช่ UUID", f"{name} {value!r} is not a UUID"


def _contact(record: Record) -> Iterator[tuple[str, str, str]]:
    phone = getattr(record, "phone", "")
    if phone and not _PHONE.match(phone):
        yield "phone", f"เบอร์โทรศัพท์ {phone!r} ไม่ถูกต้อง", f"phone number {phone!r} is not valid"
    email = getattr(record, "email", "")
    if email and not _EMAIL.match(email):
        yield "email", f"อีเมล {email!r} ไม่ถูกต้อง", f"email {email!r} is not valid"


def _member(r: NetworkMember) -> Iterator[tuple[str, str, str]]:  # type: ignore[misc]
    yield from _required(r, "name")
    yield from _contact(r)


def _producer(r: Producer) -> Iterator[tuple[str, str, str]]:
    from kbo_desktop.domain.thai_address import validate_address

    yield from _required(r, "name")
    yield from _range(r, "members_count", 0)
    yield from _contact(r)
    for problem in validate_address(r.address):
        yield problem.field, problem.message_th, problem.message_en


def _product(r: Product) -> Iterator[tuple[str, str, str]]:
    yield from _required(r, "producer_id", "name")
    yield from _range(r, "star_rating", 1, 5)
    yield from _range(r, "star_rating_year_be", BE_YEAR_MIN, BE_YEAR_MAX)
    yield from _range(r, "price_thb", 0)
    yield from _range(r, "annual_sales_thb", 0)


def _certification(r: Certification) -> Iterator[tuple[str, str, str]]:
    yield from _required(r, "product_id")
    yield from _date_order(r, "issued_on", "expires_on")


def _swot(r: SwotItem) -> Iterator[tuple[str, str, str]]:
    yield from _required(r, "product_id", "text")
    yield from _range(r, "position", 0)


def _plan(r: Plan) -> Iterator[tuple[str, str, str]]:
    yield from _required(r, "product_id", "title")
    yield from _range(r, "fiscal_year_be", BE_YEAR_MIN, BE_YEAR_MAX)


def _action(r: PlanAction) -> Iterator[tuple[str, str, str]]:
    yield from _required(r, "plan_id", "description")
    yield from _date_order(r, "start_on", "due_on")
    yield from _range(r, "budget_thb", 0)
    yield from _range(r, "progress_pct", 0, 100)


def _visit(r: Visit) -> Iterator[tuple[str, str, str]]:
    yield from _required(r, "producer_id", "visited_on")
    yield from _date_order(r, "visited_on", "follow_up_on")
    yield from _range(r, "lat", -90, 90)
    yield from _range(r, "lon", -180, 180)


def _progress(r: VisitProgress) -> Iterator[tuple[str, str, str]]:
    yield from _required(r, "visit_id", "plan_action_id")
    yield from _range(r, "progress_pct", 0, 100)


def _meeting(r: Meeting) -> Iterator[tuple[str, str, str]]:
    yield from _required(r, "title", "held_on")


def _photo(r: Photo) -> Iterator[tuple[str, str, str]]:
    yield from _required(r, "owner_id")
    if not _SHA256.match(r.sha256):
        yield "sha256", "รหัสตรวจสอบภาพ (sha256) ไม่ถูกต้อง", "photo sha256 is not 64 hex digits"


_RULES: dict[type[Record], tuple[Rule, ...]] = {
    NetworkMember: (_member,),
    Producer: (_producer,),
    Product: (_product,),
    Certification: (_certification,),
    SwotItem: (_swot,),
    Plan: (_plan,),
    PlanAction: (_action,),
    Visit: (_visit,),
    VisitProgress: (_progress,),
    Meeting: (_meeting,),
    Photo: (_photo,),
}  # type: ignore[dict-item]

# Thai and English names of fields, for messages and form labels.
_FIELD_LABELS: dict[str, tuple[str, str]] = {
    "name": ("ชื่อ", "Name"),
    "title": ("ชื่อเรื่อง", "Title"),
    "text": ("ข้อความ", "Text"),
    "description": ("รายละเอียด", "Description"),
    "producer_id": ("ผู้ผลิต", "Producer"),
    "product_id": ("ผลิตภัณฑ์", "Product"),
    "plan_id": ("แผนพัฒนา", "Plan"),
    "visit_id": ("การลงพื้นที่", "Visit"),
    "plan_action_id": ("กิจกรรมตามแผน", "Plan action"),
    "owner_id": ("เจ้าของภาพ", "Photo owner"),
    "members_count": ("จำนวนสมาชิก", "Number of members"),
    "star_rating": ("ระดับดาว", "Star rating"),
    "star_rating_year_be": ("ปีที่ได้รับดาว (พ.ศ.)", "Star rating year (BE)"),
    "price_thb": ("ราคา", "Price"),
    "annual_sales_thb": ("ยอดขายต่อปี", "Annual sales"),
    "fiscal_year_be": ("ปีงบประมาณ (พ.ศ.)", "Fiscal year (BE)"),
    "budget_thb": ("งบประมาณ", "Budget"),
    "progress_pct": ("ความคืบหน้า (%)", "Progress (%)"),
    "position": ("ลำดับ", "Position"),
    "lat": ("ละติจูด", "Latitude"),
    "lon": ("ลองจิจูด", "Longitude"),
    "issued_on": ("วันที่ออก", "Issue date"),
    "expires_on": ("วันหมดอายุ", "Expiry date"),
    "start_on": ("วันเริ่ม", "Start date"),
    "due_on": ("กำหนดเสร็จ", "Due date"),
    "visited_on": ("วันที่ลงพื้นที่", "Visit date"),
    "follow_up_on": ("วันติดตามครั้งถัดไป", "Follow-up date"),
    "held_on": ("วันที่ประชุม", "Meeting date"),
}


def field_label(name: str, language: str = "th") -> str:
    th, en = _FIELD_LABELS.get(name, (name, name))
    return en if language == "en" else th
