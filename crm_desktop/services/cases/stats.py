"""The complaint queue's numbers for a period: first-response and resolution times in working
hours (overall and per person, team, category and channel), SLA compliance, the backlog day by day,
the reopen rate, satisfaction, and what customers complain about most.

Which cases count
- A period is the office-local days ``start``..``end`` inclusive: from local midnight of ``start``
  to local midnight after ``end`` (the filter's ``tz``, else the calendar's, else the computer's
  zone), compared with the stored UTC moments.
- Times, SLA compliance, the reopen rate, satisfaction and the top lists are about the cases
  OPENED in the period, whenever they were answered or resolved (a case opened on the last day and
  resolved a week later counts, with its full time). Cases opened earlier and resolved in the
  period belong to their own period. The backlog is different by nature: each point counts every
  case open at the end of that day, however old.
- The filter's team, person, category (a case's category or subcategory), channel and kind narrow
  every figure; soft-deleted cases never count.

Definitions
- Response time: working minutes (:class:`~crm_desktop.services.cases.work_calendar.WorkCalendar`)
  from the opening to the first response; resolution time: from the opening to the resolution
  (``resolved_at``; a case reopened and not yet resolved again has none). Time spent waiting for
  the customer is included here; the SLA deadlines, moved later by such waits, account for it.
- SLA: a case with a response deadline met it when ``first_response_at <= response_due_at``;
  it breached it when answered later, or when still unanswered after the deadline (``now``).
  Unanswered before the deadline: pending, in neither. The same for the resolution against
  ``resolve_due_at``. Cases without deadlines (no policy) are not counted.
- Backlog at the end of a day: opened before local midnight after the day and not resolved
  before it (``resolved_at`` empty or later); reopened cases count as open since their opening.
- Reopen rate: cases reopened at least once / cases resolved at least once (resolved now or
  reopened).
- Top categories and products count complaints (kind "complaint") only.

Speed (``python -m bench cases_report``): the times and the backlog come from one pass over plain
tuples whose moments the database turns into integer microseconds (no date parsing in Python;
SQLite's date functions keep milliseconds, finer than any report needs). A case's working time is
three bisections in the calendar's table of working spans (:meth:`WorkCalendar.spans`) instead of
two ``minutes_between`` calls; the cases are gathered by (person, team, category, channel) during
the pass, so each grouping merges a few hundred sorted lists. SLA compliance and the reopen rate
are one SQL aggregate; satisfaction and the top lists read the rated cases and the complaints once
and count in Python (SQLite's GROUP BY sorts a million rows: several times slower).
"""

from __future__ import annotations

import datetime as dt
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from peewee import Case as When
from peewee import SQL, fn

from crm_desktop.db import search_index
from crm_desktop.db.base import database
from crm_desktop.db.fields import utcnow
from crm_desktop.db.models import Case, CaseCategory, Team, User
from crm_desktop.services import labels
from crm_desktop.services.cases import labels as case_labels
from crm_desktop.services.cases.work_calendar import LocalZone, WorkCalendar
from crm_desktop.services.progress import CancelToken, ProgressFn, check, report as report_progress
from crm_desktop.services.weeks import first_weekday
from crm_desktop.text.i18n import render
from crm_desktop.text.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from crm_desktop.services.cases.volume_forecast import VolumeForecast

ALL_CASES = QT_TRANSLATE_NOOP("CaseReport", "All cases")
NO_ASSIGNEE = QT_TRANSLATE_NOOP("CaseReport", "Unassigned")
NO_TEAM = QT_TRANSLATE_NOOP("CaseReport", "No team")
NO_CATEGORY = QT_TRANSLATE_NOOP("CaseReport", "No category")
NO_CHANNEL = QT_TRANSLATE_NOOP("CaseReport", "No channel")

GROUPINGS = ("person", "team", "category", "channel")
BACKLOG_STEPS = ("day", "week")
DAILY_BACKLOG_DAYS = 92  # report(): a backlog point per day up to this many days, else per week

