from datetime import date

import pytest

from kbo_desktop.domain.thai_dates import (
    fiscal_year_be,
    fiscal_year_bounds,
    format_thai_date,
    parse_thai_date,
)


def test_dates_are_shown_in_the_buddhist_era_as_in_the_news():
    assert format_thai_date(date(2022, 12, 6)) == "6 ธ.ค. 2565"
    assert format_thai_date(date(2023, 1, 19), "long") == "19 มกราคม 2566"
    assert format_thai_date(date(2023, 1, 19), "numeric", thai_digits=True) == "๑๙/๑/๒๕๖๖"
    assert format_thai_date(None) == ""


@pytest.mark.parametrize(
    "typed",
    ["6 ธ.ค. 2565", "6 ธ.ค. 65", "6 ธันวาคม 2565", "6/12/2565", "๖/๑๒/๒๕๖๕", "2022-12-06", "6 Dec 2565"],
)
def test_dates_typed_the_usual_thai_ways_are_read(typed):
    assert parse_thai_date(typed) == date(2022, 12, 6)


@pytest.mark.parametrize("typed", ["", "31/2/2566", "6 ธค 2565x", "tomorrow"])
def test_unreadable_dates_are_refused(typed):
    with pytest.raises(ValueError):
        parse_thai_date(typed)


def test_fiscal_year_2566_runs_from_october_2022_to_september_2023():
    assert fiscal_year_bounds(2566) == (date(2022, 10, 1), date(2023, 9, 30))
    assert fiscal_year_be(date(2022, 10, 1)) == 2566
    assert fiscal_year_be(date(2022, 9, 30)) == 2565
    assert fiscal_year_be(date(2023, 9, 30)) == 2566


def test_a_leap_day_moved_to_a_common_year_becomes_28_february():
    from kbo_desktop.domain.thai_dates import add_years

    assert add_years(date(2024, 2, 29), 3) == date(2027, 2, 28)
    assert add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)


def test_thai_and_arabic_digits_convert_one_for_one() -> None:
    from kbo_desktop.domain.thai_digits import to_arabic_digits, to_thai_digits

    assert to_arabic_digits("โทร ๐๘๙-๗๑๒-๔๔๕๕") == "โทร 089-712-4455"
    assert to_thai_digits("พ.ศ. 2569") == "พ.ศ. ๒๕๖๙"
    assert to_arabic_digits(to_thai_digits("0123456789")) == "0123456789"
