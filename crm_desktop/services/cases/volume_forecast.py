"""How many cases each category will bring in the coming weeks: the weekly counts of the last 52
weeks and a simple, explainable forecast.

Weeks start on Saturday when the user's calendar is Jalali or the language Persian, on Monday
otherwise (:mod:`crm_desktop.services.weeks`), at local midnight.
Week 0 is the current week (not over yet, so it is forecast too; ``this_week`` has its cases so
far); the history is the 52 complete weeks before it, oldest first; the forecast covers weeks
0 .. N-1.

The method, per category (and for all categories together), named by ``method`` for the UI
(:data:`METHODS` explains it in words):

- ``"seasonal"`` when a year of history exists: the category had cases in the 8 weeks before last
  year's base weeks (weeks -68 .. -61: it is more than a year old, and not a rare one) and in the
  base weeks themselves (weeks -60 .. -53, the 8 weeks before the same weeks last year). Then
  forecast(week k) = recent x season(k), where recent is the mean of the last 8 complete weeks
  and season(k) = (count of the same week a year earlier, 52 weeks before week k) / (mean of the
  base weeks). "Last year, the week after
  next had 30 % more cases than the two months before it: expect the same rise on today's level."
- ``"average"`` otherwise: the mean of the last 8 complete weeks, for every forecast week.

Cases are counted by their opening; the filters (team, person, category, channel, kind) narrow
them as in :mod:`crm_desktop.services.cases.stats`.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass

from crm_desktop.db.fields import utcnow
from crm_desktop.db.models import Case
from crm_desktop.services.cases.stats import epoch_us, labeller, local_midnight, moment_micros, narrowed, raw
from crm_desktop.services.cases.work_calendar import LocalZone
from crm_desktop.services.weeks import first_weekday
from crm_desktop.services.weeks import week_start as start_of_week
from crm_desktop.text.i18n import render
from crm_desktop.text.messages import QT_TRANSLATE_NOOP, TranslatableText

HISTORY_WEEKS = 52
RECENT_WEEKS = 8
MAX_WEEKS = 52
ALL_CATEGORIES = QT_TRANSLATE_NOOP("CaseReport", "All categories")
METHODS: dict[str, TranslatableText] = {
    "seasonal": QT_TRANSLATE_NOOP(
        "CaseReport", "The average of the last 8 weeks, raised or lowered as the same week last year "
                      "compared with the 8 weeks before it."),
    "average": QT_TRANSLATE_NOOP(
        "CaseReport", "The average of the last 8 weeks (not enough history a year back for a seasonal "
                      "pattern)."),
}


@dataclass(frozen=True)
class CategoryForecast:
    key: int | None  # category id; None: cases without a category (or the total row)
    label: str
    history: list[int]  # cases opened in each of the 52 complete weeks, oldest first
    this_week: int  # opened so far in the current week
    recent_mean: float  # mean of the last 8 complete weeks
    forecast: list[float]  # expected cases in each forecast week
    method: str  # "seasonal" | "average" (METHODS)
    factors: list[float] | None  # seasonal: the factor of each forecast week

    @property
    def method_text(self) -> str:
        return render(METHODS[self.method])


@dataclass(frozen=True)
class VolumeForecast:
    history_weeks: list[dt.date]  # the first day of each history week
    forecast_weeks: list[dt.date]  # the first day of each forecast week (the current week first)
    categories: list[CategoryForecast]  # most cases in the 52 weeks first
    total: CategoryForecast  # every category together


def week_start(day: dt.date, calendar: str | None = None) -> dt.date:
    """The first day of ``day``'s week (see :mod:`crm_desktop.services.weeks`)."""
    return start_of_week(day, first_weekday(calendar))


def _predict(key, label: str, series: list[int], weeks: int) -> CategoryForecast:
    """``series``: counts of weeks -68 .. 0 (index 68: the current week so far)."""
    now = len(series) - 1
    history = series[now - HISTORY_WEEKS:now]
    recent = sum(series[now - RECENT_WEEKS:now]) / RECENT_WEEKS
    old_enough = any(series[:RECENT_WEEKS])  # weeks -68 .. -61
    base = sum(series[RECENT_WEEKS:2 * RECENT_WEEKS]) / RECENT_WEEKS  # weeks -60 .. -53
    if old_enough and base > 0:
        factors = [series[now - HISTORY_WEEKS + k] / base for k in range(weeks)]  # week k - 52
        return CategoryForecast(key, label, history, series[now], recent, [recent * f for f in factors],
                                "seasonal", factors)
    return CategoryForecast(key, label, history, series[now], recent, [recent] * weeks, "average", None)


def forecast(weeks: int = 4, *, now: dt.datetime | None = None, calendar: str | None = None,
             tz: dt.tzinfo | None = None, team_id: int | None = None, assignee_id: int | None = None,
             category_id: int | None = None, channel: str | None = None, kind: str | None = None) -> VolumeForecast:
    """The weekly history and the next ``weeks`` (1..52) weeks' expected cases per category (see the
    module notes). ``tz`` defaults to the computer's zone, ``calendar`` to the user's setting."""
    if not 1 <= weeks <= MAX_WEEKS:
        raise ValueError(f"forecast weeks must be 1..{MAX_WEEKS}")
    zone = tz or LocalZone()
    now = now or utcnow()
    current = week_start(now.astimezone(zone).date(), calendar)
    back = HISTORY_WEEKS + 2 * RECENT_WEEKS  # weeks -68 .. -1 before the current one
    firsts = [current + dt.timedelta(weeks=i - back) for i in range(back + 2)]  # weeks -68 .. 1
    bounds = [local_midnight(day, zone) for day in firsts]
    edges = [moment_micros(b) for b in bounds]
    query = narrowed(Case.select(Case.category, epoch_us(Case.opened_at)), team_id=team_id, assignee_id=assignee_id,
                     category_id=category_id, channel=channel, kind=kind).where(
        (Case.opened_at >= bounds[0]) & (Case.opened_at < bounds[-1]))
    counts: dict[int | None, list[int]] = {}
    for key, opened in raw(query):
        series = counts.get(key)
        if series is None:
            series = counts[key] = [0] * (back + 1)
        series[min(max(bisect_right(edges, opened) - 1, 0), back)] += 1
    label = labeller("category")
    rows = [_predict(key, label(key), series, weeks) for key, series in counts.items()]
    rows.sort(key=lambda r: (-sum(r.history), -r.this_week, r.label))
    total = [sum(column) for column in zip(*counts.values())] if counts else [0] * (back + 1)
    return VolumeForecast(firsts[back - HISTORY_WEEKS:back], [current + dt.timedelta(weeks=k) for k in range(weeks)],
                          rows, _predict(None, render(ALL_CATEGORIES), total, weeks))
