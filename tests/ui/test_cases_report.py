"""The Complaints report page on hand-made cases (ui/cases_report).

The calendar works every day 09:00-17:00 UTC (480 minutes a day), no holidays; "today" is
2024-03-20 (now 00:00 UTC); the period is 2024-03-01 .. 2024-03-10. Times are UTC, month 3 unless
written; (w) = working minutes from the opening (as in tests/unit/services/test_cases_stats.py).

case kind      person team    category channel opened      1st answer (w)   resolved (w)    due answer/resolve  sat reop
C1   complaint Ali    Support Billing  phone   01 10:00    01 11:30 (90)    02 10:00 (480)  01 12:00 / 02 12:00 5   0
C2   complaint Sara   Support Billing  email   01 16:00    02 10:00 (120)   04 16:00 (1440) 02 09:30 / 05 12:00 3   1
C3   request   Sara   -       Delivery phone   02 20:00    03 09:45 (45)    -               03 10:00 / 04 09:00 -   1
C4   complaint -      -       -        website 05 09:00    -                -               05 10:00 / 25 09:00 -   0
C5   complaint Ali    Support Delivery phone   06 12:00    06 12:00 (0)     06 15:00 (180)  - / -               4   0
C6   complaint Ali    Support Billing  phone   02-25 10:00 (before the period)
C7   complaint Ali    Support Billing  phone   12 10:00    (after the period)
Cards: 5 opened; first response (90+120+45+0)/4 = 63.75 -> 1:04; resolution (480+1440+180)/3 = 700
-> 11:40; SLA response C1 C3 met, C2 late, C4 unanswered past 10:00 -> 50 %; resolution C1 C2 met,
C3 past 03-04 09:00, C4 due 03-25 (running) -> 2 of 3 = 67 %; reopened C2 C3 of C1 C2 C3 C5 -> 50 %;
satisfaction (5+3+4)/3 = 4.0 of 3 ratings.
Forecast (weeks from Monday; this week starts 03-18): the 8 complete weeks 01-22 .. 03-17 hold C1..C7
= 7 cases -> 0.875 a week; less than a year of history, so the plain average.
"""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from crm_desktop.db.models import Case, CaseCategory, User
from crm_desktop.services.cases.work_calendar import WorkCalendar, WorkWeek
from crm_desktop.services.funnel import targets
from crm_desktop.services.settings import Preferences
from crm_desktop.ui.application import configure
from crm_desktop.ui.cases_report.page import CasesReportPage
from tests.ui.conftest import make_context

UTC = dt.timezone.utc
TODAY = dt.date(2024, 3, 20)
NOW = dt.datetime(2024, 3, 20, tzinfo=UTC)
START, END = dt.date(2024, 3, 1), dt.date(2024, 3, 10)


def at(day: int, hour: int, minute: int = 0, month: int = 3) -> dt.datetime:
    return dt.datetime(2024, month, day, hour, minute, tzinfo=UTC)


def calendar() -> WorkCalendar:
    return WorkCalendar(WorkWeek((((540, 1020),),) * 7), [], UTC)


@pytest.fixture
def book(db, owner):
    User.update(full_name="Ali Karimi").where(User.id == owner.id).execute()
    sara = User.create(username="sara", full_name="Sara Ahmadi")
    support = targets.create_team("Support").id
    billing, delivery = CaseCategory.create(name="Billing"), CaseCategory.create(name="Delivery")
    numbers = iter(range(1, 100))

    def case(**fields) -> None:
        n = next(numbers)
        fields.setdefault("status", "resolved" if fields.get("resolved_at") else "in_progress")
        Case.create(number=f"T-{n}", year=2024, sequence=n, subject=f"case {n}", **fields)

    base = dict(assignee=owner.id, team=support, category=billing, channel="phone", kind="complaint")
    case(**base, opened_at=at(1, 10), first_response_at=at(1, 11, 30), resolved_at=at(2, 10),
         response_due_at=at(1, 12), resolve_due_at=at(2, 12), satisfaction=5, product="Router", status="closed")
    case(**{**base, "assignee": sara.id, "channel": "email"}, opened_at=at(1, 16), first_response_at=at(2, 10),
         resolved_at=at(4, 16), response_due_at=at(2, 9, 30), resolve_due_at=at(5, 12), satisfaction=3,
         reopen_count=1, product="Router")
    case(**{**base, "assignee": sara.id, "team": None, "category": delivery, "kind": "request"},
         opened_at=at(2, 20), first_response_at=at(3, 9, 45), response_due_at=at(3, 10), resolve_due_at=at(4, 9),
         reopen_count=1)
    case(**{**base, "assignee": None, "team": None, "category": None, "channel": "website"}, opened_at=at(5, 9),
         response_due_at=at(5, 10), resolve_due_at=at(25, 9), status="new")
    case(**{**base, "category": delivery}, opened_at=at(6, 12), first_response_at=at(6, 12), resolved_at=at(6, 15),
         satisfaction=4, product="Modem", status="closed")
    case(**base, opened_at=at(25, 10, month=2), first_response_at=at(25, 11, month=2), resolved_at=at(3, 12),
         satisfaction=1, product="Router")
    case(**base, opened_at=at(12, 10), product="Router")
    return {"sara": sara.id, "support": support}


