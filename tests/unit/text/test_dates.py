import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.text.dates import (
    DateParseError,
    excel_serial_to_date,
    format_date,
    format_datetime,
    guess_day_month_order,
    parse_date,
    parse_datetime,
)

AUG_8 = dt.date(2023, 8, 8)  # = 1402/05/17


@pytest.mark.parametrize(
    "text",
    [
        "1402/05/17", "1402/5/17", "1402-05-17", "1402.05.17", "1402 05 17", "۱۴۰۲/۰۵/۱۷",
        "۱۴۰۲-۰۵-۱۷", "١٤٠٢/٠٥/١٧", "17/05/1402", "17-5-1402", "17.5.1402", "۱۷/۵/۱۴۰۲",
        "1402/05/17 10:30", "1402/05/17 - 10:30", "۱۴۰۲/۰۵/۱۷ ساعت ۱۰:۳۰", "10:30 1402/05/17",
        "\u200f1402/05/17\u200f", "  1402/05/17  ", "14020517",
        "2023-08-08", "2023/08/08", "2023-8-8", "20230808", "2023-08-08T10:20:00",
        "2023-08-08T10:20:00+03:30", "2023-08-08T10:20:00Z", "2023-08-08 10:20:00.123456",
        "08/08/2023", "8/8/2023", "۲۰۲۳-۰۸-۰۸",
        "17 مرداد 1402", "۱۷ مرداد ۱۴۰۲", "مرداد ۱۷، ۱۴۰۲", "17 Mordad 1402", "17 mordad 1402",
        "۱۷ امرداد ۱۴۰۲", "سه‌شنبه ۱۷ مرداد ۱۴۰۲", "سه شنبه، ۱۷ مرداد ماه ۱۴۰۲",
        "۱۷ام مرداد ۱۴۰۲", "8 Aug 2023", "8 August 2023", "August 8, 2023", "Aug. 8 2023",
        "Tuesday, August 8th, 2023", "8th of August 2023", "AUGUST 8 2023", "۸ اوت ۲۰۲۳",
        "8 آگوست 2023", "8 أغسطس 2023", "August 8, 2023 10:30 PM",
    ],
)  # fmt: skip
def test_parse_date_spellings_of_one_day(text):
    assert parse_date(text) == AUG_8


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1402/5/7", dt.date(2023, 7, 29)),
        ("1405/05/28 - 21:52", dt.date(2026, 8, 19)),
        ("8/31/2023", dt.date(2023, 8, 31)),
        ("31/8/2023", dt.date(2023, 8, 31)),
        ("98/05/17", dt.date(2019, 8, 8)),
        ("1403/12/30", dt.date(2025, 3, 20)),
        ("1399/12/30", dt.date(2021, 3, 20)),
        ("1 Farvardin 1403", dt.date(2024, 3, 20)),
        ("۱ فروردین ۱۴۰۴", dt.date(2025, 3, 21)),
        ("۲۹ اسفند ۱۴۰۲", dt.date(2024, 3, 19)),
        ("5 آبان 1402", dt.date(2023, 10, 27)),
        ("5 ابان 1402", dt.date(2023, 10, 27)),
        ("1 Dey 1402", dt.date(2023, 12, 22)),
        ("29 February 2024", dt.date(2024, 2, 29)),
        ("1 Jan 2024", dt.date(2024, 1, 1)),
        ("25 دسامبر 2023", dt.date(2023, 12, 25)),
        ("1200/01/01", dt.date(1821, 3, 21)),
        ("1800-01-01", dt.date(1800, 1, 1)),
        ("2200-12-31", dt.date(2200, 12, 31)),
        ("5/6/1402", dt.date(2023, 8, 27)),  # Jalali ambiguous order: day first
        ("12/12/2023", dt.date(2023, 12, 12)),  # same day and month: no ambiguity
    ],
)
def test_parse_date_cases(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("\u200e", "empty"),
        (None, "empty"),
        ("abc", "unrecognised"),
        ("1402", "unrecognised"),
        ("1402/05", "unrecognised"),
        ("1402/05/17/3", "unrecognised"),
        ("17 مرداد", "unrecognised"),
        ("17 مرداد اوت 1402", "unrecognised"),
        ("1402/005/17", "unrecognised"),
        ("3000-01-01", "out_of_range"),
        ("1700-01-01", "out_of_range"),
        ("1650/01/01", "out_of_range"),
        ("17 مرداد 2023", "out_of_range"),
        ("8 August 1402", "out_of_range"),
        ("1402/12/30", "invalid_jalali"),
        ("1402/07/31", "invalid_jalali"),
        ("1402/13/01", "invalid_jalali"),
        ("30 اسفند 1402", "invalid_jalali"),
        ("2023-02-29", "invalid_gregorian"),
        ("2023-13-01", "invalid_gregorian"),
        ("31 April 2023", "invalid_gregorian"),
        ("31/31/2023", "invalid_gregorian"),
        ("5/6/2023", "ambiguous"),
        ("03/05/17", "ambiguous"),
        ("17/05/98", "ambiguous"),
        ("8 Aug 23", "ambiguous"),
    ],
)
def test_parse_date_errors(text, reason):
    with pytest.raises(DateParseError) as info:
        parse_date(text)
    assert info.value.reason == reason
    assert isinstance(info.value, ValueError)


