"""Funnel numbers on hand-checked data (services/funnel/metrics.py).

Default pipeline: S0 First contact, S1 Needs analysis, S2 Proposal, S3 Negotiation, Won, Lost.
The period is March 2024; every move happens at 12:00 UTC on the day shown.

  deal  amount  source     owner  log
  A     100M    Website    owner  S0 03-01, S1 03-03, S2 03-08, Won 03-10
  B     200M    Instagram  owner  S0 03-02, S1 03-05, Lost 03-15 (Price too high)
  C      50M    Website    sara   S0 03-04, Lost 03-06 (Price too high)
  D     300M    Instagram  sara   S0 03-05, S2 03-12 (skips S1), Won 03-20
  E      80M    -          owner  S0 03-10 (still there)
  F      40M    Website    sara   S0 02-20, S1 03-02, Lost 03-09 (Chose a competitor)
  G      10M    -          owner  S0 03-25, S1 04-02 (after the period)
"""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop.services import contacts
from crm_desktop.services.funnel import choices, deals, leads, metrics, pipelines

M = 1_000_000
MARCH = (dt.date(2024, 3, 1), dt.date(2024, 3, 31))


def at(month: int, day: int) -> dt.datetime:
    return dt.datetime(2024, month, day, 12, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def book(owner, other_user):
    """The deals of the module docstring; returns names -> ids and the stage list."""
    ali = contacts.create_contact(contacts.ContactInput(first_name="علی", last_name="رضایی"))
    pipeline = pipelines.default_pipeline_id()
    s = pipelines.stages(pipeline)
    web, insta = choices.find_choice("source", "Website"), choices.find_choice("source", "Instagram")
    price, rival = choices.find_choice("lost_reason", "Price too high"), choices.find_choice("lost_reason",
                                                                                             "Chose a competitor")
    sara = other_user.id
    plan = {  # name: (amount, source, owner, [(stage index or "won"/("lost", reason), (month, day)), ...])
        "A": (100, web, owner.id, [(0, (3, 1)), (1, (3, 3)), (2, (3, 8)), ("won", (3, 10))]),
        "B": (200, insta, owner.id, [(0, (3, 2)), (1, (3, 5)), (("lost", price), (3, 15))]),
        "C": (50, web, sara, [(0, (3, 4)), (("lost", price), (3, 6))]),
        "D": (300, insta, sara, [(0, (3, 5)), (2, (3, 12)), ("won", (3, 20))]),
        "E": (80, None, owner.id, [(0, (3, 10))]),
        "F": (40, web, sara, [(0, (2, 20)), (1, (3, 2)), (("lost", rival), (3, 9))]),
        "G": (10, None, owner.id, [(0, (3, 25)), (1, (4, 2))]),
    }
    ids = {}
    for name, (amount, source, who, moves) in plan.items():
        deal = deals.create_deal(deals.DealInput(title=f"deal {name}", contact_id=ali.id, amount=amount * M,
                                                 source_id=source, owner_id=who), at=at(*moves[0][1]))
        for step, when in moves[1:]:
            if step == "won":
                deals.win_deal(deal.id, at=at(*when))
            elif isinstance(step, tuple):
                deals.lose_deal(deal.id, step[1], at=at(*when))
            else:
                deals.move_deal(deal.id, s[step].id, at=at(*when))
        ids[name] = deal.id
    return {"ids": ids, "stages": s, "web": web, "insta": insta, "price": price, "rival": rival, "sara": sara}


def test_conversion_per_stage_and_overall(book):
    c = metrics.conversion(*MARCH)
    # S0: entered A B C D E G (F came in February) = 6, advanced A B D G = 4 (G in April: later counts),
    #     lost C = 1, E still waiting.  S1: A B F = 3, advanced A = 1, lost B F = 2 (G came in April).
    # S2: A D = 2, both won.  S3: nobody.
    assert [(r.entered, r.advanced, r.lost) for r in c.stages] == [(6, 4, 1), (3, 1, 2), (2, 2, 0), (0, 0, 0)]
    assert [r.rate for r in c.stages] == [pytest.approx(4 / 6), pytest.approx(1 / 3), 1.0, None]
    # overall: 6 entered the first stage in March, A and D of them were won -> 1/3
    assert (c.started, c.won, c.overall) == (6, 2, pytest.approx(1 / 3))
    # S0 and S1 both lose 2 deals; S1's rate (1/3) is the worse one
    assert c.biggest_drop.stage_id == book["stages"][1].id and c.biggest_drop.dropped == 2


def test_conversion_filters_and_deleted_deals(book):
    sara = metrics.conversion(*MARCH, owner_id=book["sara"])
    # C and D entered S0 in March (F in February); D advanced
    assert (sara.stages[0].entered, sara.stages[0].advanced, sara.started, sara.won) == (2, 1, 2, 1)
    deals.delete_deal(book["ids"]["E"])
    assert metrics.conversion(*MARCH).stages[0].entered == 5
    # April alone: G entered S1 on 04-02 and nothing came into S0
    april = metrics.conversion(dt.date(2024, 4, 1), dt.date(2024, 4, 30))
    assert [r.entered for r in april.stages] == [0, 1, 0, 0] and april.overall is None


def test_time_in_stage_counts_finished_stays_that_ended_in_the_period(book):
    rows = metrics.time_in_stage(*MARCH)
    # S0 left in March: A 2, B 3, C 2, D 7, F 11 days (02-20 -> 03-02, 2024 is a leap year); E still in
    # it (left out), G leaves in April.  mean 25 / 5 = 5, median 3
    # S1: A 5 (03-03 -> 03-08), B 10 (03-05 -> 03-15), F 7 (03-02 -> 03-09): mean 22 / 3, median 7
    # S2: A 2, D 8: mean 5, median 5.   S3: none
    assert [(r.stays, r.mean_days, r.median_days) for r in rows] == [
        (5, 5.0, 3.0), (3, pytest.approx(22 / 3), 7.0), (2, 5.0, 5.0), (0, None, None)]


def test_sales_cycle_of_the_deals_won_in_the_period(book):
    # A: 03-01 -> 03-10 = 9 days, D: 03-05 -> 03-20 = 15 days
    assert metrics.sales_cycle(*MARCH) == metrics.SalesCycle(2, 12.0, 12.0)
    assert metrics.sales_cycle(dt.date(2024, 4, 1), dt.date(2024, 4, 30)) == metrics.SalesCycle(0, None, None)


def test_win_rates_by_source_and_owner(book):
    by_source = metrics.win_rates(*MARCH, by="source")
    # Instagram: D won 300M, B lost -> 1/2.  Website: A won 100M, C and F lost -> 1/3.  E, G still open.
    assert [(r.name, r.won, r.lost, r.won_amount) for r in by_source] == [
        ("Instagram", 1, 1, 300 * M), ("Website", 1, 2, 100 * M)]
    assert [r.rate for r in by_source] == [0.5, pytest.approx(1 / 3)]
    by_owner = metrics.win_rates(*MARCH, by="owner")
    # sara: D won 300M, C F lost.  owner: A won 100M, B lost
    assert [(r.key, r.won, r.lost, r.won_amount) for r in by_owner] == [
        (book["sara"], 1, 2, 300 * M), (by_owner[1].key, 1, 1, 100 * M)]
    assert by_owner[0].name == "Sara Ahmadi"


def test_lost_reasons_breakdown(book):
    rows = metrics.lost_reasons(*MARCH)
    # Price too high: B 200M + C 50M; Chose a competitor: F 40M.  3 deals, 290M
    assert [(r.name, r.deals, r.amount) for r in rows] == [("Price too high", 2, 250 * M),
                                                         ("Chose a competitor", 1, 40 * M)]
    assert [(r.share, r.amount_share) for r in rows] == [(pytest.approx(2 / 3), pytest.approx(250 / 290)),
                                                         (pytest.approx(1 / 3), pytest.approx(40 / 290))]
    assert metrics.lost_reasons(dt.date(2024, 4, 1), dt.date(2024, 4, 30)) == []


def test_source_roi(book):
    web, insta = book["web"], book["insta"]
    for i, (source, day) in enumerate([(web, (3, 2)), (web, (3, 9)), (web, (3, 30)), (insta, (3, 3)),
                                       (web, (2, 28))]):  # the last one is before the period
        leads.create_lead(leads.LeadInput(first_name=f"Lead {i}", phone=f"0912000000{i}", source_id=source),
                          at=at(*day))
    choices.add_cost(web, dt.date(2024, 3, 1), 40 * M)
    choices.add_cost(web, dt.date(2024, 2, 15), 10 * M)  # before the period
    choices.add_cost(insta, dt.date(2024, 3, 10), 400 * M)
    rows = {r.name: r for r in metrics.source_roi(*MARCH)}
    # Website: 3 leads, deals A C made in March (F in Feb), A won 100M, cost 40M -> (100 - 40) / 40 = 1.5
    assert rows["Website"] == metrics.SourceReturn(web, "Website", 3, 2, 1, 100 * M, 40 * M, 1.5)
    # Instagram: 1 lead, B D, D won 300M, cost 400M -> (300 - 400) / 400 = -0.25
    assert rows["Instagram"] == metrics.SourceReturn(insta, "Instagram", 1, 2, 1, 300 * M, 400 * M, -0.25)
    # no source: E and G, nothing won, no cost -> no ROI
    assert rows["No source"] == metrics.SourceReturn(None, "No source", 0, 2, 0, 0, 0, None)
    assert [r.name for r in metrics.source_roi(*MARCH)][:2] == ["Instagram", "Website"]


def test_another_pipeline_is_kept_apart(book):
    other = pipelines.create_pipeline("Projects")
    first = pipelines.stages(other.id)[0]
    ali = contacts.create_contact(contacts.ContactInput(first_name="رضا", last_name="کریمی"))
    deal = deals.create_deal(deals.DealInput(title="H", contact_id=ali.id, amount=999 * M, stage_id=first.id,
                                             source_id=book["web"]), at=at(3, 3))
    deals.win_deal(deal.id, at=at(3, 4))
    assert metrics.conversion(*MARCH).stages[0].entered == 6  # the default pipeline's, unchanged
    projects = metrics.conversion(*MARCH, pipeline_id=other.id)
    assert (projects.stages[0].entered, projects.won) == (1, 1)
    assert [(r.name, r.won_amount) for r in metrics.win_rates(*MARCH, pipeline_id=other.id)] == [("Website", 999 * M)]
    assert [r.name for r in metrics.win_rates(*MARCH)][0] == "Website"  # every pipeline: 1099M from Website
