"""Finding and merging producers two officers recorded independently.

Thai group names are written many ways ("กลุ่มทอผ้าบ้านนาอาน",
"วิสาหกิจชุมชนทอผ้า บ้านนาอาน"), so names are compared after dropping the
usual prefixes and the spaces, and only within one tambon; a shared phone
number or OTOP registration number is evidence wherever the producers are.
Merging moves everything of the dropped producer to the kept one in one
transaction and leaves a tombstone, so other laptops learn of it by bundle.
"""

from __future__ import annotations

import difflib
import logging
import re
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import PhotoOwnerKind
from kbo_desktop.domain.errors import ValidationError
from kbo_desktop.domain.thai_admin import strip_amphoe_prefix, strip_tambon_prefix
from kbo_desktop.domain.thai_digits import to_arabic_digits
from kbo_desktop.services.records import RecordService, load_row
from kbo_desktop.store import models as m
from kbo_desktop.store.database import Database
from kbo_desktop.store.mapping import to_record
from kbo_desktop.store.types import utcnow

log = logging.getLogger(__name__)
NAME_RATIO = 0.8
MIN_CONTAINED = 4  # a contained name shorter than this ("ผ้า") proves nothing
_PREFIXES = ("วิสาหกิจชุมชน", "กลุ่ม", "บ้าน")
# Evidence weights, combined as independent chances: 1 - Π(1 - w).
_WEIGHTS = {"otop_no": 0.9, "phone": 0.7, "contained_name": 0.6}
_PRODUCER_FIELDS = ("otop_registration_no", "contact_name", "phone", "members_count", "notes")


@dataclass(frozen=True)
class DuplicateReason:
    code: str  # "similar_name" | "contained_name" | "phone" | "otop_no"
    message_th: str
    message_en: str
    weight: float


@dataclass(frozen=True)
class DuplicateCandidate:
    """Two live producers that are probably the same group, best evidence first."""

    first: r.Producer
    second: r.Producer
    score: float  # 0..1
    reasons: tuple[DuplicateReason, ...]


@dataclass
class ProducerMergeSummary:
    """What :func:`merge_producers` moved, for the confirmation message."""

    kept: r.Producer
    dropped_id: str
    moved: dict[str, int] = field(default_factory=dict)  # products, visits, photos
    following: dict[str, int] = field(
        default_factory=dict
    )  # records that came along via products/visits
    filled_fields: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"kept {self.kept.name} ({self.kept.id}); {self.dropped_id} is now deleted"]
        out += [f"moved {name}: {count}" for name, count in self.moved.items()]
        out += [f"came along {name}: {count}" for name, count in self.following.items() if count]
        if self.filled_fields:
            out.append("filled in from the dropped producer: " + ", ".join(self.filled_fields))
        return out


def normalise_name(name: str) -> str:
    """A producer name reduced to what tells groups apart: no prefixes, no spaces."""
    text = re.sub(r"\s+", "", name or "").casefold()
    stripped = True
    while stripped:
        stripped = False
        for prefix in _PREFIXES:
            if text.startswith(prefix) and len(text) > len(prefix):
                text = text[len(prefix) :]
                stripped = True
    return text


def normalise_phone(phone: str) -> str:
    digits = re.sub(r"\D", "", to_arabic_digits(phone or ""))
    if digits.startswith("66") and len(digits) == 11:
        digits = "0" + digits[2:]  # +66 81 234 5678 is 081 234 5678
    return digits if len(digits) >= 9 else ""


def _otop_key(number: str) -> str:
    return re.sub(r"[\s\-/.]", "", to_arabic_digits(number or "")).casefold()


def _tambon_key(p: r.Producer) -> tuple[str, str] | None:
    tambon = " ".join(strip_tambon_prefix(p.address.tambon or "").split())
    if not tambon:
        return None
    return tambon, " ".join(strip_amphoe_prefix(p.address.amphoe or "").split())


def _name_reason(a: r.Producer, b: r.Producer) -> DuplicateReason | None:
    key_a, key_b = _tambon_key(a), _tambon_key(b)
    if (
        key_a is None
        or key_b is None
        or key_a[0] != key_b[0]
        or (key_a[1] and key_b[1] and key_a[1] != key_b[1])
    ):
        return None
    name_a, name_b = normalise_name(a.name), normalise_name(b.name)
    if not name_a or not name_b:
        return None
    ratio = difflib.SequenceMatcher(None, name_a, name_b).ratio()
    if ratio >= NAME_RATIO:
        return DuplicateReason(
            "similar_name", f"ชื่อคล้ายกัน ({ratio:.0%}) ในตำบลเดียวกัน",
            f"similar names ({ratio:.0%}) in the same tambon", ratio * 0.8,
        )  # fmt: skip
    shorter, longer = sorted((name_a, name_b), key=len)
    if len(shorter) >= MIN_CONTAINED and shorter in longer:
        return DuplicateReason(
            "contained_name", "ชื่อหนึ่งอยู่ในอีกชื่อหนึ่ง ในตำบลเดียวกัน",
            "one name contains the other, in the same tambon", _WEIGHTS["contained_name"],
        )  # fmt: skip
    return None


