"""Thai paragraphs in documents: where lines break, page breaks, table cells."""

from __future__ import annotations

import io

import pytest
from pythainlp.tokenize import word_tokenize
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from kbo_desktop.reports.linebreak import continues_cluster
from kbo_desktop.reports.thai_text import (
    ThaiParagraph,
    ThaiParagraphStyle,
    draw_thai_string,
    thai_string_width,
)

NEWS = (
    "สำนักงานพัฒนาชุมชนจังหวัดเลยจัดประชุมคณะทำงานเครือข่ายองค์ความรู้ (KBO) "
    "เพื่อขับเคลื่อนโครงการส่งเสริมและพัฒนาผลิตภัณฑ์ชุมชนท้องถิ่นให้ได้มาตรฐาน "
    "โดยคัดเลือกผู้ผลิตผู้ประกอบการจำนวน 20 กลุ่มที่มีผลิตภัณฑ์ระดับ 1-3 ดาว "
    "มาร่วมวิเคราะห์ข้อดีข้อเด่นและข้อด้อยของผลิตภัณฑ์ เช่น น้ำพริกเผาสมุนไพร "
    "ผ้าทอมือลายโบราณ และเครื่องปั้นดินเผา ที่นี่ผู้เชี่ยวชาญจากสำนักงานสาธารณสุขจังหวัด"
    "ให้คำแนะนำการขอเครื่องหมายมาตรฐาน อย. และการออกแบบบรรจุภัณฑ์ส่งออกไปญี่ปุ่น"
)
WIDTHS = [90.0, 140.0, 233.0, 310.0, 451.0]


def _boundaries(text: str) -> set[int]:
    """Offsets where newmm places a word boundary (or whitespace starts/ends)."""
    cuts, pos = set(), 0
    for w in word_tokenize(text, engine="newmm", keep_whitespace=True):
        pos += len(w)
        cuts.add(pos)
    return cuts


def _lines(text: str, width: float, style: ThaiParagraphStyle | None = None) -> list[str]:
    para = ThaiParagraph(text, style)
    para.wrap(width, 10_000)
    return para.wrapped_lines()


@pytest.mark.parametrize("width", WIDTHS)
def test_lines_break_only_between_words_and_add_no_characters(width: float) -> None:
    lines = _lines(NEWS, width)
    assert len(lines) > 1
    assert "".join(lines) == NEWS, "breaking must neither add nor drop characters"
    cuts = _boundaries(NEWS)
    pos = 0
    for line in lines[:-1]:
        pos += len(line)
        assert pos in cuts, f"break inside a word: {NEWS[pos - 8 : pos]}|{NEWS[pos : pos + 8]}"
        assert not continues_cluster(NEWS[pos]), "a line must not start with a mark"


@pytest.mark.parametrize("width", WIDTHS)
def test_lines_fit_the_width_and_keep_words_whole(width: float) -> None:
    for line in _lines(NEWS, width):
        assert thai_string_width(line.rstrip(" "), 14) <= width + 0.01
    joined = "|".join(_lines(NEWS * 2, width))
    for broken in ["ส่|ง", "โครง|การ", "มาตร|ฐาน", "ผลิต|ภัณฑ์", "ญี่|ปุ่น"]:
        assert broken not in joined


def test_word_wider_than_the_line_breaks_between_clusters_only() -> None:
    word = "ผลิตภัณฑ์ส่งเสริมเศรษฐกิจชุมชนท้องถิ่นน้ำพริก"
    lines = _lines(word, 40)
    assert len(lines) > 2
    assert "".join(lines) == word
    for line in lines[1:]:
        assert not continues_cluster(line[0]), lines
    for line in lines[:-1]:
        assert line[-1] not in "เแโใไ", "a leading vowel must stay with its consonant"


def test_explicit_newlines_start_new_lines_and_spaces_are_kept() -> None:
    text = "ข้อดี  รสชาติอร่อย\nข้อด้อย ฉลากไม่ครบถ้วน\n\nสรุป"
    lines = _lines(text, 400)
    assert lines == ["ข้อดี  รสชาติอร่อย", "ข้อด้อย ฉลากไม่ครบถ้วน", "", "สรุป"]


