"""The committee meeting packet, read back the way a user and a search tool would.

Builds packets from the small Loei province of the factories (plus a second
producer with longer texts) and checks the PDF with poppler: every Thai text
that went in comes back, nothing private leaks by default, sections start on
new pages and the summary table stays inside the margins.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from kbo_desktop.cli import main
from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import (
    ActionStatus,
    Category,
    CertificationStatus,
    Quadrant,
    Standard,
    SwotKind,
)
from kbo_desktop.domain.errors import NotFoundError
from kbo_desktop.services.packet import (
    PacketCancelled,
    PacketOptions,
    build_packet,
    gather_packet,
    redact_personal,
    write_packet,
)
from kbo_desktop.services.records import RecordService
from kbo_desktop.services.visit_photos import import_photos, with_in_packet
from kbo_desktop.services.visits import VisitService
from kbo_desktop.store.database import Database
from tests.factories import make_image, small_province

PUA = re.compile("[\ue000-\uf8ff]")
CM = 72 / 2.54

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def _pdftotext(pdf: Path, *args: str) -> str:
    out = subprocess.run(["pdftotext", *args, str(pdf), "-"], check=True, capture_output=True)
    return out.stdout.decode("utf-8")


def _laid_out(source: str) -> re.Pattern[str]:
    """``source`` as it may come back from a PDF: any line break where the source had
    none (layout broke a line between words), whitespace runs where it had spaces,
    and nothing else. A space added between two Thai letters fails to match."""
    parts = []
    for ch in source:
        parts.append(r"\s+" if ch.isspace() else re.escape(ch) + r"\n?")
    return re.compile("".join(parts))


@pytest.fixture
def province(db, tmp_path: Path) -> dict[str, r.Record]:  # noqa: ANN001
    """The factories' province plus a second product with long texts and an expiring certificate."""
    recs = small_province(db, tmp_path)
    service = RecordService(db)
    meeting = recs["meeting"]
    assert isinstance(meeting, r.Meeting)
    producer = service.save(
        r.Producer(
            name="วิสาหกิจชุมชนแปรรูปสมุนไพรบ้านทรายขาวเพื่อสุขภาพ",
            contact_name="นายประเสริฐ ศรีสุข",
            phone="089-765-4321",
            address=r.Address(
                village_no="7",
                village="ทรายขาว",
                tambon="ทรายขาว",
                amphoe="วังสะพุง",
                province="เลย",
                postcode="42130",
            ),
        )  # fmt: skip
    )
    product = service.save(
        r.Product(producer_id=producer.id, name="น้ำพริกเผาสมุนไพรสูตรโบราณ", category=Category.FOOD,
                  description="น้ำพริกเผาที่คั่วด้วยเตาถ่านตามสูตรของผู้เฒ่าในหมู่บ้าน ไม่ใส่สารกันเสีย "
                              "บรรจุขวดแก้วขนาด 200 กรัม",
                  star_rating=2, quadrant=Quadrant.D)
    )  # fmt: skip
    service.save(
        r.Certification(product_id=product.id, standard=Standard.FDA, status=CertificationStatus.HELD,
                        number="42-2-00565-2-0001", expires_on=meeting.held_on + timedelta(days=30))
    )  # fmt: skip
    swot_texts = {
        SwotKind.STRENGTH: "รสชาติกลมกล่อมที่ลูกค้าประจำติดใจ ผลิตจากพริกและกระเทียมที่ปลูกเองในชุมชน",
        SwotKind.HIGHLIGHT: "ใช้เตาถ่านคั่วทำให้มีกลิ่นหอมเฉพาะตัว",
        SwotKind.WEAKNESS: "ฉลากยังไม่ระบุวันหมดอายุและข้อมูลโภชนาการ ติดต่อ 081-999-8888",
        SwotKind.OPPORTUNITY: "นักท่องเที่ยวที่ขึ้นภูกระดึงนิยมซื้อของฝากประเภทอาหารแห้ง",
        SwotKind.THREAT: "ราคาพริกแห้งผันผวนตามฤดูกาล",
    }
    for position, (kind, text) in enumerate(swot_texts.items()):
        service.save(r.SwotItem(product_id=product.id, kind=kind, text=text, position=position))
    plan = service.save(
        r.Plan(product_id=product.id, fiscal_year_be=2566, title="ยกระดับน้ำพริกสู่มาตรฐาน อย.")
    )
    service.save(
        r.PlanAction(plan_id=plan.id, description="ปรับปรุงสถานที่ผลิตให้ผ่านเกณฑ์ GMP สุขลักษณะ",
                     due_on=date(2023, 3, 1), budget_thb=125000.0, status=ActionStatus.IN_PROGRESS,
                     progress_pct=30)
    )  # fmt: skip
    service.save(
        r.Visit(producer_id=producer.id, visited_on=date(2023, 2, 14), officers=["นางสาวมาลี ใจงาม"],
                findings="กลุ่มเริ่มก่อผนังกั้นห้องบรรจุแล้ว แต่ยังไม่มีอ่างล้างมือ",
                recommendations="ควรติดตั้งอ่างล้างมือและมุ้งลวดก่อนยื่นขอ อย.")
    )  # fmt: skip
    meeting.product_ids = [*meeting.product_ids, product.id]
    meeting.minutes = "ที่ประชุมรับทราบความก้าวหน้าของผลิตภัณฑ์ทั้งสองรายการ\nมติที่ประชุม รับทราบ"
    recs["meeting"] = service.save(meeting)
    recs["producer2"], recs["product2"] = producer, product
    return recs


