"""The office's working calendar: the hours of each weekday (an office setting), the holidays, and
arithmetic in working time for the SLA clock and the reports.

- The week: per weekday (Monday=0 .. Sunday=6) spans of minutes after local midnight, e.g.
  ``((480, 720), (780, 1020))`` for 08:00-12:00 and 13:00-17:00. Persian offices default to
  Saturday-Wednesday 08:00-16:00 and Thursday 08:00-12:00 (Friday off); others to Monday-Friday
  09:00-17:00. Stored as the office setting ``work_week``.
- Holidays are ``Holiday`` rows (one per day); a holiday has no working time at all.
- :class:`WorkCalendar` turns local working spans into UTC instants day by day (so a DST change
  is honoured) and keeps their cumulative working time; a question is two bisections.

``add_minutes(start, n)`` with ``n > 0`` lands inside working time: the n-th working minute after
``start`` ends at the returned moment, so a deadline that uses up a day's last minute is the end of
that span (16:00), not the next morning. ``add_minutes(start, 0)`` returns ``start`` itself, even
outside working hours (no time is asked for, so none passes).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from crm_desktop.db.base import database
from crm_desktop.db.models import Holiday
from crm_desktop.services import audit, records, settings, validation
from crm_desktop.services.context import current_user_id
from crm_desktop.services.local_time import EPOCH as _EPOCH
from crm_desktop.services.local_time import LocalZone
from crm_desktop.services.errors import FieldError, ValidationError
from crm_desktop.text.messages import QT_TRANSLATE_NOOP
from crm_desktop.text.normalize import tidy_text

WEEK_KEY = "work_week"
DAY = 1440  # minutes

BAD_SPAN = QT_TRANSLATE_NOOP("Errors", "Working hours run from a start to a later end within the day (00:00 to 24:00).")
OVERLAP = QT_TRANSLATE_NOOP("Errors", "The working hours of one day overlap.")
NO_WORK = QT_TRANSLATE_NOOP("Errors", "The week needs at least one working period.")
NO_DAY = QT_TRANSLATE_NOOP("Errors", "Choose the day.")
SAME_DAY = QT_TRANSLATE_NOOP("Errors", "This day is already a holiday.")


@dataclass(frozen=True)
class WorkWeek:
    """Minutes after local midnight, per weekday (Monday=0 .. Sunday=6)."""

    hours: tuple[tuple[tuple[int, int], ...], ...]

    @property
    def weekly_minutes(self) -> int:
        return sum(end - start for day in self.hours for start, end in day)


def default_week(language: str) -> WorkWeek:
    if language == "fa":
        full, half = ((480, 960),), ((480, 720),)
        return WorkWeek((full, full, full, half, (), full, full))  # Thursday half, Friday off
    full = ((540, 1020),)
    return WorkWeek((full, full, full, full, full, (), ()))


def office_language() -> str:
    """The office's language setting; when the office has not chosen, the acting user's."""
    office = settings.get_setting(settings.PREFERENCE_KEY, {})
    chosen = office.get("language") if isinstance(office, dict) else None
    if chosen in settings.ALLOWED["language"]:
        return chosen
    return settings.load_preferences().language


def check_week(week: WorkWeek) -> list[FieldError]:
    errors = []
    if len(week.hours) != 7:
        raise ValueError("a work week has 7 days")
    for weekday, spans in enumerate(week.hours):
        ordered = sorted(spans)
        if any(not (0 <= start < end <= DAY) for start, end in ordered):
            errors.append(FieldError(f"hours.{weekday}", BAD_SPAN))
        elif any(ordered[i][1] > ordered[i + 1][0] for i in range(len(ordered) - 1)):
            errors.append(FieldError(f"hours.{weekday}", OVERLAP))
    if not errors and week.weekly_minutes == 0:
        errors.append(FieldError("hours", NO_WORK))
    return errors


def _parse_week(value) -> WorkWeek | None:
    try:
        days = value["hours"]
        week = WorkWeek(tuple(tuple(sorted((int(s), int(e)) for s, e in day)) for day in days))
    except (TypeError, KeyError, ValueError):
        return None
    try:
        return None if check_week(week) else week
    except ValueError:
        return None


def load_week() -> WorkWeek:
    """The office's week; the default of the office language when none (or a damaged one) is saved."""
    return _parse_week(settings.get_setting(WEEK_KEY)) or default_week(office_language())