def test_first_line_indent_and_repetition_mark_stay_with_their_word() -> None:
    text = "ผู้ผลิตต่าง ๆ ในจังหวัดได้รับการพัฒนาดี ๆ หลายด้าน " * 6
    style = ThaiParagraphStyle(first_line_indent=50)
    for width in (120.0, 180.0, 260.0):
        lines = _lines(text, width, style)
        assert thai_string_width(lines[0].rstrip(), 14) <= width - 50 + 0.01
        for line in lines[1:]:
            assert not line.startswith("ๆ"), "ๆ must never begin a line"


def _build(story: list, **kw: object) -> tuple[bytes, SimpleDocTemplate]:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, **kw)
    doc.build(story)
    return buf.getvalue(), doc


def test_paragraph_taller_than_a_page_flows_onto_following_pages() -> None:
    sentences = [f"รายการที่ {i} โครงการส่งเสริมผลิตภัณฑ์ผ้าทอมือบ้านนาข่า " for i in range(160)]
    text = "".join(sentences)
    para = ThaiParagraph(text, ThaiParagraphStyle(first_line_indent=36, space_after=12))
    pieces: list[ThaiParagraph] = []

    class Recording(ThaiParagraph):
        def draw(self) -> None:  # record what ends up on paper
            pieces.append(self)
            super().draw()

    para.__class__ = Recording
    pdf, doc = _build([ThaiParagraph("หัวเรื่อง"), para])
    assert doc.page >= 2
    assert len(pieces) >= 2
    assert "".join("".join(p.wrapped_lines()) for p in pieces) == text
    assert pdf.startswith(b"%PDF")


def test_split_keeps_space_before_on_first_piece_only() -> None:
    para = ThaiParagraph(NEWS * 3, ThaiParagraphStyle(space_before=10, space_after=20))
    head, tail = para.split(300, 100)
    assert (head.getSpaceBefore(), head.getSpaceAfter()) == (10, 0)
    assert (tail.getSpaceBefore(), tail.getSpaceAfter()) == (0, 20)
    assert head.wrap(300, 100)[1] <= 100
    assert para.split(300, 5) == []


@pytest.mark.parametrize("col_widths", [[120, 200, 90], None])
def test_table_cells_wrap_within_their_columns(col_widths: list[float] | None) -> None:
    cell = ThaiParagraphStyle(font_size=11)
    rows = [
        [ThaiParagraph(t, cell.derive(bold=True)) for t in ("ข้อดี", "ข้อเด่น", "ข้อด้อย")],
        [
            ThaiParagraph("รสชาติเข้มข้นแบบดั้งเดิม ใช้พริกและสมุนไพรจากชุมชน", cell),
            ThaiParagraph(NEWS, cell),
            ThaiParagraph("บรรจุภัณฑ์ยังไม่ได้มาตรฐาน อย.", cell),
        ],
    ]
    table = Table(rows, colWidths=col_widths)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "grey")]))
    _, doc = _build([table])
    widths = table._colWidths
    assert sum(widths) <= doc.width + 0.01
    for row in rows:
        for para, col in zip(row, widths, strict=True):
            inner = col - 12  # default cell padding 6 + 6
            assert para.width <= inner + 0.01
            for line in para.wrapped_lines():
                assert thai_string_width(line.rstrip(), 11, bold=para.style.bold) <= inner + 0.01
            assert "".join(para.wrapped_lines()) == para.text


def test_alignment_moves_lines_and_justify_only_stretches_existing_spaces() -> None:
    for align in ("left", "center", "right", "justify", 1):
        style = ThaiParagraphStyle(alignment=align, color="navy", bold=True)
        pdf, _ = _build([ThaiParagraph(NEWS, style)])
        assert pdf.startswith(b"%PDF")
    assert ThaiParagraphStyle(alignment=2).align == "right"


def test_draw_thai_string_returns_its_width_for_all_alignments() -> None:
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(io.BytesIO())
    text = "หน้า ๑ จาก ๓ — รายงานการประชุม KBO"
    for align in ("left", "center", "right"):
        width = draw_thai_string(canvas, 300, 40, text, 10, align=align)  # type: ignore[arg-type]
        assert width == pytest.approx(thai_string_width(text, 10))
    canvas.save()


