"""Sarabun faces for PDF output: HarfBuzz handles, metrics and ReportLab registration.

Two consumers need the same font files. The Thai typesetting layer
(:mod:`kbo_desktop.reports.thai_text`) shapes with HarfBuzz and embeds the font
itself as a CID font (see :mod:`kbo_desktop.reports.pdf_glyphs`), so it needs
the raw bytes, the glyph advances and a glyph-to-text table. Plain ReportLab
flowables (Latin-only table headers, the benchmark baseline) need the faces
registered with ``pdfmetrics``; :func:`register_thai_fonts` does that once.

Everything here is loaded lazily and cached per process: a face is parsed once
however many documents are built.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import cache

import uharfbuzz as hb
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFile

from kbo_desktop.fonts import sarabun

logger = logging.getLogger(__name__)

#: ReportLab font names registered by :func:`register_thai_fonts`.
REGULAR_FONT_NAME = "Sarabun"
BOLD_FONT_NAME = "Sarabun-Bold"

_UNI_NAME = re.compile(r"^uni((?:[0-9A-F]{4})+)(?:[._].*)?$")
_U_NAME = re.compile(r"^u([0-9A-F]{4,6})(?:[._].*)?$")


@dataclass(eq=False)
class ThaiFace:
    """One Sarabun face ready for shaping and embedding.

    Attributes:
        style: Sarabun style name, e.g. ``"Regular"`` or ``"Bold"``.
        postscript_name: The face's PostScript name, used as the PDF BaseFont.
        data: The TrueType file bytes (embedded whole in each PDF).
        hb_font: HarfBuzz font at design units (scale = upem) so shaping
            results can be cached once and scaled to any size.
        upem: Design units per em.
        ascent / descent: hhea ascender / descender in design units
            (descent is negative); they set where the baseline sits in a line.
        advances: hmtx advance of every glyph id, for the PDF ``/W`` array.
        to_unicode: Best-effort text for every glyph id, for the ToUnicode CMap
            used by viewers that ignore ActualText.
        cap_height, bbox, italic_angle, stem_v, flags: FontDescriptor values.
    """

    style: str
    postscript_name: str
    data: bytes
    hb_font: hb.Font
    upem: int
    ascent: int
    descent: int
    advances: list[int]
    to_unicode: dict[int, str]
    cap_height: int
    bbox: tuple[int, int, int, int]
    italic_angle: float
    stem_v: int
    flags: int
    space_advance: int = field(default=0)

    @property
    def key(self) -> str:
        """Short identifier used in caches and PDF resource names."""
        return self.style


def _glyph_text(name: str) -> str | None:
    """Guess the characters a glyph shows from its production name.

    Sarabun names its positional variants ``uni0E48.small`` and its ligatures
    ``uni0E4D0E49``; those glyphs have no cmap entry, yet a viewer that relies
    on ToUnicode should still get Thai back rather than nothing.
    """
    m = _UNI_NAME.match(name)
    if m:
        hexes = m.group(1)
        return "".join(chr(int(hexes[i : i + 4], 16)) for i in range(0, len(hexes), 4))
    m = _U_NAME.match(name)
    if m:
        return chr(int(m.group(1), 16))
    return None


@cache
def get_face(bold: bool = False) -> ThaiFace:
    """Return the cached Sarabun Regular or Bold face."""
    style = "Bold" if bold else "Regular"
    path = sarabun(style)
    data = path.read_bytes()
    hb_face = hb.Face(data)
    hb_font = hb.Font(hb_face)
    upem = hb_face.upem
    hb_font.scale = (upem, upem)
    extents = hb_font.get_font_extents("ltr")
    count = hb_face.glyph_count
    advances = [hb_font.get_glyph_h_advance(gid) for gid in range(count)]

    to_unicode: dict[int, str] = {}
    for cp in sorted(hb_face.unicodes):
        gid = hb_font.get_nominal_glyph(cp)
        if gid and gid not in to_unicode:
            to_unicode[gid] = chr(cp)
    for gid in range(1, count):
        if gid not in to_unicode:
            text = _glyph_text(hb_font.glyph_to_string(gid))
            if text:
                to_unicode[gid] = text

    ttf = TTFontFile(str(path))
    space_gid = hb_font.get_nominal_glyph(0x20) or 0
    face = ThaiFace(
        style=style,
        postscript_name=ttf.name.decode("latin-1"),
        data=data,
        hb_font=hb_font,
        upem=upem,
        ascent=extents.ascender,
        descent=extents.descender,
        advances=advances,
        to_unicode=to_unicode,
        cap_height=ttf.capHeight,
        bbox=tuple(ttf.bbox),  # type: ignore[arg-type]
        italic_angle=ttf.italicAngle,
        stem_v=ttf.stemV,
        flags=ttf.flags,
        space_advance=advances[space_gid],
    )
    logger.debug("loaded Sarabun %s: %d glyphs, upem %d", style, count, upem)
    return face


@cache
def register_thai_fonts() -> tuple[str, str]:
    """Register Sarabun Regular/Bold with ReportLab's ``pdfmetrics`` (idempotent).

    Only needed for plain ReportLab flowables (``Paragraph``, ``drawString``)
    that should use Sarabun for Latin text; Thai text must go through
    :class:`~kbo_desktop.reports.thai_text.ThaiParagraph` or
    :func:`~kbo_desktop.reports.thai_text.draw_thai_string`, which shape it.

    Returns:
        The ReportLab font names ``("Sarabun", "Sarabun-Bold")``; ``<b>`` in a
        Paragraph using font ``"Sarabun"`` maps to the bold face.
    """
    pdfmetrics.registerFont(TTFont(REGULAR_FONT_NAME, str(sarabun("Regular"))))
    pdfmetrics.registerFont(TTFont(BOLD_FONT_NAME, str(sarabun("Bold"))))
    addMapping(REGULAR_FONT_NAME, 0, 0, REGULAR_FONT_NAME)
    addMapping(REGULAR_FONT_NAME, 1, 0, BOLD_FONT_NAME)
    addMapping(REGULAR_FONT_NAME, 0, 1, REGULAR_FONT_NAME)
    addMapping(REGULAR_FONT_NAME, 1, 1, BOLD_FONT_NAME)
    logger.debug("registered %s and %s with ReportLab", REGULAR_FONT_NAME, BOLD_FONT_NAME)
    return REGULAR_FONT_NAME, BOLD_FONT_NAME
