"""The Jalali (Solar Hijri, Shamsi) calendar, as used officially in Iran.

Conversion follows Kazimierz Borkowski's algorithm as published in jalaali-js: the leap
years follow 33-year cycles whose phase changes at the listed *break years*, which
reproduces the astronomical (vernal equinox at Tehran) calendar for Jalali years
-61..3177. Gregorian arithmetic uses Python's proleptic Gregorian ``datetime.date``.

Months 1..6 have 31 days, 7..11 have 30, Esfand (12) has 29, or 30 in a leap year.
The Iranian week starts on Saturday: :meth:`JalaliDate.weekday` is 0 for Saturday and 6
for Friday.
"""

from __future__ import annotations

import datetime as _dt
from functools import lru_cache
from dataclasses import dataclass

JALALI_MONTHS_FA = (
    "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
    "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
)  # fmt: skip
JALALI_MONTHS_EN = (
    "Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
    "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand",
)  # fmt: skip
WEEKDAYS_FA = ("شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه")
WEEKDAYS_EN = ("Saturday", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
GREGORIAN_MONTHS_FA = (
    "ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن",
    "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر",
)  # fmt: skip
GREGORIAN_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
GREGORIAN_MONTHS_AR = (
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
    "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
)  # fmt: skip

MIN_JALALI_YEAR = -61
MAX_JALALI_YEAR = 3177
_BREAKS = (
    -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210,
    1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178,
)  # fmt: skip


def _div(a: int, b: int) -> int:
    """Integer division truncating toward zero (as ``~~(a / b)`` in the JS original)."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b > 0) else -q


def _mod(a: int, b: int) -> int:
    return a - _div(a, b) * b


@lru_cache(maxsize=4096)  # a pure function of the year, and dates cluster in a few decades
def _jal_cal(jy: int) -> tuple[int, int, int]:
    """(leap, gy, march) for Jalali year ``jy``.

    ``leap`` is the number of years since the last leap year (0 = ``jy`` is leap),
    ``gy`` the Gregorian year in which ``jy`` starts and ``march`` the day of March on
    which 1 Farvardin ``jy`` falls.
    """
    if not MIN_JALALI_YEAR <= jy <= MAX_JALALI_YEAR:
        raise ValueError(f"Jalali year {jy} is outside {MIN_JALALI_YEAR}..{MAX_JALALI_YEAR}")
    gy = jy + 621
    leap_j = -14
    jp = _BREAKS[0]
    jump = 0
    for jm in _BREAKS[1:]:
        jump = jm - jp
        if jy < jm:
            break
        leap_j += _div(jump, 33) * 8 + _div(_mod(jump, 33), 4)
        jp = jm
    n = jy - jp
    leap_j += _div(n, 33) * 8 + _div(_mod(n, 33) + 3, 4)
    if _mod(jump, 33) == 4 and jump - n == 4:
        leap_j += 1
    leap_g = _div(gy, 4) - _div((_div(gy, 100) + 1) * 3, 4) - 150
    march = 20 + leap_j - leap_g
    if jump - n < 6:
        n = n - jump + _div(jump + 4, 33) * 33
    leap = _mod(_mod(n + 1, 33) - 1, 4)
    if leap == -1:
        leap = 4
    return leap, gy, march


def _farvardin_1(jy: int) -> _dt.date:
    _, gy, march = _jal_cal(jy)
    return _dt.date(gy, 3, march)


def is_jalali_leap(jy: int) -> bool:
    """True when Esfand of ``jy`` has 30 days (e.g. 1399, 1403)."""
    return _jal_cal(jy)[0] == 0


def jalali_month_length(jy: int, jm: int) -> int:
    """Days in month ``jm`` (1..12) of year ``jy``."""
    if not 1 <= jm <= 12:
        raise ValueError(f"Jalali month {jm} is outside 1..12")
    if jm <= 6:
        return 31
    if jm <= 11:
        return 30
    return 30 if is_jalali_leap(jy) else 29


def is_valid_jalali(jy: int, jm: int, jd: int) -> bool:
    """True when ``jy/jm/jd`` exists (and ``jy`` is inside the supported range)."""
    if not MIN_JALALI_YEAR <= jy <= MAX_JALALI_YEAR or not 1 <= jm <= 12:
        return False
    return 1 <= jd <= jalali_month_length(jy, jm)


def jalali_to_gregorian(jy: int, jm: int, jd: int) -> tuple[int, int, int]:
    """Gregorian (year, month, day) of the Jalali date; ValueError if it does not exist."""
    if not is_valid_jalali(jy, jm, jd):
        raise ValueError(f"not a valid Jalali date: {jy}/{jm}/{jd}")
    days = (jm - 1) * 31 - max(jm - 7, 0) + jd - 1
    g = _farvardin_1(jy) + _dt.timedelta(days=days)
    return g.year, g.month, g.day


@lru_cache(maxsize=8192)  # lists show the same dates again and again
def gregorian_to_jalali(gy: int, gm: int, gd: int) -> tuple[int, int, int]:
    """Jalali (year, month, day) of the Gregorian date; ValueError if it does not exist."""
    g = _dt.date(gy, gm, gd)
    jy = min(gy - 621, MAX_JALALI_YEAR)
    start = _farvardin_1(jy)
    if g < start:
        jy -= 1
        start = _farvardin_1(jy)
    k = (g - start).days
    if k >= 365 + is_jalali_leap(jy):
        raise ValueError(f"{g} is after the last supported Jalali year {MAX_JALALI_YEAR}")
    if k <= 185:
        return jy, 1 + k // 31, k % 31 + 1
    k -= 186
    return jy, 7 + k // 30, k % 30 + 1


@dataclass(frozen=True, order=True)
class JalaliDate:
    """A valid Jalali date; compares and sorts chronologically. ``str()`` is ``1402/05/17``."""

    year: int
    month: int
    day: int

    def __post_init__(self) -> None:
        if not is_valid_jalali(self.year, self.month, self.day):
            raise ValueError(f"not a valid Jalali date: {self.year}/{self.month}/{self.day}")

    @classmethod
    def from_gregorian(cls, d: _dt.date) -> JalaliDate:
        """The Jalali date of ``d`` (a ``datetime`` counts by its own date part)."""
        return cls(*gregorian_to_jalali(d.year, d.month, d.day))

    @classmethod
    def today(cls) -> JalaliDate:
        """Today in the local time zone."""
        return cls.from_gregorian(_dt.date.today())

    def to_gregorian(self) -> _dt.date:
        return _dt.date(*jalali_to_gregorian(self.year, self.month, self.day))

    def weekday(self) -> int:
        """0 = Saturday ... 6 = Friday (the Iranian week)."""
        return (self.to_gregorian().weekday() + 2) % 7

    def add_days(self, n: int) -> JalaliDate:
        return JalaliDate.from_gregorian(self.to_gregorian() + _dt.timedelta(days=n))

    def add_months(self, n: int) -> JalaliDate:
        """Move ``n`` months (may be negative), clamping the day to the target month.

        1402/06/31 + 1 month -> 1402/07/30; 1403/12/30 + 12 months -> 1404/12/29.
        """
        index = self.year * 12 + (self.month - 1) + n
        year, month = divmod(index, 12)
        month += 1
        return JalaliDate(year, month, min(self.day, jalali_month_length(year, month)))

    def __str__(self) -> str:
        return f"{self.year:04d}/{self.month:02d}/{self.day:02d}"
