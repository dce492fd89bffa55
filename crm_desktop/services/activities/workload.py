"""The team's workload: per person, the open activities, the overdue ones, what is due today and this
week, and what was done in a period; and the activities done per person per week or month over the
last few periods, for a chart.

Definitions (as in :mod:`crm_desktop.services.activities.agenda`)
- Open: not done, not deleted (with or without a due time). Overdue: open and past, a timed one once
  its time has passed, an all-day one once its day is over. Due today: open, due today and not
  overdue. Due this week: open, not overdue, due before the end of the current week (today's
  included). Done in a period: ``done_at`` within its local days. Everything counts for the
  activity's assignee; activities with none are the "Unassigned" row.
- Periods are local days (``tz``, default the computer's zone) of the user's calendar: Jalali months
  with the Jalali calendar, Gregorian months otherwise (the month arithmetic of
  :mod:`crm_desktop.services.funnel.targets`); weeks as :mod:`crm_desktop.services.weeks` says
  (Saturday to Friday with the Jalali calendar or in Persian, else Monday to Sunday).

Speed: every figure is a GROUP BY in the database, never rows in Python. The open figures read the
partial index over open activities (``activity_open_assignee_due``: assignee, due time) alone, plus
the table rows of today's open activities (a timed or all-day one due today may or may not be
overdue); the done counts are one range scan of ``activity_done`` over the periods asked for.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import SQL, fn
from peewee import Case as When

from crm_desktop.db.base import database
from crm_desktop.db.fields import utcnow
from crm_desktop.db.models import Activity, User
from crm_desktop.services import settings
from crm_desktop.services.cases.volume_forecast import week_start
from crm_desktop.services.funnel import targets
from crm_desktop.services.local_time import local_date, local_day_start
from crm_desktop.text.collation import persian_sort_key
from crm_desktop.text.dates import format_date
from crm_desktop.text.i18n import current_digits, current_language, render
from crm_desktop.text.messages import QT_TRANSLATE_NOOP

UNASSIGNED = QT_TRANSLATE_NOOP("Workload", "Unassigned")
EVERYONE = QT_TRANSLATE_NOOP("Workload", "Everyone")
CUSTOM_RANGE = QT_TRANSLATE_NOOP("Workload", "{start} to {end}")
WEEK_FROM = QT_TRANSLATE_NOOP("Workload", "the week from {day}")

UNITS = ("week", "month")
CHOICES = ("week", "month", "last_month", "custom")  # the period picker's choices
SERIES_LENGTH = {"week": 8, "month": 6}  # periods in the chart, the chosen one last


# --- periods ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Period:
    unit: str  # "week", "month" or "custom"
    start: dt.date  # first local day
    end: dt.date  # last local day, inclusive

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def bounds(self, tz: dt.tzinfo | None = None) -> tuple[dt.datetime, dt.datetime]:
        """The UTC moments [from, to) of its local days."""
        return local_day_start(self.start, tz), local_day_start(self.end + dt.timedelta(days=1), tz)


def _calendar(calendar: str | None) -> str:
    return calendar or settings.load_preferences().calendar


def week_of(day: dt.date, calendar: str | None = None) -> Period:
    """The week holding ``day`` (Saturday to Friday with the Jalali calendar or in Persian, else Monday
    to Sunday: :mod:`crm_desktop.services.weeks`)."""
    first = week_start(day, _calendar(calendar))
    return Period("week", first, first + dt.timedelta(days=6))


def month_of(day: dt.date, calendar: str | None = None) -> Period:
    """The month of the calendar holding ``day`` (1403/12/01..1403/12/30 = 2025-02-19..2025-03-20)."""
    calendar = _calendar(calendar)
    return Period("month", *targets.month_bounds(*targets.month_of(day, calendar), calendar))


def period_of(unit: str, day: dt.date, calendar: str | None = None) -> Period:
    if unit not in UNITS:
        raise ValueError(f"unknown period unit {unit!r}; expected week or month")
    return week_of(day, calendar) if unit == "week" else month_of(day, calendar)


def previous(period: Period, calendar: str | None = None) -> Period:
    """The period just before: the week or month before, or as many days before a custom range."""
    if period.unit in UNITS:
        return period_of(period.unit, period.start - dt.timedelta(days=1), calendar)
    return Period("custom", period.start - dt.timedelta(days=period.days), period.start - dt.timedelta(days=1))


def chosen_period(choice: str, today: dt.date, calendar: str | None = None,
                  custom: tuple[dt.date | None, dt.date | None] = (None, None)) -> Period:
    """This week, this month, last month, or the custom days (in order; missing ones: today)."""
    if choice == "week":
        return week_of(today, calendar)
    if choice == "month":
        return month_of(today, calendar)
    if choice == "last_month":
        return previous(month_of(today, calendar), calendar)
    if choice != "custom":
        raise ValueError(f"unknown period choice {choice!r}; expected one of {CHOICES}")
    start, end = custom[0] or today, custom[1] or today
    return Period("custom", *sorted((start, end)))


def last_periods(unit: str, count: int, day: dt.date, calendar: str | None = None) -> list[Period]:
    """``count`` weeks or months ending with the one holding ``day``, oldest first."""
    if count < 1:
        raise ValueError("count must be at least 1")
    periods = [period_of(unit, day, calendar)]
    while len(periods) < count:
        periods.append(previous(periods[-1], calendar))
    return periods[::-1]


def period_label(period: Period, calendar: str | None = None, *, lang: str | None = None,
                 digits: str | None = None) -> str:
    """"Azar 1404" for a month, the first day ("15 Azar 1404") for a week, the days of a custom range."""
    calendar, lang, digits = _calendar(calendar), lang or current_language(), digits or current_digits()
    if period.unit == "month":
        return targets.period_label("month", *targets.month_of(period.start, calendar), calendar, lang=lang,
                                    digits=digits)
    if period.unit == "week":
        return format_date(period.start, calendar=calendar, digits=digits, style="long", lang=lang)
    return render(CUSTOM_RANGE, {"start": format_date(period.start, calendar=calendar, digits=digits, lang=lang),
                                 "end": format_date(period.end, calendar=calendar, digits=digits, lang=lang)},
                  lang=lang, digits=digits)


def period_caption(period: Period, calendar: str | None = None, *, lang: str | None = None,
                   digits: str | None = None) -> str:
    """The period in a sentence: "Azar 1404", "the week from 15 Azar 1404", "1404/09/01 to 1404/09/10"."""
    name = period_label(period, calendar, lang=lang, digits=digits)
    if period.unit != "week":
        return name
    return render(WEEK_FROM, {"day": f"\u2068{name}\u2069"}, lang=lang, digits=digits)


# --- the figures -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class PersonLoad:
    user_id: int | None  # None: the activities nobody is assigned to (or, for ``Workload.total``, everyone)
    name: str
    open: int = 0
    overdue: int = 0
    due_today: int = 0
    due_week: int = 0
    done: int = 0  # in the period
    done_before: int = 0  # in the period before


@dataclass(frozen=True)
class Workload:
    people: list[PersonLoad]  # active users by name (and anyone else with figures), "Unassigned" last
    total: PersonLoad
    period: Period
    previous: Period
    week: Period  # the current week ("due this week")
    now: dt.datetime


@dataclass(frozen=True)
class PersonSeries:
    user_id: int | None
    name: str
    counts: list[int]  # done in each period, oldest first

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True)
class CompletedSeries:
    unit: str
    periods: list[Period]  # oldest first
    people: list[PersonSeries]  # active users by name (and anyone else who did something), "Unassigned" last
    totals: list[int] = field(default_factory=list)


def _people(user_ids: set[int | None], *, unassigned: bool) -> list[tuple[int | None, str]]:
    """(id, name) of the active users and of the other users named in ``user_ids``, by name, then
    "Unassigned" when asked for or named."""
    others = [i for i in user_ids if i is not None]
    query = User.select(User.id, User.full_name, User.username).where(
        (User.deleted_at.is_null() & (User.is_active == True)) | User.id.in_(others))  # noqa: E712 - SQL
    found = {i: full or name for i, full, name in query.tuples()}
    people = sorted(found.items(), key=lambda item: (persian_sort_key(item[1]), item[0]))
    if unassigned or None in user_ids:
        people.append((None, render(UNASSIGNED)))
    return people


def _sum(condition, value: int = 1):
    return fn.SUM(When(None, ((condition, value),), 0))


_OPEN = Activity.done_at.is_null() & Activity.deleted_at.is_null()  # the partial indexes' condition


def open_query(today_start: dt.datetime, week_end: dt.datetime):
    """assignee, open, due before today, due from today to the week's end: read from the partial index
    over open activities alone, in its order (no sort)."""
    return (Activity.select(Activity.assignee, fn.COUNT(SQL("*")), _sum(Activity.due_at < today_start),
                            _sum((Activity.due_at >= today_start) & (Activity.due_at < week_end)))
            .where(_OPEN).group_by(Activity.assignee))


def today_query(now: dt.datetime, today_start: dt.datetime, tomorrow: dt.datetime):
    """assignee, open and due today, of which timed and already past (so overdue)."""
    timed = Activity.all_day == False  # noqa: E712 - SQL
    return (Activity.select(Activity.assignee, fn.COUNT(SQL("*")), _sum(timed & (Activity.due_at < now)))
            .where(_OPEN & (Activity.due_at >= today_start) & (Activity.due_at < tomorrow))
            .group_by(Activity.assignee))


def _open_counts(now: dt.datetime, today: tuple[dt.datetime, dt.datetime], week_end: dt.datetime) -> dict:
    """assignee -> [open, overdue, due today, due this week]."""
    counts: dict[int | None, list[int]] = {}
    # one read transaction (one snapshot on SQLite); a person who gained work between the reads still counts
    with database.atomic():
        for assignee, total, before_today, this_week in open_query(today[0], week_end).tuples():
            counts[assignee] = [total, before_today or 0, 0, this_week or 0]
        for assignee, due_today, past in today_query(now, *today).tuples():
            row = counts.setdefault(assignee, [due_today, 0, 0, due_today])
            row[1] += past or 0
            row[2] = due_today - (past or 0)
            row[3] -= past or 0
    return counts


def done_query(edges: list[dt.datetime]):
    """assignee, i, activities done in [edges[i], edges[i + 1]): one range scan of the done index."""
    inner = edges[1:-1]
    bucket = When(None, [(Activity.done_at < edge, i) for i, edge in enumerate(inner)], len(inner)) if inner \
        else SQL("0")
    return (Activity.select(Activity.assignee, bucket, fn.COUNT(SQL("*")))
            .where((Activity.done_at >= edges[0]) & (Activity.done_at < edges[-1]) & Activity.deleted_at.is_null())
            .group_by(SQL("1"), SQL("2")))


def _done_counts(edges: list[dt.datetime]) -> dict[tuple[int | None, int], int]:
    """(assignee, i) -> activities done in [edges[i], edges[i + 1])."""
    return {(assignee, int(index)): count for assignee, index, count in done_query(edges).tuples()}


def workload(period: Period | None = None, *, now: dt.datetime | None = None, tz: dt.tzinfo | None = None,
             calendar: str | None = None) -> Workload:
    """Every person's figures; ``period`` (default: this month) is what "done" counts, compared with
    the period before it."""
    calendar, now = _calendar(calendar), now or utcnow()
    today = local_date(now, tz)
    period = period or month_of(today, calendar)
    before = previous(period, calendar)
    week = week_of(today, calendar)
    today_bounds = (local_day_start(today, tz), local_day_start(today + dt.timedelta(days=1), tz))
    opened = _open_counts(now, today_bounds, week.bounds(tz)[1])
    done = _done_counts([before.bounds(tz)[0], *period.bounds(tz)])  # the period before is adjacent
    done_now, done_before = (lambda u: done.get((u, 1), 0)), (lambda u: done.get((u, 0), 0))
    named = set(opened) | {assignee for assignee, _ in done}
    people = []
    for user_id, name in _people(named, unassigned=True):
        figures = opened.get(user_id, [0, 0, 0, 0])
        people.append(PersonLoad(user_id, name, *figures, done_now(user_id), done_before(user_id)))
    total = PersonLoad(None, render(EVERYONE), *(sum(getattr(p, f) for p in people) for f in (
        "open", "overdue", "due_today", "due_week", "done", "done_before")))
    return Workload(people, total, period, before, week, now)


def completed_series(unit: str = "month", count: int | None = None, *, ending: dt.date | None = None,
                     now: dt.datetime | None = None, tz: dt.tzinfo | None = None,
                     calendar: str | None = None) -> CompletedSeries:
    """Activities done per person in each of the last ``count`` weeks or months (default 8 weeks or 6
    months), the last one holding ``ending`` (default today). Every active user has a series; others
    (and "Unassigned") only when they did something."""
    calendar, now = _calendar(calendar), now or utcnow()
    periods = last_periods(unit, count or SERIES_LENGTH[unit], ending or local_date(now, tz), calendar)
    edges = [p.bounds(tz)[0] for p in periods] + [periods[-1].bounds(tz)[1]]
    done = _done_counts(edges)
    people = [PersonSeries(user_id, name, [done.get((user_id, i), 0) for i in range(len(periods))])
              for user_id, name in _people({assignee for assignee, _ in done}, unassigned=False)]
    totals = [sum(p.counts[i] for p in people) for i in range(len(periods))]
    return CompletedSeries(unit, periods, people, totals)
