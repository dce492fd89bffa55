"""Parsing and formatting dates in Jalali and Gregorian, as people type and Excel stores.

Parsing rules (:func:`parse_date`):

* ``datetime.date``/``datetime.datetime`` values are returned as dates.
* Numbers are Excel serial dates (1900 system, or 1904 with ``epoch_1904``), except that
  a number whose integer part is a plausible year (1200..1599 or 1800..2200) raises
  ``ambiguous``: a bare year such as ``1402`` is much more likely than the serial for
  1903-11-02. A serial must also fall in 1800..2200 like a typed year. NaN is empty.
* Strings may use Persian/Arabic-Indic digits, the separators ``/ - .`` and spaces, an
  optional time (``10:30``, ``21:52:07``, ``T10:20:00+03:30``, ``10:30 pm``, ``ب.ظ``)
  anywhere, weekday names, and month names (Jalali in Persian or English, Gregorian in
  Persian, English or Arabic): ``17 مرداد 1402``, ``8 Aug 2023``, ``August 8, 2023``,
  ``17 Mordad 1402``, ``مرداد ۱۷، ۱۴۰۲``.
  ``YYYYMMDD`` without separators is accepted too.
* The 4-digit year decides the calendar: 1200..1599 Jalali, 1800..2200 Gregorian, any
  other year is ``out_of_range``. A month name's calendar must agree with the year.
* Two-digit years only in year-first position when the first part is > 31: ``98/05/17``
  is Jalali 1398/05/17 (13YY). Anything else with no 4-digit year is ``ambiguous``.
* Day-first vs month-first (``D/M/Y`` or ``M/D/Y``) is settled by the values when one of
  the two parts is > 12 (even against ``order``); otherwise by ``order`` (``"DMY"`` or
  ``"MDY"``); with no ``order``, Jalali dates are read day-first (Iranian practice) and
  Gregorian ones raise ``ambiguous``. Equal day and month need no order.
* A date that does not exist raises ``invalid_jalali`` or ``invalid_gregorian``.

Every failure raises :class:`DateParseError` with a machine ``reason``.
"""

from __future__ import annotations

import datetime as _dt
import math
import numbers
import re
from collections.abc import Iterable

from crm_desktop.text.digits import check_digit_style, localize_digits
from crm_desktop.text.jalali import (
    GREGORIAN_MONTHS_AR,
    GREGORIAN_MONTHS_EN,
    GREGORIAN_MONTHS_FA,
    JALALI_MONTHS_EN,
    JALALI_MONTHS_FA,
    JalaliDate,
    is_valid_jalali,
)
from crm_desktop.text.normalize import normalize_text

DATE_PARSE_REASONS = (
    "empty", "unrecognised", "out_of_range", "invalid_jalali", "invalid_gregorian", "ambiguous",
)  # fmt: skip
JALALI_YEARS = range(1200, 1600)
GREGORIAN_YEARS = range(1800, 2201)
EXCEL_MAX_SERIAL = 2958465  # 9999-12-31 in the 1900 system
_EXCEL_MAX_SERIAL_1904 = EXCEL_MAX_SERIAL - 1462


class DateParseError(ValueError):
    """A value that is not a usable date; ``reason`` is one of ``DATE_PARSE_REASONS``."""

    def __init__(self, reason: str, detail: str = "", value: object = None) -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.value = value


def _month_names() -> dict[str, tuple[str, int]]:
    """Normalised month name (and common variants) -> (calendar, month number)."""
    jalali = [
        (n, i) for names in (JALALI_MONTHS_FA, JALALI_MONTHS_EN) for i, n in enumerate(names, 1)
    ]
    jalali += [("امرداد", 5), ("amordad", 5), ("dei", 10)]
    gregorian = [
        (n, i)
        for names in (GREGORIAN_MONTHS_FA, GREGORIAN_MONTHS_EN, GREGORIAN_MONTHS_AR)
        for i, n in enumerate(names, 1)
    ]
    gregorian += [(n[:3], i) for i, n in enumerate(GREGORIAN_MONTHS_EN, 1)]
    gregorian += [("می", 5), ("جولای", 7), ("ژوییه", 7), ("آگوست", 8), ("sept", 9)]
    names = {normalize_text(n): ("jalali", i) for n, i in jalali}
    names.update({normalize_text(n): ("gregorian", i) for n, i in gregorian})
    return names


