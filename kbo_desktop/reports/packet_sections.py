"""The packet's front and back matter: cover, agenda, summary table, minutes.

Each function returns a list of flowables for the renderer's story. Product
sections are in :mod:`.packet_product`.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, HRFlowable, KeepTogether, Spacer

from kbo_desktop.reports.packet_data import PacketData, PacketProduct
from kbo_desktop.reports.packet_styles import (
    ACCENT,
    RULE,
    PacketStyles,
    baht,
    grid_table,
    long_date_with_weekday,
    para,
    percent,
    short_date,
)

#: Who the committee is, as the packet's cover and footer name it.
NETWORK_NAME = "คณะกรรมการเครือข่ายองค์ความรู้ (Knowledge-Based OTOP: KBO)"


class SectionMark(Flowable):
    """An invisible mark where a section starts: a PDF bookmark and a hook.

    The renderer learns from ``on_reached`` which section is being laid out,
    to report progress, honour a cancel request and name the section in the
    running header of the pages that follow.
    """

    def __init__(self, key: str, title: str, on_reached: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.key = key
        self.title = title
        self.on_reached = on_reached

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0.0, 0.0

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=0, closed=True)
        if self.on_reached is not None:
            self.on_reached()


def committee_name(province: str) -> str:
    return f"{NETWORK_NAME} จังหวัด{province}" if province else NETWORK_NAME


def cover(data: PacketData, styles: PacketStyles, width: float) -> list[Flowable]:
    """Title, committee, date and venue, then the agenda, as a meeting notice sets them."""
    meeting = data.meeting
    story: list[Flowable] = [
        Spacer(1, 1.2 * cm),
        para("เอกสารประกอบการประชุม", styles.title),
        Spacer(1, 0.2 * cm),
        para(meeting.title, styles.subtitle),
        Spacer(1, 0.2 * cm),
        para(committee_name(data.province), styles.cover_line),
        Spacer(1, 0.4 * cm),
        HRFlowable(width="40%", thickness=0.8, color=ACCENT, spaceBefore=2, spaceAfter=10),
    ]
    if meeting.held_on is not None:
        story.append(para(long_date_with_weekday(meeting.held_on), styles.cover_line))
    if meeting.venue:
        story.append(para(f"ณ {meeting.venue}", styles.cover_line))
    story.append(Spacer(1, 1.0 * cm))
    if meeting.agenda:
        story.append(para("ระเบียบวาระการประชุม", styles.section))
        for number, item in enumerate(meeting.agenda, start=1):
            text = (
                item if item.lstrip().startswith("ระเบียบวาระ") else f"ระเบียบวาระที่ {number} {item}"
            )
            story.append(para(text, styles.item.derive(space_after=2)))
    story += [Spacer(1, 0.8 * cm), *_at_a_glance(data, styles, width)]
    if not data.include_personal_data:
        story += [
            Spacer(1, 0.6 * cm),
            para(
                "เอกสารฉบับนี้ละเว้นข้อมูลส่วนบุคคล (หมายเลขโทรศัพท์และเลขประจำตัวประชาชน) "
                "ตามแนวทางการคุ้มครองข้อมูลส่วนบุคคล",
                styles.note.derive(alignment="center"),
            ),
        ]
    return story


def _at_a_glance(data: PacketData, styles: PacketStyles, width: float) -> list[Flowable]:
    """Four figures a chair wants before opening the packet."""
    products = data.products
    districts = {p.producer.address.amphoe for p in products if p.producer.address.amphoe}
    flagged = sum(len(p.flagged_certifications) for p in products)
    progress = [p.progress_pct for p in products if p.progress_pct is not None]
    mean = round(sum(progress) / len(progress)) if progress else None
    figures = [
        (f"{len(products)}", "ผลิตภัณฑ์ที่นำเสนอ"),
        (f"{len(districts)}", "อำเภอ"),
        (baht(data.budget_thb), "งบประมาณตามแผน (บาท)"),
        (percent(mean), "ความคืบหน้าเฉลี่ย"),
        (f"{flagged}", "มาตรฐานที่ต้องต่ออายุ"),
    ]
    big = styles.cell_head.derive(font_size=16, leading=24, color=ACCENT)
    small = styles.cell_center
    cells = [[para(value, big), para(label, small)] for value, label in figures]
    table = grid_table(
        [cells],
        [1] * len(cells),
        width,
        header_rows=0,
        extra=[("BOX", (0, 0), (-1, -1), 0.8, ACCENT), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")],
    )
    return [table]


SUMMARY_HEADERS = (
    "ที่",
    "ผลิตภัณฑ์ / ผู้ผลิต",
    "อำเภอ",
    "ประเภท",
    "ดาว",
    "กลุ่ม",
    "ความ\nคืบหน้า",
    "ลงพื้นที่\nล่าสุด",
    "มาตรฐาน\nใกล้หมดอายุ",
)
SUMMARY_FRACTIONS = (20, 120, 50, 50, 24, 27, 38, 58, 66)


def _flag_text(item: PacketProduct) -> str:
    lines = []
    for line in item.flagged_certifications:
        cert = line.certification
        when = "หมดอายุแล้ว" if line.expired else short_date(cert.expires_on)
        lines.append(f"{cert.standard.label_th} {when}")
    return "\n".join(lines) if lines else "–"


def summary(data: PacketData, styles: PacketStyles, width: float) -> list[Flowable]:
    """One row per agenda product; the columns sum to the frame width and every cell wraps."""
    cell, center = styles.cell, styles.cell_center
    rows: list[list[Flowable | list[Flowable]]] = [
        [para(h, styles.cell_head) for h in SUMMARY_HEADERS]
    ]
    for number, item in enumerate(data.products, start=1):
        product, producer = item.product, item.producer
        flags = _flag_text(item)
        rows.append(
            [
                para(str(number), center),
                [para(product.name, styles.cell_bold), para(producer.name, cell)],
                para(producer.address.amphoe or "–", cell),
                para(product.category.label_th, cell),
                para(str(product.star_rating) if product.star_rating else "–", center),
                para(product.quadrant.value if product.quadrant else "–", center),
                para(percent(item.progress_pct), center),
                para(short_date(item.last_visit_on), center),
                para(flags, styles.cell_warn if flags != "–" else center),
            ]
        )
    table = grid_table(rows, SUMMARY_FRACTIONS, width)
    return [
        para("สรุปผลิตภัณฑ์ที่นำเสนอต่อที่ประชุม", styles.heading),
        para(
            f"ผลิตภัณฑ์ OTOP กลุ่มเป้าหมาย จำนวน {len(data.products)} ผลิตภัณฑ์ "
            "เรียงตามลำดับในระเบียบวาระ ความคืบหน้าคือความคืบหน้าภาพรวมของแผนพัฒนา "
            "มาตรฐานใกล้หมดอายุคือมาตรฐานที่หมดอายุแล้วหรือจะหมดอายุภายใน 90 วันนับจากวันประชุม",
            styles.prose.derive(space_after=8),
        ),
        table,
    ]


def minutes(data: PacketData, styles: PacketStyles) -> list[Flowable]:
    """The minutes as written: agenda headings bold, other lines as indented paragraphs."""
    story: list[Flowable] = [
        para("บันทึกการประชุม", styles.heading.derive(alignment="center")),
        para(data.meeting.title, styles.body.derive(alignment="center", bold=True)),
    ]
    if data.meeting.held_on is not None:
        story.append(
            para(
                long_date_with_weekday(data.meeting.held_on), styles.body.derive(alignment="center")
            )
        )
    story.append(HRFlowable(width="30%", thickness=0.6, color=RULE, spaceBefore=4, spaceAfter=10))
    for line in data.meeting.minutes.splitlines():
        text = line.strip()
        if not text:
            continue
        if text.startswith("ระเบียบวาระที่"):
            story += [CondPageBreak(3 * cm), para(text, styles.section)]
        elif text.startswith("มติที่ประชุม"):
            story.append(para(text, styles.prose.derive(bold=True, space_after=6)))
        else:
            story.append(para(text, styles.prose))
    return [KeepTogether(story[:4]), *story[4:]]