@pytest.fixture
def packet(db, province, tmp_path: Path) -> Path:  # noqa: ANN001
    return write_packet(db, province["meeting"].id, tmp_path / "packet.pdf")


def _inputs(db, province) -> list[str]:  # noqa: ANN001
    """Every Thai text the packet must give back (personal data excluded)."""
    service = RecordService(db)
    texts = [p.name for p in service.list(r.Producer)] + [p.name for p in service.list(r.Product)]
    texts += [i.text for i in service.list(r.SwotItem) if "081" not in i.text]
    texts += [a.description for a in service.list(r.PlanAction)]
    texts += [v.findings for v in service.list(r.Visit)] + [
        v.recommendations for v in service.list(r.Visit)
    ]
    texts += [p.description for p in service.list(r.Product)]
    texts += [province["meeting"].title, province["meeting"].venue]
    return [t for t in texts if t]


def test_every_text_comes_back_without_private_use_or_added_spaces(
    db, province, packet: Path
) -> None:  # noqa: ANN001
    text = _pdftotext(packet)
    assert not PUA.search(text), "private-use glyph codes leaked into the text"
    for source in _inputs(db, province):
        assert _laid_out(source).search(text), f"not found as typed in the PDF: {source}"


def test_phone_numbers_only_with_personal_data(db, province, tmp_path: Path) -> None:  # noqa: ANN001
    meeting_id = province["meeting"].id
    plain = _pdftotext(write_packet(db, meeting_id, tmp_path / "plain.pdf"))
    assert "081-234-5678" not in plain and "089-765-4321" not in plain
    assert "081-999-8888" not in plain, "phone numbers in free text are removed too"
    personal = _pdftotext(
        write_packet(
            db, meeting_id, tmp_path / "personal.pdf", PacketOptions(include_personal_data=True)
        )
    )
    assert "081-234-5678" in personal and "089-765-4321" in personal and "081-999-8888" in personal


def test_each_product_starts_on_a_new_page(db, province, packet: Path) -> None:  # noqa: ANN001
    pages = _pdftotext(packet).split("\f")
    starts = [n for n, page in enumerate(pages, start=1) if "ผลิตภัณฑ์ลำดับที่" in page]
    assert len(starts) == 2 and starts[0] < starts[1]
    for number, key in zip(starts, ("product", "product2"), strict=True):
        page = _pdftotext(packet, "-f", str(number), "-l", str(number))
        before, _, after = page.partition("ผลิตภัณฑ์ลำดับที่")
        # Above the section's first line there is only the page header: "- ๓ -" and the running title.
        assert re.fullmatch(r"\s*- [๐-๙]+ -\s*(\d+\. [^\n]+)?\s*", before), before
        assert after.lstrip().startswith(f"{starts.index(number) + 1} จาก 2")
        assert province[key].name in after
        assert "ผลิตภัณฑ์ลำดับที่" not in after, "two sections on one page"


def test_every_word_lies_inside_the_margins(packet: Path) -> None:
    """``pdftotext -bbox``: no word box beyond the right margin (2 cm) or before the left (3 cm)."""
    xhtml = _pdftotext(packet, "-bbox")
    width = float(re.search(r'<page width="([\d.]+)"', xhtml).group(1))  # type: ignore[union-attr]
    boxes = re.findall(
        r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)</word>', xhtml
    )
    assert boxes
    for x_min, x_max, word in boxes:
        assert float(x_max) <= width - 2 * CM + 0.5, f"{word!r} runs past the right margin"
        assert float(x_min) >= 3 * CM - 0.5, f"{word!r} starts in the left margin"