_MONTH_NAMES = _month_names()
_MERIDIEM = r"am|pm|a\.m\.|p\.m\.|ق\.?\s?ظ\.?|ب\.?\s?ظ\.?"
_TIME = re.compile(
    r"(?:^|(?<=[\s,\-t]))(?:ساعت\s*)?"
    rf"(?:(?P<pre>{_MERIDIEM})\s*)?(?P<h>[0-9]{{1,2}}):(?P<m>[0-9]{{2}})"
    r"(?::(?P<s>[0-9]{2})(?:[.,](?P<f>[0-9]{1,6})[0-9]*)?)?"
    rf"\s*(?P<post>{_MERIDIEM})?\s*(?P<tz>z|[+-][0-9]{{2}}(?::?[0-9]{{2}})?)?(?=[\s,]|$)"
)
_WEEKDAYS = re.compile(
    r"(?<![^\W\d_])(?:(?:یک|دو|سه|چهار|پنج)?\s?شنبه|جمعه|"
    r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)(?![^\W\d_])"
)
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th|ام|م)\b")
_NOISE_WORDS = {"of", "the", "at", "on", "ماه", "سال", "روز", "تاریخ", "مورخ", "مورخه"}
_GLUED = re.compile(r"(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)")
_ISO_T = re.compile(r"(?<=\d)t$")
_SPLIT = re.compile(r"[\s,،/\-.]+")


def _pick_calendar(year: int, text: str) -> str:
    if year in JALALI_YEARS:
        return "jalali"
    if year in GREGORIAN_YEARS:
        return "gregorian"
    raise DateParseError("out_of_range", f"year {year} in {text!r}", text)


def _build(calendar: str, y: int, m: int, d: int, text: str) -> _dt.date:
    if calendar == "jalali":
        if not is_valid_jalali(y, m, d):
            raise DateParseError("invalid_jalali", f"{y}/{m}/{d} in {text!r}", text)
        return JalaliDate(y, m, d).to_gregorian()
    try:
        return _dt.date(y, m, d)
    except ValueError:
        raise DateParseError("invalid_gregorian", f"{y}-{m}-{d} in {text!r}", text) from None


def _split_time(s: str) -> tuple[str, re.Match[str] | None]:
    """(date part, time match) of a normalised string."""
    m = _TIME.search(s)
    if m is None:
        return s, None
    date_part = (s[: m.start()] + " " + s[m.end() :]).strip(" ,-")
    return _ISO_T.sub("", date_part), m


def _is_number(token: str) -> bool:
    return token.isascii() and token.isdigit()


def _numeric_parts(date_part: str) -> list[str] | None:
    tokens = [t for t in _SPLIT.split(date_part) if t]
    if len(tokens) == 1 and len(tokens[0]) == 8 and _is_number(tokens[0]):
        t = tokens[0]
        return [t[:4], t[4:6], t[6:]]
    if len(tokens) == 3 and all(_is_number(t) and len(t) <= 4 for t in tokens):
        return tokens
    return None


def _parse_numeric(parts: list[str], order: str | None, text: str) -> _dt.date:
    a, b, c = parts
    if len(a) == 4 or (len(a) == 2 and int(a) > 31 and len(c) <= 2):
        year = int(a) if len(a) == 4 else 1300 + int(a)
        if len(b) > 2 or len(c) > 2:
            raise DateParseError("unrecognised", text, text)
        calendar = _pick_calendar(year, text)
        return _build(calendar, year, int(b), int(c), text)
    if len(c) != 4 or len(a) > 2 or len(b) > 2:
        reason = "ambiguous" if len(c) <= 2 and len(a) <= 2 and len(b) <= 2 else "unrecognised"
        raise DateParseError(reason, f"no four-digit year in {text!r}", text)
    year, first, second = int(c), int(a), int(b)
    calendar = _pick_calendar(year, text)
    if first > 12 and second <= 12:
        chosen = "DMY"
    elif second > 12 and first <= 12:
        chosen = "MDY"
    elif first > 12 or first == second:
        chosen = "DMY"  # both > 12 is invalid either way; equal parts need no order
    elif order is not None:
        chosen = order
    elif calendar == "jalali":
        chosen = "DMY"
    else:
        raise DateParseError("ambiguous", f"day/month order of {text!r}", text)
    day, month = (first, second) if chosen == "DMY" else (second, first)
    return _build(calendar, year, month, day, text)


def _parse_named(tokens: list[str], text: str) -> _dt.date:
    months = [_MONTH_NAMES[t] for t in tokens if t in _MONTH_NAMES]
    nums = [t for t in tokens if _is_number(t)]
    if len(months) != 1 or len(nums) != 2 or len(months) + len(nums) != len(tokens):
        raise DateParseError("unrecognised", text, text)
    month_calendar, month = months[0]
    years = [n for n in nums if len(n) == 4]
    days = [n for n in nums if len(n) <= 2]
    if len(years) != 1 or len(days) != 1:
        reason = "ambiguous" if all(len(n) <= 2 for n in nums) else "unrecognised"
        raise DateParseError(reason, f"year of {text!r}", text)
    year = int(years[0])
    if _pick_calendar(year, text) != month_calendar:
        raise DateParseError("out_of_range", f"{month_calendar} month with year {year}", text)
    return _build(month_calendar, year, month, int(days[0]), text)


