"""Tone marks must stack: what a reader sees on the printed packet.

We compare *ink boxes* (glyph extents placed at their HarfBuzz positions): the
shaped tone mark must clear the upper vowel or the consonant's ascender, where
the unshaped (nominal) tone-mark glyph would collide with it.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from kbo_desktop.reports.fonts import get_face
from kbo_desktop.reports.shaping import shape
from kbo_desktop.reports.thai_text import thai_string_width

MAI_EK = 0x0E48
NIKHAHIT = 0x0E4D


class Ink(NamedTuple):
    x0: float
    x1: float
    y0: float
    y1: float


def _ink_of(
    gid: int, pen_x: float, x_offset: float = 0, y_offset: float = 0, bold: bool = False
) -> Ink:
    e = get_face(bold).hb_font.get_glyph_extents(gid)
    x0 = pen_x + x_offset + e.x_bearing
    top = y_offset + e.y_bearing
    return Ink(x0, x0 + e.width, top + e.height, top)


def _shaped_inks(text: str, bold: bool = False) -> list[tuple[int, Ink]]:
    """(gid, ink box) of every glyph of ``text`` as the PDF draws them."""
    pen = 0
    out = []
    for g in shape(text, bold).glyphs:
        out.append((g.gid, _ink_of(g.gid, pen, g.x_offset, g.y_offset, bold)))
        pen += g.x_advance
    return out


def _nominal(cp: int, bold: bool = False) -> int:
    return get_face(bold).hb_font.get_nominal_glyph(cp)


@pytest.mark.parametrize("bold", [False, True])
def test_tone_mark_sits_above_upper_vowel_in_thii(bold: bool) -> None:
    (_, consonant), (_, vowel), (_, tone) = _shaped_inks("ที่", bold)
    assert tone.y0 >= vowel.y1 - 5, "tone mark must be drawn above sara ii, not into it"
    # Without shaping the nominal mai ek would overlap the vowel: the test means something.
    nominal = _ink_of(_nominal(MAI_EK, bold), pen_x=consonant.x1, bold=bold)
    assert nominal.y0 < vowel.y1


def test_tone_mark_clears_the_tail_of_po_pla_in_puu() -> None:
    (_, consonant), (_, vowel), (_, tone) = _shaped_inks("ปู่")
    assert vowel.y1 < 0, "sara uu hangs below the baseline"
    # ป has its ascender tail on the right; the mark moves left of it.
    assert tone.x1 < consonant.x1 - 100
    nominal = _ink_of(_nominal(MAI_EK), pen_x=shape("ป").advance)
    assert nominal.x1 > consonant.x1 - 100, "the nominal mark would hit the tail"


def test_tone_mark_rises_above_nikhahit_in_nam() -> None:
    inks = _shaped_inks("น้ำ")
    above_baseline_marks = [ink for _, ink in inks if ink.y0 > 600]
    top_in_nam = max(ink.y1 for ink in above_baseline_marks)
    top_alone = max(ink.y1 for _, ink in _shaped_inks("น้"))
    nikhahit = _ink_of(_nominal(NIKHAHIT), 0)
    # Room has been made for the nikhahit below the tone mark.
    assert top_in_nam - top_alone >= 0.8 * (nikhahit.y1 - nikhahit.y0)


def test_stacked_marks_in_common_words_never_overlap_vertically() -> None:
    for word in ["ที่นี่", "ปั้น", "ญี่ปุ่น", "ชื่อ", "เขื่อน", "กี่", "ดื้อ"]:
        marks = [
            ink
            for _, ink in _shaped_inks(word)
            if ink.y0 > 550  # above the x-height
        ]
        marks.sort(key=lambda i: i.x0)
        for a, b in zip(marks, marks[1:], strict=False):
            horizontally_overlapping = a.x1 > b.x0 + 10 and b.x1 > a.x0 + 10
            if horizontally_overlapping:
                assert a.y1 <= b.y0 + 5 or b.y1 <= a.y0 + 5, word


def test_width_is_the_shaped_advance_and_marks_take_no_room() -> None:
    assert thai_string_width("ที่", 10) == pytest.approx(thai_string_width("ท", 10))
    assert thai_string_width("ที่นี่", 20) == pytest.approx(2 * thai_string_width("ที่", 20), 0.2)
    assert thai_string_width("Sarabun", 12, bold=True) > thai_string_width("Sarabun", 12)