def test_order_resolves_ambiguity():
    assert parse_date("5/6/2023", order="DMY") == dt.date(2023, 6, 5)
    assert parse_date("5/6/2023", order="MDY") == dt.date(2023, 5, 6)
    assert parse_date("5/6/1402", order="MDY") == parse_date("1402/05/06")
    # the values win when only one reading exists
    assert parse_date("13/6/2023", order="MDY") == dt.date(2023, 6, 13)
    with pytest.raises(ValueError):
        parse_date("5/6/2023", order="YMD")


def test_date_and_datetime_values():
    assert parse_date(AUG_8) == AUG_8
    assert parse_date(dt.datetime(2023, 8, 8, 23, 59)) == AUG_8
    assert parse_datetime(AUG_8) == dt.datetime(2023, 8, 8)
    assert parse_datetime(dt.datetime(2023, 8, 8, 9, 5)) == dt.datetime(2023, 8, 8, 9, 5)
    aware = dt.datetime(2023, 8, 8, 6, 50, tzinfo=dt.timezone.utc)
    assert parse_datetime(aware) == aware.astimezone().replace(tzinfo=None)
    with pytest.raises(DateParseError) as info:
        parse_date(["2023"])
    assert info.value.reason == "unrecognised"


@pytest.mark.parametrize(
    ("serial", "expected"),
    [
        (1, dt.date(1900, 1, 1)),
        (59, dt.date(1900, 2, 28)),
        (60, dt.date(1900, 3, 1)),  # Excel's fake 1900-02-29
        (61, dt.date(1900, 3, 1)),
        (45146, AUG_8),
        (45146.99, AUG_8),
        (2958465, dt.date(9999, 12, 31)),
    ],
)
def test_excel_serial_1900(serial, expected):
    assert excel_serial_to_date(serial) == expected


def test_excel_serial_1904_and_limits():
    assert excel_serial_to_date(0, epoch_1904=True) == dt.date(1904, 1, 1)
    assert excel_serial_to_date(45146 - 1462, epoch_1904=True) == AUG_8
    for bad in (0, -1, 2958466, 0.5):
        with pytest.raises(DateParseError) as info:
            excel_serial_to_date(bad)
        assert info.value.reason == "out_of_range"


@pytest.mark.parametrize(
    ("value", "expected"),
    [(45146, AUG_8), (45146.0, AUG_8), (45146.75, AUG_8), (36526, dt.date(2000, 1, 1))],
)
def test_parse_date_numbers_are_excel_serials(value, expected):
    assert parse_date(value) == expected


def test_parse_date_serial_1904():
    assert parse_date(45146 - 1462, epoch_1904=True) == AUG_8


@pytest.mark.parametrize(
    ("value", "reason"),
    [(1402, "ambiguous"), (1402.0, "ambiguous"), (2023, "ambiguous"), (1850, "ambiguous"),
     (0, "out_of_range"), (-5, "out_of_range"), (3000000, "out_of_range"),
     (float("nan"), "empty"), (float("inf"), "out_of_range"), (True, "unrecognised"),
     (200000, "out_of_range")],
)  # fmt: skip
def test_parse_date_number_errors(value, reason):
    with pytest.raises(DateParseError) as info:
        parse_date(value)
    assert info.value.reason == reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1402/05/17", dt.datetime(2023, 8, 8)),
        ("1402/05/17 10:30", dt.datetime(2023, 8, 8, 10, 30)),
        ("1405/05/28 - 21:52", dt.datetime(2026, 8, 19, 21, 52)),
        ("۱۴۰۲/۰۵/۱۷ ۲۱:۵۲:۰۷", dt.datetime(2023, 8, 8, 21, 52, 7)),
        ("1402/05/17 ساعت 10:30 ب.ظ", dt.datetime(2023, 8, 8, 22, 30)),
        ("1402/05/17 ق.ظ 10:30", dt.datetime(2023, 8, 8, 10, 30)),
        ("2023-08-08T10:20:00", dt.datetime(2023, 8, 8, 10, 20)),
        ("2023-08-08 10:20:00.5", dt.datetime(2023, 8, 8, 10, 20, 0, 500000)),
        ("August 8, 2023 12:15 am", dt.datetime(2023, 8, 8, 0, 15)),
        ("August 8, 2023 12:15 PM", dt.datetime(2023, 8, 8, 12, 15)),
        (45146.75, dt.datetime(2023, 8, 8, 18, 0)),
        (45146.5 + 1 / 86400, dt.datetime(2023, 8, 8, 12, 0, 1)),
    ],
)
def test_parse_datetime(text, expected):
    assert parse_datetime(text) == expected


