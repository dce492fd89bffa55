"""The Funnel report page on hand-made deals (ui/funnel_report).

Default pipeline: S0 First contact, S1 Needs analysis, S2 Proposal, S3 Negotiation, Won, Lost.
"Today" is 2024-03-20; every move happens at 12:00 UTC on the day shown. English: Gregorian months,
money in Toman.

  deal  amount  source     from lead  log
  A     100M    Website    yes        S0 03-01, S1 03-03, Won 03-10
  B     200M    Instagram  -          S0 03-02, Lost 03-05 (Price too high)
  C      50M    -          -          S0 03-04 (still there, expected close 2024-04-15)
  D     300M    Website    yes        S0 01-10, S1 01-15, Won 02-02

This month (March):  started A B C = 3, won of them A -> 33 %; won in March: A (100M); cycle A = 9 days;
  S0: 3 entered, only A went on -> the biggest drop; S0 stays A 2 d, B 3 d; S1 stay A 7 d.
This quarter (Q1):   started A B C D = 4, won A D -> 50 %; won 400M; cycle (9 + 23) / 2 = 16 days.
Leads: 4 came in during Jan..Mar 2024 and deals from two of them won 400M: one lead is worth 100M Rial,
  so 100,000,000 Toman (1,000,000,000 Rial) takes 10 leads.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from crm_desktop.services import contacts, settings
from crm_desktop.services.funnel import choices, deals, leads, pipelines, targets
from crm_desktop.services.settings import Preferences
from crm_desktop.ui.application import configure
from crm_desktop.ui.funnel_report.page import FunnelReportPage
from crm_desktop.ui.funnel_report.report_data import period_range
from crm_desktop.ui.funnel_report.tables import PROGRESS_ROLE
from tests.ui.conftest import make_context

M = 1_000_000
TODAY = dt.date(2024, 3, 20)


def at(month: int, day: int) -> dt.datetime:
    return dt.datetime(2024, month, day, 12, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def book(db, owner):
    settings.set_setting(settings.PREFERENCE_KEY, {"calendar": "gregorian"})  # the office's calendar
    ali = contacts.create_contact(contacts.ContactInput(first_name="علی", last_name="رضایی"))
    s = pipelines.stages(pipelines.default_pipeline_id())
    web, insta = choices.find_choice("source", "Website"), choices.find_choice("source", "Instagram")
    price = choices.find_choice("lost_reason", "Price too high")
    lead_ids = [leads.create_lead(leads.LeadInput(first_name=f"lead {n}", phone=f"0912111223{n}", source_id=web),
                                  at=at(month, 5)).id for n, month in enumerate((1, 1, 2, 3))]

    def deal(name, amount, source, day, lead=None, expected=None):
        return deals.create_deal(deals.DealInput(title=f"deal {name}", contact_id=ali.id, amount=amount * M,
                                                 source_id=source, lead_id=lead, expected_close=expected),
                                 at=at(*day)).id

    a = deal("A", 100, web, (3, 1), lead_ids[0])
    deals.move_deal(a, s[1].id, at=at(3, 3))
    deals.win_deal(a, at=at(3, 10))
    b = deal("B", 200, insta, (3, 2))
    deals.lose_deal(b, price, at=at(3, 5))
    deal("C", 50, None, (3, 4), expected=dt.date(2024, 4, 15))
    d = deal("D", 300, web, (1, 10), lead_ids[1])
    deals.move_deal(d, s[1].id, at=at(1, 15))
    deals.win_deal(d, at=at(2, 2))
    targets.set_target(200 * M, "month", 2024, 3, calendar="gregorian")  # the office
    targets.set_target(400 * M, "month", 2024, 4, calendar="gregorian")
    targets.set_target(150 * M, "month", 2024, 3, user_id=owner.id, calendar="gregorian")
    return {"stages": s}


def open_page(qtbot, qapp, owner, lang="en"):
    configure(qapp, Preferences.defaults(lang))
    page = FunnelReportPage(make_context(lang, owner))
    qtbot.addWidget(page)
    page.today = lambda: TODAY
    page.resize(1200, 800)
    return page


@pytest.fixture
def page(qtbot, qapp, book, owner):
    page = open_page(qtbot, qapp, owner)
    yield page
    page.wait()
    configure(qapp, Preferences.defaults("en"))


def compute(page, qtbot, action=None):
    with qtbot.waitSignal(page.computed, timeout=10_000) as blocker:
        (action or page.refresh)()
        assert page.busy  # the figures come from a worker; meanwhile the page says it is busy
        assert not page.busy_bar.isHidden() and not page.tabs.isEnabled()
    assert not page.busy and page.busy_bar.isHidden()
    return blocker.args[0]


def plain(text: str) -> str:
    """Without the invisible direction marks around dates."""
    return text.translate({ord(c): None for c in "\u200e\u200f\u2068\u2069"})


def cards(page) -> dict[str, str]:
    return {key: card.value.text() for key, card in page.cards.items()}


def column(model, number) -> list[str]:
    return [model.index(row, number).data() for row in range(model.rowCount())]


def test_period_ranges_follow_the_calendar():
    assert period_range("month", "gregorian", TODAY) == (dt.date(2024, 3, 1), dt.date(2024, 3, 31))
    assert period_range("quarter", "gregorian", TODAY) == (dt.date(2024, 1, 1), dt.date(2024, 3, 31))
    assert period_range("last12", "gregorian", TODAY) == (dt.date(2023, 4, 1), dt.date(2024, 3, 31))
    # 2024-03-20 is 1403/01/01: Farvardin 1403 = 2024-03-20..2024-04-19, year 1403 ends 2025-03-20
    assert period_range("month", "jalali", TODAY) == (dt.date(2024, 3, 20), dt.date(2024, 4, 19))
    assert period_range("year", "jalali", TODAY) == (dt.date(2024, 3, 20), dt.date(2025, 3, 20))
    assert period_range("last12", "jalali", TODAY) == (dt.date(2023, 4, 21), dt.date(2024, 4, 19))
    assert period_range("custom", "jalali", TODAY, (dt.date(2024, 2, 9), dt.date(2024, 1, 1))) == \
        (dt.date(2024, 1, 1), dt.date(2024, 2, 9))


def test_this_month_fills_cards_and_tables(page, qtbot, book):
    data = compute(page, qtbot)
    assert (data.query.start, data.query.end) == (dt.date(2024, 3, 1), dt.date(2024, 3, 31))
    assert cards(page) == {"started": "3", "won": "1", "conversion": "33%", "cycle": "9 days",
                           "drop": "First contact"}
    assert page.cards["won"].caption.text() == "Deals won \u00b7 10,000,000 Toman"
    assert "March 2024" in page.period_text.text()
    stages = page.stage_model
    assert column(stages, 0) == ["First contact", "Needs analysis", "Proposal / pre-invoice", "Negotiation"]
    assert column(stages, 1) == ["3", "1", "0", "0"]  # entered
    assert column(stages, 2) == ["1", "1", "0", "0"]  # went on
    assert column(stages, 3) == ["1", "0", "0", "0"]  # lost (B)
    assert column(stages, 4) == ["33%", "100%", "\u2014", "\u2014"]
    assert column(stages, 5) == ["2.5", "7", "\u2014", "\u2014"]  # average days: (2 + 3) / 2, 7
    assert [column(page.source_rate_model, i) for i in range(4)] == [
        ["Website", "Instagram"], ["1", "0"], ["0", "1"], ["100%", "0%"]]
    assert column(page.owner_rate_model, 3) == ["50%"]
    assert [column(page.lost_model, i) for i in range(4)] == [["Price too high"], ["1"], ["100%"],
                                                              ["20,000,000 Toman"]]
    roi = {r.name: (r.deals, r.won, r.won_amount) for r in page.roi_model.rows}
    assert roi["Website"] == (1, 1, 100 * M) and roi["Instagram"] == (1, 0, 0)
    # targets of March: the office 10M of 20M Toman, the owner 10M of 15M
    assert page.target_title.text() == "Targets for March 2024"
    office, *_, me = page.target_model.rows
    assert (office.scope, office.target, office.won) == ("office", 200 * M, 100 * M)
    assert page.target_model.index(0, 4).data() == "50%"
    assert page.target_model.index(0, 4).data(PROGRESS_ROLE) == pytest.approx(50.0)
    assert me.percent == pytest.approx(100 / 1.5)


def test_the_period_picker_changes_the_numbers(page, qtbot):
    compute(page, qtbot)
    data = compute(page, qtbot, lambda: page.set_period("quarter"))
    assert (data.query.start, data.query.end) == (dt.date(2024, 1, 1), dt.date(2024, 3, 31))
    assert cards(page) == {"started": "4", "won": "2", "conversion": "50%", "cycle": "16 days",
                           "drop": "First contact"}
    assert page.cards["won"].caption.text() == "Deals won \u00b7 40,000,000 Toman"
    assert page.target_title.text() == "Targets for Q1 2024"
    data = compute(page, qtbot, lambda: page.set_period("custom", dt.date(2024, 1, 1), dt.date(2024, 2, 29)))
    assert not page.start_field.isHidden() and not page.end_field.isHidden()
    assert cards(page)["started"] == "1" and cards(page)["won"] == "1"  # D only
    assert plain(page.period_text.text()) == "2024-01-01 to 2024-02-29"


def test_a_change_while_computing_is_computed_after(page, qtbot):
    compute(page, qtbot)
    with qtbot.waitSignal(page.computed, timeout=10_000) as blocker:
        page.set_period("year")
        page.owner.setCurrentIndex(page.owner.findData(None))  # no change: nothing queued
        page.set_period("month")  # while the year is being computed
    page.wait()
    assert blocker.args[0].query.start == dt.date(2024, 3, 1)
    assert page.data.query.start == dt.date(2024, 3, 1) and cards(page)["started"] == "3"


def test_charts_draw_with_the_stage_names(page, qtbot):
    compute(page, qtbot)
    funnel = page.funnel_chart.texts()
    for name in ("First contact", "Needs analysis", "Proposal / pre-invoice", "Negotiation"):
        assert name in funnel
    assert "33% went on" in funnel and "3" in funnel
    assert "Price too high" in page.lost_chart.texts()
    sources = page.source_chart.texts()
    assert "Website" in sources and "Million Toman" in sources
    months = page.forecast_chart.texts()
    assert "April\n2024" in months and "Target" in months  # C closes in April, which has a target
    assert page.forecast_note.text().startswith("Open deals: 1, worth 5,000,000 Toman")


def test_empty_period_shows_a_message_in_each_chart(page, qtbot):
    compute(page, qtbot, lambda: page.set_period("custom", dt.date(2023, 5, 1), dt.date(2023, 5, 31)))
    assert cards(page)["started"] == "0" and cards(page)["conversion"] == "\u2014"
    assert "No deal entered the funnel in this period." in page.funnel_chart.texts()
    assert "No deal was lost in this period." in page.lost_chart.texts()


def test_persian_page_uses_jalali_months_and_persian_digits(qtbot, qapp, book, owner):
    page = open_page(qtbot, qapp, owner, "fa")
    try:
        data = compute(page, qtbot)
        # Farvardin 1403 starts on 2024-03-20: nothing started then
        assert (data.query.start, data.query.end) == (dt.date(2024, 3, 20), dt.date(2024, 4, 19))
        data = compute(page, qtbot, lambda: page.set_period("last12"))
        assert data.query.start == dt.date(2023, 4, 21)
        assert cards(page)["started"] == "۴" and cards(page)["won"] == "۲"
        assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert page.funnel_chart.rtl and page.funnel_chart.figure_.axes[0].xaxis_inverted()
        texts = page.funnel_chart.texts()
        assert "۴" in texts  # deals entering the first stage, in Persian digits
        assert page.stage_model.index(0, 0).data() in texts
    finally:
        page.wait()
        configure(qapp, Preferences.defaults("en"))


def test_leads_needed_box_answers_in_a_sentence(page, qtbot):
    box = page.leads_box
    box.amount.setText("100,000,000")  # Toman = 1,000,000,000 Rial
    with qtbot.waitSignal(box.answered, timeout=10_000) as blocker:
        box.calculate()
    assert blocker.args[0] == box.answer.text()
    assert box.answer.text() == (
        "To win 100,000,000 Toman you need about 10 new leads: from 2023-03-22 to 2024-03-20, 4 leads came in and "
        "2 deals from leads were won for 40,000,000 Toman, so a lead was worth about 10,000,000 Toman.")
    box.amount.setText("abc")
    box.calculate()
    assert box.answer.text().startswith("Type an amount such as")
    box.amount.setText("0")
    box.calculate()
    assert box.answer.text() == "Enter a revenue target greater than zero."


def test_leads_needed_without_history_says_why(qtbot, qapp, db, owner):
    page = open_page(qtbot, qapp, owner)
    box = page.leads_box
    box.amount.setText("1000")
    with qtbot.waitSignal(box.answered, timeout=10_000):
        box.calculate()
    assert box.answer.text() == ("It cannot be worked out yet: No leads came in during the look-back period.")


def test_table_models_pass_the_model_tester(page, qtbot, qtmodeltester):
    compute(page, qtbot)
    for model in (page.stage_model, page.source_rate_model, page.owner_rate_model, page.lost_model,
                  page.roi_model, page.target_model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)
