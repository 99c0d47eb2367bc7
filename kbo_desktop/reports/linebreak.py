"""Line breaking for Thai: between words, never inside a character cluster.

Thai writes words without spaces, so a line may end between any two words but
never inside one (``โครงการส่|งเสริม`` is wrong) and never between a consonant
and its marks. Words come from pythainlp's dictionary-based ``newmm``
tokenizer, whose boundaries always fall on Thai Character Cluster edges.
Spaces in the source are kept; a space where a line ends "hangs" (is not drawn
and does not count against the width) but stays in the line's source range so
that copying the PDF text gives it back. No space is ever added.

If one word is wider than the whole line (a long URL or compound in a narrow
table cell), it is broken between Thai Character Clusters as a last resort.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from pythainlp.tokenize import subword_tokenize

from kbo_desktop.domain.thai_words import segment
from kbo_desktop.reports.fonts import get_face
from kbo_desktop.reports.shaping import shape

logger = logging.getLogger(__name__)

_SPACES = frozenset(" \t\u3000")
# Characters that continue the cluster of the character before them.
_CLUSTER_CONTINUERS = frozenset("\u0e30\u0e32\u0e33\u0e45")
# A line must not start with these (closing punctuation, repetition mark ๆ, ฯ).
_NO_BREAK_BEFORE = frozenset(")]}>,.:;!?%\u2026\u201d\u2019\u00bb\u0e46\u0e2f")
# A line must not end with these (opening punctuation, Thai leading vowels).
_NO_BREAK_AFTER = frozenset("([{<\u201c\u2018\u00ab\u0e40\u0e41\u0e42\u0e43\u0e44")


def is_thai_letter(ch: str) -> bool:
    """True for Thai letters, vowels and marks (not Thai digits)."""
    return "\u0e01" <= ch <= "\u0e4f"


def continues_cluster(ch: str) -> bool:
    """True if ``ch`` cannot start a cluster (a combining mark or following vowel)."""
    return ch in _CLUSTER_CONTINUERS or unicodedata.category(ch) == "Mn"


_WHITESPACE_RUN = re.compile(r"([ \t\u3000]+)")


@lru_cache(maxsize=16384)
def _chunk_words(chunk: str) -> tuple[str, ...]:
    """newmm words of a space-free chunk; chunks recur across paragraphs, so cache them."""
    raw = list(segment(chunk))
    if "".join(raw) != chunk:  # defensive: the tokenizer must not rewrite text
        logger.warning("newmm changed the text; falling back to clusters: %r", chunk[:40])
        raw = subword_tokenize(chunk, engine="tcc")
    return tuple(p for p in raw if p)


@lru_cache(maxsize=8192)
def words(text: str) -> tuple[str, ...]:
    """Split one line of text into newmm words and whitespace runs (cached).

    newmm never joins across a space, so each space-delimited chunk is
    segmented on its own (and cached). The pieces always concatenate back to
    ``text``. A piece that would start with a combining mark is glued to the
    piece before it, so no word boundary ever falls inside a cluster even on
    unusual input.
    """
    out: list[str] = []
    for chunk in _WHITESPACE_RUN.split(text):
        if not chunk:
            continue
        pieces = (chunk,) if chunk[0] in _SPACES else _chunk_words(chunk)
        for piece in pieces:
            if out and continues_cluster(piece[0]):
                out[-1] += piece
            else:
                out.append(piece)
    return tuple(out)


@lru_cache(maxsize=4096)
def clusters(text: str) -> tuple[str, ...]:
    """Thai Character Clusters of ``text``: the only legal emergency break points."""
    out: list[str] = []
    for piece in subword_tokenize(text, engine="tcc"):
        if out and piece and continues_cluster(piece[0]):
            out[-1] += piece
        elif piece:
            out.append(piece)
    return tuple(out)


class Token(NamedTuple):
    """A word or whitespace run placed in a paragraph (a tuple: cheap to make by the thousand).

    Attributes:
        text: The characters, exactly as in the source.
        start: Offset of ``text`` in the paragraph's text.
        is_space: Whitespace run (a break opportunity; hangs at a line end).
        advance: Shaped width in design units.
    """

    text: str
    start: int
    is_space: bool
    advance: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


class Line(NamedTuple):
    """One laid-out line (a tuple; ``line._replace(start=...)`` gives a changed copy).

    Attributes:
        start / end: Source range, including a hanging space at the end, so
            that joining every line's source gives back the paragraph.
        tokens: Tokens to draw (a hanging space is not among them).
        source: The exact source characters of the line, hanging space
            included (what copying the line gives back).
        advance: Drawn width in design units.
        last_of_hard_line: The line ends at a newline or the end of the text
            (justified text leaves such lines ragged).
    """

    start: int
    end: int
    tokens: tuple[Token, ...]
    source: str
    advance: int
    last_of_hard_line: bool


class _Unit(NamedTuple):
    """Tokens that must stay on one line, plus the spaces after them.

    Immutable, so the units of a line of text can be cached and shared by every
    paragraph (and every width) that sets the same text.
    """

    content: tuple[Token, ...]
    spaces: tuple[Token, ...]
    content_advance: int
    space_advance: int


def _unit(content: list[Token], spaces: list[Token]) -> _Unit:
    return _Unit(
        tuple(content),
        tuple(spaces),
        sum(t.advance for t in content),
        sum(t.advance for t in spaces),
    )


def _break_allowed(left: str, right: str) -> bool:
    """May a line end between two adjacent (non-space) words?"""
    a, b = left[-1], right[0]
    if b in _NO_BREAK_BEFORE or a in _NO_BREAK_AFTER or continues_cluster(b):
        return False
    # Between two Latin/digit words with no space ("3.5", "OTOP/KBO") do not break.
    return is_thai_letter(a) or is_thai_letter(b)


def _make_token(text: str, start: int, bold: bool) -> Token:
    return Token(text, start, text[0] in _SPACES, shape(text, bold).advance)


@lru_cache(maxsize=8192)
def _line_units(line: str, bold: bool) -> tuple[_Unit, ...]:
    """Unbreakable units of a newline-free text, tokens at offsets from its start.

    This is the costly part of breaking a line (segmenting into words and
    shaping each), and it does not depend on the width, so it is done once per
    text and face however many times and at whatever widths the text is set.
    """
    groups: list[tuple[list[Token], list[Token]]] = []
    pos = 0
    prev: Token | None = None
    for piece in words(line):
        tok = _make_token(piece, pos, bold)
        pos += len(piece)
        if not groups:
            groups.append(([tok], []))
        elif tok.is_space:
            groups[-1][1].append(tok)
        elif prev is not None and prev.is_space:
            if tok.text[0] in _NO_BREAK_BEFORE:  # "ดี ๆ": keep ๆ with its word
                content, spaces = groups[-1]
                content.extend(spaces)
                spaces.clear()
                content.append(tok)
            else:
                groups.append(([tok], []))
        elif prev is not None and _break_allowed(prev.text, tok.text):
            groups.append(([tok], []))
        else:
            groups[-1][0].append(tok)
        prev = tok
    return tuple(_unit(content, spaces) for content, spaces in groups)


def _rebased(unit: _Unit, base: int) -> _Unit:
    def move(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
        return tuple(Token(t.text, t.start + base, t.is_space, t.advance) for t in tokens)

    return _Unit(move(unit.content), move(unit.spaces), unit.content_advance, unit.space_advance)


def _units(line: str, base: int, bold: bool) -> list[_Unit]:
    units = _line_units(line, bold)
    return list(units) if not base else [_rebased(u, base) for u in units]


def _explode(unit: _Unit, bold: bool) -> list[_Unit]:
    """Split an over-wide unit at cluster boundaries (last resort)."""
    text = "".join(t.text for t in unit.content)
    pos = unit.content[0].start
    pieces: list[_Unit] = []
    for cl in clusters(text):
        pieces.append(_unit([_make_token(cl, pos, bold)], []))
        pos += len(cl)
    last = pieces[-1]
    pieces[-1] = _Unit(last.content, unit.spaces, last.content_advance, unit.space_advance)
    return pieces


def _emit(units: list[_Unit], line: str, base: int, advance: int, last: bool) -> Line:
    """The line made of ``units`` (taken from ``line``, which starts at ``base``)."""
    ordered: list[Token] = []
    for u in units[:-1]:
        ordered += u.content
        ordered += u.spaces
    tail = units[-1]
    ordered += tail.content
    end_tok = tail.spaces[-1] if tail.spaces else tail.content[-1]
    start, end = units[0].content[0].start, end_tok.start + len(end_tok.text)
    return Line(
        start=start,
        end=end,
        tokens=tuple(ordered),
        source=line[start - base : end - base],
        advance=advance,
        last_of_hard_line=last,
    )


def break_hard_line(
    line: str, base: int, bold: bool, first_width: float, width: float
) -> list[Line]:
    """Break one newline-free piece of text into lines.

    Args:
        line: Text without newlines.
        base: Offset of ``line`` in the paragraph text (recorded in tokens).
        bold: Shape with Sarabun Bold.
        first_width: Available width of the first line, in design units
            (narrower when the paragraph has a first-line indent).
        width: Available width of the following lines, in design units.

    Returns:
        At least one line; an empty ``line`` gives one empty line.
    """
    if not line:
        return [Line(base, base, (), "", 0, True)]
    units = _units(line, base, bold)
    lines: list[Line] = []
    current: list[_Unit] = []
    used = 0  # content of current units plus the spaces between them (and after the last)
    avail = first_width
    i = 0
    while i < len(units):
        unit = units[i]
        cw = unit.content_advance
        if current and used + cw > avail:
            lines.append(_emit(current, line, base, used - current[-1].space_advance, False))
            current, used, avail = [], 0, width
        if not current and cw > avail:
            exploded = _explode(unit, bold)
            if len(exploded) > 1:
                units[i : i + 1] = exploded
                continue
        current.append(unit)
        used += cw + unit.space_advance
        i += 1
    lines.append(_emit(current, line, base, used - current[-1].space_advance, True))
    return lines


def layout(text: str, bold: bool, font_size: float, first_width: float, width: float) -> list[Line]:
    """Lay out a whole paragraph (explicit ``\\n`` starts a new line).

    Args:
        text: Paragraph text; ``\\n`` forces a line break.
        bold: Shape with Sarabun Bold.
        font_size: Size in points (widths are converted to design units).
        first_width: Width in points available to the paragraph's first line.
        width: Width in points available to the other lines.
    """
    scale = get_face(bold).upem / font_size
    if "\n" not in text:
        return break_hard_line(text, 0, bold, first_width * scale, width * scale)
    lines: list[Line] = []
    base = 0
    for i, hard in enumerate(text.split("\n")):
        fw = first_width if i == 0 else width
        lines.extend(break_hard_line(hard, base, bold, fw * scale, width * scale))
        base += len(hard) + 1
    return lines


def widest_word(text: str, bold: bool, font_size: float) -> float:
    """Width in points of the widest unbreakable word, for table auto-sizing."""
    scale = font_size / get_face(bold).upem
    best = 0
    for hard in text.split("\n") if "\n" in text else (text,):
        for unit in _line_units(hard, bold) if hard else ():
            if unit.content_advance > best:
                best = unit.content_advance
    return best * scale