@pytest.mark.parametrize(
    ("text", "aware"),
    [
        ("2023-08-08T10:20:00+03:30", dt.datetime(2023, 8, 8, 6, 50, tzinfo=dt.timezone.utc)),
        ("2023-08-08T10:20:00Z", dt.datetime(2023, 8, 8, 10, 20, tzinfo=dt.timezone.utc)),
        ("2023-08-08 10:20-0500", dt.datetime(2023, 8, 8, 15, 20, tzinfo=dt.timezone.utc)),
    ],
)
def test_parse_datetime_with_offset_gives_local_time(text, aware):
    assert parse_datetime(text) == aware.astimezone().replace(tzinfo=None)
    assert parse_date(text) == AUG_8  # the date as written


@pytest.mark.parametrize("text", ["1402/05/17 25:00", "1402/05/17 10:61", "2023-08-08 13:00 pm"])
def test_parse_datetime_bad_time(text):
    with pytest.raises(DateParseError) as info:
        parse_datetime(text)
    assert info.value.reason == "out_of_range"
    assert parse_date(text) == AUG_8  # parse_date ignores the time


@pytest.mark.parametrize(
    ("samples", "order"),
    [
        (["1/2/2023", "13/2/2023"], "DMY"),
        (["1/2/2023", "2/13/2023", None, 45146], "MDY"),
        (["1/2/2023", "3/4/2023"], None),
        (["13/1/2023", "1/13/2023"], None),
        (["2023-01-13", "1402/05/17", "garbage"], None),
        (["۱۷/۵/۱۴۰۲"], "DMY"),
        (["8/31/2023 10:30"], "MDY"),
        ([], None),
    ],
)
def test_guess_day_month_order(samples, order):
    assert guess_day_month_order(samples) == order
    assert guess_day_month_order(iter(samples)) == order


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({}, "1402/05/17"),
        ({"digits": "persian"}, "۱۴۰۲/۰۵/۱۷"),
        ({"digits": "arabic"}, "١٤٠٢/٠٥/١٧"),
        ({"style": "long"}, "17 مرداد 1402"),
        ({"style": "long", "digits": "persian"}, "۱۷ مرداد ۱۴۰۲"),
        ({"style": "long", "lang": "en"}, "17 Mordad 1402"),
        ({"calendar": "gregorian"}, "2023-08-08"),
        ({"calendar": "gregorian", "digits": "persian"}, "۲۰۲۳-۰۸-۰۸"),
        ({"calendar": "gregorian", "style": "long"}, "8 اوت 2023"),
        ({"calendar": "gregorian", "style": "long", "lang": "en"}, "8 August 2023"),
        ({"calendar": "gregorian", "style": "long", "lang": "ar"}, "8 أغسطس 2023"),
    ],
)
def test_format_date(options, expected):
    assert format_date(AUG_8, **options) == expected


def test_format_date_rejects_unknown_options():
    for bad in ({"calendar": "hijri"}, {"digits": "roman"}, {"style": "medium"},
                {"lang": "de"}):  # fmt: skip
        with pytest.raises(ValueError):
            format_date(AUG_8, **bad)


def test_format_datetime():
    moment = dt.datetime(2023, 8, 8, 9, 5, 59)
    assert format_datetime(moment) == "1402/05/17 09:05"
    assert format_datetime(moment, digits="persian") == "۱۴۰۲/۰۵/۱۷ ۰۹:۰۵"
    assert format_datetime(moment, calendar="gregorian") == "2023-08-08 09:05"
    assert format_datetime(moment, style="long", lang="en") == "17 Mordad 1402 09:05"
    aware = dt.datetime(2023, 8, 8, 23, 30, tzinfo=dt.timezone.utc)
    local = aware.astimezone()
    assert format_datetime(aware, calendar="gregorian") == local.strftime("%Y-%m-%d %H:%M")


# Dates whose Jalali year is in 1200..1599 and Gregorian year in 1800..2200.
parseable_dates = st.dates(min_value=dt.date(1821, 3, 21), max_value=dt.date(2200, 12, 31))


@given(
    parseable_dates,
    st.sampled_from(["jalali", "gregorian"]),
    st.sampled_from(["latin", "persian", "arabic"]),
    st.sampled_from(["short", "long"]),
    st.sampled_from(["fa", "en", "ar"]),
)
@settings(deadline=None, max_examples=200)
def test_format_then_parse_round_trip(d, calendar, digits, style, lang):
    text = format_date(d, calendar=calendar, digits=digits, style=style, lang=lang)
    assert parse_date(text) == d


@given(
    parseable_dates,
    st.sampled_from(["jalali", "gregorian"]),
    st.sampled_from(["latin", "persian"]),
    st.integers(0, 23),
    st.integers(0, 59),
)
@settings(deadline=None)
def test_format_datetime_then_parse_round_trip(d, calendar, digits, hour, minute):
    moment = dt.datetime.combine(d, dt.time(hour, minute))
    assert parse_datetime(format_datetime(moment, calendar=calendar, digits=digits)) == moment


@given(st.text(max_size=30))
@settings(deadline=None)
def test_parse_date_fails_only_with_date_parse_error(text):
    try:
        result = parse_date(text)
    except DateParseError as error:
        assert error.reason in {"empty", "unrecognised", "out_of_range", "invalid_jalali",
                                "invalid_gregorian", "ambiguous"}  # fmt: skip
    else:
        assert 1800 <= result.year <= 2221
