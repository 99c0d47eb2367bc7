"""The producer list query, detail loading and saving, without any window."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import event

from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import Category, CertificationStatus, PhotoOwnerKind, Quadrant
from kbo_desktop.services import producer_list as pl
from kbo_desktop.services.records import RecordService
from tests.factories import make_image, small_province


def _more_producers(records: RecordService) -> dict[str, r.Producer]:
    made = {}
    for name, amphoe, tambon, product in [
        ("กลุ่มแม่บ้านน้ำพริกนาด้วง", "นาด้วง", "นาด้วง",
         r.Product(name="น้ำพริกเผา", category=Category.FOOD, star_rating=2, quadrant=Quadrant.B)),
        ("วิสาหกิจชุมชนไวน์มะขามภูเรือ", "ภูเรือ", "หนองบัว",
         r.Product(name="ไวน์มะขามหวาน", category=Category.BEVERAGE, star_rating=4, quadrant=Quadrant.A,
                   kbo_target=True)),
        ("ร้านปั้นดินเผาเชียงคาน", "เชียงคาน", "เชียงคาน", None),
    ]:  # fmt: skip
        producer = records.save(
            r.Producer(name=name, address=r.Address(tambon=tambon, amphoe=amphoe, province="เลย"))
        )
        if product is not None:
            product.producer_id = producer.id
            records.save(product)
        made[name] = producer
    return made


def test_list_is_one_query_with_product_summary(db, tmp_path, records) -> None:
    small_province(db, tmp_path)
    _more_producers(records)
    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    rows = pl.list_producers(db)
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 1
    by_name = {row.name: row for row in rows}
    cloth = by_name["กลุ่มทอผ้าฝ้ายย้อมครามบ้านนาอาน"]
    assert (cloth.amphoe, cloth.tambon, cloth.product_count) == ("เมืองเลย", "นาอาน", 1)
    assert cloth.categories == (Category.TEXTILE_APPAREL,)
    assert (cloth.best_star, cloth.quadrants, cloth.kbo_target) == (3, (Quadrant.D,), True)
    pottery = by_name["ร้านปั้นดินเผาเชียงคาน"]
    assert (pottery.product_count, pottery.best_star, pottery.categories) == (0, None, ())


def test_filters_narrow_the_list(db, tmp_path, records) -> None:
    small_province(db, tmp_path)
    _more_producers(records)

    def names(**kw: object) -> set[str]:
        return {row.name for row in pl.list_producers(db, pl.ProducerFilter(**kw))}  # type: ignore[arg-type]

    assert len(names()) == 4
    assert names(amphoe="ภูเรือ") == {"วิสาหกิจชุมชนไวน์มะขามภูเรือ"}
    assert names(category=Category.FOOD) == {"กลุ่มแม่บ้านน้ำพริกนาด้วง"}
    assert names(stars=3) == {"กลุ่มทอผ้าฝ้ายย้อมครามบ้านนาอาน"}
    assert names(quadrant=Quadrant.A) == {"วิสาหกิจชุมชนไวน์มะขามภูเรือ"}
    assert names(kbo_target_only=True) == {"กลุ่มทอผ้าฝ้ายย้อมครามบ้านนาอาน", "วิสาหกิจชุมชนไวน์มะขามภูเรือ"}
    assert names(text="มะขาม") == {"วิสาหกิจชุมชนไวน์มะขามภูเรือ"}
    assert names(text="น้ำพริกเผา") == {"กลุ่มแม่บ้านน้ำพริกนาด้วง"}  # a product's name
    assert names(text="50%") == set()  # LIKE wildcards are taken literally
    assert pl.amphoes_in_use(db) == ["เชียงคาน", "นาด้วง", "ภูเรือ", "เมืองเลย"]


def test_pages_of_every_sort_join_up_to_the_whole_list(db, tmp_path, records) -> None:
    small_province(db, tmp_path)
    _more_producers(records)
    records.save(r.Producer(name="โรงสีข้าวชุมชน", address=r.Address(amphoe="นาด้วง", province="เลย")))
    for by in pl.SortBy:
        for descending in (False, True):
            order = pl.ProducerOrder(by, descending)
            whole = pl.list_producers(db, order=order)
            pages = [pl.list_producers(db, order=order, offset=n, limit=2) for n in (0, 2, 4)]
            assert [row for page in pages for row in page] == whole, order
            ids = pl.producer_ids(db, order=order)
            assert ids == [row.id for row in whole], order
            assert pl.rows_of(db, ids[::-1]) == whole[::-1]  # a page comes back in the order asked
    by_name = [row.name for row in pl.list_producers(db)]
    assert by_name == [
        "กลุ่มทอผ้าฝ้ายย้อมครามบ้านนาอาน", "กลุ่มแม่บ้านน้ำพริกนาด้วง", "ร้านปั้นดินเผาเชียงคาน",
        "โรงสีข้าวชุมชน", "วิสาหกิจชุมชนไวน์มะขามภูเรือ"]  # fmt: skip  # โร after ร้า, before วิ
    by_district = pl.list_producers(db, order=pl.ProducerOrder(pl.SortBy.AMPHOE, descending=True))
    assert [(row.amphoe, row.name) for row in by_district][:3] == [
        ("เมืองเลย", "กลุ่มทอผ้าฝ้ายย้อมครามบ้านนาอาน"), ("ภูเรือ", "วิสาหกิจชุมชนไวน์มะขามภูเรือ"),
        ("นาด้วง", "กลุ่มแม่บ้านน้ำพริกนาด้วง")]  # fmt: skip  # names stay ascending within a district


def test_filters_and_sort_combine(db, tmp_path, records) -> None:
    small_province(db, tmp_path)
    _more_producers(records)
    target_first = pl.ProducerOrder(pl.SortBy.STARS, descending=True)
    rows = pl.list_producers(db, pl.ProducerFilter(kbo_target_only=True), target_first)
    assert [(row.name, row.best_star) for row in rows] == [
        ("วิสาหกิจชุมชนไวน์มะขามภูเรือ", 4), ("กลุ่มทอผ้าฝ้ายย้อมครามบ้านนาอาน", 3)]  # fmt: skip
    assert pl.producer_ids(db, pl.ProducerFilter(text="ไม่มีใครชื่อนี้")) == []
    assert pl.rows_of(db, []) == []


def test_detail_round_trip_saves_only_what_changed(db, tmp_path) -> None:
    made = small_province(db, tmp_path)
    detail = pl.load_detail(db, made["producer"].id)
    assert [p.id for p in detail.products] == [made["product"].id]
    assert [c.id for c in detail.certifications] == [made["certification"].id]
    assert [p.id for p in detail.photos] == [made["photo"].id]
    draft = detail.copy()
    draft.producer.notes = "ย้ายที่ทำการกลุ่ม"
    new_product = r.Product(producer_id=draft.producer.id, name="ผ้าพันคอย้อมคราม")
    draft.products.append(new_product)
    draft.certifications.append(r.Certification(product_id=new_product.id, number="อย. 42-1-00001"))
    saved = pl.save_detail(db, draft, detail)
    assert saved.producer.notes == "ย้ายที่ทำการกลุ่ม"
    assert len(saved.products) == 2 and len(saved.certifications) == 2
    old = next(p for p in saved.products if p.id == made["product"].id)
    assert old.updated_at == detail.products[0].updated_at  # untouched product not rewritten


def test_invalid_detail_saves_nothing(db, tmp_path) -> None:
    made = small_province(db, tmp_path)
    detail = pl.load_detail(db, made["producer"].id)
    draft = detail.copy()
    draft.producer.notes = "จะไม่ถูกบันทึก"
    draft.products.append(r.Product(producer_id=draft.producer.id, name=""))
    problems = pl.detail_problems(draft)
    assert [p.field for p in problems[draft.products[-1].id]] == ["name"]
    try:
        pl.save_detail(db, draft, detail)
    except Exception as exc:  # noqa: BLE001
        assert type(exc).__name__ == "ValidationErrors"
    assert pl.load_detail(db, made["producer"].id) == detail


def test_expiry_states() -> None:
    today = date(2025, 1, 1)
    cert = r.Certification(product_id="x", status=CertificationStatus.HELD)
    assert pl.expiry_state(cert, today) is pl.ExpiryState.NONE
    cert.expires_on = today + timedelta(days=90)
    assert pl.expiry_state(cert, today) is pl.ExpiryState.SOON
    cert.expires_on = today + timedelta(days=91)
    assert pl.expiry_state(cert, today) is pl.ExpiryState.VALID
    cert.expires_on = today - timedelta(days=1)
    assert pl.expiry_state(cert, today) is pl.ExpiryState.EXPIRED


def test_photos_stored_once_and_duplicates_skipped(db, tmp_path, records) -> None:
    producer = records.save(r.Producer(name="กลุ่มทดสอบภาพ"))
    image = make_image(tmp_path / "a.png", colour="orange")
    first = pl.add_photos(db, PhotoOwnerKind.PRODUCER, producer.id, [image, image])
    assert len(first.added) == 1 and first.duplicates == [image]
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"not an image")
    second = pl.add_photos(db, PhotoOwnerKind.PRODUCER, producer.id, [broken])
    assert second.failed and second.failed[0][0] == broken
    assert len(list(db.photos_dir.iterdir())) == 1
