"""One product's section of the packet, in the order a committee discusses it.

1. the producer and the product (with the chosen photo beside the profile),
2. certifications, flagged when they expire within 90 days of the meeting,
3. the analysis in its five groups as numbered points,
4. the development plan: actions, who is responsible, budget, status, progress,
5. field visits, newest first, with findings, observed progress and advice.
"""

from __future__ import annotations

import logging

from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)

from kbo_desktop.domain.enums import ActionStatus, SwotKind
from kbo_desktop.domain.thai_dates import format_fiscal_year, format_thai_date
from kbo_desktop.reports.packet_data import PacketProduct, PlanSection, VisitEntry
from kbo_desktop.reports.packet_photo import PHOTO_WIDTH, photo_block
from kbo_desktop.reports.packet_styles import (
    ACCENT,
    BAND_FILL,
    HAIRLINE,
    MUTED,
    PacketStyles,
    baht,
    grid_table,
    para,
    percent,
    short_date,
)
from kbo_desktop.reports.thai_text import thai_string_width

log = logging.getLogger(__name__)

SWOT_ORDER = (
    SwotKind.STRENGTH,
    SwotKind.HIGHLIGHT,
    SwotKind.WEAKNESS,
    SwotKind.OPPORTUNITY,
    SwotKind.THREAT,
)
CERT_HEADERS = ("ที่", "มาตรฐาน", "เลขที่", "สถานะ", "วันที่ได้รับ", "วันหมดอายุ", "หมายเหตุ")
CERT_FRACTIONS = (18, 78, 92, 66, 52, 52, 62)
ACTION_HEADERS = (
    "ที่",
    "ด้าน",
    "กิจกรรม",
    "ผู้รับผิดชอบ",
    "กำหนด\nเสร็จ",
    "งบประมาณ\n(บาท)",
    "สถานะ",
    "ความ\nคืบหน้า",
)
ACTION_FRACTIONS = (18, 50, 118, 76, 55, 48, 50, 38)
NUMBER_INDENT = 1.0 * cm  # where the numbers of numbered points stand
#: A section heading moves to the next page unless this much room is left
#: under it, so a heading never ends a page alone.
HEADING_ROOM = 3.5 * cm


def _heading(text: str, styles: PacketStyles) -> list[Flowable]:
    return [CondPageBreak(HEADING_ROOM), para(text, styles.section)]


def product_section(
    item: PacketProduct, number: int, count: int, styles: PacketStyles, width: float, personal: bool
) -> list[Flowable]:
    """The flowables of one product's section (the caller starts it on a new page)."""
    story: list[Flowable] = [
        para(f"ผลิตภัณฑ์ลำดับที่ {number} จาก {count}", styles.note),
        para(item.product.name, styles.heading),
        para(item.producer.name, styles.body.derive(bold=True, color=MUTED)),
        HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceBefore=3, spaceAfter=6),
        para("1. ข้อมูลผู้ผลิตและผลิตภัณฑ์", styles.section.derive(space_before=0)),
        _profile(item, styles, width, personal),
    ]
    if item.product.description:
        story += [Spacer(1, 6), para(item.product.description, styles.prose)]
    story += _certifications(item, styles, width)
    story += _analysis(item, styles)
    story += _plans(item, styles, width)
    story += _visits(item, styles, width)
    return story


def _profile(item: PacketProduct, styles: PacketStyles, width: float, personal: bool) -> Flowable:
    producer, product = item.producer, item.product
    stars = ""
    if product.star_rating:
        stars = f"{product.star_rating} ดาว"
        if product.star_rating_year_be:
            stars += f" (ปี {product.star_rating_year_be})"
    fields = [
        ("ผู้ผลิต", producer.name),
        ("ประเภทผู้ผลิต", producer.producer_type.label_th),
        ("ที่ตั้ง", producer.address.one_line()),
        ("ผู้ประสานงาน", producer.contact_name),
        ("โทรศัพท์", producer.phone if personal else ""),
        ("ทะเบียน OTOP", producer.otop_registration_no),
        ("จำนวนสมาชิก", f"{producer.members_count} คน" if producer.members_count else ""),
        ("ประเภทผลิตภัณฑ์", product.category.label_th),
        ("ระดับดาว", stars),
        ("กลุ่มผลิตภัณฑ์", product.quadrant.label_th if product.quadrant else ""),
        ("ราคาจำหน่าย", f"{baht(product.price_thb)} บาท" if product.price_thb else ""),
        (
            "ยอดจำหน่ายต่อปี",
            f"{baht(product.annual_sales_thb)} บาท" if product.annual_sales_thb else "",
        ),
        ("ช่องทางจำหน่าย", ", ".join(product.sales_channels)),
    ]
    rows = [
        [para(label, styles.cell_bold), para(value, styles.cell)]
        for label, value in fields
        if value
    ]
    photo = photo_block(item, styles) if item.photo_file else None
    side = PHOTO_WIDTH + 10 if photo else 0.0
    label_w = (
        max(thai_string_width(label, styles.cell_bold.font_size, bold=True) for label, _ in fields)
        + 8
    )
    profile = Table(rows, colWidths=[label_w, width - side - label_w], hAlign="LEFT")
    profile.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, HAIRLINE),
            ]
        )
    )
    if photo is None:
        return profile
    outer = Table([[profile, photo]], colWidths=[width - side, side], hAlign="LEFT")
    outer.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ]
        )
    )
    return outer


