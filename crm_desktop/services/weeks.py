"""Weeks, one rule for every view that groups days by week (the calendar, the team's workload, the
complaint reports and forecasts): a week starts on Saturday when the calendar is Jalali OR the
language is Persian -- an Iranian office keeps its Saturday-to-Friday week even when it dates in
Gregorian -- and on Monday otherwise. An Iranian week's day off is Friday; otherwise Saturday and
Sunday."""

from __future__ import annotations

import datetime as dt

from crm_desktop.services import settings
from crm_desktop.text.i18n import current_language

MONDAY, FRIDAY, SATURDAY, SUNDAY = 0, 4, 5, 6  # datetime.date.weekday() numbers


def first_weekday(calendar: str | None = None, language: str | None = None) -> int:
    """The first day of a week (``date.weekday()``: Monday = 0): Saturday with the Jalali calendar or
    in Persian, else Monday. ``calendar`` defaults to the user's setting, ``language`` to the one
    the program speaks now."""
    calendar = calendar or settings.load_preferences().calendar
    language = language or current_language()
    return SATURDAY if calendar == "jalali" or language == "fa" else MONDAY


def week_start(day: dt.date, first: int) -> dt.date:
    """The first day of ``day``'s week, the week starting on weekday ``first``."""
    return day - dt.timedelta(days=(day.weekday() - first) % 7)


def weekend(first: int) -> frozenset[int]:
    """The days off to shade: Friday in an Iranian week, else Saturday and Sunday."""
    return frozenset({FRIDAY}) if first == SATURDAY else frozenset({SATURDAY, SUNDAY})


__all__ = ["FRIDAY", "MONDAY", "SATURDAY", "SUNDAY", "first_weekday", "week_start", "weekend"]
