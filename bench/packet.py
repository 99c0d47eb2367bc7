"""Time the demo meeting's 20-product packet against plain ReportLab on the same text.

Builds the demo database once (``services.demo.build_demo``) in a temporary
folder, then in one run:

* **packet**: :func:`kbo_desktop.services.packet.build_packet` for the demo
  meeting, end to end (queries, photos, Thai typesetting, tables, PDF);
* **plain text reference**: every text the packet sets (recorded while
  rendering it: paragraphs, table cells, labels, page numbers, running
  headers and footers), in the same order, sizes and weights, as ReportLab's
  own ``Paragraph`` with unshaped Sarabun (``TTFont``) in an A4
  ``SimpleDocTemplate`` with the packet's margins — the same text, without
  tables or photos (issue 8's "plain unshaped ReportLab paragraphs of the
  same text"); ``pdftotext`` gives back as many characters from it as from
  the packet;
* **plain layout reference**: the very same packet (tables, photos, page
  decorations) with each ThaiParagraph swapped for a plain ``Paragraph`` of
  the same size, so the ratio is the cost of setting Thai correctly and
  nothing else.

The first packet of the process (dictionary and fonts loaded, every cache
cold) is reported apart; medians of the following runs are compared, both
as they come (words, shapes and lines of earlier packets remembered) and with
those caches cleared before each build (a packet of text never set before).
Results go to stdout as a table and to ``bench/out/packet.json``.

Run from the repository root::

    python -m bench.packet [--runs 5]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import platform
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path
from unittest import mock
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate

from kbo_desktop.domain import records as r
from kbo_desktop.reports import packet, packet_photo, packet_product, packet_sections
from kbo_desktop.reports.fonts import register_thai_fonts
from kbo_desktop.reports.packet import PacketRenderer
from kbo_desktop.reports.packet_data import PacketData
from kbo_desktop.reports.thai_text import (
    ThaiParagraph,
    ThaiParagraphStyle,
    clear_caches,
    draw_thai_string,
)
from kbo_desktop.services.demo import build_demo
from kbo_desktop.services.packet import build_packet, gather_packet
from kbo_desktop.services.records import RecordService
from kbo_desktop.store.database import Database

OUT = Path(__file__).resolve().parent / "out" / "packet.json"


def packet_texts(data: PacketData) -> list[tuple[str, float, bool]]:
    """Every text the packet sets, with its point size and weight, as it sets them.

    The packet is rendered once with its paragraph factory (``para``) and its
    page-decoration call (``draw_thai_string``) wrapped by recorders, so the
    list holds exactly what the packet typesets: every paragraph, table cell,
    label and heading in story order, and each page's number, running header
    and footer. Rebuilding this list from :class:`PacketData` by hand would
    miss the labels, dates and headers the layout adds (an earlier version
    did, and its reference carried 40% less text than the packet).
    """
    texts: list[tuple[str, float, bool]] = []

    def record_para(text: str, style: ThaiParagraphStyle) -> ThaiParagraph:
        texts.append((text, style.font_size, style.bold))
        return ThaiParagraph(text, style)

    def record_string(canvas, x, y, text, font_size, bold=False, **kw):  # noqa: ANN001, ANN003
        texts.append((text, font_size, bold))
        return draw_thai_string(canvas, x, y, text, font_size, bold, **kw)

    with contextlib.ExitStack() as stack:
        for module in (packet_sections, packet_product, packet_photo):
            stack.enter_context(mock.patch.object(module, "para", record_para))
        stack.enter_context(mock.patch.object(packet, "draw_thai_string", record_string))
        PacketRenderer(data).render()
    return [(t, size, bold) for t, size, bold in texts if t.strip()]


def build_plain(texts: list[tuple[str, float, bool]]) -> bytes:
    """The reference: plain ReportLab paragraphs, unshaped, same font and page geometry.

    Each text becomes one ``Paragraph`` in Sarabun (ReportLab's ``TTFont``,
    embedded and subset by ReportLab), Regular or Bold as in the packet, at
    the packet's size, in an A4 frame with the packet's margins.
    """
    regular, bold_name = register_thai_fonts()
    styles: dict[tuple[float, bool], ParagraphStyle] = {}
    story = []
    for text, size, bold in texts:
        style = styles.get((size, bold))
        if style is None:
            style = styles[size, bold] = ParagraphStyle(
                f"s{size}{'b' if bold else ''}",
                fontName=bold_name if bold else regular,
                fontSize=size,
                leading=size * 1.5,
            )
        story.append(Paragraph(escape(text).replace("\n", "<br/>"), style))
    buffer = io.BytesIO()
    SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=3 * cm,
        rightMargin=2 * cm,
        topMargin=2.5 * cm,
        bottomMargin=2 * cm,
    ).build(story)
    return buffer.getvalue()


def plain_para(text: str, style: ThaiParagraphStyle) -> Paragraph:
    """A plain ReportLab paragraph that looks like ``style`` (unshaped, breaks at spaces)."""
    regular, bold = register_thai_fonts()
    plain = ParagraphStyle(
        "plain",
        fontName=bold if style.bold else regular,
        fontSize=style.font_size,
        leading=style.line_height,
        textColor=style.color,
        alignment={"left": 0, "center": 1, "right": 2, "justify": 4}[style.align],
        firstLineIndent=style.first_line_indent,
        leftIndent=style.left_indent,
        spaceBefore=style.space_before,
        spaceAfter=style.space_after,
    )
    return Paragraph(escape(text).replace("\n", "<br/>"), plain)


def build_plain_layout(db: Database, meeting_id: str) -> bytes:
    """The packet itself with every paragraph set by plain ReportLab."""
    with contextlib.ExitStack() as stack:
        for module in (packet_sections, packet_product, packet_photo):
            stack.enter_context(mock.patch.object(module, "para", plain_para))
        return build_packet(db, meeting_id)


def _timed(fn, *args) -> tuple[float, bytes]:  # noqa: ANN001
    start = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - start, result


def run(runs: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as folder:
        db = Database(Path(folder) / "demo.db")
        build_demo(db, today=date(2023, 6, 1))
        meeting = RecordService(db).list(r.Meeting)[0]
        cold, pdf = _timed(build_packet, db, meeting.id)
        data = gather_packet(db, meeting.id)
        texts = packet_texts(data)
        build_plain(texts[:5])  # warm-up: ReportLab imports, font registration
        build_plain_layout(db, meeting.id)
        packet_s, new_text_s, plain_s, layout_s, gather_s = [], [], [], [], []
        for _ in range(runs):
            packet_s.append(_timed(build_packet, db, meeting.id)[0])
            clear_caches()  # as if every text were new (dictionary and fonts stay loaded)
            new_text_s.append(_timed(build_packet, db, meeting.id)[0])
            plain_s.append(_timed(build_plain, texts)[0])
            layout_s.append(_timed(build_plain_layout, db, meeting.id)[0])
            gather_s.append(_timed(gather_packet, db, meeting.id)[0])
        plain_pdf = build_plain(texts)
        db.close()
    med_packet, med_plain = statistics.median(packet_s), statistics.median(plain_s)
    med_layout, med_new = statistics.median(layout_s), statistics.median(new_text_s)
    return {
        "products": len(data.products),
        "texts": len(texts),
        "characters": sum(len(t) for t, _, _ in texts),
        "runs": runs,
        "first_packet_s": cold,
        "packet_s": packet_s,
        "packet_new_text_s": new_text_s,
        "plain_reference_s": plain_s,
        "plain_layout_reference_s": layout_s,
        "gather_s": gather_s,
        "median_packet_s": med_packet,
        "median_packet_new_text_s": med_new,
        "median_plain_reference_s": med_plain,
        "median_plain_layout_reference_s": med_layout,
        "median_gather_s": statistics.median(gather_s),
        "ratio_to_plain_text": med_packet / med_plain,
        "ratio_new_text_to_plain_text": med_new / med_plain,
        "ratio_to_plain_layout": med_packet / med_layout,
        "pdf_bytes": {"packet": len(pdf), "plain_reference": len(plain_pdf)},
        "python": platform.python_version(),
        "machine": platform.machine(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    result = run(args.runs)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    print(
        f"demo meeting: {result['products']} products, {result['texts']} texts, "
        f"{result['characters']} characters, {result['runs']} runs"
    )
    packet, new = result["median_packet_s"], result["median_packet_new_text_s"]
    rows = [
        ("first packet in the process", result["first_packet_s"], False),
        ("packet, median", packet, False),
        ("packet, caches cleared, median", new, False),
        ("  of which gathering data", result["median_gather_s"], False),
        ("plain layout reference", result["median_plain_layout_reference_s"], True),
        ("plain text reference", result["median_plain_reference_s"], True),
    ]
    print(f"{'':32} {'seconds':>9} {'packet / ref':>13} {'cleared / ref':>14}")
    for name, seconds, reference in rows:
        ratio = f"{packet / seconds:12.2f}x {new / seconds:13.2f}x" if reference else ""
        print(f"{name:32} {seconds:9.3f} {ratio}")
    print(f"PDF sizes: {result['pdf_bytes']}")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
