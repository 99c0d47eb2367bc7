"""Thai text for ReportLab: a paragraph flowable and one-line canvas helpers.

This is the public face of the Thai typesetting layer. Plain ReportLab gets
Thai wrong in three ways (tone marks drawn into upper vowels, lines broken
inside words, private-use characters when copying); the modules behind this
one fix each:

* :mod:`.shaping` — HarfBuzz glyphs and positions, cached per word;
* :mod:`.linebreak` — newmm words, breaks only between words or at spaces;
* :mod:`.pdf_glyphs` — glyph-id drawing with ActualText, so text copies back.

Typical use in a story::

    body = ThaiParagraphStyle(font_size=14, first_line_indent=36)
    story = [ThaiParagraph("โครงการส่งเสริมผลิตภัณฑ์ OTOP ...", body)]

and in a page callback::

    draw_thai_string(canvas, 72, 40, "หน้า ๑", 10, align="right")
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from typing import Any, Literal

from reportlab.lib.colors import Color, black
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus.flowables import Flowable

from kbo_desktop.domain import thai_words
from kbo_desktop.reports import linebreak, pdf_glyphs, shaping
from kbo_desktop.reports.fonts import get_face, register_thai_fonts
from kbo_desktop.reports.linebreak import Line, layout, widest_word, words
from kbo_desktop.reports.pdf_glyphs import draw_lines, drawn_run, embedded_font, line_operators
from kbo_desktop.reports.shaping import shape

logger = logging.getLogger(__name__)

Alignment = Literal["left", "center", "right", "justify"]
_RL_ALIGN = {0: "left", 1: "center", 2: "right", 4: "justify"}  # reportlab.lib.enums TA_*

__all__ = [
    "Alignment",
    "ThaiParagraph",
    "ThaiParagraphStyle",
    "clear_caches",
    "draw_thai_string",
    "register_thai_fonts",
    "thai_string_width",
]


@dataclass(frozen=True)
class ThaiParagraphStyle:
    """How a :class:`ThaiParagraph` looks. Immutable; use :meth:`derive`.

    Attributes:
        font_size: Point size of Sarabun.
        leading: Distance between baselines in points; ``None`` means
            1.5 × ``font_size``, enough for stacked marks above and below.
        bold: Sarabun Bold instead of Regular.
        color: Fill colour (a ReportLab ``Color`` or a name like ``"navy"``).
        alignment: ``"left"``, ``"center"``, ``"right"`` or ``"justify"``
            (ReportLab's ``TA_*`` integers are accepted too). Justify only
            stretches spaces already in the text, because widening the gaps
            between Thai words would show spaces the author never typed; a
            line without spaces stays left-aligned.
        first_line_indent: Extra indent of the first line (Thai official
            documents indent each paragraph, typically 2.5 cm).
        left_indent / right_indent: Indents of every line, in points.
        space_before / space_after: Vertical space around the paragraph;
            dropped at a page break like ReportLab's.
    """

    font_size: float = 14.0
    leading: float | None = None
    bold: bool = False
    color: Color | str = black
    alignment: Alignment | int = "left"
    first_line_indent: float = 0.0
    left_indent: float = 0.0
    right_indent: float = 0.0
    space_before: float = 0.0
    space_after: float = 0.0

    @property
    def line_height(self) -> float:
        """The effective leading in points."""
        return self.leading if self.leading is not None else 1.5 * self.font_size

    @property
    def align(self) -> Alignment:
        """Alignment normalised to its name."""
        if isinstance(self.alignment, int):
            return _RL_ALIGN.get(self.alignment, "left")  # type: ignore[return-value]
        return self.alignment

    def derive(self, **changes: Any) -> ThaiParagraphStyle:
        """A copy with some fields changed, e.g. ``body.derive(bold=True)``."""
        return dataclasses.replace(self, **changes)


DEFAULT_STYLE = ThaiParagraphStyle()


def _line_runs(line: Line, bold: bool, extra_per_space: float) -> list[tuple[Any, float]]:
    if not extra_per_space:
        return [(drawn_run(tok.text, bold), 0.0) for tok in line.tokens]
    return [(drawn_run(t.text, bold), extra_per_space if t.is_space else 0.0) for t in line.tokens]


class ThaiParagraph(Flowable):
    """A paragraph of Thai (and mixed Thai/Latin) text for platypus stories.

    Works in frames and in ``Table`` cells: ``wrap`` breaks lines to the width
    it is given, ``split`` cuts between lines so a long paragraph flows onto
    the next page (never raising ``LayoutError`` as ReportLab's shaped
    ``Paragraph`` does), and ``minWidth`` lets auto-sized table columns fit the
    widest word. Explicit ``\\n`` in the text starts a new line.

    Args:
        text: Plain text (no markup); ``\\r\\n`` is treated as ``\\n`` and a tab
            as a space (Sarabun has no tab glyph).
        style: Appearance; defaults to 14 pt Sarabun Regular, left-aligned.
    """

    def __init__(self, text: str, style: ThaiParagraphStyle | None = None) -> None:
        super().__init__()
        self.text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
        self.style = style or DEFAULT_STYLE
        self._continuation = False  # a piece after a page break: no first-line indent
        self._space_before = self.style.space_before
        self._space_after = self.style.space_after
        self._layout_width: float | None = None
        self._lines: list[Line] = []

    # -- layout -------------------------------------------------------------
    def _text_width(self, avail_width: float) -> float:
        s = self.style
        return max(avail_width - s.left_indent - s.right_indent, 1.0)

    def _first_indent(self) -> float:
        return 0.0 if self._continuation else self.style.first_line_indent

    def _layout(self, avail_width: float) -> list[Line]:
        if self._layout_width != avail_width:
            s = self.style
            width = self._text_width(avail_width)
            self._lines = layout(
                self.text, s.bold, s.font_size, max(width - self._first_indent(), 1.0), width
            )
            self._layout_width = avail_width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """Break the text for ``availWidth``; return the size it needs."""
        lines = self._layout(availWidth)
        self.width = availWidth
        self.height = len(lines) * self.style.line_height
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        """Cut between lines so the first piece fits ``availHeight``."""
        lines = self._layout(availWidth)
        fit = int((availHeight + 1e-6) // self.style.line_height)
        if fit <= 0:
            return []
        if fit >= len(lines):
            return [self]
        cut = lines[fit].start
        head_text = self.text[:cut]
        if head_text.endswith("\n"):
            head_text = head_text[:-1]
        head = self._piece(head_text, lines[:fit], 0, availWidth, self._continuation)
        head._space_after = 0.0
        tail = self._piece(self.text[cut:], lines[fit:], cut, availWidth, True)
        tail._space_before = 0.0
        tail._space_after = self._space_after
        head._space_before = self._space_before
        logger.debug("split paragraph after line %d of %d", fit, len(lines))
        return [head, tail]

    def _piece(
        self, text: str, lines: list[Line], offset: int, width: float, continuation: bool
    ) -> ThaiParagraph:
        """A paragraph for some of our lines, keeping the layout already computed."""
        piece = type(self)(text, self.style)
        piece._continuation = continuation
        piece._lines = [ln._replace(start=ln.start - offset, end=ln.end - offset) for ln in lines]
        piece._layout_width = width
        return piece

    def minWidth(self) -> float:  # noqa: N802 (ReportLab API)
        """Width of the widest word plus indents, for auto-sized table columns."""
        s = self.style
        return (
            widest_word(self.text, s.bold, s.font_size)
            + s.left_indent
            + s.right_indent
            + s.first_line_indent
        )

    def getSpaceBefore(self) -> float:  # noqa: N802 (ReportLab API)
        return self._space_before

    def getSpaceAfter(self) -> float:  # noqa: N802 (ReportLab API)
        return self._space_after

    def wrapped_lines(self) -> list[str]:
        """Source text of each line from the last ``wrap`` (hanging spaces included).

        Joining them gives back the text without its newlines; useful to
        check where lines were broken.
        """
        return [ln.source for ln in self._lines]

    # -- drawing ------------------------------------------------------------
    def draw(self) -> None:
        s = self.style
        face = get_face(s.bold)
        scale = s.font_size / face.upem
        leading = s.line_height
        width = self._text_width(self.width)
        # Baseline sits so that ascent+descent is centred in the line box.
        content = (face.ascent - face.descent) * scale
        baseline_from_top = (leading - content) / 2 + face.ascent * scale
        align = s.align
        used = embedded_font(self.canv, s.bold).used
        bodies = []
        for i, line in enumerate(self._lines):
            if not line.tokens:
                continue
            indent = s.left_indent + (self._first_indent() if i == 0 else 0.0)
            room = width - (indent - s.left_indent) - line.advance * scale
            x, extra = indent, 0.0
            if align == "center":
                x += room / 2
            elif align == "right":
                x += room
            elif align == "justify" and not line.last_of_hard_line and room > 0:
                spaces = sum(1 for t in line.tokens if t.is_space)
                if spaces:
                    extra = room / scale / spaces
            y = self.height - i * leading - baseline_from_top
            runs = _line_runs(line, s.bold, extra)
            bodies.append(line_operators(face, s.font_size, x, y, runs, line.source, used))
        draw_lines(self.canv, s.bold, s.font_size, s.color, bodies)

    def __repr__(self) -> str:
        return f"ThaiParagraph({self.text[:30]!r}...)"

    def identity(self, maxLen: int | None = None) -> str:  # noqa: N803 (ReportLab API)
        return repr(self)


def thai_string_width(text: str, font_size: float, bold: bool = False) -> float:
    """Width in points of ``text`` set on one line (shaped, as drawn)."""
    face = get_face(bold)
    total = sum(shape(w, bold).advance for w in words(text.replace("\n", " ")))
    return total * font_size / face.upem


def draw_thai_string(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    font_size: float,
    bold: bool = False,
    align: Literal["left", "center", "right"] = "left",
    color: Color | str | None = None,
) -> float:
    """Draw one line of Thai text on a canvas (headers, footers, labels).

    No line breaking is done; newlines are drawn as spaces.

    Args:
        canvas: The ReportLab canvas (e.g. in an ``onPage`` callback).
        x: Left edge, centre or right edge depending on ``align``.
        y: Baseline.
        text: The text.
        font_size: Size in points.
        bold: Use Sarabun Bold.
        align: Which point of the text ``x`` refers to.
        color: Fill colour; ``None`` keeps the canvas's current fill colour.

    Returns:
        The drawn width in points.
    """
    flat = text.replace("\n", " ").replace("\t", " ")
    face = get_face(bold)
    toks = words(flat)
    runs = [(drawn_run(w, bold), 0.0) for w in toks]
    width = sum(shape(w, bold).advance for w in toks) * font_size / face.upem
    if align == "center":
        x -= width / 2
    elif align == "right":
        x -= width
    body = line_operators(face, font_size, x, y, runs, flat, embedded_font(canvas, bold).used)
    draw_lines(canvas, bold, font_size, color, [body])
    return width


def clear_caches() -> None:
    """Forget every word, shape and line remembered so far (not the fonts or dictionary).

    Text set after this costs what text never seen before costs; the
    benchmarks use it to measure a packet of new text.
    """
    thai_words.segment.cache_clear()
    thai_words.forget_lookups()
    for cached in (
        linebreak.words,
        linebreak._chunk_words,
        linebreak.clusters,
        linebreak._line_units,
        shaping._shape_cached,
        pdf_glyphs.drawn_run,
    ):
        cached.cache_clear()
