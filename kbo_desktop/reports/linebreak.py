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
from collections import deque
from dataclasses import dataclass
from functools import lru_cache

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


@dataclass(frozen=True, slots=True)
class Token:
    """A word or whitespace run placed in a paragraph.

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


@dataclass(frozen=True, slots=True)
class Line:
    """One laid-out line.

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


@dataclass(slots=True)
class _Unit:
    """Tokens that must stay on one line, plus the spaces after them."""

    content: list[Token]
    spaces: list[Token]

    @property
    def content_advance(self) -> int:
        return sum(t.advance for t in self.content)

    @property
    def space_advance(self) -> int:
        return sum(t.advance for t in self.spaces)


def _break_allowed(left: str, right: str) -> bool:
    """May a line end between two adjacent (non-space) words?"""
    a, b = left[-1], right[0]
    if b in _NO_BREAK_BEFORE or a in _NO_BREAK_AFTER or continues_cluster(b):
        return False
    # Between two Latin/digit words with no space ("3.5", "OTOP/KBO") do not break.
    return is_thai_letter(a) or is_thai_letter(b)


def _make_token(text: str, start: int, bold: bool) -> Token:
    return Token(text, start, text[0] in _SPACES, shape(text, bold).advance)


def _units(line: str, base: int, bold: bool) -> list[_Unit]:
    units: list[_Unit] = []
    pos = base
    prev: Token | None = None
    for piece in words(line):
        tok = _make_token(piece, pos, bold)
        pos += len(piece)
        if not units:
            units.append(_Unit([tok], []))
        elif tok.is_space:
            units[-1].spaces.append(tok)
        elif prev is not None and prev.is_space:
            if tok.text[0] in _NO_BREAK_BEFORE:  # "ดี ๆ": keep ๆ with its word
                unit = units[-1]
                unit.content.extend(unit.spaces)
                unit.spaces = []
                unit.content.append(tok)
            else:
                units.append(_Unit([tok], []))
        elif prev is not None and _break_allowed(prev.text, tok.text):
            units.append(_Unit([tok], []))
        else:
            units[-1].content.append(tok)
        prev = tok
    return units


def _explode(unit: _Unit, bold: bool) -> list[_Unit]:
    """Split an over-wide unit at cluster boundaries (last resort)."""
    text = "".join(t.text for t in unit.content)
    pos = unit.content[0].start
    pieces: list[_Unit] = []
    for cl in clusters(text):
        pieces.append(_Unit([_make_token(cl, pos, bold)], []))
        pos += len(cl)
    pieces[-1].spaces = unit.spaces
    return pieces


def _emit(units: list[_Unit], last: bool) -> Line:
    ordered: list[Token] = []
    for u in units[:-1]:
        ordered.extend(u.content)
        ordered.extend(u.spaces)
    ordered.extend(units[-1].content)
    hanging = units[-1].spaces
    end_tok = hanging[-1] if hanging else units[-1].content[-1]
    return Line(
        start=units[0].content[0].start,
        end=end_tok.end,
        tokens=tuple(ordered),
        source="".join(t.text for t in ordered) + "".join(t.text for t in hanging),
        advance=sum(t.advance for t in ordered),
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
    pending = deque(_units(line, base, bold))
    lines: list[Line] = []
    current: list[_Unit] = []
    used = 0  # content of current units plus the spaces between them
    avail = first_width
    while pending:
        unit = pending.popleft()
        cw = unit.content_advance
        if current and used + cw > avail:
            lines.append(_emit(current, last=False))
            current, used, avail = [], 0, width
        if not current and cw > avail:
            exploded = _explode(unit, bold)
            if len(exploded) > 1:
                pending.extendleft(reversed(exploded))
                continue
        current.append(unit)
        used += cw + unit.space_advance
    lines.append(_emit(current, last=True))
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
    for hard in text.split("\n"):
        for unit in _units(hard, 0, bold) if hard else []:
            best = max(best, unit.content_advance)
    return best * scale
