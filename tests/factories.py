"""A small but complete set of records, one of each kind, for store and exchange tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PIL import Image

from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import (
    ActionStatus,
    Category,
    CertificationStatus,
    MemberKind,
    PhotoOwnerKind,
    PlanArea,
    Quadrant,
    Standard,
    SwotKind,
)
from kbo_desktop.services.photos import add_photo
from kbo_desktop.services.records import RecordService
from kbo_desktop.store.database import Database


def make_image(path: Path, size: tuple[int, int] = (64, 48), colour: str = "teal") -> Path:
    Image.new("RGB", size, colour).save(path)
    return path


def small_province(db: Database, tmp_path: Path) -> dict[str, r.Record]:
    """One producer in Loei with a product, its analysis, plan, a visit, a meeting and a photo."""
    service = RecordService(db)
    member = service.save(
        r.NetworkMember(name="มหาวิทยาลัยราชภัฏเลย", kind=MemberKind.ACADEMIC, expertise="ออกแบบบรรจุภัณฑ์",
                        phone="042-835-223", email="kbo@example.ac.th")
    )  # fmt: skip
    producer = service.save(
        r.Producer(
            name="กลุ่มทอผ้าฝ้ายย้อมครามบ้านนาอาน",
            contact_name="นางสมศรี ใจดี",
            phone="081-234-5678",
            members_count=25,
            address=r.Address(house_no="12", village_no="3", village="บ้านนาอาน", tambon="นาอาน",
                              amphoe="เมืองเลย", province="เลย", postcode="42000"),
        )  # fmt: skip
    )
    product = service.save(
        r.Product(producer_id=producer.id, name="ผ้าฝ้ายทอมือย้อมคราม", category=Category.TEXTILE_APPAREL,
                  star_rating=3, star_rating_year_be=2565, quadrant=Quadrant.D, price_thb=450.0,
                  sales_channels=["หน้าร้านในชุมชน", "Facebook"], kbo_target=True)
    )  # fmt: skip
    cert = service.save(
        r.Certification(product_id=product.id, standard=Standard.TCPS, status=CertificationStatus.HELD,
                        number="มผช. 11/2546", issued_on=date(2022, 5, 1), expires_on=date(2025, 4, 30))
    )  # fmt: skip
    weakness = service.save(
        r.SwotItem(product_id=product.id, kind=SwotKind.WEAKNESS, text="บรรจุภัณฑ์ยังไม่ดึงดูดใจผู้ซื้อ",
                   source="ที่ประชุมคณะกรรมการ KBO ครั้งที่ 1/2566", recorded_on=date(2023, 1, 19))
    )  # fmt: skip
    plan = service.save(r.Plan(product_id=product.id, fiscal_year_be=2566, title="ยกระดับผ้าย้อมครามสู่ 4 ดาว"))
    action = service.save(
        r.PlanAction(plan_id=plan.id, area=PlanArea.PACKAGING, description="ออกแบบบรรจุภัณฑ์ใหม่",
                     addresses_swot_item_id=weakness.id, responsible_member_id=member.id,
                     start_on=date(2023, 2, 1), due_on=date(2023, 5, 31), budget_thb=15000.0,
                     status=ActionStatus.IN_PROGRESS, progress_pct=40)
    )  # fmt: skip
    visit = service.save(
        r.Visit(producer_id=producer.id, visited_on=date(2023, 3, 10), officers=["นายวิชัย พัฒนา"],
                purpose="ติดตามความคืบหน้า", findings="ต้นแบบบรรจุภัณฑ์เสร็จแล้ว", follow_up_on=date(2023, 4, 10))
    )  # fmt: skip
    progress = service.save(
        r.VisitProgress(visit_id=visit.id, plan_action_id=action.id, status=ActionStatus.IN_PROGRESS,
                        progress_pct=60, note="ได้ต้นแบบ 2 แบบ")
    )  # fmt: skip
    meeting = service.save(
        r.Meeting(title="ประชุมคณะกรรมการ KBO จังหวัดเลย ครั้งที่ 2/2566", held_on=date(2023, 4, 20),
                  venue="ศาลากลางจังหวัดเลย", agenda=["เรื่องแจ้งเพื่อทราบ"], product_ids=[product.id])
    )  # fmt: skip
    photo = add_photo(db, PhotoOwnerKind.PRODUCT, product.id, make_image(tmp_path / "cloth.png"), "ผ้าผืนตัวอย่าง")
    return {
        "member": member, "producer": producer, "product": product, "certification": cert,
        "weakness": weakness, "plan": plan, "action": action, "visit": visit,
        "progress": progress, "meeting": meeting, "photo": photo,
    }  # fmt: skip