def open_page(qtbot, qapp, owner, lang="en"):
    configure(qapp, Preferences.defaults(lang))
    page = CasesReportPage(make_context(lang, owner))
    qtbot.addWidget(page)
    page.today, page.now, page.make_calendar = (lambda: TODAY), (lambda: NOW), calendar
    page.resize(1100, 760)
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
        assert not page.busy_bar.isHidden() and not page.stop_button.isHidden() and not page.tabs.isEnabled()
    assert not page.busy and page.busy_bar.isHidden() and page.tabs.isEnabled()
    return blocker.args[0]


def the_period(page):
    page.set_period("custom", START, END)


def plain(text: str) -> str:
    """Without the invisible direction marks."""
    return text.translate({ord(c): None for c in "\u200e\u200f\u2068\u2069"})


def cards(page) -> dict[str, str]:
    return {key: plain(card.value.text()) for key, card in page.cards.items()}


def column(model, number) -> list[str]:
    return [model.index(row, number).data() for row in range(model.rowCount())]


def test_cards_show_the_hand_checked_figures(page, qtbot):
    data = compute(page, qtbot, lambda: the_period(page))
    assert (data.query.start, data.query.end) == (START, END)
    assert cards(page) == {"opened": "5", "response": "1:04", "resolution": "11:40", "sla": "50% \u00b7 67%",
                           "reopen": "50%", "satisfaction": "4.0 / 5"}
    assert page.cards["opened"].caption.text() == "Cases opened \u00b7 3 resolved"
    assert page.cards["response"].toolTip() == "Median: 1:08"  # (45 + 90) / 2 = 67.5 -> 68 minutes
    assert page.cards["reopen"].caption.text() == "Reopened \u00b7 2 of 4"
    assert page.cards["satisfaction"].caption.text() == "Satisfaction \u00b7 3 ratings"
    assert plain(page.period_text.text()) == "2024-03-01 to 2024-03-10"
    assert [column(page.sla_model, i) for i in range(5)] == [
        ["First response", "Resolution"], ["2", "2"], ["2", "1"], ["0", "1"], ["50%", "67%"]]


def test_grouping_switches_the_times_table(page, qtbot):
    compute(page, qtbot, lambda: the_period(page))
    model = page.times_model
    assert page.times_panel.key() == "person"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Person"
    assert column(model, 0) == ["All cases", "Ali Karimi", "Sara Ahmadi", "Unassigned"]
    assert column(model, 1) == ["5", "2", "2", "1"]
    assert column(model, 3) == ["1:04", "0:45", "1:23", "\u2014"]  # Ali (90 + 0) / 2, Sara (120 + 45) / 2
    assert column(model, 6) == ["11:40", "5:30", "24:00", "\u2014"]  # Ali (480 + 180) / 2, Sara 1440
    page.times_panel.choose("team")  # no computing again: every grouping came back at once
    assert not page.busy
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Team"
    assert column(model, 0) == ["All cases", "Support", "No team"]
    assert column(model, 4) == ["1:08", "1:30", "0:45"]  # medians: all 67.5; Support 0, 90, 120; No team 45
    page.times_panel.choose("channel")
    assert column(model, 0) == ["All cases", "Phone", "Email", "Website"]
    assert "Phone" in page.times_panel.chart.texts()


def test_filters_narrow_every_figure(page, qtbot, book):
    compute(page, qtbot, lambda: the_period(page))
    compute(page, qtbot, lambda: page.person.setCurrentIndex(page.person.findData(book["sara"])))
    assert cards(page)["opened"] == "2" and cards(page)["response"] == "1:23"
    compute(page, qtbot, lambda: page.channel.setCurrentIndex(page.channel.findData("email")))
    assert cards(page)["opened"] == "1" and cards(page)["satisfaction"] == "3.0 / 5"