def _certifications(item: PacketProduct, styles: PacketStyles, width: float) -> list[Flowable]:
    heading = _heading("2. มาตรฐานผลิตภัณฑ์", styles)
    if not item.certifications:
        return [*heading, para("ยังไม่มีมาตรฐานที่บันทึกไว้", styles.body.derive(left_indent=0.6 * cm))]
    rows: list[list[Flowable]] = [[para(h, styles.cell_head) for h in CERT_HEADERS]]
    for number, line in enumerate(item.certifications, start=1):
        cert = line.certification
        note = "หมดอายุแล้ว" if line.expired else ("ใกล้หมดอายุ" if line.expiring else "")
        rows.append(
            [
                para(str(number), styles.cell_center),
                para(cert.standard.label_th, styles.cell),
                para(cert.number or "–", styles.cell),
                para(cert.status.label_th, styles.cell),
                para(short_date(cert.issued_on), styles.cell_center),
                para(
                    short_date(cert.expires_on),
                    styles.cell_warn.derive(alignment="center") if note else styles.cell_center,
                ),
                para(
                    note or "–", styles.cell_warn.derive(bold=True) if note else styles.cell_center
                ),
            ]
        )
    return [*heading, grid_table(rows, CERT_FRACTIONS, width)]


def _analysis(item: PacketProduct, styles: PacketStyles) -> list[Flowable]:
    story = _heading("3. ผลการวิเคราะห์ผลิตภัณฑ์", styles)
    for index, kind in enumerate(SWOT_ORDER, start=1):
        points = item.swot.get(kind, [])
        heading = para(f"3.{index} {kind.label_th}", styles.subsection)
        if not points:
            story.append(
                KeepTogether([heading, para("– ไม่มีประเด็น –", styles.item.derive(color=MUTED))])
            )
            continue
        paragraphs = [numbered(n, p.text, styles) for n, p in enumerate(points, start=1)]
        story += [KeepTogether([heading, paragraphs[0]]), *paragraphs[1:]]
    return story


def numbered(number: int, text: str, styles: PacketStyles) -> Flowable:
    """``1. text`` with the following lines aligned under the text, not the number."""
    label = f"{number}. "
    hang = thai_string_width(label, styles.item.font_size, styles.item.bold)
    style = styles.item.derive(left_indent=NUMBER_INDENT + hang, first_line_indent=-hang)
    return para(label + text, style)


def _plans(item: PacketProduct, styles: PacketStyles, width: float) -> list[Flowable]:
    heading = _heading("4. แผนพัฒนาผลิตภัณฑ์", styles)
    if not item.plans:
        return [*heading, para("ยังไม่มีแผนพัฒนาที่บันทึกไว้", styles.body.derive(left_indent=0.6 * cm))]
    weakness_no = {p.id: n for n, p in enumerate(item.swot.get(SwotKind.WEAKNESS, []), start=1)}
    story: list[Flowable] = list(heading)
    for plan in item.plans:
        year = format_fiscal_year(plan.plan.fiscal_year_be)
        title = (
            plan.plan.title
            if str(plan.plan.fiscal_year_be) in plan.plan.title
            else f"{year}: {plan.plan.title}"
        )
        story += [CondPageBreak(HEADING_ROOM), para(title, styles.subsection)]
        if plan.plan.goal:
            story.append(
                para(f"เป้าหมาย {plan.plan.goal}", styles.body.derive(left_indent=0.6 * cm))
            )
        story += [Spacer(1, 4), _actions_table(plan, weakness_no, styles, width)]
        method = (
            "ถ่วงน้ำหนักตามงบประมาณของแต่ละกิจกรรม" if plan.weighted_by_budget else "เฉลี่ยจากทุกกิจกรรม"
        )
        story.append(
            para(
                f"ความคืบหน้าภาพรวมของแผนร้อยละ {plan.progress_pct} ({method} ไม่นับกิจกรรมที่ยกเลิก)",
                styles.note.derive(space_before=3),
            )
        )
    return story


