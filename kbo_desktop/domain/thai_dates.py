"""Buddhist Era dates and the Thai fiscal year.

Dates are stored as ISO Gregorian dates and shown in the Buddhist Era
(``6 ธ.ค. 2565``). The Thai fiscal year runs 1 October to 30 September and is
named by the Buddhist Era year in which it ends: FY 2566 is
1 Oct 2022 – 30 Sep 2023.
"""

from __future__ import annotations

import re
from datetime import date

from kbo_desktop.domain.thai_digits import to_arabic_digits, to_thai_digits

BE_OFFSET = 543

MONTHS_TH = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)  # fmt: skip
MONTHS_TH_ABBR = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)  # fmt: skip
MONTHS_EN_ABBR = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def be_year(gregorian_year: int) -> int:
    return gregorian_year + BE_OFFSET


def ce_year(be: int) -> int:
    return be - BE_OFFSET


def format_thai_date(
    value: date | None, style: str = "short", *, thai_digits: bool = False, language: str = "th"
) -> str:
    """``6 ธ.ค. 2565`` (short), ``6 ธันวาคม 2565`` (long) or ``6/12/2565`` (numeric).

    With ``language="en"`` the month is named in English (``6 Dec 2565``,
    ``6 December 2565``); the year stays Buddhist Era either way.
    Returns an empty string for ``None`` so optional dates print as blanks.
    """
    if value is None:
        return ""
    year = be_year(value.year)
    english = language == "en"
    if style == "long":
        month = (MONTHS_EN if english else MONTHS_TH)[value.month - 1]
        text = f"{value.day} {month} {year}"
    elif style == "numeric":
        text = f"{value.day}/{value.month}/{year}"
    else:
        month = (MONTHS_EN_ABBR if english else MONTHS_TH_ABBR)[value.month - 1]
        text = f"{value.day} {month} {year}"
    return to_thai_digits(text) if thai_digits else text


_MONTH_LOOKUP = {
    **{name: i + 1 for i, name in enumerate(MONTHS_TH)},
    **{abbr: i + 1 for i, abbr in enumerate(MONTHS_TH_ABBR)},
    **{abbr.replace(".", ""): i + 1 for i, abbr in enumerate(MONTHS_TH_ABBR)},
    **{abbr.lower(): i + 1 for i, abbr in enumerate(MONTHS_EN_ABBR)},
    **{name.lower(): i + 1 for i, name in enumerate(MONTHS_EN)},
}


def parse_thai_date(text: str) -> date:
    """Read a date as people type it: ``6 ธ.ค. 2565``, ``6/12/2565``, ``2022-12-06``.

    Years of 2400 and more are taken as Buddhist Era, smaller ones as Gregorian.
    A two-digit year (``6 ธ.ค. 65``) is Buddhist Era, as in the seeds' news text.

    Raises:
        ValueError: with a message naming what could not be read.
    """
    raw = to_arabic_digits(text.strip())
    if not raw:
        raise ValueError("empty date")
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", raw)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
    else:
        numeric = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})", raw)
        worded = re.fullmatch(r"(\d{1,2})\s*([^\d\s]+)\s*(\d{2,4})", raw)
        if numeric:
            day, month, year = (int(g) for g in numeric.groups())
        elif worded:
            day, year = int(worded.group(1)), int(worded.group(3))
            month_name = worded.group(2).strip().lower()
            if month_name not in _MONTH_LOOKUP:
                raise ValueError(f"unknown month {worded.group(2)!r}")
            month = _MONTH_LOOKUP[month_name]
        else:
            raise ValueError(f"not a date: {text!r}")
    if year < 100:
        year += 2500
    if year >= 2400:
        year = ce_year(year)
    return date(year, month, day)


def fiscal_year_be(value: date) -> int:
    """The Thai fiscal year (Buddhist Era) a date falls in."""
    year = value.year + 1 if value.month >= 10 else value.year
    return be_year(year)


def fiscal_year_bounds(fy_be: int) -> tuple[date, date]:
    """First and last day of a Thai fiscal year named in the Buddhist Era."""
    end_year = ce_year(fy_be)
    return date(end_year - 1, 10, 1), date(end_year, 9, 30)


def format_fiscal_year(fy_be: int, language: str = "th") -> str:
    return f"ปีงบประมาณ {fy_be}" if language == "th" else f"FY {fy_be}"


def add_years(value: date, years: int) -> date:
    """The same day ``years`` later; 29 February becomes 28 February in a common year."""
    try:
        return value.replace(year=value.year + years)
    except ValueError:
        return value.replace(year=value.year + years, day=28)
