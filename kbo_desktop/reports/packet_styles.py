"""The packet's look: paragraph styles, table grids and how values are written.

Sizes follow Thai official documents set in Sarabun: Google's Sarabun draws
larger than the TH Sarabun PSK of government templates, so 12 pt here reads
like the customary 16 pt there. Paragraphs indent their first line 2.5 cm, as
the ระเบียบงานสารบรรณ asks; tables use a thin black grid with a pale header.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeAlias

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Table, TableStyle

from kbo_desktop.domain.thai_dates import MONTHS_TH, MONTHS_TH_ABBR, be_year
from kbo_desktop.domain.thai_digits import to_thai_digits
from kbo_desktop.reports.thai_text import ThaiParagraph, ThaiParagraphStyle

INK = colors.black
MUTED = colors.HexColor("#555555")
ACCENT = colors.HexColor("#1F3864")  # the dark blue of Thai government templates
WARN = colors.HexColor("#B00020")
RULE = colors.HexColor("#404040")
HAIRLINE = colors.HexColor("#C8CDD5")
HEADER_FILL = colors.HexColor("#DCE3EE")
BAND_FILL = colors.HexColor("#F1F4F9")

CELL_PADDING = 3.0
Cell: TypeAlias = Flowable | list[Flowable] | str

_WEEKDAYS_TH = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")


@dataclass(frozen=True)
class PacketStyles:
    """Every paragraph style the packet uses, built once per render."""

    title: ThaiParagraphStyle
    subtitle: ThaiParagraphStyle
    cover_line: ThaiParagraphStyle
    heading: ThaiParagraphStyle
    section: ThaiParagraphStyle
    subsection: ThaiParagraphStyle
    body: ThaiParagraphStyle
    prose: ThaiParagraphStyle
    item: ThaiParagraphStyle
    note: ThaiParagraphStyle
    cell: ThaiParagraphStyle
    cell_bold: ThaiParagraphStyle
    cell_head: ThaiParagraphStyle
    cell_right: ThaiParagraphStyle
    cell_center: ThaiParagraphStyle
    cell_warn: ThaiParagraphStyle

    @classmethod
    def build(cls, body_size: float = 12.0, cell_size: float = 10.0) -> PacketStyles:
        body = ThaiParagraphStyle(font_size=body_size, leading=body_size * 1.5)
        cell = ThaiParagraphStyle(font_size=cell_size, leading=cell_size * 1.45)
        return cls(
            title=body.derive(
                font_size=22, leading=34, bold=True, alignment="center", color=ACCENT
            ),
            subtitle=body.derive(font_size=17, leading=27, bold=True, alignment="center"),
            cover_line=body.derive(font_size=14, leading=22, alignment="center"),
            heading=body.derive(font_size=17, leading=26, bold=True, color=ACCENT),
            section=body.derive(
                font_size=13.5, leading=21, bold=True, space_before=10, space_after=3
            ),
            subsection=body.derive(bold=True, left_indent=0.6 * cm, space_before=4),
            body=body,
            prose=body.derive(first_line_indent=2.5 * cm, space_after=3),
            item=body.derive(left_indent=1.6 * cm, first_line_indent=-0.6 * cm),
            note=body.derive(
                font_size=body_size - 1.5, leading=(body_size - 1.5) * 1.5, color=MUTED
            ),
            cell=cell,
            cell_bold=cell.derive(bold=True),
            cell_head=cell.derive(bold=True, alignment="center"),
            cell_right=cell.derive(alignment="right"),
            cell_center=cell.derive(alignment="center"),
            cell_warn=cell.derive(color=WARN),
        )


def para(text: str, style: ThaiParagraphStyle) -> ThaiParagraph:
    return ThaiParagraph(text, style)


def grid_table(
    rows: Sequence[Sequence[Cell]],
    fractions: Sequence[float],
    width: float,
    *,
    header_rows: int = 1,
    extra: Sequence[tuple] = (),
) -> Table:
    """A bordered table exactly ``width`` wide, columns sized by ``fractions``.

    Cells are ThaiParagraphs, which wrap to their column, so the table can
    never run past the margin. Columns are first widened to their widest word
    (see :func:`column_widths`) so no word is split; ``splitInRow`` lets a
    tall row continue on the next page, and header rows repeat there.
    """
    spans = [cmd for cmd in extra if cmd[0] == "SPAN"]
    table = Table(
        [list(row) for row in rows],
        colWidths=column_widths(rows, fractions, width, spans, CELL_PADDING * 2),
        repeatRows=header_rows,
        splitInRow=1,
        hAlign="LEFT",
    )
    commands: list[tuple] = [
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
        ]
    table.setStyle(TableStyle([*commands, *extra]))
    return table


def _cell_min_width(cell: Cell) -> float:
    items = cell if isinstance(cell, list) else [cell]
    return max((f.minWidth() for f in items if isinstance(f, Flowable)), default=0.0)


def column_widths(
    rows: Sequence[Sequence[Cell]],
    fractions: Sequence[float],
    width: float,
    spans: Sequence[tuple] = (),
    padding: float = 0.0,
) -> list[float]:
    """Widths in proportion to ``fractions``, summing exactly to ``width``, with
    every column at least as wide as its widest word (cells inside a ``SPAN``
    are left out of that measure).

    Thai has no spaces, so a too-narrow column would have to cut a word
    between clusters (``งบประมา|ณ``); taking the room from columns that have
    slack avoids that whenever the words can fit at all.
    """
    spanned: set[tuple[int, int]] = set()
    for _, (c0, r0), (c1, r1) in (cmd[:3] for cmd in spans):
        spanned |= {(c, r) for c in range(c0, c1 + 1) for r in range(r0, r1 + 1)}
    needs = [0.0] * len(fractions)
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if (c, r) not in spanned:
                needs[c] = max(needs[c], _cell_min_width(cell) + padding + 0.5)
    widths = fit_widths(fractions, width)
    if sum(needs) > width:  # cannot fit every word: stay proportional
        return widths
    for _ in range(len(widths)):
        short = [i for i, w in enumerate(widths) if w < needs[i] - 1e-6]
        if not short:
            break
        deficit = sum(needs[i] - widths[i] for i in short)
        for i in short:
            widths[i] = needs[i]
        slack = {
            i: widths[i] - needs[i]
            for i in range(len(widths))
            if i not in short and widths[i] > needs[i]
        }
        total_slack = sum(slack.values())
        for i, room in slack.items():
            widths[i] -= deficit * room / total_slack
    widths[-1] = width - sum(widths[:-1])
    return widths


def fit_widths(fractions: Sequence[float], total: float) -> list[float]:
    """Column widths in proportion to ``fractions`` that sum exactly to ``total``."""
    scale = total / sum(fractions)
    widths = [f * scale for f in fractions]
    widths[-1] = total - sum(widths[:-1])
    return widths


def baht(value: float | None) -> str:
    """Thousands separators; satang only when there are any (``15,000`` / ``1,250.50``)."""
    if value is None:
        return "–"
    return f"{value:,.0f}" if abs(value - round(value)) < 0.005 else f"{value:,.2f}"


def percent(value: int | None) -> str:
    return "–" if value is None else f"{value}%"


def short_date(value: date | None) -> str:
    """``21 มี.ค. 66``: a Buddhist Era date short enough for a narrow table column."""
    if value is None:
        return "–"
    return f"{value.day} {MONTHS_TH_ABBR[value.month - 1]} {be_year(value.year) % 100:02d}"


def long_date_with_weekday(value: date) -> str:
    """``วันอังคารที่ 21 มีนาคม 2566``, as a meeting notice writes its date."""
    weekday = _WEEKDAYS_TH[value.weekday()]
    return f"วัน{weekday}ที่ {value.day} {MONTHS_TH[value.month - 1]} {be_year(value.year)}"


def page_label(number: int) -> str:
    """``- ๒ -``: the page number of a Thai official document, in Thai digits."""
    return f"- {to_thai_digits(str(number))} -"


def label_color(expired: bool, expiring: bool) -> Color:
    return WARN if (expired or expiring) else INK
