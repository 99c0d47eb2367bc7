"""A printable record of one field visit, with signature lines, as PDF bytes.

Laid out like a Thai government memo page (A4, 3 cm left margin for binding,
Sarabun 16 pt): a heading, the visit's particulars as a two-column table, the
progress observed on each plan action, recommendations and the next
follow-up, then one signature block per officer::

    ลงชื่อ ................................ ผู้บันทึก
              (นายวิชัย พัฒนา)
        ตำแหน่ง นักวิชาการพัฒนาชุมชน

The renderer takes plain data (:class:`VisitRecordData`) and touches neither
the database nor Qt; :meth:`VisitService.record_data` builds the data.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from kbo_desktop.reports.thai_text import ThaiParagraph, ThaiParagraphStyle, draw_thai_string


@dataclass(frozen=True)
class Officer:
    name: str
    position: str = ""


@dataclass(frozen=True)
class ObservationLine:
    action: str
    product: str
    status: str
    progress: str
    note: str


@dataclass
class VisitRecordData:
    """Everything printed, already formatted as text (Thai dates and labels)."""

    producer_name: str
    address: str
    visited_on: str
    officers: list[Officer]
    purpose: str = ""
    findings: str = ""
    recommendations: str = ""
    follow_up_on: str = ""
    location: str = ""
    observations: list[ObservationLine] = field(default_factory=list)
    photo_captions: list[str] = field(default_factory=list)
    organization: str = "เครือข่ายองค์ความรู้ (KBO) จังหวัด"


class VisitRecordRenderer:
    """Builds the PDF; page geometry and styles are class attributes."""

    page_size = A4
    left_margin = 3 * cm
    right_margin = 2 * cm
    top_margin = 2.5 * cm
    bottom_margin = 2 * cm
    body = ThaiParagraphStyle(font_size=15, leading=23)
    label = body.derive(bold=True)
    heading = ThaiParagraphStyle(font_size=20, bold=True, alignment="center", space_after=4)
    subheading = body.derive(alignment="center", space_after=10)
    section = body.derive(bold=True, font_size=16, space_before=10, space_after=4)
    cell = ThaiParagraphStyle(font_size=13, leading=19)
    cell_head = cell.derive(bold=True)
    sign = body.derive(alignment="center")

    def __init__(self, data: VisitRecordData):
        self.data = data

    @property
    def frame_width(self) -> float:
        return self.page_size[0] - self.left_margin - self.right_margin

    def render(self) -> bytes:
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(
            buffer,
            pagesize=self.page_size,
            leftMargin=self.left_margin,
            rightMargin=self.right_margin,
            topMargin=self.top_margin,
            bottomMargin=self.bottom_margin,
            title=f"บันทึกการลงพื้นที่ {self.data.producer_name}",
            author="KBO Desktop",
        )
        doc.build(self.story(), onFirstPage=self._decorate, onLaterPages=self._decorate)
        return buffer.getvalue()

    # -- story ---------------------------------------------------------------
    def story(self) -> list[Flowable]:
        d = self.data
        story: list[Flowable] = [
            ThaiParagraph("บันทึกการลงพื้นที่ติดตามการพัฒนาผลิตภัณฑ์", self.heading),
            ThaiParagraph(d.organization, self.subheading),
            self._particulars(),
        ]
        if d.observations:
            story.append(ThaiParagraph("ความคืบหน้าตามแผนพัฒนาที่พบ", self.section))
            story.append(self._observations())
        for title, text in (("ผลการลงพื้นที่", d.findings), ("ข้อเสนอแนะ", d.recommendations)):
            if text.strip():
                story.append(ThaiParagraph(title, self.section))
                story.append(ThaiParagraph(text, self.body.derive(first_line_indent=1.25 * cm)))
        if d.photo_captions:
            story.append(ThaiParagraph("ภาพถ่ายประกอบ", self.section))
            story += [
                ThaiParagraph(f"{i}. {c}", self.body) for i, c in enumerate(d.photo_captions, 1)
            ]
        story.append(Spacer(1, 0.8 * cm))
        story += self._signatures()
        return story

    def _particulars(self) -> Table:
        d = self.data
        officers = "\n".join(o.name for o in d.officers) or "-"
        rows = [
            ("ผู้ผลิต", d.producer_name),
            ("ที่ตั้ง", d.address or "-"),
            ("วันที่ลงพื้นที่", d.visited_on),
            ("ผู้ลงพื้นที่", officers),
            ("วัตถุประสงค์", d.purpose or "-"),
            ("นัดติดตามครั้งถัดไป", d.follow_up_on or "-"),
        ]
        if d.location:
            rows.append(("พิกัด", d.location))
        label_width = 4.8 * cm
        table = Table(
            [[ThaiParagraph(k, self.label), ThaiParagraph(v, self.body)] for k, v in rows],
            colWidths=[label_width, self.frame_width - label_width],
        )
        table.setStyle(
            TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
        )
        return table

    def _observations(self) -> Table:
        widths = [0.40, 0.20, 0.12, 0.28]
        head = ["กิจกรรม (ผลิตภัณฑ์)", "สถานะที่พบ", "คืบหน้า", "บันทึก"]
        rows: list[list[Flowable]] = [[ThaiParagraph(h, self.cell_head) for h in head]]
        for o in self.data.observations:
            rows.append(
                [
                    ThaiParagraph(f"{o.action} ({o.product})", self.cell),
                    ThaiParagraph(o.status, self.cell),
                    ThaiParagraph(o.progress, self.cell.derive(alignment="right")),
                    ThaiParagraph(o.note or "-", self.cell),
                ]
            )
        table = Table(rows, colWidths=[w * self.frame_width for w in widths], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return table

    def _signatures(self) -> list[Flowable]:
        blocks = []
        for officer in self.data.officers or [Officer("")]:
            name = f"({officer.name})" if officer.name else "(" + "." * 40 + ")"
            position = f"ตำแหน่ง {officer.position}" if officer.position else "ตำแหน่ง " + "." * 40
            lines = [
                ThaiParagraph("ลงชื่อ " + "." * 48 + " ผู้บันทึก", self.sign),
                ThaiParagraph(name, self.sign),
                ThaiParagraph(position, self.sign),
            ]
            half = self.frame_width / 2
            table = Table(
                [[Spacer(1, 1), [*lines]]], colWidths=[self.frame_width - half * 1.3, half * 1.3]
            )
            table.setStyle(
                TableStyle(
                    [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
                )
            )
            blocks.append(KeepTogether([table, Spacer(1, 0.6 * cm)]))
        return blocks

    def _decorate(self, canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        width = self.page_size[0]
        text = f"บันทึกการลงพื้นที่ · {self.data.producer_name} · {self.data.visited_on} · หน้า {doc.page}"
        draw_thai_string(
            canvas, width - self.right_margin, 1.1 * cm, text, 10, align="right", color=colors.grey
        )
        canvas.restoreState()


def render_visit_record(data: VisitRecordData) -> bytes:
    """The visit record as PDF bytes."""
    return VisitRecordRenderer(data).render()
