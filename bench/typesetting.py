"""Cost of correct Thai typesetting versus ReportLab's plain (wrong) Paragraph.

Builds the same multi-page A4 document of ~60 Thai news-style paragraphs twice:
with ``reportlab.platypus.Paragraph`` (unshaped Sarabun, breaks only at
spaces) and with :class:`kbo_desktop.reports.thai_text.ThaiParagraph`. Each is
built several times; medians are printed and written to
``bench/out/typesetting.json``.

Two figures for ThaiParagraph: *cold* clears every typesetting cache (words,
dictionary lookups, shapes, line units, prepared glyph runs;
``thai_text.clear_caches``) before every build, as for text never set before
(pythainlp's dictionary and the fonts stay loaded); *warm* keeps them (text set
before, e.g. the same packet generated again).

Run from the repository root::

    python -m bench.typesetting [--runs 7] [--paragraphs 60]
"""

from __future__ import annotations

import argparse
import io
import json
import platform
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from kbo_desktop.reports import thai_text
from kbo_desktop.reports.fonts import register_thai_fonts
from kbo_desktop.reports.thai_text import ThaiParagraph, ThaiParagraphStyle

OUT = Path(__file__).resolve().parent / "out" / "typesetting.json"

SENTENCES = [
    "สำนักงานพัฒนาชุมชนจังหวัดเลยจัดประชุมคณะทำงานเครือข่ายองค์ความรู้ (Knowledge-Based OTOP: KBO) "
    "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ ณ ห้องประชุมศาลากลางจังหวัด",
    "โครงการส่งเสริมและพัฒนาผลิตภัณฑ์ชุมชนท้องถิ่นมีเป้าหมายยกระดับผลิตภัณฑ์ OTOP "
    "ระดับ 1-3 ดาวให้ได้มาตรฐานและมีช่องทางการตลาดที่กว้างขึ้น",
    "คณะทำงานได้คัดเลือกผู้ผลิตผู้ประกอบการจำนวน 20 กลุ่มเข้าร่วมโครงการ "
    "โดยพิจารณาจากความพร้อมของกลุ่มและศักยภาพของผลิตภัณฑ์",
    "ผู้เชี่ยวชาญจากมหาวิทยาลัยราชภัฏเลยร่วมวิเคราะห์ข้อดี ข้อเด่น และข้อด้อยของผลิตภัณฑ์แต่ละรายการ "
    "พร้อมเสนอแนวทางการพัฒนาที่เหมาะสม",
    "กลุ่มแม่บ้านบ้านนาข่าผลิตน้ำพริกเผาสมุนไพรที่มีรสชาติเข้มข้นแบบดั้งเดิม "
    "แต่ยังไม่ได้รับเครื่องหมายมาตรฐาน อย. จึงต้องปรับปรุงสถานที่ผลิตให้ถูกสุขลักษณะ",
    "สำนักงานสาธารณสุขจังหวัดให้คำแนะนำเรื่องการขออนุญาตผลิตอาหารและการจัดทำฉลากโภชนาการ"
    "ให้ครบถ้วนตามที่กฎหมายกำหนด",
    "ผ้าทอมือย้อมสีธรรมชาติของกลุ่มทอผ้าบ้านนาโป่งมีลวดลายโบราณที่เป็นเอกลักษณ์ "
    "คณะทำงานแนะนำให้พัฒนาลวดลายให้ทันสมัยเพื่อขยายกลุ่มลูกค้าวัยทำงาน",
    "ที่นี่ช่างปั้นดินเผาพื้นบ้านยังคงใช้เตาฟืนแบบดั้งเดิม ผลิตภัณฑ์จึงมีสีสันเฉพาะตัว แต่ต้องลดการแตกร้าวระหว่างการขนส่ง",
    "ผู้ประกอบการรายหนึ่งได้รับคำสั่งซื้อจากตัวแทนจำหน่ายในประเทศญี่ปุ่น "
    "จึงต้องพัฒนาบรรจุภัณฑ์และเอกสารภาษาอังกฤษให้ได้มาตรฐานการส่งออก",
    "สำนักงานอุตสาหกรรมจังหวัดให้ความรู้เรื่องการขอรับรองมาตรฐานผลิตภัณฑ์ชุมชน (มผช.) "
    "และการควบคุมคุณภาพในกระบวนการผลิต",
    "สำนักงานพาณิชย์จังหวัดช่วยจัดหาช่องทางการตลาดทั้งออนไลน์และออฟไลน์ "
    "เช่น งานแสดงสินค้า OTOP City และร้านค้าประชารัฐ",
    "เจ้าหน้าที่พัฒนาชุมชนอำเภอลงพื้นที่ติดตามความก้าวหน้าทุกเดือน และบันทึกผลการติดตามลงในระบบเพื่อรายงานต่อคณะกรรมการ",
    "ปราชญ์ชาวบ้านถ่ายทอดภูมิปัญญาการถนอมอาหารและการใช้สมุนไพรพื้นบ้านให้แก่สมาชิกกลุ่มรุ่นใหม่",
    "ในการประชุมครั้งที่ ๒/๒๕๖๖ เมื่อวันที่ 6 ธันวาคม 2565 ที่ประชุมมีมติเห็นชอบแผนพัฒนาผลิตภัณฑ์รายกลุ่มตามที่คณะทำงานเสนอ",
    "งบประมาณที่ได้รับจัดสรรจำนวน 150,000 บาท ใช้สำหรับการออกแบบบรรจุภัณฑ์ "
    "การอบรมเชิงปฏิบัติการ และการศึกษาดูงานนอกพื้นที่",
    "ผลิตภัณฑ์ที่มีความก้าวหน้าโดดเด่นจะได้รับการคัดเลือกเป็นตัวแทนจังหวัดเข้าร่วมการประกวดระดับประเทศในปีถัดไป",
    "คณะทำงานเน้นย้ำว่าการพัฒนาต้องคำนึงถึงอัตลักษณ์ของชุมชน ความปลอดภัยของผู้บริโภค และความยั่งยืนของวัตถุดิบในท้องถิ่น",
    "กลุ่มวิสาหกิจชุมชนผู้ปลูกกาแฟอาราบิก้าบนพื้นที่สูงได้ปรับปรุงกระบวนการคั่วทำให้รสชาติคงที่และเก็บรักษาได้นานขึ้น",
    "น้ำผึ้งป่าและน้ำพริกตาแดงของกลุ่มบ้านกกทองได้รับความนิยมจากนักท่องเที่ยว แต่ฉลากสินค้ายังไม่ระบุวันหมดอายุ",
    "การประเมินผลตามแผนพบว่าร้อยละ 85 ของกิจกรรมดำเนินการแล้วเสร็จตามกำหนด ส่วนที่เหลืออยู่ระหว่างการดำเนินงาน",
    "สำนักงานเกษตรจังหวัดแนะนำการปลูกพืชสมุนไพรแบบปลอดสารพิษ เพื่อให้มีวัตถุดิบคุณภาพดีป้อนกลุ่มผู้ผลิตอย่างต่อเนื่อง",
    "สำนักงานประชาสัมพันธ์จังหวัดจะเผยแพร่เรื่องราวความสำเร็จของผู้ผลิต ผ่านสื่อวิทยุ โทรทัศน์ และเครือข่ายสังคมออนไลน์",
]