def find_duplicate_producers(db: Database) -> list[DuplicateCandidate]:
    """Likely duplicate pairs among live producers, highest score first."""
    producers = RecordService(db).list(r.Producer)
    reasons: dict[tuple[str, str], list[DuplicateReason]] = defaultdict(list)
    by_id = {p.id: p for p in producers}

    def pair(a: r.Producer, b: r.Producer) -> tuple[str, str]:
        return (a.id, b.id) if a.id < b.id else (b.id, a.id)

    groups: dict[tuple[str, str], list[r.Producer]] = defaultdict(list)
    phones: dict[str, list[r.Producer]] = defaultdict(list)
    numbers: dict[str, list[r.Producer]] = defaultdict(list)
    for p in producers:
        key = _tambon_key(p)
        if key:
            groups[key[0], ""].append(p)
        if normalise_phone(p.phone):
            phones[normalise_phone(p.phone)].append(p)
        if _otop_key(p.otop_registration_no):
            numbers[_otop_key(p.otop_registration_no)].append(p)
    for members in groups.values():
        for a, b in combinations(members, 2):
            reason = _name_reason(a, b)
            if reason:
                reasons[pair(a, b)].append(reason)
    for members in phones.values():
        for a, b in combinations(members, 2):
            reasons[pair(a, b)].append(
                DuplicateReason(
                    "phone",
                    f"เบอร์โทรศัพท์เดียวกัน ({a.phone})",
                    f"same phone ({a.phone})",
                    _WEIGHTS["phone"],
                )
            )
    for members in numbers.values():
        for a, b in combinations(members, 2):
            number = a.otop_registration_no
            reasons[pair(a, b)].append(
                DuplicateReason("otop_no", f"เลขทะเบียน OTOP เดียวกัน ({number})",
                                f"same OTOP registration number ({number})", _WEIGHTS["otop_no"])
            )  # fmt: skip
    found = []
    for (first, second), why in reasons.items():
        chance = 1.0
        for reason in why:
            chance *= 1 - reason.weight
        ordered = tuple(sorted(why, key=lambda x: -x.weight))
        found.append(DuplicateCandidate(by_id[first], by_id[second], round(1 - chance, 4), ordered))
    return sorted(found, key=lambda c: (-c.score, c.first.name, c.second.name))


def merge_producers(db: Database, keep_id: str, drop_id: str) -> ProducerMergeSummary:
    """Move the dropped producer's products, visits and photos to the kept one,
    fill the kept one's empty fields from it, and tombstone it, all at once.

    Analyses, certifications, plans and their actions follow their products,
    observed progress follows its visits, so their ids never change; meetings
    keep listing the same products.

    Raises:
        NotFoundError: either producer does not exist or is deleted.
        ValidationError: the two ids are the same.
    """
    if keep_id == drop_id:
        raise ValidationError(
            "ไม่สามารถรวมผู้ผลิตเข้ากับตัวเองได้",
            "cannot merge a producer into itself",
            record=f"producer {keep_id}",
        )
    with db.transaction() as session:
        keep = load_row(session, r.Producer, keep_id)
        drop = load_row(session, r.Producer, drop_id)
        now = utcnow()
        summary = ProducerMergeSummary(kept=to_record(keep), dropped_id=drop_id)  # type: ignore[arg-type]
        moved_products: list[str] = []
        moved_visits: list[str] = []
        moves: tuple[tuple[Any, list[str]], ...] = ((m.ProductRow, moved_products), (m.VisitRow, moved_visits))
        for row_type, ids in moves:
            for child in session.scalars(select(row_type).where(row_type.producer_id == drop_id)):
                child.producer_id = keep_id
                child.updated_at = now
                ids.append(child.id)
        photos = list(
            session.scalars(
                select(m.PhotoRow).where(
                    m.PhotoRow.owner_kind == PhotoOwnerKind.PRODUCER, m.PhotoRow.owner_id == drop_id
                )
            )
        )
        for photo in photos:
            photo.owner_id = keep_id
            photo.updated_at = now
        summary.moved = {
            "products": len(moved_products),
            "visits": len(moved_visits),
            "photos": len(photos),
        }
        summary.following = _following(session, moved_products, moved_visits)
        summary.filled_fields = _fill_empty(keep, drop)
        keep.updated_at = now
        drop.deleted = True
        drop.updated_at = now
        session.flush()
        summary.kept = to_record(keep)  # type: ignore[assignment]
    log.info("merged producer %s into %s: %s", drop_id, keep_id, summary.moved)
    return summary


def _following(session: Session, products: list[str], visits: list[str]) -> dict[str, int]:
    """How many records came along with the moved products and visits (their ids stay)."""
    product_set, visit_set = set(products), set(visits)

    def count(column: Any, wanted: set[str]) -> int:
        return sum(1 for value in session.scalars(select(column)) if value in wanted)

    plans = {
        p
        for p, owner in session.execute(select(m.PlanRow.id, m.PlanRow.product_id))
        if owner in product_set
    }
    return {
        "certifications": count(m.CertificationRow.product_id, product_set),
        "swot_items": count(m.SwotItemRow.product_id, product_set),
        "plans": len(plans),
        "plan_actions": count(m.PlanActionRow.plan_id, plans),
        "visit_progress": count(m.VisitProgressRow.visit_id, visit_set),
    }


def _fill_empty(keep: m.ProducerRow, drop: m.ProducerRow) -> list[str]:
    filled = []
    for name in _PRODUCER_FIELDS:
        if getattr(keep, name) in (None, "") and getattr(drop, name) not in (None, ""):
            setattr(keep, name, getattr(drop, name))
            filled.append(name)
    for name in (
        "house_no",
        "village_no",
        "village",
        "tambon",
        "amphoe",
        "province",
        "postcode",
        "lat",
        "lon",
    ):
        column = f"address_{name}"
        if getattr(keep, column) in (None, "") and getattr(drop, column) not in (None, ""):
            setattr(keep, column, getattr(drop, column))
            filled.append(f"address.{name}")
    return filled
