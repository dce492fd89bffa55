"""The funnel's numbers for a period: conversion per stage, time in stage, sales cycle, win rates,
lost reasons and what each advertising source brought (ROI).

A period is the days ``start``..``end`` (inclusive) as the user sees them: from local midnight of
``start`` to local midnight after ``end``, compared with the stored UTC moments. Every report takes
the optional filters ``pipeline_id``, ``owner_id`` and ``source_id`` (on the deal); soft-deleted
deals and log rows never count. Conversion and time in stage follow one pipeline's stage order, so
there ``pipeline_id=None`` means the default pipeline; elsewhere it means every pipeline.

Everything is a SQL aggregate or one pass over plain rows read with raw SQL (no model objects, no
Peewee date parsing per row), so the reports stay quick over 200k deals and 1M stage changes
(``python -m bench funnel``).
"""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass

from peewee import fn

from crm_desktop.db.base import database
from crm_desktop.db.models import Deal, DealStageChange, Lead, LeadSource, LostReason, User
from crm_desktop.services.funnel import choices, pipelines
from crm_desktop.text.i18n import render
from crm_desktop.text.messages import QT_TRANSLATE_NOOP

NO_SOURCE = QT_TRANSLATE_NOOP("Funnel", "No source")
NO_OWNER = QT_TRANSLATE_NOOP("Funnel", "No owner")
NO_REASON = QT_TRANSLATE_NOOP("Funnel", "No reason given")
DAY_SECONDS = 86400.0


# --- shared helpers ------------------------------------------------------------------------------

