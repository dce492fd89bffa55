"""The calendar: activities by local day over a day, a week or a month, the projected future
occurrences of repeating activities, month grids in the Jalali or Gregorian calendar, and moving an
activity to another day or time.

One range query reads a period (on the ``activity_due`` index, or the assignee's
``(assignee, due_at)`` index for one person). A month with thousands of activities is read capped:
:func:`load` numbers each local day's activities in SQL (``ROW_NUMBER() OVER (PARTITION BY day)``,
the day found by a ``CASE`` over the local day boundaries, so it is exact across a daylight-saving
change and the same on SQLite and PostgreSQL) and fetches only the first few of each day with the
day's full count, so a busy month costs a few hundred rows, not thousands.

A repeating activity is one row per occurrence: only the open one exists. Its later occurrences are
*projected* here (:func:`projected`) from the series' first occurrence, clamped to shorter months
like the real ones; they are shown dimmed and cannot be moved, since they are not rows yet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from peewee import Case, Value, fn

from crm_desktop.db.fields import utcnow
from crm_desktop.db.models import Activity
from crm_desktop.services.activities import activity_service, rows
from crm_desktop.services.activities.recurrence import Recurrence, between
from crm_desktop.services.activities.rows import ActivityRow
from crm_desktop.services.funnel.targets import month_bounds, month_of
from crm_desktop.services.local_time import LocalZone, local_date, local_day_start
from crm_desktop.services.weeks import week_start
from crm_desktop.text.dates import month_name
from crm_desktop.text.digits import localize_digits
from crm_desktop.text.i18n import render
from crm_desktop.text.jalali import JalaliDate
from crm_desktop.text.messages import QT_TRANSLATE_NOOP

DEFAULT_MINUTES = 30  # how long an activity with no duration is drawn
RANGE = QT_TRANSLATE_NOOP("Calendar", "{first} to {last}")


# -- entries ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CalendarEntry:
    """One activity on the calendar. A projected entry is a future occurrence of a repeating activity
    that is not a row yet: ``row`` is then the open occurrence it comes from (``activity_id`` its id)
    and ``start`` the projected moment."""

    row: ActivityRow
    start: dt.datetime  # UTC
    projected: bool = False
    occurrence: int | None = None  # a projected entry's number in its series

    @property
    def activity_id(self) -> int:
        return self.row.id

    @property
    def kind(self) -> str:
        return self.row.kind

    @property
    def subject(self) -> str:
        return self.row.subject

    @property
    def all_day(self) -> bool:
        return self.row.all_day

    @property
    def is_done(self) -> bool:
        return not self.projected and self.row.done_at is not None

    @property
    def minutes(self) -> int:
        return self.row.duration_minutes or DEFAULT_MINUTES

    @property
    def end(self) -> dt.datetime:
        return self.start + dt.timedelta(minutes=self.minutes)

    @property
    def movable(self) -> bool:
        """Open real activities can be dragged; done ones keep their history, projections are not rows."""
        return not self.projected and self.row.done_at is None

    def is_overdue(self, now: dt.datetime, today_start: dt.datetime) -> bool:
        return not self.projected and self.row.is_overdue(now, today_start)

    def sort_key(self) -> tuple:
        return (not self.all_day, self.start, self.activity_id, self.occurrence or 0)


@dataclass(frozen=True)
class CalendarLoad:
    """What a view shows: its days, each day's first entries (all-day ones first, then by time) and
    each day's full count."""

    days: tuple[dt.date, ...]
    by_day: dict[dt.date, list[CalendarEntry]] = field(default_factory=dict)
    counts: dict[dt.date, int] = field(default_factory=dict)
    now: dt.datetime | None = None

    def day(self, day: dt.date) -> list[CalendarEntry]:
        return self.by_day.get(day, [])

    def count(self, day: dt.date) -> int:
        return self.counts.get(day, 0)

    def more(self, day: dt.date) -> int:
        """How many of the day's activities were not read (shown as "+N more")."""
        return max(0, self.count(day) - len(self.day(day)))

    def entries(self) -> list[CalendarEntry]:
        return [entry for day in self.days for entry in self.day(day)]


def _condition(start: dt.datetime, end: dt.datetime, user_id: int | None, kinds: Iterable[str] | None,
               include_done: bool):
    condition = (Activity.due_at >= start) & (Activity.due_at < end)
    if user_id is not None:
        condition &= Activity.assignee == user_id
    if kinds:
        condition &= Activity.kind.in_(list(kinds))
    if not include_done:
        condition &= Activity.done_at.is_null()
    return condition


def _bucket(entries: Iterable[CalendarEntry], tz: dt.tzinfo) -> dict[dt.date, list[CalendarEntry]]:
    found: dict[dt.date, list[CalendarEntry]] = {}
    for entry in entries:
        found.setdefault(local_date(entry.start, tz), []).append(entry)
    for day_entries in found.values():
        day_entries.sort(key=CalendarEntry.sort_key)
    return found


