"""The target bar on the funnel board (pytest-qt): this month's won amount against the user's own
target, else the office's, hidden without one; and on the board page, a deal won moves it on."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop.services.funnel import deals, targets
from crm_desktop.ui.funnel.page import FunnelPage
from crm_desktop.ui.funnel.target_bar import TargetBar
from crm_desktop.ui.funnel_report.charts import percent_text
from tests.ui.test_targets_tab import MEHR, TODAY, build_world


@pytest.fixture
def bar(qtbot, lang_ctx):
    bar = TargetBar(lang_ctx)
    qtbot.addWidget(bar)
    bar.today = lambda: TODAY
    return bar


def shows(bar: TargetBar, ctx, won: int, target: int, percent: float) -> bool:
    """The bar's text names the won amount, the target, the percent and the month (in either language)."""
    fmt, prefs = ctx.fmt, ctx.prefs
    parts = (fmt.money(won), fmt.money(target), percent_text(fmt, percent / 100),
             targets.period_label("month", 1403, 7, "jalali", lang=prefs.language, digits=prefs.digits))
    return all(part in bar.text.text() for part in parts)


def test_the_users_own_target_comes_first(bar, lang_ctx, owner):
    build_world(owner)  # the owner: 30,000,000 won of 60,000,000; the office: 40,000,000 of 200,000,000
    bar.refresh()
    assert not bar.isHidden()
    assert shows(bar, lang_ctx, 30_000_000, 60_000_000, 50)
    assert bar.bar.value() == 50
    assert (bar.shown.scope, bar.shown.id) == ("user", owner.id)
    if lang_ctx.prefs.language == "en":
        assert bar.text.text() == "\u200eWon 3,000,000 Toman of 6,000,000 Toman (50%) \u2014 \u2068Mehr 1403\u2069"
        assert bar.caption.text() == "My target"


def test_else_the_offices_target(bar, lang_ctx, owner):
    world = build_world(owner)
    targets.set_target(60_000_000, *MEHR, user_id=world["sara"].id, calendar="jalali")  # someone else's
    owner_target = targets.set_target(60_000_000, *MEHR, user_id=owner.id, calendar="jalali")
    targets.delete_target(owner_target.id)
    bar.refresh()
    assert not bar.isHidden()
    assert (bar.shown.scope, bar.shown.id) == ("office", None)
    assert shows(bar, lang_ctx, 40_000_000, 200_000_000, 20)
    assert bar.bar.value() == 20
    if lang_ctx.prefs.language == "en":
        assert bar.caption.text() == "Office target"


def test_hidden_without_a_target(bar, lang_ctx, owner):
    build_world(owner)
    bar.today = lambda: dt.date(2025, 1, 10)  # Dey 1403: wins none, targets none
    bar.refresh()
    assert bar.isHidden() and bar.shown is None


def test_over_the_target_the_bar_is_full(bar, lang_ctx, owner):
    build_world(owner)
    targets.set_target(20_000_000, *MEHR, user_id=owner.id, calendar="jalali")
    bar.refresh()
    assert bar.bar.value() == 100
    assert shows(bar, lang_ctx, 30_000_000, 20_000_000, 150)


def test_a_deal_won_on_the_board_moves_the_bar(qtbot, lang_ctx, owner):
    world = build_world(owner)
    year, number = targets.current_period("month", dt.date.today(), "jalali")  # the board wins deals today
    targets.set_target(100_000_000, "month", year, number, user_id=owner.id, calendar="jalali")
    deal = deals.create_deal(deals.DealInput(title="Laptops", amount=25_000_000, contact_id=world["ali"].id))
    page = FunnelPage(lang_ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.target_bar.bar.value() == 0 and not page.target_bar.isHidden()
    assert page.board.win(deal.id)
    assert page.target_bar.bar.value() == 25
    assert lang_ctx.fmt.money(25_000_000) in page.target_bar.text.text()
