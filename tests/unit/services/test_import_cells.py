"""Property tests of the import's cell parsers: dates, phones, national codes, names, blanks."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.services.imports import cells
from crm_desktop.text.digits import to_arabic_digits, to_persian_digits
from crm_desktop.text.jalali import gregorian_to_jalali, jalali_to_gregorian
from tests.unit.services.conftest import national_code

DIGITS = st.sampled_from([str, to_persian_digits, to_arabic_digits])
DAYS = st.dates(min_value=dt.date(1930, 1, 1), max_value=dt.date(2030, 12, 31))


@given(DAYS, DIGITS, st.sampled_from(["{y}/{m:02d}/{d:02d}", "{y}/{m}/{d}", "{d:02d}-{m:02d}-{y}", "{y}-{m}-{d}",
                                      "{d}/{m}/{y}", "{y}.{m:02d}.{d:02d}"]))
def test_jalali_dates_in_sheet_formats(day, digits, pattern):
    y, m, d = gregorian_to_jalali(day.year, day.month, day.day)
    text = digits(pattern.format(y=y, m=m, d=d))
    order = "DMY" if pattern.startswith("{d") else None
    assert cells.parse_date_cell(text, order) == day


@given(DAYS)
def test_excel_date_cells_and_serials(day):
    assert cells.parse_date_cell(day) == day
    assert cells.parse_date_cell(dt.datetime.combine(day, dt.time(10, 30))) == day
    serial = (day - dt.date(1899, 12, 30)).days
    assert cells.parse_date_cell(float(serial)) == day


@given(st.integers(min_value=1, max_value=12), st.integers(min_value=13, max_value=28),
       st.integers(min_value=1950, max_value=2030))
def test_day_month_order_from_the_value_or_the_column(month, day, year):
    assert cells.parse_date_cell(f"{month}/{day}/{year}") == dt.date(year, month, day)  # the value settles it
    ambiguous = f"{month:02d}/{min(day, 12):02d}/{year}"
    if month != min(day, 12):
        with pytest.raises(cells.CellProblem):
            cells.parse_date_cell(ambiguous)
    assert cells.parse_date_cell(ambiguous, "MDY") == dt.date(year, month, min(day, 12))


@given(st.integers(min_value=1400, max_value=1404), st.integers(min_value=1, max_value=12))
def test_impossible_jalali_days_are_refused(year, month):
    last = 31 if month <= 6 else 30
    jalali_to_gregorian(year, month, 1)
    with pytest.raises(cells.CellProblem):
        cells.parse_date_cell(f"{year}/{month}/{last + 1}")


MOBILE_PREFIXES = ["912", "935", "901", "990", "919", "936"]


@given(st.sampled_from(MOBILE_PREFIXES), st.integers(min_value=0, max_value=9_999_999), DIGITS,
       st.sampled_from(["0{p}{n}", "{p}{n}", "+98{p}{n}", "0098{p}{n}", "0{p} {a} {b}", "(0{p}) {a}-{b}"]))
def test_mobiles_however_typed(prefix, number, digits, pattern):
    n = f"{number:07d}"
    text = digits(pattern.format(p=prefix, n=n, a=n[:3], b=n[3:]))
    [(kind, shown, norm)] = cells.parse_phones(text, "mobile")
    assert (kind, norm, shown) == ("mobile", f"+98{prefix}{n}", f"0{prefix}{n}")


@given(st.sampled_from(MOBILE_PREFIXES), st.integers(min_value=0, max_value=9_999_999))
def test_mobiles_stored_as_numbers_lost_their_zero(prefix, number):
    value = int(f"{prefix}{number:07d}")
    for cell in (value, float(value)):
        assert cells.parse_phones(cell, "mobile")[0][2] == f"+98{value}"


def test_several_numbers_in_one_cell_and_landlines_in_a_mobile_column():
    found = cells.parse_phones("0912 345 6789 ; 021-88776655، 09351112233", "mobile")
    assert [k for k, _, _ in found] == ["mobile", "phone", "mobile"]
    with pytest.raises(cells.CellProblem):
        cells.parse_phones("12", "mobile")


@given(st.text(alphabet="0123456789", min_size=9, max_size=9).filter(lambda s: len(set(s)) > 1), DIGITS)
def test_national_codes_as_text_or_numbers(first9, digits):
    code = national_code(first9)
    assert cells.parse_national_code(digits(code)) == code
    if code.lstrip("0") and len(code.lstrip("0")) >= 8:
        assert cells.parse_national_code(float(int(code))) == code  # Excel dropped the leading zeros


@pytest.mark.parametrize("value", [None, "", "   ", "#N/A", "#DIV/0!", "#REF!", float("nan")])
def test_blank_and_error_cells_are_missing_values(value):
    assert cells.is_blank(value)


@pytest.mark.parametrize("value, text", [(1786.0, "1786"), (9123456789.0, "9123456789"), (True, "1"),
                                          ("  علی  ", "علی"), (dt.date(2024, 1, 2), "2024-01-02")])
def test_text_cells_holding_numbers(value, text):
    assert cells.cell_text(value) == text


@pytest.mark.parametrize("name, expected", [
    ("آقای محمد علی رضایی", ("محمد علی", "رضایی", "male")), ("خانم سارا احمدی", ("سارا", "احمدی", "female")),
    ("Smith, John", ("John", "Smith", "")), ("John Smith", ("John", "Smith", "")), ("رضایی", ("", "رضایی", "")),
    ("سید علی موسوی", ("سید علی", "موسوی", "")), ("دکتر حسین زاده نیک", ("حسین", "زاده نیک", "")),
])
def test_full_names_split(name, expected):
    assert cells.split_full_name(name) == expected
