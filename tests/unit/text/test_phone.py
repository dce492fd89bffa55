import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.text.digits import to_arabic_digits, to_persian_digits
from crm_desktop.text.phone import (
    PhoneNumber,
    format_phone,
    is_iranian_mobile,
    parse_phone,
    phone_search_key,
    phone_storage_key,
)

MOBILE = "+989123456789"
LANDLINE = "+982188887777"


@pytest.mark.parametrize(
    "raw",
    [
        "09123456789",
        "0912 345 6789",
        "0912-345-6789",
        "(0912) 345 67 89",
        "0912.345.6789",
        "9123456789",
        9123456789,
        9123456789.0,
        "+98 912 345 6789",
        "+989123456789",
        "+98-912-345-6789",
        "+98 (0)912 345 6789",
        "0098 912 345 6789",
        "00989123456789",
        "98 912 345 6789",
        "(+98) 912 345 6789",
        "989123456789",
        989123456789,
        "۰۹۱۲۳۴۵۶۷۸۹",
        "۰۹۱۲ ۳۴۵ ۶۷۸۹",
        "٠٩١٢٣٤٥٦٧٨٩",
        "\u200e0912 345 6789\u200e",
        "\u200f+98 912 345 6789\u200f",
        "\u20660912\u00a0345\u00a06789\u2069",
        "tel:+989123456789",
        "  09123456789  ",
    ],
)
def test_iranian_mobile_spellings(raw):
    number = parse_phone(raw)
    assert number == PhoneNumber(
        raw=number.raw, e164=MOBILE, national="09123456789", kind="mobile",
        extension=None, valid=True,
    )  # fmt: skip
    assert phone_storage_key(raw) == MOBILE
    assert is_iranian_mobile(raw)


def test_raw_keeps_what_was_given():
    assert parse_phone("0912-345-6789").raw == "0912-345-6789"
    assert parse_phone(9123456789).raw == "9123456789"
    assert parse_phone(9123456789.0).raw == "9123456789"


@pytest.mark.parametrize("prefix", ["0901", "0910", "0919", "0921", "0935", "0990", "0999"])
def test_all_mobile_prefixes_90_to_99(prefix):
    number = parse_phone(prefix + "1234567")
    assert number.kind == "mobile" and number.valid
    assert number.e164 == "+98" + prefix[1:] + "1234567"


@pytest.mark.parametrize(
    "raw",
    [
        "021-8888 7777",
        "021 8888 7777",
        "02188887777",
        "(021) 88887777",
        "21 8888 7777",
        2188887777,
        "+98 21 8888 7777",
        "0098-21-88887777",
        "۰۲۱-۸۸۸۸۷۷۷۷",
    ],
)
def test_tehran_landline(raw):
    number = parse_phone(raw)
    assert (number.e164, number.national, number.kind, number.valid) == (
        LANDLINE, "02188887777", "landline", True,
    )  # fmt: skip
    assert not is_iranian_mobile(raw)


@pytest.mark.parametrize(
    ("raw", "e164"),
    [("031 3222 1234", "+983132221234"), ("0513 123 4567", "+985131234567"),
     ("087 3333 4444", "+988733334444"), ("011 4422 3344", "+981144223344")],
)  # fmt: skip
def test_other_area_codes(raw, e164):
    assert parse_phone(raw).e164 == e164
    assert parse_phone(raw).kind == "landline"


@pytest.mark.parametrize("raw", ["0108888 7777", "0888888 7777", "+98 10 8888 7777"])
def test_area_codes_outside_11_to_87_are_not_landlines(raw):
    number = parse_phone(raw)
    assert number.kind == "unknown" and not number.valid and number.e164 is None


def test_local_number_without_area_code_is_kept_but_incomplete():
    number = parse_phone("88887777")
    assert number == PhoneNumber("88887777", None, None, "unknown", None, False)
    assert phone_storage_key("8888-7777") == "88887777"


@pytest.mark.parametrize(
    ("raw", "e164"),
    [
        ("+1 (650) 555-1234", "+16505551234"),
        ("001 650 555 1234", "+16505551234"),
        ("+44 20 7946 0958", "+442079460958"),
        ("+971 4 123 4567", "+97141234567"),
        ("+49 30 123456", "+4930123456"),
        ("(+1) 650 555 1234", "+16505551234"),
        ("۰۰۱ ۶۵۰ ۵۵۵ ۱۲۳۴", "+16505551234"),
    ],
)
def test_foreign_numbers(raw, e164):
    number = parse_phone(raw)
    assert (number.e164, number.national, number.kind, number.valid) == (
        e164, None, "foreign", True,
    )  # fmt: skip
    assert phone_storage_key(raw) == e164


@pytest.mark.parametrize("raw", ["+1 234", "+1234567890123456", "+0 123 456 789"])
def test_foreign_numbers_with_impossible_length_are_invalid(raw):
    number = parse_phone(raw)
    assert number.kind == "foreign" and not number.valid and number.e164 is None


@pytest.mark.parametrize(
    ("raw", "ext"),
    [
        ("021 8888 7777 داخلی 123", "123"),
        ("021 8888 7777 داخلي 123", "123"),
        ("021 8888 7777 داخلی: ۱۲۳", "123"),
        ("021 8888 7777 ext. 12", "12"),
        ("021 8888 7777 Ext 12", "12"),
        ("021 8888 7777 extension 12", "12"),
        ("021 8888 7777 x12", "12"),
        ("02188887777x12", "12"),
        ("021 8888 7777 #12", "12"),
        ("021 8888 7777 - 12 داخلی", "12"),
        ("021-88887777 ۱۲ داخلی", "12"),
    ],
)
def test_extensions(raw, ext):
    number = parse_phone(raw)
    assert number.extension == ext
    assert number.e164 == LANDLINE and number.valid
    assert phone_storage_key(raw) == LANDLINE


