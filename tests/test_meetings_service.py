"""The meeting use cases the meetings tab relies on: listing, product choices, saving."""

from __future__ import annotations

from datetime import date

import pytest

from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import Category
from kbo_desktop.domain.errors import NotFoundError, ValidationErrors
from kbo_desktop.services.meetings import MeetingService
from tests.factories import small_province


@pytest.fixture
def service(db):  # noqa: ANN001, ANN201
    return MeetingService(db)


def test_meetings_listed_newest_first(service, records) -> None:
    for title, held_on in [("ครั้งที่ 1/2566", date(2023, 1, 19)), ("ครั้งที่ 3/2566", date(2023, 8, 2)),
                           ("ครั้งที่ 2/2566", date(2023, 4, 20))]:  # fmt: skip
        records.save(r.Meeting(title=title, held_on=held_on))
    gone = records.save(r.Meeting(title="ยกเลิก", held_on=date(2024, 1, 1)))
    records.delete(r.Meeting, gone.id)
    assert [m.title for m in service.list_meetings()] == [
        "ครั้งที่ 3/2566",
        "ครั้งที่ 2/2566",
        "ครั้งที่ 1/2566",
    ]


def test_product_choices_carry_producer_district_and_target(db, tmp_path, service, records) -> None:
    data = small_province(db, tmp_path)
    other = records.save(r.Producer(name="กลุ่มแม่บ้านน้ำพริกนาด้วง", address=r.Address(amphoe="นาด้วง")))
    records.save(r.Product(producer_id=other.id, name="น้ำพริกเผา", category=Category.FOOD))
    hidden = records.save(r.Product(producer_id=other.id, name="ของที่ถูกลบ", category=Category.FOOD))
    records.delete(r.Product, hidden.id)
    choices = service.product_choices()
    # district order: นาด้วง before เมืองเลย (Thai dictionary order ignores the leading vowel)
    assert [c.name for c in choices] == ["น้ำพริกเผา", "ผ้าฝ้ายทอมือย้อมคราม"]
    cloth = choices[1]
    assert cloth.product_id == data["product"].id
    assert (cloth.producer_name, cloth.amphoe, cloth.category, cloth.kbo_target) == (
        "กลุ่มทอผ้าฝ้ายย้อมครามบ้านนาอาน", "เมืองเลย", Category.TEXTILE_APPAREL, True)  # fmt: skip
    assert choices[0].kbo_target is False


def test_save_tidies_agenda_and_products(db, tmp_path, service) -> None:
    product = small_province(db, tmp_path)["product"]
    saved = service.save(
        r.Meeting(title="  ประชุมคณะกรรมการ KBO  ", held_on=date(2024, 3, 5), venue=" ศาลากลาง ",
                  agenda=["เรื่องแจ้งเพื่อทราบ", "   ", "เรื่องพิจารณา"],
                  product_ids=[product.id, product.id], minutes="มติที่ประชุม\n\n")
    )  # fmt: skip
    stored = service.get(saved.id)
    assert stored.title == "ประชุมคณะกรรมการ KBO" and stored.venue == "ศาลากลาง"
    assert stored.agenda == ["เรื่องแจ้งเพื่อทราบ", "เรื่องพิจารณา"]
    assert stored.product_ids == [product.id]
    assert stored.minutes == "มติที่ประชุม"


def test_save_reports_missing_title_and_date_by_field(service) -> None:
    with pytest.raises(ValidationErrors) as caught:
        service.save(r.Meeting(title="   "))
    assert {p.field for p in caught.value.problems} == {"title", "held_on"}
    assert all(p.message_th for p in caught.value.problems)


def test_save_refuses_a_deleted_product(db, tmp_path, service, records) -> None:
    product = small_province(db, tmp_path)["product"]
    records.delete(r.Product, product.id)
    with pytest.raises(ValidationErrors) as caught:
        service.save(r.Meeting(title="ประชุม", held_on=date(2024, 1, 1), product_ids=[product.id]))
    assert [p.field for p in caught.value.problems] == ["product_ids"]


def test_delete_and_restore(service) -> None:
    meeting = service.save(r.Meeting(title="ประชุม", held_on=date(2024, 1, 1)))
    deletion = service.delete(meeting.id)
    assert service.list_meetings() == []
    with pytest.raises(NotFoundError):
        service.get(meeting.id)
    service.restore(deletion)
    assert [m.id for m in service.list_meetings()] == [meeting.id]
