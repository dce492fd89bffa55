"""Weighted forecast by expected close month and leads needed (services/funnel/forecast.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop.services import contacts
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.funnel import choices, deals, forecast, leads, pipelines, targets

M = 1_000_000


def at(y: int, m: int, d: int) -> dt.datetime:
    return dt.datetime(y, m, d, 12, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def ali(owner):
    return contacts.create_contact(contacts.ContactInput(first_name="علی", last_name="رضایی"))


@pytest.fixture
def book(ali, other_user):
    """Open deals (stage probabilities 10 / 25 / 50 / 75 %):
      D1 100M in S0 (10 %), expected 2024-09-22 = 1403/07/01 (Mehr)       -> weighted 10M
      D2 200M in S1, own probability 60 %, expected 2024-10-21 = 1403/07/30 -> weighted 120M
      D3 400M in S2 (50 %), expected 2024-10-22 = 1403/08/01 (Aban), sara  -> weighted 200M
      D4  50M in S0, no expected close                                   -> weighted 5M
    Closed: W1 70M won 2024-10-01 (Mehr; September-October in Gregorian), L1 lost (not counted)."""
    s = pipelines.stages(pipelines.default_pipeline_id())

    def deal(title, amount, stage, expected, **kw):
        return deals.create_deal(deals.DealInput(title=title, contact_id=ali.id, amount=amount * M,
                                                 stage_id=s[stage].id, expected_close=expected, **kw),
                                 at=at(2024, 9, 1))

    deal("D1", 100, 0, dt.date(2024, 9, 22))
    deal("D2", 200, 1, dt.date(2024, 10, 21), probability=60)
    deal("D3", 400, 2, dt.date(2024, 10, 22), owner_id=other_user.id)
    deal("D4", 50, 0, None)
    deals.win_deal(deal("W1", 70, 3, dt.date(2024, 12, 1)).id, at=at(2024, 10, 1))
    deals.lose_deal(deal("L1", 900, 1, dt.date(2024, 10, 1)).id, choices.find_choice("lost_reason", "No budget"),
                    at=at(2024, 10, 2))
    targets.set_target(500 * M, "month", 1403, 7, calendar="jalali")  # the office's Mehr 1403 target


def test_forecast_by_jalali_month(book):
    months = forecast.forecast(calendar="jalali")
    assert [(m.key, m.label, m.first_day, m.last_day) for m in months] == [
        ((1403, 7), "Mehr 1403", dt.date(2024, 9, 22), dt.date(2024, 10, 21)),
        ((1403, 8), "Aban 1403", dt.date(2024, 10, 22), dt.date(2024, 11, 20)),
        (None, "No expected close date", None, None)]
    # Mehr: D1 + D2 = 300M, weighted 10M + 120M; W1 won 70M in it; office target 500M
    # Aban: D3 400M, weighted 200M.   Undated: D4 50M, weighted 5M
    assert [(m.deals, m.amount, m.weighted, m.won, m.target) for m in months] == [
        (2, 300 * M, 130 * M, 70 * M, 500 * M), (1, 400 * M, 200 * M, 0, None), (1, 50 * M, 5 * M, 0, None)]


def test_forecast_by_gregorian_month_and_owner(book, other_user):
    months = forecast.forecast(calendar="gregorian")
    # September: D1 (10M); October: D2 + D3 (120M + 200M) and W1's 70M won on 10-01
    assert [(m.label, m.deals, m.weighted, m.won) for m in months] == [
        ("September 2024", 1, 10 * M, 0), ("October 2024", 2, 320 * M, 70 * M),
        ("No expected close date", 1, 5 * M, 0)]
    targets.set_target(250 * M, "month", 1403, 8, user_id=other_user.id, calendar="jalali")
    sara = forecast.forecast(owner_id=other_user.id, calendar="jalali")
    assert [(m.label, m.weighted, m.won, m.target) for m in sara] == [("Aban 1403", 200 * M, 0, 250 * M)]


def test_persian_month_label():
    assert targets.period_label("month", 1403, 7, "jalali", lang="fa", digits="persian") == "مهر ۱۴۰۳"
    assert targets.period_label("month", 1403, 12, "jalali", lang="en", digits="latin") == "Esfand 1403"
    assert targets.period_label("quarter", 1403, 3, "jalali", lang="en", digits="latin") == "Q3 1403"


def test_leads_needed_arithmetic(ali):
    source = choices.find_choice("source", "Website")
    made = [leads.create_lead(leads.LeadInput(first_name=f"Lead {i}", phone=f"091200000{i:02d}", source_id=source),
                              at=at(2024, 1, 10 + i)) for i in range(10)]  # 10 leads in the window
    leads.create_lead(leads.LeadInput(first_name="Old", phone="09129999999"), at=at(2023, 6, 1))  # before it
    for item, amount in ((made[0], 300), (made[1], 200)):
        conversion = leads.convert_lead(item.id, deal=deals.DealInput(amount=amount * M), at=at(2024, 2, 1))
        deals.win_deal(conversion.deal_id, at=at(2024, 3, 1))
    late = leads.convert_lead(made[2].id, deal=deals.DealInput(amount=5000 * M), at=at(2024, 2, 1))
    deals.win_deal(late.deal_id, at=at(2024, 5, 1))  # won after the window: not counted
    direct = deals.create_deal(deals.DealInput(title="no lead", contact_id=ali.id, amount=700 * M), at=at(2024, 2, 1))
    deals.win_deal(direct.id, at=at(2024, 3, 2))  # not from a lead: not counted
    window = (dt.date(2024, 1, 1), dt.date(2024, 3, 31))
    # L = 10 leads, W = 2 won from leads, A = 500M: conversion 20 %, average deal 250M, a lead is worth
    # 500M / 10 = 50M, so 1,200M needs 1200 / 50 = 24 leads and 1,210M needs ceil(24.2) = 25
    result = forecast.leads_needed(1200 * M, *window)
    assert (result.leads, result.reason, result.leads_in_window, result.won_deals, result.won_amount) == (
        24, None, 10, 2, 500 * M)
    assert (result.conversion, result.average_deal) == (0.2, 250 * M)
    assert forecast.leads_needed(1210 * M, *window).leads == 25
    # only Website leads (all 10, the old one had no source) -> the same
    assert forecast.leads_needed(1200 * M, *window, source_id=source).leads == 24


def test_leads_needed_without_history(ali):
    empty = forecast.leads_needed(100 * M, dt.date(2024, 1, 1), dt.date(2024, 3, 31))
    assert (empty.leads, empty.reason) == (None, forecast.NO_LEADS)
    leads.create_lead(leads.LeadInput(first_name="Only", phone="09120000001"), at=at(2024, 1, 5))
    no_wins = forecast.leads_needed(100 * M, dt.date(2024, 1, 1), dt.date(2024, 3, 31))
    assert (no_wins.leads, no_wins.reason, no_wins.conversion) == (None, forecast.NO_WINS, 0.0)
    with pytest.raises(ValidationError):
        forecast.leads_needed(0)