def _reference_operators(face, font_size, x, y, runs, actual_text):  # noqa: ANN001, ANN202
    """Glyph-by-glyph drawing, as the layer first did it: the yardstick for the compiled runs."""
    from kbo_desktop.reports.pdf_glyphs import _fmt, _utf16_hex

    to_tj = 1000.0 / face.upem
    out = [f"/Span <</ActualText <FEFF{_utf16_hex(actual_text)}>>> BDC"]
    out.append(f"1 0 0 1 {_fmt(x)} {_fmt(y)} Tm")
    pen = pdf = rise = 0
    items: list[str] = []
    hexes: list[str] = []

    def flush_hex() -> None:
        if hexes:
            items.append("<" + "".join(hexes) + ">")
            hexes.clear()

    def flush_tj() -> None:
        flush_hex()
        if items:
            out.append("[" + " ".join(items) + "] TJ")
            items.clear()

    for glyphs, extra in runs:
        for g in glyphs:
            if g.y_offset != rise:
                flush_tj()
                rise = g.y_offset
                out.append(f"{_fmt(rise * font_size / face.upem)} Ts")
            target = pen + g.x_offset
            if target != pdf:
                flush_hex()
                items.append(_fmt(-(target - pdf) * to_tj))
            hexes.append(f"{g.gid:04X}")
            pdf = target + face.advances[g.gid]
            pen += g.x_advance
        pen += extra
    flush_tj()
    if rise:
        out.append("0 Ts")
    out.append("EMC")
    return "\n".join(out)


@pytest.mark.parametrize("bold", [False, True])
@pytest.mark.parametrize("extra", [0.0, 37.5])
def test_prepared_words_draw_exactly_like_glyph_by_glyph(bold: bool, extra: float) -> None:
    from kbo_desktop.reports.fonts import get_face
    from kbo_desktop.reports.linebreak import words
    from kbo_desktop.reports.pdf_glyphs import drawn_run, line_operators
    from kbo_desktop.reports.shaping import shape

    face = get_face(bold)
    # Marks raised or shifted by GPOS (ดั้ง, ซึ่ง, ผ่าน, น้ำ), kerned Latin, digits, spaces.
    text = "ดั้งเดิม ซึ่ง ผ่าน ความอบอุ่น น้ำ ปู่ (Knowledge-Based OTOP) AV To ๒๕๖๖ 1,250.50 ที่นี่"
    toks = words(text)
    runs = [(drawn_run(w, bold), extra if w == " " else 0.0) for w in toks]
    glyph_runs = [(shape(w, bold).glyphs, extra if w == " " else 0.0) for w in toks]
    used: set[int] = set()
    got = line_operators(face, 13.5, 85.04, 701.3, runs, text, used)
    assert got == _reference_operators(face, 13.5, 85.04, 701.3, glyph_runs, text)
    assert " Ts" in got, "the sample must exercise raised marks"
    assert used == {g.gid for glyphs, _ in glyph_runs for g in glyphs}


def test_text_set_again_breaks_and_draws_the_same_as_the_first_time() -> None:
    from reportlab import rl_config

    from kbo_desktop.reports.thai_text import clear_caches

    styles = [
        ThaiParagraphStyle(first_line_indent=36, alignment="justify"),
        ThaiParagraphStyle(font_size=10, bold=True),
        ThaiParagraphStyle(font_size=12, alignment="right", left_indent=20),
    ]
    texts = [NEWS, "ข้อดี  รสชาติอร่อย\nข้อด้อย ฉลากไม่ครบถ้วน\n\nสรุป", NEWS[:90] + " ดี ๆ"]

    def story() -> list:
        paras = [ThaiParagraph(t, s) for t in texts for s in styles]
        cells = [[ThaiParagraph(t, styles[1]) for t in texts]]
        return [*paras, Table(cells, colWidths=[90, 140, 120])]

    invariant, rl_config.invariant = rl_config.invariant, 1
    try:
        clear_caches()
        first, _ = _build(story())
        again, _ = _build(story())
        clear_caches()
        fresh, _ = _build(story())
    finally:
        rl_config.invariant = invariant
    assert first == again == fresh
    for width in WIDTHS:
        clear_caches()
        cold = _lines(NEWS, width)
        assert _lines(NEWS, width) == cold
