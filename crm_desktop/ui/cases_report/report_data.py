"""What the Complaints report computes: the query (one :class:`ReportQuery` in) and every figure of
the page (one :class:`ReportData` out), worked out by :func:`compute_report` in a worker thread from
``services.cases.stats`` and ``services.cases.volume_forecast``; and how working time is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from crm_desktop.services.cases import stats, volume_forecast
from crm_desktop.services.cases.work_calendar import WorkCalendar, office_calendar
from crm_desktop.services.formatting import Formatter
from crm_desktop.services.progress import CancelToken, ProgressFn, check, report

FORECAST_WEEKS = 4
DASH = "\u2014"


@dataclass(frozen=True)
class ReportQuery:
    start: dt.date
    end: dt.date
    team_id: int | None = None
    assignee_id: int | None = None
    category_id: int | None = None
    channel: str | None = None
    backlog_step: str | None = None  # "day" / "week"; None: by the period's length
    calendar: str = "jalali"  # the user's: the forecast's weeks start on Saturday with Jalali


@dataclass(frozen=True)
class ReportData:
    query: ReportQuery
    report: stats.CaseReport
    forecast: volume_forecast.VolumeForecast

    def overall(self) -> stats.TimeRow:
        return self.report.times[None][0]


def compute_report(query: ReportQuery, progress: ProgressFn | None = None, cancel: CancelToken | None = None, *,
                   make_calendar: Callable[[], WorkCalendar] = office_calendar,
                   now: dt.datetime | None = None) -> ReportData:
    """Every figure of the page (runs in a worker thread; the working calendar is made here, in the
    thread that uses it). ``now`` (default: the present) judges pending deadlines and places the
    forecast's weeks; the forecast is asked for here rather than through ``stats.report`` so that it
    gets the same ``now`` and the user's calendar for its weeks."""
    cal = make_calendar()
    f = stats.CaseFilter(query.start, query.end, team_id=query.team_id, assignee_id=query.assignee_id,
                         category_id=query.category_id, channel=query.channel or None, tz=cal.tz)
    last = [1]

    def step(done: int, total: int) -> None:  # the report's steps, and one more for the forecast
        last[0] = total + 1
        report(progress, done, total + 1)

    figures = stats.report(f, cal, step, cancel, now=now, backlog_step=query.backlog_step, forecast_weeks=None)
    check(cancel)
    outlook = volume_forecast.forecast(FORECAST_WEEKS, now=now, calendar=query.calendar, tz=cal.tz,
                                       team_id=query.team_id, assignee_id=query.assignee_id,
                                       category_id=query.category_id, channel=query.channel or None)
    report(progress, last[0], last[0])
    return ReportData(query, figures, outlook)


# --- working time and scores as text ---------------------------------------------------------------

def hours_text(fmt: Formatter, minutes: float | None) -> str:
    """Working minutes as hours and minutes, "3:20" in the user's digits (half a minute rounds up)."""
    if minutes is None:
        return DASH
    whole = int(minutes + 0.5)
    return f"{fmt.number(whole // 60)}:{fmt.digits(f'{whole % 60:02d}')}"


def score_text(fmt: Formatter, average: float | None) -> str:
    """A satisfaction average (1..5) with one decimal, "4.3", in the user's digits."""
    if average is None:
        return DASH
    text = f"{average:.1f}"
    if fmt.prefs.digits != "latin":
        text = text.replace(".", "\u066b")
    return fmt.digits(text)


def count_text(fmt: Formatter, value: float) -> str:
    """An expected number of cases: one decimal under ten ("2.4"), whole above ("37")."""
    if value >= 10 or abs(value - round(value)) < 0.05:
        return fmt.number(int(value + 0.5))
    return score_text(fmt, value)
