"""HarfBuzz shaping of short runs (words), cached in design units.

Shaping is what makes Thai marks stack: Sarabun swaps a tone mark for a raised
variant (``uni0E48.small``) when an upper vowel sits below it, and nudges marks
with GPOS offsets. We shape one word at a time because words are the unit the
line breaker moves around, and a word's glyphs never depend on its neighbours
(every Thai cluster lies inside a newmm word). Results are kept in design units
so one cache entry serves every point size.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import NamedTuple

import uharfbuzz as hb

from kbo_desktop.reports.fonts import ThaiFace, get_face

logger = logging.getLogger(__name__)


class Glyph(NamedTuple):
    """One positioned glyph, all distances in design units.

    Attributes:
        gid: Glyph id in the font.
        cluster: Index in the shaped text of the first character this glyph
            belongs to (HarfBuzz cluster value); several glyphs can share one.
        x_advance: How far the pen moves after this glyph.
        x_offset / y_offset: Where the glyph is drawn relative to the pen
            (GPOS mark attachment).
    """

    gid: int
    cluster: int
    x_advance: int
    x_offset: int
    y_offset: int


class ShapedRun(NamedTuple):
    """Glyphs of one shaped string and its total advance in design units."""

    glyphs: tuple[Glyph, ...]
    advance: int


_FEATURES: dict[str, bool] = {"kern": True, "liga": True}


def _shape_uncached(text: str, face: ThaiFace) -> ShapedRun:
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(face.hb_font, buf, _FEATURES)
    glyphs = tuple(
        Glyph(info.codepoint, info.cluster, pos.x_advance, pos.x_offset, pos.y_offset)
        for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True)
    )
    return ShapedRun(glyphs, sum(g.x_advance for g in glyphs))


@lru_cache(maxsize=65536)
def _shape_cached(text: str, bold: bool) -> ShapedRun:
    return _shape_uncached(text, get_face(bold))


def shape(text: str, bold: bool = False) -> ShapedRun:
    """Shape ``text`` with Sarabun Regular or Bold (cached per word and face).

    Args:
        text: A short run, typically one word or one space; it must not contain
            a newline.
        bold: Use Sarabun Bold.

    Returns:
        The glyphs in visual order with positions in design units; multiply by
        ``font_size / face.upem`` for points.
    """
    return _shape_cached(text, bold)


def text_width(text: str, font_size: float, bold: bool = False) -> float:
    """Advance width of ``text`` in points when shaped as a single run."""
    face = get_face(bold)
    return _shape_cached(text, bold).advance * font_size / face.upem


def cache_info() -> str:
    """Shaping cache statistics, for the benchmark's log."""
    return str(_shape_cached.cache_info())
