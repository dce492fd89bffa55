import datetime as dt

import jdatetime
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.text.jalali import (
    GREGORIAN_MONTHS_FA,
    JALALI_MONTHS_EN,
    JALALI_MONTHS_FA,
    MAX_JALALI_YEAR,
    MIN_JALALI_YEAR,
    WEEKDAYS_EN,
    WEEKDAYS_FA,
    JalaliDate,
    gregorian_to_jalali,
    is_jalali_leap,
    is_valid_jalali,
    jalali_month_length,
    jalali_to_gregorian,
)

KNOWN = [
    ((1403, 1, 1), (2024, 3, 20)),
    ((1404, 1, 1), (2025, 3, 21)),
    ((1403, 12, 30), (2025, 3, 20)),
    ((1399, 12, 30), (2021, 3, 20)),
    ((1400, 1, 1), (2021, 3, 21)),
    ((1300, 1, 1), (1921, 3, 21)),
    ((1402, 5, 17), (2023, 8, 8)),
    ((1357, 11, 22), (1979, 2, 11)),
    ((1379, 10, 11), (2000, 12, 31)),
    ((1378, 10, 11), (2000, 1, 1)),
    ((1402, 12, 29), (2024, 3, 19)),
    ((1354, 1, 1), (1975, 3, 21)),
    ((1, 1, 1), (622, 3, 22)),
]


@pytest.mark.parametrize(("j", "g"), KNOWN)
def test_known_pairs(j, g):
    assert jalali_to_gregorian(*j) == g
    assert gregorian_to_jalali(*g) == j


@pytest.mark.parametrize(
    ("year", "leap"),
    [(1399, True), (1403, True), (1395, True), (1408, True), (1400, False), (1401, False),
     (1402, False), (1404, False), (1405, False), (1407, False)],
)  # fmt: skip
def test_leap_years(year, leap):
    assert is_jalali_leap(year) is leap
    assert jalali_month_length(year, 12) == (30 if leap else 29)


def test_month_lengths():
    assert [jalali_month_length(1402, m) for m in range(1, 13)] == [31] * 6 + [30] * 5 + [29]
    with pytest.raises(ValueError):
        jalali_month_length(1402, 13)


@pytest.mark.parametrize(
    ("date", "valid"),
    [((1402, 12, 29), True), ((1402, 12, 30), False), ((1403, 12, 30), True),
     ((1402, 6, 31), True), ((1402, 7, 31), False), ((1402, 0, 1), False),
     ((1402, 13, 1), False), ((1402, 1, 0), False), ((MAX_JALALI_YEAR + 1, 1, 1), False)],
)  # fmt: skip
def test_is_valid_jalali(date, valid):
    assert is_valid_jalali(*date) is valid


def test_invalid_input_raises():
    with pytest.raises(ValueError):
        jalali_to_gregorian(1402, 12, 30)
    with pytest.raises(ValueError):
        gregorian_to_jalali(2023, 2, 29)
    with pytest.raises(ValueError):
        JalaliDate(1402, 7, 31)


def test_supported_range_is_contiguous_at_the_ends():
    assert jalali_to_gregorian(MIN_JALALI_YEAR, 1, 1) == (560, 3, 20)
    last = dt.date(*jalali_to_gregorian(MAX_JALALI_YEAR, 12, jalali_month_length(3177, 12)))
    assert gregorian_to_jalali(last.year, last.month, last.day)[0] == MAX_JALALI_YEAR
    after = last + dt.timedelta(days=1)
    with pytest.raises(ValueError):
        gregorian_to_jalali(after.year, after.month, after.day)


def test_months_1300_to_1450_are_consecutive_and_round_trip():
    expected_start = dt.date(*jalali_to_gregorian(1300, 1, 1))
    for jy in range(1300, 1451):
        for jm in range(1, 13):
            start = dt.date(*jalali_to_gregorian(jy, jm, 1))
            assert start == expected_start, (jy, jm)
            assert gregorian_to_jalali(start.year, start.month, start.day) == (jy, jm, 1)
            last = start + dt.timedelta(days=jalali_month_length(jy, jm) - 1)
            assert gregorian_to_jalali(last.year, last.month, last.day) == (
                jy, jm, jalali_month_length(jy, jm),
            )  # fmt: skip
            expected_start = last + dt.timedelta(days=1)


@given(st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2300, 12, 31)))
@settings(deadline=None)
def test_gregorian_round_trip(d):
    j = gregorian_to_jalali(d.year, d.month, d.day)
    assert is_valid_jalali(*j)
    assert jalali_to_gregorian(*j) == (d.year, d.month, d.day)
    assert JalaliDate.from_gregorian(d).to_gregorian() == d


# Every day of Jalali 1300/01/01 .. 1450/12/29 (the range cross-checked with jdatetime).
jalali_dates = st.dates(
    min_value=dt.date(*jalali_to_gregorian(1300, 1, 1)),
    max_value=dt.date(*jalali_to_gregorian(1450, 12, jalali_month_length(1450, 12))),
).map(JalaliDate.from_gregorian)