@pytest.mark.parametrize("raw", ["abc", "12", "0912 345 678", "0912 345 67890", "۰۹۱۲ abc",
                                 "0912-345-6789 (Ali)", "-", "+"])  # fmt: skip
def test_garbage_is_invalid_unknown(raw):
    number = parse_phone(raw)
    assert number is not None
    assert (number.e164, number.kind, number.valid) == (None, "unknown", False)


@pytest.mark.parametrize("raw", [None, "", "   ", "\u200e\u200f", float("nan")])
def test_empty_is_none(raw):
    assert parse_phone(raw) is None
    assert phone_storage_key(raw) is None


def test_storage_key_of_garbage():
    assert phone_storage_key("abc") is None
    assert phone_storage_key("12") == "12"
    assert phone_storage_key("۰۹۱۲ ۳۴۵") == "0912345"


@pytest.mark.parametrize(
    "query", ["0912 34", "912 34", "+98912 34", "+98 912 34", "۰۹۱۲۳۴", "0098 912 34",
              "+98 0912 34", "٠٩١٢-٣٤", "(0912) 34"],
)  # fmt: skip
def test_search_key_drops_prefixes(query):
    assert phone_search_key(query) == "91234"


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("98912345678", "912345678"),  # 11+ digits: must carry the country code
        ("9891234", "9891234"),  # could be a piece of a number, kept
        ("021 8888", "218888"),
        ("8888 77", "888877"),
        ("+1 650", "1650"),
        ("001 650", "1650"),
        ("123", "123"),
    ],
)
def test_search_key_cases(query, key):
    assert phone_search_key(query) == key


@pytest.mark.parametrize("query", ["", "09", "12", "0 12", "+98", "ali 0912", "0912abc", "x"])
def test_search_key_none(query):
    assert phone_search_key(query) is None


def test_search_key_matches_stored_e164_digits():
    stored = parse_phone("0912 345 6789").e164.removeprefix("+98")
    for query in ["0912 345", "912345", "345 67", "+98912", "۶۷۸۹"]:
        assert phone_search_key(query) in stored


@pytest.mark.parametrize(
    ("value", "digits", "expected"),
    [
        (MOBILE, "latin", "0912 345 6789"),
        (MOBILE, "persian", "۰۹۱۲ ۳۴۵ ۶۷۸۹"),
        (MOBILE, "arabic", "٠٩١٢ ٣٤٥ ٦٧٨٩"),
        (LANDLINE, "latin", "021 8888 7777"),
        ("+16505551234", "latin", "+1 650 555 1234"),
        ("+442079460958", "latin", "+44 207 946 0958"),
        ("+97141234567", "latin", "+971 412 345 67"),
        ("09123456789", "latin", "0912 345 6789"),
        ("2188887777", "persian", "۰۲۱ ۸۸۸۸ ۷۷۷۷"),
        ("88887777", "latin", "88887777"),
        ("88887777", "persian", "۸۸۸۸۷۷۷۷"),
        ("abc", "latin", "abc"),
        ("", "latin", ""),
    ],
)
def test_format_phone(value, digits, expected):
    assert format_phone(value, digits) == expected


def test_format_phone_isolate():
    assert format_phone(MOBILE, "persian", isolate=True) == "\u2066۰۹۱۲ ۳۴۵ ۶۷۸۹\u2069"


mobiles = st.builds(
    lambda second, rest: "+989" + str(second) + rest,
    st.integers(0, 9),
    st.text(alphabet="0123456789", min_size=8, max_size=8),
)


@given(mobiles, st.sampled_from(["latin", "persian", "arabic"]))
@settings(deadline=None)
def test_format_then_parse_round_trip_for_mobiles(e164, digits):
    shown = format_phone(e164, digits)
    number = parse_phone(shown)
    assert number.e164 == e164 and number.kind == "mobile" and number.valid
    assert parse_phone(number.national).e164 == e164
    assert parse_phone(int(number.national)).e164 == e164  # Excel drops the 0
    assert phone_search_key(shown) == e164.removeprefix("+98")


@given(st.integers(11, 87), st.text(alphabet="0123456789", min_size=8, max_size=8))
@settings(deadline=None)
def test_format_then_parse_round_trip_for_landlines(area, local):
    e164 = f"+98{area}{local}"
    for digits in ("latin", "persian"):
        assert parse_phone(format_phone(e164, digits)).e164 == e164


@given(st.text(max_size=40))
@settings(deadline=None)
def test_parse_phone_never_crashes_and_is_consistent(raw):
    number = parse_phone(raw)
    if number is None:
        return
    assert number.kind in {"mobile", "landline", "foreign", "unknown"}
    if number.valid:
        assert number.e164 is not None and number.e164.startswith("+")
        assert 8 <= len(number.e164) - 1 <= 15
        assert parse_phone(number.e164).e164 == number.e164
    if number.national is not None:
        assert number.e164 == "+98" + number.national[1:]
    assert phone_search_key(raw) is None or phone_search_key(raw).isdigit()


def test_persian_and_arabic_digit_inputs_agree():
    for raw in ["0912 345 6789", "021 8888 7777", "+1 650 555 1234"]:
        assert parse_phone(to_persian_digits(raw)).e164 == parse_phone(raw).e164
        assert parse_phone(to_arabic_digits(raw)).e164 == parse_phone(raw).e164
