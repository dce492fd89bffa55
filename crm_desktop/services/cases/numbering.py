"""Case numbers people can say on the phone: the office calendar's year and a sequence within it,
``1405-00012`` (Jalali) or ``2026-00012`` (Gregorian). Stored with ASCII digits; screens show them
in the user's digits. Call :func:`next_number` inside the transaction that inserts the case."""

from __future__ import annotations

import datetime as dt

from peewee import fn

from crm_desktop.db.models import Case
from crm_desktop.services.funnel.targets import office_calendar
from crm_desktop.text.jalali import JalaliDate


def year_of(moment: dt.datetime, calendar: str | None = None) -> int:
    """The office calendar's year of this moment (its local day)."""
    day = moment.astimezone().date()
    if (calendar or office_calendar()) == "jalali":
        return JalaliDate.from_gregorian(day).year
    return day.year


def format_number(year: int, sequence: int) -> str:
    return f"{year}-{sequence:05d}"


def next_number(moment: dt.datetime, calendar: str | None = None) -> tuple[int, int, str]:
    """(year, sequence, number) for a case opened at ``moment``."""
    year = year_of(moment, calendar)
    last = Case.select(fn.MAX(Case.sequence)).where(Case.year == year).scalar() or 0
    return year, last + 1, format_number(year, last + 1)