def _parse_text(value: str, order: str | None) -> tuple[_dt.date, re.Match[str] | None]:
    if order not in (None, "DMY", "MDY"):
        raise ValueError(f"order must be 'DMY', 'MDY' or None, not {order!r}")
    s = normalize_text(value)
    if not s:
        raise DateParseError("empty", "", value)
    date_part, time_match = _split_time(s)
    date_part = _ORDINAL.sub("", _WEEKDAYS.sub(" ", date_part))
    parts = _numeric_parts(date_part)
    if parts is not None:
        return _parse_numeric(parts, order, value), time_match
    date_part = _GLUED.sub(" ", date_part)  # "17مرداد1402" -> "17 مرداد 1402"
    tokens = [t for t in _SPLIT.split(date_part) if t and t not in _NOISE_WORDS]
    return _parse_named(tokens, value), time_match


def excel_serial_to_date(serial: float, epoch_1904: bool = False) -> _dt.date:
    """The date of an Excel serial number (its fraction, the time of day, is dropped).

    1900 system: serial 1 is 1900-01-01. Excel counts the non-existent 1900-02-29 as
    serial 60, so serials below 61 are shifted by one day (serial 60 gives 1900-03-01, as
    does 61). Valid serials are 1..2958465 (9999-12-31). 1904 system: serial 0 is
    1904-01-01, valid up to 9999-12-31. Anything else raises ``out_of_range``.
    """
    if isinstance(serial, float) and math.isnan(serial):
        raise DateParseError("empty", "NaN", serial)
    whole = math.floor(serial)
    if epoch_1904:
        if not 0 <= whole <= _EXCEL_MAX_SERIAL_1904:
            raise DateParseError("out_of_range", f"Excel serial {serial}", serial)
        return _dt.date(1904, 1, 1) + _dt.timedelta(days=whole)
    if not 1 <= whole <= EXCEL_MAX_SERIAL:
        raise DateParseError("out_of_range", f"Excel serial {serial}", serial)
    base = _dt.date(1899, 12, 31) if whole < 61 else _dt.date(1899, 12, 30)
    return base + _dt.timedelta(days=whole)


def _serial(value: float, epoch_1904: bool) -> _dt.date:
    if math.isnan(value):
        raise DateParseError("empty", "NaN", value)
    if math.isinf(value):
        raise DateParseError("out_of_range", str(value), value)
    whole = math.floor(value)
    if whole in JALALI_YEARS or whole in GREGORIAN_YEARS:
        raise DateParseError("ambiguous", f"{value} looks like a year, not a date", value)
    d = excel_serial_to_date(value, epoch_1904)
    if d.year not in GREGORIAN_YEARS:
        raise DateParseError("out_of_range", f"Excel serial {value} is {d}", value)
    return d


def parse_date(
    value: object, *, order: str | None = None, epoch_1904: bool = False
) -> _dt.date:
    """The date in ``value`` (stored as Gregorian); see the module docstring for the rules."""
    if value is None:
        raise DateParseError("empty", "", value)
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, bool):
        raise DateParseError("unrecognised", repr(value), value)
    if isinstance(value, numbers.Real):  # also numpy/pandas numbers
        return _serial(float(value), epoch_1904)
    if isinstance(value, str):
        return _parse_text(value, order)[0]
    raise DateParseError("unrecognised", f"{type(value).__name__} value", value)


def _time_of(m: re.Match[str], text: str) -> tuple[_dt.time, _dt.tzinfo | None]:
    hour, minute, second = int(m["h"]), int(m["m"]), int(m["s"] or 0)
    micro = int((m["f"] or "0").ljust(6, "0"))
    meridiem = (m["pre"] or m["post"] or "").replace(".", "").replace(" ", "")
    if meridiem:
        if not 1 <= hour <= 12:
            raise DateParseError("out_of_range", f"hour {hour} with {meridiem}", text)
        hour = hour % 12 + (12 if meridiem in ("pm", "بظ") else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise DateParseError("out_of_range", f"time in {text!r}", text)
    tz: _dt.tzinfo | None = None
    offset = m["tz"]
    if offset:
        if offset == "z":
            tz = _dt.timezone.utc
        else:
            digits = offset[1:].replace(":", "")
            delta = _dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))
            tz = _dt.timezone(-delta if offset[0] == "-" else delta)
    return _dt.time(hour, minute, second, micro), tz