_EPOCH = dt.datetime(1970, 1, 1)  # naive UTC, as the database gives it
_EPOCH_UTC = _EPOCH.replace(tzinfo=dt.timezone.utc)
_US = dt.timedelta(microseconds=1)
_MINUTE = 60_000_000  # microseconds
BATCH = 1 << 16  # rows fetched at a time in the long pass (a cancel check each)


# --- the filter ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class CaseFilter:
    start: dt.date  # first office-local day of the period
    end: dt.date  # last day, inclusive
    team_id: int | None = None
    assignee_id: int | None = None
    category_id: int | None = None  # a category or a subcategory
    channel: str | None = None  # CASE_CHANNELS; None or "": any
    kind: str | None = None  # CASE_KINDS; None or "": any
    tz: dt.tzinfo | None = field(default=None, compare=False)  # None: the calendar's, else the computer's


def day_bounds(f: CaseFilter, tz: dt.tzinfo | None = None) -> tuple[dt.datetime, dt.datetime]:
    """The UTC moments [from, to) covering the filter's local days."""
    zone = f.tz or tz or LocalZone()
    return local_midnight(f.start, zone), local_midnight(f.end + dt.timedelta(days=1), zone)


def local_midnight(day: dt.date, zone: dt.tzinfo) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=zone).astimezone(dt.timezone.utc)


def narrowed(query, f: CaseFilter | None = None, *, team_id=None, assignee_id=None, category_id=None,
             channel=None, kind=None):
    """Alive cases matching the filter's (or the given) team, person, category, channel and kind."""
    if f is not None:
        team_id, assignee_id, category_id, channel, kind = f.team_id, f.assignee_id, f.category_id, f.channel, f.kind
    query = query.where(Case.deleted_at.is_null())
    if team_id is not None:
        query = query.where(Case.team == team_id)
    if assignee_id is not None:
        query = query.where(Case.assignee == assignee_id)
    if category_id is not None:
        query = query.where((Case.category == category_id) | (Case.subcategory == category_id))
    if channel:
        query = query.where(Case.channel == channel)
    if kind:
        query = query.where(Case.kind == kind)
    return query


def _opened_in(query, f: CaseFilter, tz: dt.tzinfo | None = None):
    low, high = day_bounds(f, tz)
    return narrowed(query, f).where((Case.opened_at >= low) & (Case.opened_at < high))


def raw(query):
    """The rows of a Peewee query as the driver gives them (no per-row conversion)."""
    return database.execute_sql(*query.sql())


def epoch_us(column):
    """SQL for a stored moment as an integer of UTC microseconds since 1970 (NULL stays NULL), so a
    million rows need no date parsing in Python. SQLite's date functions keep milliseconds: there
    the value is whole milliseconds."""
    if search_index.is_sqlite():
        return fn.ROUND((fn.julianday(column) - 2440587.5) * 86400000.0).cast("INTEGER") * 1000
    return fn.ROUND(fn.date_part("epoch", column) * 1000000.0).cast("BIGINT")


def moment_micros(moment: dt.datetime) -> int:
    return (moment.astimezone(dt.timezone.utc).replace(tzinfo=None) - _EPOCH) // _US


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _percent(part: int, whole: int) -> float | None:
    return 100.0 * part / whole if whole else None


# --- labels --------------------------------------------------------------------------------------

def user_names() -> dict[int, str]:
    return {i: full or name for i, full, name in raw(User.select(User.id, User.full_name, User.username))}


def _names(model) -> dict[int, str]:
    return dict(raw(model.select(model.id, model.name)).fetchall())


def labeller(by: str | None) -> Callable[[object], str]:
    """``key -> label`` for a grouping: user display names, team and category names, channel
    words; a missing key gets "Unassigned" / "No team" / "No category"."""
    if by is None:
        text = render(ALL_CASES)
        return lambda key: text
    if by == "channel":
        missing = render(NO_CHANNEL)
        return lambda key: labels.label(case_labels.CHANNELS, key) if key else missing
    names, missing = {"person": (user_names, NO_ASSIGNEE), "team": (lambda: _names(Team), NO_TEAM),
                      "category": (lambda: _names(CaseCategory), NO_CATEGORY)}[by]
    table, text = names(), render(missing)
    return lambda key: text if key is None else table.get(key, text)


