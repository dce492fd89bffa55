"""Periods, teams, targets and progress (services/funnel/targets.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop.db.models import SalesTarget, TeamMember
from crm_desktop.services import contacts
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.funnel import choices, deals, pipelines, targets

M = 1_000_000
D = dt.date


def test_jalali_periods():
    # Q3 1403 = 1403/07/01 .. 1403/09/30
    assert targets.period_bounds("quarter", 1403, 3, "jalali") == (D(2024, 9, 22), D(2024, 12, 20))
    # Esfand of the leap year 1403 has 30 days (1404/01/01 = 2025-03-21); Esfand 1402 has 29
    assert targets.period_bounds("month", 1403, 12, "jalali") == (D(2025, 2, 19), D(2025, 3, 20))
    assert targets.period_bounds("month", 1402, 12, "jalali") == (D(2024, 2, 20), D(2024, 3, 19))
    assert targets.period_bounds("month", 1403, 1, "jalali") == (D(2024, 3, 20), D(2024, 4, 19))
    assert targets.period_bounds("year", 1403, calendar="jalali") == (D(2024, 3, 20), D(2025, 3, 20))
    with pytest.raises(ValueError):
        targets.period_bounds("quarter", 1403, 5, "jalali")


def test_gregorian_periods():
    assert targets.period_bounds("quarter", 2024, 1, "gregorian") == (D(2024, 1, 1), D(2024, 3, 31))
    assert targets.period_bounds("month", 2024, 2, "gregorian") == (D(2024, 2, 1), D(2024, 2, 29))
    assert targets.period_bounds("month", 2024, 12, "gregorian") == (D(2024, 12, 1), D(2024, 12, 31))
    assert targets.period_bounds("year", 2024, calendar="gregorian") == (D(2024, 1, 1), D(2024, 12, 31))


def test_current_period():
    assert targets.current_period("quarter", D(2024, 12, 20), "jalali") == (1403, 3)  # 1403/09/30
    assert targets.current_period("quarter", D(2024, 12, 21), "jalali") == (1403, 4)  # 1403/10/01
    assert targets.current_period("month", D(2024, 12, 21), "jalali") == (1403, 10)
    assert targets.current_period("year", D(2025, 3, 20), "jalali") == (1403, 1)
    assert targets.current_period("quarter", D(2024, 12, 21), "gregorian") == (2024, 4)


def test_a_removed_member_is_revived_not_duplicated(owner, other_user):
    team = targets.create_team(" فروش تهران ")
    assert team.name == "فروش تهران"
    first = targets.add_member(team.id, other_user.id)
    targets.add_member(team.id, other_user.id)  # twice: still one row
    targets.remove_member(team.id, other_user.id)
    assert targets.members(team.id) == []
    again = targets.add_member(team.id, other_user.id)
    assert again.id == first.id and again.deleted_at is None
    assert TeamMember.select().count() == 1 and targets.members(team.id) == [other_user.id]
    with pytest.raises(ValidationError):
        targets.create_team("فروش  تهران")  # the same name
    assert targets.rename_team(team.id, "Tehran sales").name == "Tehran sales"
    targets.delete_team(team.id)
    assert targets.teams() == []


def test_setting_the_same_target_again_updates_it(owner):
    first = targets.set_target(100 * M, "month", 1403, 7, user_id=owner.id, calendar="jalali")
    assert (first.period_start, first.period_end) == (D(2024, 9, 22), D(2024, 10, 21))
    again = targets.set_target(150 * M, "month", 1403, 7, user_id=owner.id, calendar="jalali")
    assert again.id == first.id and SalesTarget.get_by_id(first.id).amount == 150 * M
    office = targets.set_target(900 * M, "month", 1403, 7, calendar="jalali")  # another scope: a new row
    assert office.id != first.id and SalesTarget.select().count() == 2
    targets.delete_target(office.id)
    assert targets.set_target(800 * M, "month", 1403, 7, calendar="jalali").id == office.id  # revived
    with pytest.raises(ValidationError):
        targets.set_target(0, "month", 1403, 7, calendar="jalali")
    with pytest.raises(ValueError):
        targets.set_target(1, "month", 1403, 7, user_id=owner.id, team_id=1, calendar="jalali")


def test_progress_per_person_team_and_office(owner, other_user):
    ali = contacts.create_contact(contacts.ContactInput(first_name="علی", last_name="رضایی"))
    reason = choices.find_choice("lost_reason", "No budget")
    stages = pipelines.stages(pipelines.default_pipeline_id())

    def closed(amount, who, day, won=True):
        deal = deals.create_deal(deals.DealInput(title="x", contact_id=ali.id, amount=amount * M, owner_id=who,
                                                 stage_id=stages[1].id), at=dt.datetime(2024, 9, 1, 12, tzinfo=dt.UTC))
        when = dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC)
        (deals.win_deal(deal.id, at=when) if won else deals.lose_deal(deal.id, reason, at=when))

    closed(100, owner.id, D(2024, 9, 22))  # first day of Q3 1403
    closed(200, other_user.id, D(2024, 12, 20))  # last day
    closed(999, other_user.id, D(2024, 12, 21))  # Q4
    closed(50, other_user.id, D(2024, 9, 21))  # Q2
    closed(700, owner.id, D(2024, 10, 1), won=False)  # lost
    team = targets.create_team("Tehran")
    targets.add_member(team.id, owner.id)
    targets.add_member(team.id, other_user.id)
    targets.set_target(600 * M, "quarter", 1403, 3, calendar="jalali")
    targets.set_target(400 * M, "quarter", 1403, 3, team_id=team.id, calendar="jalali")
    targets.set_target(50 * M, "quarter", 1403, 3, user_id=owner.id, calendar="jalali")
    rows = targets.progress("quarter", 1403, 3, calendar="jalali")
    # office 300M of 600M = 50 %; team (both) 300M of 400M = 75 %; owner 100M of 50M = 200 %; sara 200M, no target
    assert [(r.scope, r.name, r.target, r.won, r.percent) for r in rows] == [
        ("office", "Whole office", 600 * M, 300 * M, 50.0), ("team", "Tehran", 400 * M, 300 * M, 75.0),
        ("user", owner.display_name, 50 * M, 100 * M, 200.0), ("user", "Sara Ahmadi", None, 200 * M, None)]
    # Q4 1403: sara's 999M only
    q4 = {r.name: r.won for r in targets.progress("quarter", 1403, 4, calendar="jalali")}
    assert (q4["Whole office"], q4["Tehran"], q4["Sara Ahmadi"]) == (999 * M, 999 * M, 999 * M)