def make_paragraphs(count: int, seed: int = 2565) -> list[str]:
    """Deterministic news-like paragraphs of 2–4 sentences each."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        picked = rng.sample(SENTENCES, rng.randint(2, 4))
        out.append(" ".join(picked))
    return out


def build_plain(paragraphs: list[str]) -> bytes:
    """Baseline: ReportLab's own Paragraph with unshaped Sarabun."""
    regular, _ = register_thai_fonts()
    style = ParagraphStyle(
        "body", fontName=regular, fontSize=14, leading=21, firstLineIndent=36, spaceAfter=6
    )
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build([Paragraph(p, style) for p in paragraphs])
    return buf.getvalue()


def build_thai(paragraphs: list[str]) -> bytes:
    """ThaiParagraph with the same size, leading, indent and spacing."""
    style = ThaiParagraphStyle(font_size=14, leading=21, first_line_indent=36, space_after=6)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build([ThaiParagraph(p, style) for p in paragraphs])
    return buf.getvalue()


def clear_caches() -> None:
    """Forget segmented words, shaped glyphs and broken lines (not the dictionary or fonts)."""
    thai_text.clear_caches()


def _time(fn: Callable[[], bytes]) -> tuple[float, int]:
    start = time.perf_counter()
    size = len(fn())
    return time.perf_counter() - start, size


def run(runs: int, count: int) -> dict[str, object]:
    paragraphs = make_paragraphs(count)
    # Warm-up: font parsing, pythainlp dictionary, ReportLab imports.
    build_plain(paragraphs[:2])
    build_thai(paragraphs[:2])

    plain, cold, warm = [], [], []
    sizes: dict[str, int] = {}
    for _ in range(runs):
        t, sizes["plain"] = _time(lambda: build_plain(paragraphs))
        plain.append(t)
        clear_caches()
        t, sizes["thai"] = _time(lambda: build_thai(paragraphs))
        cold.append(t)
        t, _ = _time(lambda: build_thai(paragraphs))
        warm.append(t)

    med_plain, med_cold, med_warm = (statistics.median(x) for x in (plain, cold, warm))
    return {
        "paragraphs": count,
        "characters": sum(len(p) for p in paragraphs),
        "runs": runs,
        "plain_paragraph_s": plain,
        "thai_paragraph_cold_s": cold,
        "thai_paragraph_warm_s": warm,
        "median_plain_s": med_plain,
        "median_thai_cold_s": med_cold,
        "median_thai_warm_s": med_warm,
        "ratio_cold": med_cold / med_plain,
        "ratio_warm": med_warm / med_plain,
        "pdf_bytes": sizes,
        "python": platform.python_version(),
        "machine": platform.machine(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--paragraphs", type=int, default=60)
    args = parser.parse_args()
    result = run(args.runs, args.paragraphs)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    print(
        f"{result['paragraphs']} paragraphs, {result['characters']} characters, "
        f"{result['runs']} runs"
    )
    print(f"plain reportlab Paragraph : {result['median_plain_s'] * 1000:8.1f} ms (median)")
    print(
        f"ThaiParagraph, cold cache : {result['median_thai_cold_s'] * 1000:8.1f} ms "
        f"= {result['ratio_cold']:.2f}x"
    )
    print(
        f"ThaiParagraph, warm cache : {result['median_thai_warm_s'] * 1000:8.1f} ms "
        f"= {result['ratio_warm']:.2f}x"
    )
    print(f"PDF sizes: {result['pdf_bytes']}")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
