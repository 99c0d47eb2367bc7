"""Copying or searching the PDF gives back the Thai that was typed.

Uses poppler's ``pdftotext`` (poppler-utils), which CI installs.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table

from kbo_desktop.reports.thai_text import ThaiParagraph, ThaiParagraphStyle, draw_thai_string

PARAGRAPHS = [
    "ที่นี่ ปั้น ญี่ปุ่น น้ำ ปู่ ฐาน ญาติ ฤๅษี กรุงเทพฯ ดี ๆ",
    "กลุ่มแม่บ้านบ้านนาข่าผลิตน้ำพริกเผาสมุนไพรที่ได้รับเครื่องหมายมาตรฐาน อย. แล้ว "
    "และกำลังพัฒนาบรรจุภัณฑ์ใหม่ให้น่าซื้อยิ่งขึ้นเพื่อวางจำหน่ายในห้างสรรพสินค้า",
    "คณะกรรมการเครือข่ายองค์ความรู้ได้ลงพื้นที่ติดตามความก้าวหน้าของผู้ผลิตผ้าทอมือ"
    "ย้อมสีธรรมชาติซึ่งปรับลวดลายให้ทันสมัยขึ้นตามคำแนะนำของมหาวิทยาลัยราชภัฏ",
    "ปีงบประมาณ พ.ศ. ๒๕๖๖ ได้รับงบประมาณ 150,000 บาท (หนึ่งแสนห้าหมื่นบาทถ้วน) "
    "สำหรับผลิตภัณฑ์ OTOP ระดับ 3 ดาว ติดต่อ kbo.loei@example.go.th โทร ๐๔๒-๘๑๑-๒๓๔",
]
HEADER = "รายงานการประชุมคณะทำงาน KBO จังหวัดเลย ครั้งที่ ๑/๒๕๖๖"
PUA = re.compile("[\ue000-\uf8ff]")
THAI_SPACE_THAI = re.compile(r"(?<=[\u0e01-\u0e4f]) (?=[\u0e01-\u0e4f])")


def _pdftotext(pdf: Path, *args: str) -> str:
    exe = shutil.which("pdftotext")
    assert exe, "pdftotext (poppler-utils) is required for the text-extraction tests"
    out = subprocess.run([exe, *args, str(pdf), "-"], check=True, capture_output=True)
    return out.stdout.decode("utf-8")


@pytest.fixture(scope="module")
def packet(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "packet.pdf"
    body = ThaiParagraphStyle(font_size=15, first_line_indent=40, space_after=6)
    story = [ThaiParagraph(p, body) for p in PARAGRAPHS]
    story.append(ThaiParagraph(PARAGRAPHS[2], body.derive(bold=True, alignment="justify")))
    story.append(ThaiParagraph(PARAGRAPHS[1], body.derive(alignment="center")))
    cell = ThaiParagraphStyle(font_size=11)
    story.append(Table([[ThaiParagraph(PARAGRAPHS[3], cell), ThaiParagraph("ข้อด้อย", cell)]]))

    def header(canvas, doc) -> None:  # noqa: ANN001 (ReportLab callback)
        draw_thai_string(canvas, A4[0] / 2, A4[1] - 40, HEADER, 10, bold=True, align="center")

    SimpleDocTemplate(str(path), pagesize=A4).build(story, onFirstPage=header)
    return path


def _join_lines(text: str) -> str:
    """Undo line breaking: a line's hanging space is part of the extracted text."""
    return text.replace("\f", "").replace("\n", "")


def test_plain_extraction_gives_back_every_paragraph_exactly(packet: Path) -> None:
    text = _pdftotext(packet)
    joined = _join_lines(text)
    for para in PARAGRAPHS:
        assert para in joined
    assert HEADER in text


def test_layout_extraction_finds_every_paragraph(packet: Path) -> None:
    text = _pdftotext(packet, "-layout")
    squeezed = re.sub(r"\s+", "", text)
    for para in [*PARAGRAPHS, HEADER]:
        assert re.sub(r"\s+", "", para) in squeezed


@pytest.mark.parametrize("mode", [(), ("-layout",)])
def test_no_private_use_characters_and_no_invented_spaces(
    packet: Path, mode: tuple[str, ...]
) -> None:
    text = _pdftotext(packet, *mode)
    assert not PUA.search(text), "shaped glyphs must not come back as private-use characters"
    source = " ".join([*PARAGRAPHS, HEADER])
    for m in THAI_SPACE_THAI.finditer(text):
        around = text[m.start() - 1 : m.end() + 1]
        assert around in source, f"space invented between Thai letters: {around!r}"


def test_mixed_scripts_digits_and_thai_digits_survive(packet: Path) -> None:
    joined = _join_lines(_pdftotext(packet))
    for piece in [
        "พ.ศ. ๒๕๖๖",
        "150,000 บาท",
        "OTOP ระดับ 3 ดาว",
        "kbo.loei@example.go.th",
        "๐๔๒-๘๑๑-๒๓๔",
        "ฤๅษี",
        "กรุงเทพฯ ดี ๆ",
        "น้ำ",
    ]:
        assert piece in joined


def test_mixed_script_runs_are_never_split_inside(packet: Path) -> None:
    lines = _pdftotext(packet).splitlines()
    for token in ["150,000", "kbo.loei@example.go.th", "๒๕๖๖", "๐๔๒-๘๑๑-๒๓๔"]:
        assert any(token in line for line in lines), f"{token} was split across lines"


def test_only_the_glyphs_used_are_embedded(packet: Path) -> None:
    fonts = subprocess.run(
        [shutil.which("pdffonts") or "pdffonts", str(packet)], capture_output=True, check=True
    ).stdout.decode()
    sarabun = [line for line in fonts.splitlines() if "Sarabun" in line]
    assert len(sarabun) == 2, fonts  # Regular and Bold
    for line in sarabun:
        name, *_ = line.split()
        assert re.fullmatch(r"[A-Z]{6}\+Sarabun-(Regular|Bold)", name), line
        assert "Identity-H" in line and line.split()[-5:-2] == ["yes", "yes", "yes"], line
    assert packet.stat().st_size < 60_000, "a two-page packet should not carry whole fonts"
