"""Time the demo meeting's 20-product packet against plain ReportLab on the same text.

Builds the demo database once (``services.demo.build_demo``) in a temporary
folder, then in one run:

* **packet**: :func:`kbo_desktop.services.packet.build_packet` for the demo
  meeting, end to end (queries, photos, Thai typesetting, tables, PDF);
* **plain text reference**: every text the packet sets, in the same order
  and sizes, as ReportLab's own ``Paragraph`` with unshaped Sarabun in a
  ``SimpleDocTemplate`` — the text alone, without tables or photos;
* **plain layout reference**: the very same packet (tables, photos, page
  decorations) with each ThaiParagraph swapped for a plain ``Paragraph`` of
  the same size, so the ratio is the cost of setting Thai correctly and
  nothing else.

The first packet of the process (cold word and shaping caches) is reported
apart; medians of the following runs are compared. Results go to stdout as a
table and to ``bench/out/packet.json``.

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
from kbo_desktop.reports import packet_photo, packet_product, packet_sections
from kbo_desktop.reports.fonts import register_thai_fonts
from kbo_desktop.reports.packet_data import PacketData
from kbo_desktop.reports.thai_text import ThaiParagraphStyle
from kbo_desktop.services.demo import build_demo
from kbo_desktop.services.packet import build_packet, gather_packet
from kbo_desktop.services.records import RecordService
from kbo_desktop.store.database import Database

OUT = Path(__file__).resolve().parent / "out" / "packet.json"


def packet_texts(data: PacketData) -> list[tuple[str, float]]:
    """The texts a packet sets, with their point size, in reading order."""
    m = data.meeting
    texts: list[tuple[str, float]] = [(m.title, 17), (m.venue, 14), *((a, 12) for a in m.agenda)]
    for item in data.products:
        p, prod = item.producer, item.product
        texts += [
            (prod.name, 10),
            (p.name, 10),
            (p.address.amphoe, 10),
            (prod.category.label_th, 10),
        ]
    for item in data.products:
        p, prod = item.producer, item.product
        texts += [(prod.name, 17), (p.name, 12), (p.address.one_line(), 10), (p.contact_name, 10)]
        texts += [(", ".join(prod.sales_channels), 10), (prod.description, 12)]
        texts += [(c.certification.number, 10) for c in item.certifications]
        texts += [(i.text, 12) for points in item.swot.values() for i in points]
        for plan in item.plans:
            texts += [(plan.plan.title, 12), (plan.plan.goal, 12)]
            texts += [(a.action.description, 10) for a in plan.actions]
            texts += [(a.responsible_name, 10) for a in plan.actions]
        for entry in item.visits:
            v = entry.visit
            texts += [(", ".join(v.officers), 10), (v.purpose, 10), (v.findings, 10)]
            texts += [
                (v.recommendations, 10),
                *((o.action_description, 10) for o in entry.observed),
            ]
    texts += [(line, 12) for line in m.minutes.splitlines()]
    return [(t, size) for t, size in texts if t.strip()]


def build_plain(texts: list[tuple[str, float]]) -> bytes:
    """The reference: plain ReportLab paragraphs, unshaped, same page geometry."""
    regular, _ = register_thai_fonts()
    styles: dict[float, ParagraphStyle] = {}
    story = []
    for text, size in texts:
        style = styles.setdefault(
            size, ParagraphStyle(f"s{size}", fontName=regular, fontSize=size, leading=size * 1.5)
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
        packet_s, plain_s, layout_s, gather_s = [], [], [], []
        for _ in range(runs):
            packet_s.append(_timed(build_packet, db, meeting.id)[0])
            plain_s.append(_timed(build_plain, texts)[0])
            layout_s.append(_timed(build_plain_layout, db, meeting.id)[0])
            gather_s.append(_timed(gather_packet, db, meeting.id)[0])
        plain_pdf = build_plain(texts)
        db.close()
    med_packet, med_plain = statistics.median(packet_s), statistics.median(plain_s)
    med_layout = statistics.median(layout_s)
    return {
        "products": len(data.products),
        "texts": len(texts),
        "characters": sum(len(t) for t, _ in texts),
        "runs": runs,
        "first_packet_s": cold,
        "packet_s": packet_s,
        "plain_reference_s": plain_s,
        "plain_layout_reference_s": layout_s,
        "gather_s": gather_s,
        "median_packet_s": med_packet,
        "median_plain_reference_s": med_plain,
        "median_plain_layout_reference_s": med_layout,
        "median_gather_s": statistics.median(gather_s),
        "ratio_to_plain_text": med_packet / med_plain,
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
    packet = result["median_packet_s"]
    rows = [
        ("first packet (cold caches)", result["first_packet_s"], False),
        ("packet, median", packet, False),
        ("  of which gathering data", result["median_gather_s"], False),
        ("plain layout reference", result["median_plain_layout_reference_s"], True),
        ("plain text reference", result["median_plain_reference_s"], True),
    ]
    print(f"{'':30} {'seconds':>9} {'packet / reference':>19}")
    for name, seconds, reference in rows:
        ratio = f"{packet / seconds:18.2f}x" if reference else ""
        print(f"{name:30} {seconds:9.3f} {ratio}")
    print(f"PDF sizes: {result['pdf_bytes']}")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