def _actions_table(
    plan: PlanSection, weakness_no: dict[str, int], styles: PacketStyles, width: float
) -> Table:
    rows: list[list[Flowable | list[Flowable]]] = [
        [para(h, styles.cell_head) for h in ACTION_HEADERS]
    ]
    muted = styles.cell.derive(color=MUTED, font_size=9, leading=13)
    for number, line in enumerate(plan.actions, start=1):
        action = line.action
        what: list[Flowable] = [para(action.description, styles.cell)]
        if action.addresses_swot_item_id in weakness_no:
            what.append(para(f"แก้ข้อด้อยข้อ {weakness_no[action.addresses_swot_item_id]}", muted))
        status: list[Flowable] = [para(action.status.label_th, styles.cell)]
        if line.overdue:
            status.append(para("เกินกำหนด", styles.cell_warn.derive(bold=True)))
        progress = 100 if action.status == ActionStatus.DONE else action.progress_pct
        rows.append(
            [
                para(str(number), styles.cell_center),
                para(action.area.label_th, styles.cell),
                what,
                para(line.responsible_name or "–", styles.cell),
                para(short_date(action.due_on), styles.cell_center),
                para(baht(action.budget_thb), styles.cell_right),
                status,
                para(percent(progress), styles.cell_center),
            ]
        )
    last = len(rows)
    rows.append(
        [
            para("รวมงบประมาณ", styles.cell_bold.derive(alignment="right")),
            "", "", "", "",
            para(baht(plan.budget_thb), styles.cell_bold.derive(alignment="right")),
            para(f"ภาพรวม {percent(plan.progress_pct)}", styles.cell_head),
            "",
        ]
    )  # fmt: skip
    extra = [
        ("SPAN", (0, last), (4, last)),
        ("SPAN", (6, last), (7, last)),
        ("BACKGROUND", (0, last), (-1, last), BAND_FILL),
    ]
    return grid_table(rows, ACTION_FRACTIONS, width, extra=extra)


def _visits(item: PacketProduct, styles: PacketStyles, width: float) -> list[Flowable]:
    heading = _heading(f"5. การลงพื้นที่ติดตาม ({len(item.visits)} ครั้ง)", styles)
    if not item.visits:
        return [*heading, para("ยังไม่มีบันทึกการลงพื้นที่", styles.body.derive(left_indent=0.6 * cm))]
    story: list[Flowable] = list(heading)
    total = len(item.visits)
    for index, entry in enumerate(item.visits):
        table = _visit_table(entry, total - index, styles, width)
        story.append(KeepTogether([table]) if index == 0 else KeepTogether([Spacer(1, 6), table]))
    return story


def _visit_table(entry: VisitEntry, number: int, styles: PacketStyles, width: float) -> Table:
    visit = entry.visit
    when = format_thai_date(visit.visited_on, "long") or "ไม่ระบุวันที่"
    observed = [
        para(
            f"• {o.action_description}: "
            + " ".join(
                x
                for x in (
                    o.progress.status.label_th if o.progress.status else "",
                    f"ร้อยละ {o.progress.progress_pct}"
                    if o.progress.progress_pct is not None
                    else "",
                    o.progress.note,
                )
                if x
            ),
            styles.cell,
        )
        for o in entry.observed
    ]
    fields: list[tuple[str, Flowable | list[Flowable] | None]] = [
        ("ผู้ลงพื้นที่", para(", ".join(visit.officers), styles.cell) if visit.officers else None),
        ("วัตถุประสงค์", para(visit.purpose, styles.cell) if visit.purpose else None),
        ("ผลการติดตาม", para(visit.findings, styles.cell) if visit.findings else None),
        ("ความคืบหน้าที่พบ", observed or None),
        ("ข้อเสนอแนะ", para(visit.recommendations, styles.cell) if visit.recommendations else None),
        (
            "นัดติดตามครั้งต่อไป",
            para(format_thai_date(visit.follow_up_on, "long"), styles.cell)
            if visit.follow_up_on
            else None,
        ),
    ]
    rows: list[list[Flowable | list[Flowable] | str]] = [
        [para(f"ครั้งที่ {number}  วันที่ {when}", styles.cell_bold), ""]
    ]
    rows += [[para(label, styles.cell_bold), value] for label, value in fields if value is not None]
    label_w = 2.9 * cm
    extra = [
        ("SPAN", (0, 0), (1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), BAND_FILL),
        ("VALIGN", (0, 0), (-1, 0), "TOP"),
    ]
    return grid_table(rows, [label_w, width - label_w], width, header_rows=0, extra=extra)
