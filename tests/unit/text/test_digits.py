import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.text.digits import (
    ARABIC_DIGITS,
    PERSIAN_DIGITS,
    localize_digits,
    ltr_isolate,
    to_arabic_digits,
    to_ascii_digits,
    to_persian_digits,
)


def test_digit_constants_are_the_right_code_points():
    assert [ord(c) for c in PERSIAN_DIGITS] == list(range(0x06F0, 0x06FA))
    assert [ord(c) for c in ARABIC_DIGITS] == list(range(0x0660, 0x066A))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("۰۱۲۳۴۵۶۷۸۹", "0123456789"),
        ("٠١٢٣٤٥٦٧٨٩", "0123456789"),
        ("۱۲٬۳۴۵٫۶۷", "12,345.67"),
        ("تلفن: ۰۹۱۲-٣٤٥", "تلفن: 0912-345"),
        ("abc 123", "abc 123"),
        ("", ""),
    ],
)
def test_to_ascii_digits(text, expected):
    assert to_ascii_digits(text) == expected


def test_to_persian_and_arabic_digits():
    assert to_persian_digits("1402/05/17") == "۱۴۰۲/۰۵/۱۷"
    assert to_persian_digits("٤٥٦") == "۴۵۶"
    assert to_arabic_digits("1402/05/17") == "١٤٠٢/٠٥/١٧"
    assert to_arabic_digits("۴۵۶") == "٤٥٦"
    assert to_persian_digits("Room ۳, floor 4") == "Room ۳, floor ۴"


@pytest.mark.parametrize(
    ("style", "expected"),
    [("latin", "Tel 0912"), ("persian", "Tel ۰۹۱۲"), ("arabic", "Tel ٠٩١٢")],
)
def test_localize_digits(style, expected):
    assert localize_digits("Tel ۰9١2", style) == expected


def test_localize_digits_rejects_unknown_style():
    with pytest.raises(ValueError, match="digit style"):
        localize_digits("1", "roman")


def test_ltr_isolate_wraps_in_isolate_controls():
    assert ltr_isolate("0912 345 6789") == "\u20660912 345 6789\u2069"


@given(st.text())
def test_digit_conversions_round_trip(s):
    ascii_ = to_ascii_digits(s)
    assert to_ascii_digits(to_persian_digits(ascii_)) == ascii_
    assert to_ascii_digits(to_arabic_digits(ascii_)) == ascii_
    assert to_persian_digits(to_arabic_digits(s)) == to_persian_digits(s)
    assert len(to_persian_digits(s)) == len(s)