def test_summary_fits_with_many_long_rows(db, province, tmp_path: Path) -> None:  # noqa: ANN001
    """A summary of long names and unbreakable codes still stays inside the frame."""
    service = RecordService(db)
    producer = province["producer2"]
    ids = []
    for n in range(12):
        product = service.save(
            r.Product(producer_id=producer.id, category=Category.HOUSEHOLD_DECOR_SOUVENIR,
                      name=f"ผลิตภัณฑ์จักสานไม้ไผ่ลายดอกพิกุลประยุกต์ร่วมสมัยรุ่นที่ {n} SUPERLONGMODELCODE{n:04d}")
        )  # fmt: skip
        ids.append(product.id)
    meeting = province["meeting"]
    meeting.product_ids = [*meeting.product_ids, *ids]
    service.save(meeting)
    pdf = write_packet(db, meeting.id, tmp_path / "long.pdf")
    test_every_word_lies_inside_the_margins(pdf)


def test_gather_flags_expiring_certifications_and_orders_swot(db, province) -> None:  # noqa: ANN001
    data = gather_packet(db, province["meeting"].id)
    assert data.province == "เลย"
    first, second = data.products
    assert [c.expiring for c in second.certifications] == [True]
    assert not first.flagged_certifications
    assert [i.text for i in second.swot[SwotKind.HIGHLIGHT]] == ["ใช้เตาถ่านคั่วทำให้มีกลิ่นหอมเฉพาะตัว"]
    assert (
        first.progress_pct == 40
        and first.plans[0].actions[0].responsible_name == "มหาวิทยาลัยราชภัฏเลย"
    )
    assert first.visits[0].observed[0].progress.progress_pct == 60
    assert first.photo is not None and first.photo_file is not None and first.photo_file.is_file()
    assert first.producer.phone == "" and second.swot[SwotKind.WEAKNESS][0].text.endswith("(ละไว้)")


def _visit_with_photos(
    db: Database,
    tmp_path: Path,
    producer: r.Record,
    on: date,
    photos: dict[str, bool],
    observed: r.Record | None = None,
) -> r.Visit:
    """A stored visit with one photo per caption in ``photos``, ticked "in the
    packet" where the value is True, as the visits tab saves them."""
    visit = r.Visit(producer_id=producer.id, visited_on=on, officers=["นายวิชัย พัฒนา"])
    files = [
        make_image(tmp_path / f"{visit.id[:8]}-{i}.png", colour=("orange", "navy")[i])
        for i in range(len(photos))
    ]
    added = import_photos(db, visit.id, files).added
    chosen = [
        with_in_packet(replace(photo, caption=caption), tick)
        for photo, (caption, tick) in zip(added, photos.items(), strict=True)
    ]
    seen = [r.VisitProgress(plan_action_id=observed.id, progress_pct=70)] if observed else []
    return VisitService(db).save_visit(visit, seen, chosen).visit


def test_packet_shows_the_photo_ticked_on_the_latest_visit_before_the_meeting(
    db, province, tmp_path: Path
) -> None:  # noqa: ANN001
    meeting = province["meeting"]
    producer, after = province["producer"], meeting.held_on + timedelta(days=3)
    ticked = {"ฉลากสองสีที่ติ๊กไว้": True, "ภาพหมู่สมาชิก": False}
    _visit_with_photos(db, tmp_path, producer, date(2023, 4, 2), ticked, province["action"])
    _visit_with_photos(db, tmp_path, producer, after, {"ภาพหลังประชุม": True})
    # The second producer's visit followed no plan action: its photo is for its product.
    _visit_with_photos(
        db, tmp_path, province["producer2"], date(2023, 3, 30), {"ห้องบรรจุที่สร้างใหม่": True}
    )

    first, second = gather_packet(db, meeting.id).products
    assert first.photo is not None and first.photo.caption == "ฉลากสองสีที่ติ๊กไว้"
    assert first.photo_file is not None and first.photo_file.is_file()
    assert second.photo is not None and second.photo.caption == "ห้องบรรจุที่สร้างใหม่"
    text = _pdftotext(write_packet(db, meeting.id, tmp_path / "ticked.pdf"))
    for caption in ("ฉลากสองสีที่ติ๊กไว้", "ห้องบรรจุที่สร้างใหม่"):
        assert _laid_out(caption).search(text), caption
    for left_out in ("ภาพหมู่สมาชิก", "ภาพหลังประชุม", "ผ้าผืนตัวอย่าง"):
        assert not _laid_out(left_out).search(text), left_out


def test_packet_falls_back_to_the_products_first_photo(db, province) -> None:  # noqa: ANN001
    first, second = gather_packet(db, province["meeting"].id).products
    assert first.photo is not None and first.photo.id == province["photo"].id
    assert second.photo is None and second.photo_file is None