def save_week(week: WorkWeek) -> None:
    errors = check_week(week)
    if errors:
        raise ValidationError(errors)
    hours = [sorted([start, end] for start, end in day) for day in week.hours]
    settings.set_setting(WEEK_KEY, {"hours": hours})


# --- holidays -----------------------------------------------------------------------------------

def list_holidays(start: dt.date | None = None, end: dt.date | None = None) -> list[Holiday]:
    """Holidays (between ``start`` and ``end`` inclusive when given), by day."""
    query = Holiday.alive()
    if start is not None:
        query = query.where(Holiday.day >= start)
    if end is not None:
        query = query.where(Holiday.day <= end)
    return list(query.order_by(Holiday.day))


def _check_holiday(day: dt.date | None, name: str, holiday_id: int | None) -> None:
    errors = []
    if day is None:
        errors.append(FieldError("day", NO_DAY))
    elif Holiday.alive().where((Holiday.day == day) & (Holiday.id != (holiday_id or 0))).exists():
        errors.append(FieldError("day", SAME_DAY))
    too_long = validation.check_length("name", name, Holiday)
    if too_long:
        errors.append(too_long)
    if errors:
        raise ValidationError(errors)


def add_holiday(day: dt.date, name: str = "") -> Holiday:
    """A new holiday; raises ValidationError for a day already in the list. A day removed
    earlier comes back as the same record (the day is unique in the table)."""
    name = tidy_text(name)
    _check_holiday(day, name, None)
    with database.atomic():
        row = Holiday.select().where(Holiday.day == day).first()  # a removed one
        if row is None:
            row = Holiday.create(day=day, name=name, created_by=current_user_id())
            audit.record_create(row)
            return row
        records.restore(Holiday, row.id)
        return update_holiday(row.id, day, name)


def update_holiday(holiday_id: int, day: dt.date, name: str = "") -> Holiday:
    name = tidy_text(name)
    _check_holiday(day, name, holiday_id)
    with database.atomic():
        row = records.fetch(Holiday, holiday_id)
        if row.day != day:  # a removed record may still hold the day: it goes for good
            Holiday.delete().where((Holiday.day == day) & Holiday.deleted_at.is_null(False)).execute()
        before = audit.snapshot(row)
        row.day, row.name = day, name
        if audit.diff(before, audit.snapshot(row)):
            row.save()
            audit.record_update(row, before)
    return row


def remove_holiday(holiday_id: int) -> None:
    records.soft_delete(Holiday, holiday_id)


_US = dt.timedelta(microseconds=1)
_MINUTE = 60_000_000  # microseconds


# --- working-time arithmetic --------------------------------------------------------------------

