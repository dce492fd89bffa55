"""What the Funnel report computes: the period choices and their days, the query (one
:class:`ReportQuery` in) and every figure of the page (one :class:`ReportData` out), worked out by
:func:`compute_report` in a worker thread from ``services.funnel``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from crm_desktop.services.funnel import forecast, metrics, targets

PERIOD_CHOICES = ("month", "quarter", "year", "last12", "custom")


def period_range(choice: str, calendar: str, today: dt.date,
                 custom: tuple[dt.date | None, dt.date | None] = (None, None)) -> tuple[dt.date, dt.date]:
    """First and last Gregorian day of a period choice in the calendar: the month / quarter / year
    holding ``today``, the twelve months ending with today's month, or the custom days (in order)."""
    if choice in ("month", "quarter", "year"):
        year, number = targets.current_period(choice, today, calendar)
        return targets.period_bounds(choice, year, number, calendar)
    if choice == "last12":
        year, month = targets.month_of(today, calendar)
        first_year, first_month = (year, 1) if month == 12 else (year - 1, month + 1)
        return (targets.month_bounds(first_year, first_month, calendar)[0],
                targets.month_bounds(year, month, calendar)[1])
    start, end = custom
    start, end = start or today, end or today
    return (start, end) if start <= end else (end, start)


@dataclass(frozen=True)
class ReportQuery:
    start: dt.date
    end: dt.date
    pipeline_id: int | None
    owner_id: int | None
    target_kind: str  # month / quarter / year: the targets' period kind
    target_day: dt.date  # a day of the targets' period
    calendar: str  # the user's


@dataclass(frozen=True)
class ReportData:
    query: ReportQuery
    conversion: metrics.Conversion
    times: list[metrics.StageTime]
    cycle: metrics.SalesCycle
    by_source: list[metrics.WinRate]
    by_owner: list[metrics.WinRate]
    lost: list[metrics.LostShare]
    sources: list[metrics.SourceReturn]
    months: list[forecast.ForecastMonth]
    progress: list[targets.Progress]
    target_period: tuple[str, int, int, str]  # kind, year, number, the office calendar


def compute_report(query: ReportQuery, progress: Callable[[int, int], None] | None = None,
                   cancel: Any = None) -> ReportData:
    """Every figure of the page (runs in a worker thread)."""
    steps = 9
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, steps)

    span = dict(pipeline_id=query.pipeline_id, owner_id=query.owner_id)
    conversion = metrics.conversion(query.start, query.end, **span)
    step()
    times = metrics.time_in_stage(query.start, query.end, **span)
    step()
    cycle = metrics.sales_cycle(query.start, query.end, **span)
    step()
    by_source = metrics.win_rates(query.start, query.end, "source", **span)
    step()
    by_owner = metrics.win_rates(query.start, query.end, "owner", **span)
    step()
    lost = metrics.lost_reasons(query.start, query.end, **span)
    step()
    sources = metrics.source_roi(query.start, query.end, **span)
    step()
    office = targets.office_calendar()
    months = forecast.forecast(calendar=office, **span)  # the months the targets are set in
    step()
    year, number = targets.current_period(query.target_kind, query.target_day, office)
    rows = targets.progress(query.target_kind, year, number, calendar=office)
    step()
    return ReportData(query, conversion, times, cycle, by_source, by_owner, lost, sources, months, rows,
                      (query.target_kind, year, number, office))
