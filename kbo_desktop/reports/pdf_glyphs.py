"""Drawing shaped glyphs on a ReportLab canvas, with text that copies back as Thai.

ReportLab can only draw *characters*; after shaping we have *glyph ids* (often
glyphs with no character of their own, such as a raised tone mark or the
nikhahit+tone ligature in น้ำ). So we embed each Sarabun face ourselves as a
CID-keyed font (Type0 / CIDFontType2, ``Identity-H``: a 2-byte code *is* the
glyph id) and write the text operators directly.

Getting the text back out is solved twice:

* every line is wrapped in a marked-content span with ``/ActualText`` holding
  the exact source characters — poppler (``pdftotext``), Acrobat and most
  viewers then copy/search the original Thai, including hanging spaces and
  without private-use characters;
* a ToUnicode CMap maps each glyph to its best-guess characters for viewers
  that ignore ActualText.

Positions come from HarfBuzz: horizontal placement uses ``TJ`` adjustments
computed against the advances we publish in ``/W``, vertical mark offsets use
text rise (``Ts``). Each word is turned into its ``TJ`` pieces once
(:func:`drawn_run`, cached) and reused wherever and at whatever size it is
set. Everything is wrapped in ``q … Q`` so ReportLab's own idea of the
current font and colour stays true.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

from kbo_desktop.reports.fonts import ThaiFace, get_face
from kbo_desktop.reports.shaping import Glyph, shape
from kbo_desktop.reports.ttf_subset import subset_keep_ids

logger = logging.getLogger(__name__)

_DOC_ATTR = "_kbo_thai_fonts"


class _EmbeddedFont:
    """Delayed PDF objects for one face in one document.

    ReportLab calls ``addObjects`` from ``PDFDocument.GetPDFData`` (the
    ``delayedFonts`` hook used by its own TrueType fonts), i.e. once, when the
    file is written.
    """

    def __init__(self, face: ThaiFace, resource_name: str) -> None:
        self.face = face
        self.resource_name = resource_name
        self.used: set[int] = set()  # glyph ids drawn so far in this document

    def addObjects(self, doc: pdfdoc.PDFDocument) -> None:  # noqa: N802 (ReportLab hook)
        face = self.face
        used = sorted(self.used | {0})
        tag = "".join(
            chr(65 + int(c, 16) % 26)
            for c in hashlib.sha1(bytes(str(used), "ascii")).hexdigest()[:6]
        )
        base_font = f"{tag}+{face.postscript_name}"
        scale = 1000.0 / face.upem

        program = subset_keep_ids(face.data, used)
        font_file = pdfdoc.PDFStream(content=program, filters=[pdfdoc.PDFZCompress])
        font_file.dictionary["Length1"] = len(program)

        descriptor = pdfdoc.PDFDictionary(
            {
                "Type": "/FontDescriptor",
                "FontName": "/" + base_font,
                "Flags": face.flags,
                "FontBBox": pdfdoc.PDFArray([round(v * scale) for v in face.bbox]),
                "ItalicAngle": face.italic_angle,
                "Ascent": round(face.ascent * scale),
                "Descent": round(face.descent * scale),
                "CapHeight": round(face.cap_height * scale),
                "StemV": face.stem_v,
                "FontFile2": doc.Reference(font_file),
            }
        )
        widths = " ".join(f"{gid} [{round(face.advances[gid] * scale)}]" for gid in used)
        cid_font = pdfdoc.PDFDictionary(
            {
                "Type": "/Font",
                "Subtype": "/CIDFontType2",
                "BaseFont": "/" + base_font,
                "CIDSystemInfo": "<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>",
                "FontDescriptor": doc.Reference(descriptor),
                "CIDToGIDMap": "/Identity",
                "DW": 0,
                "W": f"[{widths}]",
            }
        )
        to_unicode = pdfdoc.PDFStream(
            content=_to_unicode_cmap({g: face.to_unicode[g] for g in used if g in face.to_unicode}),
            filters=[pdfdoc.PDFZCompress],
        )
        type0 = pdfdoc.PDFDictionary(
            {
                "Type": "/Font",
                "Subtype": "/Type0",
                "BaseFont": "/" + base_font,
                "Encoding": "/Identity-H",
                "DescendantFonts": pdfdoc.PDFArray([doc.Reference(cid_font)]),
                "ToUnicode": doc.Reference(to_unicode),
            }
        )
        ref = doc.Reference(type0, "KboThaiFont_" + self.resource_name)
        doc.idToObject["BasicFonts"].dict[self.resource_name] = ref
        logger.debug("embedded %s as /%s", base_font, self.resource_name)


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _to_unicode_cmap(mapping: dict[int, str]) -> str:
    entries = [f"<{gid:04X}> <{_utf16_hex(text)}>" for gid, text in sorted(mapping.items())]
    blocks = []
    for i in range(0, len(entries), 100):
        chunk = entries[i : i + 100]
        blocks.append(f"{len(chunk)} beginbfchar\n" + "\n".join(chunk) + "\nendbfchar")
    return (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        + "\n".join(blocks)
        + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    )


def embedded_font(canv: Canvas, bold: bool) -> _EmbeddedFont:
    """Sarabun as embedded in this canvas's document (its resource name and used glyphs).

    The first call for a face and document schedules the font for embedding.
    """
    doc = canv._doc
    fonts: dict[bool, _EmbeddedFont] | None = getattr(doc, _DOC_ATTR, None)
    if fonts is None:
        fonts = {}
        setattr(doc, _DOC_ATTR, fonts)
    embedded = fonts.get(bold)
    if embedded is None:
        face = get_face(bold)
        embedded = _EmbeddedFont(face, f"FKboSarabun{face.style}")
        fonts[bold] = embedded
        doc.delayedFonts.append(embedded)
    return embedded


def _fmt(v: float) -> str:
    s = f"{v:.3f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


class DrawnRun(NamedTuple):
    """A shaped run turned into ``TJ`` pieces once, for drawing it many times.

    The pieces do not depend on the point size (``TJ`` adjustments are in
    thousandths of an em) nor on where the run is drawn, except for the
    first glyph's adjustment, which depends on how far the viewer's pen is
    from HarfBuzz's when the run starts (``first_dx`` is kept for that).

    Attributes:
        groups: ``(rise, adjustment, hex)`` per stretch of glyphs drawn
            without a gap or a change of vertical offset: ``rise`` is the
            y offset in design units, ``adjustment`` the ``TJ`` number to put
            before the stretch (``None`` for none; unused for the first
            stretch), ``hex`` the glyph ids as 4-digit hex.
        first_dx: x offset of the first glyph, in design units.
        exit_delta: viewer's pen minus HarfBuzz's pen after the run.
        gids: the glyph ids drawn.
    """

    groups: tuple[tuple[int, str | None, str], ...]
    first_dx: int
    exit_delta: int
    gids: frozenset[int]


def compile_run(glyphs: Sequence[Glyph], face: ThaiFace) -> DrawnRun:
    """Prepare ``glyphs`` for :func:`line_operators` (see :class:`DrawnRun`)."""
    advances = face.advances
    to_tj = 1000.0 / face.upem
    groups: list[tuple[int, str | None, str]] = []
    rise, adjustment = 0, None
    hexes: list[str] = []
    pen = pdf = 0
    for k, g in enumerate(glyphs):
        target = pen + g.x_offset
        if k == 0:
            rise = g.y_offset
        elif g.y_offset != rise or target != pdf:
            groups.append((rise, adjustment, "".join(hexes)))
            rise, hexes = g.y_offset, []
            adjustment = _fmt(-(target - pdf) * to_tj) if target != pdf else None
        hexes.append(f"{g.gid:04X}")
        pdf = target + advances[g.gid]
        pen += g.x_advance
    if hexes:
        groups.append((rise, adjustment, "".join(hexes)))
    return DrawnRun(
        tuple(groups),
        glyphs[0].x_offset if glyphs else 0,
        pdf - pen,
        frozenset(g.gid for g in glyphs),
    )


@lru_cache(maxsize=65536)
def drawn_run(text: str, bold: bool = False) -> DrawnRun:
    """``text`` shaped (see :func:`~kbo_desktop.reports.shaping.shape`) and compiled, cached."""
    return compile_run(shape(text, bold).glyphs, get_face(bold))


def line_operators(
    face: ThaiFace,
    font_size: float,
    x: float,
    y: float,
    runs: Iterable[tuple[DrawnRun, float]],
    actual_text: str,
    used: set[int],
) -> str:
    """PDF text-object operators that draw one line of shaped runs.

    Args:
        face: The face the glyphs belong to.
        font_size: Size in points.
        x, y: Baseline origin of the line in the current user space.
        runs: ``(run, extra)`` pairs in drawing order (runs from
            :func:`drawn_run` or :func:`compile_run`); ``extra`` is added to
            the pen after the run, in design units (justification).
        actual_text: The exact source characters this line stands for.
        used: Receives the glyph ids drawn (the font subset to embed).

    Returns:
        Operators to be placed inside ``BT … ET`` after ``Tf``.
    """
    to_tj = 1000.0 / face.upem
    out: list[str] = []
    if actual_text:
        out.append(f"/Span <</ActualText <FEFF{_utf16_hex(actual_text)}>>> BDC")
    out.append(f"1 0 0 1 {_fmt(x)} {_fmt(y)} Tm")
    delta: float = 0  # the viewer's pen minus HarfBuzz's, design units
    rise = 0
    items: list[str] = []  # TJ array elements so far
    hexes: list[str] = []  # glyph hex not yet closed into an element of ``items``

    def flush_hex() -> None:
        if hexes:
            items.append("<" + "".join(hexes) + ">")
            hexes.clear()

    def flush_tj() -> None:
        flush_hex()
        if items:
            out.append("[" + " ".join(items) + "] TJ")
            items.clear()

    for run, extra in runs:
        groups = run.groups
        if len(groups) == 1 and groups[0][0] == rise and run.first_dx == delta:
            hexes.append(groups[0][2])  # the usual word: no gap, no rise change
            used |= run.gids
            delta = run.exit_delta - extra
            continue
        for index, (group_rise, adjustment, hex_ids) in enumerate(groups):
            if group_rise != rise:
                flush_tj()
                rise = group_rise
                out.append(f"{_fmt(rise * font_size / face.upem)} Ts")
            if index == 0:
                dx = run.first_dx - delta
                adjustment = _fmt(-dx * to_tj) if dx else None
            if adjustment is not None:
                flush_hex()
                items.append(adjustment)
            hexes.append(hex_ids)
        if groups:
            used |= run.gids
            delta = run.exit_delta
        delta -= extra
    flush_tj()
    if rise:
        out.append("0 Ts")
    if actual_text:
        out.append("EMC")
    return "\n".join(out)


def draw_lines(
    canv: Canvas, bold: bool, font_size: float, color: object, bodies: Sequence[str]
) -> None:
    """Emit already-built line operators in one text object with font and colour set."""
    if not bodies:
        return
    name = embedded_font(canv, bold).resource_name
    canv.saveState()
    if color is not None:
        canv.setFillColor(color)
    canv.addLiteral(f"BT /{name} {_fmt(font_size)} Tf\n" + "\n".join(bodies) + "\nET")
    canv.restoreState()
