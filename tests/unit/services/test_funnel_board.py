"""The funnel board query (services/funnel/board.py): columns, counts, totals, weighted totals,
stuck and overdue marks, filters, and the list rows."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop.services import contacts, organizations
from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.funnel import board, choices, deals, pipelines
from crm_desktop.services.funnel.board import BoardFilter
from crm_desktop.services.organizations import OrganizationInput

T0 = dt.datetime(2024, 3, 1, 9, 0, tzinfo=dt.timezone.utc)
NOW = T0 + dt.timedelta(days=10)


@pytest.fixture
def world(owner, other_user):
    """Five deals on the default pipeline (hand-checked figures below)."""
    ali = contacts.create_contact(ContactInput(first_name="علی", last_name="رضایی"))
    sara = contacts.create_contact(ContactInput(first_name="Sara", last_name="Karimi"))
    pars = organizations.create_organization(OrganizationInput(name="پارس کالا"))
    stages = [s for s in pipelines.stages(pipelines.default_pipeline_id()) if s.is_open]  # 10/25/50/75 %, 7/14/14/21
    web = choices.find_choice("source", "Website")

    def new(title, amount, stage, at, **kw):
        return deals.create_deal(deals.DealInput(title=title, amount=amount, stage_id=stages[stage].id, **kw), at=at)

    d = {
        # first contact, 10 %: 8 days in the stage > 7 -> stuck; activity yesterday -> overdue
        "cooler": new("۱۰ دستگاه کولر", 1_000_000, 0, T0 - dt.timedelta(days=-2), contact_id=ali.id,
                      next_activity="تماس", next_activity_at=NOW - dt.timedelta(days=1), source_id=web),
        # first contact, own probability 40 %, 3 days, activity tomorrow
        "printer": new("Printer", 2_000_000, 0, NOW - dt.timedelta(days=3), contact_id=sara.id,
                       organization_id=pars.id, probability=40, next_activity="Call back",
                       next_activity_at=NOW + dt.timedelta(days=1), owner_id=other_user.id),
        # proposal, 50 %
        "desk": new("میز اداری", 4_000_000, 2, NOW - dt.timedelta(days=14), organization_id=pars.id,
                    expected_close=dt.date(2024, 4, 1)),
        # won and lost: not on the board
        "won": new("Won one", 9_000_000, 1, T0, contact_id=ali.id),
        "lost": new("Lost one", 7_000_000, 1, T0, contact_id=ali.id),
    }
    deals.win_deal(d["won"].id, at=T0 + dt.timedelta(days=1))
    deals.lose_deal(d["lost"].id, choices.find_choice("lost_reason", "No budget"), at=T0 + dt.timedelta(days=2))
    return {"stages": stages, "deals": d, "ali": ali, "pars": pars, "other": other_user, "web": web}


def test_columns_are_the_open_stages_with_counts_and_totals(world):
    columns = board.board(now=NOW)
    assert [c.stage.name for c in columns] == ["First contact", "Needs analysis", "Proposal / pre-invoice",
                                               "Negotiation"]
    assert [c.count for c in columns] == [2, 0, 1, 0]
    assert [c.total for c in columns] == [3_000_000, 0, 4_000_000, 0]
    # 1,000,000 x 10 % + 2,000,000 x 40 % (its own) = 900,000; 4,000,000 x 50 %
    assert [c.weighted for c in columns] == [900_000, 0, 2_000_000, 0]


def test_cards_carry_what_the_board_shows(world):
    first = board.board(now=NOW)[0]
    cooler, printer = first.cards  # longest in the stage first
    assert (cooler.title, cooler.person, cooler.company, cooler.customer) == ("۱۰ دستگاه کولر", "علی رضایی", "",
                                                                              "علی رضایی")
    assert (cooler.days_in_stage, cooler.stuck, cooler.overdue, cooler.probability) == (8, True, True, 10)
    assert cooler.next_activity == "تماس" and cooler.next_activity_at == NOW - dt.timedelta(days=1)
    assert cooler.owner == world["ali"].created_by.display_name
    assert (printer.customer, printer.owner, printer.days_in_stage) == ("Sara Karimi \u00b7 پارس کالا", "Sara Ahmadi", 3)
    assert (printer.stuck, printer.overdue, printer.probability) == (False, False, 40)
    desk = board.board(now=NOW)[2].cards[0]
    assert (desk.days_in_stage, desk.stuck, desk.overdue, desk.expected_close) == (14, False, False,
                                                                                    dt.date(2024, 4, 1))
    assert board.board(now=NOW + dt.timedelta(days=1))[2].cards[0].stuck  # 15 days > 14


def test_a_move_shows_on_the_board(world):
    printer = world["deals"]["printer"]
    deals.move_deal(printer.id, world["stages"][3].id, at=NOW)
    columns = board.board(now=NOW)
    assert [c.count for c in columns] == [1, 0, 1, 1]
    assert columns[3].cards[0].days_in_stage == 0 and columns[3].weighted == 800_000  # its own 40 % stays


def test_filters(world):
    def titles(**kw) -> list[str]:
        return [card.title for column in board.board(BoardFilter(**kw), now=NOW) for card in column.cards]

    assert titles(owner_id=world["other"].id) == ["Printer"]
    assert titles(source_id=world["web"]) == ["۱۰ دستگاه کولر"]
    assert titles(close_from=dt.date(2024, 3, 15), close_to=dt.date(2024, 4, 1)) == ["میز اداری"]
    assert titles(close_to=dt.date(2024, 3, 31)) == []
    assert titles(text="كولر") == ["۱۰ دستگاه کولر"]  # Arabic kaf, normalised
    assert titles(text="10 کولر") == ["۱۰ دستگاه کولر"]  # Latin digits find Persian ones
    assert titles(text="پارس") == ["Printer", "میز اداری"]  # the company's name
    assert titles(text="رضايي") == ["۱۰ دستگاه کولر"]  # the person's name, Arabic yeh
    assert titles(text="100%") == []  # LIKE wildcards are plain text
    assert BoardFilter(owner_id=1, text=" ").active_count() == 1


def test_another_pipeline_has_its_own_columns(world):
    other = pipelines.create_pipeline("Projects")
    columns = board.board(BoardFilter(pipeline_id=other.id), now=NOW)
    assert len(columns) == 4 and all(c.count == 0 and c.total == 0 for c in columns)


def test_deal_rows_for_the_list(world):
    rows = board.deal_rows(now=NOW)
    assert [r.title for r in rows] == ["۱۰ دستگاه کولر", "Printer", "میز اداری"]
    assert (rows[2].stage, rows[2].status, rows[2].weighted, rows[2].days_in_stage) == (
        "Proposal / pre-invoice", "open", 2_000_000, 14)
    everything = board.deal_rows(include_closed=True, now=NOW)
    closed = {r.title: r for r in everything if r.status != "open"}
    assert set(closed) == {"Won one", "Lost one"}
    assert (closed["Lost one"].lost_reason, closed["Lost one"].stage) == ("No budget", "Lost")
    assert closed["Won one"].closed_at == T0 + dt.timedelta(days=1)
    assert [r.title for r in everything][-2:] == ["Lost one", "Won one"]  # newest close first
    assert board.deal_rows(BoardFilter(text="one"), include_closed=True, now=NOW)[0].status == "lost"


def test_neighbour_stages(world):
    stages = world["stages"]
    assert board.neighbour_stage(stages[0].id, 1).id == stages[1].id
    assert board.neighbour_stage(stages[0].id, -1) is None
    assert board.neighbour_stage(stages[3].id, 1) is None


def test_one_card_and_a_column_summed_from_cards(world):
    printer = world["deals"]["printer"]
    columns = board.board(now=NOW)
    assert board.card(printer.id, now=NOW) == columns[0].cards[1]
    assert board.card(world["deals"]["won"].id) is None  # closed: not on the board
    assert board.card(printer.id, BoardFilter(text="کولر")) is None  # filtered out
    again = board.column(columns[0].stage, columns[0].cards)
    assert (again.count, again.total, again.weighted) == (2, 3_000_000, 900_000)