def _sorted(rows: list, count: Callable) -> list:
    return sorted(rows, key=lambda r: (-count(r), r.label, str(r.key)))


# --- response and resolution times ---------------------------------------------------------------

@dataclass(frozen=True)
class TimeRow:
    key: int | str | None  # user / team / category id, channel code; None: none set (or the overall row)
    label: str
    count: int  # cases opened in the period
    responded: int  # of them, with a first response
    avg_response_minutes: float | None  # working minutes, opening -> first response
    median_response_minutes: float | None
    resolved: int  # of them, resolved
    avg_resolution_minutes: float | None  # working minutes, opening -> resolution
    median_resolution_minutes: float | None


KEY_AT = {"person": 0, "team": 1, "category": 2, "channel": 3}


@dataclass
class _Scan:
    """The cases opened in the period by (person, team, category, channel): how many, and their
    response and resolution working minutes (sorted); for the backlog, the openings and resolutions
    of every case open during the period."""

    groups: dict = field(default_factory=dict)  # key tuple -> [count, responses, resolutions]
    opened: array = field(default_factory=lambda: array("q"))
    closed: array = field(default_factory=lambda: array("q"))


def _scan(f: CaseFilter, cal: WorkCalendar, *, backlog_span: bool = False,
          cancel: CancelToken | None = None) -> _Scan:
    """One pass over the cases: those opened in the period get their working minutes, gathered by
    their (person, team, category, channel); with ``backlog_span`` the cases still open at the
    period's start come too (their opening and resolution only) for :func:`_backlog_points`."""
    low, high = day_bounds(f, cal.tz)
    columns = [epoch_us(Case.opened_at), epoch_us(Case.first_response_at), epoch_us(Case.resolved_at),
               Case.assignee, Case.team, Case.category, Case.channel]
    if backlog_span:
        columns.append(When(None, [(Case.opened_at >= low, 1)], 0))  # in the period (exact, unlike epoch_us)
        where = (Case.opened_at < high) & (Case.resolved_at.is_null() | (Case.resolved_at >= low))
    else:
        columns.append(SQL("1"))
        where = (Case.opened_at >= low) & (Case.opened_at < high)
    cursor = raw(narrowed(Case.select(*columns), f).where(where))
    out = _Scan()
    groups = out.groups
    # the calendar's working spans from the period's start to well after now; a case answered
    # outside them (bad data) falls back to minutes_between
    starts, ends, cum = cal.spans(low, max(high, utcnow()) + dt.timedelta(days=1))
    first_start, last_end = (starts[0], ends[-1]) if starts else (0, -1)

    def worked(us: int) -> int:  # working microseconds before the moment
        i = bisect_right(starts, us) - 1
        if i < 0:
            return 0
        end = ends[i]
        return cum[i] + (us if us < end else end) - starts[i]

    opened_add, closed_add = out.opened.append, out.closed.append
    while True:
        check(cancel)
        batch = cursor.fetchmany(BATCH)
        if not batch:
            break
        for o, a, r, who, group, kind_of, via, inside in batch:
            if backlog_span:
                opened_add(o)
                if r is not None:
                    closed_add(r if r > o else o)
                if not inside:
                    continue
            key = (who, group, kind_of, via)
            figures = groups.get(key)
            if figures is None:
                figures = groups[key] = [0, [], []]
            figures[0] += 1
            if a is None and r is None:
                continue
            if first_start <= o and (a is None or a <= last_end) and (r is None or r <= last_end):
                base = worked(o)
                if a is not None:
                    figures[1].append(0 if a <= o else (worked(a) - base) // _MINUTE)
                if r is not None:
                    figures[2].append(0 if r <= o else (worked(r) - base) // _MINUTE)
            else:
                opened_at = _EPOCH_UTC + o * _US
                if a is not None:
                    figures[1].append(cal.minutes_between(opened_at, _EPOCH_UTC + a * _US))
                if r is not None:
                    figures[2].append(cal.minutes_between(opened_at, _EPOCH_UTC + r * _US))
    for _, responses, resolutions in groups.values():
        responses.sort()  # sorted runs: a grouping's concatenation sorts in near-linear time
        resolutions.sort()
    return out


def _time_rows(scan: _Scan, by: str | None) -> list[TimeRow]:
    label = labeller(by)
    merged: dict[object, list] = {}
    at = KEY_AT[by] if by is not None else None
    for key, (count, responses, resolutions) in scan.groups.items():
        group = key[at] if at is not None else None
        figures = merged.get(group)
        if figures is None:
            figures = merged[group] = [0, [], []]
        figures[0] += count
        figures[1] += responses
        figures[2] += resolutions
    if by is None and not merged:
        merged[None] = [0, [], []]
    rows = []
    for group, (count, responses, resolutions) in merged.items():
        responses.sort()
        resolutions.sort()
        rows.append(TimeRow(group, label(group), count, len(responses), _mean(responses), _median(responses),
                            len(resolutions), _mean(resolutions), _median(resolutions)))
    return _sorted(rows, lambda r: r.count)


def _mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


def _median(ordered: list[int]) -> float | None:
    n = len(ordered)
    if not n:
        return None
    middle = n // 2
    return float(ordered[middle]) if n % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def response_and_resolution(f: CaseFilter, cal: WorkCalendar, by: str | None = None) -> list[TimeRow]:
    """Count, average and median first-response and resolution working minutes of the cases opened
    in the period, per ``by`` ("person", "team", "category", "channel"; only keys with cases) or
    overall (``None``: always one row), most cases first."""
    if by is not None and by not in GROUPINGS:
        raise ValueError(f"unknown grouping {by!r}")
    return _time_rows(_scan(f, cal), by)


# --- SLA compliance and reopen rate (one SQL aggregate) -----------------------------------------

@dataclass(frozen=True)
class SlaCompliance:
    response_met: int
    response_breached: int
    response_pending: int  # not answered yet, deadline still ahead
    resolution_met: int
    resolution_breached: int
    resolution_pending: int
    response_percent: float | None  # met / (met + breached) x 100; None when nothing was judged
    resolution_percent: float | None


@dataclass(frozen=True)
class ReopenRate:
    reopened: int  # cases reopened at least once
    resolved: int  # cases resolved at least once (resolved now, or reopened)
    rate: float | None  # reopened / resolved


def _count_if(condition):
    return fn.SUM(When(None, [(condition, 1)], 0))


def _sla_and_reopen(f: CaseFilter, now: dt.datetime | None, tz: dt.tzinfo | None = None) -> tuple[SlaCompliance,
                                                                                                  ReopenRate]:
    now = now or utcnow()
    figures = []
    for done, due in ((Case.first_response_at, Case.response_due_at), (Case.resolved_at, Case.resolve_due_at)):
        figures += [_count_if(due.is_null(False) & done.is_null(False) & (done <= due)),
                    _count_if(due.is_null(False) & ((done.is_null(False) & (done > due))
                                                    | (done.is_null() & (due < now)))),
                    fn.COUNT(due)]
    reopened = Case.reopen_count > 0
    figures += [_count_if(reopened), _count_if(reopened | Case.resolved_at.is_null(False))]
    row = raw(_opened_in(Case.select(*figures), f, tz)).fetchone()
    r_met, r_bad, r_all, s_met, s_bad, s_all, again, resolved = (int(v or 0) for v in row)
    return (SlaCompliance(r_met, r_bad, r_all - r_met - r_bad, s_met, s_bad, s_all - s_met - s_bad,
                          _percent(r_met, r_met + r_bad), _percent(s_met, s_met + s_bad)),
            ReopenRate(again, resolved, _ratio(again, resolved)))


def sla_compliance(f: CaseFilter, now: dt.datetime | None = None) -> SlaCompliance:
    """Met and breached response and resolution deadlines among the period's cases (see the module
    notes), judged at ``now``."""
    return _sla_and_reopen(f, now)[0]


def reopen_rate(f: CaseFilter) -> ReopenRate:
    return _sla_and_reopen(f, None)[1]


# --- backlog -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class BacklogPoint:
    day: dt.date  # the open cases at the end of this local day
    open: int


def backlog_days(f: CaseFilter, step: str = "day", calendar: str | None = None) -> list[dt.date]:
    """The days the backlog is counted at: every day, or the last day of each week (weeks as in
    :func:`first_weekday`) and the period's last day."""
    if step not in BACKLOG_STEPS:
        raise ValueError(f"unknown backlog step {step!r}")
    days = [f.start + dt.timedelta(days=i) for i in range((f.end - f.start).days + 1)]
    if step == "week":
        last = (first_weekday(calendar) - 1) % 7
        days = [d for d in days if d.weekday() == last or d == f.end]
    return days


def _backlog_points(opened: Iterable[int], closed: Iterable[int], days: list[dt.date],
                    zone: dt.tzinfo) -> list[BacklogPoint]:
    """Open at the end of each day = opened before the next midnight - resolved before it (every
    resolution counts from its opening on), from the two sorted arrays."""
    opened, closed = sorted(opened), sorted(closed)
    points = []
    for day in days:
        edge = moment_micros(local_midnight(day + dt.timedelta(days=1), zone))
        points.append(BacklogPoint(day, bisect_left(opened, edge) - bisect_left(closed, edge)))
    return points


def backlog(f: CaseFilter, step: str = "day", *, calendar: str | None = None,
            cancel: CancelToken | None = None) -> list[BacklogPoint]:
    """Cases open at the end of each day of the period (``step="day"``) or of each week."""
    days = backlog_days(f, step, calendar)
    low, high = day_bounds(f)
    cursor = raw(narrowed(Case.select(epoch_us(Case.opened_at), epoch_us(Case.resolved_at)), f).where(
        (Case.opened_at < high) & (Case.resolved_at.is_null() | (Case.resolved_at >= low))))
    opened, closed = array("q"), array("q")
    while True:
        check(cancel)
        batch = cursor.fetchmany(BATCH)
        if not batch:
            break
        opened.extend(o for o, _ in batch)
        closed.extend(r if r > o else o for o, r in batch if r is not None)
    return _backlog_points(opened, closed, days, f.tz or LocalZone())


# --- satisfaction --------------------------------------------------------------------------------

@dataclass(frozen=True)
class SatisfactionRow:
    key: int | None  # user or category id; None: none set (or the overall row)
    label: str
    average: float | None  # of the scores 1..5
    count: int  # rated cases


def _ratings(f: CaseFilter, tz: dt.tzinfo | None = None) -> list[tuple[int | None, int | None, int]]:
    """(person, category, score) of the rated cases opened in the period."""
    query = _opened_in(Case.select(Case.assignee, Case.category, Case.satisfaction)
                       .where(Case.satisfaction.is_null(False)), f, tz)
    return raw(query).fetchall()


def _satisfaction_rows(ratings: list[tuple], by: str | None) -> list[SatisfactionRow]:
    label = labeller(by)
    if by is None:
        count = len(ratings)
        return [SatisfactionRow(None, label(None), sum(r[2] for r in ratings) / count if count else None, count)]
    at = {"person": 0, "category": 1}[by]
    totals: dict[int | None, list[int]] = {}
    for row in ratings:
        figures = totals.get(row[at])
        if figures is None:
            figures = totals[row[at]] = [0, 0]
        figures[0] += row[2]
        figures[1] += 1
    return _sorted([SatisfactionRow(key, label(key), total / count, count) for key, (total, count) in totals.items()],
                   lambda r: r.count)


def satisfaction(f: CaseFilter, by: str | None = "person") -> list[SatisfactionRow]:
    """Average customer score (1..5) of the rated cases opened in the period, per ``by``
    ("person", "category"; only keys with ratings) or overall (``None``: always one row), most
    ratings first."""
    if by not in ("person", "category", None):
        raise ValueError(f"unknown grouping {by!r}")
    return _satisfaction_rows(_ratings(f), by)


# --- what is complained about --------------------------------------------------------------------

@dataclass(frozen=True)
class TopRow:
    key: int | str | None  # category id or product text; None: no category
    label: str
    count: int  # complaints opened in the period
    share: float  # of all the period's complaints (that match the filter)


def _complaints(f: CaseFilter, tz: dt.tzinfo | None = None) -> list[tuple[int | None, str]]:
    """(category, product) of the complaints opened in the period."""
    if f.kind and f.kind != "complaint":
        return []
    return raw(_opened_in(Case.select(Case.category, Case.product).where(Case.kind == "complaint"), f, tz)).fetchall()


def _top(complaints: list[tuple], at: int, limit: int, label: Callable[[object], str]) -> list[TopRow]:
    counts = Counter(row[at] for row in complaints)
    total = len(complaints)
    rows = [TopRow(key, label(key), n, n / total) for key, n in counts.items() if not (at == 1 and not key)]
    return _sorted(rows, lambda r: r.count)[:limit]


def top_categories(f: CaseFilter, limit: int = 10) -> list[TopRow]:
    """The categories with the most complaints (cases without one together as "No category")."""
    return _top(_complaints(f), 0, limit, labeller("category"))


def top_products(f: CaseFilter, limit: int = 10) -> list[TopRow]:
    """The products named in the most complaints (as typed; complaints naming none are left out of
    the list but not of the shares)."""
    return _top(_complaints(f), 1, limit, str)


# --- everything at once --------------------------------------------------------------------------

@dataclass(frozen=True)
class CaseReport:
    filter: CaseFilter
    times: dict[str | None, list[TimeRow]]  # None: the overall row; then per GROUPINGS
    sla: SlaCompliance
    backlog_step: str
    backlog: list[BacklogPoint]
    reopen: ReopenRate
    satisfaction: dict[str | None, list[SatisfactionRow]]  # None: overall; "person", "category"
    top_categories: list[TopRow]
    top_products: list[TopRow]
    forecast: VolumeForecast | None  # when asked for


def report(f: CaseFilter, cal: WorkCalendar, progress: ProgressFn | None = None, cancel: CancelToken | None = None,
           *, now: dt.datetime | None = None, backlog_step: str | None = None, top: int = 10,
           forecast_weeks: int | None = 4) -> CaseReport:
    """Every figure of the report view in one go: one pass over the cases for the times and the
    backlog, one SQL aggregate for SLA and reopening, the rated cases and the complaints read once
    each, and the volume forecast (``forecast_weeks=None``: none). The backlog is per day for
    periods up to :data:`DAILY_BACKLOG_DAYS` days, else per week. ``progress`` gets (step, steps);
    ``cancel`` raises Cancelled between steps and during the long pass."""
    from crm_desktop.services.cases import volume_forecast

    f = f if f.tz is not None else replace(f, tz=cal.tz)
    step = backlog_step or ("day" if (f.end - f.start).days < DAILY_BACKLOG_DAYS else "week")
    total, done = 10, 0

    def advance() -> None:
        nonlocal done
        check(cancel)
        done += 1
        report_progress(progress, done, total)

    report_progress(progress, 0, total)
    days = backlog_days(f, step)
    scan = _scan(f, cal, backlog_span=True, cancel=cancel)
    advance()
    points = _backlog_points(scan.opened, scan.closed, days, f.tz)
    scan.opened = scan.closed = array("q")
    advance()
    times = {}
    for by in (None, *GROUPINGS):
        times[by] = _time_rows(scan, by)
        advance()
    del scan
    sla, again = _sla_and_reopen(f, now)
    advance()
    ratings = _ratings(f)
    happy = {by: _satisfaction_rows(ratings, by) for by in (None, "person", "category")}
    del ratings
    complaints = _complaints(f)
    categories, products = _top(complaints, 0, top, labeller("category")), _top(complaints, 1, top, str)
    del complaints
    advance()
    outlook = None
    if forecast_weeks:
        outlook = volume_forecast.forecast(forecast_weeks, team_id=f.team_id, assignee_id=f.assignee_id,
                                           category_id=f.category_id, channel=f.channel, kind=f.kind, tz=f.tz,
                                           now=now)
    advance()
    return CaseReport(f, times, sla, step, points, again, happy, categories, products, outlook)
