"""What the open deals should bring: a weighted forecast by expected close month, against what was
already won in those months and the month's target; and how many new leads a revenue target needs.

Months are the user's calendar's (Jalali months when the calendar is Jalali). The open deals are
read as plain rows and summed per day, then per month, in exact integers; the won amounts of all
the months come from one query over their whole span.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass

from peewee import fn

from crm_desktop.db.models import Deal, Lead, PipelineStage
from crm_desktop.services import settings
from crm_desktop.services.errors import FieldError, ValidationError
from crm_desktop.services.funnel import targets
from crm_desktop.services.funnel.metrics import day_bounds, deal_filter, moment, naive, raw
from crm_desktop.text.i18n import render
from crm_desktop.text.messages import QT_TRANSLATE_NOOP, TranslatableText

UNDATED = QT_TRANSLATE_NOOP("Funnel", "No expected close date")
BAD_TARGET = QT_TRANSLATE_NOOP("Errors", "Enter a revenue target greater than zero.")
NO_LEADS = QT_TRANSLATE_NOOP("Funnel", "No leads came in during the look-back period.")
NO_WINS = QT_TRANSLATE_NOOP("Funnel", "No deal that came from a lead was won during the look-back period.")
LOOK_BACK_DAYS = 365


@dataclass(frozen=True)
class ForecastMonth:
    key: tuple[int, int] | None  # (year, month) in the calendar; None: the undated bucket
    label: str
    first_day: dt.date | None  # Gregorian
    last_day: dt.date | None
    deals: int  # open deals expected to close in the month
    amount: int  # their amount, Rial
    weighted: int  # sum of amount x (deal's probability, else its stage's) / 100
    won: int  # Rial already won in the month (closed_at in it)
    target: int | None  # the month's target (the owner's when filtered by owner, else the office's)


def _date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def forecast(*, pipeline_id: int | None = None, owner_id: int | None = None, source_id: int | None = None,
             calendar: str | None = None) -> list[ForecastMonth]:
    """Every month holding an open deal's expected close (overdue ones in their past month), in order,
    then the undated bucket when some open deals have no expected close."""
    calendar = calendar or settings.load_preferences().calendar
    # plain rows, folded here: a GROUP BY on the date made SQLite walk every deal by that index
    query = deal_filter(Deal.select(Deal.expected_close, Deal.amount,
                                    fn.COALESCE(Deal.probability, PipelineStage.probability))
                        .join(PipelineStage, on=(PipelineStage.id == Deal.stage))
                        .where(Deal.status == "open"), pipeline_id, owner_id, source_id)
    by_day: dict[object, list[int]] = {}
    for day, amount, probability in raw(query):
        figures = by_day.get(day)
        if figures is None:
            figures = by_day[day] = [0, 0, 0]
        figures[0] += 1
        figures[1] += amount
        figures[2] += amount * probability
    months: dict[tuple[int, int] | None, list[int]] = {}
    for day, (number, amount, weighted) in by_day.items():
        key = targets.month_of(_date(day), calendar) if day is not None else None
        figures = months.setdefault(key, [0, 0, 0])
        figures[0], figures[1], figures[2] = figures[0] + number, figures[1] + amount, figures[2] + weighted
    dated = sorted(k for k in months if k is not None)
    bounds = [targets.month_bounds(*k, calendar) for k in dated]
    won = _won_by_month(bounds, pipeline_id, owner_id, source_id)
    goals = targets.targets_of("month", [first for first, _ in bounds])
    scope = targets.TargetKey(owner_id, None)
    result = []
    for index, key in enumerate(dated):
        first, last = bounds[index]
        number, amount, weighted = months[key]
        result.append(ForecastMonth(key, targets.period_label("month", key[0], key[1], calendar), first, last,
                                    number, amount, round(weighted / 100), won[index], goals.get((scope, first))))
    if None in months:
        number, amount, weighted = months[None]
        result.append(ForecastMonth(None, render(UNDATED), None, None, number, amount, round(weighted / 100), 0, None))
    return result


def _won_by_month(bounds: list[tuple[dt.date, dt.date]], pipeline_id, owner_id, source_id) -> list[int]:
    """Rial won in each month (consecutive or not), with one query over the whole span."""
    if not bounds:
        return []
    edges = [naive(day_bounds(first, last)[0]) for first, last in bounds]
    ends = [naive(day_bounds(first, last)[1]) for first, last in bounds]
    query = deal_filter(Deal.select(Deal.closed_at, Deal.amount).where(
        (Deal.status == "won") & (Deal.closed_at >= edges[0]) & (Deal.closed_at < ends[-1])),
        pipeline_id, owner_id, source_id)
    won = [0] * len(bounds)
    for closed, amount in raw(query):
        closed = moment(closed)
        index = bisect.bisect_right(edges, closed) - 1
        if closed < ends[index]:  # not in a gap between two months that have no open deal between them
            won[index] += amount
    return won


@dataclass(frozen=True)
class LeadsNeeded:
    leads: int | None  # new leads needed; None when there is no history to measure (see reason)
    reason: TranslatableText | None
    window: tuple[dt.date, dt.date]  # the look-back days measured
    leads_in_window: int
    won_deals: int  # deals from leads won in the window
    won_amount: int  # Rial
    conversion: float | None  # won_deals / leads_in_window
    average_deal: int | None  # won_amount / won_deals, Rial


def leads_needed(revenue_target: int, start: dt.date | None = None, end: dt.date | None = None, *,
                 owner_id: int | None = None, source_id: int | None = None) -> LeadsNeeded:
    """How many new leads it takes to win ``revenue_target`` Rial, at the pace of the look-back
    window ``start``..``end`` (default: the 365 days up to today).

    Measured in the window (a throughput, not a cohort, so leads too young to have closed yet do not
    pull the rate down): L = leads created, W = deals that came from a lead (``deal.lead`` set) won,
    A = their won amount. Conversion c = W / L, average won deal d = A / W, so one lead is worth
    c x d = A / L Rial on average, and the target needs ``ceil(target / (c x d)) = ceil(target x L / A)``
    leads. E.g. 40 leads, 4 won for 2,000,000,000 Rial: c = 10 %, d = 500,000,000, a lead is worth
    50,000,000, so 1,200,000,000 Rial needs 24 leads. Without leads or without wins in the window
    the answer is None with the reason."""
    if revenue_target is None or revenue_target <= 0:
        raise ValidationError([FieldError("revenue_target", BAD_TARGET)])
    end = end or dt.date.today()
    start = start or end - dt.timedelta(days=LOOK_BACK_DAYS - 1)
    low, high = day_bounds(start, end)
    leads = Lead.select(fn.COUNT(Lead.id)).where(Lead.deleted_at.is_null() & (Lead.created_at >= low)
                                                 & (Lead.created_at < high))
    wins = deal_filter(Deal.select(fn.COUNT(Deal.id), fn.SUM(Deal.amount))
                       .where((Deal.status == "won") & Deal.lead.is_null(False) & (Deal.closed_at >= low)
                              & (Deal.closed_at < high)), owner_id=owner_id, source_id=source_id)
    if owner_id is not None:
        leads = leads.where(Lead.owner == owner_id)
    if source_id is not None:
        leads = leads.where(Lead.source == source_id)
    lead_count = raw(leads).fetchone()[0] or 0
    won_count, won_amount = raw(wins).fetchone()
    won_count, won_amount = won_count or 0, int(won_amount or 0)
    conversion = won_count / lead_count if lead_count else None
    average = round(won_amount / won_count) if won_count else None
    reason = NO_LEADS if not lead_count else NO_WINS if not won_amount else None
    needed = None if reason else -(-revenue_target * lead_count // won_amount)
    return LeadsNeeded(needed, reason, (start, end), lead_count, won_count, won_amount, conversion, average)