def test_forecast_tab_says_how_it_was_made(page, qtbot):
    data = compute(page, qtbot, lambda: the_period(page))
    assert data.forecast.forecast_weeks[0] == dt.date(2024, 3, 18)
    panel = page.forecast_panel
    assert column(panel.model, 0)[0] == "All categories"
    assert panel.model.headerData(4, Qt.Orientation.Horizontal) == "Week of 2024-03-18"
    assert column(panel.model, 1)[0] == "Average" and column(panel.model, 2)[0] == "0.9"
    text = panel.method.text()
    assert data.forecast.total.method == "average"  # less than a year of history: no seasonal pattern
    assert text.startswith(data.forecast.total.method_text + "\n")  # the service's words come first
    assert "All categories: 0.9 cases a week on average over the last 8 complete weeks." in text
    assert "Expected in the next 4 weeks: about 3.5 cases." in text
    panel.category.setCurrentIndex(panel.category.findText("Billing"))
    assert "Billing: 0.5 cases a week" in panel.method.text()  # C1 C2 C6 C7: 4 / 8
    assert "Billing: cases per week, and the next 4 weeks" in panel.chart.texts()


def test_stop_keeps_the_figures_and_a_change_computes_again(page, qtbot):
    compute(page, qtbot, lambda: the_period(page))
    gate = threading.Event()
    page.make_calendar = lambda: (gate.wait(10), calendar())[1]
    page.set_period("month")
    assert page.busy
    with qtbot.waitSignal(page.failed, timeout=10_000):
        page.stop()
        gate.set()
    assert not page.busy and not page.again_button.isHidden()
    assert page.busy_text.text() == "Stopped; the figures below are from before."
    assert cards(page)["opened"] == "5"  # still the period's
    data = compute(page, qtbot, page.again_button.click)
    assert data.query.start == dt.date(2024, 3, 1) and data.query.end == dt.date(2024, 3, 31)
    assert page.again_button.isHidden() and cards(page)["opened"] == "6"  # March: C7 too
    gate.clear()
    with qtbot.waitSignal(page.computed, timeout=10_000) as blocker:
        page.set_period("quarter")  # the quarter is being computed ...
        the_period(page)  # ... and the days change meanwhile: that work stops, the new days are computed
        gate.set()
    page.wait()
    assert blocker.args[0].query.start == START and page.data.query.start == START


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_every_chart_draws_in_either_language(qtbot, qapp, book, owner, lang):
    page = open_page(qtbot, qapp, owner, lang)
    try:
        compute(page, qtbot, lambda: the_period(page))
        if lang == "fa":
            assert cards(page)["response"] == "۱:۰۴" and cards(page)["opened"] == "۵"
            assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
        charts = [page.times_panel.chart, page.sla_panel.chart, page.backlog_panel.chart,
                  page.satisfaction_panel.chart, page.top_panel.chart, page.forecast_panel.chart]
        for chart in charts:
            assert chart.rtl == (lang == "fa") and chart.texts()
            assert all(ax.xaxis_inverted() == (lang == "fa") for ax in chart.figure_.axes if ax.axison)
        for index in range(page.tabs.count()):
            page.tabs.setCurrentIndex(index)
            qtbot.wait(10)
        page.times_panel.choose("category")
        page.satisfaction_panel.choose("category")
        page.top_panel.choose("products")
        assert "Router" in page.top_panel.chart.texts() and "Billing" in page.satisfaction_panel.chart.texts()
        digit = "۲" if lang == "fa" else "2"
        assert digit in page.sla_panel.chart.texts()  # two responses met
        compute(page, qtbot, lambda: page.set_period("custom", dt.date(2023, 5, 1), dt.date(2023, 5, 31)))
        nothing = QCoreApplication.translate("CasesReport", "No case opened in this period had an SLA deadline.")
        assert nothing in page.sla_panel.chart.texts() and (lang == "en") == nothing.startswith("No case")
        assert QCoreApplication.translate("CasesReport", "No complaint opened in this period names a product.") \
            in page.top_panel.chart.texts()
    finally:
        page.wait()
        configure(qapp, Preferences.defaults("en"))


def test_table_models_pass_the_model_tester(page, qtbot, qtmodeltester):
    compute(page, qtbot, lambda: the_period(page))
    for model in (page.times_model, page.sla_model, page.backlog_model, page.satisfaction_model, page.top_model,
                  page.forecast_panel.model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)
