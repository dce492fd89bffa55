"""Pipelines, deals and the stage log (services/funnel/pipelines.py, deals.py, choices.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop.db.models import AuditLog, Deal, DealStageChange
from crm_desktop.services import contacts
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.funnel import choices, deals, pipelines

T0 = dt.datetime(2024, 3, 1, 9, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def ali(owner):
    return contacts.create_contact(contacts.ContactInput(first_name="علی", last_name="رضایی"))


def new_deal(ali, **kw) -> Deal:
    return deals.create_deal(deals.DealInput(title=kw.pop("title", "۱۰ دستگاه کولر"), contact_id=ali.id,
                                             amount=kw.pop("amount", 500_000_000), **kw), at=kw.pop("at", None) or T0)


def test_the_default_pipeline_is_made_once_in_order(owner):
    first = pipelines.ensure_default()
    assert pipelines.ensure_default().id == first.id and len(pipelines.pipelines()) == 1
    stages = pipelines.stages(first.id)
    assert [(s.kind, s.probability) for s in stages] == [("open", 10), ("open", 25), ("open", 50), ("open", 75),
                                                         ("won", 100), ("lost", 0)]
    assert [s.name for s in stages][:2] == ["First contact", "Needs analysis"]


def test_a_new_deal_starts_in_the_first_stage_and_is_logged(ali):
    deal = new_deal(ali)
    first = pipelines.stages(deal.__data__["pipeline"])[0]
    assert (deal.status, deal.__data__["stage"], deal.stage_entered_at) == ("open", first.id, T0)
    log = list(DealStageChange.select().where(DealStageChange.deal == deal.id))
    assert [(c.__data__["from_stage"], c.__data__["to_stage"], c.at) for c in log] == [(None, first.id, T0)]
    assert AuditLog.select().where((AuditLog.entity == "deal") & (AuditLog.action == "create")).count() == 1


def test_a_deal_needs_a_title_a_customer_and_a_sane_amount(owner):
    with pytest.raises(ValidationError) as error:
        deals.create_deal(deals.DealInput(title=" ", amount=-5, probability=140))
    assert {e.field for e in error.value.errors} == {"title", "contact_id", "amount", "probability"}
    assert Deal.select().count() == 0


def test_moves_are_logged_and_won_and_lost_close_the_deal(ali):
    deal = new_deal(ali)
    stages = pipelines.stages(deal.__data__["pipeline"])
    later = T0 + dt.timedelta(days=3)
    deal = deals.move_deal(deal.id, stages[2].id, at=later)
    assert (deal.status, deal.stage_entered_at, deal.closed_at) == ("open", later, None)
    won = deals.win_deal(deal.id, at=later + dt.timedelta(days=1))
    assert (won.status, won.closed_at) == ("won", later + dt.timedelta(days=1))
    history = deals.stage_history(deal.id)
    assert [(h.from_stage, h.to_stage) for h in history] == [
        ("", "First contact"), ("First contact", "Proposal / pre-invoice"), ("Proposal / pre-invoice", "Won")]


def test_lost_needs_a_reason_and_reopening_clears_it(ali):
    deal = new_deal(ali)
    with pytest.raises(ValidationError) as error:
        deals.lose_deal(deal.id, None)
    assert error.value.errors[0].field == "lost_reason_id"
    assert Deal.get_by_id(deal.id).status == "open"  # nothing changed
    price = choices.find_choice("lost_reason", "Price too high")
    lost = deals.lose_deal(deal.id, price, "  گران بود ")
    assert (lost.status, lost.__data__["lost_reason"], lost.lost_note) == ("lost", price, "گران بود")
    first = pipelines.stages(deal.__data__["pipeline"])[0]
    again = deals.move_deal(deal.id, first.id)
    assert (again.status, again.closed_at, again.__data__["lost_reason"], again.lost_note) == ("open", None, None, "")
    assert DealStageChange.select().where(DealStageChange.deal == deal.id).count() == 3


def test_a_stage_of_another_pipeline_is_refused(ali):
    deal = new_deal(ali)
    other = pipelines.create_pipeline("پروژه‌ها")
    with pytest.raises(ValidationError):
        deals.move_deal(deal.id, pipelines.stages(other.id)[1].id)


def test_editing_a_deal_with_another_stage_moves_it(ali):
    deal = new_deal(ali)
    stages = pipelines.stages(deal.__data__["pipeline"])
    data = deals.deal_input(deal)
    data.amount, data.stage_id = 750_000_000, stages[1].id
    updated = deals.update_deal(deal.id, data)
    assert (updated.amount, updated.__data__["stage"]) == (750_000_000, stages[1].id)
    assert DealStageChange.select().where(DealStageChange.deal == deal.id).count() == 2


def test_stages_are_edited_added_reordered_and_removed_only_when_empty(ali):
    deal = new_deal(ali)
    pipeline = deal.__data__["pipeline"]
    stages = pipelines.stages(pipeline)
    demo = pipelines.add_stage(pipeline, "دمو", 40, 10, after_stage_id=stages[1].id)
    names = [s.name for s in pipelines.stages(pipeline) if s.is_open]
    assert names == ["First contact", "Needs analysis", "دمو", "Proposal / pre-invoice", "Negotiation"]
    with pytest.raises(ValidationError):
        pipelines.update_stage(demo.id, "دمو", 120, None)
    with pytest.raises(ValidationError):
        pipelines.delete_stage(stages[0].id)  # the deal is there
    pipelines.delete_stage(demo.id)
    opened = [s.id for s in pipelines.stages(pipeline) if s.is_open]
    pipelines.reorder_stages(pipeline, list(reversed(opened)))
    assert [s.id for s in pipelines.stages(pipeline) if s.is_open] == list(reversed(opened))


def test_managed_lists_have_defaults_refuse_twins_and_keep_costs(owner):
    assert "Instagram" in [c.name for c in choices.choices("source")]
    with pytest.raises(ValidationError):
        choices.add_choice("source", "instagram ")
    expo = choices.add_choice("source", "نمایشگاه کیش")
    choices.add_cost(expo.id, dt.date(2024, 3, 5), 20_000_000)
    choices.add_cost(expo.id, dt.date(2024, 4, 5), 5_000_000)
    with pytest.raises(ValidationError):
        choices.add_cost(expo.id, dt.date(2024, 3, 5), 0)
    assert choices.costs(dt.date(2024, 3, 1), dt.date(2024, 3, 31)) == {expo.id: 20_000_000}
    choices.update_choice("source", expo.id, "نمایشگاه کیش", is_active=False)
    assert expo.id not in [c.id for c in choices.choices("source")]
    assert choices.find_choice("source", "نمايشگاه كيش") == expo.id  # Arabic ي/ك


def test_cost_entries_list_one_source_newest_first(owner):
    expo = choices.add_choice("source", "نمایشگاه کتاب")
    flyer = choices.find_choice("source", "Flyer")
    choices.add_cost(expo.id, dt.date(2024, 3, 5), 20_000_000, "غرفه")
    choices.add_cost(expo.id, dt.date(2024, 4, 5), 5_000_000)
    choices.add_cost(flyer, dt.date(2024, 4, 1), 1_000_000)
    entries = choices.cost_entries(expo.id)
    assert [(e.spent_on, e.amount, e.note) for e in entries] == [
        (dt.date(2024, 4, 5), 5_000_000, ""), (dt.date(2024, 3, 5), 20_000_000, "غرفه")]
    assert choices.cost_entries(expo.id, limit=1)[0].amount == 5_000_000