def entries(start: dt.datetime, end: dt.datetime, *, user_id: int | None, kinds: Iterable[str] | None = None,
            include_done: bool = True, now: dt.datetime | None = None,
            tz: dt.tzinfo | None = None) -> list[CalendarEntry]:
    """Every activity due in ``[start, end)`` (``user_id``'s, or everyone's when None) and the projected
    occurrences of repeating ones in that range, in order (all-day ones first on their day)."""
    tz = tz or LocalZone()
    kinds = list(kinds) if kinds else None
    found = [CalendarEntry(row, row.due_at) for row in rows.fetch(
        rows.query(_condition(start, end, user_id, kinds, include_done)).order_by(Activity.due_at, Activity.id))]
    found += projected(start, end, user_id=user_id, kinds=kinds, now=now, tz=tz)
    buckets = _bucket(found, tz)
    return [entry for day in sorted(buckets) for entry in buckets[day]]


def _threshold(due_at: dt.datetime | None, all_day: bool, now: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    """The moment after which completing the open occurrence now would place the next one (as
    ``activity_service`` does): after now (an all-day one may still be today) and after its own time."""
    threshold = now if not all_day else local_day_start(local_date(now, tz), tz) - dt.timedelta(microseconds=1)
    return max(threshold, due_at) if due_at is not None else threshold


def projected(start: dt.datetime, end: dt.datetime, *, user_id: int | None, kinds: Iterable[str] | None = None,
              now: dt.datetime | None = None, tz: dt.tzinfo | None = None) -> list[CalendarEntry]:
    """The future occurrences in ``[start, end)`` of open repeating activities (the latest open one of
    each series projects), as entries flagged ``projected``."""
    tz = tz or LocalZone()
    now = now or utcnow()
    condition = (Activity.done_at.is_null() & Activity.deleted_at.is_null() & (Activity.recurrence_unit != "")
                 & (Activity.due_at < end)
                 & (Activity.recurrence_until.is_null() | (Activity.recurrence_until >= local_date(start, tz))))
    if user_id is not None:
        condition &= Activity.assignee == user_id
    if kinds:
        condition &= Activity.kind.in_(list(kinds))
    sources = (Activity.select(Activity.id, Activity.series_uid, Activity.occurrence, Activity.series_start,
                               Activity.due_at, Activity.all_day, Activity.recurrence_unit,
                               Activity.recurrence_interval, Activity.recurrence_until, Activity.recurrence_calendar)
               .where(condition).order_by(Activity.occurrence, Activity.id))
    latest: dict[str, Activity] = {}
    for source in sources:  # ordered: the last of each series wins
        latest[source.series_uid or f"#{source.id}"] = source
    moments: dict[int, list[tuple[int, dt.datetime]]] = {}
    for source in latest.values():
        rule = Recurrence(source.recurrence_unit, source.recurrence_interval, source.recurrence_until,
                          source.recurrence_calendar or "jalali")
        anchor = source.series_start or source.due_at
        if anchor is None:
            continue
        after = _threshold(source.due_at, source.all_day, now, tz)
        found = [(n, when) for n, when in between(rule, anchor, source.occurrence + 1, start, end, tz) if when > after]
        if found:
            moments[source.id] = found
    return [CalendarEntry(row, when, True, n) for row in rows.by_ids(sorted(moments)) for n, when in moments[row.id]]


def load(days: Sequence[dt.date], *, user_id: int | None, kinds: Iterable[str] | None = None,
         include_done: bool = True, per_day: int | None = None, now: dt.datetime | None = None,
         tz: dt.tzinfo | None = None) -> CalendarLoad:
    """What a view over consecutive local ``days`` shows: at most ``per_day`` entries of each day (all
    when None) and each day's full count, projected occurrences included."""
    tz = tz or LocalZone()
    now = now or utcnow()
    days = tuple(days)
    if not days:
        return CalendarLoad(days, now=now)
    kinds = list(kinds) if kinds else None
    bounds = [local_day_start(day, tz) for day in days] + [local_day_start(days[-1] + dt.timedelta(days=1), tz)]
    if per_day is None:
        found = entries(bounds[0], bounds[-1], user_id=user_id, kinds=kinds, include_done=include_done, now=now,
                        tz=tz)
        by_day = _bucket(found, tz)
        return CalendarLoad(days, by_day, {day: len(items) for day, items in by_day.items()}, now)
    ids, counts = _capped_ids(bounds, days, per_day, _condition(bounds[0], bounds[-1], user_id, kinds, include_done))
    found = [CalendarEntry(row, row.due_at) for row in rows.by_ids(ids)]
    extra = projected(bounds[0], bounds[-1], user_id=user_id, kinds=kinds, now=now, tz=tz)
    by_day = _bucket(found + extra, tz)
    for entry in extra:
        day = local_date(entry.start, tz)
        counts[day] = counts.get(day, 0) + 1
    return CalendarLoad(days, {day: items[:per_day] for day, items in by_day.items()}, counts, now)


def _capped_ids(bounds: list[dt.datetime], days: tuple[dt.date, ...], per_day: int,
                condition) -> tuple[list[int], dict[dt.date, int]]:
    """The ids of each day's first ``per_day`` activities and every day's count, in one query."""
    inner_bounds = bounds[1:-1]
    day_of = Case(None, [(Activity.due_at < bound, index) for index, bound in enumerate(inner_bounds)],
                  len(inner_bounds)) if inner_bounds else Value(0)
    number = fn.ROW_NUMBER().over(partition_by=[day_of],
                                  order_by=[Activity.all_day.desc(), Activity.due_at, Activity.id])
    total = fn.COUNT(Activity.id).over(partition_by=[day_of])
    inner = (Activity.select(Activity.id.alias("id"), day_of.alias("day"), number.alias("number"),
                             total.alias("total"))
             .where(condition & Activity.deleted_at.is_null()))
    capped = inner.select_from(inner.c.id, inner.c.day, inner.c.total).where(inner.c.number <= per_day)
    ids: list[int] = []
    counts: dict[dt.date, int] = {}
    for activity_id, index, total_count in capped.tuples():
        ids.append(activity_id)
        counts[days[int(index)]] = int(total_count)
    return ids, counts


# -- months and weeks -------------------------------------------------------------------------------
# Which day a week starts on is :mod:`crm_desktop.services.weeks`' one rule (the workload's too); a
# month of either calendar is :mod:`crm_desktop.services.funnel.targets`' (``month_of``,
# ``month_bounds``, ``period_label("month", ...)``), moving by months :func:`recurrence.add_months`.

def week_of(day: dt.date, first: int) -> list[dt.date]:
    """The seven days of ``day``'s week, the week starting on weekday ``first`` (0 = Monday)."""
    start = week_start(day, first)
    return [start + dt.timedelta(days=k) for k in range(7)]


def month_grid(year: int, month: int, calendar: str, first: int) -> list[list[dt.date]]:
    """The whole weeks covering a month of ``calendar``: rows of seven Gregorian dates, the first
    column weekday ``first``; days of the months before and after fill the first and last weeks."""
    first_day, last_day = month_bounds(year, month, calendar)
    weeks: list[list[dt.date]] = []
    start = week_start(first_day, first)
    while start <= last_day:
        weeks.append([start + dt.timedelta(days=k) for k in range(7)])
        start += dt.timedelta(days=7)
    return weeks


def day_number(day: dt.date, calendar: str) -> int:
    return JalaliDate.from_gregorian(day).day if calendar == "jalali" else day.day


def range_title(first: dt.date, last: dt.date, calendar: str, *, language: str, digits: str) -> str:
    """A week's title, its shared month and year said once: "۸ تا ۱۴ آذر ۱۴۰۴", "29 Aban to 5 Azar
    1404", "28 December 2025 to 3 January 2026"."""
    (fy, fm), (ly, lm) = month_of(first, calendar), month_of(last, calendar)
    fd, ld = day_number(first, calendar), day_number(last, calendar)
    last_text = f"{ld} {month_name(lm, calendar, language)} {ly}"
    if first == last:
        return localize_digits(last_text, digits)
    if (fy, fm) == (ly, lm):
        first_text = f"{fd}"
    elif fy == ly:
        first_text = f"{fd} {month_name(fm, calendar, language)}"
    else:
        first_text = f"{fd} {month_name(fm, calendar, language)} {fy}"
    return render(RANGE, {"first": localize_digits(first_text, digits), "last": localize_digits(last_text, digits)},
                  lang=language, digits=digits)


# -- moving -----------------------------------------------------------------------------------------

def move(activity_id: int, new_day: dt.date | None = None, new_time: dt.time | None = None,
         tz: dt.tzinfo | None = None, *, all_day: bool | None = None) -> Activity:
    """Reschedule to ``new_day`` and/or ``new_time`` (local), keeping whatever is not given: a drag
    to another day keeps the time of day, a drag to another slot keeps the day. Giving a time makes an
    all-day activity timed; ``all_day=True`` makes it an all-day one on its (new) day."""
    tz = tz or LocalZone()
    activity = activity_service.get_activity(activity_id)
    local = activity.due_at.astimezone(tz) if activity.due_at is not None else None
    day = new_day or (local.date() if local is not None else local_date(utcnow(), tz))
    if all_day or (all_day is None and new_time is None and activity.all_day):
        return activity_service.reschedule(activity_id, local_day_start(day, tz), all_day=True, tz=tz)
    if new_time is not None:
        clock = new_time
    elif local is not None and not activity.all_day:
        clock = local.time()
    else:
        clock = dt.time(9)
    due = dt.datetime.combine(day, clock, tzinfo=tz)
    return activity_service.reschedule(activity_id, due, all_day=False, tz=tz)


__all__ = ["DEFAULT_MINUTES", "CalendarEntry", "CalendarLoad", "day_number", "entries", "load", "month_grid",
           "move", "projected", "range_title", "week_of"]
