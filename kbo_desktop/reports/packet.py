"""The committee meeting packet as a PDF: plain :class:`PacketData` in, bytes out.

The page follows Thai official documents (ระเบียบงานสารบรรณ): A4, margins of
3 cm on the binding side and 2 cm on the right, the page number as ``- ๒ -``
centred at the top from the second page on. Every page also carries the
meeting and the province in its footer and, on product pages, the product in
its header, because packets are taken apart and passed round the table.

The story is: cover (title, date, venue, agenda, figures at a glance), the
summary table of all agenda products, one section per product each starting
on a new page, and the minutes when there are any. No database, no Qt: the
service gathers the data, this module only lays it out.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
)

from kbo_desktop.reports.linebreak import words
from kbo_desktop.reports.packet_data import PacketData
from kbo_desktop.reports.packet_product import product_section
from kbo_desktop.reports.packet_sections import SectionMark, committee_name, cover, minutes, summary
from kbo_desktop.reports.packet_styles import MUTED, RULE, PacketStyles, page_label, short_date
from kbo_desktop.reports.thai_text import draw_thai_string, thai_string_width

log = logging.getLogger(__name__)

#: Called as ``on_section(done, total)`` when a product's section starts (``done``
#: products are laid out); may raise to abort the build.
SectionHook = Callable[[int, int], None]


class PacketRenderer:
    """Lays out one meeting packet.

    Page geometry is in class attributes so a variant (say, a wider binding
    margin) is a subclass away. ``render`` may be called more than once.
    """

    page_size = A4
    left_margin = 3.0 * cm
    right_margin = 2.0 * cm
    top_margin = 2.5 * cm
    bottom_margin = 2.0 * cm
    page_number_from_top = 1.4 * cm  # baseline of "- ๒ -"
    footer_rule_y = 1.45 * cm
    footer_baseline_y = 1.0 * cm
    decoration_size = 9.0
    min_decoration_size = 7.0

    def __init__(self, data: PacketData) -> None:
        self.data = data
        self.styles = self._stylesheet()
        self._running_header = ""

    @property
    def frame_width(self) -> float:
        return self.page_size[0] - self.left_margin - self.right_margin

    @property
    def frame_height(self) -> float:
        return self.page_size[1] - self.top_margin - self.bottom_margin

    def render(self, on_section: SectionHook | None = None) -> bytes:
        """The packet as PDF bytes.

        ``on_section`` is called as each product's section starts (see
        :data:`SectionHook`); an exception it raises aborts the build.
        """
        buffer = io.BytesIO()
        self._running_header = ""
        document = self._document(buffer)
        # Binary image streams: ReportLab's pure-Python ASCII85 encoding of the
        # photos otherwise costs a quarter of a second and a quarter more bytes.
        a85, rl_config.useA85 = rl_config.useA85, 0
        try:
            document.build(self._story(on_section))
        finally:
            rl_config.useA85 = a85
        log.debug("packet rendered: %d pages", document.page)
        return buffer.getvalue()

    # -- document ---------------------------------------------------------------
    def _document(self, buffer: io.BytesIO) -> BaseDocTemplate:
        meeting = self.data.meeting
        document = BaseDocTemplate(
            buffer,
            pagesize=self.page_size,
            leftMargin=self.left_margin,
            rightMargin=self.right_margin,
            topMargin=self.top_margin,
            bottomMargin=self.bottom_margin,
            title=f"เอกสารประกอบการประชุม {meeting.title}",
            subject=committee_name(self.data.province),
            author=f"สำนักงานพัฒนาชุมชนจังหวัด{self.data.province}" if self.data.province else "",
            creator="KBO Desktop",
            lang="th-TH",
        )
        frame = Frame(
            self.left_margin,
            self.bottom_margin,
            self.frame_width,
            self.frame_height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        document.addPageTemplates(
            [
                PageTemplate("cover", [frame], onPageEnd=self._decorate_cover),
                PageTemplate("body", [frame], onPageEnd=self._decorate_page),
            ]
        )
        return document

    def _stylesheet(self) -> PacketStyles:
        return PacketStyles.build()

    def _story(self, on_section: SectionHook | None) -> list[Flowable]:
        data, styles, width = self.data, self.styles, self.frame_width
        total = len(data.products)
        story: list[Flowable] = [*cover(data, styles, width), NextPageTemplate("body"), PageBreak()]
        story += [
            SectionMark("summary", "สรุปผลิตภัณฑ์ที่นำเสนอ", self._entering("")),
            *summary(data, styles, width),
        ]
        for index, item in enumerate(data.products):
            title = f"{index + 1}. {item.product.name}"
            mark = SectionMark(
                f"product-{index + 1}", title, self._entering(title, index, total, on_section)
            )
            story += [PageBreak(), mark]
            story += product_section(
                item, index + 1, total, styles, width, data.include_personal_data
            )
        if data.meeting.minutes.strip():
            story += [
                PageBreak(),
                SectionMark("minutes", "บันทึกการประชุม", self._entering("บันทึกการประชุม")),
            ]
            story += minutes(data, styles)
        return story

    def _entering(
        self, header: str, index: int = 0, total: int = 0, hook: SectionHook | None = None
    ) -> Callable[[], None]:
        def reached() -> None:
            self._running_header = header
            if hook is not None:
                hook(index, total)

        return reached

    # -- page decorations (canvas callbacks) ------------------------------------
    def _decorate_cover(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        self._draw_footer(canvas)

    def _decorate_page(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        width, height = self.page_size
        centre = self.left_margin + self.frame_width / 2
        y = height - self.page_number_from_top
        draw_thai_string(canvas, centre, y, page_label(canvas.getPageNumber()), 12, align="center")
        if self._running_header:
            self._fit_string(
                canvas,
                width - self.right_margin,
                y,
                self._running_header,
                self.frame_width / 2 - 30,
                "right",
            )
        self._draw_footer(canvas)

    def _draw_footer(self, canvas: Canvas) -> None:
        meeting = self.data.meeting
        left = self.left_margin
        right = self.page_size[0] - self.right_margin
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(left, self.footer_rule_y, right, self.footer_rule_y)
        canvas.restoreState()
        province = f"จังหวัด{self.data.province}" if self.data.province else ""
        when = short_date(meeting.held_on) if meeting.held_on else ""
        right_text = "  ".join(t for t in (province, when) if t)
        used = 0.0
        if right_text:
            used = draw_thai_string(
                canvas,
                right,
                self.footer_baseline_y,
                right_text,
                self.decoration_size,
                align="right",
                color=MUTED,
            )
        self._fit_string(
            canvas,
            left,
            self.footer_baseline_y,
            meeting.title,
            self.frame_width - used - 18,
            "left",
        )

    def _fit_string(
        self, canvas: Canvas, x: float, y: float, text: str, room: float, align: str
    ) -> None:
        """One muted line in ``room`` points: smaller type first, then cut with an ellipsis."""
        size = self.decoration_size
        while size > self.min_decoration_size and thai_string_width(text, size) > room:
            size -= 0.5
        if thai_string_width(text, size) > room:
            kept = list(words(text))  # cut between words, never inside one
            while kept and thai_string_width("".join(kept) + "…", size) > room:
                kept.pop()
            text = "".join(kept).rstrip() + "…"
        draw_thai_string(canvas, x, y, text, size, align=align, color=MUTED)  # type: ignore[arg-type]
