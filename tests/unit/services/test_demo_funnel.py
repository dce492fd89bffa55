"""The funnel's demo data (services/demo/funnel.py): the stage log agrees with every deal's final
state, leads and deals tell one story, the funnel narrows stage by stage, same seed same data."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest

from crm_desktop.db.base import database
from crm_desktop.db.connection import close_database, open_database
from crm_desktop.db.models import (Contact, Deal, DealStageChange, Lead, LeadSource, LostReason, PipelineStage,
                                   SalesTarget, SourceCost, User)
from crm_desktop.services.demo import funnel
from crm_desktop.services.demo.generator import generate_demo
from crm_desktop.services.funnel import pipelines
from crm_desktop.services.users import ensure_default_user
from tests.conftest import sqlite_only

NOW = dt.datetime(2025, 3, 1, 8, 30, tzinfo=dt.timezone.utc)


@pytest.fixture
def demo(owner):
    return generate_demo(600, seed=11, now=NOW)


def _log() -> dict[int, list[tuple]]:
    rows = defaultdict(list)
    query = (DealStageChange.select(DealStageChange.deal, DealStageChange.from_stage, DealStageChange.to_stage,
                                    DealStageChange.at, DealStageChange.by)
             .order_by(DealStageChange.deal, DealStageChange.at, DealStageChange.id).tuples())
    for deal, from_stage, to_stage, at, by in query:
        rows[deal].append((from_stage, to_stage, at, by))
    return rows


def test_the_stage_log_agrees_with_every_deals_final_state(demo):
    kinds = dict(PipelineStage.select(PipelineStage.id, PipelineStage.kind).tuples())
    log = _log()
    deals = list(Deal.select())
    assert len(deals) == 300 and set(log) == {d.id for d in deals}
    for deal in deals:
        moves = log[deal.id]
        assert moves[0][0] is None and moves[0][2] == deal.created_at, deal.id  # opened when created
        assert all(later[0] == earlier[1] for earlier, later in zip(moves, moves[1:])), deal.id  # a chain
        assert all(earlier[2] < later[2] for earlier, later in zip(moves, moves[1:])), deal.id  # times increase
        last_to, last_at = moves[-1][1], moves[-1][2]
        assert last_to == deal.stage_id and deal.stage_entered_at == last_at and last_at <= NOW
        assert deal.status == kinds[deal.stage_id]
        assert all(kinds[to] == "open" for _, to, _, _ in moves[:-1])  # closed only at the end
        if deal.status == "open":
            assert deal.closed_at is None and deal.lost_reason_id is None
        else:
            assert deal.closed_at == last_at
        if deal.status == "lost":
            assert deal.lost_reason_id is not None
        else:
            assert deal.lost_reason_id is None and deal.lost_note == ""


def test_deals_look_like_a_small_offices_selling(demo):
    deals = list(Deal.select())
    users = {u.id for u in User.select()}
    reasons = {r.id for r in LostReason.select()}
    statuses = {s: sum(d.status == s for d in deals) for s in ("open", "won", "lost")}
    assert all(statuses.values()) and statuses["lost"] > statuses["won"]  # most deals are lost, some won
    assert all(d.owner_id in users and d.amount > 0 and d.expected_close is not None for d in deals)
    assert all(10_000_000 <= d.amount <= 20_000_000_000 for d in deals)  # Rial: a small business's sizes
    assert all(d.contact_id is not None or d.organization_id is not None for d in deals)
    assert {d.lost_reason_id for d in deals if d.status == "lost"} <= reasons
    assert len({d.lost_reason_id for d in deals if d.status == "lost"}) >= 4
    assert all(d.title and d.title_norm for d in deals) and any("\u0644\u067e" in d.title for d in deals)
    assert min(d.created_at for d in deals) < NOW - dt.timedelta(days=300)  # a year of history
    # open deals: some stuck past their stage's limit, some with the next activity overdue
    stuck = dict(PipelineStage.select(PipelineStage.id, PipelineStage.stuck_days).tuples())
    open_deals = [d for d in deals if d.status == "open"]
    assert any(NOW - d.stage_entered_at > dt.timedelta(days=stuck[d.stage_id] or 365) for d in open_deals)
    assert any(d.next_activity_at is not None and d.next_activity_at < NOW for d in open_deals)
    assert all(d.next_activity and d.next_activity_at for d in open_deals)
    assert all(d.next_activity == "" and d.next_activity_at is None for d in deals if d.status != "open")


def test_fewer_deals_reach_each_later_stage(demo):
    stages = pipelines.stages(pipelines.default_pipeline_id())
    reached = defaultdict(set)
    for deal, moves in _log().items():
        for _, to, _, _ in moves:
            reached[to].add(deal)
    counts = [len(reached[s.id]) for s in stages if s.is_open]
    assert counts == sorted(counts, reverse=True) and counts[0] > counts[-1] > 0
    won = next(s for s in stages if s.kind == "won")
    assert 0 < len(reached[won.id]) < counts[-1]


def test_leads_convert_to_deals_or_leave_with_a_reason(demo):
    leads = list(Lead.select())
    assert len(leads) == 300
    by_status = defaultdict(list)
    for lead in leads:
        by_status[lead.status].append(lead)
        assert NOW - dt.timedelta(days=366) <= lead.created_at <= NOW and lead.name_norm and lead.source_id
    assert set(by_status) == {"new", "contacted", "qualified", "disqualified", "converted"}
    deal_of = {d.lead_id: d for d in Deal.select().where(Deal.lead.is_null(False))}
    people = {c.id: c for c in Contact.select()}
    for lead in by_status["converted"]:
        deal = deal_of[lead.id]
        assert lead.contact_id in people and deal.contact_id == lead.contact_id
        assert lead.created_at < lead.converted_at == deal.created_at <= NOW
        assert (deal.source_id, deal.owner_id) == (lead.source_id, lead.owner_id)
        assert people[lead.contact_id].first_name == lead.first_name
    assert len({lead.contact_id for lead in by_status["converted"]}) == len(by_status["converted"])
    assert all(lead.disqualify_reason for lead in by_status["disqualified"])
    assert all(lead.contact_id is None and lead.converted_at is None and not lead.disqualify_reason
               for status in ("new", "contacted", "qualified") for lead in by_status[status])
    assert set(deal_of) == {lead.id for lead in by_status["converted"]}


def test_sources_cost_money_and_targets_cover_recent_months(demo):
    sources = {s.id for s in LeadSource.select()}
    costs = list(SourceCost.select())
    assert costs and all(c.source_id in sources and c.amount > 0 and c.spent_on <= NOW.date() for c in costs)
    assert len({c.spent_on for c in costs}) == 12  # a year of months
    targets = list(SalesTarget.select())
    staff = [u.id for u in User.select()]
    periods = funnel.month_periods(NOW.date(), "jalali", 6, 1)
    assert {(t.period_start, t.period_end) for t in targets} == set(periods)
    for start, _ in periods:
        month = [t for t in targets if t.period_start == start]
        mine = {t.user_id: t.amount for t in month if t.user_id is not None}
        office = [t.amount for t in month if t.user_id is None]
        assert set(mine) == set(staff) and office == [sum(mine.values())]
        assert all(t.period_kind == "month" and t.amount >= 100_000_000 and t.team_id is None for t in month)


def test_jalali_and_gregorian_months():
    day = dt.date(2025, 3, 1)  # 1403/12/11
    assert funnel.month_periods(day, "jalali", 1, 1) == [
        (dt.date(2025, 1, 20), dt.date(2025, 2, 18)), (dt.date(2025, 2, 19), dt.date(2025, 3, 20)),
        (dt.date(2025, 3, 21), dt.date(2025, 4, 20))]
    assert funnel.month_periods(day, "gregorian", 2, 0) == [
        (dt.date(2025, 1, 1), dt.date(2025, 1, 31)), (dt.date(2025, 2, 1), dt.date(2025, 2, 28)),
        (dt.date(2025, 3, 1), dt.date(2025, 3, 31))]
    assert funnel.month_periods(dt.date(2024, 12, 5), "gregorian", 0, 1)[-1] == (dt.date(2025, 1, 1),
                                                                                  dt.date(2025, 1, 31))


def test_no_people_no_funnel(owner):
    generate_demo(0, seed=1, now=NOW)
    assert Deal.select().count() == Lead.select().count() == 0


def test_explicit_sizes_and_ids_continue_after_the_bulk_rows(owner):
    generate_demo(40, seed=3, now=NOW)  # 20 deals and 20 leads
    with database.atomic():
        report = funnel.generate_funnel(range(1, 41), [owner.id], seed=4, now=NOW, deals=60, leads=10)
    assert (report.deals, report.leads) == (60, 10)
    assert Deal.select().count() == 80 and Lead.select().count() == 30
    from crm_desktop.services.funnel import deals
    made = deals.create_deal(deals.DealInput(title="next", contact_id=1))
    assert made.id == 81


@sqlite_only()
def test_same_seed_and_clock_give_the_same_funnel(tmp_path):
    def build(name: str) -> dict:
        open_database(tmp_path / name, backup_dir=tmp_path / "backups")
        try:
            ensure_default_user()
            generate_demo(120, seed=5, now=NOW)
            return {model.__name__: list(model.select().order_by(model.id).tuples())
                    for model in (Lead, Deal, DealStageChange, SourceCost, SalesTarget)}
        finally:
            close_database()

    try:
        first, second = build("a.sqlite3"), build("b.sqlite3")
    finally:
        database.initialize(None)
    assert first == second and len(first["Deal"]) == 60