def test_packet_lists_only_visits_on_or_before_the_meeting_date(
    db, province, tmp_path: Path
) -> None:  # noqa: ANN001
    meeting = province["meeting"]
    records = RecordService(db)
    for days, findings in ((0, "ตรวจในวันประชุมเช้า"), (1, "กลับไปดูอีกครั้งหลังการประชุม")):
        on = meeting.held_on + timedelta(days=days)
        visit = r.Visit(producer_id=province["producer"].id, visited_on=on, findings=findings)
        records.save(visit)
    first, _second = gather_packet(db, meeting.id).products
    assert [e.visit.visited_on for e in first.visits] == [meeting.held_on, date(2023, 3, 10)]
    text = _pdftotext(write_packet(db, meeting.id, tmp_path / "visits.pdf"))
    assert _laid_out("ตรวจในวันประชุมเช้า").search(text)
    assert not _laid_out("กลับไปดูอีกครั้งหลังการประชุม").search(text)


def test_progress_and_cancel(db, province, tmp_path: Path) -> None:  # noqa: ANN001
    seen: list[tuple[int, int]] = []
    pdf = build_packet(db, province["meeting"].id, progress=lambda d, t: seen.append((d, t)))
    assert pdf.startswith(b"%PDF") and seen[0] == (0, 2) and seen[-1] == (2, 2)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)

    calls = []

    def cancel_after_first_product() -> bool:
        calls.append(1)
        return len(calls) > 2

    target = tmp_path / "cancelled.pdf"
    with pytest.raises(PacketCancelled):
        write_packet(db, province["meeting"].id, target, cancelled=cancel_after_first_product)
    assert not target.exists() and not list(tmp_path.glob("*.partial"))


def test_missing_meeting_is_not_found(db) -> None:  # noqa: ANN001
    with pytest.raises(NotFoundError):
        build_packet(db, "no-such-meeting")


def test_cli_writes_the_packet_and_fails_cleanly(db, province, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    out = tmp_path / "cli.pdf"
    db_path = str(db.file)
    assert (
        main(["packet", "--db", db_path, "--meeting", province["meeting"].id, "-o", str(out)]) == 0
    )
    assert out.read_bytes().startswith(b"%PDF")
    missing = tmp_path / "missing.pdf"
    assert main(["packet", "--db", db_path, "--meeting", "nope", "-o", str(missing)]) == 2
    assert not missing.exists()
    assert "nope" in capsys.readouterr().err


@pytest.fixture(scope="module")
def demo_packet(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Database]:
    """The demo province's meeting (20 products), as a committee would print it."""
    from kbo_desktop.services.demo import build_demo

    folder = tmp_path_factory.mktemp("demo")
    database = Database(folder / "demo.db")
    build_demo(database, today=date(2023, 6, 1))
    meeting = RecordService(database).list(r.Meeting)[0]
    return write_packet(database, meeting.id, folder / "demo.pdf"), database


def test_demo_meeting_packet_reads_back_and_fits(demo_packet: tuple[Path, Database]) -> None:
    pdf, database = demo_packet
    text = _pdftotext(pdf)
    assert not PUA.search(text)
    service = RecordService(database)
    meeting = service.list(r.Meeting)[0]
    products = [service.get(r.Product, pid) for pid in meeting.product_ids]
    assert len(products) == 20 and text.count("ผลิตภัณฑ์ลำดับที่") == 20
    agenda_ids = set(meeting.product_ids)
    sources = [p.name for p in products]
    sources += [i.text for i in service.list(r.SwotItem) if i.product_id in agenda_ids]
    for source in sources:
        assert _laid_out(source).search(text), f"not found as typed in the PDF: {source}"
    for phone in {p.phone for p in service.list(r.Producer) if p.phone}:
        assert phone not in text
    test_every_word_lies_inside_the_margins(pdf)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("โทร 081-234-5678 ได้ทุกวัน", "โทร (ละไว้) ได้ทุกวัน"),
        ("เลขประจำตัว 1-4201-00123-45-6", "เลขประจำตัว (ละไว้)"),
        ("โทร 042811234", "โทร (ละไว้)"),
        ("งบประมาณ 150,000 บาท มผช. 11/2546 ปี 2566", "งบประมาณ 150,000 บาท มผช. 11/2546 ปี 2566"),
        ("เลข อย. 42-2-00565-2-0001", "เลข อย. 42-2-00565-2-0001"),
    ],
)
def test_redaction_keeps_ordinary_numbers(text: str, expected: str) -> None:
    assert redact_personal(text) == expected
