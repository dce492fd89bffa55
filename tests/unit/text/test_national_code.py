import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.text.national_code import (
    is_valid_company_national_id,
    is_valid_national_code,
    normalize_company_national_id,
    normalize_national_code,
)


def _check_digit(first9: str) -> str:
    r = sum(int(d) * (10 - i) for i, d in enumerate(first9)) % 11
    return str(r if r < 2 else 11 - r)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0499370899", "0499370899"),
        ("۰۴۹۹۳۷۰۸۹۹", "0499370899"),
        ("٠٤٩٩٣٧٠٨٩٩", "0499370899"),
        ("049-937089-9", "0499370899"),
        (" 0499 370 899 ", "0499370899"),
        ("\u200e0499370899\u200f", "0499370899"),
        (499370899, "0499370899"),  # Excel dropped the leading zero
        (84575948, "0084575948"),  # and two of them
        ("84575948", "0084575948"),
        (499370899.0, "0499370899"),
        ("1234567", None),  # too short
        ("12345678901", None),  # too long
        ("04993708a9", None),
        ("", None),
        (None, None),
        (-499370899, None),
    ],
)
def test_normalize_national_code(raw, expected):
    assert normalize_national_code(raw) == expected


@pytest.mark.parametrize(
    "code",
    ["0499370899", "0084575948", "0013542419", "۰۰۱۳۵۴۲۴۱۹", 13542419, "001-354241-9"],
)
def test_valid_national_codes(code):
    # 0499370899, 0084575948 and 0013542419 are the examples published by persian-tools
    # and several validation libraries.
    assert is_valid_national_code(code)


@pytest.mark.parametrize(
    "code",
    ["0499370898", "0684159415", "1111111111", "0000000000", "9999999999", "123", None, "",
     "abcdefghij"],
)  # fmt: skip
def test_invalid_national_codes(code):
    assert not is_valid_national_code(code)


def test_check_digit_rule_for_remainders_below_two():
    # r < 2 -> the check digit is r itself; r >= 2 -> 11 - r
    for first9 in ["000000001", "123456789", "987654321", "001354241", "111111112"]:
        code = first9 + _check_digit(first9)
        if len(set(code)) > 1:
            assert is_valid_national_code(code), code
            wrong = first9 + str((int(code[9]) + 1) % 10)
            assert not is_valid_national_code(wrong)


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_exactly_one_check_digit_is_valid(first9):
    valid = [d for d in "0123456789" if is_valid_national_code(first9 + d)]
    if len(set(first9)) == 1 and first9[0] == _check_digit(first9):
        assert valid == []  # all-identical digits are never issued
    else:
        assert valid == [_check_digit(first9)]


@pytest.mark.parametrize(
    "legal_id",
    [
        # Published examples (persian-tools docs/tests; 10380284790 appears in many
        # validators as "the documented example").
        "10380284790", "14007650912", "10100387143", "77111986110", "18061055669",
        "۱۰۳۸۰۲۸۴۷۹۰", "103-8028-4790", 10380284790,
        # Computed here with the algorithm: 1010101010 + check digit 3.
        "10101010103",
    ],
)  # fmt: skip
def test_valid_company_national_ids(legal_id):
    assert is_valid_company_national_id(legal_id)


@pytest.mark.parametrize(
    "legal_id",
    ["10101010101", "10380284791", "10380284792", "10380285692", "84735069516",
     "11111111111", "1038028479", "103802847900", "1038028479a", "", None],
)  # fmt: skip
def test_invalid_company_national_ids(legal_id):
    assert not is_valid_company_national_id(legal_id)


def test_company_id_check_digit_when_sum_is_ten():
    # s == 10 maps to a check digit of 0: find such a prefix and check both digits.
    weights = (29, 27, 23, 19, 17, 29, 27, 23, 19, 17)
    for n in range(1000000000, 1000002000):
        p = str(n)
        d = int(p[9]) + 2
        if sum((int(p[i]) + d) * w for i, w in enumerate(weights)) % 11 == 10:
            assert is_valid_company_national_id(p + "0")
            assert not is_valid_company_national_id(p + "1")
            return
    raise AssertionError("no prefix with s == 10 found")


def test_normalize_company_national_id():
    assert normalize_company_national_id("۱۰۳۸۰۲۸۴۷۹۰") == "10380284790"
    assert normalize_company_national_id("1038028479") is None
