"""Numbers as typed in sheets: Persian/Arabic digits, ٬ ٫ , . separators, signs."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.text.digits import to_arabic_digits, to_persian_digits
from crm_desktop.text.numbers import NumberParseError, number_text, parse_number


@pytest.mark.parametrize("text, expected", [
    ("۱۲٬۵۰۰", 12500), ("12,500", 12500), ("12.500.000", 12500000), ("3٫5", Decimal("3.5")), ("1,5", Decimal("1.5")),
    ("(1,200)", -1200), ("-7", -7), ("12-", -12), ("1 234 567", 1234567), ("1,234.56", Decimal("1234.56")),
    ("1.234,56", Decimal("1234.56")), (".5", Decimal("0.5")), ("0.5", Decimal("0.5")), ("1\u00a0234", 1234),
    (12.5, Decimal("12.5")), (3.0, 3), (7, 7),
])
def test_typed_numbers(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text, reason", [("", "empty"), ("  ", "empty"), (None, "empty"), ("abc", "unrecognised"),
                                          ("1,23,4", "unrecognised"), ("1.2.3", "unrecognised"), (True, "unrecognised"),
                                          ("--", "unrecognised"), (float("inf"), "unrecognised")])
def test_not_numbers(text, reason):
    with pytest.raises(NumberParseError) as caught:
        parse_number(text)
    assert caught.value.reason == reason


def _grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


@given(st.integers(min_value=0, max_value=10**15), st.sampled_from([",", "٬", " ", "\u00a0", "."]),
       st.sampled_from([str, to_persian_digits, to_arabic_digits]), st.booleans())
def test_grouped_integers_round_trip(n, sep, digits, negative):
    text = digits(_grouped(n, sep))
    if negative:
        text = "-" + text
    assert parse_number(text) == (-n if negative else n)


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=99),
       st.sampled_from([("٫", "٬"), (".", ","), (",", ".")]))
def test_decimals_with_thousands_round_trip(whole, cents, marks):
    decimal_mark, thousands = marks
    text = f"{_grouped(whole, thousands)}{decimal_mark}{cents:02d}"
    assert parse_number(text) == Decimal(whole) + Decimal(cents) / 100


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_whole_floats_read_back_as_their_digits(n):
    assert number_text(float(n)) == str(n)
    assert parse_number(float(n)) == n