@given(jalali_dates)
@settings(deadline=None, max_examples=200)
def test_agrees_with_jdatetime(j):
    # jdatetime is an independent implementation (a pure 33-year cycle), used only here.
    # It agrees with the official calendar for 1178..1633, which covers this range.
    other = jdatetime.date(j.year, j.month, j.day)
    assert j.to_gregorian() == other.togregorian()
    assert is_jalali_leap(j.year) == other.isleap()
    back = jdatetime.date.fromgregorian(date=j.to_gregorian())
    assert (back.year, back.month, back.day) == (j.year, j.month, j.day)


def test_agrees_with_jdatetime_on_every_new_year_and_leap_flag_1300_to_1450():
    for year in range(1300, 1451):
        assert JalaliDate(year, 1, 1).to_gregorian() == jdatetime.date(year, 1, 1).togregorian()
        assert is_jalali_leap(year) == jdatetime.date(year, 1, 1).isleap()


def test_break_years_differ_from_a_pure_33_year_cycle_outside_1178_1633():
    # The official calendar is astronomical; a fixed 33-year rule drifts away from it.
    # With Borkowski's break years 1635 (not 1634) and 1668 (not 1667) are leap years,
    # and 1176 (not 1177); jdatetime's pure cycle says the opposite there.
    assert is_jalali_leap(1635) and not is_jalali_leap(1634)
    assert is_jalali_leap(1668) and not is_jalali_leap(1667)
    assert is_jalali_leap(1176) and not is_jalali_leap(1177)
    assert jdatetime.date(1634, 1, 1).isleap() and not jdatetime.date(1635, 1, 1).isleap()


@given(jalali_dates, st.integers(-40000, 40000))
@settings(deadline=None)
def test_add_days_matches_gregorian_arithmetic(j, n):
    assert j.add_days(n).to_gregorian() == j.to_gregorian() + dt.timedelta(days=n)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        ((1402, 6, 31), 1, (1402, 7, 30)),
        ((1402, 5, 17), 12, (1403, 5, 17)),
        ((1402, 11, 30), 1, (1402, 12, 29)),
        ((1403, 11, 30), 1, (1403, 12, 30)),
        ((1403, 12, 30), 12, (1404, 12, 29)),
        ((1402, 1, 31), -1, (1401, 12, 29)),
        ((1402, 3, 15), -15, (1400, 12, 15)),
        ((1402, 3, 15), 0, (1402, 3, 15)),
    ],
)
def test_add_months_clamps_the_day(start, months, expected):
    assert JalaliDate(*start).add_months(months) == JalaliDate(*expected)


@given(jalali_dates, st.integers(-600, 600))
@settings(deadline=None)
def test_add_months_properties(j, n):
    moved = j.add_months(n)
    assert (moved.year * 12 + moved.month) - (j.year * 12 + j.month) == n
    assert moved.day == min(j.day, jalali_month_length(moved.year, moved.month))


def test_jalali_date_basics():
    j = JalaliDate(1402, 5, 17)
    assert str(j) == "1402/05/17"
    assert str(JalaliDate(1403, 1, 1)) == "1403/01/01"
    assert j.to_gregorian() == dt.date(2023, 8, 8)
    assert JalaliDate.from_gregorian(dt.datetime(2023, 8, 8, 23, 59)) == j
    assert j.weekday() == 3  # Tuesday: Saturday is 0
    assert WEEKDAYS_EN[j.weekday()] == "Tuesday"
    assert WEEKDAYS_FA[j.weekday()] == "سه‌شنبه"
    assert JalaliDate(1402, 5, 14).weekday() == 0  # Saturday 2023-08-05
    assert JalaliDate(1402, 5, 20).weekday() == 6  # Friday 2023-08-11
    assert JalaliDate(1402, 1, 1) < JalaliDate(1402, 1, 2) < JalaliDate(1402, 2, 1)
    assert sorted([JalaliDate(1403, 1, 1), JalaliDate(1402, 12, 29)])[0].year == 1402
    assert JalaliDate.today() == JalaliDate.from_gregorian(dt.date.today())
    with pytest.raises(AttributeError):
        j.year = 1400  # frozen


def test_names():
    assert len(JALALI_MONTHS_FA) == len(JALALI_MONTHS_EN) == len(GREGORIAN_MONTHS_FA) == 12
    assert JALALI_MONTHS_FA[4] == "مرداد" and JALALI_MONTHS_EN[4] == "Mordad"
    assert GREGORIAN_MONTHS_FA[7] == "اوت"
    assert WEEKDAYS_FA[0] == "شنبه" and WEEKDAYS_FA[6] == "جمعه"
    assert WEEKDAYS_EN == ("Saturday", "Sunday", "Monday", "Tuesday", "Wednesday",
                           "Thursday", "Friday")  # fmt: skip