class WorkCalendar:
    """Working time on a week, holidays (local dates) and a time zone. Answers in O(log n) from a
    table of working spans (UTC microseconds) with the working time before each; the table grows
    when a question falls outside it."""

    MARGIN_DAYS = 400

    def __init__(self, week: WorkWeek, holidays: Iterable[dt.date], tz: dt.tzinfo) -> None:
        self.week = WorkWeek(tuple(tuple(sorted(day)) for day in week.hours))
        self.holidays = frozenset(holidays)
        self.tz = tz
        self._first: dt.date | None = None  # the table covers local days [_first, _last)
        self._last: dt.date | None = None
        self._lo = self._hi = 0  # UTC microseconds of the table's bounds
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._cum: list[int] = []  # working microseconds before each span
        self._cum_end: list[int] = []  # ... up to each span's end

    # the table
    def _local_us(self, day: dt.date, minute: int) -> int:
        day, minute = (day + dt.timedelta(days=minute // DAY), minute % DAY)
        local = dt.datetime.combine(day, dt.time(minute // 60, minute % 60), tzinfo=self.tz)
        return (local - _EPOCH) // _US

    def _build(self, first: dt.date, last: dt.date) -> None:
        starts, ends, cum, cum_end, total = [], [], [], [], 0
        day = first
        while day < last:
            if day not in self.holidays:
                for start, end in self.week.hours[day.weekday()]:
                    a, b = self._local_us(day, start), self._local_us(day, end)
                    if starts and a < ends[-1]:  # a DST fold made spans touch: keep them apart
                        a = ends[-1]
                    if b > a:
                        starts.append(a)
                        ends.append(b)
                        cum.append(total)
                        total += b - a
                        cum_end.append(total)
            day += dt.timedelta(days=1)
        self._first, self._last = first, last
        self._lo, self._hi = self._local_us(first, 0), self._local_us(last, 0)
        self._starts, self._ends, self._cum, self._cum_end = starts, ends, cum, cum_end

    def _cover(self, us: int) -> None:
        if self._first is not None and self._lo <= us < self._hi:
            return
        day = (_EPOCH + dt.timedelta(microseconds=us)).date()  # UTC date: the margin absorbs the offset
        margin = dt.timedelta(days=self.MARGIN_DAYS)
        if self._first is None:
            self._build(day - margin, day + margin)
            return
        span = max(self._last - self._first, margin)
        first = min(self._first, day - span) if us < self._lo else self._first
        last = max(self._last, day + span) if us >= self._hi else self._last
        self._build(first, last)

    def _cum_at(self, us: int) -> int:
        i = bisect_right(self._starts, us) - 1
        if i < 0:
            return 0
        end = self._ends[i]
        return self._cum[i] + (us if us < end else end) - self._starts[i]

    @staticmethod
    def _us(moment: dt.datetime) -> int:
        if moment.tzinfo is None:  # naive: UTC, as the database stores it
            moment = moment.replace(tzinfo=dt.timezone.utc)
        return (moment - _EPOCH) // _US

    # the questions
    def minutes_between(self, start: dt.datetime, end: dt.datetime) -> int:
        """Whole working minutes from ``start`` to ``end``; 0 when ``end`` is not after ``start``."""
        a, b = self._us(start), self._us(end)
        if b <= a:
            return 0
        if a < self._lo or b >= self._hi:
            self._cover(a)
            self._cover(b)
        return (self._cum_at(b) - self._cum_at(a)) // _MINUTE

    def add_minutes(self, start: dt.datetime, minutes: int) -> dt.datetime:
        """The moment ``minutes`` working minutes after ``start`` (aware UTC); see the module notes."""
        if minutes < 0:
            raise ValueError("working minutes to add cannot be negative")
        if minutes == 0:
            return start.astimezone(dt.timezone.utc) if start.tzinfo else start.replace(tzinfo=dt.timezone.utc)
        if self.week.weekly_minutes == 0:
            raise ValueError("the week has no working time")
        a = self._us(start)
        self._cover(a)
        while True:
            target = self._cum_at(a) + minutes * _MINUTE
            if self._cum_end and target <= self._cum_end[-1]:
                break
            self._cover(self._hi)  # grow forward (the start stays inside: its total is unchanged)
        j = bisect_left(self._cum_end, target)
        return _EPOCH + dt.timedelta(microseconds=self._starts[j] + target - self._cum[j])

    def spans(self, first: dt.datetime, last: dt.datetime) -> tuple[list[int], list[int], list[int]]:
        """The table covering ``first`` .. ``last`` for vectorised callers: span starts and ends
        (UTC microseconds since 1970) and the working microseconds before each span."""
        self._cover(self._us(first))
        self._cover(self._us(last))
        return self._starts, self._ends, self._cum


def office_calendar(tz: dt.tzinfo | None = None) -> WorkCalendar:
    """The office's week and holidays from the database; ``tz`` defaults to the computer's zone."""
    days = [day for (day,) in Holiday.alive(Holiday.day).tuples()]
    return WorkCalendar(load_week(), days, tz if tz is not None else LocalZone())