def day_bounds(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The UTC moments [from, to) covering the local days ``start``..``end`` inclusive."""
    low = dt.datetime.combine(start, dt.time()).astimezone(dt.timezone.utc)
    high = dt.datetime.combine(end + dt.timedelta(days=1), dt.time()).astimezone(dt.timezone.utc)
    return low, high


def moment(value) -> dt.datetime:
    """A stored moment read with raw SQL (text on SQLite, naive datetime on PostgreSQL) as a naive
    UTC datetime: cheap enough for a million rows."""
    if isinstance(value, str):
        return dt.datetime.fromisoformat(value)
    return value.astimezone(dt.timezone.utc).replace(tzinfo=None) if value.tzinfo else value


def naive(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.timezone.utc).replace(tzinfo=None)


def raw(query):
    """Run a Peewee query and give its rows as the driver returns them (no per-row conversion)."""
    return database.execute_sql(*query.sql())


def deal_filter(query, pipeline_id: int | None = None, owner_id: int | None = None, source_id: int | None = None):
    """Alive deals of the chosen pipeline / owner / source (a query that already names ``Deal``)."""
    query = query.where(Deal.deleted_at.is_null())
    if pipeline_id is not None:
        query = query.where(Deal.pipeline == pipeline_id)
    if owner_id is not None:
        query = query.where(Deal.owner == owner_id)
    if source_id is not None:
        query = query.where(Deal.source == source_id)
    return query


def closed_in(status: str, start: dt.date, end: dt.date):
    low, high = day_bounds(start, end)
    return (Deal.status == status) & (Deal.closed_at >= low) & (Deal.closed_at < high)


def _days(seconds: list[float]) -> tuple[float | None, float | None]:
    if not seconds:
        return None, None
    return sum(seconds) / len(seconds) / DAY_SECONDS, statistics.median(seconds) / DAY_SECONDS


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


# --- conversion ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class StageConversion:
    stage_id: int
    name: str
    entered: int  # deals that came into the stage during the period (each deal once)
    advanced: int  # of them, later reached a later open stage or won
    lost: int  # of them, later lost without advancing
    rate: float | None  # advanced / entered

    @property
    def dropped(self) -> int:
        """Did not advance: lost, or still waiting in the stage or before it."""
        return self.entered - self.advanced


@dataclass(frozen=True)
class Conversion:
    stages: list[StageConversion]  # the open stages in board order
    started: int  # deals that entered the first stage during the period
    won: int  # of them, later won
    overall: float | None  # won / started
    biggest_drop: StageConversion | None  # the stage most deals did not get past


def conversion(start: dt.date, end: dt.date, *, pipeline_id: int | None = None, owner_id: int | None = None,
               source_id: int | None = None) -> Conversion:
    """Of the deals that entered open stage i during the period (from the stage log), how many later
    reached a stage after i (a later open stage or won, whenever). A stage skipped by a move does not
    count as entered. The biggest drop is the stage with the most deals that did not get past it
    (ties: the lower rate)."""
    pipeline_id = pipeline_id or pipelines.default_pipeline_id()
    stages = pipelines.stages(pipeline_id)
    opens = [s for s in stages if s.is_open]
    n = len(opens)
    rank = {s.id: i for i, s in enumerate(opens)}
    rank.update({s.id: (n if s.kind == "won" else -1) for s in stages if not s.is_open})
    low, high = day_bounds(start, end)
    moved = DealStageChange.select(DealStageChange.deal).where(
        DealStageChange.deleted_at.is_null() & (DealStageChange.at >= low) & (DealStageChange.at < high))
    query = deal_filter(DealStageChange.select(DealStageChange.deal, DealStageChange.to_stage,
                                               DealStageChange.at < high)  # in the period (the rows start in it)
                        .join(Deal, on=(Deal.id == DealStageChange.deal))
                        .where(DealStageChange.deleted_at.is_null() & (DealStageChange.at >= low)
                               & DealStageChange.deal.in_(moved)),
                        pipeline_id, owner_id, source_id).order_by(DealStageChange.deal, DealStageChange.at,
                                                                   DealStageChange.id)
    entered, advanced, lost = [0] * n, [0] * n, [0] * n
    started = won = 0

    def tally(firsts: dict[int, tuple[int, bool, bool]]) -> None:
        nonlocal started, won
        for r, (later_best, later_lost, later_won) in firsts.items():
            entered[r] += 1
            if later_best > r:
                advanced[r] += 1
            elif later_lost:
                lost[r] += 1
            if r == 0:
                started += 1
                won += later_won

    # Backwards over each deal's rows, keeping (best rank, lost?, won?) over the rows after the
    # current one; a stage entered twice in the period keeps its first entry (read last).
    current, firsts, best, was_lost, was_won = None, {}, -1, False, False
    for deal_id, stage_id, inside in reversed(raw(query).fetchall()):
        if deal_id != current:
            tally(firsts)
            current, firsts, best, was_lost, was_won = deal_id, {}, -1, False, False
        r = rank.get(stage_id)
        if r is None:
            continue
        if inside and 0 <= r < n:
            firsts[r] = (best, was_lost, was_won)
        if r > best:
            best = r
        was_lost, was_won = was_lost or r == -1, was_won or r == n
    tally(firsts)
    rows = [StageConversion(s.id, s.name, entered[i], advanced[i], lost[i], _ratio(advanced[i], entered[i]))
            for i, s in enumerate(opens)]
    drops = [row for row in rows if row.dropped > 0]
    biggest = max(drops, key=lambda row: (row.dropped, -(row.rate or 0.0)), default=None)
    return Conversion(rows, started, won, _ratio(won, started), biggest)


# --- time ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class StageTime:
    stage_id: int
    name: str
    stays: int  # finished stays (the deal left the stage during the period)
    mean_days: float | None
    median_days: float | None


def time_in_stage(start: dt.date, end: dt.date, *, pipeline_id: int | None = None, owner_id: int | None = None,
                  source_id: int | None = None) -> list[StageTime]:
    """Days spent in each open stage, from consecutive log rows of a deal: a stay counts when the deal
    LEFT the stage during the period (however long before it came in). A deal still in a stage is
    left out: its stay is not over, and counting it up to now would mix waiting deals with finished
    ones (the board shows those as "stuck" against the stage's limit)."""
    pipeline_id = pipeline_id or pipelines.default_pipeline_id()
    opens = [s for s in pipelines.stages(pipeline_id) if s.is_open]
    low, high = (naive(b) for b in day_bounds(start, end))
    moved = DealStageChange.select(DealStageChange.deal).where(
        DealStageChange.deleted_at.is_null() & (DealStageChange.at >= low) & (DealStageChange.at < high))
    query = deal_filter(DealStageChange.select(DealStageChange.deal, DealStageChange.to_stage, DealStageChange.at)
                        .join(Deal, on=(Deal.id == DealStageChange.deal))
                        .where(DealStageChange.deleted_at.is_null() & (DealStageChange.at < high)
                               & DealStageChange.deal.in_(moved)),
                        pipeline_id, owner_id, source_id).order_by(DealStageChange.deal, DealStageChange.at,
                                                                   DealStageChange.id)
    spans: dict[int, list[float]] = {s.id: [] for s in opens}
    previous_deal, previous_stage, previous_at = None, None, None
    for deal_id, stage_id, at in raw(query):
        at = moment(at)
        if deal_id == previous_deal and low <= at and previous_stage in spans:
            spans[previous_stage].append((at - previous_at).total_seconds())
        previous_deal, previous_stage, previous_at = deal_id, stage_id, at
    result = []
    for s in opens:
        mean, median = _days(spans[s.id])
        result.append(StageTime(s.id, s.name, len(spans[s.id]), mean, median))
    return result


@dataclass(frozen=True)
class SalesCycle:
    deals: int  # deals won during the period
    mean_days: float | None  # created -> won
    median_days: float | None


def sales_cycle(start: dt.date, end: dt.date, *, pipeline_id: int | None = None, owner_id: int | None = None,
                source_id: int | None = None) -> SalesCycle:
    """Days from creation to the win, for the deals won during the period."""
    query = deal_filter(Deal.select(Deal.created_at, Deal.closed_at).where(closed_in("won", start, end)),
                        pipeline_id, owner_id, source_id)
    seconds = [(moment(closed) - moment(created)).total_seconds() for created, closed in raw(query)]
    mean, median = _days(seconds)
    return SalesCycle(len(seconds), mean, median)


# --- closed deals --------------------------------------------------------------------------------

@dataclass(frozen=True)
class WinRate:
    key: int | None  # source or owner id; None: deals without one
    name: str
    won: int
    lost: int
    won_amount: int  # Rial
    rate: float | None  # won / (won + lost)


def win_rates(start: dt.date, end: dt.date, by: str = "source", *, pipeline_id: int | None = None,
              owner_id: int | None = None, source_id: int | None = None) -> list[WinRate]:
    """won / (won + lost) per ``by`` ("source" or "owner") for the deals closed during the period,
    most won amount first."""
    column = {"source": Deal.source, "owner": Deal.owner}[by]
    low, high = day_bounds(start, end)
    query = deal_filter(Deal.select(column, Deal.status, fn.COUNT(Deal.id), fn.SUM(Deal.amount))
                        .where(Deal.status.in_(("won", "lost")) & (Deal.closed_at >= low) & (Deal.closed_at < high)),
                        pipeline_id, owner_id, source_id).group_by(column, Deal.status)
    figures: dict[int | None, list[int]] = {}
    for key, status, number, amount in raw(query):
        row = figures.setdefault(key, [0, 0, 0])
        if status == "won":
            row[0], row[2] = number, int(amount or 0)
        else:
            row[1] = number
    names = _names(LeadSource, "name") if by == "source" else \
        {u.id: u.display_name for u in User.select(User.id, User.username, User.full_name)}
    missing = render(NO_SOURCE if by == "source" else NO_OWNER)
    rows = [WinRate(key, names.get(key, missing), w, lo, amount, _ratio(w, w + lo))
            for key, (w, lo, amount) in figures.items()]
    return sorted(rows, key=lambda r: (-r.won_amount, -r.won, r.name))


def _names(model, column: str) -> dict[int, str]:
    return dict(raw(model.select(model.id, getattr(model, column))).fetchall())


@dataclass(frozen=True)
class LostShare:
    reason_id: int | None
    name: str
    deals: int
    amount: int  # Rial
    share: float  # of the lost deals
    amount_share: float | None  # of the lost amount


def lost_reasons(start: dt.date, end: dt.date, *, pipeline_id: int | None = None, owner_id: int | None = None,
                 source_id: int | None = None) -> list[LostShare]:
    """Why deals lost during the period were lost: count, amount and share, most frequent first."""
    query = deal_filter(Deal.select(Deal.lost_reason, fn.COUNT(Deal.id), fn.SUM(Deal.amount))
                        .where(closed_in("lost", start, end)), pipeline_id, owner_id, source_id) \
        .group_by(Deal.lost_reason)
    rows = [(key, number, int(amount or 0)) for key, number, amount in raw(query)]
    total, total_amount = sum(r[1] for r in rows), sum(r[2] for r in rows)
    names = _names(LostReason, "name")
    result = [LostShare(key, names.get(key, render(NO_REASON)), number, amount, number / total,
                        _ratio(amount, total_amount)) for key, number, amount in rows]
    return sorted(result, key=lambda r: (-r.deals, -r.amount, r.name))


# --- sources -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SourceReturn:
    source_id: int | None
    name: str
    leads: int  # leads that came in during the period
    deals: int  # deals created during the period
    won: int  # deals won during the period
    won_amount: int  # Rial
    cost: int  # Rial spent during the period
    roi: float | None  # (won amount - cost) / cost; None without a cost


def source_roi(start: dt.date, end: dt.date, *, pipeline_id: int | None = None,
               owner_id: int | None = None) -> list[SourceReturn]:
    """Per source: leads, deals, won count and amount, what it cost (``choices.costs``) and the ROI.
    Lists every source with a figure; most won amount first."""
    low, high = day_bounds(start, end)
    leads = Lead.select(Lead.source, fn.COUNT(Lead.id)).where(
        Lead.deleted_at.is_null() & (Lead.created_at >= low) & (Lead.created_at < high))
    if owner_id is not None:
        leads = leads.where(Lead.owner == owner_id)
    lead_counts = dict(raw(leads.group_by(Lead.source)).fetchall())
    made = deal_filter(Deal.select(Deal.source, fn.COUNT(Deal.id))
                       .where((Deal.created_at >= low) & (Deal.created_at < high)), pipeline_id, owner_id)
    deal_counts = dict(raw(made.group_by(Deal.source)).fetchall())
    wins = deal_filter(Deal.select(Deal.source, fn.COUNT(Deal.id), fn.SUM(Deal.amount))
                       .where(closed_in("won", start, end)), pipeline_id, owner_id)
    won = {key: (number, int(amount or 0)) for key, number, amount in raw(wins.group_by(Deal.source))}
    cost = choices.costs(start, end)
    names = _names(LeadSource, "name")
    result = []
    for key in set(lead_counts) | set(deal_counts) | set(won) | set(cost):
        number, amount = won.get(key, (0, 0))
        spent = cost.get(key, 0)
        result.append(SourceReturn(key, names.get(key, render(NO_SOURCE)), lead_counts.get(key, 0),
                                   deal_counts.get(key, 0), number, amount, spent,
                                   (amount - spent) / spent if spent else None))
    return sorted(result, key=lambda r: (-r.won_amount, -r.leads, r.name))