def parse_datetime(
    value: object, *, order: str | None = None, epoch_1904: bool = False
) -> _dt.datetime:
    """A naive local datetime from ``value``: its time if it has one, else midnight.

    Aware datetimes, and strings with a UTC offset (``...+03:30``, ``...Z``), are
    converted to the computer's local time zone and made naive. Excel serials keep their
    fraction as the time of day (to the second).
    """
    if isinstance(value, _dt.datetime):
        return value.astimezone().replace(tzinfo=None) if value.tzinfo else value
    if isinstance(value, str):
        day, m = _parse_text(value, order)
        if m is None:
            return _dt.datetime.combine(day, _dt.time())
        t, tz = _time_of(m, value)
        result = _dt.datetime.combine(day, t, tz)
        return result.astimezone().replace(tzinfo=None) if tz else result
    day = parse_date(value, order=order, epoch_1904=epoch_1904)
    if isinstance(value, numbers.Real):
        seconds = round((float(value) - math.floor(value)) * 86400)
        return _dt.datetime.combine(day, _dt.time()) + _dt.timedelta(seconds=seconds)
    return _dt.datetime.combine(day, _dt.time())


def guess_day_month_order(samples: Iterable[object]) -> str | None:
    """``"DMY"`` or ``"MDY"`` from values shaped ``a/b/YYYY``, or None without evidence.

    A first part > 12 is evidence for day-first, a second part > 12 for month-first;
    contradictory evidence also gives None. Other values are ignored.
    """
    dmy = mdy = False
    for sample in samples:
        if not isinstance(sample, str):
            continue
        date_part, _ = _split_time(normalize_text(sample))
        parts = _numeric_parts(date_part)
        if parts is None or len(parts[2]) != 4 or len(parts[0]) > 2 or len(parts[1]) > 2:
            continue
        first, second = int(parts[0]), int(parts[1])
        if 12 < first <= 31 and second <= 12:
            dmy = True
        elif 12 < second <= 31 and first <= 12:
            mdy = True
    if dmy == mdy:
        return None
    return "DMY" if dmy else "MDY"


def _as_date(d: _dt.date) -> _dt.date:
    if isinstance(d, _dt.datetime):
        return (d.astimezone() if d.tzinfo else d).date()
    return d


def month_name(month: int, calendar: str = "jalali", lang: str = "fa") -> str:
    """The name of month ``month`` (1..12) of ``calendar`` in ``lang``: English names in English;
    otherwise the Persian names of the Jalali months, and the Persian (``fa``) or Arabic (``ar``)
    names of the Gregorian ones."""
    if calendar == "jalali":
        names = JALALI_MONTHS_EN if lang == "en" else JALALI_MONTHS_FA
    else:
        names = {"en": GREGORIAN_MONTHS_EN, "fa": GREGORIAN_MONTHS_FA}.get(lang, GREGORIAN_MONTHS_AR)
    return names[month - 1]


def format_date(
    d: _dt.date,
    *,
    calendar: str = "jalali",
    digits: str = "latin",
    style: str = "short",
    lang: str = "fa",
) -> str:
    """``1402/05/17`` / ``2023-08-08`` (short) or ``17 مرداد 1402`` / ``8 August 2023`` (long).

    ``lang`` (``fa``, ``en`` or ``ar``) only picks the month names of the long style; ``ar``
    uses the Persian names for Jalali months and the Arabic (Egyptian/Gulf) names for
    Gregorian ones. Digits are written in ``digits`` style. Aware datetimes are shown in
    local time.
    """
    check_digit_style(digits)
    if lang not in ("fa", "en", "ar"):
        raise ValueError(f"unknown language {lang!r}; expected 'fa', 'en' or 'ar'")
    if style not in ("short", "long"):
        raise ValueError(f"unknown date style {style!r}; expected 'short' or 'long'")
    d = _as_date(d)
    if calendar == "jalali":
        j = JalaliDate.from_gregorian(d)
        if style == "short":
            text = str(j)
        else:
            text = f"{j.day} {month_name(j.month, calendar, lang)} {j.year}"
    elif calendar == "gregorian":
        if style == "short":
            text = d.isoformat()
        else:
            text = f"{d.day} {month_name(d.month, calendar, lang)} {d.year}"
    else:
        raise ValueError(f"unknown calendar {calendar!r}; expected 'jalali' or 'gregorian'")
    return localize_digits(text, digits)


def format_datetime(dt: _dt.datetime, **options: str) -> str:
    """:func:`format_date` + ``" HH:MM"``; aware datetimes are shown in local time."""
    if dt.tzinfo is not None:
        dt = dt.astimezone()
    clock = localize_digits(f"{dt.hour:02d}:{dt.minute:02d}", options.get("digits", "latin"))
    return f"{format_date(dt, **options)} {clock}"
