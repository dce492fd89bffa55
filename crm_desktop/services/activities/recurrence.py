"""Recurring activities: every N days, weeks or months, on local wall-clock time, months counted in
the office's calendar (Jalali or Gregorian).

Occurrence ``n`` is computed from the series' first occurrence (the *anchor*), never from the
previous one, so a day of the month that a shorter month lacks is clamped for that month only:
every month from 31 Shahrivar gives 30 Mehr, 30 Aban, ... 29 Esfand (30 in a leap year), then
31 Farvardin again; from 31 January, 28/29 February then 31 March. A 10:00 meeting stays at 10:00
local time across a daylight-saving change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from crm_desktop.db.models.activities import RECURRENCE_CALENDARS, RECURRENCE_UNITS
from crm_desktop.services.local_time import LocalZone
from crm_desktop.text.jalali import JalaliDate

MAX_INTERVAL = 365
MAX_OCCURRENCES = 5000  # a safety stop for projections over long ranges


@dataclass(frozen=True)
class Recurrence:
    unit: str  # RECURRENCE_UNITS
    interval: int = 1
    until: dt.date | None = None  # the last local date an occurrence may fall on
    calendar: str = "jalali"  # RECURRENCE_CALENDARS: whose months "every month" counts

    def __post_init__(self) -> None:
        if self.unit not in RECURRENCE_UNITS:
            raise ValueError(f"unknown recurrence unit {self.unit!r}")
        if self.calendar not in RECURRENCE_CALENDARS:
            raise ValueError(f"unknown calendar {self.calendar!r}")
        if not 1 <= self.interval <= MAX_INTERVAL:
            raise ValueError(f"interval {self.interval} outside 1..{MAX_INTERVAL}")


def add_months(day: dt.date, months: int, calendar: str) -> dt.date:
    """``day`` moved by ``months`` months of ``calendar``, the day clamped to the target month."""
    if calendar == "jalali":
        return JalaliDate.from_gregorian(day).add_months(months).to_gregorian()
    index = day.year * 12 + day.month - 1 + months
    year, month0 = divmod(index, 12)
    month = month0 + 1
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    return dt.date(year, month, min(day.day, (following - dt.timedelta(days=1)).day))


def local_occurrence(rule: Recurrence, anchor: dt.datetime, n: int) -> dt.datetime:
    """Occurrence ``n`` (0 = the anchor) as a naive local wall-clock time."""
    if n == 0:
        return anchor
    step = n * rule.interval
    if rule.unit == "day":
        day = anchor.date() + dt.timedelta(days=step)
    elif rule.unit == "week":
        day = anchor.date() + dt.timedelta(weeks=step)
    else:
        day = add_months(anchor.date(), step, rule.calendar)
    return dt.datetime.combine(day, anchor.time())


def _to_local(moment: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(tz).replace(tzinfo=None)


def _to_utc(local: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    return local.replace(tzinfo=tz).astimezone(dt.timezone.utc)


def occurrence(rule: Recurrence, series_start: dt.datetime, n: int, tz: dt.tzinfo | None = None) -> dt.datetime | None:
    """The UTC moment of occurrence ``n`` of a series whose first occurrence is ``series_start``,
    or None when it would fall after ``rule.until``."""
    tz = tz or LocalZone()
    local = local_occurrence(rule, _to_local(series_start, tz), n)
    if rule.until is not None and local.date() > rule.until:
        return None
    return _to_utc(local, tz)


def following(rule: Recurrence, series_start: dt.datetime, n: int, tz: dt.tzinfo | None = None,
              after: dt.datetime | None = None) -> tuple[int, dt.datetime] | None:
    """The occurrence after number ``n`` (and, when given, after the moment ``after``): its number
    and UTC moment, or None when the series has ended."""
    tz = tz or LocalZone()
    for m in range(n + 1, n + 1 + MAX_OCCURRENCES):
        when = occurrence(rule, series_start, m, tz)
        if when is None:
            return None
        if after is None or when > after:
            return m, when
    return None


def between(rule: Recurrence, series_start: dt.datetime, first: int, start: dt.datetime, end: dt.datetime,
            tz: dt.tzinfo | None = None) -> Iterator[tuple[int, dt.datetime]]:
    """Occurrences numbered ``first`` and later whose moment is in ``[start, end)`` (UTC), in order."""
    tz = tz or LocalZone()
    days = (_to_local(start, tz).date() - _to_local(series_start, tz).date()).days
    period = {"day": 1, "week": 7, "month": 31}[rule.unit] * rule.interval  # a month has at most 31 days
    skip = max(first, days // period - 1)  # no occurrence before this one can reach ``start``
    for m in range(skip, skip + MAX_OCCURRENCES):
        when = occurrence(rule, series_start, m, tz)
        if when is None or when >= end:
            return
        if when >= start:
            yield m, when


__all__ = ["MAX_INTERVAL", "Recurrence", "add_months", "between", "following", "local_occurrence", "occurrence"]
